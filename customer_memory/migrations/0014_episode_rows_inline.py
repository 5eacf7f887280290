"""An episode's embedding and full-text vector stay in its row; only a long transcript moves out.

Since each episode indexes its whole conversation (issue 13), a row outgrew PostgreSQL's default 2 kB toast
threshold, and the toaster moved the embedding (pgvector stores it EXTERNAL) out of the row first: ranking a
person's episodes then read two or three TOAST index and heap pages per episode (49,000 buffers for 5,000
episodes, p95 over the 30 ms target). With the embedding kept in the row (MAIN) and rows up to ~4 kB kept
whole, the ranking reads the heap pages only (3,400 buffers). Rows written before this migration keep
their old layout until they are written again (`manage.py reindex_episodes`, or VACUUM FULL on the table).
"""

from __future__ import annotations

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("customer_memory", "0013_merge_duplicate_people")]

    operations = [
        migrations.RunSQL(
            sql=[
                "ALTER TABLE customer_memory_episode SET (toast_tuple_target = 4080)",
                "ALTER TABLE customer_memory_episode ALTER COLUMN embedding SET STORAGE MAIN",
            ],
            reverse_sql=[
                "ALTER TABLE customer_memory_episode RESET (toast_tuple_target)",
                "ALTER TABLE customer_memory_episode ALTER COLUMN embedding SET STORAGE EXTERNAL",
            ],
        )
    ]

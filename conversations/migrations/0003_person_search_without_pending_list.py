import django.contrib.postgres.indexes
from django.db import migrations

# In place, not dropped and rebuilt: switching the pending list off changes no entry, and the
# entries already pending are merged now instead of at the next vacuum.
FORWARD = "ALTER INDEX person_search_idx SET (fastupdate = off); SELECT gin_clean_pending_list('person_search_idx')"
BACKWARD = "ALTER INDEX person_search_idx SET (fastupdate = on)"


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0002_person_search_partial_email"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(FORWARD, BACKWARD)],
            state_operations=[
                migrations.RemoveIndex(model_name="person", name="person_search_idx"),
                migrations.AddIndex(
                    model_name="person",
                    index=django.contrib.postgres.indexes.GinIndex(
                        fastupdate=False, fields=["search_document"], name="person_search_idx"
                    ),
                ),
            ],
        ),
    ]

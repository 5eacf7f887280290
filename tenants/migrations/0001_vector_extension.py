# The pgvector extension lands in the first schema on the search path, so it
# is created once here, in `public`, before any tenant schema exists; tenant
# schemas see it through their `<schema>, public` search path.
from __future__ import annotations

from django.db import migrations
from pgvector.django import VectorExtension


class Migration(migrations.Migration):
    initial = True
    dependencies: list[tuple[str, str]] = []
    operations = [VectorExtension()]

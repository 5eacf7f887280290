from __future__ import annotations

import io

from django.core.management import call_command
from django.db import connection

from tenants.schema_migrations import pending_schemas


def test_migrated_schemas_have_nothing_pending(db):
    assert pending_schemas(["public", "acme", "globex"]) == []


def test_schema_missing_a_migration_is_pending(db):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM globex.django_migrations WHERE app = 'conversations'")

    assert pending_schemas(["acme", "globex"]) == ["globex"]


def test_schema_without_migration_table_is_pending(db):
    with connection.cursor() as cursor:
        cursor.execute("CREATE SCHEMA brand_new")

    assert pending_schemas(["acme", "brand_new"]) == ["brand_new"]


def test_migrate_schemas_skips_schemas_with_nothing_to_apply(db):
    out = io.StringIO()

    call_command("migrate_schemas", "--tenant", stdout=out, stderr=out)

    assert "Starting migration" not in out.getvalue()

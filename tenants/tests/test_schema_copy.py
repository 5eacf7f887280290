"""New organizations' schemas are copies of a template schema (tenants/schema_copy.py).

Every test runs in a transaction that is rolled back, DDL included: the
organizations and schemas made here, and any change to the template, vanish
with it.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context, schema_exists
from rest_framework.test import APIClient

from conftest import PASSWORD
from tenants import schema_copy
from tenants.api_keys import create_api_key
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry
from tenants.models import Organization
from tenants.organizations import create_organization
from tenants.roles import Role
from tenants.schema_migrations import pending_schemas
from tenants.users import create_user

TEMPLATE = settings.ORGANIZATION_TEMPLATE_SCHEMA
FALLBACK = "migrating it instead"


def create(schema_name: str) -> Organization:
    organization, created = create_organization(
        schema_name=schema_name, name=schema_name.title(), domain=f"{schema_name}.localhost"
    )
    assert created
    return organization


def catalog(schema: str) -> dict[str, Any]:
    """What a schema is made of, with the schema's own name left out of every definition."""
    with schema_context(schema), connection.cursor() as cursor:

        def rows(sql: str) -> list[tuple[Any, ...]]:
            cursor.execute(sql, [schema])
            return sorted(tuple(str(value).replace(f"{schema}.", "") for value in row) for row in cursor.fetchall())

        relations = "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s"
        found = {
            "relations": rows(f"SELECT c.relname, c.relkind, c.relpersistence, c.reloptions {relations}"),
            "columns": rows(
                """
                SELECT c.relname, row_number() OVER (PARTITION BY c.relname ORDER BY a.attnum), a.attname,
                       format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),
                       a.attidentity, a.attgenerated, a.attcollation::regcollation,
                       pg_get_serial_sequence(quote_ident(c.relname), a.attname), a.attstorage
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE n.nspname = %s AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
                """
            ),
            "constraints": rows(
                "SELECT c.relname, o.conname, o.contype, pg_get_constraintdef(o.oid) FROM pg_constraint o "
                "JOIN pg_class c ON c.oid = o.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s"
            ),
            "indexes": rows("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = %s"),
            "sequences": rows(
                "SELECT sequencename, data_type, start_value, min_value, max_value, increment_by, cycle, "
                "cache_size, last_value FROM pg_sequences WHERE schemaname = %s"
            ),
        }
        cursor.execute("SELECT app, name FROM django_migrations")
        found["migrations"] = sorted(cursor.fetchall())
        for table, columns in {
            "django_content_type": "id, app_label, model",
            "auth_permission": "id, content_type_id, codename, name",
            "auth_group": "id, name",
            "auth_group_permissions": "id, group_id, permission_id",
        }.items():
            cursor.execute(f"SELECT {columns} FROM {table} ORDER BY 1")
            found[table] = cursor.fetchall()
        found["tables with rows"] = []
        for (table,) in rows(f"SELECT c.relname {relations} AND c.relkind = 'r'"):
            cursor.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")')
            if cursor.fetchone()[0]:
                found["tables with rows"].append(table)
    return found


def test_new_schema_matches_one_made_by_migrations(db, monkeypatch, caplog):
    copied = create("initech")
    assert FALLBACK not in caplog.text
    # The fallback path migrates the schema, as django-tenants does: after a copy that is rolled back.
    copy = schema_copy.SchemaCopier.copy

    def copy_then_fail(self: schema_copy.SchemaCopier, schema: str) -> None:
        copy(self, schema)
        raise DatabaseError("copy failed")

    monkeypatch.setattr(schema_copy.SchemaCopier, "copy", copy_then_fail)
    migrated = create("umbrella")
    assert FALLBACK in caplog.text

    expected = catalog(migrated.schema_name)
    assert catalog(copied.schema_name) == expected
    columns = {(row[0], row[2]): row for row in expected["columns"]}
    assert columns["customer_memory_episode", "embedding"][3] == "vector(384)"
    search_document = columns["conversations_person", "search_document"]
    assert (search_document[3], search_document[7]) == ("tsvector", "s")  # generated, stored
    assert expected["tables with rows"] == [
        "auth_group",
        "auth_group_permissions",
        "auth_permission",
        "django_content_type",
        "django_migrations",
    ]


def test_new_organization_works_end_to_end(db, caplog):
    organization = create("initech")
    assert FALLBACK not in caplog.text

    connection.set_tenant(organization)
    try:
        builder = create_user(email="builder@initech.test", password=PASSWORD, role=Role.BUILDER)
        owner = create_user(email="owner@initech.test", password=PASSWORD, role=Role.OWNER)
        _, key = create_api_key(name="Chat engine", actor=Actor(origin=AuditEntry.Origin.CLI))
        # tenants imports no app above it (import-linter): the agent's model is looked up by name.
        agent = apps.get_model("conversations", "Agent").objects.create(name="Support")
        roles = set(Group.objects.values_list("pk", flat=True))
        # Identity sequences continue after the copied rows.
        added = Group.objects.create(name="Support leads")
    finally:
        connection.set_schema_to_public()
    api = APIClient(HTTP_HOST="initech.localhost", HTTP_AUTHORIZATION=f"Bearer {key}")

    ingested = api.post(
        "/api/tenants/me/ingest",
        {
            "agent": agent.public_id,
            "channel": "whatsapp",
            "channelIdentifier": "+4915100000001",
            "role": "customer",
            "message": "Where is my order?",
        },
        format="json",
    )
    customer = api.get(f"/api/tenants/me/customers/{ingested.json()['customerId']}")

    assert ingested.status_code == 202
    assert customer.status_code == 200
    assert builder.has_perm("customer_memory.change_fact")
    assert not builder.has_perm("access.add_apikey")
    assert owner.has_perm("access.add_apikey")
    assert added.pk == max(roles) + 1


def test_new_schema_has_no_migration_to_apply(db, capsys):
    create("initech")
    capsys.readouterr()

    call_command("migrate_schemas", "--tenant", "--schema", "initech")

    assert pending_schemas(["initech", TEMPLATE]) == []
    # Written by tenants.schema_migrations, which runs migrations only where something is pending.
    assert capsys.readouterr().out == "1 of 1 schemas have no migrations to apply\n"


def test_second_creation_reuses_the_template_read_from_the_catalog(db):
    create("initech")

    with CaptureQueriesContext(connection) as queries:
        create("umbrella")

    assert not [query for query in queries if "pg_attribute" in query["sql"]]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(f'DROP SCHEMA "{TEMPLATE}" CASCADE', id="missing"),
        pytest.param(f"DELETE FROM \"{TEMPLATE}\".django_migrations WHERE app = 'customer_memory'", id="stale"),
    ],
)
def test_missing_or_stale_template_is_made_again_by_migrations(db, damage, caplog):
    create("initech")
    with connection.cursor() as cursor:
        cursor.execute(damage)

    organization = create("umbrella")

    assert FALLBACK not in caplog.text
    assert schema_exists(TEMPLATE)
    assert pending_schemas([TEMPLATE, organization.schema_name]) == []
    assert catalog(organization.schema_name) == catalog("initech")


def test_template_schema_name_is_refused(db):
    with pytest.raises(ValueError, match=f"{TEMPLATE}' is reserved"):
        create_organization(schema_name=TEMPLATE, name="Template", domain="template.localhost")

    assert not Organization.objects.filter(schema_name=TEMPLATE).exists()

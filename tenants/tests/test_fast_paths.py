"""tenants.fast_paths loads the same instances as the ORM, field by field, in one statement."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tenants import fast_paths
from tenants.api_keys import create_api_key
from tenants.audit import Actor
from tenants.keys_and_audit.models import ApiKey, AuditEntry
from tenants.tests.distinct import field_values, give_distinct_values


@pytest.fixture
def key(organization, owner):
    key, _ = create_api_key(name="integration", actor=Actor(origin="cli", user=owner))
    give_distinct_values(key, 1)
    return ApiKey.objects.get(pk=key.pk)


def test_the_api_key_by_its_hash_loads_every_field_as_the_orm_does(key):
    with CaptureQueriesContext(connection) as queries:
        loaded = fast_paths.get_by(ApiKey, "key_hash", key.key_hash)

    assert len(queries.captured_queries) == 1
    assert field_values(loaded) == field_values(key)
    assert loaded._state.adding is False
    assert loaded._state.db == "default"
    loaded.name = "renamed"
    loaded.save(update_fields=["name"])  # a normal instance: it saves
    assert ApiKey.objects.get(pk=key.pk).name == "renamed"


def test_json_and_times_are_converted_as_the_orm_converts_them(organization):
    entry = AuditEntry.objects.create(
        action=AuditEntry.Action.FACT_UPDATED,
        origin=AuditEntry.Origin.API,
        changes={"before": {"value": "Bern"}, "after": {"value": "Zurich"}},
    )

    loaded = fast_paths.get_by(AuditEntry, "id", entry.pk)

    assert field_values(loaded) == field_values(AuditEntry.objects.get(pk=entry.pk))
    assert loaded.changes["after"] == {"value": "Zurich"}  # JSON decoded, not its text


def test_several_models_each_by_its_own_unique_column_in_one_statement(key):
    entry = AuditEntry.objects.create(action=AuditEntry.Action.FACT_DELETED, origin=AuditEntry.Origin.UI)
    give_distinct_values(entry, 100)

    with CaptureQueriesContext(connection) as queries:
        found_key, found_entry = fast_paths.get_each((ApiKey, "public_id", key.public_id), (AuditEntry, "id", entry.pk))

    assert len(queries.captured_queries) == 1
    assert field_values(found_key) == field_values(key)
    assert field_values(found_entry) == field_values(AuditEntry.objects.get(pk=entry.pk))
    assert fast_paths.get_each((ApiKey, "public_id", "key_missing"), (AuditEntry, "id", entry.pk))[0] is None
    assert fast_paths.get_each((ApiKey, "public_id", key.public_id), (AuditEntry, "id", -1))[1] is None


def test_a_missing_row_or_a_value_postgresql_cannot_hold_is_none(key):
    assert fast_paths.get_by(ApiKey, "key_hash", "0" * 64) is None
    assert fast_paths.get_by(ApiKey, "public_id", "key_\x00") is None


def test_only_unique_columns_can_be_looked_up(organization):
    with pytest.raises(ValueError, match="not unique"):
        fast_paths.get_by(ApiKey, "name", "integration")

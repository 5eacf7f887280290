"""tenants.rows loads the same instances as the ORM, in one statement."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.http import Http404

from tenants import rows
from tenants.access.models import ApiKey, AuditEntry
from tenants.api_keys import create_api_key
from tenants.audit import Actor


def field_values(instance):
    return {field.attname: getattr(instance, field.attname) for field in type(instance)._meta.concrete_fields}


def test_a_row_loads_as_the_orm_loads_it_json_and_times_included(organization):
    entry = AuditEntry.objects.create(
        action=AuditEntry.Action.FACT_UPDATED,
        origin=AuditEntry.Origin.API,
        changes={"before": {"value": "Bern"}, "after": {"value": "Zurich"}},
    )

    loaded = rows.get_by(AuditEntry, "id", entry.pk)

    assert field_values(loaded) == field_values(AuditEntry.objects.get(pk=entry.pk))
    assert loaded.changes["after"] == {"value": "Zurich"}  # JSON decoded, not its text
    assert loaded._state.adding is False
    assert loaded._state.db == "default"
    loaded.object_type = "fact"
    loaded.save(update_fields=["object_type"])  # a normal instance: it saves
    assert AuditEntry.objects.get(pk=entry.pk).object_type == "fact"


def test_a_missing_row_is_none_or_a_404(organization):
    assert rows.get_by(ApiKey, "public_id", "key_missing") is None
    with pytest.raises(Http404):
        rows.get_by_or_404(ApiKey, "key_hash", "0" * 64)


def test_only_unique_columns_can_be_looked_up(organization):
    with pytest.raises(ValueError, match="not unique"):
        rows.get_by(ApiKey, "name", "integration")


def test_several_rows_by_their_unique_values(organization):
    first, _ = create_api_key(name="first", actor=Actor(origin="cli"))
    second, _ = create_api_key(name="second", actor=Actor(origin="cli"))

    found = rows.get_all_by(ApiKey, "public_id", [first.public_id, second.public_id, "key_missing"])

    assert found == {first.public_id: first, second.public_id: second}
    assert rows.get_all_by(ApiKey, "public_id", []) == {}


def test_a_revoked_key_is_found_but_inactive(organization):
    key, _ = create_api_key(name="integration", actor=Actor(origin="cli"))
    key.revoked_at = key.created_at
    key.save()

    assert rows.get_by(ApiKey, "key_hash", key.key_hash).is_active is False


def test_columns_of_two_models_load_one_joined_row(organization, owner):
    key, _ = create_api_key(name="integration", actor=Actor(origin="cli", user=owner))
    user_model = get_user_model()
    key_columns, user_columns = rows.columns(ApiKey, "k"), rows.columns(user_model, "u")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {key_columns.select}, {user_columns.select} FROM access_apikey k "
            "JOIN auth_user u ON u.id = k.created_by_id WHERE k.id = %s",
            [key.pk],
        )
        row = cursor.fetchone()
    split = len(key_columns.attnames)

    assert field_values(key_columns.load(row[:split])) == field_values(ApiKey.objects.get(pk=key.pk))
    assert field_values(user_columns.load(row[split:])) == field_values(user_model.objects.get(pk=owner.pk))


def test_several_models_each_by_its_own_unique_column_in_one_statement(organization, django_assert_num_queries):
    key, _ = create_api_key(name="integration", actor=Actor(origin="cli"))
    entry = AuditEntry.objects.create(action=AuditEntry.Action.FACT_DELETED, origin=AuditEntry.Origin.UI)

    with django_assert_num_queries(1):
        found_key, found_entry = rows.get_each((ApiKey, "public_id", key.public_id), (AuditEntry, "id", entry.pk))
    assert field_values(found_key) == field_values(ApiKey.objects.get(pk=key.pk))
    assert field_values(found_entry) == field_values(AuditEntry.objects.get(pk=entry.pk))

    assert rows.get_each((ApiKey, "public_id", "key_missing"), (AuditEntry, "id", entry.pk))[0] is None
    assert rows.get_each((ApiKey, "public_id", key.public_id), (AuditEntry, "id", -1))[1] is None


def test_a_value_postgresql_cannot_store_matches_nothing(organization):
    key, _ = create_api_key(name="integration", actor=Actor(origin="cli"))

    assert rows.get_by(ApiKey, "public_id", "key_\x00") is None
    assert rows.get_all_by(ApiKey, "public_id", ["key_\x00", key.public_id]) == {key.public_id: key}
    assert rows.get_each((ApiKey, "public_id", "key_\x00"), (ApiKey, "public_id", key.public_id)) == [None, key]

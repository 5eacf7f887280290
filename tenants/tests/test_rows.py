"""tenants.rows loads the same instances as the ORM, in one statement."""

from __future__ import annotations

import pytest
from django.http import Http404

from conversations.models import Agent, Conversation, Person
from tenants import rows
from tenants.access.models import ApiKey
from tenants.api_keys import create_api_key
from tenants.audit import Actor


def field_values(instance):
    return {field.attname: getattr(instance, field.attname) for field in type(instance)._meta.concrete_fields}


def test_a_row_loads_as_the_orm_loads_it_json_and_times_included(organization):
    person = Person.objects.create(
        channel_type="whatsapp",
        channel_identifier="+41790000001",
        name="Ada",
        open_issues=["late delivery"],
        personal_details="Has a dog named Rex.",
    )
    expected = Person.objects.get(pk=person.pk)

    loaded = rows.get_by(Person, "public_id", person.public_id)

    assert field_values(loaded) == field_values(expected)
    assert loaded.open_issues == ["late delivery"]  # JSON decoded, not its text
    assert loaded._state.adding is False and loaded._state.db == "default"
    loaded.name = "Ada L."
    loaded.save(update_fields=["name"])  # a normal instance: it saves
    assert Person.objects.get(pk=person.pk).name == "Ada L."


def test_a_missing_row_is_none_or_a_404(organization):
    assert rows.get_by(Agent, "public_id", "agent_missing") is None
    with pytest.raises(Http404):
        rows.get_by_or_404(Person, "public_id", "cust_missing")


def test_only_unique_columns_can_be_looked_up(organization):
    with pytest.raises(ValueError, match="not unique"):
        rows.get_by(Person, "name", "Ada")


def test_several_rows_by_their_unique_values(organization):
    support, sales = Agent.objects.create(name="Support"), Agent.objects.create(name="Sales")

    found = rows.get_all_by(Agent, "public_id", [support.public_id, sales.public_id, "agent_missing"])

    assert found == {support.public_id: support, sales.public_id: sales}
    assert rows.get_all_by(Agent, "public_id", []) == {}


def test_a_revoked_key_is_found_but_inactive(organization):
    key, _ = create_api_key(name="integration", actor=Actor(origin="cli"))
    key.revoked_at = key.created_at
    key.save()

    assert rows.get_by(ApiKey, "key_hash", key.key_hash).is_active is False


def test_columns_of_two_models_load_one_joined_row(organization):
    from django.db import connection

    agent = Agent.objects.create(name="Support")
    person = Person.objects.create(channel_type="web", channel_identifier="visitor-1")
    conversation = Conversation.objects.create(
        person=person, agent=agent, channel="web", started_at=person.created_at, last_message_at=person.created_at
    )
    conversation_columns, person_columns = rows.columns(Conversation, "c"), rows.columns(Person, "p")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {conversation_columns.select}, {person_columns.select} FROM conversations_conversation c "
            "JOIN conversations_person p ON p.id = c.person_id WHERE c.id = %s",
            [conversation.pk],
        )
        row = cursor.fetchone()
    split = len(conversation_columns.attnames)

    assert field_values(conversation_columns.load(row[:split])) == field_values(
        Conversation.objects.get(pk=conversation.pk)
    )
    assert field_values(person_columns.load(row[split:])) == field_values(Person.objects.get(pk=person.pk))

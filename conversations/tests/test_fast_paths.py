"""conversations.fast_paths against the ORM path, field by field (issue 17).

The hand-written statement loads rows into instances by column position: a column in the wrong place
(the People list once showed every phone caller as "Test session" that way) must fail here. Every
field of the person and the conversation is first given a value no other field has (tenants.tests.distinct).
"""

from __future__ import annotations

import pytest
from django.db import connection, models, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from conversations import fast_paths, ingest_item
from conversations.ingestion import _Batch, ingest_message
from conversations.models import Conversation, Message, Person
from conversations.tests.factories import create_agent
from tenants.tests.distinct import field_values, give_distinct_values

# Set by ingestion or fixed by who the sender is: left as they are.
KEEP = {"id", "public_id", "channel_type", "channel_identifier", "status", "channel", "person_id", "agent_id"}


@pytest.fixture
def agent(organization):
    return create_agent(name="Support")


def say(agent, identifier: str, content: str = "Hi", **fields):
    return ingest_message(
        agent=agent, channel_type="whatsapp", channel_identifier=identifier, role="customer", content=content, **fields
    )


def _sender_with_an_open_conversation(agent, identifier: str, *, start: int) -> tuple[Person, Conversation]:
    first = say(agent, identifier)
    give_distinct_values(first.person, start, keep=KEEP)
    give_distinct_values(first.conversation, start + 100, keep=KEEP)
    return first.person, first.conversation


def _item(agent, identifier: str, **fields):
    [item] = ingest_item.items_from_fields(
        [
            {
                "agent": agent,
                "channel_type": "whatsapp",
                "channel_identifier": identifier,
                "role": "customer",
                "content": "Still waiting for the refund",
                "external_id": f"wamid.{identifier}",
                "sent_at": timezone.now(),
                **fields,
            }
        ],
        single=True,
    )
    return item


def test_the_fast_path_returns_every_field_as_the_orm_loads_it(agent):
    person, conversation = _sender_with_an_open_conversation(agent, "+4915100000001", start=1)

    person_back, conversation_back, message = fast_paths.append_to_open_conversation(_item(agent, "+4915100000001"))

    # Every concrete field, generated ones included (no contact detail changed, so the search document
    # is the stored one).
    assert field_values(person_back) == field_values(Person.objects.get(pk=person.pk))
    assert field_values(conversation_back) == field_values(Conversation.objects.get(pk=conversation.pk))
    assert field_values(message) == field_values(Message.objects.get(pk=message.pk))
    # What a row's label reads: the phone is the phone, the flag the flag.
    assert (person_back.phone, person_back.is_test) == (Person.objects.get(pk=person.pk).phone, True)


def test_the_fast_path_and_the_orm_path_store_and_return_the_same(agent):
    """Two senders in the same state, the same message: one through the statement, one through _Batch."""
    fast_sender = _sender_with_an_open_conversation(agent, "+4915100000002", start=1)
    orm_sender = _sender_with_an_open_conversation(agent, "+4915100000003", start=1)
    sent_at = timezone.now()
    details = {"sent_at": sent_at, "name": "Ada Lovelace", "email": "ada@example.com"}
    Person.objects.filter(pk__in=[fast_sender[0].pk, orm_sender[0].pk]).update(name="", email="")

    fast = fast_paths.append_to_open_conversation(_item(agent, "+4915100000002", **details))
    with transaction.atomic():
        [orm] = _Batch([_item(agent, "+4915100000003", **details)]).run(look_up_stored=False)

    assert fast is not None
    fast_person, fast_conversation, fast_message = fast
    differ = KEEP | {"conversation_id", "external_id", "search_document"}
    for returned_fast, returned_orm in (
        (fast_person, orm.person),
        (fast_conversation, orm.conversation),
        (fast_message, orm.message),
    ):
        model = type(returned_fast)
        stored_fast, stored_orm = model.objects.get(pk=returned_fast.pk), model.objects.get(pk=returned_orm.pk)
        for field in model._meta.concrete_fields:
            if field.attname in differ or field.attname == "updated_at":
                continue
            assert getattr(returned_fast, field.attname) == getattr(returned_orm, field.attname), field.attname
            assert getattr(stored_fast, field.attname) == getattr(stored_orm, field.attname), field.attname
        # Returned as stored, by both paths (search_document aside: the database computes it on write).
        stored = {f.attname for f in model._meta.concrete_fields if not isinstance(f, models.GeneratedField)}
        assert {k: v for k, v in field_values(returned_fast).items() if k in stored} == {
            k: v for k, v in field_values(stored_fast).items() if k in stored
        }
    assert (fast_person.name, fast_conversation.message_count) == ("Ada Lovelace", orm.conversation.message_count)


def test_a_single_message_to_an_open_conversation_is_one_statement(agent):
    say(agent, "+4915100000004")

    with CaptureQueriesContext(connection) as queries:
        say(agent, "+4915100000004", "Are you there?")

    # The open conversation, the message and every counter: one statement, no transaction of its own.
    assert len(queries.captured_queries) == 1, [query["sql"] for query in queries.captured_queries]


def test_a_retried_message_id_falls_back_to_the_orm_path_and_writes_nothing_twice(agent):
    say(agent, "+4915100000005", "Hi", external_id="wamid.r1")

    assert (
        fast_paths.append_to_open_conversation(_item(agent, "+4915100000005", external_id="wamid.r1", content="Hi"))
        is None
    )
    again = say(agent, "+4915100000005", "Hi", external_id="wamid.r1")

    assert again.created is False
    assert Conversation.objects.get(pk=again.conversation.pk).message_count == 1

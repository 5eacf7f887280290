from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection, models
from django.utils import timezone

from conversations.ingest_item import MAX_BATCH_SIZE, MAX_CONTENT_LENGTH, IngestError
from conversations.ingestion import ingest_message, ingest_messages
from conversations.models import Contact, Conversation, Message, Person
from conversations.services import (
    close_conversation,
    close_idle_conversations,
    record_form_submission,
)
from conversations.signals import conversation_closed
from conversations.tests.factories import create_agent, create_conversation, create_person


@pytest.fixture
def agent(organization):
    return create_agent(name="Support")


def say(agent, content="Hello", *, identifier="+4915112345678", channel="whatsapp", role="customer", **fields):
    return ingest_message(
        agent=agent, channel_type=channel, channel_identifier=identifier, role=role, content=content, **fields
    )


@pytest.fixture
def closed_signals():
    received = []

    def receiver(sender, conversation, **kwargs):
        received.append(conversation.pk)

    conversation_closed.connect(receiver)
    yield received
    conversation_closed.disconnect(receiver)


# Identity


def test_first_message_creates_person_conversation_and_contact(agent):
    sent_at = timezone.now() - timedelta(minutes=3)

    result = say(agent, "Hi, my order is late", sent_at=sent_at, external_id="wamid.1")

    assert result.created
    person = Person.objects.get()
    conversation = Conversation.objects.get()
    assert (person.channel_type, person.channel_identifier) == ("whatsapp", "+4915112345678")
    assert (person.first_contact_at, person.last_seen_at, person.conversation_count) == (sent_at, sent_at, 1)
    assert (conversation.person, conversation.agent, conversation.channel) == (person, agent, "whatsapp")
    assert conversation.is_open
    assert (conversation.started_at, conversation.last_message_at) == (sent_at, sent_at)
    assert (conversation.message_count, conversation.customer_message_count) == (1, 1)
    message = Message.objects.get()
    assert (message.role, message.content, message.external_id) == ("customer", "Hi, my order is late", "wamid.1")
    contact = Contact.objects.get()
    assert (contact.agent, contact.person, contact.conversation_count) == (agent, person, 1)
    assert contact.first_seen_at == contact.last_seen_at == sent_at
    assert (result.person, result.conversation, result.message) == (person, conversation, message)


def test_same_human_on_two_channels_is_two_people(agent):
    on_whatsapp = say(agent, identifier="+4915112345678", channel="whatsapp")
    on_voice = say(agent, identifier="+4915112345678", channel="voice")
    on_web = say(agent, identifier="visitor-7f3a", channel="web")

    assert len({on_whatsapp.person.pk, on_voice.person.pk, on_web.person.pk}) == 3
    assert len({on_whatsapp.conversation.pk, on_voice.conversation.pk, on_web.conversation.pk}) == 3
    assert Person.objects.count() == 3


def test_identity_is_per_organization(agent, other_organization):
    say(agent, identifier="visitor-1", channel="web")

    connection.set_tenant(other_organization)
    other = say(create_agent(name="Support"), identifier="visitor-1", channel="web")

    assert other.created
    assert Person.objects.count() == 1
    assert other.person.conversation_count == 1


def test_voice_caller_number_in_any_format_is_one_person_with_that_phone(agent):
    first = say(agent, identifier="+49 151 1234-5678", channel="voice")
    second = say(agent, identifier="004915112345678", channel="voice")

    assert first.person.pk == second.person.pk
    person = Person.objects.get()
    assert person.channel_identifier == "+4915112345678"
    assert person.phone == "+4915112345678"
    assert person.display_label == "+4915112345678"


@pytest.mark.parametrize("withheld", ["anonymous", "Restricted", "Private Number", "unknown"])
def test_withheld_caller_ids_are_not_one_shared_person(agent, withheld):
    first = say(agent, identifier=withheld, channel="voice")
    second = say(agent, identifier=withheld, channel="voice")

    assert first.person.pk != second.person.pk
    assert first.person.channel_identifier == ""
    assert first.person.display_label == "Voice caller"


def test_message_without_identifier_or_conversation_is_a_new_anonymous_person(agent):
    # A withheld number identifies no one; a blank identifier is refused as in the API.
    first = say(agent, identifier="anonymous", channel="voice")
    second = say(agent, identifier="Withheld", channel="voice")
    reply = say(
        agent, "How can I help?", identifier="anonymous", channel="voice", conversation_id=first.conversation.public_id
    )

    assert first.person.pk != second.person.pk
    assert reply.conversation.pk == first.conversation.pk
    assert first.person.display_label == "Voice caller"


def test_test_session_marks_person_and_conversation(agent):
    result = say(agent, identifier="test-session-1", channel="web", is_test_session=True)

    assert result.person.is_test
    assert result.conversation.is_test_session
    assert result.person.display_label == ""


# Joining and opening conversations


def test_messages_without_conversation_id_join_the_open_conversation(agent):
    first = say(agent, "My router keeps dropping")
    reply = say(agent, "Sorry to hear that. Which model?", role="agent")
    answer = say(agent, "The X200")

    assert first.conversation.pk == reply.conversation.pk == answer.conversation.pk
    conversation = Conversation.objects.get()
    assert (conversation.message_count, conversation.customer_message_count) == (3, 2)
    assert answer.conversation.message_count == 3
    assert Person.objects.get().conversation_count == 1
    assert Contact.objects.get().conversation_count == 1


def test_each_agent_has_its_own_conversation_with_a_person(agent):
    sales = create_agent(name="Sales")

    with_support = say(agent)
    with_sales = say(sales)

    assert with_support.person.pk == with_sales.person.pk
    assert with_support.conversation.pk != with_sales.conversation.pk
    assert Person.objects.get().conversation_count == 2
    assert sorted(Contact.objects.values_list("agent__name", "conversation_count")) == [("Sales", 1), ("Support", 1)]


def test_message_after_close_opens_a_new_conversation(agent):
    first = say(agent, "First question")
    close_conversation(first.conversation)

    second = say(agent, "Back again")

    assert second.conversation.pk != first.conversation.pk
    assert second.conversation.is_open
    assert Person.objects.get().conversation_count == 2
    assert Contact.objects.get().conversation_count == 2


def test_message_with_conversation_id_joins_that_conversation(agent):
    first = say(agent)

    reply = say(agent, "Hi!", role="agent", conversation_id=first.conversation.public_id)

    assert reply.conversation.pk == first.conversation.pk
    assert Conversation.objects.get().message_count == 2


def test_message_with_a_closed_conversation_id_opens_a_new_conversation(agent):
    first = say(agent)
    close_conversation(first.conversation)

    late = say(agent, "One more thing", conversation_id=first.conversation.public_id)

    assert late.conversation.pk != first.conversation.pk
    assert late.conversation.is_open
    assert Conversation.objects.get(pk=first.conversation.pk).message_count == 1


def test_conversation_id_of_another_person_or_agent_is_rejected(agent):
    mine = say(agent, identifier="+4915100000001")
    sales = create_agent(name="Sales")

    with pytest.raises(IngestError) as other_person:
        say(agent, identifier="+4915100000002", conversation_id=mine.conversation.public_id)
    with pytest.raises(IngestError) as other_agent:
        say(sales, identifier="+4915100000001", conversation_id=mine.conversation.public_id)
    with pytest.raises(IngestError) as unknown:
        say(agent, conversation_id="conv_01jaaaaaaaaaaaaaaaaaaaaaaa")

    assert other_person.value.field == other_agent.value.field == unknown.value.field == "conversationId"
    assert Message.objects.count() == 1
    assert Person.objects.count() == 1


# Idempotency


def test_retry_with_same_message_id_returns_the_same_ids_and_stores_nothing(agent):
    first = say(agent, "Where is my parcel?", external_id="wamid.42")

    retry = say(agent, "Where is my parcel?", external_id="wamid.42")

    assert not retry.created
    assert (retry.person.pk, retry.conversation.pk, retry.message.pk) == (
        first.person.pk,
        first.conversation.pk,
        first.message.pk,
    )
    assert retry.message.public_id == first.message.public_id
    assert Message.objects.count() == 1
    conversation = Conversation.objects.get()
    assert conversation.message_count == 1
    assert Person.objects.get().conversation_count == 1


def test_retry_after_close_still_returns_the_original_message(agent):
    first = say(agent, external_id="wamid.7")
    close_conversation(first.conversation)

    retry = say(agent, external_id="wamid.7")

    assert not retry.created
    assert retry.conversation.pk == first.conversation.pk
    assert Conversation.objects.count() == 1


def test_message_id_used_by_another_sender_is_rejected(agent):
    say(agent, identifier="+4915100000001", external_id="msg-1")

    with pytest.raises(IngestError) as error:
        say(agent, identifier="+4915100000002", external_id="msg-1")

    assert error.value.field == "messageId"
    assert Message.objects.count() == 1


def _in_threads(count, target):
    """Run `target(index)` in `count` threads started together; return results or raise the first error."""
    barrier = threading.Barrier(count)
    results, errors = [None] * count, []

    def run(index):
        try:
            barrier.wait()
            results[index] = target(index)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    if errors:
        raise errors[0]
    return results


def test_concurrent_retries_store_one_message_and_return_the_same_ids(live_tenant):
    agent = create_agent(name="Support")

    for attempt in range(3):

        def send(index, attempt=attempt):
            connection.set_tenant(live_tenant)
            return say(agent, "Hello?", identifier="+4915100000099", external_id=f"wamid.race.{attempt}")

        results = _in_threads(6, send)

        assert len({result.message.pk for result in results}) == 1
        assert len({result.conversation.pk for result in results}) == 1
        assert sum(result.created for result in results) == 1
    assert Message.objects.count() == 3
    assert Person.objects.count() == 1
    assert Conversation.objects.get().message_count == 3


def test_concurrent_first_messages_of_a_person_open_one_conversation(live_tenant):
    agent = create_agent(name="Support")

    def send(index):
        connection.set_tenant(live_tenant)
        return say(agent, f"Message {index}", identifier="visitor-race", channel="web")

    results = _in_threads(6, send)

    assert len({result.person.pk for result in results}) == 1
    assert len({result.conversation.pk for result in results}) == 1
    conversation = Conversation.objects.get()
    assert conversation.message_count == 6
    assert Person.objects.get().conversation_count == 1
    assert Contact.objects.get().conversation_count == 1


def test_concurrent_overlapping_imports_store_each_message_once_and_count_it_once(live_tenant):
    agent = create_agent(name="Support")
    start = timezone.now() - timedelta(hours=1)

    def batch(first, last):
        return [
            {
                "agent": agent,
                "channel_type": "web",
                "channel_identifier": f"visitor-{number % 5}",
                "role": "customer",
                "content": f"Message {number}",
                "external_id": f"import-{number}",
                "sent_at": start + timedelta(seconds=number),
            }
            for number in range(first, last)
        ]

    def send(index):
        connection.set_tenant(live_tenant)
        return ingest_messages(batch(index * 20, index * 20 + 60))

    _in_threads(4, send)

    assert Message.objects.count() == 120
    assert Person.objects.count() == 5
    for conversation in Conversation.objects.all():
        assert conversation.message_count == conversation.messages.count() == 24
    assert set(Contact.objects.values_list("conversation_count", flat=True)) == {1}


# Bulk import


def _batch(agent, people=3, messages=4, prefix="imp"):
    start = timezone.now() - timedelta(hours=2)
    return [
        {
            "agent": agent,
            "channel_type": "whatsapp",
            "channel_identifier": f"+49151000000{person:02d}",
            "role": "customer" if index % 2 == 0 else "agent",
            "content": f"Message {index} of person {person}",
            "external_id": f"{prefix}-{person}-{index}",
            "sent_at": start + timedelta(minutes=index),
        }
        for person in range(people)
        for index in range(messages)
    ]


def test_bulk_ingest_stores_messages_and_keeps_counters(agent):
    items = _batch(agent, people=3, messages=4)

    results = ingest_messages(items)

    assert len(results) == 12
    assert all(result.created for result in results)
    assert [result.message.content for result in results] == [item["content"] for item in items]
    assert Person.objects.count() == 3
    assert Conversation.objects.count() == 3
    for conversation in Conversation.objects.all():
        assert (conversation.message_count, conversation.customer_message_count) == (4, 2)
        assert conversation.last_message_at - conversation.started_at == timedelta(minutes=3)
    assert set(Person.objects.values_list("conversation_count", flat=True)) == {1}
    assert set(Contact.objects.values_list("conversation_count", flat=True)) == {1}
    person = Person.objects.get(channel_identifier="+4915100000001")
    assert person.last_seen_at == items[7]["sent_at"]
    assert person.first_contact_at == items[4]["sent_at"]


def test_bulk_ingest_is_idempotent(agent):
    items = _batch(agent, people=3, messages=4)
    first = ingest_messages(items)

    again = ingest_messages(items)

    assert not any(result.created for result in again)
    assert [r.message.pk for r in again] == [r.message.pk for r in first]
    assert [r.conversation.pk for r in again] == [r.conversation.pk for r in first]
    assert Message.objects.count() == 12
    assert set(Conversation.objects.values_list("message_count", flat=True)) == {4}
    assert set(Person.objects.values_list("conversation_count", flat=True)) == {1}


def test_bulk_ingest_with_some_new_messages_stores_only_those(agent):
    ingest_messages(_batch(agent, people=2, messages=3))

    results = ingest_messages(_batch(agent, people=2, messages=5))

    assert [result.created for result in results] == [False] * 3 + [True] * 2 + [False] * 3 + [True] * 2
    assert Message.objects.count() == 10
    assert set(Conversation.objects.values_list("message_count", flat=True)) == {5}


def test_bulk_ingest_repeated_message_id_in_one_batch_is_stored_once(agent):
    items = _batch(agent, people=1, messages=2)

    results = ingest_messages([*items, items[0]])

    assert [result.created for result in results] == [True, True, False]
    assert results[2].message.pk == results[0].message.pk
    assert Message.objects.count() == 2


def test_bulk_ingest_matches_one_by_one_ingest_for_existing_people(agent):
    existing = say(agent, "Earlier", identifier="+4915100000000")
    close_conversation(existing.conversation)
    say(agent, "Still open", identifier="+4915100000001")

    results = ingest_messages(_batch(agent, people=2, messages=2))

    assert results[0].conversation.pk != existing.conversation.pk
    assert Person.objects.get(channel_identifier="+4915100000000").conversation_count == 2
    still_open = Person.objects.get(channel_identifier="+4915100000001")
    assert still_open.conversation_count == 1
    assert Conversation.objects.get(person=still_open).message_count == 3


def test_bulk_ingest_rejects_a_bad_item_and_stores_nothing(agent):
    items = _batch(agent, people=2, messages=2)
    items[3]["role"] = "robot"

    with pytest.raises(IngestError) as error:
        ingest_messages(items)

    assert (error.value.field, error.value.index) == ("role", 3)
    assert Message.objects.count() == 0


def test_bulk_ingest_rejects_a_wrong_conversation_and_stores_nothing(agent):
    other = say(agent, identifier="+4915199999999")
    items = _batch(agent, people=2, messages=2)
    items[2]["conversation_id"] = other.conversation.public_id

    with pytest.raises(IngestError) as error:
        ingest_messages(items)

    assert (error.value.field, error.value.index) == ("conversationId", 2)
    assert Message.objects.count() == 1
    assert Person.objects.count() == 1


def test_bulk_ingest_accepts_at_most_500_messages(agent):
    with pytest.raises(IngestError) as error:
        ingest_messages(_batch(agent, people=1, messages=MAX_BATCH_SIZE + 1))

    assert error.value.field == "messages"


def test_bulk_ingest_of_500_messages_uses_a_few_queries(agent, django_assert_max_num_queries):
    items = _batch(agent, people=100, messages=5)

    # People (look up, create, read back), conversations (create, read back), messages with
    # counters: 6 statements, plus the savepoint in the test's transaction.
    with django_assert_max_num_queries(8):
        results = ingest_messages(items)

    assert len(results) == 500
    assert Conversation.objects.count() == 100


def _written_fields(model):
    # Generated columns (the search document) are the database's to compute, never set by ingestion.
    return [field for field in model._meta.concrete_fields if not isinstance(field, models.GeneratedField)]


def _stored_values(instance):
    fresh = type(instance).objects.get(pk=instance.pk)
    return {field.attname: getattr(fresh, field.attname) for field in _written_fields(type(instance))}


def _returned_values(instance):
    return {field.attname: getattr(instance, field.attname) for field in _written_fields(type(instance))}


@pytest.mark.parametrize("as_batch", [False, True], ids=["one message", "batch"])
def test_the_person_and_conversation_returned_match_the_stored_rows_field_by_field(agent, as_batch):
    # The counters are added in SQL and to the returned instances by the same rule (_Counts): they must agree.
    say(agent, "Hi", external_id="wamid.a1")
    later = timezone.now() + timedelta(minutes=3)
    item = {
        "agent": agent,
        "channel_type": "whatsapp",
        "channel_identifier": "+4915112345678",
        "role": "customer",
        "content": "Still waiting",
        "external_id": "wamid.a2",
        "sent_at": later,
        "name": "Ada",
        "email": "ada@example.com",
    }

    [result] = ingest_messages([item]) if as_batch else [ingest_message(**item)]

    assert _returned_values(result.conversation) == _stored_values(result.conversation)
    assert _returned_values(result.person) == _stored_values(result.person)
    assert (result.person.name, result.conversation.message_count, result.conversation.last_message_at) == (
        "Ada",
        2,
        later,
    )


def test_a_message_to_the_open_conversation_adds_to_every_counter_and_fills_empty_details(
    agent, django_capture_on_commit_callbacks
):
    first = say(agent, "Hi", external_id="wamid.1")
    later = first.message.sent_at + timedelta(minutes=2)
    cache.set(f"person:{first.person.pk}:identity", {"stale": True})

    reply = say(agent, "How can I help?", role="agent", external_id="wamid.2", sent_at=later)
    with django_capture_on_commit_callbacks(execute=True):
        third = say(
            agent, "Where is my parcel?", external_id="wamid.3", sent_at=later, name="Ada", email="ada@example.com"
        )

    assert reply.conversation.pk == third.conversation.pk == first.conversation.pk
    assert (third.created, third.message.content, third.message.conversation.pk) == (
        True,
        "Where is my parcel?",
        first.conversation.pk,
    )
    conversation = Conversation.objects.get(pk=first.conversation.pk)
    assert (conversation.message_count, conversation.customer_message_count) == (3, 2)
    assert conversation.last_message_at == later
    person = Person.objects.get(pk=first.person.pk)
    assert (person.name, person.email, person.last_seen_at, person.conversation_count) == (
        "Ada",
        "ada@example.com",
        later,
        1,
    )
    assert (third.person.name, third.person.last_seen_at) == ("Ada", later)  # the stored row, returned
    contact = Contact.objects.get(person=person, agent=agent)
    assert (contact.conversation_count, contact.last_seen_at) == (1, later)
    assert Message.objects.filter(conversation=conversation).count() == 3
    assert cache.get(f"person:{first.person.pk}:identity") is None  # details filled: cached layers dropped

    say(agent, "Thanks", external_id="wamid.4", name="Someone Else")
    assert Person.objects.get(pk=person.pk).name == "Ada"  # filled only when empty


# Validation


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"role": "robot"}, "role"),
        ({"content": "   "}, "message"),
        ({"content": "x" * (MAX_CONTENT_LENGTH + 1)}, "message"),
        ({"channel": "Pigeon!"}, "channel"),
        ({"identifier": "x" * 256}, "channelIdentifier"),
        ({"external_id": "x" * 201}, "messageId"),
        ({"sent_at": "yesterday"}, "sentAt"),
        ({"email": "not-an-email"}, "email"),
        ({"name": "x" * 201}, "name"),
        ({"conversation_id": 3.5}, "conversationId"),
    ],
)
def test_bad_input_is_rejected_naming_the_field(agent, fields, field):
    with pytest.raises(IngestError) as error:
        say(agent, **fields)

    assert error.value.field == field
    assert str(error.value)
    assert Message.objects.count() == 0
    assert Person.objects.count() == 0


def test_role_aliases_from_chat_apis_are_accepted(agent):
    assert say(agent, role="user").message.role == Message.Role.CUSTOMER
    assert say(agent, role="assistant").message.role == Message.Role.AGENT


def test_naive_sent_at_is_read_as_utc(agent):
    result = say(agent, sent_at="2026-03-01T10:00:00")

    assert result.message.sent_at.isoformat() == "2026-03-01T10:00:00+00:00"


# Contact details


def test_contact_details_in_messages_fill_only_empty_fields(agent):
    say(agent, name="Maria", phone="+49 151 2222 3333")

    say(agent, name="Maria Lopez", email="Maria@Example.com", phone="+4915199999999")

    person = Person.objects.get()
    assert (person.name, person.email, person.phone) == ("Maria", "maria@example.com", "+4915122223333")


def test_form_submission_fills_empty_fields_and_never_overwrites(agent):
    person = say(agent, identifier="visitor-1", channel="web", name="Sam").person

    record_form_submission(person, name="Samuel Jones", email="sam@example.com", phone="+44 20 7946 0958")
    record_form_submission(person, name="Someone", email="other@example.com", phone="+4915100000000")

    person.refresh_from_db()
    assert (person.name, person.email, person.phone) == ("Sam", "sam@example.com", "+442079460958")


def test_form_submission_works_with_memory_off(organization):
    agent = create_agent(name="Bookings", memory_enabled=False)
    person = say(agent, identifier="visitor-2", channel="web").person

    record_form_submission(person, email="ana@example.com")

    assert Person.objects.get().email == "ana@example.com"


def test_form_submission_rejects_a_bad_email(agent):
    person = say(agent).person

    with pytest.raises(IngestError) as error:
        record_form_submission(person, email="nope")

    assert error.value.field == "email"


def test_form_submission_forgets_cached_layers(agent, django_capture_on_commit_callbacks):
    person = say(agent).person
    keys = [f"person:{person.pk}:{layer}" for layer in ("identity", "history", "mood")]
    cache.set_many(dict.fromkeys(keys, "stale"))

    with django_capture_on_commit_callbacks(execute=True):
        record_form_submission(person, name="Kim")

    assert cache.get_many(keys) == {}


def test_new_conversation_forgets_cached_layers(agent, django_capture_on_commit_callbacks):
    first = say(agent)
    close_conversation(first.conversation)
    keys = [f"person:{first.person.pk}:{layer}" for layer in ("identity", "history", "mood")]
    cache.set_many(dict.fromkeys(keys, "stale"))

    with django_capture_on_commit_callbacks(execute=True):
        say(agent, "Back again")

    assert cache.get_many(keys) == {}


# Contacts


def test_contact_counts_conversations_per_agent(agent):
    sales = create_agent(name="Sales")
    for _ in range(2):
        close_conversation(say(agent).conversation)
    last = say(sales, sent_at=timezone.now() + timedelta(minutes=5))

    contacts = {contact.agent.name: contact for contact in Contact.objects.select_related("agent")}
    assert contacts["Support"].conversation_count == 2
    assert contacts["Sales"].conversation_count == 1
    assert contacts["Sales"].last_seen_at == last.message.sent_at
    assert Person.objects.get().conversation_count == 3


# Closing


def test_close_sets_status_and_announces_once(agent, closed_signals):
    conversation = say(agent).conversation

    closed = close_conversation(conversation)
    again = close_conversation(conversation)

    assert closed.status == again.status == Conversation.Status.CLOSED
    assert closed_signals == [conversation.pk]
    stored = Conversation.objects.get()
    assert stored.status == Conversation.Status.CLOSED
    assert stored.closed_at == closed.closed_at == again.closed_at


def test_close_of_a_stale_instance_does_nothing_the_second_time(agent, closed_signals):
    conversation = say(agent).conversation
    stale_copy = Conversation.objects.get(pk=conversation.pk)
    close_conversation(conversation)

    close_conversation(stale_copy)

    assert closed_signals == [conversation.pk]
    assert stale_copy.status == Conversation.Status.CLOSED


def test_idle_conversations_close_after_15_minutes(agent, closed_signals):
    now = timezone.now()
    idle = say(agent, identifier="+4915100000001", sent_at=now - timedelta(minutes=16)).conversation
    recent = say(agent, identifier="+4915100000002", sent_at=now - timedelta(minutes=14)).conversation
    already = say(agent, identifier="+4915100000003", sent_at=now - timedelta(hours=2)).conversation
    close_conversation(already)
    closed_signals.clear()

    closed = close_idle_conversations(now=now)

    assert closed == 1
    assert closed_signals == [idle.pk]
    assert Conversation.objects.get(pk=idle.pk).status == Conversation.Status.CLOSED
    assert Conversation.objects.get(pk=recent.pk).is_open
    assert close_idle_conversations(now=now) == 0


def test_idle_timeout_counts_from_the_last_message(agent):
    now = timezone.now()
    say(agent, "Hi", sent_at=now - timedelta(minutes=40))
    say(agent, "Still there?", sent_at=now - timedelta(minutes=5))

    assert close_idle_conversations(now=now) == 0
    assert close_idle_conversations(now=now + timedelta(minutes=11)) == 1


def test_ingest_continues_the_counters_of_conversations_made_by_factories(organization):
    """Factories and ingestion agree on counters (the People list relies on them)."""
    agent = create_agent()
    person = create_person(channel_identifier="+4915100000005")
    create_conversation(person=person, agent=agent, messages=[("customer", "Hi"), ("agent", "Hello")])

    result = say(agent, "New question", identifier="+4915100000005")

    assert result.created
    assert Contact.objects.get().conversation_count == 2
    assert Person.objects.get().conversation_count == 2


def test_the_open_conversation_is_found_through_the_sender_not_the_agents_open_conversations(agent):
    from conversations.ingestion import open_conversation_of_sender

    for number in range(30):
        say(agent, "Hi", identifier=f"+41790000{number:03d}")  # many open conversations with this agent
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE conversations_conversation")
    plan = open_conversation_of_sender("whatsapp", "+41790000007", agent.pk).explain()

    # The sender by their channel identity first, then their open conversation by (person, agent).
    assert "InitPlan" in plan, plan
    assert "person_id = $0" in plan or "person_id = (InitPlan" in plan, plan


def test_the_people_search_index_keeps_no_pending_list(agent):
    # Every ingest updates the person; with GIN's pending list, searches would scan the unmerged entries.
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE oid = 'person_search_idx'::regclass")
        assert cursor.fetchone()[0] == ["fastupdate=off"]

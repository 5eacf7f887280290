from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.models import Conversation
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.models import Memory, Note
from customer_memory.tests.factories import create_episode, create_fact, create_memory
from tenants.keys_and_audit.models import AuditEntry

CUSTOMERS = "/api/tenants/me/customers"


@pytest.fixture
def agent(organization):
    return create_agent(name="Support", memory_enabled=True, conversation_history_enabled=True)


@pytest.fixture
def person(organization):
    return create_person(name="Linh", language="vi")


def notes_url(person):
    return f"{CUSTOMERS}/{person.public_id}/notes"


def context_url(person):
    return f"{CUSTOMERS}/{person.public_id}/context"


def closed_conversation(person, agent, *, minutes_ago, summary="Asked about a refund for order 42."):
    conversation = create_conversation(
        person=person,
        agent=agent,
        messages=[("customer", "Where is my refund?"), ("agent", "Checking now.")],
        started_at=timezone.now() - timedelta(minutes=minutes_ago + 5),
    )
    Conversation.objects.filter(pk=conversation.pk).update(closed_at=timezone.now() - timedelta(minutes=minutes_ago))
    conversation.refresh_from_db()
    create_episode(conversation=conversation, summary=summary)
    create_fact(memory=create_memory(person=person, agent=agent), key="city", value="Hue", confidence="high")
    return conversation


def test_a_note_is_added_with_the_api_key_as_author_and_audited(api_client, api_key, person):
    response = api_client.post(notes_url(person), {"text": "  VIP: call back before noon.  "})

    assert response.status_code == 201
    body = response.json()
    assert body["text"] == "VIP: call back before noon."
    assert body["author"].startswith(f"API key {api_key[0].name}")
    assert body["id"].startswith("note_")
    assert body["createdAt"].endswith("Z")
    entry = AuditEntry.objects.get(action=AuditEntry.Action.NOTE_ADDED)
    assert entry.person_public_id == person.public_id
    assert entry.object_id == body["id"]
    assert entry.actor_api_key == api_key[0]


def test_notes_are_listed_most_recent_first(api_client, person):
    for text in ("first", "second", "third"):
        api_client.post(notes_url(person), {"text": text})

    response = api_client.get(notes_url(person))

    assert response.status_code == 200
    assert [note["text"] for note in response.json()["data"]] == ["third", "second", "first"]


@pytest.mark.parametrize(
    ("body", "field"),
    [({}, "text"), ({"text": "   "}, "text"), ({"text": "x" * (Note.MAX_LENGTH + 1)}, "text"), ({"text": 5}, "text")],
)
def test_a_bad_note_is_a_400_naming_the_field(api_client, person, body, field):
    response = api_client.post(notes_url(person), body, format="json")

    assert response.status_code == 400
    assert field in str(response.json()["error"])
    assert not Note.objects.exists()


def test_notes_of_an_unknown_customer_are_a_404(api_client, organization):
    assert api_client.get(f"{CUSTOMERS}/cust_unknown/notes").status_code == 404
    assert api_client.post(f"{CUSTOMERS}/cust_unknown/notes", {"text": "hi"}).status_code == 404


def test_the_context_carries_the_last_five_notes_most_recent_first(api_client, person, agent):
    closed_conversation(person, agent, minutes_ago=1)
    for index in range(7):
        api_client.post(notes_url(person), {"text": f"Note {index}: card 4111 1111 1111 1111"})

    body = api_client.get(context_url(person), {"agent": agent.public_id}).json()

    assert [note["text"][:6] for note in body["notes"]] == [f"Note {index}" for index in (6, 5, 4, 3, 2)]
    assert all("4111 1111 1111 1111" not in note["text"] for note in body["notes"])
    assert "## Staff Notes\n- " in body["context_text"]
    assert "Note 6" in body["context_text"]
    assert "4111 1111 1111 1111" not in body["context_text"]


def test_notes_stay_inside_the_memory_budget(api_client, person, agent):
    closed_conversation(person, agent, minutes_ago=1)
    for index in range(5):
        api_client.post(notes_url(person), {"text": f"Note {index} " + "long words " * 150})

    body = api_client.get(context_url(person), {"agent": agent.public_id}).json()

    assert len(body["notes"]) == 5
    assert len(body["context_text"]) <= body["memory_budget"] * 4


def test_a_customer_back_after_fifteen_minutes_is_asked_to_continue_or_start_fresh(api_client, person, agent):
    conversation = closed_conversation(person, agent, minutes_ago=20)

    body = api_client.get(context_url(person), {"agent": agent.public_id}).json()

    assert body["returning"] == {
        "lastConversationAt": conversation.closed_at.isoformat().replace("+00:00", "Z"),
        "topic": "Asked about a refund for order 42.",
        "suggestedLine": "Bạn muốn tiếp tục từ chỗ chúng ta dừng lại hay bắt đầu lại từ đầu?",
    }
    assert "Asked about a refund for order 42." in body["context_text"]
    assert "Bạn muốn tiếp tục" in body["context_text"]


@pytest.mark.parametrize(
    ("language", "start"),
    [("en", "Would you like"), ("es", "¿Quieres"), ("he", "רוצה"), ("fr", "Voulez-vous"), ("de", "Möchten"),
     ("pt-BR", "Quer continuar"), ("", "Would you like"), ("ja", "Would you like")],
)  # fmt: skip
def test_the_suggested_line_is_in_the_customer_language(api_client, agent, language, start):
    person = create_person(language=language)
    closed_conversation(person, agent, minutes_ago=30)

    body = api_client.get(context_url(person), {"agent": agent.public_id}).json()

    assert body["returning"]["suggestedLine"].startswith(start)


def test_no_returning_block_within_fifteen_minutes_or_without_a_past_conversation(api_client, person, agent):
    assert api_client.get(context_url(person), {"agent": agent.public_id}).json()["returning"] is None
    closed_conversation(person, agent, minutes_ago=10)

    assert api_client.get(context_url(person), {"agent": agent.public_id}).json()["returning"] is None


def test_another_agents_topic_is_never_shown(api_client, person, agent):
    closed_conversation(person, create_agent(name="Sales", memory_enabled=True), minutes_ago=20)

    returning = api_client.get(context_url(person), {"agent": agent.public_id}).json()["returning"]

    assert returning["topic"] is None


def test_fresh_leaves_out_the_past_conversations_and_keeps_the_profile(api_client, person, agent):
    closed_conversation(person, agent, minutes_ago=20)
    Memory.objects.filter(person=person, agent=agent).update(summary="Linh asked about a refund.")
    api_client.post(notes_url(person), {"text": "Prefers Vietnamese."})

    full = api_client.get(context_url(person), {"agent": agent.public_id}).json()
    fresh = api_client.get(context_url(person), {"agent": agent.public_id, "fresh": "true"}).json()

    assert full["summary"]
    assert full["episodes"]
    assert full["conversationHistory"]
    assert fresh["summary"] == ""
    assert fresh["episodes"] == []
    assert fresh["conversationHistory"] == []
    assert fresh["returning"] is None
    assert [item["key"] for item in fresh["memories"]] == ["city"]
    assert [note["text"] for note in fresh["notes"]] == ["Prefers Vietnamese."]
    assert fresh["contact"] == full["contact"]
    assert "refund" not in fresh["context_text"]
    assert "City: Hue" in fresh["context_text"]


def test_no_notes_in_the_context_when_memory_is_off(api_client, person):
    agent = create_agent(memory_enabled=False)
    api_client.post(notes_url(person), {"text": "Prefers Vietnamese."})

    body = api_client.get(context_url(person), {"agent": agent.public_id}).json()

    assert body["notes"] == []
    assert body["context_text"] == ""

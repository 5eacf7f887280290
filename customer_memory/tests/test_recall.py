"""What the context recalls: a returning customer's memory before ingest, replays without secrets."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.models import Agent, Message
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.context import build_context
from customer_memory.tests.factories import create_memory

CUSTOMERS = "/api/tenants/me/customers"
INGEST = "/api/tenants/me/ingest"
CONVERSATIONS = "/api/tenants/me/conversations"
CUSTOMER, AGENT = Message.Role.CUSTOMER, Message.Role.AGENT


def say(api_client, agent, text, *, role="customer"):
    response = api_client.post(
        INGEST,
        {"agent": agent.public_id, "channel": "web", "channelIdentifier": "visitor-7", "role": role, "message": text},
    )
    assert response.status_code == 202, response.content
    return response.json()


def test_a_returning_customer_gets_their_memory_before_the_first_message_is_ingested(
    api_client, organization, django_capture_on_commit_callbacks
):
    agent = create_agent(memory_enabled=True)
    say(api_client, agent, "Hi, my name is Ada and I'm a nurse.")
    say(api_client, agent, "Hello Ada, how can I help?", role="agent")
    ids = say(api_client, agent, "I live in Lyon. My parcel with the blue lamp never arrived.")
    with django_capture_on_commit_callbacks(execute=True):  # the extraction task runs on commit
        assert api_client.post(f"{CONVERSATIONS}/{ids['conversationId']}/close").status_code == 202

    # Seed 002: the integration asks for the context before ingesting the new conversation's first message.
    response = api_client.get(f"{CUSTOMERS}/{ids['customerId']}/context", {"agent": agent.public_id})

    body = response.json()
    assert response.status_code == 200
    assert body["relationshipStage"] == "building"
    assert body["injected"] is True
    assert "- Occupation: nurse" in body["context_text"]
    assert "- Location: Lyon" in body["context_text"]
    assert "## Previous Conversation Summary" in body["context_text"]
    assert body["summary"]
    assert body["summary"] in body["context_text"]


# --- The Conversation History replay ---------------------------------------------------------------

SECRETS = {
    "card": "4111 1111 1111 1111",
    "cvv": "737",
    "password": "Tr0ub4dor&3",
    "otp": "482913",
}
SECRET_MESSAGES = [
    (CUSTOMER, f"Please charge my card {SECRETS['card']}, CVV {SECRETS['cvv']}, expiry 09/28."),
    (AGENT, "Thanks, processing it now."),
    (CUSTOMER, f"My account password is {SECRETS['password']} if you need it."),
    (CUSTOMER, f"The one-time code is {SECRETS['otp']}."),
]


def test_the_replay_never_carries_a_secret_whatever_is_stored(organization):
    agent = create_agent(memory_enabled=True, conversation_history_enabled=True, conversation_history_max_messages=10)
    person = create_person()
    create_conversation(person=person, agent=agent, messages=SECRET_MESSAGES)  # stored raw, as an org may choose
    create_memory(person=person, agent=agent, summary="They paid for an order.")

    ctx = build_context(person, agent, query="card payment")

    dumped = json.dumps(ctx.as_dict())
    for secret in SECRETS.values():
        assert secret not in dumped
    assert "1111 1111 1111 1111" not in dumped
    assert [m["content"] for m in ctx.conversation_history][1] == "Thanks, processing it now."
    assert "[redacted]" in ctx.context_text


def test_the_replay_keeps_only_messages_within_the_retention_window(organization):
    agent = create_agent(
        memory_enabled=True, conversation_history_enabled=True, memory_retention_days=Agent.Retention.DAYS_30
    )
    person = create_person()
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "old news")], started_at=_days_ago(45))
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "recent news")], started_at=_days_ago(2))
    create_memory(person=person, agent=agent, summary="Recent.", updated_at=_days_ago(1))

    ctx = build_context(person, agent)

    assert [m["content"] for m in ctx.conversation_history] == ["recent news"]


def test_no_replay_once_the_memory_has_expired(organization):
    agent = create_agent(
        memory_enabled=True, conversation_history_enabled=True, memory_retention_days=Agent.Retention.DAYS_30
    )
    person = create_person()
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "recent news")], started_at=_days_ago(2))
    create_memory(person=person, agent=agent, summary="Old.", updated_at=_days_ago(31))

    ctx = build_context(person, agent)

    assert ctx.conversation_history == []
    assert ctx.context_text == ""


def _days_ago(days: int):
    return timezone.now() - timedelta(days=days)


@pytest.fixture(autouse=True)
def _offline_extractor(settings):
    settings.MEMORY_EXTRACTOR = "rules"

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import knowledge, services
from customer_memory.api.context_serializers import CustomerContextSerializer
from customer_memory.context import build_context
from customer_memory.fast_paths import context_representation
from customer_memory.tests.factories import create_episode, create_fact, create_memory
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry

CUSTOMERS = "/api/tenants/me/customers"


@pytest.fixture
def agent(organization):
    return create_agent(name="Support", memory_enabled=True, conversation_history_enabled=True)


@pytest.fixture
def person(organization, agent):
    person = create_person(name="Arjun", last_mood="frustrated", last_mood_confidence=0.9, last_mood_at=timezone.now())
    for days_ago in (2, 1):
        create_conversation(
            person=person,
            agent=agent,
            messages=[("customer", "Hello"), ("agent", "Hi Arjun")],
            started_at=timezone.now() - timedelta(days=days_ago),
        )
    return person


def context_url(person):
    return f"{CUSTOMERS}/{person.public_id}/context"


def test_context_has_seed_002_shape_in_camel_case(api_client, person, agent):
    memory = create_memory(person=person, agent=agent, summary="Arjun runs a bakery and asked about blog posts.")
    fact = create_fact(memory=memory, key="occupation", value="Runs a bakery called Sweet Dreams", confidence="high")
    create_fact(memory=memory, key="pet", value="Bruno (dog)", confidence="high")
    episode = create_episode(conversation=person.conversations.first(), summary="Asked how to write blog posts")

    response = api_client.get(context_url(person), {"agent": agent.public_id, "query": "blog posts"})

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "contact",
        "state",
        "memories",
        "entities",
        "episodes",
        "conversationHistory",
        "knowledge",
        "summary",
        "context_text",
        "memory_budget",
        "relationshipStage",
        "toneHint",
        "injected",
        "notes",
        "returning",
    }
    assert body["contact"]["displayName"] == "Arjun"
    assert body["contact"]["channel"] == "whatsapp"
    assert body["state"]["mood"] == "frustrated"
    assert body["state"]["moodConfidence"] == 0.9
    assert body["state"]["relationshipStage"] == "building"
    assert {"trustScore", "churnRisk"} <= set(body["state"])
    occupation = next(item for item in body["memories"] if item["key"] == "occupation")
    assert occupation["id"] == fact.public_id
    assert occupation["memoryType"] == "fact"
    assert occupation["content"] == "Occupation: Runs a bakery called Sweet Dreams"
    assert body["entities"] == [{"entityType": "pet", "displayName": "Bruno", "metadata": {"species": "dog"}}]
    assert [e["id"] for e in body["episodes"]] == [episode.public_id]
    assert body["episodes"][0]["conversationId"] == episode.conversation.public_id
    assert body["memory_budget"] == 500
    assert body["injected"] is True
    assert "Sweet Dreams" in body["context_text"]
    assert body["summary"] == "Arjun runs a bakery and asked about blog posts."
    assert [m["content"] for m in body["conversationHistory"]] == ["Hello", "Hi Arjun", "Hello", "Hi Arjun"]
    assert body["conversationHistory"][0]["sentAt"].endswith("Z")


def test_context_only_holds_the_asking_agents_memory(api_client, person, agent):
    other = create_agent(name="Sales", memory_enabled=True)
    create_fact(memory=create_memory(person=person, agent=other), key="budget", value="Secret budget")

    body = api_client.get(context_url(person), {"agent": agent.public_id}).json()

    assert body["memories"] == []
    assert "Secret budget" not in body["context_text"]
    assert body["injected"] is False


def test_context_injects_nothing_when_the_agents_memory_is_off(api_client, person):
    agent = create_agent(name="Quiet", memory_enabled=False)
    create_fact(memory=create_memory(person=person, agent=agent), key="occupation", value="Nurse")

    body = api_client.get(context_url(person), {"agent": agent.public_id}).json()

    assert body["memories"] == []
    assert body["context_text"] == ""
    assert body["injected"] is False


@pytest.mark.parametrize("params", [{}, {"agent": "agent_unknown"}, {"agent": "agent_\x00"}])
def test_context_needs_a_known_agent(api_client, person, params):
    response = api_client.get(context_url(person), params)

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["agent"]


def test_context_of_an_unknown_customer_is_a_404(api_client, agent):
    response = api_client.get(f"{CUSTOMERS}/cust_unknown/context", {"agent": agent.public_id})

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "Customer does not exist"


def test_context_answer_equals_the_documented_serializer(person, agent):
    memory = create_memory(person=person, agent=agent, summary="Asked about an exchange.")
    create_fact(memory=memory, key="occupation", value="Nurse", confidence="high")
    create_fact(memory=memory, key="spouse", value="Priya (wife)")
    create_episode(conversation=person.conversations.first(), summary="Asked about an exchange")

    staff = Actor(origin=AuditEntry.Origin.CLI)
    services.add_note(person, text="Prefers the exchange over a refund.", actor=staff)
    knowledge.create_entry(
        agent,
        actor=staff,
        title="Exchange window",
        problem="Customers ask how long an exchange takes.",
        resolution="Exchanges are accepted for 30 days.",
        tags=["exchange"],
    )
    later = timezone.now() + timedelta(hours=2)  # the last conversation closed long enough ago: returning

    context = build_context(person, agent, query="exchange", now=later)

    assert all([context.memories, context.entities, context.episodes, context.conversation_history])
    assert all([context.notes, context.knowledge])
    # Every field of the fast path equals the serializer's (customer_memory/fast_paths.py).
    assert context_representation(context) == CustomerContextSerializer(context).data

"""Agents through the API: an organization can start from nothing and tidy up after itself."""

from __future__ import annotations

import pytest

from conversations.models import Agent, Conversation, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.models import Episode, Fact, Memory
from customer_memory.tests.factories import create_episode, create_fact, create_memory
from tenants.keys_and_audit.models import AuditEntry

AGENTS = "/api/tenants/me/agents"


def test_creating_an_agent_returns_it_with_memory_off_by_default_and_audits_it(api_client, organization):
    response = api_client.post(AGENTS, {"name": "Support"}, format="json")

    assert response.status_code == 201
    body = response.json()
    assert {key: body[key] for key in ("name", "memoryEnabled", "memoryRetentionDays")} == {
        "name": "Support",
        "memoryEnabled": False,
        "memoryRetentionDays": 0,
    }
    assert [agent["id"] for agent in api_client.get(AGENTS).json()["data"]] == [body["id"]]
    entry = AuditEntry.objects.get(action=AuditEntry.Action.AGENT_CREATED)
    assert (entry.object_id, entry.changes["after"]["name"]) == (body["id"], "Support")


def test_a_new_agent_can_take_messages_and_learn_at_once(api_client, organization):
    created = api_client.post(
        AGENTS, {"name": "Sales", "memoryEnabled": True, "memoryRetentionDays": 90}, format="json"
    ).json()

    ingest = api_client.post(
        "/api/tenants/me/ingest",
        {"agent": created["id"], "channel": "web", "channelIdentifier": "v-1", "role": "customer", "message": "Hi"},
        format="json",
    )

    assert (created["memoryEnabled"], created["memoryRetentionDays"]) == (True, 90)
    assert ingest.status_code == 202


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": "Support", "memoryRetentionDays": 45}, "memoryRetentionDays"),
        ({"name": "Support", "conversationHistoryMaxMessages": 0}, "conversationHistoryMaxMessages"),
        ({"name": "Support", "memoryEnabled": "perhaps"}, "memoryEnabled"),
    ],
)
def test_creating_an_agent_with_a_bad_value_is_a_400_naming_the_field(api_client, organization, body, field):
    response = api_client.post(AGENTS, body, format="json")

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == [field]
    assert not Agent.objects.exists()


def test_deleting_an_agent_without_conversations_deletes_it(api_client, organization):
    agent = create_agent(name="Unused")

    response = api_client.delete(f"{AGENTS}/{agent.public_id}")

    assert response.status_code == 200
    assert response.json() == {"conversations": 0, "memories": 0, "facts": 0, "episodes": 0}
    assert not Agent.objects.exists()
    assert AuditEntry.objects.get(action=AuditEntry.Action.AGENT_DELETED).object_id == agent.public_id


def test_deleting_an_agent_with_conversations_is_a_409_and_keeps_everything(api_client, organization):
    agent = create_agent(name="Support")
    create_conversation(person=create_person(), agent=agent, messages=[("customer", "Hi")])

    response = api_client.delete(f"{AGENTS}/{agent.public_id}")

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "CONFLICT"
    assert "force=true" in response.json()["error"]["message"]
    assert Agent.objects.filter(pk=agent.pk).exists()
    assert Conversation.objects.count() == 1


def test_force_deletes_the_agent_its_conversations_and_memory_and_keeps_other_agents(api_client, organization):
    agent, other = create_agent(name="Support"), create_agent(name="Sales")
    person = create_person(conversation_count=2)
    conversation = create_conversation(person=person, agent=agent, messages=[("customer", "I live in Lisbon")])
    kept = create_conversation(person=person, agent=other, messages=[("customer", "Hi")])
    create_episode(conversation=conversation)
    create_fact(memory=create_memory(person=person, agent=agent), key="location", value="Lisbon")
    create_fact(memory=create_memory(person=person, agent=other), key="pet", value="Bruno")
    api_client.delete(
        f"/api/tenants/me/customers/{person.public_id}/facts/"
        + Fact.objects.get(key="location").public_id
        + f"?agent={agent.public_id}"
    )
    create_fact(memory=Memory.objects.get(agent=agent), key="location", value="Lisbon")

    response = api_client.delete(f"{AGENTS}/{agent.public_id}?force=true")

    assert response.status_code == 200
    assert response.json() == {"conversations": 1, "memories": 1, "facts": 1, "episodes": 1}
    assert list(Agent.objects.values_list("name", flat=True)) == ["Sales"]
    assert list(Conversation.objects.all()) == [kept]
    assert list(Fact.objects.values_list("key", flat=True)) == ["pet"]
    assert not Episode.objects.filter(agent_id=agent.pk).exists()
    assert Person.objects.get(pk=person.pk).conversation_count == 1
    entry = AuditEntry.objects.get(action=AuditEntry.Action.AGENT_DELETED)
    assert entry.changes["forced"] is True
    assert entry.changes["deleted"]["facts"] == 1
    # As Clear memory: the history of the deleted memory keeps no values.
    fact_deleted = AuditEntry.objects.get(action=AuditEntry.Action.FACT_DELETED)
    assert "Lisbon" not in str(fact_deleted.changes)


def test_deleting_an_unknown_agent_is_a_404(api_client, organization):
    assert api_client.delete(f"{AGENTS}/agent_unknown").status_code == 404

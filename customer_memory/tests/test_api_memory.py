from __future__ import annotations

import pytest
from django.db import connection

from conversations.models import Agent, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import tasks
from customer_memory.models import Episode, Fact, Memory
from customer_memory.tests.factories import create_episode, create_fact, create_memory
from tenants.keys_and_audit.models import AuditEntry

CUSTOMERS = "/api/tenants/me/customers"


@pytest.fixture
def agent(organization):
    return create_agent(name="Support")


@pytest.fixture
def person(organization):
    return create_person(name="Nguyen Van A")


def facts_url(person, fact=None):
    return f"{CUSTOMERS}/{person.public_id}/facts" + (f"/{fact.public_id}" if fact else "")


def test_fact_list_is_scoped_to_the_agent_high_confidence_first(api_client, person, agent):
    other = create_agent(name="Sales")
    memory = create_memory(person=person, agent=agent)
    low = create_fact(memory=memory, key="city", value="Hue", confidence="low")
    high = create_fact(memory=memory, key="occupation", value="Nurse", confidence="high")
    create_fact(memory=create_memory(person=person, agent=other), key="budget", value="100")

    scoped = api_client.get(facts_url(person), {"agent": agent.public_id}).json()["data"]
    everyone = api_client.get(facts_url(person)).json()["data"]

    assert [fact["id"] for fact in scoped] == [high.public_id, low.public_id]
    assert scoped[0] == {
        "id": high.public_id,
        "agentId": agent.public_id,
        "key": "occupation",
        "value": "Nurse",
        "confidence": "high",
        "source": "ai",
        "previousValue": None,
        "sourceConversationId": None,
        "createdAt": high.created_at.isoformat().replace("+00:00", "Z"),
        "updatedAt": high.updated_at.isoformat().replace("+00:00", "Z"),
    }
    assert {fact["key"] for fact in everyone} == {"city", "occupation", "budget"}


def test_creating_a_fact_makes_it_manual_and_audits_the_api_key(api_client, api_key, person, agent):
    response = api_client.post(
        facts_url(person), {"agent": agent.public_id, "key": "Preferred contact time", "value": "After 6 pm"}
    )

    assert response.status_code == 201
    body = response.json()
    assert body["key"] == "preferred_contact_time"
    assert body["source"] == "manual"
    assert body["confidence"] == "high"
    fact = Fact.objects.get(public_id=body["id"])
    assert fact.memory.person == person
    entry = AuditEntry.objects.get(action=AuditEntry.Action.FACT_CREATED)
    assert entry.origin == AuditEntry.Origin.API
    assert entry.actor_api_key == api_key[0]
    assert entry.person_public_id == person.public_id


def test_creating_a_fact_takes_the_agent_from_the_query_string(api_client, person, agent):
    response = api_client.post(f"{facts_url(person)}?agent={agent.public_id}", {"key": "city", "value": "Hue"})

    assert response.status_code == 201
    assert response.json()["agentId"] == agent.public_id


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"key": "city", "value": "Hue"}, "agent"),
        ({"agent": "agent_unknown", "key": "city", "value": "Hue"}, "agent"),
        ({"key": "city"}, "value"),
        ({"key": "!!!", "value": "Hue"}, "key"),
        ({"key": "city", "value": "x" * 501}, "value"),
        ({"key": "city", "value": 42}, "value"),
        ({"key": ["city"], "value": "Hue"}, "key"),
    ],
)
def test_creating_an_invalid_fact_is_a_400_naming_the_field(api_client, person, agent, body, field):
    body = {"agent": agent.public_id, **body} if field != "agent" else body

    response = api_client.post(facts_url(person), body)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "VALIDATION_ERROR"
    assert list(error["fields"]) == [field]
    assert not Fact.objects.exists()


def test_updating_a_fact_makes_it_manual_and_keeps_the_previous_value(api_client, person, agent):
    fact = create_fact(memory=create_memory(person=person, agent=agent), key="occupation", value="Nurse")

    response = api_client.patch(facts_url(person, fact), {"value": "Teacher"})

    assert response.status_code == 200
    body = response.json()
    assert (body["value"], body["previousValue"], body["source"]) == ("Teacher", "Nurse", "manual")
    fact.refresh_from_db()
    assert fact.value == "Teacher"
    assert AuditEntry.objects.filter(action=AuditEntry.Action.FACT_UPDATED, origin="api").exists()


def test_updating_a_fact_to_blank_is_a_400_naming_value(api_client, person, agent):
    fact = create_fact(memory=create_memory(person=person, agent=agent))

    response = api_client.patch(facts_url(person, fact), {"value": "   "})

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["value"]


def test_a_fact_of_another_customer_is_a_404(api_client, person, agent):
    stranger = create_person()
    fact = create_fact(memory=create_memory(person=stranger, agent=agent))

    patched = api_client.patch(facts_url(person, fact), {"value": "Teacher"})
    deleted = api_client.delete(facts_url(person, fact))

    for response in (patched, deleted):
        assert response.status_code == 404
        assert response.json()["error"]["message"] == "Fact does not exist"
    assert Fact.objects.filter(pk=fact.pk, value="nurse").exists()


def test_deleting_a_fact_removes_it(api_client, person, agent):
    fact = create_fact(memory=create_memory(person=person, agent=agent))

    response = api_client.delete(facts_url(person, fact))

    assert response.status_code == 204
    assert not Fact.objects.filter(pk=fact.pk).exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.FACT_DELETED, object_id=fact.public_id).exists()


def test_clearing_memory_forgets_one_agent_and_keeps_the_others(api_client, person, agent):
    other = create_agent(name="Sales")
    memory = create_memory(person=person, agent=agent, summary="Asked for a refund.")
    create_fact(memory=memory, key="city")
    create_fact(memory=memory, key="occupation")
    create_episode(conversation=create_conversation(person=person, agent=agent))
    kept = create_fact(memory=create_memory(person=person, agent=other))

    response = api_client.delete(f"{CUSTOMERS}/{person.public_id}/memory?agent={agent.public_id}")

    assert response.status_code == 200
    assert response.json() == {"agentId": agent.public_id, "factsDeleted": 2}
    assert not Memory.objects.filter(person=person, agent=agent).exists()
    assert not Episode.objects.filter(agent=agent).exists()
    assert list(Fact.objects.all()) == [kept]


@pytest.mark.parametrize("query", ["", "?agent=agent_unknown"])
def test_clearing_memory_needs_a_known_agent(api_client, person, query):
    response = api_client.delete(f"{CUSTOMERS}/{person.public_id}/memory{query}")

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["agent"]


def test_form_submission_fills_only_empty_contact_details(api_client):
    person = create_person(name="Lan", email="")

    response = api_client.post(
        f"{CUSTOMERS}/{person.public_id}/form-submissions",
        {"name": "Someone Else", "email": "Lan@Example.com", "phone": "+84 912 345 678"},
    )

    assert response.status_code == 200
    assert response.json()["name"] == "Lan"
    person.refresh_from_db()
    assert (person.name, person.email, person.phone) == ("Lan", "lan@example.com", "+84912345678")


@pytest.mark.parametrize(("body", "field"), [({"email": "not-an-email"}, "email"), ({}, None)])
def test_form_submission_with_bad_or_no_details_is_a_400(api_client, person, body, field):
    response = api_client.post(f"{CUSTOMERS}/{person.public_id}/form-submissions", body)

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ([field] if field else [])


def test_export_returns_everything_held_about_the_customer(api_client, person, agent):
    conversation = create_conversation(person=person, agent=agent, messages=[("customer", "My shirt has a tear")])
    create_fact(memory=create_memory(person=person, agent=agent), key="occupation", value="Nurse")

    response = api_client.get(f"{CUSTOMERS}/{person.public_id}/export", {"format": "json"})

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{person.public_id}.json"'
    document = response.json()
    text = response.content.decode()
    assert person.public_id in text
    assert conversation.public_id in text
    assert "My shirt has a tear" in text
    assert "Nurse" in text
    assert document
    assert AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_EXPORTED, origin="api").exists()


def test_export_in_another_format_is_a_400(api_client, person):
    response = api_client.get(f"{CUSTOMERS}/{person.public_id}/export", {"format": "csv"})

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["format"]


def test_erasing_a_customer_deletes_them_for_good(api_client, person, agent):
    create_fact(memory=create_memory(person=person, agent=agent))
    create_conversation(person=person, agent=agent, messages=[("customer", "Hi")])

    response = api_client.delete(f"{CUSTOMERS}/{person.public_id}")

    assert response.status_code == 204
    assert response.content == b""
    assert not Person.objects.filter(pk=person.pk).exists()
    assert not Fact.objects.exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_ERASED, origin="api").exists()
    assert api_client.get(f"{CUSTOMERS}/{person.public_id}").status_code == 404


def test_agent_list_shows_memory_settings(api_client, agent):
    response = api_client.get("/api/tenants/me/agents")

    assert response.status_code == 200
    assert response.json()["data"] == [
        {
            "id": agent.public_id,
            "name": "Support",
            "memoryEnabled": True,
            "memoryRetentionDays": 0,
            "conversationHistoryEnabled": False,
            "conversationHistoryMaxMessages": 20,
            "knowledgeRetentionDays": 180,
            "knowledgeMinCustomers": 3,
            "createdAt": agent.created_at.isoformat().replace("+00:00", "Z"),
            "updatedAt": agent.updated_at.isoformat().replace("+00:00", "Z"),
        }
    ]


def test_updating_an_agent_changes_only_the_given_settings_and_audits(api_client, agent):
    response = api_client.patch(
        f"/api/tenants/me/agents/{agent.public_id}", {"memoryRetentionDays": 90, "conversationHistoryEnabled": True}
    )

    assert response.status_code == 200
    agent.refresh_from_db()
    assert (agent.memory_enabled, agent.memory_retention_days, agent.conversation_history_enabled) == (True, 90, True)
    assert response.json()["memoryRetentionDays"] == 90
    assert AuditEntry.objects.filter(action=AuditEntry.Action.AGENT_SETTINGS_CHANGED, origin="api").exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"memoryRetentionDays": 45}, "memoryRetentionDays"),
        ({"conversationHistoryMaxMessages": 0}, "conversationHistoryMaxMessages"),
        ({"memoryEnabled": "perhaps"}, "memoryEnabled"),
        ({"memoryEnabled": 0}, "memoryEnabled"),
        ({"memoryRetentionDays": "30"}, "memoryRetentionDays"),
        ({"conversationHistoryMaxMessages": 5.0}, "conversationHistoryMaxMessages"),
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "n" * 101}, "name"),
        ({"name": 42}, "name"),
        ({"name": None}, "name"),
    ],
)
def test_updating_an_agent_with_a_bad_value_is_a_400_naming_the_field(api_client, agent, body, field):
    response = api_client.patch(f"/api/tenants/me/agents/{agent.public_id}", body, format="json")

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == [field]
    agent.refresh_from_db()
    assert agent.memory_retention_days == Agent.Retention.FOREVER
    assert agent.name == "Support"


@pytest.mark.parametrize("name", ["Hỗ trợ khách hàng", "Atención al cliente", "תמיכה", "Kundendienst"])
def test_renaming_an_agent_shows_the_new_name_and_audits_it(api_client, agent, name):
    response = api_client.patch(f"/api/tenants/me/agents/{agent.public_id}", {"name": f"  {name} "}, format="json")

    assert response.status_code == 200
    assert response.json()["name"] == name
    listed = api_client.get("/api/tenants/me/agents").json()["data"]
    assert [item["name"] for item in listed if item["id"] == agent.public_id] == [name]
    entry = AuditEntry.objects.get(action=AuditEntry.Action.AGENT_SETTINGS_CHANGED, origin="api")
    assert (entry.before["name"], entry.after["name"]) == ("Support", name)


def test_updating_an_unknown_agent_is_a_404(api_client):
    response = api_client.patch("/api/tenants/me/agents/agent_unknown", {"memoryEnabled": False})

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "Agent does not exist"


@pytest.mark.parametrize("confidence", ["low", "medium", "high"])
def test_a_manual_fact_keeps_the_confidence_it_was_given(api_client, person, agent, confidence):
    body = {"agent": agent.public_id, "key": "city", "value": "Hue", "confidence": confidence}

    created = api_client.post(facts_url(person), body).json()
    again = api_client.post(facts_url(person), {**body, "value": "Da Nang"}).json()

    assert created["confidence"] == confidence
    assert again["confidence"] == confidence
    assert Fact.objects.get().confidence == confidence


def test_a_manual_fact_with_an_unknown_confidence_is_a_400(api_client, person, agent):
    body = {"agent": agent.public_id, "key": "city", "value": "Hue", "confidence": "certain"}

    response = api_client.post(facts_url(person), body)

    assert response.status_code == 400
    assert "confidence" in response.json()["error"]["fields"]


def test_clearing_memory_removes_the_profile_items_that_agent_learned(api_client, person, agent):
    other = create_agent(name="Sales", memory_enabled=True)
    Agent.objects.filter(pk=agent.pk).update(memory_enabled=True)
    agent.refresh_from_db()
    mine = create_conversation(
        person=person,
        agent=agent,
        messages=[
            ("customer", "My order 123 never arrived and I'm still waiting for the refund."),
            ("customer", "I have two kids and I'm a nurse."),
        ],
    )
    tasks.extract_memory(connection.schema_name, mine.pk)
    person.refresh_from_db()
    learned = Memory.objects.get(person=person, agent=agent).learned_profile
    assert person.open_issues or person.personal_details
    assert learned["open_issues"] == person.open_issues
    Person.objects.filter(pk=person.pk).update(open_issues=[*person.open_issues, "Sales: invoice missing"])
    create_memory(person=person, agent=other, learned_profile={"open_issues": ["Sales: invoice missing"]})

    response = api_client.delete(f"{CUSTOMERS}/{person.public_id}/memory?agent={agent.public_id}")

    assert response.status_code == 200
    person.refresh_from_db()
    assert person.open_issues == ["Sales: invoice missing"]
    assert person.personal_details == ""
    entry = AuditEntry.objects.get(action=AuditEntry.Action.MEMORY_CLEARED)
    assert "open_issues" in entry.changes["profile_cleared"]

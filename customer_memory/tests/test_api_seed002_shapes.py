"""Seed 002's shapes through the API: role aliases, ingest by customer id, energy, streak, live mood."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from conversations.models import Message, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.engagement import active_streak, energy

INGEST = "/api/tenants/me/ingest"
CUSTOMERS = "/api/tenants/me/customers"


@pytest.fixture
def agent(organization):
    return create_agent(name="Support")


def message(agent, **fields):
    return {
        "agent": agent.public_id,
        "channel": "web",
        "channelIdentifier": "visitor-1",
        "role": "customer",
        "message": "Hello there",
        **fields,
    }


def state(api_client, customer_id, agent):
    response = api_client.get(f"{CUSTOMERS}/{customer_id}/context", {"agent": agent.public_id})
    assert response.status_code == 200
    return response.json()["state"]


@pytest.mark.parametrize(
    ("role", "stored"), [("user", "customer"), ("assistant", "agent"), ("system", "system"), ("customer", "customer")]
)
def test_seed_002_and_openai_roles_are_accepted(api_client, agent, role, stored):
    single = api_client.post(INGEST, message(agent, role=role))
    bulk = api_client.post(INGEST, [message(agent, role=role, channelIdentifier="visitor-2")], format="json")

    assert (single.status_code, bulk.status_code) == (202, 202)
    assert set(Message.objects.values_list("role", flat=True)) == {stored}


def test_ingest_by_customer_id_joins_that_customers_conversation(api_client, agent):
    first = api_client.post(INGEST, message(agent)).json()

    by_id = api_client.post(
        INGEST,
        {"agent": agent.public_id, "customerId": first["customerId"], "role": "assistant", "message": "Hi!"},
    )
    bulk = api_client.post(
        INGEST,
        [{"agent": agent.public_id, "customerId": first["customerId"], "role": "user", "message": "Thanks"}],
        format="json",
    )

    assert (by_id.status_code, bulk.status_code) == (202, 202)
    assert by_id.json()["conversationId"] == first["conversationId"]
    assert bulk.json()[0]["conversationId"] == first["conversationId"]
    assert Person.objects.count() == 1


def test_ingest_by_customer_id_works_for_a_customer_without_an_identifier(api_client, agent):
    anonymous = create_person(channel_type="web", channel_identifier="")

    response = api_client.post(
        INGEST, {"agent": agent.public_id, "customerId": anonymous.public_id, "role": "user", "message": "Hi"}
    )

    assert response.status_code == 202
    assert response.json()["customerId"] == anonymous.public_id


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"customerId": "cust_unknown"}, "customerId"),
        ({"customerId": "PERSON", "channel": "web"}, "customerId"),
        ({}, "channel"),
        ({"channel": "web"}, "channelIdentifier"),
    ],
)
def test_ingest_needs_exactly_one_known_sender(api_client, agent, fields, field):
    known = create_person(channel_type="web", channel_identifier="visitor-9")
    if fields.get("customerId") == "PERSON":
        fields = {**fields, "customerId": known.public_id}
    body = {"agent": agent.public_id, "role": "user", "message": "Hi", **fields}

    for sent, name in ((body, field), ([body], f"[0].{field}")):
        response = api_client.post(INGEST, sent, format="json")

        assert response.status_code == 400
        assert name in response.json()["error"]["fields"], response.json()
    assert Message.objects.count() == 0


def test_mood_follows_each_customer_message(api_client, agent, django_capture_on_commit_callbacks):
    def say(text):
        # The mood is classified once the message is committed.
        with django_capture_on_commit_callbacks(execute=True):
            assert api_client.post(INGEST, message(agent, message=text)).status_code == 202
        return Person.objects.get()

    assert say("This is unacceptable, I am furious and fed up!").last_mood == "frustrated"
    assert say("ok").last_mood == "frustrated"  # nothing in "ok" changes it
    happy = say("Thank you so much, that is wonderful, I am really happy")
    assert happy.last_mood == "happy"
    assert happy.last_mood_at == Message.objects.order_by("-sent_at").first().sent_at
    assert state(api_client, happy.public_id, agent)["energy"] == "medium"


def test_the_context_carries_energy_and_active_streak(api_client, agent):
    person = create_person(channel_type="web", channel_identifier="visitor-1")
    now = timezone.now()
    for days_ago in (1, 2, 4):
        create_conversation(person=person, agent=agent, started_at=now - timedelta(days=days_ago))
    api_client.post(INGEST, message(agent, message="WHERE IS MY ORDER?! I NEED IT NOW!!!"))

    current = state(api_client, person.public_id, agent)

    assert current["energy"] == "high"
    assert current["activeStreak"] == 3  # today, yesterday, the day before; not 4 days ago


def test_energy_reads_length_exclamations_and_capitals():
    assert energy(["ok", "fine"]) == "low"
    assert energy(["Could you tell me when the parcel will arrive, please?"]) == "medium"
    assert energy(["THIS IS THE THIRD TIME I ASK!!!"]) == "high"
    assert energy([]) == "medium"
    # The latest messages weigh most.
    assert energy(["THIS IS BROKEN!!!", "ok", "thanks", "fine"]) == "low"


def test_active_streak_ends_today_or_yesterday():
    today = date(2026, 3, 12)

    assert active_streak([today, today - timedelta(days=1), today - timedelta(days=3)], today=today) == 2
    assert active_streak([today - timedelta(days=1), today - timedelta(days=2)], today=today) == 2
    assert active_streak([today - timedelta(days=2)], today=today) == 0
    assert active_streak([], today=today) == 0

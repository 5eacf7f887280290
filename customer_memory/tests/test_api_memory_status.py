"""Learning is never silently lost: memoryStatus on conversations, retries with backoff, relearn."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.models import Person
from conversations.tests.factories import create_agent
from customer_memory import services
from customer_memory.extraction.workflow import COUNTERS
from customer_memory.models import Extraction
from customer_memory.tests.fake_openai import extraction_reply

API = "/api/tenants/me"


@pytest.fixture
def agent(organization):
    return create_agent(name="Support", memory_enabled=True)


def talk(api_client, agent, *lines, identifier="+351910000001"):
    """Ingest customer lines into one conversation; returns (customer id, conversation id)."""
    conversation_id = None
    for line in lines:
        body = {"agent": agent.public_id, "channel": "web", "channelIdentifier": identifier, "role": "customer"}
        body |= {"message": line, **({"conversationId": conversation_id} if conversation_id else {})}
        response = api_client.post(f"{API}/ingest", body, format="json")
        assert response.status_code == 202, response.json()
        conversation_id = response.json()["conversationId"]
    return response.json()["customerId"], conversation_id


def close(api_client, conversation_id, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the extraction task runs inline
        response = api_client.post(f"{API}/conversations/{conversation_id}/close")
    assert response.status_code == 202
    return response.json()


def memory_status(api_client, conversation_id):
    return api_client.get(f"{API}/conversations/{conversation_id}").json()["memoryStatus"]


def test_memory_status_is_pending_while_open_and_learned_after_close(
    api_client, agent, django_capture_on_commit_callbacks
):
    customer_id, conversation_id = talk(api_client, agent, "My name is Ada.", "I live in Lisbon.")

    assert memory_status(api_client, conversation_id) == {
        "status": "pending",
        "reason": None,
        "attempts": 0,
        "nextAttemptAt": None,
    }
    closed = close(api_client, conversation_id, django_capture_on_commit_callbacks)

    assert closed["memoryStatus"]["status"] in {"pending", "learned"}
    listed = api_client.get(f"{API}/conversations", {"customer": customer_id}).json()["data"]
    assert [item["memoryStatus"] for item in listed] == [
        {"status": "learned", "reason": None, "attempts": 1, "nextAttemptAt": None}
    ]


@pytest.mark.parametrize(
    ("memory_enabled", "lines", "reason"),
    [
        (False, ("My name is Ada.", "I live in Lisbon."), "memory_off"),
        (True, ("Hello?",), "too_few_messages"),
    ],
)
def test_a_skipped_conversation_says_why(
    api_client, organization, django_capture_on_commit_callbacks, memory_enabled, lines, reason
):
    agent = create_agent(name="Support", memory_enabled=memory_enabled)
    _customer_id, conversation_id = talk(api_client, agent, *lines)

    close(api_client, conversation_id, django_capture_on_commit_callbacks)

    status = memory_status(api_client, conversation_id)
    assert (status["status"], status["reason"]) == ("skipped", reason)


def test_an_outage_longer_than_fifteen_minutes_is_learned_once_the_model_is_back(
    api_client, agent, fake_openai, django_capture_on_commit_callbacks
):
    """Six failed attempts over half an hour (django-q2 alone gave up after 5, about 15 minutes)."""
    fake_openai.fail_next(6, status=503)
    fake_openai.chat_reply = extraction_reply()
    customer_id, conversation_id = talk(api_client, agent, "My lamp is late.", "I live in Lisbon.")
    start = timezone.now()
    close(api_client, conversation_id, django_capture_on_commit_callbacks)

    statuses = {}
    for minute in range(1, 71):  # the "retry-extractions" schedule, once a minute
        with django_capture_on_commit_callbacks(execute=True):
            services.retry_due_extractions(now=start + timedelta(minutes=minute))
        statuses[minute] = memory_status(api_client, conversation_id)

    # The task dates its next attempt from the real clock, a moment after `start`: each retry runs one
    # simulated minute after its backoff (1, 2, 4, 8, 16 minutes).
    assert statuses[16]["status"] == "pending"
    assert (statuses[16]["attempts"], statuses[16]["reason"]) == (5, "InternalServerError 503")
    learned_at = min(minute for minute, status in statuses.items() if status["status"] == "learned")
    assert learned_at > 30
    assert statuses[70] == {"status": "learned", "reason": None, "attempts": 7, "nextAttemptAt": None}
    assert len(fake_openai.chat_requests()) == 7
    facts = api_client.get(f"{API}/customers/{customer_id}/facts", {"agent": agent.public_id}).json()["data"]
    assert {fact["key"] for fact in facts} == {"location", "occupation"}


def test_a_day_of_failures_is_failed_with_its_reason_and_relearn_learns_it(
    api_client, agent, fake_openai, settings, django_capture_on_commit_callbacks
):
    settings.EXTRACTION_RETRY_HOURS = 24
    fake_openai.fail_next(status=503)
    fake_openai.chat_reply = extraction_reply()
    _customer_id, conversation_id = talk(api_client, agent, "My lamp is late.", "I live in Lisbon.")
    close(api_client, conversation_id, django_capture_on_commit_callbacks)

    services.retry_due_extractions(now=timezone.now() + timedelta(hours=24, minutes=1))
    failed = memory_status(api_client, conversation_id)
    with django_capture_on_commit_callbacks(execute=True):
        relearn = api_client.post(f"{API}/conversations/{conversation_id}/relearn")

    assert (failed["status"], failed["reason"]) == ("failed", "InternalServerError 503")
    assert relearn.status_code == 202
    assert memory_status(api_client, conversation_id)["status"] == "learned"


def test_relearn_queues_a_learned_conversation_again_without_duplicating_facts(
    api_client, agent, django_capture_on_commit_callbacks
):
    customer_id, conversation_id = talk(api_client, agent, "My name is Ada.", "I live in Lisbon.")
    close(api_client, conversation_id, django_capture_on_commit_callbacks)
    facts_url = f"{API}/customers/{customer_id}/facts"
    before = api_client.get(facts_url, {"agent": agent.public_id}).json()["data"]

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        relearn = api_client.post(f"{API}/conversations/{conversation_id}/relearn")
    assert relearn.status_code == 202
    assert relearn.json()["memoryStatus"]["status"] == "pending"
    for callback in callbacks:
        callback()

    assert memory_status(api_client, conversation_id)["status"] == "learned"
    after = api_client.get(facts_url, {"agent": agent.public_id}).json()["data"]
    assert [(f["key"], f["value"]) for f in after] == [(f["key"], f["value"]) for f in before]


def test_relearning_twice_leaves_the_scores_and_counters_of_the_first_learning(
    api_client, agent, django_capture_on_commit_callbacks
):
    customer_id, conversation_id = talk(
        api_client, agent, "My parcel never arrived and nobody answers, this is unacceptable.", "I want to complain."
    )
    close(api_client, conversation_id, django_capture_on_commit_callbacks)
    profile_url = f"{API}/customers/{customer_id}"
    learned = api_client.get(profile_url).json()["memory"]["l2_history"]
    counters = person_counters(customer_id)

    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            assert api_client.post(f"{API}/conversations/{conversation_id}/relearn").status_code == 202

    assert memory_status(api_client, conversation_id)["status"] == "learned"
    relearned = api_client.get(profile_url).json()["memory"]["l2_history"]
    assert (relearned["trustScore"], relearned["churnRisk"]) == (learned["trustScore"], learned["churnRisk"])
    assert learned["trustScore"] < 0.5  # the complaint counted, once
    assert person_counters(customer_id) == counters
    assert counters["complaints"] == 1


def person_counters(customer_id):
    return Person.objects.filter(public_id=customer_id).values(*COUNTERS).get()


def test_relearn_is_a_409_when_memory_is_off_or_the_conversation_is_open(
    api_client, organization, django_capture_on_commit_callbacks
):
    off = create_agent(name="Sales", memory_enabled=False)
    _customer_id, closed_id = talk(api_client, off, "My name is Ada.", "I live in Lisbon.")
    close(api_client, closed_id, django_capture_on_commit_callbacks)
    on = create_agent(name="Support", memory_enabled=True)
    _customer_id, open_id = talk(api_client, on, "Hello?", identifier="visitor-2")

    memory_off = api_client.post(f"{API}/conversations/{closed_id}/relearn")
    still_open = api_client.post(f"{API}/conversations/{open_id}/relearn")
    missing = api_client.post(f"{API}/conversations/conv_nope/relearn")

    assert memory_off.status_code == 409
    assert memory_off.json()["error"]["code"] == "CONFLICT"
    assert "Memory is off" in memory_off.json()["error"]["message"]
    assert still_open.status_code == 409
    assert missing.status_code == 404
    assert Extraction.objects.get(conversation__public_id=closed_id).status == Extraction.Status.SKIPPED

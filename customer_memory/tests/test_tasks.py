"""The extraction task and its queueing: after close, in the conversation's tenant, retried on failure."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from datetime import timedelta

from django.db import connection
from django.utils import timezone
from django_q.conf import Conf
from django_q.models import OrmQ, Schedule
from django_q.tasks import async_task
from django_tenants.utils import get_public_schema_name, schema_context

from conversations.ingestion import ingest_message
from conversations.models import Message
from conversations.services import close_conversation
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import services, tasks
from customer_memory.models import Extraction, Fact, Memory
from customer_memory.tests.fake_openai import extraction_reply

CUSTOMER, AGENT = Message.Role.CUSTOMER, Message.Role.AGENT
TWO_MESSAGES = [(CUSTOMER, "My name is Ada."), (AGENT, "Hi Ada!"), (CUSTOMER, "I live in Paris.")]


def test_extract_memory_runs_in_the_named_tenant_and_leaves_public_after(organization):
    conversation = create_conversation(person=create_person(), agent=create_agent(), messages=TWO_MESSAGES)
    connection.set_schema_to_public()

    status = tasks.extract_memory("acme", conversation.pk)

    assert status == Extraction.Status.SUCCEEDED
    assert connection.schema_name == "public"
    with schema_context("acme"):
        assert Fact.objects.filter(key="location", value="Paris").exists()


def test_extract_memory_for_a_conversation_erased_since_is_a_no_op(organization):
    assert tasks.extract_memory("acme", 987654) == "missing"


def test_queue_extraction_records_a_queued_extraction_and_enqueues_after_commit(
    organization, django_capture_on_commit_callbacks
):
    conversation = create_conversation(person=create_person(), agent=create_agent(), messages=TWO_MESSAGES)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        extraction = services.queue_extraction(conversation)

    assert extraction.status == Extraction.Status.QUEUED
    assert len(callbacks) == 1
    assert not Memory.objects.exists()  # nothing runs before the commit

    callbacks[0]()

    extraction.refresh_from_db()
    assert extraction.status == Extraction.Status.SUCCEEDED


def test_queue_extraction_does_not_queue_a_succeeded_extraction_again(organization, django_capture_on_commit_callbacks):
    conversation = create_conversation(person=create_person(), agent=create_agent(), messages=TWO_MESSAGES)
    tasks.extract_memory("acme", conversation.pk)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.queue_extraction(conversation)

    assert callbacks == []


def test_closing_a_conversation_extracts_its_memory(organization, django_capture_on_commit_callbacks):
    agent = create_agent()
    for content in ("Hi, my name is Ada.", "I'm a nurse and I live in Lyon."):
        result = ingest_message(
            agent=agent, channel_type="web", channel_identifier="visitor-1", role="customer", content=content
        )

    with django_capture_on_commit_callbacks(execute=True):
        close_conversation(result.conversation)

    memory = Memory.objects.get(person=result.person, agent=agent)
    assert dict(memory.facts.values_list("key", "value")) == {"name": "Ada", "occupation": "nurse", "location": "Lyon"}
    assert Extraction.objects.get(conversation=result.conversation).status == Extraction.Status.SUCCEEDED


def test_failed_extraction_is_acknowledged_and_recorded_with_its_next_attempt(
    organization, fake_openai, django_capture_on_commit_callbacks
):
    fake_openai.fail_next(status=502)
    conversation = create_conversation(person=create_person(), agent=create_agent(), messages=TWO_MESSAGES)

    with django_capture_on_commit_callbacks(execute=True):
        services.queue_extraction(conversation)  # the task ends normally: nothing for django-q2 to redeliver

    extraction = Extraction.objects.get(conversation=conversation)
    assert (extraction.status, extraction.attempts) == (Extraction.Status.QUEUED, 1)
    assert extraction.last_error == "InternalServerError 502"
    assert extraction.next_attempt_at is not None
    assert not Memory.objects.exists()


def test_retry_schedule_queues_only_the_extractions_whose_backoff_is_over(
    organization, fake_openai, django_capture_on_commit_callbacks
):
    fake_openai.fail_next(status=502)
    fake_openai.chat_reply = extraction_reply()
    conversation = create_conversation(person=create_person(), agent=create_agent(), messages=TWO_MESSAGES)
    with django_capture_on_commit_callbacks(execute=True):
        services.queue_extraction(conversation)
    due = Extraction.objects.get(conversation=conversation).next_attempt_at

    with django_capture_on_commit_callbacks(execute=True):
        assert services.retry_due_extractions(now=due - timedelta(seconds=1)) == 0
        assert services.retry_due_extractions(now=due) == 1

    assert Extraction.objects.get(conversation=conversation).status == Extraction.Status.SUCCEEDED


def test_retry_schedule_marks_an_extraction_failed_after_the_retry_window(
    organization, fake_openai, settings, django_capture_on_commit_callbacks
):
    settings.EXTRACTION_RETRY_HOURS = 24
    fake_openai.fail_next(status=502)
    conversation = create_conversation(person=create_person(), agent=create_agent(), messages=TWO_MESSAGES)
    with django_capture_on_commit_callbacks(execute=True):
        services.queue_extraction(conversation)
    extraction = Extraction.objects.get(conversation=conversation)

    assert services.retry_due_extractions(now=extraction.failing_since + timedelta(hours=24)) == 0

    extraction.refresh_from_db()
    assert (extraction.status, extraction.last_error) == (Extraction.Status.FAILED, "InternalServerError 502")


def test_retry_extractions_is_scheduled_every_minute_and_queues_due_ones_in_each_tenant(
    organization, fake_openai, django_capture_on_commit_callbacks
):
    fake_openai.fail_next(status=502)
    fake_openai.chat_reply = extraction_reply()
    conversation = create_conversation(person=create_person(), agent=create_agent(), messages=TWO_MESSAGES)
    with django_capture_on_commit_callbacks(execute=True):
        services.queue_extraction(conversation)
    Extraction.objects.filter(conversation=conversation).update(next_attempt_at=timezone.now())
    with schema_context(get_public_schema_name()):
        schedule = Schedule.objects.get(name="retry-extractions")

    with schema_context(get_public_schema_name()), django_capture_on_commit_callbacks(execute=True):
        # What the worker does with a schedule: run its func from `public` (inline here).
        queued = async_task(schedule.func)

    assert (schedule.schedule_type, schedule.minutes, schedule.repeats) == (Schedule.MINUTES, 1, -1)
    assert queued is not None
    assert Extraction.objects.get(conversation=conversation).status == Extraction.Status.SUCCEEDED
    assert connection.schema_name == "acme"


def _kill_worker(worker: subprocess.Popen) -> str:
    """Stop the cluster at once: a graceful qcluster stop takes about 20 s and nothing here needs it."""
    if worker.poll() is None:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()
    return worker.stderr.read().decode(errors="replace") if worker.stderr else ""


def test_worker_acknowledges_a_failed_extraction_and_learns_it_when_due(live_tenant, fake_openai, monkeypatch):
    """A real qcluster: the model fails once, the task ends; the retry schedule queues it again when due."""
    from conversations.tests.test_worker import _start_worker

    monkeypatch.setattr(Conf, "SYNC", False)
    fake_openai.fail_next(status=500)
    fake_openai.chat_reply = {
        "facts": [{"key": "city", "value": "Paris", "confidence": "high"}],
        "summary": "The customer introduced themselves.",
        "episode_summary": "Ada said hello from Paris.",
        "mood": "neutral",
        "mood_confidence": 0.5,
        "tone_preference": "",
        "open_issues": [],
        "personal_details": "",
        "classification": dict.fromkeys(
            ("positive_interaction", "escalation", "complaint", "unresolved_issue", "positive_resolution"), 0
        ),
        "language": "en",
    }
    conversation = create_conversation(person=create_person(), agent=create_agent(), messages=TWO_MESSAGES)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-fake")
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    monkeypatch.setenv("Q_TIMEOUT", "8")
    monkeypatch.setenv("Q_RETRY", "9")

    def wait_until(condition: Callable[[], bool]) -> bool:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and worker.poll() is None:
            with schema_context(get_public_schema_name()):
                queue_empty = not OrmQ.objects.exists()
            if queue_empty and condition():
                return True
            time.sleep(0.5)
        return False

    worker = _start_worker()
    try:
        services.queue_extraction(conversation)  # autocommit: queued at once
        # The failed attempt is recorded and its task acknowledged (removed from the queue).
        failed_once = wait_until(lambda: Extraction.objects.filter(conversation=conversation, attempts=1).exists())
        assert Extraction.objects.get(conversation=conversation).status == Extraction.Status.QUEUED
        services.retry_due_extractions(now=timezone.now() + timedelta(minutes=1))
        learned = wait_until(
            lambda: Extraction.objects.filter(conversation=conversation, status=Extraction.Status.SUCCEEDED).exists()
        )
    finally:
        output = _kill_worker(worker)

    assert failed_once, output
    assert learned, output
    extraction = Extraction.objects.get(conversation=conversation)
    assert (extraction.status, extraction.attempts, extraction.last_error) == ("succeeded", 2, "")
    assert len(fake_openai.chat_requests()) == 2
    assert Fact.objects.get(memory__person=conversation.person).value == "Paris"

"""Faults: nothing lost, nothing duplicated.

- A qcluster killed with SIGKILL in the middle of an extraction (the whole
  process group, as when a machine or container dies): the ORM broker hands
  the task out again after Q_RETRY seconds and the memory ends exactly as for
  a twin conversation extracted once.
- The model answering 500, timing out, or returning invalid JSON: the
  conversation stays queued with nothing half-learned, the worker acknowledges
  the task, the retry schedule queues it again when due, and it is learned once.
- PostgreSQL restarted while messages are being ingested: every message
  acknowledged with 202 is stored exactly once, and clients that got an error
  retry with the same messageId. This runs against a PostgreSQL of its own (a
  copy of the test database in a temporary folder), never the shared server
  every other process of the machine uses.
- Redis going away: requests are served from the database.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import os
import runpy
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django_q.conf import Conf
from django_q.models import OrmQ, Task
from django_tenants.utils import get_public_schema_name, schema_context

from conversations.ingestion import ingest_message
from conversations.models import Agent, Conversation, Person
from conversations.services import close_conversation
from conversations.tests.factories import create_agent
from customer_memory.models import Episode, Extraction, Fact, Memory
from customer_memory.services import retry_due_extractions
from customer_memory.tests.fake_openai import extraction_reply
from tests.lookalike import build_world
from tests.processes import ROOT, gunicorn, test_database_url, wait_for

# Short enough for a test, and `retry` must exceed `timeout` (settings.py).
Q_TIMEOUT, Q_RETRY = 4, 5
WAIT_SECONDS = 60


def learned(person: Person, agent: Agent) -> dict[str, Any]:
    """Everything extraction writes for one person and agent, without ids and times."""
    person.refresh_from_db()
    memory = Memory.objects.filter(person=person, agent=agent).first()
    return {
        "facts": sorted(
            Fact.objects.filter(memory__person=person, memory__agent=agent).values_list(
                "key", "value", "confidence", "source", "previous_value"
            )
        ),
        "summary": memory.summary if memory else None,
        "episodes": sorted(Episode.objects.filter(person=person, agent=agent).values_list("summary", flat=True)),
        "person": (
            person.conversation_count,
            person.trust_score,
            person.positive_interactions,
            person.unresolved_issues,
            person.last_mood,
            person.tone_preference,
            person.open_issues,
        ),
    }


# --- the real worker ------------------------------------------------------------------------------


@contextlib.contextmanager
def qcluster(fake_openai: Any, log: Path) -> Iterator[subprocess.Popen]:
    """A `manage.py qcluster` process group on the test database; killed at the end."""
    env = {
        **os.environ,
        "DATABASE_URL": test_database_url(),
        "Q_WORKERS": "1",
        "Q_TIMEOUT": str(Q_TIMEOUT),
        "Q_RETRY": str(Q_RETRY),
        # Keep successful results too, to count how often a task completed.
        "Q_SAVE_LIMIT": "0",
        # With REDIS_URL set (CI), parallel test runs share one Redis.
        "CACHE_KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
        "OPENAI_API_KEY": "sk-test-fake",
        "OPENAI_BASE_URL": fake_openai.url,
        "OPENAI_TIMEOUT": "30",
        "LOG_LEVEL": "WARNING",
    }
    with log.open("ab") as output:
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield worker
    finally:
        kill(worker)


def kill(worker: subprocess.Popen) -> None:
    """SIGKILL the whole cluster (sentinel, pusher, workers, monitor) at once."""
    if worker.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)


def chat(agent: Agent, identifier: str, *lines: str) -> Conversation:
    conversation = None
    for line in lines:
        conversation = ingest_message(
            agent=agent,
            channel_type="whatsapp",
            channel_identifier=identifier,
            role="customer",
            content=line,
            conversation_id=conversation.public_id if conversation else None,
        ).conversation
    assert conversation is not None
    return conversation


def queue_is_empty() -> bool:
    """Every task done and acknowledged: none left for a worker to deliver again."""
    with schema_context(get_public_schema_name()):
        return not OrmQ.objects.exists()


def extraction_status(conversation: Conversation) -> str | None:
    return Extraction.objects.filter(conversation=conversation).values_list("status", flat=True).first()


@pytest.fixture
def worker_log(tmp_path: Path) -> Path:
    return tmp_path / "qcluster.log"


@pytest.fixture
def queued_for_real(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tasks go through the ORM broker to a worker process, not inline."""
    monkeypatch.setattr(Conf, "SYNC", False)


@pytest.mark.usefixtures("queued_for_real")
def test_worker_killed_mid_extraction_runs_it_again_as_if_once(live_tenant, fake_openai, worker_log):
    in_flight, release = threading.Event(), threading.Event()
    victim_line = "I am the customer whose extraction gets interrupted."

    def reply(request: dict[str, Any]) -> dict[str, Any]:
        if victim_line in json.dumps(request) and not in_flight.is_set():
            in_flight.set()
            release.wait(WAIT_SECONDS)  # held until the worker is dead
        return extraction_reply()

    fake_openai.chat_reply = reply
    agent = create_agent(name="Support", memory_enabled=True)
    victim = chat(agent, "+351910000001", victim_line, "My lamp is late.")
    twin = chat(agent, "+351910000002", "I am the customer extracted once.", "My lamp is late.")

    try:
        with qcluster(fake_openai, worker_log) as first:
            close_conversation(victim)
            close_conversation(twin)
            wait_for(in_flight.is_set, what="the worker did not start extracting", log=worker_log)
            kill(first)
        assert extraction_status(victim) == Extraction.Status.QUEUED
        assert learned(victim.person, agent)["facts"] == []
        with qcluster(fake_openai, worker_log):
            wait_for(
                lambda: (
                    extraction_status(victim) == extraction_status(twin) == Extraction.Status.SUCCEEDED
                    and queue_is_empty()
                ),
                what="the killed task was not run again",
                log=worker_log,
                timeout=Q_RETRY + WAIT_SECONDS,
            )
    finally:
        release.set()

    victim_requests = [r for r in fake_openai.chat_requests() if victim_line in json.dumps(r["body"])]
    assert len(victim_requests) == 2  # interrupted once, then run to the end once
    assert learned(victim.person, agent) == learned(twin.person, agent)
    assert learned(victim.person, agent)["facts"]
    with schema_context(get_public_schema_name()):
        done = [task.args for task in Task.objects.filter(success=True)]
    assert done.count(("acme", victim.pk)) == 1


@pytest.mark.usefixtures("queued_for_real")
def test_erasing_a_person_while_a_worker_learns_from_them_ends_the_extraction_quietly(
    live_tenant, fake_openai, worker_log
):
    """Issue 16, finding 6: erasure and extraction take the person's lock in the same order."""
    in_flight, release = threading.Event(), threading.Event()

    def reply(request: dict[str, Any]) -> dict[str, Any]:
        if not in_flight.is_set():
            in_flight.set()
            release.wait(WAIT_SECONDS)  # the model "thinks" while the person is erased
        return extraction_reply()

    fake_openai.chat_reply = reply
    agent = create_agent(name="Support", memory_enabled=True)
    conversation = chat(agent, "+351910000009", "Please forget me after this.", "My lamp is late.")
    person = conversation.person

    try:
        with qcluster(fake_openai, worker_log):
            close_conversation(conversation)
            wait_for(in_flight.is_set, what="the worker did not start extracting", log=worker_log)
            response = _erase_through_the_api(person)
            release.set()
            wait_for(queue_is_empty, what="the extraction task did not end", log=worker_log, timeout=WAIT_SECONDS)
    finally:
        release.set()

    assert response == 204
    assert not Person.objects.filter(pk=person.pk).exists()
    assert not Memory.objects.filter(person_id=person.pk).exists()
    assert not Extraction.objects.filter(conversation_id=conversation.pk).exists()
    log = worker_log.read_text()
    assert "IntegrityError" not in log
    assert "Traceback" not in log
    with schema_context(get_public_schema_name()):
        assert not Task.objects.filter(success=False).exists()


def _erase_through_the_api(person: Person) -> int:
    from tenants.api_keys import create_api_key
    from tenants.audit import SYSTEM

    _key, secret = create_api_key(name="eraser", actor=SYSTEM)
    client = Client(headers={"host": "acme.localhost", "authorization": f"Bearer {secret}"})
    return client.delete(f"/api/tenants/me/customers/{person.public_id}").status_code


@pytest.mark.usefixtures("queued_for_real")
def test_worker_acknowledges_a_failed_model_call_and_the_retry_schedule_learns_it(live_tenant, fake_openai, worker_log):
    fake_openai.fail_next(status=500)
    fake_openai.chat_reply = extraction_reply()
    agent = create_agent(name="Support", memory_enabled=True)
    conversation = chat(agent, "+351910000003", "My lamp is late.", "I live in Lisbon.")

    with qcluster(fake_openai, worker_log):
        close_conversation(conversation)
        wait_for(
            lambda: Extraction.objects.filter(conversation=conversation, attempts=1).exists() and queue_is_empty(),
            what="the first attempt was not recorded and acknowledged",
            log=worker_log,
        )
        assert learned(conversation.person, agent)["facts"] == []  # nothing half-learned in between
        assert extraction_status(conversation) == Extraction.Status.QUEUED
        # What the every-minute "retry-extractions" schedule does once the backoff is over.
        retry_due_extractions(now=timezone.now() + timedelta(minutes=1))
        wait_for(
            lambda: extraction_status(conversation) == Extraction.Status.SUCCEEDED and queue_is_empty(),
            what="the failed extraction was not retried",
            log=worker_log,
            timeout=WAIT_SECONDS,
        )

    extraction = Extraction.objects.get(conversation=conversation)
    assert extraction.attempts == 2  # the failed attempt and the one that succeeded
    assert {key: value for key, value, *_ in learned(conversation.person, agent)["facts"]} == {
        "location": "Lisbon",
        "occupation": "architect",
    }


# --- the model failing, through the API ---------------------------------------------------------


MODEL_FAILURES = {
    "500": lambda fake, settings: fake.fail_next(status=500),
    "timeout": lambda fake, settings: (setattr(settings, "OPENAI_TIMEOUT", 0.3), fake.fail_next(delay=1.0)),
    "invalid JSON": lambda fake, settings: setattr(fake, "invalid_json", True),
}


@pytest.mark.parametrize("failure", MODEL_FAILURES)
def test_failed_model_call_leaves_the_conversation_queued_and_the_retry_learns_it_once(
    failure, organization, fake_openai, settings, django_capture_on_commit_callbacks
):
    world = build_world("acme")
    client = Client(headers={"host": world.host, "authorization": f"Bearer {world.api_key}"})
    agent = world.get(Agent)
    conversation_id = None
    for line in ("My lamp is late.", "I live in Lisbon and work as an architect."):
        body = {"agent": agent.public_id, "channel": "web", "channelIdentifier": "visitor-77", "role": "customer"}
        body |= {"message": line, **({"conversationId": conversation_id} if conversation_id else {})}
        response = client.post("/api/tenants/me/ingest", body, content_type="application/json")
        assert response.status_code == 202
        conversation_id = response.json()["conversationId"]
    customer_id = response.json()["customerId"]
    MODEL_FAILURES[failure](fake_openai, settings)
    fake_openai.chat_reply = extraction_reply()

    with django_capture_on_commit_callbacks(execute=True):  # tasks run inline here
        closed = client.post(f"/api/tenants/me/conversations/{conversation_id}/close")

    assert closed.status_code == 202
    conversation = Conversation.objects.get(public_id=conversation_id)
    extraction = Extraction.objects.get(conversation=conversation)
    assert (extraction.status, extraction.attempts) == (Extraction.Status.QUEUED, 1)
    status = client.get(f"/api/tenants/me/conversations/{conversation_id}").json()["memoryStatus"]
    assert (status["status"], status["attempts"]) == ("pending", 1)
    profile = client.get(f"/api/tenants/me/customers/{customer_id}?agent={agent.public_id}").json()
    assert profile["memory"]["l3_episodes"] == []
    assert not Fact.objects.filter(memory__person=conversation.person).exists()
    assert not Episode.objects.filter(conversation=conversation).exists()

    # The retry schedule queues it once its backoff is over; by then the model answers.
    fake_openai.reset()
    fake_openai.chat_reply = extraction_reply()
    with django_capture_on_commit_callbacks(execute=True):
        assert retry_due_extractions(now=extraction.next_attempt_at) == 1
    once = learned(conversation.person, agent)
    with django_capture_on_commit_callbacks(execute=True):
        assert retry_due_extractions(now=extraction.next_attempt_at + timedelta(hours=1)) == 0  # nothing left

    assert extraction_status(conversation) == Extraction.Status.SUCCEEDED
    assert learned(conversation.person, agent) == once
    assert {key for key, *_ in once["facts"]} == {"location", "occupation"}
    assert len(once["episodes"]) == 1
    status = client.get(f"/api/tenants/me/conversations/{conversation_id}").json()["memoryStatus"]
    assert (status["status"], status["reason"]) == ("learned", None)


# --- Redis going away -----------------------------------------------------------------------------


def production_caches(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """CACHES exactly as customer_memory/settings.py builds them for REDIS_URL."""
    monkeypatch.setenv("REDIS_URL", redis_url)
    # Any URL: the settings file only parses it here.
    monkeypatch.setenv("DATABASE_URL", "postgresql://unused@127.0.0.1:1/unused")
    return runpy.run_path(str(ROOT / "customer_memory" / "settings.py"))["CACHES"]


def test_requests_are_served_from_the_database_when_redis_is_gone(organization, builder, settings, monkeypatch, caplog):
    from django.core.cache import caches

    world = build_world("acme")
    config = production_caches("redis://127.0.0.1:1/0", monkeypatch)  # nothing listens on port 1
    config["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex[:8]}"
    settings.CACHES = config
    api = Client(headers={"host": world.host, "authorization": f"Bearer {world.api_key}"})
    person, agent = world.get(Person), world.get(Agent)
    browser = Client(headers={"host": world.host})
    caplog.set_level(logging.WARNING, logger="customer_memory.cache")
    started = time.monotonic()

    context = api.get(f"/api/tenants/me/customers/{person.public_id}/context?agent={agent.public_id}")
    again = api.get(f"/api/tenants/me/customers/{person.public_id}/context?agent={agent.public_id}")
    ingested = api.post(
        "/api/tenants/me/ingest",
        {"agent": agent.public_id, "channel": "web", "channelIdentifier": "v-9", "role": "customer", "message": "hi"},
        content_type="application/json",
    )
    listed = api.get("/api/tenants/me/customers")
    signed_in = browser.post("/login/", {"username": builder.username, "password": "correct horse battery staple"})
    people = browser.get(f"/agents/{agent.public_id}/people/")
    panel = browser.get(f"/agents/{agent.public_id}/people/{person.public_id}/")

    assert type(caches["default"]).__name__ == "FailSoftRedisCache"
    assert context.status_code == again.status_code == 200
    assert context.json()["contact"]["id"] == person.public_id
    assert world.marker in json.dumps(context.json())  # read from the database
    assert ingested.status_code == 202
    assert listed.status_code == 200
    assert signed_in.status_code == 302
    assert people.status_code == panel.status_code == 200
    assert world.marker in panel.content.decode()
    assert time.monotonic() - started < 5
    # Tried once, then left alone for a while instead of at every call.
    assert len([r for r in caplog.records if "Cache unavailable" in r.getMessage()]) == 1


# --- PostgreSQL restarted while messages are ingested -------------------------------------------


class OwnPostgres:
    """A PostgreSQL of this test's own, holding a copy of the test database.

    The shared embedded server serves every test run and developer process on
    the machine; restarting it would break them. This one lives in a
    temporary folder and is deleted afterwards.
    """

    def __init__(self) -> None:
        import pgserver

        self.folder = tempfile.mkdtemp(prefix="cm-faults-pg-")
        self.server = pgserver.get_server(self.folder, cleanup_mode="delete")

    def uri(self, database: str = "cm") -> str:
        return self.server.get_uri(database)

    def copy_test_database(self) -> None:
        from pgserver._commands import POSTGRES_BIN_PATH

        dump = subprocess.run(
            [str(POSTGRES_BIN_PATH / "pg_dump"), "--no-owner", "--no-privileges", test_database_url()],
            capture_output=True,
            check=True,
        ).stdout
        psql = [str(POSTGRES_BIN_PATH / "psql"), "-q", "-v", "ON_ERROR_STOP=1"]
        subprocess.run([*psql, self.uri("postgres"), "-c", "CREATE DATABASE cm"], capture_output=True, check=True)
        subprocess.run([*psql, self.uri()], input=dump, capture_output=True, check=True)

    def restart(self) -> None:
        """Stop it the way a crash does (no shutdown checkpoint) and start it again."""
        from pgserver._commands import pg_ctl

        pg_ctl(["-w", "-m", "immediate", "restart"], pgdata=Path(self.folder), user=self.server.system_user)

    def messages(self) -> dict[str, list[str]]:
        """external id -> public ids of the stored messages with it."""
        import psycopg

        with psycopg.connect(self.uri()) as db:
            rows = db.execute("SELECT external_id, public_id FROM acme.conversations_message").fetchall()
        stored: dict[str, list[str]] = {}
        for external_id, public_id in rows:
            stored.setdefault(external_id, []).append(public_id)
        return stored

    def remove(self) -> None:
        self.server.cleanup()


def post_message(port: int, api_key: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """(status, JSON) of one ingest request, or (0, {}) when the connection failed."""
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request(
            "POST",
            "/api/tenants/me/ingest",
            body=json.dumps(body).encode(),
            headers={
                "Host": f"acme.localhost:{port}",
                "Authorization": f"Bearer {api_key}",
                "Content-Type": "application/json",
            },
        )
        response = connection.getresponse()
        payload = response.read()
        return response.status, (json.loads(payload) if response.status == 202 else {})
    except (OSError, http.client.HTTPException, ValueError):
        return 0, {}


def test_postgres_restart_during_ingest_loses_and_duplicates_nothing(live_tenant, tmp_path):
    from tenants.api_keys import create_api_key
    from tenants.audit import Actor
    from tenants.keys_and_audit.models import AuditEntry

    agent = create_agent(name="Support", memory_enabled=False)
    _, api_key = create_api_key(name="fault test", actor=Actor(origin=AuditEntry.Origin.CLI))
    count, clients = 240, 4
    bodies = [
        {
            "agent": agent.public_id,
            "channel": "whatsapp",
            "channelIdentifier": f"+3519200000{index % 12:02d}",
            "role": "customer",
            "message": f"message {index}",
            "messageId": f"wamid.fault-{index}",
        }
        for index in range(count)
    ]
    acknowledged: dict[str, dict[str, Any]] = {}
    failed: list[int] = []
    lock = threading.Lock()

    def send_all(port: int, pending: list[dict[str, Any]]) -> list[threading.Thread]:
        def send(share: list[dict[str, Any]]) -> None:
            for body in share:
                status, answer = post_message(port, api_key, body)
                with lock:
                    if status == 202:
                        acknowledged[body["messageId"]] = answer
                    else:
                        failed.append(status)

        threads = [threading.Thread(target=send, args=(pending[n::clients],)) for n in range(clients)]
        for thread in threads:
            thread.start()
        return threads

    postgres = OwnPostgres()
    log = tmp_path / "gunicorn.log"
    try:
        # The web server starts while the database is copied.
        with gunicorn(postgres.uri(), log, before_ready=postgres.copy_test_database) as port:
            threads = send_all(port, bodies)
            wait_for(lambda: len(acknowledged) >= count // 4, what="ingest did not start", log=log)
            postgres.restart()
            for thread in threads:
                thread.join()
            stored_before_retries = postgres.messages()
            first_pass, first_failures = dict(acknowledged), len(failed)

            # Clients that got an error send the same message again.
            deadline = time.monotonic() + WAIT_SECONDS
            while len(acknowledged) < count and time.monotonic() < deadline:
                for thread in send_all(port, [b for b in bodies if b["messageId"] not in acknowledged]):
                    thread.join()
        stored = postgres.messages()
    finally:
        postgres.remove()

    print(
        f"{count} messages from {clients} clients; PostgreSQL restarted after {count // 4}+ acknowledged; "
        f"{first_failures} requests failed and were sent again ({len(failed)} failures in all); {len(stored)} stored"
    )
    assert first_failures, "the restart caused no failed request: it happened outside the ingest"
    assert set(first_pass) <= set(stored_before_retries), "a message acknowledged with 202 was lost"
    assert len(acknowledged) == count
    assert sorted(stored) == sorted(body["messageId"] for body in bodies)
    assert all(len(public_ids) == 1 for public_ids in stored.values()), "a message was stored twice"
    # A retry of a message stored before its answer was lost gets the stored ids back.
    assert {key: [answer["messageId"]] for key, answer in acknowledged.items()} == stored

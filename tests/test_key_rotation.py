"""Rotating SECRET_KEY doesn't lose queued work (issue 16, finding 9).

Tasks are queued and signed with the key the web processes had; a real
`qcluster` then starts with a new SECRET_KEY and the old one in
SECRET_KEY_FALLBACKS, as in a rotation. The old-key task must run; a task
signed with a key nobody configured must not run, and must be logged and
kept as a failed task, not dropped silently.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django_q.conf import Conf
from django_q.models import Failure, OrmQ, Task
from django_tenants.utils import get_public_schema_name, schema_context

from conversations.ingestion import ingest_message
from conversations.models import Conversation
from conversations.tests.factories import create_agent
from tenants.task_queue import UNREADABLE
from tenants.tasks import enqueue_in_tenant
from tests.processes import ROOT, test_database_url

TASK = "conversations.tasks.close_idle_conversations_in_tenant"
WORKER_TIMEOUT = 60


def start_worker(log: Path, **env: str) -> subprocess.Popen:
    environment = {
        **os.environ,
        "DATABASE_URL": test_database_url(),
        "Q_WORKERS": "1",
        "Q_SAVE_LIMIT": "0",
        "LOG_LEVEL": "WARNING",
        **env,
    }
    with log.open("ab") as output:
        return subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(worker: subprocess.Popen) -> None:
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def idle_conversation(identifier: str) -> Conversation:
    return ingest_message(
        agent=create_agent(name=f"Support {identifier}"),
        channel_type="web",
        channel_identifier=identifier,
        role="customer",
        content="Anyone there?",
        sent_at=timezone.now() - timedelta(minutes=20),
    ).conversation


def test_a_task_queued_before_a_key_rotation_still_runs_and_one_signed_by_a_stranger_is_kept_visible(
    live_tenant, monkeypatch, tmp_path
):
    monkeypatch.setattr(Conf, "SYNC", False)
    conversation = idle_conversation("visitor-rotation")
    log = tmp_path / "qcluster.log"

    enqueue_in_tenant(TASK, task_name="queued-before-rotation")  # signed with today's key
    monkeypatch.setattr(Conf, "SECRET_KEY", "a key no process was ever given " * 2)
    enqueue_in_tenant(TASK, task_name="signed-by-a-stranger")
    with schema_context(get_public_schema_name()):
        stranger_id = OrmQ.objects.order_by("-id").values_list("id", flat=True)[0]

    worker = start_worker(
        log, SECRET_KEY="the rotated-in key, long enough " * 2, SECRET_KEY_FALLBACKS=settings.SECRET_KEY
    )
    try:
        deadline = time.monotonic() + WORKER_TIMEOUT
        done = False
        while not done and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.25)
            with schema_context(get_public_schema_name()):
                done = not OrmQ.objects.exists() and Task.objects.filter(name="queued-before-rotation").exists()
    finally:
        stop(worker)
    output = log.read_text(errors="replace")

    with schema_context(get_public_schema_name()):
        ran = Task.objects.filter(name="queued-before-rotation").first()
        set_aside = list(Failure.objects.filter(func=UNREADABLE))
        left_in_queue = OrmQ.objects.count()
    assert ran is not None, f"the task queued before the rotation was lost:\n{output[-3000:]}"
    assert ran.success, ran.result
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.CLOSED
    assert not Task.objects.filter(name="signed-by-a-stranger").exists()  # never run
    assert [failure.name for failure in set_aside] == [f"unreadable-{stranger_id}"]
    assert "SECRET_KEY_FALLBACKS" in set_aside[0].result
    assert f"Queued task {stranger_id} was signed with a key" in output
    assert left_in_queue == 0


def test_the_operator_sees_a_set_aside_task_among_failed_tasks(db):
    from django.contrib.auth import get_user_model
    from django.test import Client

    from tenants.organizations import ensure_public_host
    from tenants.task_queue import RotatingKeyORM

    ensure_public_host("localhost")
    with schema_context(get_public_schema_name()):
        OrmQ.objects.create(key=Conf.CLUSTER_NAME, payload="eyJ0YXNrIjogMX0:1abc:forged", lock=timezone.now())
        tasks = RotatingKeyORM(list_key=Conf.CLUSTER_NAME).dequeue()
        operator = get_user_model().objects.create_superuser("ops@example.test", "ops@example.test", "x")
    browser = Client(headers={"host": "localhost"})
    browser.force_login(operator)

    page = browser.get("/admin/django_q/failure/")

    assert tasks == []
    assert page.status_code == 200
    assert UNREADABLE in page.content.decode()

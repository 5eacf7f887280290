"""The real queue path: a `qcluster` process picks up a task queued in a tenant and runs it there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_q.conf import Conf
from django_q.models import Task
from django_tenants.utils import get_public_schema_name, schema_context

from conversations.ingestion import ingest_message
from conversations.models import Conversation
from conversations.tests.factories import create_agent
from tenants.tasks import enqueue_in_tenant

WORKER_TIMEOUT = 60
TASK = "conversations.tasks.close_idle_conversations_in_tenant"


def _test_database_url() -> str:
    """This test run's database (its socket folder as host), for the worker process."""
    db = connection.settings_dict
    credentials = quote(db["USER"]) + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    port = f":{db['PORT']}" if db["PORT"] and not db["HOST"].startswith("/") else ""
    host = "" if db["HOST"].startswith("/") else db["HOST"]
    query = f"?host={quote(db['HOST'])}" if db["HOST"].startswith("/") else ""
    if db["HOST"].startswith("/") and db["PORT"]:
        query += f"&port={db['PORT']}"
    return f"postgresql://{credentials}@{host}{port}/{quote(db['NAME'])}{query}"


def _start_worker() -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": _test_database_url(),
        "Q_WORKERS": "1",
        "LOG_LEVEL": "WARNING",
        "Q_SAVE_LIMIT": "0",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"],
        cwd=Path(settings.BASE_DIR),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _stop_worker(worker: subprocess.Popen) -> str:
    if worker.poll() is None:
        # The cluster's main process stops its own pool on SIGTERM.
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
    return worker.stderr.read().decode(errors="replace") if worker.stderr else ""


def test_worker_runs_a_task_queued_in_a_tenant_inside_that_tenant(live_tenant, monkeypatch):
    monkeypatch.setattr(Conf, "SYNC", False)
    conversation = ingest_message(
        agent=create_agent(name="Support"),
        channel_type="web",
        channel_identifier="visitor-worker",
        role="customer",
        content="Anyone there?",
        sent_at=timezone.now() - timedelta(minutes=20),
    ).conversation

    worker = _start_worker()
    try:
        enqueue_in_tenant(TASK)  # autocommit: queued at once
        deadline = time.monotonic() + WORKER_TIMEOUT
        task = None
        while task is None and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.25)
            with schema_context(get_public_schema_name()):
                task = Task.objects.filter(func=TASK).first()
    finally:
        output = _stop_worker(worker)

    assert task is not None, f"the worker did not run the task within {WORKER_TIMEOUT}s:\n{output}"
    assert task.success, task.result
    assert task.args == ("acme",)
    assert task.result == 1
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.CLOSED

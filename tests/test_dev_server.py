"""`make run`'s development server as a real process (issue 16, findings 8 and 9).

`manage.py dev` (what `make run` starts after migrating and loading the
demo) runs on the test database with a developer's environment: DEBUG on,
CONN_MAX_AGE at its default. 500 requests must not leave database sessions
behind (each runserver thread kept one: ~100 requests used up PostgreSQL's
connections), and its access log must not keep query strings.
"""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.db import connection

from tests.processes import ROOT, answers, free_port, test_database_url, wait_for

REQUESTS = 500
PHONE = "+15551234567"


@dataclass(frozen=True)
class DevServer:
    port: int
    log: Path


@pytest.fixture(scope="module")
def dev_server(django_db_setup: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    port = free_port()
    log = tmp_path_factory.mktemp("dev") / "dev.log"
    # A developer's environment: none of the test run's or a deployment's switches.
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DEBUG", "CONN_MAX_AGE", "SECURE_", "REDIS_URL", "LOG_LEVEL"))
    }
    env["DATABASE_URL"] = test_database_url()
    with log.open("ab") as output:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "dev", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            # The server and its worker, stopped together.
            start_new_session=True,
        )
    try:
        wait_for(lambda: answers(port), what="manage.py dev did not answer", log=log, timeout=90)
        yield DevServer(port, log)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def get(server: DevServer, path: str) -> int:
    client = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        client.request("GET", path, headers={"Host": f"acme.localhost:{server.port}"})
        response = client.getresponse()
        response.read()
        return response.status
    finally:
        client.close()


def database_sessions() -> int:
    """Sessions on the test database other than this test's own."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def settled_sessions() -> int:
    """The session count once it has stopped falling (connections close a moment after their response)."""
    count = database_sessions()
    for _ in range(20):
        time.sleep(0.25)
        count, previous = database_sessions(), count
        if count >= previous:
            return count
    return count


def test_requests_to_the_dev_server_leave_no_database_sessions_behind(dev_server, live_tenant):
    for _ in range(10):
        get(dev_server, "/health/")
    before = settled_sessions()

    statuses, counts = [], []
    for n in range(REQUESTS):
        statuses.append(get(dev_server, "/health/" if n % 2 else "/login/"))
        if n % 10 == 9:
            counts.append(database_sessions())
    after = settled_sessions()

    print(f"\n{REQUESTS} requests: {before} database sessions before, at most {max(counts)} during, {after} after")
    assert set(statuses) == {200}
    # A left-behind connection is closed only when the garbage collector
    # frees its thread's objects, so the count is watched during the run.
    # The worker started with the server may open one or two meanwhile.
    assert max(counts) <= before + 3
    assert after <= before + 2


def test_the_dev_servers_access_log_keeps_paths_without_query_strings(dev_server, live_tenant):
    status = get(dev_server, f"/login/?next=/people/%3Fq%3D{PHONE}&q={PHONE}")
    search = get(dev_server, "/health/?q=Nguyen+Van+Anh&phone=%2B15551234567")
    time.sleep(0.5)

    log = dev_server.log.read_text()
    assert status == search == 200
    assert '"GET /login/ HTTP/1.1" 200' in log
    assert '"GET /health/ HTTP/1.1" 200' in log
    assert "15551234567" not in log
    assert "Nguyen" not in log

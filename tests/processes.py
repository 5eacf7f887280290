"""Real server processes for tests: gunicorn on a database of the test's choice.

Used by the fault and load suites, which need the production web server in
processes of its own (a restart of its database, concurrent clients), not
Django's test client.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def test_database_url() -> str:
    """This test run's database, as DATABASE_URL for processes the test starts."""
    db = connection.settings_dict
    credentials = quote(db["USER"]) + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    if db["HOST"].startswith("/"):
        port = f"&port={db['PORT']}" if db["PORT"] else ""
        return f"postgresql://{credentials}@/{quote(db['NAME'])}?host={quote(db['HOST'])}{port}"
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgresql://{credentials}@{db['HOST']}{port}/{quote(db['NAME'])}"


test_database_url.__test__ = False  # type: ignore[attr-defined]


def wait_for(condition: Callable[[], bool], *, what: str, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    output = log.read_text()[-3000:] if log.exists() else ""
    raise AssertionError(f"{what} within {timeout:.0f}s; process output:\n{output}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(port: int, host: str = "acme.localhost") -> bool:
    try:
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        client.request("GET", "/health/", headers={"Host": f"{host}:{port}"})
        return client.getresponse().status == 200
    except OSError:
        return False


@contextlib.contextmanager
def gunicorn(
    database_url: str,
    log: Path,
    *,
    workers: int = 2,
    threads: int = 2,
    before_ready: Callable[[], None] | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[int]:
    """The production web server, with production settings, on `database_url`.

    Yields its port once /health/ answers; `before_ready` runs while it
    starts (it needs the database only for requests). `env` adds to or
    overrides the environment.
    """
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": "test-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": ".localhost",
        # TLS ends at a proxy in production; these tests speak plain HTTP.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "API_RATE_LIMIT": "1000000/min",
        # With REDIS_URL set (CI), parallel test runs share one Redis.
        "CACHE_KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
        "LOG_LEVEL": "ERROR",
        **(env or {}),
    }
    command = [sys.executable, "-m", "gunicorn", "customer_memory.wsgi"]
    command += ["--workers", str(workers), "--threads", str(threads), "--bind", f"127.0.0.1:{port}"]
    command += ["--timeout", "30", "--graceful-timeout", "2"]
    with log.open("ab") as output:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        if before_ready is not None:
            before_ready()
        wait_for(lambda: answers(port), what="gunicorn did not answer", log=log, timeout=30)
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

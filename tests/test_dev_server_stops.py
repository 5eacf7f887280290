"""`make run`'s `manage.py dev` stops everything it started (issue 17, item 6).

Each test runs the dev server on an embedded PostgreSQL of its own (a data
folder in tmp, as a fresh checkout's .pgdata): the test suite's own server is
shared with the test process, so it could not show whether the dev server
stops PostgreSQL. SIGTERM (a process manager, `kill`) and SIGINT (Ctrl-C) must
stop the web server, the django-q2 cluster and every process it started, and
the embedded PostgreSQL once no other process uses it; a process still using
it keeps it.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from tests.processes import ROOT, free_port, wait_for

STOP_SECONDS = 30


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A migrated embedded database (the public schema is what the dev server and its worker read)."""
    folder = tmp_path_factory.mktemp("pg") / "data"
    log = folder.parent / "migrate.log"
    with log.open("ab") as output:
        subprocess.run(
            [sys.executable, "manage.py", "migrate_schemas", "--shared"],
            cwd=ROOT,
            env=environment(folder),
            stdout=output,
            stderr=subprocess.STDOUT,
            check=True,
            timeout=300,
        )
    yield folder
    if (pid := postmaster_pid(folder)) is not None and psutil.pid_exists(pid):
        psutil.Process(pid).terminate()


def environment(folder: Path) -> dict[str, str]:
    """A developer's environment, on the embedded server in `folder`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_URL", "DEBUG", "CONN_MAX_AGE", "SECURE_", "REDIS_URL", "LOG_LEVEL"))
    }
    return {**env, "EMBEDDED_DATABASE_DIR": str(folder), "Q_WORKERS": "1"}


def postmaster_pid(folder: Path) -> int | None:
    try:
        return int((folder / "postmaster.pid").read_text().split()[0])
    except (FileNotFoundError, IndexError, ValueError):
        return None


def running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def answers_http(port: int) -> bool:
    try:
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        client.request("GET", "/health/", headers={"Host": f"localhost:{port}"})
        client.getresponse().read()
        return True
    except OSError:
        return False


def launch_dev(folder: Path, log: Path, port: int) -> subprocess.Popen[bytes]:
    with log.open("ab") as output:
        return subprocess.Popen(
            [sys.executable, "manage.py", "dev", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=environment(folder),
            stdout=output,
            stderr=subprocess.STDOUT,
            # Its own session, as in a terminal: the signal goes to this process only, not to a group.
            start_new_session=True,
        )


def start_dev(folder: Path, log: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    server = launch_dev(folder, log, port)
    wait_for(lambda: answers_http(port), what="manage.py dev did not answer", log=log, timeout=90)
    return server, port


def worker_processes(server: subprocess.Popen[bytes], log: Path) -> list[int]:
    """Everything the dev server started, once the django-q2 cluster has started its processes."""

    def cluster_started() -> bool:
        return "running." in log.read_text()

    wait_for(cluster_started, what="the django-q2 cluster did not start", log=log, timeout=60)
    return [child.pid for child in psutil.Process(server.pid).children(recursive=True)]


def stop(server: subprocess.Popen[bytes], signum: int, log: Path) -> float:
    started = time.monotonic()
    server.send_signal(signum)
    try:
        server.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
        output = log.read_text()[-3000:]
        raise AssertionError(f"manage.py dev still ran {STOP_SECONDS}s after the signal:\n{output}") from None
    return time.monotonic() - started


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_a_signal_stops_the_web_server_the_worker_and_postgres(data_dir, tmp_path, signum):
    log = tmp_path / "dev.log"
    server, port = start_dev(data_dir, log)
    started = worker_processes(server, log)
    postgres = postmaster_pid(data_dir)
    assert len(started) >= 3, started  # the cluster, its sentinel, and its worker, monitor and pusher
    assert postgres is not None
    assert running(postgres)

    seconds = stop(server, signum, log)

    wait_for(lambda: not any(running(pid) for pid in started), what="worker processes still ran", log=log, timeout=5)
    wait_for(lambda: not running(postgres), what="PostgreSQL still ran", log=log, timeout=10)
    print(f"\n{signal.Signals(signum).name}: everything stopped in {seconds:.1f}s")
    assert not answers_http(port)
    assert not (data_dir / "postmaster.pid").exists()
    assert "Traceback" not in log.read_text()


def test_postgres_used_by_another_process_keeps_running_and_stops_after_its_last_user(data_dir, tmp_path):
    log = tmp_path / "dev.log"
    # Another user of the same server (a `manage.py shell`, say), killed later without a chance to say so.
    holder = subprocess.Popen(
        [sys.executable, "-c", "import django, time; django.setup(); time.sleep(600)"],
        cwd=ROOT,
        env={**environment(data_dir), "DJANGO_SETTINGS_MODULE": "customer_memory.settings"},
    )
    try:
        wait_for(lambda: postmaster_pid(data_dir) is not None, what="the holder did not start PostgreSQL", log=log)
        postgres = postmaster_pid(data_dir)
        server, _ = start_dev(data_dir, log)
        started = worker_processes(server, log)

        stop(server, signal.SIGTERM, log)

        wait_for(
            lambda: not any(running(pid) for pid in started), what="worker processes still ran", log=log, timeout=5
        )
        assert running(postgres), "PostgreSQL stopped while another process still used it"
    finally:
        holder.kill()
        holder.wait()

    # The killed holder is still on pgserver's list of users; the next process to leave takes it off,
    # and being the last, stops the server.
    subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=environment(data_dir), check=True)
    wait_for(lambda: not running(postgres), what="PostgreSQL outlived its last user", log=log, timeout=10)


def test_a_port_already_in_use_is_a_clear_error_and_starts_nothing(data_dir: Path, tmp_path: Path) -> None:
    """runserver ends a server it cannot bind with os._exit(), skipping every clean-up: the worker and
    PostgreSQL outlived it (a second `make run` left a django-q2 cluster behind). Now nothing starts."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        log = tmp_path / "dev.log"
        server = launch_dev(data_dir, log, port)
        children = []
        with contextlib.suppress(psutil.NoSuchProcess):
            children = psutil.Process(server.pid).children(recursive=True)
        assert server.wait(timeout=STOP_SECONDS) != 0
    output = log.read_text()
    assert f"Cannot serve on 127.0.0.1:{port}" in output
    assert "Worker started" not in output
    assert not [child for child in children if running(child.pid)]

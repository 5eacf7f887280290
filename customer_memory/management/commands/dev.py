"""`make run`: the development server and a django-q2 worker, together, and stopped together.

Ctrl-C, or SIGTERM from a process manager or `kill`, stops the web server, the
worker with every process it started, and (through this process's exit) the
embedded PostgreSQL, when no other process still uses it
(customer_memory.database).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
from typing import Any, NoReturn

from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.servers.basehttp import WSGIServer
from django.db import connections

# django-q2 lets running tasks finish (Q_TIMEOUT at most); a developer pressing Ctrl-C waits this long.
WORKER_STOP_SECONDS = 15


class ConnectionClosingWSGIServer(WSGIServer):
    """runserver's server, closing each request thread's database connections when its request ends.

    runserver serves each connection in a thread of its own. With
    CONN_MAX_AGE, Django closes a connection at the end of a request only once
    it is that old, so each thread left one open behind it: about 100 requests
    used up PostgreSQL's connections for every process on the server (issue 16,
    finding 8). Django's test server closes them the same way
    (ThreadedWSGIServer.close_request).
    """

    def close_request(self, request: Any) -> None:
        connections.close_all()
        super().close_request(request)


class DevServerCommand(RunserverCommand):
    server_cls = ConnectionClosingWSGIServer


def _interrupt(signum: int, frame: Any) -> NoReturn:
    # runserver ends on KeyboardInterrupt with a normal exit: the `finally` below and the exit handlers run.
    raise KeyboardInterrupt


class Command(BaseCommand):
    help = "Run the web server and a django-q2 worker together (Ctrl-C or SIGTERM stops both)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("addrport", nargs="?", default="0.0.0.0:8000")

    def handle(self, *args: Any, addrport: str, **options: Any) -> None:
        # runserver ends a server it cannot bind with os._exit(), which skips the `finally` below: the worker
        # and PostgreSQL would outlive it. So the address is checked before anything starts.
        _check_free(addrport)
        # By default SIGTERM ends Python at once, skipping both: the worker and PostgreSQL kept running.
        signal.signal(signal.SIGTERM, _interrupt)
        signal.signal(signal.SIGHUP, _interrupt)
        # A session of its own: this process stops it (Ctrl-C in a terminal reaches only this one), and
        # the worker's processes can be told apart from everything else.
        worker = subprocess.Popen([sys.executable, "manage.py", "qcluster"], start_new_session=True)
        self.stdout.write(
            self.style.SUCCESS("Worker started. Open http://demo.localhost:8000 (builder@demo.test / demo).")
        )
        try:
            call_command(DevServerCommand(), addrport, use_reloader=False)
        finally:
            # A second Ctrl-C while the worker stops must not leave it behind.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            _stop_worker(worker)


def _check_free(addrport: str) -> None:
    """A CommandError naming the address when another process already listens there (another `make run`)."""
    host, _, port = addrport.rpartition(":")
    host = host.strip("[]") or "0.0.0.0"
    if not port.isdigit():
        return  # runserver reports a malformed address itself, before it starts anything
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As runserver binds (allow_reuse_address): a port left in TIME_WAIT is free, one being listened on is not.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, int(port)))
        except OSError as error:
            raise CommandError(
                f"Cannot serve on {host}:{port}: {error.strerror}. Another server is using it: stop it, or give "
                "this one another address (python manage.py dev 127.0.0.1:8001)."
            ) from error


def _stop_worker(worker: subprocess.Popen[bytes]) -> None:
    """Stop the django-q2 cluster (it stops its own processes on SIGTERM); kill what is left."""
    worker.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        worker.wait(timeout=WORKER_STOP_SECONDS)
    # Whatever of the worker's session is still running, its cluster's processes included.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()

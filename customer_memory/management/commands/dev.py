"""`make run`: the development server and a django-q2 worker, together."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.core.servers.basehttp import WSGIServer
from django.db import connections


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


class Command(BaseCommand):
    help = "Run the web server and a django-q2 worker together (Ctrl-C stops both)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("addrport", nargs="?", default="0.0.0.0:8000")

    def handle(self, *args: Any, addrport: str, **options: Any) -> None:
        worker = subprocess.Popen([sys.executable, "manage.py", "qcluster"])
        self.stdout.write(
            self.style.SUCCESS("Worker started. Open http://demo.localhost:8000 (builder@demo.test / demo).")
        )
        try:
            call_command(DevServerCommand(), addrport, use_reloader=False)
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()

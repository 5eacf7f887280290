"""A refused request is logged once, in one line; a server error keeps its traceback (issue 17, item 6).

Run in a process of its own with the project's logging configuration as
`manage.py dev` and gunicorn load it (pytest replaces the log handlers with
its own), raising from a view the way Django's request handler sees it.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.processes import ROOT, test_database_url

SCRIPT = """
import django
django.setup()
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.handlers.exception import response_for_exception
from django.test import RequestFactory

def view(request, error):
    raise error

for error in (PermissionDenied("Builders and above"), ZeroDivisionError("a bug")):
    request = RequestFactory().get("/agents/ag_1/people/")
    request.user = AnonymousUser()
    try:
        view(request, error)
    except Exception as exc:
        print("status", response_for_exception(request, exc).status_code, flush=True)
"""


@pytest.mark.parametrize("debug", ["true", "false"])
def test_a_403_is_logged_once_without_a_traceback_and_a_500_with_one(django_db_setup, debug):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "customer_memory.settings",
        "DATABASE_URL": test_database_url(),
        "DEBUG": debug,
        "SECRET_KEY": "test-logging-" + "x" * 40,
        "LOG_LEVEL": "INFO",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )

    log = done.stderr
    assert done.stdout.split() == ["status", "403", "status", "500"]
    assert log.count("Forbidden (Permission denied): /agents/ag_1/people/") == 1, log
    assert "PermissionDenied" not in log, log
    assert log.count("Internal Server Error: /agents/ag_1/people/") == 1, log
    assert log.count("Traceback (most recent call last)") == 1, log
    assert "ZeroDivisionError: a bug" in log

"""The database backend's health check: no round trip for a healthy idle connection, and a connection
the server closed is found unusable before a request uses it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from django.db import connections


@pytest.fixture
def own_connection(db: None) -> Iterator[Any]:
    """A connection of its own, in autocommit as between two requests (not in the test's transaction)."""
    wrapper = connections.create_connection("default")
    try:
        yield wrapper
    finally:
        wrapper.close()


def backend_pid(wrapper: Any) -> int:
    with wrapper.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def test_a_healthy_idle_connection_is_usable_without_a_statement(own_connection):
    pid = backend_pid(own_connection)

    assert own_connection.is_usable()
    with psycopg.connect(**own_connection.get_connection_params(), autocommit=True) as other:
        last = other.execute("SELECT query FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone()[0]
    assert last == "SELECT pg_backend_pid()"  # Django's check would have sent SELECT 1


def test_a_connection_the_server_ended_is_unusable(own_connection):
    pid = backend_pid(own_connection)
    with psycopg.connect(**own_connection.get_connection_params(), autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
    deadline = time.monotonic() + 5
    while own_connection.is_usable() and time.monotonic() < deadline:
        time.sleep(0.05)

    assert not own_connection.is_usable()
    own_connection.close()
    assert backend_pid(own_connection) != pid  # Django reconnects

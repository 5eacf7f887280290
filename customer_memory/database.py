"""Where the database comes from: `DATABASE_URL`, or an embedded PostgreSQL.

The embedded server is pgserver's PostgreSQL with pgvector, kept in a data
folder of the checkout (EMBEDDED_DATABASE_DIR to choose another). pgserver
shares one server among every process that asks for the same folder (web,
worker, management commands, tests) and stops it after the last one exits.
"""

from __future__ import annotations

import atexit
import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

# django-tenants' backend as it ships: the socket-peeking health check that replaced Django's SELECT 1 went
# (issue 17; every target still met without it, docs/benchmarks.md "Twins").
ENGINE = "django_tenants.postgresql_backend"
EMBEDDED_DATABASE_NAME = "customer_memory"


def parse_database_url(url: str) -> dict[str, Any]:
    """Turn `postgresql://user:password@host:port/name?options` into settings."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ValueError(f"DATABASE_URL must be a postgresql:// URL, not {parts.scheme}://")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    host = query.pop("host", None) or unquote(parts.hostname or "")
    return {
        "ENGINE": ENGINE,
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": host,
        "PORT": str(parts.port or ""),
        "OPTIONS": query,
        "TEST": {"NAME": _test_database_name(unquote(parts.path.lstrip("/")))},
    }


def embedded_database(data_dir: Path) -> dict[str, Any]:
    """Start (or join) the embedded server in `data_dir` and return settings."""
    import warnings

    # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, root shells);
    # pgserver then uses /tmp for its socket, which is fine.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")
    import pgserver

    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    # Registered after pgserver's own exit handler, so it runs first (atexit is last in, first out).
    atexit.register(_forget_exited_users, server)
    _ensure_database(server, EMBEDDED_DATABASE_NAME)
    settings = parse_database_url(server.get_uri(EMBEDDED_DATABASE_NAME))
    # Kept on the module so the handle (and with it the server) lives as long
    # as this process.
    _servers.append(server)
    return settings


def _forget_exited_users(server: Any) -> None:
    """Take processes that exited without saying so off pgserver's list of the server's users.

    pgserver stops the server when the last process on its list exits, and a
    process takes itself off only from its exit handlers: one that was killed
    (SIGKILL, a crash) stayed on the list for good, and the server then ran
    until the machine stopped. Reads pgserver 0.1's list and lock, the ones
    its own exit handler uses.
    """
    import psutil

    with server._lock:
        users = server.global_process_id_list.get()
        running = [pid for pid in users if pid == os.getpid() or psutil.pid_exists(pid)]
        if running != users:
            server.global_process_id_list.put(running)


_servers: list[Any] = []


def _ensure_database(server: Any, name: str) -> None:
    import psycopg

    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def _test_database_name(name: str) -> str:
    # Parallel test runs on one server (several checkouts or helpers) each
    # get their own test database.
    suffix = os.getenv("CM_TEST_DB", "")
    return f"test_{name}{'_' + suffix if suffix else ''}"

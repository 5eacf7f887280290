"""Test set-up: one session-wide pair of tenant schemas, role users, clients.

The tenant schemas (acme and globex, look-alike organizations for isolation
tests) are created once per session; each ordinary test runs in a
transaction that is rolled back. Browser and worker tests, which need
committed rows, use `live_tenant` and truncate tenant tables afterwards
instead of Django's flush (which would empty `public`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django_tenants.utils import get_public_schema_name, schema_context

# Playwright's sync API runs an event loop in the test thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

TEST_SCHEMAS = {"acme": "Acme", "globex": "Globex"}
PASSWORD = "correct horse battery staple"
# Tables that hold the schema's structure, not its data: kept by live_tenant.
STRUCTURE_TABLES = {
    "django_migrations",
    "django_content_type",
    "auth_permission",
    "auth_group",
    "auth_group_permissions",
}


def pytest_configure(config: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.DEBUG = False
    # Parallel runs share one Redis: give this run its own key space.
    settings.CACHES["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex[:8]}"
    settings.DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
    # Live-server request threads must close their connections when the
    # request ends, or they outlive the session and block the test database.
    settings.DATABASES["default"]["CONN_MAX_AGE"] = 0
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    # Recordings uploaded by tests land in a throwaway folder, never in the checkout's private_media/.
    recordings = {**settings.STORAGES["recordings"], "BACKEND": "django.core.files.storage.FileSystemStorage"}
    recordings["OPTIONS"] = {"location": tempfile.mkdtemp(prefix="cm-test-recordings-")}
    settings.STORAGES = {**settings.STORAGES, "recordings": recordings}


def pytest_unconfigure(config: Any) -> None:
    location = settings.STORAGES["recordings"].get("OPTIONS", {}).get("location", "")
    if "cm-test-recordings-" in str(location):
        shutil.rmtree(location, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """Create the test organizations' schemas once for the whole session."""
    from django.test.utils import setup_databases, teardown_databases

    from tenants.organizations import create_organization

    created = None
    with django_db_blocker.unblock():
        # pytest-django creates the test database only when a collected test
        # uses `db`; a session of live_tenant tests alone would otherwise run
        # on (and truncate) the development database.
        if connection.settings_dict["NAME"] != connection.settings_dict["TEST"]["NAME"]:
            created = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        for schema_name, name in TEST_SCHEMAS.items():
            create_organization(schema_name=schema_name, name=name, domain=f"{schema_name}.localhost")
    yield
    with django_db_blocker.unblock():
        _end_other_sessions()
        if created is not None:
            teardown_databases(created, verbosity=0)


def _end_other_sessions(wait_seconds: float = 5.0) -> None:
    """Let the processes the tests started (gunicorn, qcluster) leave the test database.

    A killed process's database session ends a moment after the process, and
    DROP DATABASE refuses while one is left; after `wait_seconds` the rest are
    terminated.
    """
    import time

    other_sessions = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    deadline = time.monotonic() + wait_seconds
    with connection.cursor() as cursor:
        while True:
            cursor.execute(f"SELECT count(*) {other_sessions}")
            if not cursor.fetchone()[0]:
                return
            if time.monotonic() > deadline:
                cursor.execute(f"SELECT pg_terminate_backend(pid) {other_sessions}")
                return
            time.sleep(0.1)


@pytest.fixture(autouse=True)
def _tasks_run_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    from django_q.conf import Conf

    monkeypatch.setattr(Conf, "SYNC", True)


def _activate(schema_name: str) -> Any:
    from tenants.models import Organization

    with schema_context(get_public_schema_name()):
        organization = Organization.objects.get(schema_name=schema_name)
    connection.set_tenant(organization)
    return organization


@pytest.fixture
def organization(db: None) -> Iterator[Any]:
    """The acme organization, active for the test."""
    yield _activate("acme")
    connection.set_schema_to_public()


@pytest.fixture
def other_organization(db: None) -> Any:
    """globex: look-alike organization for isolation tests (not activated)."""
    from tenants.models import Organization

    with schema_context(get_public_schema_name()):
        return Organization.objects.get(schema_name="globex")


def _user(role: str) -> Any:
    from tenants.roles import Role
    from tenants.users import create_user

    return create_user(email=f"{role}@acme.test", password=PASSWORD, role=Role(role))


@pytest.fixture
def owner(organization: Any) -> Any:
    return _user("owner")


@pytest.fixture
def admin_user(organization: Any) -> Any:
    return _user("admin")


@pytest.fixture
def builder(organization: Any) -> Any:
    return _user("builder")


@pytest.fixture
def member(organization: Any) -> Any:
    return _user("member")


@pytest.fixture
def client(organization: Any) -> Any:
    """A test client whose requests go to acme's host."""
    from django_tenants.test.client import TenantClient

    return TenantClient(organization)


@pytest.fixture
def api_key(organization: Any) -> tuple[Any, str]:
    from tenants.api_keys import create_api_key
    from tenants.audit import Actor
    from tenants.keys_and_audit.models import AuditEntry

    return create_api_key(name="Test integration", actor=Actor(origin=AuditEntry.Origin.CLI))


@pytest.fixture
def api_client(organization: Any, api_key: tuple[Any, str]) -> Any:
    """A DRF client on acme's host, authenticated with an acme API key."""
    from rest_framework.test import APIClient

    return APIClient(HTTP_HOST="acme.localhost", HTTP_AUTHORIZATION=f"Bearer {api_key[1]}")


@pytest.fixture
def keeps_raw_secrets(organization: Any) -> Iterator[None]:
    """acme with keep_raw_secrets on (messages stored as sent), as the next request's host lookup reads it."""
    from tenants.middleware import forget_cached_hosts
    from tenants.models import Organization

    Organization.objects.filter(pk=organization.pk).update(keep_raw_secrets=True)
    organization.keep_raw_secrets = True
    forget_cached_hosts()
    yield
    # The cached organization would keep the setting for later tests of this process.
    forget_cached_hosts()


@pytest.fixture(scope="session")
def _fake_openai_server() -> Iterator[Any]:
    from customer_memory.tests.fake_openai import start_fake_openai

    state, server = start_fake_openai()
    yield state
    server.shutdown()


@pytest.fixture
def fake_openai(_fake_openai_server: Any, settings: Any) -> Any:
    """Point the real openai client at a local fake server for this test."""
    from customer_memory import llm

    _fake_openai_server.reset()
    # The server is the same for every test; whether it refused `dimensions` is each test's own.
    llm._refuses_dimensions.clear()
    settings.OPENAI_API_KEY = "sk-test-fake"
    settings.OPENAI_BASE_URL = _fake_openai_server.url
    settings.OPENAI_TIMEOUT = 2.0
    return _fake_openai_server


def truncate_tenant_data(schema_name: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", [schema_name])
        tables = [row[0] for row in cursor.fetchall() if row[0] not in STRUCTURE_TABLES]
        if tables:
            cursor.execute(
                "TRUNCATE " + ", ".join(f'"{schema_name}"."{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
            )
        # Rate-limit counts are kept per organization in `public` (tenants.rate_limits).
        cursor.execute("TRUNCATE public.django_q_task, public.django_q_ormq, public.tenants_ratelimitwindow")


@pytest.fixture
def live_tenant(django_db_blocker: Any, django_db_setup: None) -> Iterator[Any]:
    """acme with autocommit, for tests whose rows another thread or process must see."""
    with django_db_blocker.unblock():
        organization = _activate("acme")
        try:
            yield organization
        finally:
            connection.set_schema_to_public()
            for schema_name in TEST_SCHEMAS:
                truncate_tenant_data(schema_name)


@pytest.fixture(scope="session")
def tenant_live_server(django_db_setup: None) -> Iterator[Any]:
    """A live server thread; reach a tenant at http://acme.localhost:<port>."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost:0")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.getenv("CHROMIUM_PATH", "/usr/bin/chromium"),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def base_url(tenant_live_server: Any) -> str:
    """acme's host on the live server."""
    from urllib.parse import urlsplit

    return f"http://acme.localhost:{urlsplit(tenant_live_server.url).port}"


@pytest.fixture
def quiet_page(live_tenant: Any, page: Any) -> Iterator[Any]:
    """The page, left only once its requests are answered.

    live_tenant truncates tables at teardown; a request still running in the
    live server then holds locks and the truncation deadlocks.
    """
    assert connection.settings_dict["NAME"].startswith("test_"), "browser tests must run on a test database"
    yield page
    page.wait_for_load_state("networkidle")

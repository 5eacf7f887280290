"""Deployment and hardening, checked with the production settings.

Production settings are what customer_memory/settings.py builds from the
environment of a deployment (DEBUG=false, SECRET_KEY, ALLOWED_HOSTS):
`check --deploy` runs in a subprocess with exactly that environment; the
HTTP checks apply the same values to the test client. Also: a CSP on every
page with every script under it, CSRF on every form and HTMX post, API keys
stored only as hashes, and no personal data in the logs.
"""

from __future__ import annotations

import json
import logging
import os
import re
import runpy
import secrets
import subprocess
import sys
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.test import Client, override_settings

from conversations.models import Agent, Person
from customer_memory import checks
from tenants.api_keys import create_api_key
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry
from tests.lookalike import World, build_world
from tests.processes import ROOT
from tests.routes import tenant_routes

PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": ".example.com,.localhost",
    # Parsed only: neither `check --deploy` nor these tests connect with it.
    "DATABASE_URL": "postgresql://unused@127.0.0.1:1/unused",
}
SECURITY_SETTINGS = (
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "X_FRAME_OPTIONS",
)


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The security settings a production environment gets."""
    for name in ("REDIS_URL", "SECURE_COOKIES", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    values = runpy.run_path(str(ROOT / "customer_memory" / "settings.py"))
    return {name: values[name] for name in SECURITY_SETTINGS}


def check_deploy(**extra_env: str) -> subprocess.CompletedProcess[str]:
    """`manage.py check --deploy` in a deployment's environment, plus `extra_env`."""
    # None of the test run's own switches (conftest allows Django's async-unsafe
    # calls for Playwright; CI may set REDIS_URL and WEB_CONCURRENCY).
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SECURE_", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL", "WEB_CONCURRENCY"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**env, **PRODUCTION_ENV, **extra_env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = check_deploy()

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_of_a_per_process_cache_under_several_workers():
    several_workers = check_deploy(WEB_CONCURRENCY="4")
    in_gunicorn_arguments = check_deploy(GUNICORN_CMD_ARGS="--bind 0.0.0.0:8000 --workers 3")
    with_redis = check_deploy(WEB_CONCURRENCY="4", REDIS_URL="redis://127.0.0.1:6379/0")
    one_worker = check_deploy(WEB_CONCURRENCY="1")

    assert several_workers.returncode == in_gunicorn_arguments.returncode == 1
    assert "customer_memory.W001" in several_workers.stderr + several_workers.stdout
    assert "4 web workers" in several_workers.stderr + several_workers.stdout
    assert "3 web workers" in in_gunicorn_arguments.stderr + in_gunicorn_arguments.stdout
    assert with_redis.returncode == one_worker.returncode == 0, with_redis.stderr + one_worker.stderr


def settings_built_with(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, Any]:
    """customer_memory/settings.py run afresh in an environment with no RECORDINGS_* but these."""
    for name in [name for name in os.environ if name.startswith("RECORDINGS_")]:
        monkeypatch.delenv(name)
    for name, value in {"DATABASE_URL": PRODUCTION_ENV["DATABASE_URL"], **env}.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "customer_memory" / "settings.py"))


def test_recordings_go_to_the_s3_bucket_the_environment_names(monkeypatch, tmp_path):
    secret = tmp_path / "s3-secret"
    secret.write_text("from-a-file\n")

    built = settings_built_with(
        monkeypatch,
        RECORDINGS_S3_BUCKET="cm-recordings",
        RECORDINGS_S3_ENDPOINT_URL="https://s3.eu-central-1.example.com",
        RECORDINGS_S3_REGION="eu-central-1",
        RECORDINGS_S3_ACCESS_KEY_ID="AKIAEXAMPLE",
        RECORDINGS_S3_SECRET_ACCESS_KEY_FILE=str(secret),
        RECORDINGS_S3_PREFIX="calls",
    )

    assert built["STORAGES"]["recordings"] == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "cm-recordings",
            "endpoint_url": "https://s3.eu-central-1.example.com",
            "region_name": "eu-central-1",
            "access_key": "AKIAEXAMPLE",
            "secret_key": "from-a-file",
            "location": "calls",
            # Private objects, read through the signed-in recording view only; an upload never overwrites.
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
    # The rest of STORAGES is as without a bucket.
    assert built["STORAGES"]["default"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_an_s3_bucket_alone_leaves_the_credentials_to_boto3_and_the_prefix_at_recordings(monkeypatch):
    options = settings_built_with(monkeypatch, RECORDINGS_S3_BUCKET="cm-recordings")["STORAGES"]["recordings"][
        "OPTIONS"
    ]

    assert options["bucket_name"] == "cm-recordings"
    assert options["location"] == "recordings"
    assert options["endpoint_url"] is options["region_name"] is options["access_key"] is options["secret_key"] is None


def test_recordings_stay_in_a_private_folder_without_a_bucket(monkeypatch, tmp_path):
    built = settings_built_with(monkeypatch, RECORDINGS_ROOT=str(tmp_path))

    assert built["STORAGES"]["recordings"] == {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tmp_path, "directory_permissions_mode": 0o700, "file_permissions_mode": 0o600},
    }


def test_a_bucket_without_django_storages_installed_is_a_start_up_error(settings, monkeypatch):
    settings.STORAGES = {
        **settings.STORAGES,
        "recordings": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"bucket_name": "cm-recordings"}},
    }
    monkeypatch.setitem(sys.modules, "storages", None)  # not installed, whatever this machine has

    errors = checks.check_recordings_storage()

    assert [error.id for error in errors] == ["customer_memory.E003"]
    assert "pip install -r requirements-s3.txt" in errors[0].hint
    assert "django-storages[s3]" in (ROOT / "requirements-s3.txt").read_text()

    # django-storages without boto3 says so with ImproperlyConfigured rather than ImportError.
    def without_boto3(path: str) -> Any:
        raise ImproperlyConfigured("Could not load Boto3's S3 bindings. No module named 'boto3'")

    monkeypatch.setattr(checks, "import_string", without_boto3)
    assert [error.id for error in checks.check_recordings_storage()] == ["customer_memory.E003"]
    monkeypatch.undo()

    settings.STORAGES = {**settings.STORAGES, "recordings": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    assert checks.check_recordings_storage() == []


def test_production_redirects_to_https_and_sends_hsts_and_secure_cookies(production, organization, builder):
    assert production["SECURE_HSTS_SECONDS"] >= 31_536_000
    with override_settings(**production):
        plain = Client().get("/login/", HTTP_HOST="acme.localhost")
        health = Client().get("/health/", HTTP_HOST="acme.localhost")
        client = Client()
        page = client.get("/login/", HTTP_HOST="acme.localhost", secure=True)
        signed_in = client.post(
            "/login/",
            {"username": builder.username, "password": "correct horse battery staple"},
            HTTP_HOST="acme.localhost",
            secure=True,
        )
        behind_proxy = Client().get("/login/", HTTP_HOST="acme.localhost", HTTP_X_FORWARDED_PROTO="https")

    assert plain.status_code == 301
    assert plain["Location"] == "https://acme.localhost/login/"
    assert health.status_code == 200  # load balancers probe over plain HTTP
    assert page.status_code == behind_proxy.status_code == 200
    hsts = page["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts
    assert "includeSubDomains" in hsts
    assert page["X-Frame-Options"] == "DENY"
    assert page["X-Content-Type-Options"] == "nosniff"
    assert page.cookies["csrftoken"]["secure"]
    assert signed_in.status_code == 302
    assert signed_in.cookies["sessionid"]["secure"]
    assert signed_in.cookies["sessionid"]["httponly"]


@pytest.fixture
def world(organization: Any) -> World:
    return build_world("acme")


def html_pages(client: Client, world: World, organization: Any) -> list[tuple[str, Any]]:
    pages = []
    for route in tenant_routes():
        if route.area not in {"ui", "admin", "public"} or "GET" not in route.methods:
            continue
        response = client.get(route.url(world.values(route)), HTTP_HOST=world.host)
        connection.set_tenant(organization)
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            pages.append((str(route), response))
    return pages


SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)


def test_every_page_has_a_csp_that_covers_all_its_scripts(world, owner, organization):
    client = Client()
    client.force_login(owner)

    pages = html_pages(client, world, organization)

    assert len(pages) > 10
    for label, response in pages:
        policy = response["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
        assert "'unsafe-inline'" not in directives["script-src"], label
        assert directives["object-src"] == "'none'", label
        assert directives["frame-ancestors"] == "'none'", label
        # django-csp adds the nonce only to pages that used it.
        nonce = re.search(r"'nonce-([^']+)'", directives["script-src"])
        for attributes in SCRIPT_TAG.findall(response.content.decode()):
            # An inline script runs only with this response's nonce; a script
            # file only from this host ('self').
            src = re.search(r'src="([^"]+)"', attributes)
            if src and src.group(1).startswith("/") and not src.group(1).startswith("//"):
                continue
            assert nonce, (label, attributes)
            assert f'nonce="{nonce.group(1)}"' in attributes, (label, attributes)


def test_every_ui_post_without_the_csrf_token_is_refused(world, builder, organization):
    client = Client(enforce_csrf_checks=True)
    client.force_login(builder)
    refused = 0
    for route in tenant_routes():
        if route.area != "ui":
            continue
        url = route.url(world.values(route))
        for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
            with transaction.atomic():
                response = client.post(url, {"value": "changed"}, HTTP_HOST=world.host, **headers)
                transaction.set_rollback(True)
            connection.set_tenant(organization)
            assert response.status_code == 403, f"POST {route} without a CSRF token: {response.status_code}"
            refused += 1
    assert refused > 10


def test_htmx_requests_carry_the_csrf_token_and_are_accepted(world, builder):
    from customer_memory.models import Fact

    client = Client(enforce_csrf_checks=True)
    client.force_login(builder)
    agent, person = world.get(Agent), world.get(Person)
    page = client.get(f"/agents/{agent.public_id}/people/{person.public_id}/", HTTP_HOST=world.host)

    headers = re.search(r"hx-headers='([^']+)'", page.content.decode())
    assert headers, "no hx-headers on the page: HTMX posts would carry no CSRF token"
    token = json.loads(headers.group(1))["x-csrftoken"]
    edited = client.post(
        f"/facts/{world.get(Fact).public_id}/edit/",
        {"value": "edited through htmx"},
        HTTP_HOST=world.host,
        HTTP_HX_REQUEST="true",
        HTTP_X_CSRFTOKEN=token,
    )
    assert edited.status_code == 200
    assert Fact.objects.get(pk=world.get(Fact).pk).value == "edited through htmx"


def all_text_in_the_database() -> str:
    """Every text and JSON value of every table of acme's schema and of public."""
    chunks = []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_schema, table_name, column_name FROM information_schema.columns"
            " WHERE table_schema IN ('acme', 'public')"
            " AND data_type IN ('text', 'character varying', 'jsonb', 'json')"
        )
        for schema, table, column in cursor.fetchall():
            cursor.execute(f'SELECT string_agg("{column}"::text, \' \') FROM "{schema}"."{table}"')
            chunks.append(cursor.fetchone()[0] or "")
    return "\n".join(chunks)


def test_api_keys_are_stored_only_as_hashes(organization):
    _, plain = create_api_key(name="Zendesk", actor=Actor(origin=AuditEntry.Origin.CLI))

    stored = all_text_in_the_database()

    assert plain[:10] in stored  # the prefix, to recognise the key by
    assert plain not in stored
    assert plain[10:] not in stored


def test_no_personal_data_reaches_the_logs(world, builder, fake_openai, caplog, django_capture_on_commit_callbacks):
    caplog.set_level(logging.DEBUG)
    personal = {
        "name": "Zebulon Quirinus",
        "email": "zebulon.quirinus@example.org",
        "phone": "+4915123456789",
        "message": "My secret diagnosis is porphyria and I live at 12 Quince Lane.",
    }
    api = Client(headers={"host": world.host, "authorization": f"Bearer {world.api_key}"})
    agent = world.get(Agent).public_id
    body = {"agent": agent, "channel": "whatsapp", "channelIdentifier": personal["phone"], "role": "customer"}
    ids = {}
    for text in (personal["message"], "I also told you my name."):
        ids = api.post(
            "/api/tenants/me/ingest",
            {**body, "message": text, "name": personal["name"], "email": personal["email"]},
            content_type="application/json",
        ).json()
    api.post("/api/tenants/me/ingest", {**body, "email": personal["email"] + "@"}, content_type="application/json")
    api.get("/api/tenants/me/customers/search", {"q": personal["name"], "limit": "x"})
    api.get(f"/api/tenants/me/customers/{ids['customerId']}/context", {"agent": agent, "query": personal["message"]})
    fake_openai.fail_next(status=500)  # the extraction fails and is logged
    with django_capture_on_commit_callbacks() as callbacks:
        api.post(f"/api/tenants/me/conversations/{ids['conversationId']}/close")
    for callback in callbacks:
        try:
            callback()
        except Exception:  # the failed extraction, re-raised for the queue to retry
            logging.getLogger("test").exception("task failed")
    Client().post("/login/", {"username": personal["email"], "password": "wrong"}, HTTP_HOST=world.host)
    api.get(f"/api/tenants/me/customers/{ids['customerId']}/export")
    api.delete(f"/api/tenants/me/customers/{ids['customerId']}")

    logged = "\n".join(f"{record.getMessage()} {record.exc_text or ''} {record.args}" for record in caplog.records)
    assert caplog.records, "nothing was logged: the check would prove nothing"
    for kind, value in personal.items():
        assert value not in logged, f"the {kind} was logged"
    assert "porphyria" not in logged

"""Tenant isolation: nothing of one organization reaches another.

acme attacks globex with everything it has: its owner's session (the most
powerful role, with the admin) and its API key, on its own host with
globex's object ids, and on globex's host with globex's and its own ids,
for every URL of the URLconf and every method the URL serves. Every attempt
must be refused, no response may carry any of globex's markers, and globex's
tables must see no write at all (PostgreSQL's per-transaction counters
count even writes that were rolled back).
"""

from __future__ import annotations

import collections
import copy
import importlib
import importlib.util
import inspect
import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import pytest
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone
from django_q.models import Task
from django_tenants.utils import schema_context

from conversations.models import Agent, Person
from tenants.middleware import forget_cached_hosts
from tenants.organizations import ensure_public_host
from tests.lookalike import SHARED_NAME, SHARED_PHONE, World, build_world, globex_writes
from tests.routes import (
    Route,
    is_login_redirect,
    probe_body,
    public_routes,
    redirect_path,
    response_text,
    send,
    tenant_routes,
)

PUBLIC_HOST = "localhost"
# An object the admin can't find sends the user back to the admin index.
ADMIN_NOT_FOUND_REDIRECT = "/admin/"


@pytest.fixture
def worlds(organization: Any, other_organization: Any) -> Iterator[tuple[World, World]]:
    acme = build_world("acme")
    globex = build_world("globex")
    connection.set_tenant(organization)
    yield acme, globex
    connection.set_tenant(organization)
    forget_cached_hosts()  # host routes the test may have added are rolled back


def _session_client(world: World) -> Client:
    from django.contrib.auth import get_user_model

    from tests.lookalike import SHARED_USERNAME

    client = Client()
    with schema_context(world.schema_name):
        client.force_login(get_user_model().objects.get(username=SHARED_USERNAME))
    return client


def is_refusal(response: Any) -> bool:
    if response.status_code in {401, 403, 404, 405}:
        return True
    return is_login_redirect(response) or redirect_path(response) == ADMIN_NOT_FOUND_REDIRECT


class Attempts:
    """Sends requests, each in a savepoint that is rolled back, and keeps score."""

    def __init__(self, organization: Any, victim: World) -> None:
        self.organization = organization
        self.victim = victim
        self.count = 0
        self.statuses: collections.Counter[int] = collections.Counter()
        self.failures: list[str] = []

    def send(
        self,
        client: Client,
        route: Route,
        method: str,
        *,
        host: str,
        values: dict[str, str],
        headers: dict[str, str] | None = None,
        query: str = "",
        must_refuse: bool,
    ) -> Any:
        url = route.url(values, query)
        cookies = copy.deepcopy(client.cookies)
        with transaction.atomic():
            response = send(client, route, method, url, host=host, headers=headers, body=probe_body(values))
            # The admin's `<id>/` sends on to `<id>/change/`: judge where it leads.
            for _ in range(3):
                target = redirect_path(response)
                if target is None or is_refusal(response) or not target.startswith(url.split("?")[0]):
                    break
                response = client.get(target, HTTP_HOST=host, **(headers or {}))
            transaction.set_rollback(True)
        client.cookies = cookies
        connection.set_tenant(self.organization)
        self.count += 1
        self.statuses[response.status_code] += 1
        label = f"{method} {host}{url} ({'API key' if headers else 'session'})"
        if response.status_code >= 500:
            self.failures.append(f"{label}: server error {response.status_code}")
        elif must_refuse and not is_refusal(response):
            self.failures.append(f"{label}: not refused ({response.status_code})")
        # Ids the attacker sent may be echoed back; anything else of the
        # victim's may not.
        sent = url + str(probe_body(values))
        leaks = [marker for marker in self.victim.leaks_in(response_text(response)) if marker not in sent]
        if leaks:
            self.failures.append(f"{label}: response contains {self.victim.schema_name}'s {leaks}")
        return response


def _warm_caches(routes: list[Route], globex: World) -> int:
    """globex reads its own data first, so that a cache keyed without the
    organization would now hold globex's answers for acme to find."""
    client = _session_client(globex)
    api_key = {"HTTP_AUTHORIZATION": f"Bearer {globex.api_key}"}
    shown = 0
    for route in routes:
        if "GET" not in route.methods or route.area not in {"ui", "api"}:
            continue
        headers = api_key if route.area == "api" else {}
        response = send(client, route, "GET", route.url(globex.values(route)), host=globex.host, headers=headers)
        if globex.leaks_in(response_text(response)):
            shown += 1
    return shown


def test_acme_gets_nothing_of_globex_through_any_url(worlds, organization):
    acme, globex = worlds
    routes = tenant_routes()
    shown = _warm_caches(routes, globex)
    connection.set_tenant(organization)
    writes_before = globex_writes()
    attempts = Attempts(organization, globex)
    principals = [
        (_session_client(acme), {}),
        (Client(), {"HTTP_AUTHORIZATION": f"Bearer {acme.api_key}"}),
    ]
    searches = urlencode(
        {
            "q": SHARED_NAME,
            "query": SHARED_NAME,
            "search": SHARED_PHONE,
            "agent": _public_id(globex, "conversations.Agent"),
            "customer": _public_id(globex, "conversations.Person"),
            "person": _public_id(globex, "conversations.Person"),
            "conversation": _public_id(globex, "conversations.Conversation"),
        }
    )

    for route in routes:
        acme_values, globex_values = acme.values(route), globex.values(route)
        # Public ids exist in one organization only; admin primary keys are
        # the same in both, so there acme's own twin row answers (allowed:
        # it is acme's), and only the markers are checked.
        names_foreign_rows = acme_values != globex_values
        for client, headers in principals:
            methods = ("GET",) if route.is_public else route.methods
            for method in methods:
                if names_foreign_rows or method == "GET":
                    attempts.send(
                        client,
                        route,
                        method,
                        host=acme.host,
                        values=globex_values,
                        headers=headers,
                        must_refuse=names_foreign_rows and not route.is_public,
                    )
                attempts.send(
                    client,
                    route,
                    method,
                    host=globex.host,
                    values=globex_values,
                    headers=headers,
                    must_refuse=not route.is_public,
                )
                if names_foreign_rows:
                    attempts.send(
                        client,
                        route,
                        method,
                        host=globex.host,
                        values=acme_values,
                        headers=headers,
                        must_refuse=not route.is_public,
                    )
            # Searches and filters naming globex's rows, on acme's own lists.
            if "GET" in methods and (route.area == "api" or not names_foreign_rows):
                attempts.send(
                    client,
                    route,
                    "GET",
                    host=acme.host,
                    values=acme_values,
                    headers=headers,
                    query=searches,
                    must_refuse=False,
                )

    # The operator's host: an organization's credentials mean nothing there.
    ensure_public_host(PUBLIC_HOST)
    operator_routes = public_routes()
    for route in operator_routes:
        for client, headers in principals:
            for method in ("GET",) if route.is_public else route.methods:
                attempts.send(
                    client,
                    route,
                    method,
                    host=PUBLIC_HOST,
                    values=globex.values(route),
                    headers=headers,
                    must_refuse=not route.is_public,
                )

    summary = (
        f"{attempts.count} attempts on {len(routes) + len(operator_routes)} URL patterns; statuses {dict(sorted(attempts.statuses.items()))}; "
        f"globex's own requests showed its data in {shown} responses"
    )
    print(summary)
    assert not attempts.failures, summary + "\n" + "\n".join(attempts.failures[:50])
    assert globex_writes() == writes_before, "an attempt wrote to globex's tables"
    assert shown > 0, "the look-alike data never showed up: the marker check would prove nothing"


def _public_id(world: World, label: str) -> str:
    from django.apps import apps

    return world.get(apps.get_model(label)).public_id


def tenant_tasks() -> list[Any]:
    """Every task of our apps that runs in one organization (tenants.tasks.tenant_task)."""
    from django.apps import apps

    from tenants.tasks import tenant_task

    wrapper_code = tenant_task(lambda: None).__code__
    tasks = []
    for app in apps.get_app_configs():
        if importlib.util.find_spec(f"{app.name}.tasks") is None or app.name.split(".")[0] not in OUR_APPS:
            continue
        module = importlib.import_module(f"{app.name}.tasks")
        tasks += [obj for obj in vars(module).values() if getattr(obj, "__code__", None) is wrapper_code]
    return tasks


OUR_APPS = {"tenants", "conversations", "customer_memory"}


def test_tasks_and_privacy_services_for_acme_never_touch_globex(worlds, organization):
    from conversations.models import Conversation
    from customer_memory.models import Extraction
    from customer_memory.privacy import erase_person, export_person
    from tenants.audit import Actor
    from tenants.keys_and_audit.models import AuditEntry
    from tests.lookalike import PK

    acme, globex = worlds
    idle_since = timezone.now() - timedelta(hours=2)
    for world in worlds:
        with schema_context(world.schema_name):
            # Same primary keys in both: an idle open conversation, and the
            # closed one queued for extraction again.
            Conversation.objects.create(
                pk=PK + 1,
                person=world.get(Person),
                agent=world.get(Agent),
                channel="whatsapp",
                started_at=idle_since,
                last_message_at=idle_since,
                message_count=0,
            )
            Extraction.objects.filter(pk=PK).update(status=Extraction.Status.QUEUED)
    connection.set_tenant(organization)
    writes_before = globex_writes()
    tasks = tenant_tasks()

    for task in tasks:
        parameters = inspect.signature(task.__wrapped__).parameters.values()
        task("acme", *[PK for p in parameters if p.default is inspect.Parameter.empty])
    connection.set_tenant(organization)
    assert Conversation.objects.get(pk=PK + 1).status == Conversation.Status.CLOSED
    assert Extraction.objects.get(pk=PK).status != Extraction.Status.QUEUED
    exported = json.dumps(export_person(acme.get(Person), actor=Actor(origin=AuditEntry.Origin.CLI)), default=str)
    erase_person(acme.get(Person), actor=Actor(origin=AuditEntry.Origin.CLI))

    assert {task.__name__ for task in tasks} >= {"extract_memory", "close_idle_conversations_in_tenant"}
    assert not Conversation.objects.filter(pk=PK + 1).exists()  # erased with its person
    assert globex_writes() == writes_before, "a task or service for acme wrote to globex's tables"
    assert not globex.leaks_in(exported)
    assert acme.marker in exported
    with schema_context("globex"):
        assert Conversation.objects.get(pk=PK + 1).status == Conversation.Status.OPEN
        assert Person.objects.filter(pk=PK).exists()
    assert Task.objects.filter(pk=globex.get(Task).pk).exists()  # globex's failed task survives acme's erasure
    assert not Task.objects.filter(pk=acme.get(Task).pk).exists()

"""Who may open what: every URL of the URLconf x every kind of caller.

The expected outcome comes from DESIGN.md ("Who uses it") and seed 004
("Who can see People & memory"), written down here independently of the
views' decorators:

- UI: Owner, Admin and Builder see agents, People, memory and Chats;
  Members are chat-only and get 403 on every people/memory/chats URL (the
  agents list is the one page they may open); anonymous callers are sent to
  the sign-in page.
- Django admin: Owners and Admins only; everyone else is sent to the admin
  sign-in page.
- API: API keys only. A signed-in user's session is not an API credential
  (401), nor is nothing (401).
- Public pages (sign-in, health check, API schema and docs) open to all.
"""

from __future__ import annotations

import collections
import copy
from typing import Any

import pytest
from django.db import connection, transaction
from django.test import Client

from tenants.roles import RANK, Role
from tests.lookalike import World, build_world
from tests.routes import Route, is_login_redirect, probe_body, redirect_path, send, tenant_routes

# UI pages a Member may open: chat-only users land on the agents list.
MEMBER_PAGES = {"customer_memory:agent_list"}
# UI pages for Owners and Admins only (organization-wide operations, GDPR export and erasure).
STAFF_PAGE_WORDS = ("health", "audit", "api_key", "apikey", "users", "export", "erase")

PRINCIPALS = ("owner", "admin", "builder", "member", "anonymous", "api_key")
ROLE_OF = {"owner": Role.OWNER, "admin": Role.ADMIN, "builder": Role.BUILDER, "member": Role.MEMBER}

ALLOWED, FORBIDDEN, TO_LOGIN, UNAUTHORIZED = "allowed", "403", "sign-in", "401"
# Admin pages Owners and Admins always get (the site index and each app).
ADMIN_ALWAYS = {"admin:index", "admin:app_list"}


def required_ui_role(route: Route) -> Role:
    if route.name in MEMBER_PAGES:
        return Role.MEMBER
    if any(word in route.name for word in STAFF_PAGE_WORDS):
        return Role.ADMIN
    return Role.BUILDER


def expected(route: Route, principal: str) -> str:
    if route.is_public or route.name.endswith("logout"):
        # Signing out is open to anyone, signed in or not.
        return ALLOWED
    if route.area == "api":
        return ALLOWED if principal == "api_key" else UNAUTHORIZED
    role = ROLE_OF.get(principal)
    if route.area == "admin":
        return ALLOWED if role in {Role.OWNER, Role.ADMIN} else TO_LOGIN
    if role is None:
        return TO_LOGIN
    return ALLOWED if RANK[role] >= RANK[required_ui_role(route)] else FORBIDDEN


def outcome(response: Any) -> str:
    if response.status_code == 401:
        return UNAUTHORIZED
    if response.status_code == 403:
        return FORBIDDEN
    if is_login_redirect(response):
        return TO_LOGIN
    return ALLOWED


@pytest.fixture
def world(organization) -> World:
    return build_world("acme")


@pytest.fixture
def principals(world, owner, admin_user, builder, member) -> dict[str, tuple[Client, dict[str, str]]]:
    clients: dict[str, tuple[Client, dict[str, str]]] = {}
    for name, user in {"owner": owner, "admin": admin_user, "builder": builder, "member": member}.items():
        client = Client()
        client.force_login(user)
        clients[name] = (client, {})
    clients["anonymous"] = (Client(), {})
    clients["api_key"] = (Client(), {"HTTP_AUTHORIZATION": f"Bearer {world.api_key}"})
    return clients


def _first(route: Route) -> str:
    """The caller whose answer tells whether a method is served at all."""
    if route.area == "api":
        return "api_key"
    return "owner"


def test_every_url_answers_each_role_as_designed(principals, world, organization):
    host = world.host
    results: collections.Counter[tuple[str, str]] = collections.Counter()
    mismatches: list[str] = []
    checked = 0

    for route in tenant_routes():
        values = world.values(route)
        url = route.url(values)
        # The admin site lets a caller in or not before any view runs, the
        # same for every method; its pages are checked with GET.
        methods = ("GET",) if route.is_public or route.area == "admin" else route.methods
        for method in methods:
            answers: dict[str, Any] = {}
            order = [_first(route)] + [p for p in PRINCIPALS if p != _first(route)]
            for principal in order:
                client, headers = principals[principal]
                cookies = copy.deepcopy(client.cookies)
                with transaction.atomic():
                    response = send(client, route, method, url, host=host, headers=headers, body=probe_body(values))
                    transaction.set_rollback(True)
                client.cookies = cookies
                connection.set_tenant(organization)
                answers[principal] = response
                if principal == order[0] and response.status_code == 405:
                    break  # the URL does not serve this method for anyone
            if answers[order[0]].status_code == 405:
                continue
            for principal, response in answers.items():
                checked += 1
                got, want = outcome(response), expected(route, principal)
                if route.name.endswith("logout") and got == TO_LOGIN:
                    got = ALLOWED  # signed out, then sent to sign in again
                results[(principal, got)] += 1
                label = f"{method} {url} as {principal}"
                if response.status_code >= 500:
                    mismatches.append(f"{label}: server error {response.status_code}")
                elif got != want and not (want == ALLOWED and _admin_object_refusal(route, answers, principal)):
                    mismatches.append(f"{label}: {got} ({response.status_code}), expected {want}")
                elif want == ALLOWED and method == "GET" and response.status_code == 404 and route.area != "admin":
                    mismatches.append(f"{label}: 404 for an existing row (test data out of date?)")

    summary = f"{checked} checks; outcomes {dict(sorted(results.items()))}"
    print(summary)
    assert not mismatches, summary + "\n" + "\n".join(mismatches[:60])
    assert results[("member", FORBIDDEN)] > 0
    assert results[("owner", ALLOWED)] > 0


def _admin_object_refusal(route: Route, answers: dict[str, Any], principal: str) -> bool:
    """Owners and Admins are let into the admin, where a page may still
    refuse an action on a model or a row (adding to the read-only audit log,
    an Admin deleting an Owner): a 403 from inside, not a sign-in."""
    return route.area == "admin" and route.name not in ADMIN_ALWAYS and answers[principal].status_code == 403


def test_member_gets_403_on_people_memory_and_chats_urls(principals, world):
    client, _ = principals["member"]
    people_routes = [route for route in tenant_routes() if route.area == "ui" and route.name not in MEMBER_PAGES]

    statuses = {
        str(route): client.get(route.url(world.values(route)), HTTP_HOST=world.host).status_code
        for route in people_routes
    }

    assert people_routes
    assert set(statuses.values()) == {403}, statuses


def test_anonymous_ui_callers_are_sent_to_sign_in_with_the_page_to_return_to(principals, world):
    client, _ = principals["anonymous"]
    route = next(route for route in tenant_routes() if route.name == "customer_memory:person_list")
    url = route.url(world.values(route))

    response = client.get(url, HTTP_HOST=world.host)

    assert redirect_path(response) == "/login/"
    assert "next=" in response["Location"]

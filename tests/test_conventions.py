"""Conventions that keep access obviously right as URLs are added (STYLE.md 4.4).

Every view reachable by URL carries a visible policy: `@role_required(...)`,
`@public`, a DRF APIView (authenticated by API key, permissions on the class)
or the admin site (its own staff check). HTML views of our apps also say which
HTTP methods they accept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.conf import settings
from django.contrib.admin.sites import all_sites
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.views import APIView

OUR_APPS = ("customer_memory", "conversations", "tenants")


def walk(patterns: list[Any], prefix: str = "", namespaces: tuple[str, ...] = ()) -> Iterator[tuple[str, Any, tuple]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            namespace = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), namespace)
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback, namespaces


def all_views() -> list[tuple[str, Any, tuple]]:
    views = []
    for urlconf in (settings.ROOT_URLCONF, settings.PUBLIC_SCHEMA_URLCONF):
        views += walk(get_resolver(urlconf).url_patterns)
    return views


def is_admin(namespaces: tuple[str, ...]) -> bool:
    """Under an admin site's URLs: the site checks is_staff and model permissions."""
    site_names = {site.name for site in all_sites}
    return any(namespace in site_names for namespace in namespaces)


def is_api_view(callback: Any) -> bool:
    view_class = getattr(callback, "cls", None)
    return isinstance(view_class, type) and issubclass(view_class, APIView)


def policy_of(callback: Any, namespaces: tuple[str, ...]) -> str | None:
    if getattr(callback, "required_role", None) is not None:
        return f"role {callback.required_role}"
    if getattr(callback, "is_public", False):
        return "public"
    if is_api_view(callback):
        return "api"
    if is_admin(namespaces):
        return "admin"
    return None


def wrapped_chain(callback: Callable[..., Any]) -> Iterator[Callable[..., Any]]:
    seen = callback
    while seen is not None:
        yield seen
        seen = getattr(seen, "__wrapped__", None)


def restricts_methods(callback: Callable[..., Any]) -> bool:
    """True when a `require_http_methods` family decorator wraps the view."""
    # functools.wraps copies __qualname__, so look at the code object's.
    return any(
        "require_http_methods" in getattr(getattr(f, "__code__", None), "co_qualname", "")
        for f in wrapped_chain(callback)
    )


def is_our_function_view(callback: Any, namespaces: tuple[str, ...]) -> bool:
    return (
        not is_admin(namespaces)
        and not hasattr(callback, "view_class")
        and not is_api_view(callback)
        and (callback.__module__ or "").split(".")[0] in OUR_APPS
    )


def test_there_are_views_to_check():
    routes = {route for route, _, _ in all_views()}

    assert "agents/<str:agent_id>/people/<str:person_id>/" in routes
    assert "chats/agents/<str:agent_id>/" in routes


def _stable_id(value: object) -> str:
    # Test ids must be the same in every pytest-xdist worker: no object addresses.
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', type(value).__name__)}"
    return str(value)[:80]


@pytest.mark.parametrize(("route", "callback", "namespaces"), all_views(), ids=_stable_id)
def test_every_view_has_a_visible_policy(route, callback, namespaces):
    assert policy_of(callback, namespaces), (
        f"{route} ({callback.__module__}.{callback.__name__}) has no policy: add @role_required(...) or @public"
    )


@pytest.mark.parametrize(
    ("route", "callback"),
    [(route, callback) for route, callback, namespaces in all_views() if is_our_function_view(callback, namespaces)],
    ids=_stable_id,
)
def test_every_html_view_says_which_methods_it_accepts(route, callback):
    assert restricts_methods(callback), f"{route}: add @require_GET, @require_POST or @require_http_methods"


def test_people_and_memory_views_are_closed_to_members():
    from tenants.roles import RANK, Role

    people_routes = [
        (route, callback)
        for route, callback, namespaces in all_views()
        if route.startswith(("agents/", "facts/", "chats/")) and is_our_function_view(callback, namespaces)
    ]

    assert people_routes
    for route, callback in people_routes:
        assert RANK[callback.required_role] >= RANK[Role.BUILDER], route


def test_the_convention_check_catches_a_view_without_a_policy():
    def naked_view(request):
        raise AssertionError

    assert policy_of(naked_view, ()) is None
    assert not restricts_methods(naked_view)

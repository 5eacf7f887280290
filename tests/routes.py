"""Every URL of an organization's host, read from the URLconf at test time.

The isolation and role-matrix suites walk these routes instead of a hand
list, so a URL added later is covered without editing them. Route
parameters are filled from objects of a test organization (see
tests/lookalike.py): the model behind a parameter is read from its name
(`person_id`, `fact_id`, ...) or, in the admin, from the path
(`admin/<app>/<model>/<object_id>/...`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from django.apps import apps
from django.contrib.admin import AdminSite
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter
from django.utils.regex_helper import normalize

TENANT_URLCONF = "customer_memory.urls"
API_PREFIX = "api/"
ADMIN_NAMESPACE = "admin"
UI_METHODS = ("GET", "POST", "DELETE")
ADMIN_METHODS = ("GET", "POST")

# Route parameter name (without `_id`) -> "app_label.ModelName".
PARAM_MODELS = {
    "agent": "conversations.Agent",
    "person": "conversations.Person",
    "customer": "conversations.Person",
    "people": "conversations.Person",
    "contact": "conversations.Contact",
    "conversation": "conversations.Conversation",
    "conv": "conversations.Conversation",
    "chat": "conversations.Conversation",
    "message": "conversations.Message",
    "memory": "customer_memory.Memory",
    "fact": "customer_memory.Fact",
    "episode": "customer_memory.Episode",
    "webhook": "customer_memory.WebhookEndpoint",
    "note": "customer_memory.Note",
    "extraction": "customer_memory.Extraction",
    "knowledge": "customer_memory.KnowledgeEntry",
    "entry": "access.AuditEntry",
    "audit": "access.AuditEntry",
    "auditentry": "access.AuditEntry",
    "key": "access.ApiKey",
    "apikey": "access.ApiKey",
    "api_key": "access.ApiKey",
    "user": "auth.User",
    "group": "auth.Group",
    "task": "django_q.Task",
    "failure": "django_q.Failure",
}
# Values for parameters that name no object.
LITERAL_PARAMS = {"app_label": "conversations", "url": "no-such-page/", "format": "json"}


@dataclass(frozen=True)
class Route:
    path_format: str
    params: tuple[str, ...]
    int_params: frozenset[str]
    name: str
    callback: Any = field(compare=False, repr=False)

    def __str__(self) -> str:
        return f"/{self.path_format % {p: f'<{p}>' for p in self.params}}  [{self.name or 'unnamed'}]"

    @property
    def is_public(self) -> bool:
        return bool(getattr(self.callback, "is_public", False)) or self.is_admin_login

    @property
    def is_admin_login(self) -> bool:
        """An admin site's own sign-in form, open by design."""
        return self.callback.__name__ == "login" and isinstance(getattr(self.callback, "__self__", None), AdminSite)

    @property
    def area(self) -> str:
        """public, api, admin or ui."""
        if self.is_public:
            return "public"
        if self.path_format.startswith(API_PREFIX):
            return "api"
        if self.name.startswith(f"{ADMIN_NAMESPACE}:") or self.path_format.startswith("admin/"):
            return "admin"
        return "ui"

    @property
    def methods(self) -> tuple[str, ...]:
        view_class = getattr(self.callback, "cls", None) or getattr(self.callback, "view_class", None)
        if self.area == "api" and view_class is not None:
            return tuple(
                method.upper()
                for method in view_class.http_method_names
                if method not in {"options", "head", "trace"} and hasattr(view_class, method)
            )
        if self.area == "admin":
            return ADMIN_METHODS
        return UI_METHODS

    def model_of(self, param: str) -> type[models.Model] | None:
        """The model whose row the parameter names, or None for literal parameters."""
        if param in LITERAL_PARAMS:
            return None
        if param == "content_type_id":
            return ContentType
        segments = self.path_format.split("/")
        if self.area == "admin" and len(segments) > 3 and param in {"object_id", "id", "pk"}:
            try:
                return apps.get_model(segments[1], segments[2])
            except LookupError:
                pass
        stem = param.removesuffix("_id").removesuffix("_pk")
        if stem in {"object", "id", "pk"}:
            # `/people/<pk>/` names a person: the segment before the parameter.
            marker = f"%({param})s"
            before = [s for s in self.path_format.split(marker)[0].split("/") if s and "%(" not in s]
            stem = before[-1] if before else stem
        for candidate in (stem, stem.rstrip("s"), stem.removesuffix("es"), stem.replace("_", "")):
            if candidate in PARAM_MODELS:
                if PARAM_MODELS[candidate] == "auth.User":
                    return get_user_model()
                return apps.get_model(PARAM_MODELS[candidate])
        return None

    def url(self, values: dict[str, str], query: str = "") -> str:
        path = "/" + self.path_format % values
        return f"{path}?{query}" if query else path


def _walk(
    patterns: list[Any], prefix: str, params: tuple[str, ...], ints: frozenset[str], namespace: str
) -> Iterator[Route]:
    for pattern in patterns:
        possibilities = normalize(pattern.pattern.regex.pattern)
        fmt, names = max(possibilities, key=lambda possibility: len(possibility[1]))
        converters = getattr(pattern.pattern, "converters", {})
        level_ints = ints | {name for name, conv in converters.items() if isinstance(conv, IntConverter)}
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace or ""]))
            yield from _walk(pattern.url_patterns, prefix + fmt, params + tuple(names), level_ints, inner)
        elif isinstance(pattern, URLPattern):
            name = ":".join(filter(None, [namespace, pattern.name or ""])) if pattern.name else ""
            yield Route(prefix + fmt, params + tuple(names), frozenset(level_ints), name, pattern.callback)


def tenant_routes() -> list[Route]:
    """Every URL pattern of an organization's host, with its full path format."""
    return routes_of(TENANT_URLCONF)


def public_routes() -> list[Route]:
    """Every URL pattern of the public host (the operator's admin, health check)."""
    from django.conf import settings

    return routes_of(settings.PUBLIC_SCHEMA_URLCONF)


def routes_of(urlconf: str) -> list[Route]:
    return list(_walk(get_resolver(urlconf).url_patterns, "", (), frozenset(), ""))


def route_id(route: Route) -> str:
    return route.name or route.path_format


# A body for every write: fields the API and the forms commonly take, so
# that an attempt gets past validation to the object lookup where it can.
def probe_body(values: dict[str, str]) -> dict[str, Any]:
    return {
        "value": "probe value",
        "key": "probe_key",
        "agent": values.get("agent_id", ""),
        "channel": "whatsapp",
        "channelIdentifier": "+84900000001",
        "role": "customer",
        "message": "probe message",
        "name": "Probe",
        "email": "probe@example.com",
        "phone": "+84900000001",
        "memoryEnabled": True,
    }


def send(
    client: Any,
    route: Route,
    method: str,
    url: str,
    *,
    host: str,
    headers: dict[str, str] | None = None,
    body: dict[str, Any] | None = None,
) -> Any:
    """One request through Django's test client."""
    extra = {"HTTP_HOST": host, **(headers or {})}
    if method == "GET":
        return client.get(url, **extra)
    if route.area == "api":
        return client.generic(method, url, json.dumps(body or {}), content_type="application/json", **extra)
    return client.generic(
        method, url, urlencode(body or {}, doseq=True), content_type="application/x-www-form-urlencoded", **extra
    )


def response_text(response: Any) -> str:
    """Body and headers, for looking for data that must not be there."""
    content = b"".join(response.streaming_content) if getattr(response, "streaming", False) else response.content
    headers = "\n".join(f"{name}: {value}" for name, value in response.items())
    return headers + "\n" + content.decode(errors="replace")


LOGIN_PATHS = {"/login/", "/admin/login/"}


def redirect_path(response: Any) -> str | None:
    if response.status_code in {301, 302, 303, 307, 308}:
        return urlsplit(response["Location"]).path
    return None


def is_login_redirect(response: Any) -> bool:
    return redirect_path(response) in LOGIN_PATHS

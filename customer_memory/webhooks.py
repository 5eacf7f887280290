"""Webhooks: telling an organization's own systems when memory changes.

Events are recorded as deliveries (one per subscribed endpoint) in the same
transaction as what they announce, then sent by a django-q2 task after the
commit. A failed send is retried with exponential backoff for 24 hours by a
per-minute schedule; the delivery log keeps status, attempts and last error.

Payloads carry ids, and the keys and values of facts, never transcripts; every
text goes through the secret detector first. Each request is signed with
HMAC-SHA256 over `timestamp + "." + body` (headers `X-CM-Timestamp`,
`X-CM-Signature: v1=<hex>`), so a receiver can check it came from us and is fresh.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import secrets
import socket
import urllib.error
import urllib.request
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django_tenants.utils import schema_context

from conversations.models import Agent, Conversation, Person
from conversations.secrets import Redactor
from customer_memory.models import Fact, WebhookDelivery, WebhookEndpoint
from tenants import audit
from tenants.db import connection
from tenants.keys_and_audit.models import AuditEntry
from tenants.tasks import enqueue_in_tenant

logger = logging.getLogger(__name__)

Event = WebhookEndpoint.Event
RETRY_FOR = timedelta(hours=24)
FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY_INTERVAL = timedelta(hours=2)
TIMEOUT_SECONDS = 10
USER_AGENT = "CustomerMemory-Webhooks/1"


class WebhookError(ValueError):
    """An endpoint that can't be saved, with a message for the user and the field at fault."""

    def __init__(self, message: str, *, field: str = "url") -> None:
        super().__init__(message)
        self.field = field


# --- Endpoints ------------------------------------------------------------------------------------


def check_url(url: str) -> None:
    """Refuse a URL that is not http(s) or whose host resolves to a private, loopback, link-local or otherwise
    non-public address (a webhook must not reach inside our network), unless WEBHOOKS_ALLOW_PRIVATE is set."""
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise WebhookError("Enter an http or https URL.") from None
    host = urlsplit(url).hostname or ""
    if settings.WEBHOOKS_ALLOW_PRIVATE:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)}
    except (socket.gaierror, UnicodeError):
        raise WebhookError(f"The host {host} does not resolve.") from None
    for address in addresses:
        ip = ipaddress.ip_address(str(address).split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise WebhookError(f"The host {host} resolves to a private or reserved address ({ip}).")


@transaction.atomic
def create_endpoint(*, url: str, events: list[str], description: str = "", actor: audit.Actor) -> WebhookEndpoint:
    """A new endpoint with a fresh signing secret (the caller shows it once)."""
    check_url(url)
    unknown = sorted(set(events) - set(Event.values))
    if unknown:
        raise WebhookError(f"Unknown events: {', '.join(unknown)}.", field="events")
    endpoint = WebhookEndpoint.objects.create(
        url=url, events=sorted(set(events)), description=description, secret=f"whsec_{secrets.token_urlsafe(32)}"
    )
    audit.record(
        AuditEntry.Action.WEBHOOK_CREATED,
        actor=actor,
        object_type="webhook",
        object_id=endpoint.public_id,
        changes={"url": endpoint.url, "events": endpoint.events},
    )
    return endpoint


@transaction.atomic
def delete_endpoint(endpoint: WebhookEndpoint, *, actor: audit.Actor) -> None:
    audit.record(
        AuditEntry.Action.WEBHOOK_DELETED,
        actor=actor,
        object_type="webhook",
        object_id=endpoint.public_id,
        changes={"url": endpoint.url},
    )
    endpoint.delete()


# --- Events ---------------------------------------------------------------------------------------


def emit(event: str, data: dict[str, Any], *, person_public_id: str = "") -> list[WebhookDelivery]:
    """Record `event` for every active endpoint that wants it and queue the sends after the commit."""
    endpoints = [endpoint for endpoint in WebhookEndpoint.objects.filter(is_active=True) if endpoint.wants(event)]
    deliveries = []
    for endpoint in endpoints:
        delivery = WebhookDelivery(endpoint=endpoint, event=event, person_public_id=person_public_id)
        delivery.payload = {"id": delivery.public_id, "event": event, "createdAt": _iso(timezone.now()), "data": data}
        delivery.save()
        enqueue_in_tenant("customer_memory.tasks.deliver_webhook", delivery.pk)
        deliveries.append(delivery)
    return deliveries


def fact_values(person: Person, agent: Agent) -> dict[str, str]:
    """What `agent` remembers about `person` as key → value, taken before a change to compare after it."""
    return dict(Fact.objects.filter(memory__person=person, memory__agent=agent).values_list("key", "value"))


def announce_memory_update(
    person: Person, agent: Agent, *, before: dict[str, str], conversation: Conversation | None = None
) -> None:
    """After the commit, announce what changed in `agent`'s memory of `person` since `before` (fact_values()).

    Every service that changes memory calls it (learning, manual fact edits, Clear memory), so the UI, the
    API and the tasks announce alike. The schema is captured now: the commit may happen after the caller
    has left it.
    """
    schema_name, person_id, agent_id = connection.schema_name, person.pk, agent.pk
    conversation_id = conversation.pk if conversation else None

    def announce() -> None:
        with schema_context(schema_name):
            memory_updated(person_id=person_id, agent_id=agent_id, conversation_id=conversation_id, before=before)

    transaction.on_commit(announce)


def memory_updated(*, person_id: int, agent_id: int, conversation_id: int | None, before: dict[str, str]) -> None:
    """Announce what changed in one memory (nothing when nothing changed, or the person is gone)."""
    person = Person.objects.filter(pk=person_id).first()
    agent = Agent.objects.filter(pk=agent_id).first()
    if person is None or agent is None:
        return
    after = fact_values(person, agent)
    redact = Redactor().redact
    added = [{"key": key, "value": redact(value)} for key, value in sorted(after.items()) if key not in before]
    changed = [
        {"key": key, "value": redact(value), "previousValue": redact(before[key])}
        for key, value in sorted(after.items())
        if key in before and before[key] != value
    ]
    removed = [{"key": key} for key in sorted(before) if key not in after]
    if not (added or changed or removed):
        return
    conversation = (
        Conversation.objects.filter(pk=conversation_id).values_list("public_id", flat=True).first()
        if conversation_id is not None
        else None
    )
    emit(
        Event.MEMORY_UPDATED,
        {
            "customerId": person.public_id,
            "agentId": agent.public_id,
            "conversationId": conversation,
            "facts": {"added": added, "changed": changed, "removed": removed},
        },
        person_public_id=person.public_id,
    )


def conversation_closed(conversation: Conversation) -> None:
    person_id = Person.objects.filter(pk=conversation.person_id).values_list("public_id", flat=True).first()
    agent_id = Agent.objects.filter(pk=conversation.agent_id).values_list("public_id", flat=True).first()
    emit(
        Event.CONVERSATION_CLOSED,
        {
            "customerId": person_id,
            "agentId": agent_id,
            "conversationId": conversation.public_id,
            "closedAt": _iso(conversation.closed_at),
            "messageCount": conversation.message_count,
        },
        person_public_id=person_id or "",
    )


def customer_erased(public_id: str) -> None:
    # No person_public_id on this delivery: erasure deletes the deliveries that name the person,
    # and this one must survive to be sent. The id alone is opaque.
    emit(Event.CUSTOMER_ERASED, {"customerId": public_id})


def deliveries_about(public_id: str) -> QuerySet[WebhookDelivery]:
    return WebhookDelivery.objects.filter(person_public_id=public_id)


def forget_person(public_id: str) -> int:
    """Delete the deliveries about a person (their payloads hold fact values); erasure calls it."""
    deleted, _ = deliveries_about(public_id).delete()
    return deleted


# --- Delivery -------------------------------------------------------------------------------------


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"v1={digest}"


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, 8… minutes after each failed attempt, at most 2 hours apart."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), MAX_RETRY_INTERVAL)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect could point at an address check_url() would refuse.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def deliver(delivery_id: int, *, now: datetime | None = None) -> str:
    """Send one due delivery; returns its status. Never raises for the endpoint's failures: the
    schedule retries them with backoff, so django-q2's own retry would only send twice."""
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update(skip_locked=True)
            .select_related("endpoint")
            .filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING)
            .first()
        )
        if delivery is None:
            return "missing"
        now = now or timezone.now()
        if delivery.next_attempt_at > now:
            return delivery.status
        body = json.dumps(delivery.payload, separators=(",", ":"), ensure_ascii=False).encode()
        timestamp = str(int(now.timestamp()))
        endpoint = delivery.endpoint
        delivery.attempts += 1
        try:
            check_url(endpoint.url)  # again: the name may resolve elsewhere now
            request = urllib.request.Request(
                endpoint.url,
                data=body,
                method="POST",
                headers={
                    "Content-Type": "application/json",
                    "User-Agent": USER_AGENT,
                    "X-CM-Event": delivery.event,
                    "X-CM-Delivery": delivery.public_id,
                    "X-CM-Timestamp": timestamp,
                    "X-CM-Signature": sign(endpoint.secret, timestamp, body),
                },
            )
            with _opener.open(request, timeout=TIMEOUT_SECONDS) as response:
                delivery.response_status = response.status
            delivery.status = WebhookDelivery.Status.DELIVERED
            delivery.delivered_at = now
            delivery.last_error = ""
        except Exception as error:  # any failure of the endpoint is logged and retried
            delivery.last_error = _describe(error)[:200]
            if isinstance(error, urllib.error.HTTPError):
                delivery.response_status = error.code
            if now + retry_delay(delivery.attempts) - delivery.created_at > RETRY_FOR:
                delivery.status = WebhookDelivery.Status.FAILED
            else:
                delivery.next_attempt_at = now + retry_delay(delivery.attempts)
            logger.warning("Webhook delivery %s failed: %s", delivery.public_id, delivery.last_error)
        delivery.save()
        return delivery.status


def due_delivery_ids(now: datetime) -> list[int]:
    return list(
        WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:500]
    )


def _describe(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code}"
    if isinstance(error, WebhookError):
        return f"Refused: {error}"
    if isinstance(error, urllib.error.URLError):
        return f"{type(error).__name__}: {type(error.reason).__name__}"
    return type(error).__name__


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None

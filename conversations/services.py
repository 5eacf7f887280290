"""Write workflows on conversations other than storing messages (conversations.ingestion):
close conversations, record a form's contact details.

The API, the UI, the demo command and the scheduled tasks all call these.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Case, CharField, F, Value, When
from django.utils import timezone

from conversations import ingest_item
from conversations.counters import IDENTITY_FIELDS
from conversations.ingest_item import IngestError
from conversations.models import Conversation, Person
from conversations.person_cache import forget_cached_people_on_commit
from conversations.phones import organization_region
from conversations.signals import conversation_closed


def close_conversation(conversation: Conversation, *, now: datetime | None = None) -> Conversation:
    """Close an open conversation and announce it (extraction is queued by the listener).

    Idempotent: closing a closed conversation changes nothing and announces nothing.
    """
    current, _ = _close(conversation.pk, now=now or timezone.now())
    if current is not None:
        conversation.status = current.status
        conversation.closed_at = current.closed_at
    return conversation


def close_idle_conversations(*, now: datetime | None = None) -> int:
    """Close the current schema's open conversations without a message for the idle timeout."""
    now = now or timezone.now()
    cutoff = now - timedelta(minutes=settings.CONVERSATION_IDLE_MINUTES)
    idle = Conversation.objects.open().idle_since(cutoff).order_by("last_message_at").values_list("pk", flat=True)
    closed = 0
    for pk in list(idle):
        # Re-checked under the row lock: a message may have arrived since.
        _, changed = _close(pk, now=now, idle_before=cutoff)
        closed += changed
    return closed


def _person_field(name: str) -> CharField[Any, Any]:
    """One of the person's text fields (name, email, phone)."""
    field = Person._meta.get_field(name)
    assert isinstance(field, CharField)
    return field


def record_form_submission(person: Person, *, name: str = "", email: str = "", phone: str = "") -> Person:
    """Save a form's contact details on the person: only into empty fields, never overwriting.

    Independent of memory: it works whether or not any agent has memory on.
    """
    values = _identity_values(name=name, email=email, phone=phone, region=organization_region())
    if values:
        # Filled in SQL, so a concurrent submission can't overwrite the first one's value.
        changes = {
            key: Case(When(**{key: ""}, then=Value(value)), default=F(key), output_field=_person_field(key))
            for key, value in values.items()
        }
        updated = Person.objects.filter(pk=person.pk).update(**changes, updated_at=timezone.now())
        if updated:
            person.refresh_from_db(fields=[*IDENTITY_FIELDS, "updated_at"])
            forget_cached_people_on_commit([person.pk])
    return person


def _identity_values(*, name: str, email: str, phone: str, region: str | None = None) -> dict[str, str]:
    """A form's non-empty contact details, validated and normalized as an ingest item's."""
    values = ingest_item.contact_details(
        name=str(name or ""), email=str(email or ""), phone=str(phone or ""), region=region
    )
    for key, message in (
        ("name", "The name is too long (200 characters at most)."),
        ("phone", "Enter a valid phone number."),
    ):
        if len(values.get(key, "")) > (_person_field(key).max_length or 0):
            raise IngestError(message, field=key)
    if "email" in values:
        try:
            validate_email(values["email"])
        except ValidationError:
            raise IngestError("Enter a valid email address.", field="email") from None
    return values


# Closing


@transaction.atomic
def _close(pk: int, *, now: datetime, idle_before: datetime | None = None) -> tuple[Conversation | None, bool]:
    conversation = Conversation.objects.select_for_update().filter(pk=pk).first()
    if conversation is None or not conversation.is_open:
        return conversation, False
    if idle_before is not None and conversation.last_message_at >= idle_before:
        return conversation, False
    conversation.status = Conversation.Status.CLOSED
    conversation.closed_at = now
    conversation.save(update_fields=["status", "closed_at"])
    # Inside the transaction: the listener queues its work on commit, so a
    # rolled-back close queues nothing.
    conversation_closed.send(sender=Conversation, conversation=conversation)
    return conversation, True

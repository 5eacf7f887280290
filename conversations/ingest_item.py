"""One message to ingest: its fields, its validation, and the value conversations.ingestion stores.

`MessageIngestSerializer` is the one definition of an ingest item. The API validates a single
message with it and a bulk import with `many=True` (`MessageIngestListSerializer`), the OpenAPI
schema documents it, and `items_from_fields()` runs the services' Python callers (the demo
command, imports, tests) through it too. Every path gets the same rules and the same errors: the
field at fault by its API name and, in a list, the item's position.

A valid item becomes an `IngestItem`, normalized as stored: role aliases resolved, phone-channel
identifiers in E.164, contact details cleaned. Secrets are masked later, by the service that
stores the content (one place for that rule).

Bulk import must keep up with 3,000 messages a second, and does through DRF's own validation, which
replaced a hand-written twin of this serializer (docs/benchmarks.md, "One ingest item"): about 25 ms of
the ~110 ms of CPU a 500-message import costs, once TextField stopped walking every text character by
character in Python.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.utils import timezone
from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail
from rest_framework.settings import api_settings

from conversations.api.fields import AgentIdField, ChannelField, CustomerIdField, EmailAddressField, TextField
from conversations.models import PHONE_CHANNELS, Agent, ChannelType, Message, Person
from conversations.phones import normalize_phone, organization_region

MAX_CONTENT_LENGTH = 20_000
MAX_BATCH_SIZE = 500
# Seed 002's ingest endpoint says "user"; integrations built on OpenAI's
# message format say "assistant".
ROLE_ALIASES = {"user": Message.Role.CUSTOMER, "assistant": Message.Role.AGENT}
# What telephony bridges send for a caller whose number is hidden.
WITHHELD_CALLER_IDS = {"anonymous", "unknown", "restricted", "private", "privatenumber", "withheld", "unavailable"}
SENDER_FIELDS = (("channel", "channel_type"), ("channelIdentifier", "channel_identifier"))
SENDER_REQUIRED = "This field is required (or give customerId)."


class IngestError(ValueError):
    """Input that can't be ingested; `field` names the culprit as the API does (camelCase).

    In a bulk import `index` is the position of the offending item.
    """

    def __init__(self, message: str, *, field: str = "", index: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.index = index


@dataclass
class IngestItem:
    """One validated message to ingest, normalized as stored (the content's secrets are masked when stored)."""

    agent: Agent
    # Named by id instead of by channel identity (seed 002's contact_id).
    customer: Person | None
    channel_type: str
    channel_identifier: str
    role: str
    content: str
    conversation_id: str | None
    external_id: str
    sent_at: datetime
    identity: dict[str, str]
    # The position in a bulk import (None for a single message), to name it in errors.
    index: int | None = None
    is_test_session: bool = False

    @property
    def channel(self) -> tuple[str, str]:
        return (self.channel_type, self.channel_identifier)

    def fail(self, message: str, *, field: str) -> IngestError:
        return IngestError(message, field=field, index=self.index)


def contact_details(*, name: str, email: str, phone: str, region: str | None) -> dict[str, str]:
    """The non-empty contact details, normalized: one-spaced name, lowercase email, E.164 phone when it parses
    (kept as typed otherwise, e.g. a national number without a country code)."""
    details = {"name": " ".join(name.split()), "email": email.strip().lower(), "phone": phone.strip()}
    if details["phone"]:
        details["phone"] = normalize_phone(details["phone"], region=region) or details["phone"]
    return {key: value for key, value in details.items() if value}


class RoleField(serializers.ChoiceField):
    """customer, agent or system; the aliases of seed 002 and OpenAI's format are stored as what they mean."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(choices=[*Message.Role.values, *ROLE_ALIASES], **kwargs)

    def to_internal_value(self, data: Any) -> str:
        role = super().to_internal_value(data)
        return ROLE_ALIASES.get(role, role)


class MessageIngestListSerializer(serializers.ListSerializer):
    """1 to MAX_BATCH_SIZE messages, all-or-nothing; each item knows its position for later errors."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", MAX_BATCH_SIZE)
        kwargs.setdefault("allow_empty", False)
        super().__init__(*args, **kwargs)

    def validate(self, attrs: list[IngestItem]) -> list[IngestItem]:
        for index, item in enumerate(attrs):
            item.index = index
        return attrs


class MessageIngestSerializer(serializers.Serializer):
    agent = AgentIdField(help_text="The agent's id (`agent_...`, from `GET /agents`).")
    customerId = CustomerIdField(
        required=False,
        source="customer",
        help_text="A known customer's id (`cust_...`, seed 002's contact_id) instead of channel and channelIdentifier.",
    )
    channel = ChannelField(
        required=False,
        source="channel_type",
        help_text="Required unless customerId is given. "
        "The channel's slug (`^[a-z][a-z0-9_-]{1,31}$`). Known channels: "
        + ", ".join(ChannelType.values)
        + "; any other slug is accepted as a channel of its own (e.g. your bridge's name). The identifiers of "
        "phone-number channels (" + ", ".join(sorted(PHONE_CHANNELS)) + ") are stored in E.164.",
    )
    channelIdentifier = TextField(
        max_length=255,
        required=False,
        source="channel_identifier",
        help_text="Who the customer is on that channel: phone number, page-scoped id, web visitor id. "
        "Required with channel.",
    )
    role = RoleField(
        help_text="Who wrote the message: customer, agent or system; seed 002's and OpenAI's `user` (the "
        "customer) and `assistant` (the agent) are accepted too and stored as customer and agent.",
    )
    message = TextField(max_length=MAX_CONTENT_LENGTH, source="content")
    conversationId = TextField(
        max_length=64,
        required=False,
        source="conversation_id",
        help_text="Add to this conversation (`conv_...`); by default the customer's open conversation "
        "with the agent, or a new one.",
    )
    messageId = TextField(
        max_length=200,
        required=False,
        source="external_id",
        help_text="Your id for the message. Sending the same messageId again stores nothing new and "
        "returns the same ids (idempotency).",
    )
    sentAt = serializers.DateTimeField(
        required=False,
        source="sent_at",
        default_timezone=UTC,
        help_text="Defaults to now; without an offset, UTC.",
    )
    name = TextField(max_length=200, required=False, allow_blank=True)
    email = EmailAddressField(max_length=254, required=False, allow_blank=True)
    phone = TextField(max_length=32, required=False, allow_blank=True, help_text="Any common format.")

    class Meta:
        list_serializer_class = MessageIngestListSerializer

    def to_internal_value(self, data: Any) -> Any:
        try:
            return super().to_internal_value(data)
        except serializers.ValidationError as error:
            # validate() is skipped when a field fails: name a missing sender among the other errors.
            if isinstance(data, dict) and "customerId" not in data and isinstance(error.detail, dict):
                for name, _ in SENDER_FIELDS:
                    if name not in data:
                        error.detail.setdefault(name, [ErrorDetail(SENDER_REQUIRED, code="required")])
            raise

    def validate(self, attrs: dict[str, Any]) -> IngestItem:  # type: ignore[override]
        """The sender (a customer id, or a channel identity; not both, not neither), normalized as stored."""
        customer = attrs.get("customer")
        given = [name for name, key in SENDER_FIELDS if key in attrs]
        if customer is not None:
            if given:
                raise serializers.ValidationError(
                    {"customerId": "Give either customerId or channel and channelIdentifier, not both."}
                )
            channel_type, identifier = customer.channel_type, customer.channel_identifier
        else:
            for name, key in SENDER_FIELDS:
                if key not in attrs:
                    raise serializers.ValidationError({name: SENDER_REQUIRED})
            channel_type, identifier = attrs["channel_type"], attrs["channel_identifier"]
        region = organization_region()
        number = ""
        if customer is None and channel_type in PHONE_CHANNELS:
            # The same caller's number in another format is still one person; a withheld number
            # identifies no one (else every withheld caller would share one person and one memory).
            number = normalize_phone(identifier, region=region)
            identifier = number or identifier
            if re.sub(r"[^a-z]", "", identifier.lower()) in WITHHELD_CALLER_IDS:
                identifier = ""
        identity = contact_details(
            name=attrs.get("name", ""), email=attrs.get("email", ""), phone=attrs.get("phone", ""), region=region
        )
        if number and "phone" not in identity:
            identity["phone"] = number
        return IngestItem(
            agent=attrs["agent"],
            customer=customer,
            channel_type=channel_type,
            channel_identifier=identifier,
            role=attrs["role"],
            content=attrs["content"],
            conversation_id=attrs.get("conversation_id"),
            external_id=attrs.get("external_id", ""),
            sent_at=attrs.get("sent_at") or timezone.now(),
            identity=identity,
        )


def referenced_ids(data: Any, key: str) -> set[str]:
    """The `key` values (`agent`, `customerId`) of a raw request body (an object or a list of them)."""
    items = data if isinstance(data, list) else [data]
    # A NUL or a lone surrogate can't be sent to PostgreSQL (a 500); such a
    # value is no id, and the serializer then rejects it naming the field.
    return {
        item[key]
        for item in items
        if isinstance(item, dict) and isinstance(item.get(key), str) and _sendable(item[key])
    }


def _sendable(text: str) -> bool:
    if "\x00" in text:
        return False
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


@functools.cache
def api_names() -> dict[str, str]:
    """The services' keyword for each API field (`channel_type` -> `channel`)."""
    return {field.source or name: name for name, field in MessageIngestSerializer().fields.items()}


def items_from_fields(items: list[dict[str, Any]], *, single: bool = False) -> list[IngestItem]:
    """Items given by Python callers, by the services' keyword names (`channel_type`, `content`, an Agent
    and a Person instead of their ids), validated as the API validates them.

    Raises IngestError naming the first invalid field (and, unless `single`, the item's position).
    """
    if len(items) > MAX_BATCH_SIZE:
        raise IngestError(f"Send at most {MAX_BATCH_SIZE} messages per call.", field="messages")
    names = api_names()
    data = []
    for index, fields in enumerate(items):
        position = None if single else index
        if not isinstance(fields, dict):
            raise IngestError("Each message must be an object.", field="messages", index=position)
        if unknown := sorted(set(fields) - set(names)):
            raise IngestError(f"Unknown field {unknown[0]!r}.", field=unknown[0], index=position)
        # None is how a Python caller says "not given".
        data.append({names[key]: value for key, value in fields.items() if value is not None})
    serializer = MessageIngestSerializer(data=data, many=True)
    if not serializer.is_valid():
        raise _first_error(serializer.errors, single=single)
    return serializer.validated_data


def _first_error(errors: Any, *, single: bool) -> IngestError:
    """The first invalid field of a list's errors: `{index: {field: [...]}}` (DRF 3.15) or a list of them."""
    if isinstance(errors, list):
        errors = dict(enumerate(errors))
    items = {key: detail for key, detail in errors.items() if isinstance(key, int) and detail}
    if not items:  # the list itself (empty, too long)
        return IngestError(_text(errors), field="messages")
    index = min(items)
    detail, position = items[index], None if single else index
    if not isinstance(detail, dict):
        return IngestError(_text(detail), field="messages", index=position)
    field, messages = next(iter(detail.items()))
    if field == api_settings.NON_FIELD_ERRORS_KEY:
        field = ""
    return IngestError(_text(messages), field=field, index=position)


def _text(detail: Any) -> str:
    if isinstance(detail, dict):
        detail = next(iter(detail.values()))
    if isinstance(detail, list):
        return " ".join(str(item) for item in detail)
    return str(detail)

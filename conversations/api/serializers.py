"""Shapes of the ingest and conversation endpoints (camelCase JSON, public ids).

Input serializers name their fields as the JSON does and map them with
`source=` onto the keyword arguments of conversations.services, so a view can
pass `validated_data` straight to the service.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework import ISO_8601, serializers
from rest_framework.exceptions import ErrorDetail
from rest_framework.settings import api_settings

from conversations.api import extensions
from conversations.api.pagination import PageQuerySerializer, PaginationSerializer
from conversations.models import (
    PHONE_CHANNELS,
    Agent,
    ChannelType,
    Conversation,
    Message,
    Person,
    validate_channel_slug,
)
from conversations.services import MAX_BATCH_SIZE, MAX_CONTENT_LENGTH, ROLE_ALIASES
from tenants import rows


class OptionalTextField(serializers.CharField):
    """Output only: an empty string is `null` in the JSON."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(allow_null=True, read_only=True, **kwargs)

    def to_representation(self, value: Any) -> str | None:
        return str(value) if value else None


class TextField(serializers.CharField):
    """A JSON string in a request body, held to the schema: numbers, booleans
    and objects are refused instead of coerced, and maxLength counts the text
    as sent, before surrounding whitespace is trimmed."""

    def run_validation(self, data: Any = serializers.empty) -> Any:
        if data is not serializers.empty and data is not None:
            if not isinstance(data, str):
                self.fail("invalid")
            if self.max_length is not None and len(data) > self.max_length:
                self.fail("max_length", max_length=self.max_length)
        return super().run_validation(data)


class EmailAddressField(TextField, serializers.EmailField):
    pass


class ChannelField(TextField):
    """A channel slug: the known channels and any other well-formed one (channels are an open set)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 32)
        kwargs.setdefault("validators", [validate_channel_slug])
        super().__init__(**kwargs)


class FlagField(serializers.BooleanField):
    """true or false in a request body; 0, 1 and "yes" are refused."""

    def to_internal_value(self, data: Any) -> bool:
        if data is True or data is False:
            return data
        self.fail("invalid", input=data)


class WholeNumberField(serializers.IntegerField):
    """A JSON integer in a request body; "5", 5.0 and true are refused."""

    def to_internal_value(self, data: Any) -> int:
        if type(data) is not int:
            self.fail("invalid")
        return super().to_internal_value(data)


class NumberChoiceField(serializers.ChoiceField):
    """One of integer choices in a request body; "30" is refused."""

    def to_internal_value(self, data: Any) -> Any:
        if type(data) is not int:
            self.fail("invalid_choice", input=data)
        return super().to_internal_value(data)


class PublicIdField(TextField):
    """A row's public id in a request, resolved to the row; unknown ids are a 400 naming the field."""

    model: type[Any]
    default_error_messages = {"unknown": "No {name} with this id."}
    name = "object"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 64)
        super().__init__(**kwargs)

    def lookup(self, public_id: str) -> Any:
        return rows.get_by(self.model, "public_id", public_id)

    def run_validation(self, data: Any = serializers.empty) -> Any:
        public_id = super().run_validation(data)
        if public_id is None or public_id is serializers.empty:
            return public_id
        row = self.lookup(public_id)
        if row is None:
            self.fail("unknown", name=self.name)
        return row

    def to_representation(self, value: Any) -> str:
        return getattr(value, "public_id", value)


class AgentIdField(PublicIdField):
    """An agent id (`agent_...`). Looks in `context["agents"]` (public id -> Agent)
    first, so a view can load the agents of a whole bulk request with one query."""

    model = Agent
    name = "agent"

    def lookup(self, public_id: str) -> Any:
        agents = self.context.get("agents")
        return agents.get(public_id) if agents is not None else super().lookup(public_id)


class CustomerIdField(PublicIdField):
    """A customer id (`cust_...`). Looks in `context["customers"]` (public id -> Person) first, as AgentIdField."""

    model = Person
    name = "customer"

    def lookup(self, public_id: str) -> Any:
        customers = self.context.get("customers")
        return customers.get(public_id) if customers is not None else super().lookup(public_id)


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


SENDER_FIELDS = (("channel", "channel_type"), ("channelIdentifier", "channel_identifier"))
SENDER_REQUIRED = "This field is required (or give customerId)."


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
    role = serializers.ChoiceField(
        choices=[Message.Role.CUSTOMER, Message.Role.AGENT, Message.Role.SYSTEM, *ROLE_ALIASES],
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
    sentAt = serializers.DateTimeField(required=False, source="sent_at", help_text="Defaults to now.")
    name = TextField(max_length=200, required=False, allow_blank=True)
    email = EmailAddressField(max_length=254, required=False, allow_blank=True)
    phone = TextField(max_length=32, required=False, allow_blank=True, help_text="Any common format.")

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

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        """The sender: a customer id, or a channel identity; not both, not neither."""
        given = [name for name, key in SENDER_FIELDS if key in attrs]
        if attrs.get("customer") is not None:
            if given:
                raise serializers.ValidationError(
                    {"customerId": "Give either customerId or channel and channelIdentifier, not both."}
                )
            return attrs
        for name, _ in SENDER_FIELDS:
            if name not in given:
                raise serializers.ValidationError({name: SENDER_REQUIRED})
        return attrs


class MessageIngestListSerializer(serializers.ListSerializer):
    """Up to MAX_BATCH_SIZE messages; plain items skip DRF's per-field machinery.

    DRF's generic validation costs more per message than storing it, and
    bulk import must keep up with thousands of messages a second. Items made
    only of plain strings are checked by `quick_validation()`; anything else
    (and every invalid item) goes through the child serializer, which gives
    the errors. `quick_validation()` never accepts what the child would
    reject and returns what the child would (test_api checks both).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("child", MessageIngestSerializer())
        kwargs.setdefault("max_length", MAX_BATCH_SIZE)
        kwargs.setdefault("allow_empty", False)
        super().__init__(*args, **kwargs)

    def run_child_validation(self, data: Any) -> Any:
        validated = self.quick_validation(data)
        return validated if validated is not None else super().run_child_validation(data)

    def quick_validation(self, data: Any) -> dict[str, Any] | None:
        """The child's validated data for `data`, or None to let the child decide."""
        if not isinstance(data, dict):
            return None
        validated: dict[str, Any] = {}
        zone = timezone.get_current_timezone()
        for field in self.child._writable_fields:
            if field.field_name not in data:
                if field.required:
                    return None
                continue
            value = data[field.field_name]
            if isinstance(field, serializers.ChoiceField):
                if type(value) is not str or value not in field.choice_strings_to_values:
                    return None
                value = field.choice_strings_to_values[value]
            elif type(field) in (TextField, EmailAddressField, AgentIdField):
                value = _plain_text(value, field)
                if value is None or (isinstance(field, serializers.EmailField) and value and not _is_email(value)):
                    return None
                if isinstance(field, AgentIdField) and (value := field.lookup(value)) is None:
                    return None
            elif type(field) is serializers.DateTimeField and _iso_input_only(field):
                value = _aware_datetime(value, zone)
                if value is None:
                    return None
            else:
                try:
                    value = field.run_validation(value)
                except serializers.ValidationError:
                    return None
            validated[field.source] = value
        try:
            return self.child.validate(validated)
        except serializers.ValidationError:
            return None


def _is_email(text: str) -> bool:
    try:
        validate_email(text)  # EmailField's validator
    except DjangoValidationError:
        return False
    return True


def _iso_input_only(field: serializers.DateTimeField) -> bool:
    return getattr(field, "input_formats", api_settings.DATETIME_INPUT_FORMATS) == [ISO_8601]


def _aware_datetime(value: Any, zone: Any) -> datetime | None:
    """What DateTimeField returns for an ISO 8601 string with an offset; None for anything else."""
    if type(value) is not str:
        return None
    try:
        parsed = parse_datetime(value)
        return parsed.astimezone(zone) if parsed is not None and parsed.tzinfo is not None else None
    except (ValueError, OverflowError):
        return None


def _plain_text(value: Any, field: serializers.CharField) -> str | None:
    """What CharField.run_validation returns for a string it accepts; None for anything else."""
    if type(value) is not str or (field.max_length is not None and len(value) > field.max_length):
        return None
    text = value.strip() if field.trim_whitespace else value
    if not text:
        return "" if field.allow_blank else None
    if "\x00" in text:
        return None
    try:
        text.encode()  # lone surrogates, which CharField refuses
    except UnicodeEncodeError:
        return None
    return text


class IngestResultSerializer(serializers.Serializer):
    customerId = serializers.CharField(source="person.public_id")
    conversationId = serializers.CharField(source="conversation.public_id")
    messageId = serializers.CharField(source="message.public_id", help_text="Our id of the stored message (`msg_...`).")


class MessageSerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    role = serializers.ChoiceField(choices=Message.Role.choices)
    content = serializers.CharField()
    sentAt = serializers.DateTimeField(source="sent_at")
    externalId = OptionalTextField(source="external_id", help_text="The messageId sent with it, if any.")


class ConversationSerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    customerId = serializers.CharField(source="person.public_id")
    agentId = serializers.CharField(source="agent.public_id")
    channel = serializers.CharField(help_text="The channel's slug, e.g. whatsapp or pancake.")
    status = serializers.ChoiceField(choices=Conversation.Status.choices)
    startedAt = serializers.DateTimeField(source="started_at")
    lastMessageAt = serializers.DateTimeField(source="last_message_at")
    closedAt = serializers.DateTimeField(source="closed_at", allow_null=True)
    messageCount = serializers.IntegerField(source="message_count")

    def get_fields(self) -> dict[str, serializers.Field]:
        # Fields the apps above register (conversations.api.extensions), e.g. customer_memory's memoryStatus.
        return {**super().get_fields(), **extensions.extra_fields()}


class ConversationDetailSerializer(ConversationSerializer):
    messages = MessageSerializer(many=True, source="messages.all")


class ConversationListQuerySerializer(PageQuerySerializer):
    customer = CustomerIdField(help_text="The customer's id (`cust_...`).")


class ConversationListSerializer(serializers.Serializer):
    data = ConversationSerializer(many=True)
    pagination = PaginationSerializer()


class RecordingUploadSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text="The audio: MP3, WAV, Ogg, M4A or WebM, recognised by its content; at most "
        "RECORDING_MAX_BYTES (50 MB unless configured)."
    )


class RecordingSerializer(serializers.Serializer):
    conversationId = serializers.CharField(source="conversation.public_id")
    contentType = serializers.CharField(source="content_type", help_text="As recognised from the content.")
    size = serializers.IntegerField(help_text="Bytes.")
    durationSeconds = serializers.FloatField(
        source="duration_seconds", allow_null=True, help_text="Known for WAV; null for compressed formats."
    )
    uploadedAt = serializers.DateTimeField(source="uploaded_at")


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField(
        help_text="VALIDATION_ERROR, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, "
        "CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, RATE_LIMITED or INTERNAL_ERROR."
    )
    message = serializers.CharField()
    fields = serializers.DictField(
        child=serializers.CharField(),
        help_text="Each invalid field (camelCase; `[3].email` is item 3 of a list) and what is wrong with it.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()

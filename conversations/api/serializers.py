"""Shapes of the ingest and conversation endpoints (camelCase JSON, public ids).

Input serializers name their fields as the JSON does and map them with
`source=` onto the keyword arguments of conversations.services, so a view can
pass `validated_data` straight to the service.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from conversations.api.pagination import PageQuerySerializer, PaginationSerializer
from conversations.models import Agent, ChannelType, Conversation, Message, Person
from conversations.services import MAX_BATCH_SIZE, MAX_CONTENT_LENGTH


class OptionalTextField(serializers.CharField):
    """Output only: an empty string is `null` in the JSON."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(allow_null=True, read_only=True, **kwargs)

    def to_representation(self, value: Any) -> str | None:
        return str(value) if value else None


class PublicIdField(serializers.CharField):
    """A row's public id in a request, resolved to the row; unknown ids are a 400 naming the field."""

    model: type[Any]
    default_error_messages = {"unknown": "No {name} with this id."}
    name = "object"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 64)
        super().__init__(**kwargs)

    def lookup(self, public_id: str) -> Any:
        return self.model.objects.filter(public_id=public_id).first()

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
    model = Person
    name = "customer"


def referenced_agent_ids(data: Any) -> set[str]:
    """The `agent` values of a raw request body (an object or a list of them)."""
    items = data if isinstance(data, list) else [data]
    return {item["agent"] for item in items if isinstance(item, dict) and isinstance(item.get("agent"), str)}


class MessageIngestSerializer(serializers.Serializer):
    agent = AgentIdField(help_text="The agent's id (`agent_...`, from `GET /agents`).")
    channel = serializers.ChoiceField(choices=ChannelType.choices, source="channel_type")
    channelIdentifier = serializers.CharField(
        max_length=255,
        source="channel_identifier",
        help_text="Who the customer is on that channel: phone number, page-scoped id, web visitor id.",
    )
    role = serializers.ChoiceField(choices=[Message.Role.CUSTOMER, Message.Role.AGENT])
    message = serializers.CharField(max_length=MAX_CONTENT_LENGTH, source="content")
    conversationId = serializers.CharField(
        max_length=64,
        required=False,
        source="conversation_id",
        help_text="Add to this conversation (`conv_...`); by default the customer's open conversation "
        "with the agent, or a new one.",
    )
    messageId = serializers.CharField(
        max_length=200,
        required=False,
        source="external_id",
        help_text="Your id for the message. Sending the same messageId again stores nothing new and "
        "returns the same ids (idempotency).",
    )
    sentAt = serializers.DateTimeField(required=False, source="sent_at", help_text="Defaults to now.")
    name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    email = serializers.EmailField(max_length=254, required=False, allow_blank=True)
    phone = serializers.CharField(max_length=32, required=False, allow_blank=True, help_text="Any common format.")


class MessageIngestListSerializer(serializers.ListSerializer):
    child = MessageIngestSerializer()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("child", MessageIngestSerializer())
        kwargs.setdefault("max_length", MAX_BATCH_SIZE)
        kwargs.setdefault("allow_empty", False)
        super().__init__(*args, **kwargs)


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
    channel = serializers.ChoiceField(choices=ChannelType.choices)
    status = serializers.ChoiceField(choices=Conversation.Status.choices)
    startedAt = serializers.DateTimeField(source="started_at")
    lastMessageAt = serializers.DateTimeField(source="last_message_at")
    closedAt = serializers.DateTimeField(source="closed_at", allow_null=True)
    messageCount = serializers.IntegerField(source="message_count")


class ConversationDetailSerializer(ConversationSerializer):
    messages = MessageSerializer(many=True, source="messages.all")


class ConversationListQuerySerializer(PageQuerySerializer):
    customer = CustomerIdField(help_text="The customer's id (`cust_...`).")


class ConversationListSerializer(serializers.Serializer):
    data = ConversationSerializer(many=True)
    pagination = PaginationSerializer()


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

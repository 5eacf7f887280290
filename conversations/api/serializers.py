"""Shapes of the ingest results and conversation endpoints (camelCase JSON, public ids).

The ingest item itself is defined (and validated) once, in conversations.ingest_item.
"""

from __future__ import annotations

from rest_framework import serializers

from conversations.api import extensions
from conversations.api.fields import CustomerIdField, OptionalTextField
from conversations.api.pagination import PageQuerySerializer, PaginationSerializer
from conversations.models import Conversation, Message


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
    data = ConversationSerializer(many=True)  # type: ignore[assignment]  # a field named like Serializer.data
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
    fields = serializers.DictField(  # type: ignore[assignment]  # a field named like Serializer.fields
        child=serializers.CharField(),
        help_text="Each invalid field (camelCase; `[3].email` is item 3 of a list) and what is wrong with it.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()

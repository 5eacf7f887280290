"""API views of ingestion and conversations: parse, call conversations.ingestion and conversations.services, serialize.

API keys act for their whole organization (the host chose the schema), so
lookups here need no role checks; errors are raised and turned into the
envelope by customer_memory.api.exceptions.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.utils import OpenApiExample, PolymorphicProxySerializer, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from conversations import ingestion, recordings, services
from conversations.api import extensions
from conversations.api.schema import error_responses
from conversations.api.serializers import (
    ConversationDetailSerializer,
    ConversationListQuerySerializer,
    ConversationListSerializer,
    ConversationSerializer,
    IngestResultSerializer,
    RecordingSerializer,
    RecordingUploadSerializer,
)
from conversations.ingest_item import MessageIngestSerializer, referenced_ids
from conversations.keyset import paginate
from conversations.models import Agent, Conversation, Person

INGEST_EXAMPLE = {
    "agent": "agent_01jd0v6k3m8x2q4r5s6t7u8v9w",
    "channel": "whatsapp",
    "channelIdentifier": "+84912345678",
    "role": "customer",
    "message": "Hi, my polo shirt has a torn seam. Can I exchange it?",
    "messageId": "wamid.HBgLODQ5MTIzNDU2NzgVAgASGBQzQUI",
    "sentAt": "2026-03-12T10:00:00Z",
    "name": "Nguyen Van A",
}
INGEST_RESULT_EXAMPLE = {
    "customerId": "cust_01jd0v7a8b9c0d1e2f3g4h5j6k",
    "conversationId": "conv_01jd0v7a8b9c0d1e2f3g4h5j6m",
    "messageId": "msg_01jd0v7a8b9c0d1e2f3g4h5j6n",
}
CONVERSATION_EXAMPLE = {
    "id": "conv_01jd0v7a8b9c0d1e2f3g4h5j6m",
    "customerId": "cust_01jd0v7a8b9c0d1e2f3g4h5j6k",
    "agentId": "agent_01jd0v6k3m8x2q4r5s6t7u8v9w",
    "channel": "whatsapp",
    "status": "closed",
    "startedAt": "2026-03-12T10:00:00Z",
    "lastMessageAt": "2026-03-12T10:05:00Z",
    "closedAt": "2026-03-12T10:20:00Z",
    "messageCount": 2,
    "memoryStatus": {"status": "learned", "reason": None, "attempts": 1, "nextAttemptAt": None},
}
MESSAGE_EXAMPLES = [
    {
        "id": "msg_01jd0v7a8b9c0d1e2f3g4h5j6n",
        "role": "customer",
        "content": "Hi, my polo shirt has a torn seam. Can I exchange it?",
        "sentAt": "2026-03-12T10:00:00Z",
        "externalId": "wamid.HBgLODQ5MTIzNDU2NzgVAgASGBQzQUI",
    },
    {
        "id": "msg_01jd0v7a8b9c0d1e2f3g4h5j6p",
        "role": "agent",
        "content": "Sorry about that! I have started an exchange for you.",
        "sentAt": "2026-03-12T10:05:00Z",
        "externalId": None,
    },
]


def get_conversation_for_api(conversation_id: str, queryset: Any = None) -> Conversation:
    queryset = Conversation.objects.select_related("person", "agent") if queryset is None else queryset
    conversation = extensions.annotate_conversations(queryset).filter(public_id=conversation_id).first()
    if conversation is None:
        raise NotFound("Conversation does not exist")
    return conversation


class MessageIngestView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="ingest_messages",
        summary="Ingest a message, or up to 500 messages",
        description="Stores the message in the customer's open conversation with the agent (creating the "
        "customer and the conversation when needed) and answers 202. Memory is learned after the "
        "conversation closes. Send a JSON list of up to 500 messages for bulk import; the answer is then a "
        "list of results in the same order. The same `messageId` sent twice stores one message and returns "
        "the same ids.",
        request=PolymorphicProxySerializer(
            component_name="Ingest",
            serializers=[MessageIngestSerializer, MessageIngestSerializer(many=True)],
            resource_type_field_name=None,
            many=False,
        ),
        responses={
            202: PolymorphicProxySerializer(
                component_name="IngestResponse",
                serializers=[IngestResultSerializer, IngestResultSerializer(many=True)],
                resource_type_field_name=None,
                many=False,
            ),
            **error_responses(400, 413),
        },
        examples=[
            OpenApiExample("One message", value=INGEST_EXAMPLE, request_only=True),
            OpenApiExample("Stored", value=INGEST_RESULT_EXAMPLE, response_only=True, status_codes=[202]),
            OpenApiExample(
                "Invalid field",
                value={
                    "error": {
                        "code": "VALIDATION_ERROR",
                        "message": "Invalid input: channelIdentifier.",
                        "fields": {"channelIdentifier": "This field is required."},
                    }
                },
                response_only=True,
                status_codes=[400],
            ),
        ],
        tags=["ingest"],
    )
    def post(self, request: Request) -> Response:
        # One query for every agent (and customer) the body names, however many messages.
        context = {
            "agents": Agent.objects.in_bulk(referenced_ids(request.data, "agent"), field_name="public_id"),
            "customers": Person.objects.in_bulk(referenced_ids(request.data, "customerId"), field_name="public_id"),
        }
        many = isinstance(request.data, list)
        serializer = MessageIngestSerializer(data=request.data, many=many, context=context)
        serializer.is_valid(raise_exception=True)
        results = ingestion.ingest_items(serializer.validated_data if many else [serializer.validated_data])
        body = IngestResultSerializer(results, many=True).data if many else IngestResultSerializer(results[0]).data
        return Response(body, status=status.HTTP_202_ACCEPTED)


class ConversationListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="list_conversations",
        summary="A customer's conversations, most recent first",
        parameters=[ConversationListQuerySerializer],
        responses={200: ConversationListSerializer, **error_responses(400)},
        examples=[
            OpenApiExample(
                "A page",
                value={
                    "data": [CONVERSATION_EXAMPLE],
                    "pagination": {"limit": 20, "hasMore": False, "nextCursor": None},
                },
                response_only=True,
            )
        ],
        tags=["conversations"],
    )
    def get(self, request: Request) -> Response:
        query = ConversationListQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        page = paginate(
            extensions.annotate_conversations(
                Conversation.objects.filter(person=query.validated_data["customer"]).select_related("person", "agent")
            ),
            field="last_message_at",
            limit=query.validated_data["limit"],
            cursor=query.validated_data.get("cursor"),
        )
        return Response({"data": ConversationSerializer(page.rows, many=True).data, "pagination": page.pagination()})


class ConversationDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="get_conversation",
        summary="A conversation with its messages",
        responses={200: ConversationDetailSerializer, **error_responses(404)},
        examples=[
            OpenApiExample(
                "A conversation", value={**CONVERSATION_EXAMPLE, "messages": MESSAGE_EXAMPLES}, response_only=True
            )
        ],
        tags=["conversations"],
    )
    def get(self, request: Request, conversation_id: str) -> Response:
        conversation = get_conversation_for_api(
            conversation_id, Conversation.objects.select_related("person", "agent").prefetch_related("messages")
        )
        return Response(ConversationDetailSerializer(conversation).data)


class ConversationCloseView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="close_conversation",
        summary="Close a conversation and queue memory extraction",
        description="Idempotent: closing a closed conversation changes nothing. Extraction runs in the "
        "background (when the agent's memory is on and the customer sent at least 2 messages).",
        request=None,
        responses={202: ConversationSerializer, **error_responses(404)},
        examples=[OpenApiExample("Closed", value=CONVERSATION_EXAMPLE, response_only=True, status_codes=[202])],
        tags=["conversations"],
    )
    def post(self, request: Request, conversation_id: str) -> Response:
        services.close_conversation(get_conversation_for_api(conversation_id))
        # Read again: closing changed what the registered fields (memoryStatus) say.
        conversation = get_conversation_for_api(conversation_id)
        return Response(ConversationSerializer(conversation).data, status=status.HTTP_202_ACCEPTED)


# Room for the multipart framing around the file before a body counts as too large unread.
MULTIPART_OVERHEAD = 64 * 1024


class ConversationRecordingView(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="upload_conversation_recording",
        summary="Attach the call recording of a conversation",
        description="Send the audio as `multipart/form-data` in the field `file`: MP3, WAV, Ogg, M4A or WebM, "
        "recognised by the file's content (its name and declared type are not trusted), at most "
        "RECORDING_MAX_BYTES (50 MB unless configured). A conversation has one recording: a new upload "
        "replaces the old one. Staff play it in the conversation's thread; it is part of the customer's "
        "export and is deleted with the customer.",
        request={"multipart/form-data": RecordingUploadSerializer},
        responses={201: RecordingSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample(
                "Stored",
                value={
                    "conversationId": "conv_01jd0v7a8b9c0d1e2f3g4h5j6m",
                    "contentType": "audio/mpeg",
                    "size": 482133,
                    "durationSeconds": None,
                    "uploadedAt": "2026-03-12T10:21:00Z",
                },
                response_only=True,
                status_codes=[201],
            ),
            OpenApiExample(
                "Not audio",
                value={
                    "error": {
                        "code": "VALIDATION_ERROR",
                        "message": "Invalid input: file.",
                        "fields": {"file": "This is not an audio file we can play: send MP3, WAV, Ogg, M4A or WebM."},
                    }
                },
                response_only=True,
                status_codes=[400],
            ),
        ],
        tags=["conversations"],
    )
    def post(self, request: Request, conversation_id: str) -> Response:
        conversation = get_conversation_for_api(conversation_id, Conversation.objects.all())
        if not (request.content_type or "").startswith("multipart/form-data"):
            raise ValidationError({"file": "Send the recording as multipart/form-data, in a field named file."})
        try:
            length = int(request.headers.get("content-length") or 0)
        except ValueError:
            length = 0
        if length > settings.RECORDING_MAX_BYTES + MULTIPART_OVERHEAD:
            # Refused before the body is read.
            raise ValidationError({"file": recordings.too_large_message(length)})
        upload = RecordingUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        recording = recordings.attach_recording(conversation, upload=upload.validated_data["file"])
        return Response(RecordingSerializer(recording).data, status=status.HTTP_201_CREATED)

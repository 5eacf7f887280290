"""API views of agent knowledge (issue 18): entries, their versions, approval, feedback, import and export.

As every API view: parse, call customer_memory.knowledge (which keeps every version and writes the audit
log), serialize; errors become the envelope in customer_memory.api.exceptions.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from conversations.api.schema import error_responses
from conversations.keyset import paginate
from conversations.models import Agent
from customer_memory import knowledge
from customer_memory.api import examples
from customer_memory.api.knowledge_serializers import (
    KnowledgeCreateSerializer,
    KnowledgeEntryDetailSerializer,
    KnowledgeEntrySerializer,
    KnowledgeFeedbackSerializer,
    KnowledgeImportedSerializer,
    KnowledgeImportSerializer,
    KnowledgeListSerializer,
    KnowledgeQuerySerializer,
    KnowledgeRevertSerializer,
    KnowledgeUpdateSerializer,
)
from customer_memory.api.views import api_actor, get_agent
from customer_memory.models import KnowledgeEntry


def get_knowledge_entry(agent: Agent, knowledge_id: str) -> KnowledgeEntry:
    """An entry of this agent only: another agent's entry id is a 404."""
    entry = KnowledgeEntry.objects.select_related("agent").filter(agent=agent, public_id=knowledge_id).first()
    if entry is None:
        raise NotFound("Knowledge entry does not exist")
    return entry


def import_errors(error: knowledge.KnowledgeImportError) -> ValidationError:
    """Each bad row and field as `rows[3].title` (row 0: the CSV header); nothing was saved."""
    fields: dict[str, list[str]] = {}
    for item in error.errors:
        name = "entries" if item["row"] is None else f"rows[{item['row']}]"
        if item["field"]:
            name = f"{name}.{item['field']}"
        fields.setdefault(name, []).append(item["message"])
    return ValidationError(fields)


KNOWLEDGE_TAGS = ["knowledge"]


class KnowledgeListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="list_knowledge",
        summary="An agent's knowledge entries, most recently changed first",
        description="Filter by words (`q`), `status` and `tag`. Cursor pagination: pass `pagination.nextCursor` as "
        "`cursor` for the next page.",
        parameters=[KnowledgeQuerySerializer],
        responses={200: KnowledgeListSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample(
                "A page",
                value={
                    "data": [examples.KNOWLEDGE_ENTRY],
                    "pagination": {"limit": 20, "hasMore": False, "nextCursor": None},
                },
                response_only=True,
            )
        ],
        tags=KNOWLEDGE_TAGS,
    )
    def get(self, request: Request, agent_id: str) -> Response:
        agent = get_agent(agent_id)
        query = KnowledgeQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        entries = knowledge.search(
            agent,
            query=query.validated_data["q"],
            status=query.validated_data.get("status", ""),
            tag=query.validated_data.get("tag", ""),
        )
        page = paginate(
            entries, field="updated_at", limit=query.validated_data["limit"], cursor=query.validated_data.get("cursor")
        )
        return Response({"data": KnowledgeEntrySerializer(page.rows, many=True).data, "pagination": page.pagination()})

    @extend_schema(
        operation_id="create_knowledge",
        summary="Write a knowledge entry",
        description="Approved by default: it can reach the agent's contexts at once. Audited, with version 1.",
        request=KnowledgeCreateSerializer,
        responses={201: KnowledgeEntryDetailSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample(
                "An entry",
                value={key: examples.KNOWLEDGE_ENTRY[key] for key in ("title", "problem", "resolution", "tags")},
                request_only=True,
            ),
            OpenApiExample("Created", value=examples.KNOWLEDGE_ENTRY_DETAIL, response_only=True, status_codes=[201]),
        ],
        tags=KNOWLEDGE_TAGS,
    )
    def post(self, request: Request, agent_id: str) -> Response:
        agent = get_agent(agent_id)
        serializer = KnowledgeCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        entry = knowledge.create_entry(agent, actor=api_actor(request), **serializer.validated_data)
        return Response(KnowledgeEntryDetailSerializer(entry).data, status=status.HTTP_201_CREATED)


class KnowledgeDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="get_knowledge",
        summary="A knowledge entry with its versions",
        responses={200: KnowledgeEntryDetailSerializer, **error_responses(404)},
        examples=[OpenApiExample("Entry", value=examples.KNOWLEDGE_ENTRY_DETAIL, response_only=True)],
        tags=KNOWLEDGE_TAGS,
    )
    def get(self, request: Request, agent_id: str, knowledge_id: str) -> Response:
        entry = get_knowledge_entry(get_agent(agent_id), knowledge_id)
        return Response(KnowledgeEntryDetailSerializer(entry).data)

    @extend_schema(
        operation_id="update_knowledge",
        summary="Edit a knowledge entry",
        description="Each change is kept as a new version (who and when) and audited.",
        request=KnowledgeUpdateSerializer,
        responses={200: KnowledgeEntryDetailSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample("New resolution", value={"resolution": "Update the app to 4.2."}, request_only=True),
            OpenApiExample("Updated", value=examples.KNOWLEDGE_ENTRY_DETAIL, response_only=True),
        ],
        tags=KNOWLEDGE_TAGS,
    )
    def patch(self, request: Request, agent_id: str, knowledge_id: str) -> Response:
        entry = get_knowledge_entry(get_agent(agent_id), knowledge_id)
        serializer = KnowledgeUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        entry = knowledge.edit_entry(entry, actor=api_actor(request), **serializer.validated_data)
        return Response(KnowledgeEntryDetailSerializer(entry).data)


def _knowledge_action_schema(operation_id: str, summary: str, description: str) -> Any:
    return extend_schema(
        operation_id=operation_id,
        summary=summary,
        description=description,
        request=None,
        responses={200: KnowledgeEntryDetailSerializer, **error_responses(404)},
        examples=[OpenApiExample("Entry", value=examples.KNOWLEDGE_ENTRY_DETAIL, response_only=True)],
        tags=KNOWLEDGE_TAGS,
    )


class KnowledgeApproveView(APIView):
    permission_classes = [IsAuthenticated]

    @_knowledge_action_schema(
        "approve_knowledge",
        "Approve a knowledge entry",
        "A proposed (or retired) entry becomes approved: it can reach contexts from now on, and its retention "
        "counts from now. Audited, as a new version.",
    )
    def post(self, request: Request, agent_id: str, knowledge_id: str) -> Response:
        entry = get_knowledge_entry(get_agent(agent_id), knowledge_id)
        return Response(KnowledgeEntryDetailSerializer(knowledge.approve_entry(entry, actor=api_actor(request))).data)


class KnowledgeRetireView(APIView):
    permission_classes = [IsAuthenticated]

    @_knowledge_action_schema(
        "retire_knowledge",
        "Retire a knowledge entry",
        "Out of every context, kept with its versions; a retired problem is not proposed again. Audited.",
    )
    def post(self, request: Request, agent_id: str, knowledge_id: str) -> Response:
        entry = get_knowledge_entry(get_agent(agent_id), knowledge_id)
        return Response(KnowledgeEntryDetailSerializer(knowledge.retire_entry(entry, actor=api_actor(request))).data)


class KnowledgeRevertView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="revert_knowledge",
        summary="Bring back an earlier version of a knowledge entry",
        description="The title, problem, resolution and tags of `version` come back as a new version; the status "
        "is unchanged. Audited.",
        request=KnowledgeRevertSerializer,
        responses={200: KnowledgeEntryDetailSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample("Version 1", value={"version": 1}, request_only=True),
            OpenApiExample("Reverted", value=examples.KNOWLEDGE_ENTRY_DETAIL, response_only=True),
        ],
        tags=KNOWLEDGE_TAGS,
    )
    def post(self, request: Request, agent_id: str, knowledge_id: str) -> Response:
        entry = get_knowledge_entry(get_agent(agent_id), knowledge_id)
        serializer = KnowledgeRevertSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        entry = knowledge.revert_entry(entry, number=serializer.validated_data["version"], actor=api_actor(request))
        return Response(KnowledgeEntryDetailSerializer(entry).data)


class KnowledgeFeedbackView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="knowledge_feedback",
        summary="Report whether a knowledge entry helped",
        description="After a reply that used an entry of the context's `knowledge` list: `helped` true or false. "
        "The counts show in the Knowledge tab and weigh the entry's rank in later contexts.",
        request=KnowledgeFeedbackSerializer,
        responses={200: KnowledgeEntrySerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample("Helped", value={"helped": True}, request_only=True),
            OpenApiExample("Counted", value=examples.KNOWLEDGE_ENTRY, response_only=True),
        ],
        tags=KNOWLEDGE_TAGS,
    )
    def post(self, request: Request, agent_id: str, knowledge_id: str) -> Response:
        entry = get_knowledge_entry(get_agent(agent_id), knowledge_id)
        serializer = KnowledgeFeedbackSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        entry = knowledge.record_feedback(entry, helped=serializer.validated_data["helped"])
        return Response(KnowledgeEntrySerializer(entry).data)


class KnowledgeImportView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="import_knowledge",
        summary="Import a list of knowledge entries (an existing FAQ)",
        description="`entries` as JSON objects, or `csv` as text with a header row. Every row is checked first: "
        "any invalid row or field answers 400 naming each one (`rows[3].title`; `rows[0]` is the CSV header) "
        "and nothing is saved; otherwise all are saved, approved unless a row says `proposed`.",
        request=KnowledgeImportSerializer,
        responses={201: KnowledgeImportedSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample(
                "JSON",
                value={
                    "entries": [
                        {
                            "title": "Password reset",
                            "problem": "Forgot the password.",
                            "resolution": "Use the Forgot password link on the sign-in page.",
                            "tags": ["account"],
                        }
                    ]
                },
                request_only=True,
            ),
            OpenApiExample(
                "CSV",
                value={
                    "csv": "title,problem,resolution,tags\nPassword reset,Forgot the password.,Use the Forgot "
                    "password link.,account\n"
                },
                request_only=True,
            ),
            OpenApiExample(
                "Imported", value={"data": [examples.KNOWLEDGE_ENTRY]}, response_only=True, status_codes=[201]
            ),
            OpenApiExample(
                "Invalid rows",
                value={
                    "error": {
                        "code": "VALIDATION_ERROR",
                        "message": "Invalid input: rows[2].title.",
                        "fields": {"rows[2].title": "Enter the title."},
                    }
                },
                response_only=True,
                status_codes=[400],
            ),
        ],
        tags=KNOWLEDGE_TAGS,
    )
    def post(self, request: Request, agent_id: str) -> Response:
        agent = get_agent(agent_id)
        serializer = KnowledgeImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            rows = serializer.validated_data.get("entries")
            if rows is None:
                rows = knowledge.rows_from_csv(serializer.validated_data["csv"])
            entries = knowledge.import_entries(agent, rows, actor=api_actor(request))
        except knowledge.KnowledgeImportError as error:
            raise import_errors(error) from error
        return Response({"data": KnowledgeEntrySerializer(entries, many=True).data}, status=status.HTTP_201_CREATED)


class KnowledgeExportView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="export_knowledge",
        summary="Every knowledge entry of an agent, with its version history (JSON)",
        responses={
            200: OpenApiResponse(OpenApiTypes.OBJECT, description='`{"agent": id, "entries": [...]}`'),
            **error_responses(404),
        },
        tags=KNOWLEDGE_TAGS,
    )
    def get(self, request: Request, agent_id: str) -> Response:
        agent = get_agent(agent_id)
        return Response(
            {"agent": agent.public_id, "entries": knowledge.export_entries(agent)},
            headers={"Content-Disposition": f'attachment; filename="{agent.public_id}-knowledge.json"'},
        )

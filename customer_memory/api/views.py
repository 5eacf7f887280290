"""API views of customers, memory and agents: parse, call the services, serialize.

One class per resource path. API keys act for their whole organization (the
host chose the schema); edits are audited as the key through
`Actor.from_request`. Errors are raised and become the envelope in
customer_memory.api.exceptions.
"""

from __future__ import annotations

from django.http import Http404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from conversations import services as conversation_services
from conversations.api.pagination import PageQuerySerializer
from conversations.api.schema import NOT_FOUND_EXAMPLE, error_responses
from conversations.api.serializers import ConversationSerializer
from conversations.api.views import CONVERSATION_EXAMPLE, get_conversation_for_api
from conversations.keyset import paginate
from conversations.models import Agent, Person, PersonQuerySet
from customer_memory import context, people, privacy, recall, services, webhooks
from customer_memory.access import get_fact_for_api, get_person_and_agent_for_api, get_person_for_api
from customer_memory.api import examples
from customer_memory.api.context_serializers import (
    ContextQuerySerializer,
    CustomerContextSerializer,
)
from customer_memory.api.exceptions import Conflict
from customer_memory.api.profiles import customer_profile
from customer_memory.api.serializers import (
    AgentCreateSerializer,
    AgentDeletedSerializer,
    AgentDeleteQuerySerializer,
    AgentListSerializer,
    AgentQuerySerializer,
    AgentSerializer,
    AgentUpdateSerializer,
    CustomerDetailSerializer,
    CustomerListSerializer,
    CustomerSearchQuerySerializer,
    CustomerSearchResultSerializer,
    CustomerSearchSerializer,
    CustomerSerializer,
    ExportQuerySerializer,
    FactCreateSerializer,
    FactListSerializer,
    FactSerializer,
    FactUpdateSerializer,
    FormSubmissionSerializer,
    MemoryClearedSerializer,
    NoteCreateSerializer,
    NoteListSerializer,
    NoteSerializer,
    RequiredAgentQuerySerializer,
    WebhookCreatedSerializer,
    WebhookCreateSerializer,
    WebhookListSerializer,
    WebhookSerializer,
)
from customer_memory.fast_paths import context_representation
from customer_memory.models import Fact, WebhookEndpoint
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry


def get_customer(customer_id: str) -> Person:
    try:
        return get_person_for_api(customer_id)
    except Http404:
        raise NotFound("Customer does not exist") from None


def get_customer_fact(person: Person, fact_id: str) -> Fact:
    try:
        return get_fact_for_api(person=person, fact_id=fact_id)
    except Http404:
        raise NotFound("Fact does not exist") from None


def get_agent(agent_id: str) -> Agent:
    agent = Agent.objects.filter(public_id=agent_id).first()
    if agent is None:
        raise NotFound("Agent does not exist")
    return agent


def api_actor(request: Request) -> Actor:
    return Actor.from_request(request, origin=AuditEntry.Origin.API)


def customers() -> PersonQuerySet:
    """Customers as the API lists them; people from agents' test chats are left out."""
    return Person.objects.filter(is_test=False).defer("search_document", "personal_details", "open_issues")


class CustomerListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="list_customers",
        summary="Customers, most recently seen first",
        description="Cursor pagination: pass `pagination.nextCursor` as `cursor` for the next page.",
        parameters=[PageQuerySerializer],
        responses={200: CustomerListSerializer, **error_responses(400)},
        examples=[
            OpenApiExample(
                "A page",
                value={
                    "data": [examples.CUSTOMER],
                    "pagination": {"limit": 20, "hasMore": True, "nextCursor": examples.CURSOR},
                },
                response_only=True,
            )
        ],
        tags=["customers"],
    )
    def get(self, request: Request) -> Response:
        query = PageQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        now = timezone.now()
        page = paginate(
            context.with_score_inputs(customers(), now=now),
            field="last_seen_at",
            limit=query.validated_data["limit"],
            cursor=query.validated_data.get("cursor"),
        )
        people = context.attach_scores(page.rows, now=now)
        return Response({"data": CustomerSerializer(people, many=True).data, "pagination": page.pagination()})


class CustomerSearchView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="search_customers",
        summary="Find customers by name, phone, email, channel identifier or a remembered fact",
        description="Words match as prefixes with accents folded (`nguyen` finds Nguyễn Văn A), in the identity "
        "fields and in the values of facts still remembered (a city or a name learned in chat); a phone number "
        "matches in any common format of the same number, national or international, or by its last 6 or more "
        "digits. Most recently seen first.",
        parameters=[CustomerSearchQuerySerializer],
        responses={200: CustomerSearchSerializer, **error_responses(400)},
        examples=[OpenApiExample("Found", value={"results": [examples.SEARCH_RESULT]}, response_only=True)],
        tags=["customers"],
    )
    def get(self, request: Request) -> Response:
        query = CustomerSearchQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        found = people.search_customers(customers(), query.validated_data["q"]).order_by("-last_seen_at", "-id")
        results = found[: query.validated_data["limit"]]
        return Response({"results": CustomerSearchResultSerializer(results, many=True).data})


class CustomerDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="get_customer",
        summary="A customer's profile with all four memory layers",
        description="`memory.facts`, `memory.summaries` and `memory.l3_episodes` cover every agent's memory of "
        "the customer, or only one agent's with `?agent=`. Memory past its agent's retention is left out.",
        parameters=[AgentQuerySerializer],
        responses={200: CustomerDetailSerializer, **error_responses(400, 404)},
        examples=[OpenApiExample("A customer", value=examples.CUSTOMER_DETAIL, response_only=True), NOT_FOUND_EXAMPLE],
        tags=["customers"],
    )
    def get(self, request: Request, customer_id: str) -> Response:
        person = get_customer(customer_id)
        query = AgentQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        profile = customer_profile(person, agent=query.validated_data.get("agent"))
        return Response(CustomerDetailSerializer(profile).data)

    @extend_schema(
        operation_id="erase_customer",
        summary="Erase a customer completely (GDPR)",
        description="Deletes the customer with their conversations, messages, memory, facts and episodes, and "
        "scrubs audit entries about them; the same erasure as the admin's. The erasure itself is audited "
        "without personal data.",
        responses={204: None, **error_responses(404)},
        tags=["privacy"],
    )
    def delete(self, request: Request, customer_id: str) -> Response:
        privacy.erase_person(get_customer(customer_id), actor=api_actor(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


class CustomerContextView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="get_customer_context",
        summary="The memory context to give the AI before it replies",
        description="What `agent` remembers about the customer, sized to the relationship stage's memory budget: "
        "contact, state (mood, relationship stage, scores), memories (facts), entities, episodes relevant to "
        "`query`, recent conversation history when the agent has it enabled, and `context_text` ready for a "
        "system prompt. Empty when the agent's memory is off (`injected` is false).",
        parameters=[ContextQuerySerializer],
        responses={200: CustomerContextSerializer, **error_responses(400, 404)},
        examples=[OpenApiExample("A context", value=examples.CONTEXT, response_only=True), NOT_FOUND_EXAMPLE],
        tags=["context"],
    )
    def get(self, request: Request, customer_id: str) -> Response:
        # Before every AI reply: the customer and the agent in one round trip.
        agent_id = str(request.query_params.get("agent", ""))
        try:
            person, agent = get_person_and_agent_for_api(customer_id, agent_id)
        except Http404:
            raise NotFound("Customer does not exist") from None
        query = ContextQuerySerializer(
            data=request.query_params, context={"agents": {agent_id: agent} if agent else {}}
        )
        query.is_valid(raise_exception=True)
        memory_context = context.build_context(
            person,
            query.validated_data["agent"],
            query=query.validated_data["query"],
            fresh=query.validated_data["fresh"],
        )
        return Response(context_representation(memory_context))


class FactListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="list_facts",
        summary="A customer's facts, high confidence first",
        parameters=[AgentQuerySerializer],
        responses={200: FactListSerializer, **error_responses(400, 404)},
        examples=[OpenApiExample("Facts", value={"data": [examples.FACT]}, response_only=True)],
        tags=["memory"],
    )
    def get(self, request: Request, customer_id: str) -> Response:
        person = get_customer(customer_id)
        query = AgentQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        memories = recall.live_memories(person, agent=query.validated_data.get("agent"))
        return Response({"data": FactSerializer(recall.facts_of(memories), many=True).data})

    @extend_schema(
        operation_id="create_fact",
        summary="Add a fact by hand",
        description="The fact is manual, so the AI never overwrites it, with the given `confidence` (high by "
        "default). A key the agent's "
        "memory already holds is updated instead (the old value is kept as `previousValue`). The agent comes "
        "from the body or from `?agent=`.",
        request=FactCreateSerializer,
        responses={201: FactSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample(
                "A fact",
                value={"agent": examples.AGENT_ID, "key": "preferred_contact_time", "value": "After 6 pm"},
                request_only=True,
            ),
            OpenApiExample("Created", value=examples.FACT, response_only=True, status_codes=[201]),
        ],
        tags=["memory"],
    )
    def post(self, request: Request, customer_id: str) -> Response:
        person = get_customer(customer_id)
        data = request.data
        if isinstance(data, dict) and "agent" not in data and "agent" in request.query_params:
            data = {**data, "agent": request.query_params["agent"]}
        serializer = FactCreateSerializer(data=data)
        serializer.is_valid(raise_exception=True)
        fact = services.create_fact(person, **serializer.validated_data, actor=api_actor(request))
        return Response(FactSerializer(fact).data, status=status.HTTP_201_CREATED)


class NoteListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="list_notes",
        summary="Staff notes about a customer, most recent first",
        responses={200: NoteListSerializer, **error_responses(404)},
        examples=[OpenApiExample("Notes", value={"data": [examples.NOTE]}, response_only=True)],
        tags=["memory"],
    )
    def get(self, request: Request, customer_id: str) -> Response:
        person = get_customer(customer_id)
        return Response({"data": NoteSerializer(person.notes.order_by("-created_at", "-id"), many=True).data})

    @extend_schema(
        operation_id="create_note",
        summary="Add a staff note about a customer",
        description="The author is the API key; the note is audited, exported with the customer and erased with "
        "them, and the context carries the last 5 notes.",
        request=NoteCreateSerializer,
        responses={201: NoteSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample("A note", value={"text": "VIP customer: call back before noon."}, request_only=True),
            OpenApiExample("Created", value=examples.NOTE, response_only=True, status_codes=[201]),
        ],
        tags=["memory"],
    )
    def post(self, request: Request, customer_id: str) -> Response:
        person = get_customer(customer_id)
        serializer = NoteCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        note = services.add_note(person, **serializer.validated_data, actor=api_actor(request))
        return Response(NoteSerializer(note).data, status=status.HTTP_201_CREATED)


class FactDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="update_fact",
        summary="Correct a fact",
        description="The fact becomes manual and high confidence; the value it replaces is kept as `previousValue`.",
        request=FactUpdateSerializer,
        responses={200: FactSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample("New value", value={"value": "Teacher"}, request_only=True),
            OpenApiExample(
                "Corrected",
                value={**examples.FACT, "value": "Teacher", "previousValue": "Nurse"},
                response_only=True,
            ),
        ],
        tags=["memory"],
    )
    def patch(self, request: Request, customer_id: str, fact_id: str) -> Response:
        fact = get_customer_fact(get_customer(customer_id), fact_id)
        serializer = FactUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fact = services.update_fact(fact, **serializer.validated_data, actor=api_actor(request))
        return Response(FactSerializer(fact).data)

    @extend_schema(
        operation_id="delete_fact",
        summary="Delete a fact",
        request=None,
        responses={204: None, **error_responses(404)},
        tags=["memory"],
    )
    def delete(self, request: Request, customer_id: str, fact_id: str) -> Response:
        fact = get_customer_fact(get_customer(customer_id), fact_id)
        services.delete_fact(fact, actor=api_actor(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


class MemoryView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="clear_memory",
        summary="Clear what one agent remembers about a customer",
        description="Deletes the agent's facts, summary and episodes about the customer. Other agents' memory "
        "and the conversations themselves are kept.",
        parameters=[RequiredAgentQuerySerializer],
        request=None,
        responses={200: MemoryClearedSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample("Cleared", value={"agentId": examples.AGENT_ID, "factsDeleted": 4}, response_only=True)
        ],
        tags=["memory"],
    )
    def delete(self, request: Request, customer_id: str) -> Response:
        person = get_customer(customer_id)
        query = RequiredAgentQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        agent = query.validated_data["agent"]
        deleted = services.clear_memory(person, agent=agent, actor=api_actor(request))
        return Response({"agentId": agent.public_id, "factsDeleted": deleted})


class FormSubmissionView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="record_form_submission",
        summary="Save contact details a customer entered in a form",
        description="Fills only the customer's empty name, email and phone; existing values are never "
        "overwritten. Works whether or not any agent has memory on.",
        request=FormSubmissionSerializer,
        responses={200: CustomerSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample(
                "Details",
                value={"name": "Nguyen Van A", "email": "customer@example.com", "phone": "0912 345 678"},
                request_only=True,
            ),
            OpenApiExample("Saved", value=examples.CUSTOMER, response_only=True),
        ],
        tags=["customers"],
    )
    def post(self, request: Request, customer_id: str) -> Response:
        person = get_customer(customer_id)
        serializer = FormSubmissionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        person = conversation_services.record_form_submission(person, **serializer.validated_data)
        person.scores = context.person_scores(person)
        return Response(CustomerSerializer(person).data)


class CustomerExportView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="export_customer",
        summary="Everything held about a customer (GDPR export)",
        description="Profile, conversations with messages, facts with provenance and history, summaries, "
        "episodes (text, not vectors) and audit entries about the customer, in the same format as the "
        "admin's export (`format`: `customer-memory-export/1`, snake_case keys). The export is audited.",
        parameters=[ExportQuerySerializer],
        responses={
            200: OpenApiResponse(OpenApiTypes.OBJECT, description="The export document."),
            **error_responses(400, 404),
        },
        tags=["privacy"],
    )
    def get(self, request: Request, customer_id: str) -> Response:
        person = get_customer(customer_id)
        ExportQuerySerializer(data=request.query_params).is_valid(raise_exception=True)
        document = privacy.export_person(person, actor=api_actor(request))
        return Response(document, headers={"Content-Disposition": f'attachment; filename="{person.public_id}.json"'})


class AgentListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="list_agents",
        summary="The organization's agents and their memory settings",
        responses={200: AgentListSerializer, **error_responses()},
        examples=[OpenApiExample("Agents", value={"data": [examples.AGENT]}, response_only=True)],
        tags=["agents"],
    )
    def get(self, request: Request) -> Response:
        return Response({"data": AgentSerializer(Agent.objects.all(), many=True).data})

    @extend_schema(
        operation_id="create_agent",
        summary="Create an agent",
        description="Memory is off by default; settings are validated as in the agent's Configure tab.",
        request=AgentCreateSerializer,
        responses={201: AgentSerializer, **error_responses(400)},
        examples=[
            OpenApiExample("Support agent", value={"name": "Support", "memoryEnabled": True}, request_only=True),
            OpenApiExample("Created", value=examples.AGENT, response_only=True, status_codes=[201]),
        ],
        tags=["agents"],
    )
    def post(self, request: Request) -> Response:
        serializer = AgentCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        agent = services.create_agent(actor=api_actor(request), **serializer.validated_data)
        return Response(AgentSerializer(agent).data, status=status.HTTP_201_CREATED)


class AgentDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="update_agent",
        summary="Rename an agent or change its memory and conversation history settings",
        request=AgentUpdateSerializer,
        responses={200: AgentSerializer, **error_responses(400, 404)},
        examples=[
            OpenApiExample(
                "Turn memory on", value={"memoryEnabled": True, "memoryRetentionDays": 90}, request_only=True
            ),
            OpenApiExample("Rename", value={"name": "Support (Vietnam)"}, request_only=True),
            OpenApiExample("Updated", value={**examples.AGENT, "memoryRetentionDays": 90}, response_only=True),
        ],
        tags=["agents"],
    )
    def patch(self, request: Request, agent_id: str) -> Response:
        agent = get_agent(agent_id)
        serializer = AgentUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        agent = services.update_agent_settings(agent, actor=api_actor(request), **serializer.validated_data)
        return Response(AgentSerializer(agent).data)

    @extend_schema(
        operation_id="delete_agent",
        summary="Delete an agent",
        description="409 if the agent has conversations, unless `force=true`: then its conversations and "
        "everything it remembers are deleted too (audited; the audit history keeps no fact values).",
        parameters=[AgentDeleteQuerySerializer],
        responses={200: AgentDeletedSerializer, **error_responses(400, 404, 409)},
        examples=[
            OpenApiExample(
                "Deleted", value={"conversations": 3, "memories": 2, "facts": 7, "episodes": 3}, response_only=True
            )
        ],
        tags=["agents"],
    )
    def delete(self, request: Request, agent_id: str) -> Response:
        agent = get_agent(agent_id)
        query = AgentDeleteQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        try:
            deleted = services.delete_agent(agent, actor=api_actor(request), force=query.validated_data["force"])
        except services.AgentInUse as in_use:
            raise Conflict(str(in_use)) from in_use
        return Response(AgentDeletedSerializer(deleted).data)


class ConversationRelearnView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="relearn_conversation",
        summary="Learn from a closed conversation again",
        description="Queues memory extraction for the conversation again, whatever its `memoryStatus` (a failed "
        "one gets a fresh 24-hour retry window; a learned one merges again without duplicating facts). "
        "409 when the agent's memory is off or the conversation is still open.",
        request=None,
        responses={202: ConversationSerializer, **error_responses(404, 409)},
        examples=[
            OpenApiExample(
                "Queued",
                value={**CONVERSATION_EXAMPLE, "memoryStatus": examples.MEMORY_STATUS_PENDING},
                response_only=True,
                status_codes=[202],
            )
        ],
        tags=["conversations"],
    )
    def post(self, request: Request, conversation_id: str) -> Response:
        conversation = get_conversation_for_api(conversation_id)
        try:
            services.relearn_conversation(conversation)
        except services.RelearnRefused as refused:
            raise Conflict(str(refused)) from refused
        return Response(
            ConversationSerializer(get_conversation_for_api(conversation_id)).data, status=status.HTTP_202_ACCEPTED
        )


class WebhookListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="list_webhooks",
        summary="This organization's webhook endpoints",
        responses={200: WebhookListSerializer, **error_responses()},
        examples=[OpenApiExample("Endpoints", value={"data": [examples.WEBHOOK]}, response_only=True)],
        tags=["webhooks"],
    )
    def get(self, request: Request) -> Response:
        endpoints = WebhookEndpoint.objects.order_by("created_at", "id")
        return Response({"data": WebhookSerializer(endpoints, many=True).data})

    @extend_schema(
        operation_id="create_webhook",
        summary="Add a webhook endpoint",
        description="Events: `memory.updated` (customer, agent, conversation, facts added/changed/removed; sent "
        "after a conversation is learned from and after a manual fact create, edit, delete or undo and Clear "
        "memory, from the UI or the API, with `conversationId` null for those), `conversation.closed`, `customer.erased`. Each is POSTed as JSON, signed (see `secret`), and retried with "
        "exponential backoff for 24 hours until the endpoint answers 2xx. Payloads carry ids and fact keys and "
        "values (secrets masked), never transcripts. The secret is shown only in this response.",
        request=WebhookCreateSerializer,
        responses={201: WebhookCreatedSerializer, **error_responses(400)},
        examples=[
            OpenApiExample(
                "An endpoint",
                value={"url": "https://hooks.example.com/memory", "events": ["memory.updated"]},
                request_only=True,
            ),
            OpenApiExample(
                "Created", value={**examples.WEBHOOK, "secret": "whsec_…"}, response_only=True, status_codes=[201]
            ),
        ],
        tags=["webhooks"],
    )
    def post(self, request: Request) -> Response:
        serializer = WebhookCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        endpoint = webhooks.create_endpoint(**serializer.validated_data, actor=api_actor(request))
        return Response(WebhookCreatedSerializer(endpoint).data, status=status.HTTP_201_CREATED)


class WebhookDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="delete_webhook",
        summary="Remove a webhook endpoint and its delivery log",
        responses={204: None, **error_responses(404)},
        tags=["webhooks"],
    )
    def delete(self, request: Request, webhook_id: str) -> Response:
        endpoint = WebhookEndpoint.objects.filter(public_id=webhook_id).first()
        if endpoint is None:
            raise NotFound("Webhook does not exist")
        webhooks.delete_endpoint(endpoint, actor=api_actor(request))
        return Response(status=status.HTTP_204_NO_CONTENT)

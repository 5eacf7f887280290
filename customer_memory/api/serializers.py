"""Shapes of the customer, memory and agent endpoints (seed 000's JSON, camelCase, public ids).

One serializer per shape, reused wherever that shape is returned. Inputs
only validate and map field names (`source=`) onto the services' keyword
arguments; the services do the work.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from conversations.api.fields import (
    AgentIdField,
    EmailAddressField,
    FlagField,
    NumberChoiceField,
    OptionalTextField,
    TextField,
    WholeNumberField,
)
from conversations.api.pagination import PaginationSerializer
from conversations.models import Agent
from customer_memory.models import Fact, Note, WebhookEndpoint

MAX_SEARCH_RESULTS = 50


RELATIONSHIP_STAGE_HELP = (
    "new (nothing learned yet), building, established, deep, fading or dormant; computed when read, as the "
    "context's `state.relationshipStage`."
)


class CustomerSerializer(serializers.Serializer):
    """A customer as lists show them (seed 000 "List Customers")."""

    id = serializers.CharField(source="public_id")
    name = OptionalTextField()
    phone = OptionalTextField(help_text="E.164 when it parses.")
    email = OptionalTextField()
    channels = serializers.ListField(child=serializers.CharField())
    channelIdentifier = OptionalTextField(
        source="channel_identifier", help_text="Who the customer is on the channel (with `channels[0]`)."
    )
    trustScore = serializers.FloatField(
        source="scores.trust_score",
        help_text="0-1, higher is more trusted; computed when read (seed 000), the base value "
        "(MEMORY_TRUST_BASE) when nothing was learned.",
    )
    churnRisk = serializers.FloatField(
        source="scores.churn_risk",
        help_text="0-1, higher is more likely to stop buying; computed when read from the days since the "
        "last closed conversation, so it agrees with the profile and the context read at the same moment.",
    )
    relationshipStage = serializers.CharField(source="scores.relationship_stage", help_text=RELATIONSHIP_STAGE_HELP)
    totalConversations = serializers.IntegerField(source="conversation_count")
    firstContactAt = serializers.DateTimeField(source="first_contact_at", allow_null=True)
    lastMessageAt = serializers.DateTimeField(source="last_seen_at", allow_null=True)


class CustomerListSerializer(serializers.Serializer):
    data = CustomerSerializer(many=True)  # type: ignore[assignment]  # a field named like Serializer.data
    pagination = PaginationSerializer()


class CustomerSearchQuerySerializer(serializers.Serializer):
    q = serializers.CharField(
        max_length=200, help_text="Name, email, channel identifier (word prefixes), or a phone number in any format."
    )
    limit = serializers.IntegerField(min_value=1, max_value=MAX_SEARCH_RESULTS, default=10)


class CustomerSearchResultSerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    name = OptionalTextField()
    phone = OptionalTextField()
    email = OptionalTextField()
    channels = serializers.ListField(child=serializers.CharField())
    lastMessageAt = serializers.DateTimeField(source="last_seen_at", allow_null=True)


class CustomerSearchSerializer(serializers.Serializer):
    results = CustomerSearchResultSerializer(many=True)


class AgentQuerySerializer(serializers.Serializer):
    agent = AgentIdField(required=False, help_text="Only this agent's memory (`agent_...`).")


class RequiredAgentQuerySerializer(serializers.Serializer):
    agent = AgentIdField(help_text="The agent (`agent_...`).")


class FactSerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    agentId = serializers.CharField(source="memory.agent.public_id", help_text="Whose memory the fact is in.")
    key = serializers.CharField(help_text="snake_case, e.g. `occupation`.")
    value = serializers.CharField()
    confidence = serializers.ChoiceField(choices=Fact.Confidence.choices)
    source = serializers.ChoiceField(  # type: ignore[assignment]  # the field `source`, not Field.source
        choices=Fact.Source.choices, help_text="`manual` values are never overwritten by the AI."
    )
    previousValue = OptionalTextField(source="previous_value", help_text="The value before the last change.")
    sourceConversationId = serializers.CharField(
        source="source_conversation.public_id", allow_null=True, default=None, help_text="Where the AI learned it."
    )
    createdAt = serializers.DateTimeField(source="created_at")
    updatedAt = serializers.DateTimeField(source="updated_at")


class FactListSerializer(serializers.Serializer):
    data = FactSerializer(many=True)  # type: ignore[assignment]  # a field named like Serializer.data


class FactCreateSerializer(serializers.Serializer):
    agent = AgentIdField(help_text="Whose memory to add the fact to (`agent_...`); or pass `?agent=`.")
    key = TextField(max_length=64, help_text="Normalized to snake_case; an existing key is updated.")
    value = TextField(max_length=500)
    confidence = serializers.ChoiceField(
        choices=Fact.Confidence.choices,
        required=False,
        default=Fact.Confidence.HIGH,
        help_text="high (default), medium or low; stored as given.",
    )


class NoteCreateSerializer(serializers.Serializer):
    text = TextField(max_length=Note.MAX_LENGTH, help_text=f"The note, at most {Note.MAX_LENGTH} characters.")


class NoteSerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    text = serializers.CharField()
    author = serializers.CharField(help_text="The user or API key that wrote it, as shown at the time.")
    createdAt = serializers.DateTimeField(source="created_at")


class NoteListSerializer(serializers.Serializer):
    data = NoteSerializer(many=True, help_text="Most recent first.")  # type: ignore[assignment]  # a field named like Serializer.data


class FactUpdateSerializer(serializers.Serializer):
    value = TextField(max_length=500)


class MemoryClearedSerializer(serializers.Serializer):
    agentId = serializers.CharField()
    factsDeleted = serializers.IntegerField()


class EpisodeSerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    agentId = serializers.CharField(source="agent.public_id")
    summary = serializers.CharField()
    conversationId = serializers.CharField(source="conversation.public_id")
    createdAt = serializers.DateTimeField(source="created_at")


class SummarySerializer(serializers.Serializer):
    agentId = serializers.CharField(source="agent.public_id")
    summary = serializers.CharField(help_text="Rolling past-tense summary of the customer's conversations.")
    updatedAt = serializers.DateTimeField(source="updated_at")


class IdentityLayerSerializer(serializers.Serializer):
    name = OptionalTextField()
    phone = OptionalTextField()
    email = OptionalTextField()
    channels = serializers.ListField(child=serializers.CharField())
    language = OptionalTextField()
    timezone = OptionalTextField()


class HistoryLayerSerializer(serializers.Serializer):
    firstContact = serializers.DateTimeField(source="first_contact_at", allow_null=True)
    totalConversations = serializers.IntegerField(source="conversation_count")
    trustScore = serializers.FloatField(source="scores.trust_score", help_text="Computed when read (seed 000).")
    churnRisk = serializers.FloatField(source="scores.churn_risk", help_text="Computed when read (seed 000).")
    relationshipStage = serializers.CharField(source="scores.relationship_stage", help_text=RELATIONSHIP_STAGE_HELP)


class PrefsMoodLayerSerializer(serializers.Serializer):
    tonePref = OptionalTextField(source="tone_preference")
    openIssues = serializers.ListField(source="open_issues", child=serializers.CharField())
    personalDetails = OptionalTextField(source="personal_details")
    lastMood = OptionalTextField(source="last_mood")
    lastMoodAt = serializers.DateTimeField(source="last_mood_at", allow_null=True)


class MemoryLayersSerializer(serializers.Serializer):
    l1_identity = IdentityLayerSerializer(source="person")
    l2_history = HistoryLayerSerializer(source="person")
    l3_episodes = EpisodeSerializer(source="episodes", many=True, help_text="The most recent episodes, newest first.")
    l4_prefs_mood = PrefsMoodLayerSerializer(source="person")
    facts = FactSerializer(many=True, help_text="High confidence first.")
    summaries = SummarySerializer(many=True, help_text="One rolling summary per agent that has one.")


class CustomerDetailSerializer(serializers.Serializer):
    """A customer with all four memory layers (seed 000 "Get Customer Profile")."""

    id = serializers.CharField(source="person.public_id")
    name = OptionalTextField(source="person.name")
    phone = OptionalTextField(source="person.phone")
    email = OptionalTextField(source="person.email")
    channels = serializers.ListField(source="person.channels", child=serializers.CharField())
    channelIdentifier = OptionalTextField(source="person.channel_identifier")
    language = OptionalTextField(source="person.language")
    timezone = OptionalTextField(source="person.timezone")
    memory = MemoryLayersSerializer(source="*")
    createdAt = serializers.DateTimeField(source="person.created_at")
    updatedAt = serializers.DateTimeField(source="person.updated_at")


class FormSubmissionSerializer(serializers.Serializer):
    name = TextField(max_length=200, required=False, allow_blank=True)
    email = EmailAddressField(max_length=254, required=False, allow_blank=True)
    phone = TextField(max_length=32, required=False, allow_blank=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if not any(attrs.values()):
            raise serializers.ValidationError("Send at least one of name, email and phone.")
        return attrs


class ExportQuerySerializer(serializers.Serializer):
    format = serializers.ChoiceField(choices=["json"], default="json")


class AgentSerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    name = serializers.CharField()
    memoryEnabled = serializers.BooleanField(source="memory_enabled")
    memoryRetentionDays = serializers.ChoiceField(
        source="memory_retention_days",
        choices=Agent.Retention.choices,
        help_text="0 keeps memory indefinitely; otherwise days after its last update.",
    )
    conversationHistoryEnabled = serializers.BooleanField(source="conversation_history_enabled")
    conversationHistoryMaxMessages = serializers.IntegerField(source="conversation_history_max_messages")
    knowledgeRetentionDays = serializers.ChoiceField(
        source="knowledge_retention_days",
        choices=Agent.Retention.choices,
        help_text="Agent knowledge is deleted this many days after it was last confirmed; 0 keeps it.",
    )
    knowledgeMinCustomers = serializers.IntegerField(
        source="knowledge_min_customers",
        help_text="Different customers whose resolved conversations share a problem before it is proposed.",
    )
    createdAt = serializers.DateTimeField(source="created_at")
    updatedAt = serializers.DateTimeField(source="updated_at")


class AgentListSerializer(serializers.Serializer):
    data = AgentSerializer(many=True)  # type: ignore[assignment]  # a field named like Serializer.data


class AgentCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=100, help_text="Shown in the UI; need not be unique.")
    memoryEnabled = FlagField(source="memory_enabled", required=False, help_text="Off by default.")
    memoryRetentionDays = NumberChoiceField(
        source="memory_retention_days",
        choices=Agent.Retention.choices,
        required=False,
        help_text="0 (default) keeps memory indefinitely; otherwise days after its last update.",
    )
    conversationHistoryEnabled = FlagField(source="conversation_history_enabled", required=False)
    conversationHistoryMaxMessages = WholeNumberField(
        source="conversation_history_max_messages", min_value=1, max_value=200, required=False
    )
    knowledgeRetentionDays = NumberChoiceField(
        source="knowledge_retention_days", choices=Agent.Retention.choices, required=False, help_text="180 by default."
    )
    knowledgeMinCustomers = WholeNumberField(
        source="knowledge_min_customers", min_value=2, max_value=100, required=False, help_text="3 by default."
    )


class AgentDeleteQuerySerializer(serializers.Serializer):
    force = serializers.BooleanField(
        default=False,
        help_text="Delete the agent even if it has conversations: they and everything the agent remembers "
        "(facts, summaries, episodes) are deleted too, and the deletion is audited.",
    )


class AgentDeletedSerializer(serializers.Serializer):
    conversations = serializers.IntegerField(help_text="Conversations deleted with the agent.")
    memories = serializers.IntegerField()
    facts = serializers.IntegerField()
    episodes = serializers.IntegerField()


class AgentUpdateSerializer(serializers.Serializer):
    name = TextField(max_length=100, required=False, help_text="Shown in the UI; need not be unique. Blank is refused.")
    memoryEnabled = FlagField(source="memory_enabled", required=False)
    memoryRetentionDays = NumberChoiceField(
        source="memory_retention_days", choices=Agent.Retention.choices, required=False
    )
    conversationHistoryEnabled = FlagField(source="conversation_history_enabled", required=False)
    conversationHistoryMaxMessages = WholeNumberField(
        source="conversation_history_max_messages", min_value=1, max_value=200, required=False
    )
    knowledgeRetentionDays = NumberChoiceField(
        source="knowledge_retention_days", choices=Agent.Retention.choices, required=False
    )
    knowledgeMinCustomers = WholeNumberField(
        source="knowledge_min_customers", min_value=2, max_value=100, required=False
    )


class WebhookCreateSerializer(serializers.Serializer):
    url = TextField(
        max_length=500,
        help_text="http(s) URL that receives a signed POST per event; private, loopback and link-local "
        "addresses are refused.",
    )
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=WebhookEndpoint.Event.choices),
        required=False,
        default=list,
        help_text="Events to receive (memory.updated, conversation.closed, customer.erased); empty or absent: all.",
    )
    description = TextField(max_length=200, required=False, allow_blank=True, default="")


class WebhookSerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    url = serializers.CharField()
    events = serializers.ListField(child=serializers.CharField(), help_text="Empty means every event.")
    description = serializers.CharField(allow_blank=True)
    isActive = serializers.BooleanField(source="is_active")
    createdAt = serializers.DateTimeField(source="created_at")


class WebhookCreatedSerializer(WebhookSerializer):
    secret = serializers.CharField(
        help_text="Signing secret, shown only in this response. Each delivery carries `X-CM-Timestamp` and "
        '`X-CM-Signature: v1=<hex>`, the HMAC-SHA256 of `timestamp + "." + body` with this secret.'
    )


class WebhookListSerializer(serializers.Serializer):
    data = WebhookSerializer(many=True)  # type: ignore[assignment]  # a field named like Serializer.data

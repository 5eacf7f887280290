"""The shape of the context endpoint (seed 000 "Get Customer Context"): its query, and the context an agent
reads before it answers, as JSON (camelCase, public ids)."""

from __future__ import annotations

from rest_framework import serializers

from conversations.api.fields import (
    AgentIdField,
    OptionalTextField,
)
from customer_memory.models import Fact


class ContextQuerySerializer(serializers.Serializer):
    agent = AgentIdField(help_text="The agent about to reply (`agent_...`): only its memory is used.")
    query = serializers.CharField(
        max_length=2000,
        required=False,
        allow_blank=True,
        default="",
        help_text="The customer's latest message: ranks episodes and memories by relevance.",
    )
    fresh = serializers.BooleanField(
        required=False,
        default=False,
        help_text="The customer chose to start fresh (seed 003): leave out the past conversations' summary, "
        "episodes and replayed messages, keep the profile (facts, notes, scores).",
    )


class ContextContactSerializer(serializers.Serializer):
    id = serializers.CharField()
    name = OptionalTextField()
    displayName = serializers.CharField(source="display_name", help_text="The name, or the channel identifier.")
    channel = serializers.CharField()
    channels = serializers.ListField(child=serializers.CharField())
    phone = OptionalTextField()
    email = OptionalTextField()
    language = OptionalTextField()
    timezone = OptionalTextField()


class ContextStateSerializer(serializers.Serializer):
    mood = serializers.CharField(allow_null=True, help_text="Last mood, when the agent remembers the customer.")
    moodConfidence = serializers.FloatField(source="mood_confidence", allow_null=True)
    lastMoodAt = serializers.DateTimeField(source="last_mood_at", allow_null=True)
    relationshipStage = serializers.CharField(
        source="relationship_stage", help_text="new, building, established, deep, fading or dormant."
    )
    trustScore = serializers.FloatField(source="trust_score")
    churnRisk = serializers.FloatField(source="churn_risk")
    totalConversations = serializers.IntegerField(source="total_conversations")
    daysSinceLastContact = serializers.FloatField(source="days_since_last_contact")
    toneHint = serializers.CharField(source="tone_hint", allow_blank=True, help_text="How to adapt to the mood.")
    energy = serializers.ChoiceField(
        choices=["high", "medium", "low"],
        help_text="How energetic the customer's recent messages are (length, exclamation marks, capitals, "
        "punctuation; seed 002 §3.1): match it in the reply.",
    )
    activeStreak = serializers.IntegerField(
        source="active_streak",
        help_text="Consecutive days with a conversation, ending today or yesterday (0 when neither).",
    )


class ContextMemorySerializer(serializers.Serializer):
    id = serializers.CharField(help_text="The fact's id (`fact_...`).")
    memoryType = serializers.CharField(
        source="memory_type", help_text="fact, preference, instruction or contradiction."
    )
    key = serializers.CharField()
    value = serializers.CharField()
    confidence = serializers.ChoiceField(choices=Fact.Confidence.choices)
    source = serializers.ChoiceField(choices=Fact.Source.choices)  # type: ignore[assignment]  # the field `source`
    content = serializers.CharField(help_text="The fact as a line of text.")
    updatedAt = serializers.DateTimeField(source="updated_at")


class ContextEntitySerializer(serializers.Serializer):
    entityType = serializers.CharField(source="entity_type", help_text="person or pet.")
    displayName = serializers.CharField(source="display_name")
    metadata = serializers.DictField(child=serializers.CharField())


class ContextEpisodeSerializer(serializers.Serializer):
    id = serializers.CharField()
    summary = serializers.CharField()
    conversationId = serializers.CharField(source="conversation_id")
    createdAt = serializers.DateTimeField(source="created_at")
    score = serializers.FloatField(allow_null=True, help_text="Relevance to `query`; null without a query.")
    lines = serializers.ListField(
        child=serializers.CharField(),
        help_text="The lines of that conversation that best match `query` (secrets masked); empty without a query.",
    )


class ContextMessageSerializer(serializers.Serializer):
    role = serializers.CharField()
    content = serializers.CharField()
    sentAt = serializers.DateTimeField(source="sent_at")
    conversationId = serializers.CharField(source="conversation_id")


class ContextNoteSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="The note's id (`note_...`).")
    text = serializers.CharField(help_text="Secrets masked.")
    author = serializers.CharField()
    createdAt = serializers.DateTimeField(source="created_at")


class ContextKnowledgeSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="The knowledge entry's id (`kn_...`).")
    title = serializers.CharField()
    problem = serializers.CharField()
    resolution = serializers.CharField()
    tags = serializers.ListField(child=serializers.CharField())
    score = serializers.FloatField(help_text="Relevance to the query; higher is better.")


class ContextReturningSerializer(serializers.Serializer):
    lastConversationAt = serializers.DateTimeField(source="last_conversation_at", help_text="When it closed.")
    topic = serializers.CharField(
        allow_null=True, help_text="The last conversation's summary, when the agent remembers it."
    )
    suggestedLine = serializers.CharField(
        source="suggested_line",
        help_text='"Continue where we left off, or start fresh?" in the customer\'s language (en, vi, es, he, fr, '
        "de, pt; English otherwise). Answer fresh with `fresh=true`.",
    )


class CustomerContextSerializer(serializers.Serializer):
    """Seed 002's context; `context_text` and `memory_budget` keep the seed's spelling."""

    contact = ContextContactSerializer()
    state = ContextStateSerializer()
    memories = ContextMemorySerializer(many=True, help_text="The agent's facts, high confidence first (40 at most).")
    entities = ContextEntitySerializer(many=True)
    episodes = ContextEpisodeSerializer(many=True, help_text="Past conversations, most relevant to `query` first.")
    conversationHistory = ContextMessageSerializer(
        source="conversation_history",
        many=True,
        help_text="Earlier messages, oldest first, when the agent has conversation history on.",
    )
    notes = ContextNoteSerializer(many=True, help_text="The last 5 staff notes, most recent first.")
    knowledge = ContextKnowledgeSerializer(
        many=True,
        help_text="The agent's approved knowledge entries most relevant to `query` and the customer's open issues "
        "(3 at most, within a third of the memory budget; at stage `new`, whose budget is 0, 2 at most within 200 "
        "tokens of their own; none when the agent's memory is off); proposed and retired entries never appear.",
    )
    returning = ContextReturningSerializer(
        allow_null=True,
        help_text="Set when the customer's last conversation with this agent closed 15 minutes ago or more "
        "(seed 003); null otherwise and with `fresh=true`.",
    )
    summary = serializers.CharField(allow_blank=True)
    context_text = serializers.CharField(allow_blank=True, help_text="Ready to put in the system prompt.")
    memory_budget = serializers.IntegerField(help_text="Tokens of memory the relationship stage allows.")
    relationshipStage = serializers.CharField(source="relationship_stage")
    toneHint = serializers.CharField(source="tone_hint", allow_blank=True)
    injected = serializers.BooleanField(help_text="Whether any memory is in `context_text`.")

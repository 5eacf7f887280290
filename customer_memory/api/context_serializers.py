"""The shape of the context endpoint (seed 000 "Get Customer Context"): its query, and the context an agent
reads before it answers, as JSON (camelCase, public ids)."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from rest_framework import serializers

from conversations.api.fields import (
    AgentIdField,
    OptionalTextField,
)
from customer_memory.context import MemoryContext
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
        "(3 at most, within the memory budget); proposed and retired entries never appear.",
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


def _returning(returning: dict[str, Any] | None) -> dict[str, Any] | None:
    if returning is None:
        return None
    return {
        "lastConversationAt": _iso(returning["last_conversation_at"]),
        "topic": returning["topic"],
        "suggestedLine": returning["suggested_line"],
    }


def _iso(value: Any) -> str | None:
    """As DRF's DateTimeField writes it (the API's times are UTC), without its per-call overhead."""
    if not value:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def context_representation(context: MemoryContext) -> dict[str, Any]:
    """CustomerContextSerializer's output, built directly.

    The context is fetched before every AI reply, and DRF's per-field work
    costs more than assembling the context itself. The two must stay equal:
    test_api_context compares them, and test_openapi validates the result
    against the serializer's schema.
    """
    contact, state = context.contact, context.state
    return {
        "contact": {
            "id": contact["id"],
            "name": contact["name"] or None,
            "displayName": contact["display_name"],
            "channel": contact["channel"],
            "channels": list(contact["channels"]),
            "phone": contact["phone"] or None,
            "email": contact["email"] or None,
            "language": contact["language"] or None,
            "timezone": contact["timezone"] or None,
        },
        "state": {
            "mood": state["mood"],
            "moodConfidence": state["mood_confidence"],
            "lastMoodAt": _iso(state["last_mood_at"]),
            "relationshipStage": state["relationship_stage"],
            "trustScore": state["trust_score"],
            "churnRisk": state["churn_risk"],
            "totalConversations": state["total_conversations"],
            "daysSinceLastContact": state["days_since_last_contact"],
            "toneHint": state["tone_hint"],
            "energy": state["energy"],
            "activeStreak": state["active_streak"],
        },
        "memories": [
            {
                "id": item["id"],
                "memoryType": item["memory_type"],
                "key": item["key"],
                "value": item["value"],
                "confidence": item["confidence"],
                "source": item["source"],
                "content": item["content"],
                "updatedAt": _iso(item["updated_at"]),
            }
            for item in context.memories
        ],
        "entities": [
            {
                "entityType": entity["entity_type"],
                "displayName": entity["display_name"],
                "metadata": {key: str(value) for key, value in entity["metadata"].items()},
            }
            for entity in context.entities
        ],
        "episodes": [
            {
                "id": episode["id"],
                "summary": episode["summary"],
                "conversationId": episode["conversation_id"],
                "createdAt": _iso(episode["created_at"]),
                "score": episode["score"],
                "lines": list(episode["lines"]),
            }
            for episode in context.episodes
        ],
        "conversationHistory": [
            {
                "role": message["role"],
                "content": message["content"],
                "sentAt": _iso(message["sent_at"]),
                "conversationId": message["conversation_id"],
            }
            for message in context.conversation_history
        ],
        "notes": [
            {"id": note["id"], "text": note["text"], "author": note["author"], "createdAt": _iso(note["created_at"])}
            for note in context.notes
        ],
        "knowledge": [dict(item) for item in context.knowledge],
        "returning": _returning(context.returning),
        "summary": context.summary,
        "context_text": context.context_text,
        "memory_budget": context.memory_budget,
        "relationshipStage": context.relationship_stage,
        "toneHint": context.tone_hint,
        "injected": context.injected,
    }

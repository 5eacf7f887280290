"""Fast paths of the customer_memory app: hand-written twins of a framework's work, each kept because a
benchmark target in docs/benchmarks.md is missed without it (issue 17), each with a test comparing it
with the framework's path field by field.

- `context_representation`: CustomerContextSerializer's output for GET /customers/{id}/context, built
  directly. Target: context (API) median <= 3x the api baseline (issue 3). Measured through the
  serializer: 3.69x, MISSED; with this: 2.61x (docs/benchmarks.md, "Twins"). Compared with the
  serializer by test_api_context.test_context_answer_equals_the_documented_serializer.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from customer_memory.context import MemoryContext


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

"""The `memoryStatus` field each conversation carries in the API (conversations.api.extensions), registered
by CustomerMemoryConfig.ready(): what became of learning from the conversation."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from customer_memory.memory_status import MemoryStatus


class MemoryStatusSerializer(serializers.Serializer):
    """Read from the annotations of customer_memory.memory_status on a conversation."""

    status = serializers.ChoiceField(
        choices=MemoryStatus.choices,
        source="memory_status",
        default=MemoryStatus.PENDING,
        help_text="`pending`: open, queued or between retries; `learned`; `skipped` (see reason); "
        "`failed`: every retry for EXTRACTION_RETRY_HOURS (24 h) failed (see reason; "
        "`POST /conversations/{id}/relearn` tries again).",
    )
    reason = serializers.CharField(
        source="memory_status_reason",
        default=None,
        allow_null=True,
        help_text="Skipped: `memory_off`, `too_few_messages` or `test_session`. Failed: the last error "
        "(class and status, e.g. `InternalServerError 503`). Pending after a failed attempt: that attempt's "
        "error. Otherwise null.",
    )
    attempts = serializers.IntegerField(
        source="memory_attempts", default=0, allow_null=True, help_text="Extraction attempts so far."
    )
    nextAttemptAt = serializers.DateTimeField(
        source="memory_next_attempt_at",
        default=None,
        allow_null=True,
        help_text="When a pending extraction that failed is tried again (backoff 1, 2, 4 … minutes, at most 1 hour).",
    )

    def to_representation(self, instance: Any) -> dict[str, Any]:
        data = super().to_representation(instance)
        data["attempts"] = data["attempts"] or 0
        return data


def memory_status_field() -> serializers.Field:
    return MemoryStatusSerializer(
        source="*", read_only=True, help_text="What became of learning from this conversation (customer memory)."
    )

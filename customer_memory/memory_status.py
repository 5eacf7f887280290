"""What became of learning from each conversation: pending, learned, skipped or failed, and why.

Read from Extraction as one SQL annotation on a Conversation queryset, so the
conversation endpoints (registered with conversations.api.extensions, which
can't import this app), the person panel and the health page say the same.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import Case, CharField, F, QuerySet, Value, When

from customer_memory.models import Extraction


class MemoryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    LEARNED = "learned", "Learned"
    SKIPPED = "skipped", "Skipped"
    FAILED = "failed", "Failed"


def annotate_memory_status(queryset: QuerySet[Any]) -> QuerySet[Any]:
    """Add memory_status, memory_status_reason, memory_attempts and memory_next_attempt_at to conversations.

    No extraction row (the conversation is open) and a queued one (waiting, running or between
    retries) are both pending: learning is still to come.
    """
    return queryset.annotate(
        memory_status=Case(
            When(extraction__status=Extraction.Status.SUCCEEDED, then=Value(MemoryStatus.LEARNED)),
            When(extraction__status=Extraction.Status.SKIPPED, then=Value(MemoryStatus.SKIPPED)),
            When(extraction__status=Extraction.Status.FAILED, then=Value(MemoryStatus.FAILED)),
            default=Value(MemoryStatus.PENDING),
            output_field=CharField(),
        ),
        memory_status_reason=Case(
            When(extraction__status=Extraction.Status.SKIPPED, then=F("extraction__skip_reason")),
            When(extraction__status=Extraction.Status.FAILED, then=F("extraction__last_error")),
            # Between retries: the last attempt's error, so a pending conversation says why it waits.
            When(
                extraction__status=Extraction.Status.QUEUED,
                extraction__attempts__gt=0,
                then=F("extraction__last_error"),
            ),
            default=Value(None),
            output_field=CharField(),
        ),
        memory_attempts=F("extraction__attempts"),
        memory_next_attempt_at=Case(
            When(extraction__status=Extraction.Status.QUEUED, then=F("extraction__next_attempt_at")), default=None
        ),
    )


def reason_label(status: str, reason: str | None) -> str:
    """The reason as people read it: a skip reason's label, or the error of a failed attempt."""
    if not reason:
        return ""
    if status == MemoryStatus.SKIPPED and reason in Extraction.SkipReason.values:
        return str(Extraction.SkipReason(reason).label)
    return reason

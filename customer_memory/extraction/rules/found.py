"""A fact as one message states it, before the conversation's statements are reconciled."""

from __future__ import annotations

from dataclasses import dataclass

from customer_memory.models import Fact

HIGH, MEDIUM, LOW = Fact.Confidence.HIGH.value, Fact.Confidence.MEDIUM.value, Fact.Confidence.LOW.value


@dataclass(frozen=True)
class Found:
    key: str
    value: str
    confidence: str = MEDIUM
    start: int = 0  # where the statement starts in its message: a correction or "used to" before it matters

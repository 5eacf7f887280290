"""What an extractor reads and what it returns: the contract both extractors share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from conversations.models import Message
from customer_memory.models import Fact


@dataclass(frozen=True)
class ExtractedFact:
    key: str
    value: str
    confidence: str = Fact.Confidence.MEDIUM
    # A value the customer corrected within the same conversation ("Boston ... actually Cambridge").
    previous: str = ""
    # Public ids of the messages the value was learned from (provenance), when the extractor knows them.
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Classification:
    """How one conversation went; each is 0 or 1 and feeds trust and churn (seed 000)."""

    positive_interaction: int = 0
    escalation: int = 0
    complaint: int = 0
    unresolved_issue: int = 0
    positive_resolution: int = 0


@dataclass(frozen=True)
class Identity:
    """Contact details said in the conversation; they only ever fill the person's empty fields."""

    name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ExtractionResult:
    facts: list[ExtractedFact] = field(default_factory=list)
    summary: str = ""
    episode_summary: str = ""
    mood: str = ""
    mood_confidence: float = 0.0
    tone_preference: str = ""
    open_issues: list[str] = field(default_factory=list)
    personal_details: str = ""
    classification: Classification = Classification()
    language: str = ""
    identity: Identity = Identity()
    # Conflicts that could not be resolved, e.g. the AI heard another value than one a person entered.
    contradictions: list[str] = field(default_factory=list)
    # How many statements addressed to the AI were dropped (merge.drop_injections).
    injections_dropped: int = 0


@dataclass(frozen=True)
class TranscriptLine:
    role: str
    content: str
    message_id: str = ""  # the message's public id, for provenance


@dataclass(frozen=True)
class ExtractionInput:
    """What an extractor may read: the conversation and what is already remembered."""

    lines: list[TranscriptLine]
    previous_summary: str = ""
    known_facts: dict[str, str] = field(default_factory=dict)
    open_issues: list[str] = field(default_factory=list)
    channel: str = ""
    when: datetime | None = None
    language: str = ""

    @property
    def customer_lines(self) -> list[str]:
        return [line.content for line in self.lines if line.role == Message.Role.CUSTOMER]

    @property
    def customer_messages(self) -> list[TranscriptLine]:
        return [line for line in self.lines if line.role == Message.Role.CUSTOMER]

    @property
    def agent_lines(self) -> list[str]:
        return [line.content for line in self.lines if line.role == Message.Role.AGENT]


class Extractor(Protocol):
    name: str

    def extract(self, source: ExtractionInput) -> ExtractionResult: ...


class ExtractionFailed(Exception):
    """The extractor could not produce a usable result; the task is retried."""


class ExtractionOverBudget(ExtractionFailed):
    """The conversation could not be processed within the task's time budget: failed, not retried."""


class ConversationGone(Exception):
    """The conversation's person was erased while it was being learned from: nothing to write."""

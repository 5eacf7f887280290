"""Folding what an extractor found into memory (seed 003 smart merge), and keeping secrets out of it.

An existing key (after synonyms) is updated in place, never duplicated, and
keeps its old value in previous_value. Values people entered win over the AI;
when the AI hears something else than a person entered, that is noted as a
contradiction instead. A lower-confidence AI value does not replace a
higher-confidence one. Merging the same facts again changes nothing. Every
fact the AI adds or changes is in the audit log, with its conversation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from conversations.models import Conversation
from conversations.secrets import MASK, Redactor, is_secret_key
from customer_memory.extraction.results import ExtractedFact, ExtractionResult
from customer_memory.extraction.rules.corrections import MULTI_VALUED
from customer_memory.extraction.rules.summaries import split_sentences
from customer_memory.fact_keys import canonical_key
from customer_memory.injection import addresses_the_ai
from customer_memory.models import Fact, Memory
from tenants import audit
from tenants.keys_and_audit.models import AuditEntry

FACT_VALUE_MAX = 500
CONFIDENCE_RANK: dict[str, int] = {Fact.Confidence.LOW: 0, Fact.Confidence.MEDIUM: 1, Fact.Confidence.HIGH: 2}
# Values people entered (by hand or in a form) are never replaced by the AI.
PROTECTED_SOURCES = {Fact.Source.MANUAL, Fact.Source.FORM}
CONTRADICTION_KEY = "noted_contradiction"


# A noted contradiction's items, as the merge ("entered X, customer said Y") and the rules extractor ("said X,
# later Y") write them; the LLM's own wording is kept as text without a one-click resolution.
_CONTRADICTION_ITEM = re.compile(
    r"^(?P<key>[^:;]{1,64}): (?:entered|said) (?P<first>.+?), (?:customer said|later) (?P<second>.+)$", re.DOTALL
)
_ITEM_HEAD = re.compile(r"^[^:;]{1,64}: (?:entered|said) ")


@dataclass(frozen=True)
class NotedContradiction:
    """One item of the noted_contradiction fact: two values heard for one key."""

    text: str
    key: str = ""  # canonical; empty when the item is not in a known form
    values: tuple[str, ...] = ()

    def other_than(self, current: str) -> str:
        """The value heard that is not `current` (the fact's value now)."""
        return next((value for value in self.values if not same_value(value, current)), current)


def noted_contradictions(value: str) -> list[NotedContradiction]:
    texts: list[str] = []
    for part in (value or "").split("; "):
        # "likes: entered tea; coffee, customer said cocoa": a value with "; " continues its item.
        if texts and _ITEM_HEAD.match(texts[-1]) and not _CONTRADICTION_ITEM.match(texts[-1]):
            texts[-1] = f"{texts[-1]}; {part}"
        else:
            texts.append(part)
    items = []
    for text in (text.strip() for text in texts):
        if not text:
            continue
        match = _CONTRADICTION_ITEM.match(text)
        if match is None:
            items.append(NotedContradiction(text))
            continue
        key = canonical_key(match["key"])
        items.append(NotedContradiction(text, key, (clean_value(match["first"]), clean_value(match["second"]))))
    return items


def contradiction_text(key: str, current: str, heard: str) -> str:
    """How the merge notes that the customer said `heard` where a person entered `current`."""
    return f"{key.replace('_', ' ')}: entered {current}, customer said {heard}"


def clean_value(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip(" \t\"'“”.,;:!?-")[:FACT_VALUE_MAX]


def same_value(a: str, b: str) -> bool:
    return clean_value(a).casefold() == clean_value(b).casefold()


def filter_secrets(result: ExtractionResult, redactor: Redactor) -> ExtractionResult:
    """Drop facts that hold a secret and mask secrets in every text memory keeps."""
    facts = []
    for fact in result.facts:
        key = canonical_key(fact.key)
        if is_secret_key(key):
            redactor.found.add(f"key:{key}:{fact.value.lower()}")
            continue
        if redactor.redact(fact.value) != fact.value or MASK in fact.value or "[redacted" in fact.value:
            continue
        previous = fact.previous if redactor.redact(fact.previous) == fact.previous else ""
        facts.append(replace(fact, previous=previous))
    return replace(
        result,
        facts=facts,
        summary=redactor.redact(result.summary),
        episode_summary=redactor.redact(result.episode_summary),
        tone_preference=redactor.redact(result.tone_preference),
        open_issues=[redactor.redact(issue) for issue in result.open_issues],
        personal_details=redactor.redact(result.personal_details),
        contradictions=[redactor.redact(item) for item in result.contradictions],
    )


def drop_injections(result: ExtractionResult) -> ExtractionResult:
    """Nothing that addresses the AI is remembered: no such fact, and no such sentence in a summary."""
    facts = [fact for fact in result.facts if not addresses_the_ai(f"{fact.key} {fact.value}")]
    dropped = len(result.facts) - len(facts)

    def scrub(text: str) -> str:
        nonlocal dropped
        kept = [s for s in split_sentences(text) if not addresses_the_ai(s)]
        dropped += len(split_sentences(text)) - len(kept)
        return " ".join(kept)

    return replace(
        result,
        facts=facts,
        summary=scrub(result.summary),
        episode_summary=scrub(result.episode_summary),
        personal_details=scrub(result.personal_details),
        open_issues=[issue for issue in result.open_issues if not addresses_the_ai(issue)],
        tone_preference="" if addresses_the_ai(result.tone_preference) else result.tone_preference,
        injections_dropped=result.injections_dropped + dropped,
    )


def merge_facts(
    memory: Memory, extracted: list[ExtractedFact], *, conversation: Conversation | None = None, extractor: str = "ai"
) -> int:
    """Fold extracted facts into `memory`; returns how many facts changed."""
    by_key: dict[str, Fact] = {}
    for fact in memory.facts.all():
        by_key.setdefault(canonical_key(fact.key), fact)
    changed = 0
    contradictions: list[str] = []
    writer = _AuditWriter(memory, conversation, extractor)
    for item in extracted:
        key = canonical_key(item.key)
        value = clean_value(item.value)
        confidence = item.confidence if item.confidence in CONFIDENCE_RANK else Fact.Confidence.MEDIUM
        if not key or not value or is_secret_key(key):
            continue
        fact = by_key.get(key)
        sources = list(dict.fromkeys(item.sources))
        if fact is not None and (key == CONTRADICTION_KEY or key in MULTI_VALUED):
            # Several preferences, devices or pets add up across conversations rather than replace each other.
            value = _append_distinct(fact.value, value)
            if fact.source_conversation_id == getattr(conversation, "pk", None):
                sources = list(dict.fromkeys([*fact.source_messages, *sources]))
        if fact is None:
            by_key[key] = fact = Fact.objects.create(
                memory=memory,
                key=key,
                value=value,
                previous_value=clean_value(item.previous) if item.previous else "",
                confidence=confidence,
                source=Fact.Source.AI,
                source_conversation=conversation,
                source_messages=sources,
            )
            writer.created(fact)
            changed += 1
            continue
        if fact.source in PROTECTED_SOURCES:
            if not same_value(fact.value, value) and key != CONTRADICTION_KEY:
                contradictions.append(contradiction_text(key, fact.value, value))
            continue
        if CONFIDENCE_RANK[confidence] < CONFIDENCE_RANK.get(fact.confidence, 0) and key != CONTRADICTION_KEY:
            continue
        if same_value(fact.value, value):
            if confidence != fact.confidence:
                fact.confidence = confidence
                fact.save(update_fields=["confidence", "updated_at"])
                changed += 1
            continue
        before = writer.snapshot(fact)
        fact.previous_value = fact.value
        fact.value = value
        fact.confidence = confidence
        fact.source_conversation = conversation
        fact.source_messages = sources
        fact.save(
            update_fields=[
                "previous_value",
                "value",
                "confidence",
                "source_conversation",
                "source_messages",
                "updated_at",
            ]
        )
        writer.updated(fact, before)
        changed += 1
    if contradictions:
        changed += merge_facts(
            memory,
            [ExtractedFact(CONTRADICTION_KEY, "; ".join(contradictions), Fact.Confidence.HIGH)],
            conversation=conversation,
            extractor=extractor,
        )
    return changed


def _append_distinct(old: str, new: str) -> str:
    parts = [p for p in old.split("; ") if p]
    parts += [p for p in new.split("; ") if p and p not in parts]
    return "; ".join(parts)[-FACT_VALUE_MAX:]


class _AuditWriter:
    """The AI's changes in the audit log: origin task, labelled with the extractor and the conversation."""

    def __init__(self, memory: Memory, conversation: Conversation | None, extractor: str) -> None:
        self.memory = memory
        self.conversation = conversation
        self.actor = audit.Actor(origin=AuditEntry.Origin.TASK, name=f"AI ({extractor})")
        self.extractor = extractor

    def snapshot(self, fact: Fact) -> dict[str, object]:
        from customer_memory.services import fact_snapshot

        return fact_snapshot(fact)

    def _record(self, action: str, fact: Fact, before: dict[str, object] | None) -> None:
        audit.record(
            action,
            actor=self.actor,
            person_public_id=self.memory.person.public_id,
            object_type="fact",
            object_id=fact.public_id,
            changes={
                "before": before,
                "after": self.snapshot(fact),
                "learned_by": self.extractor,
                "conversation": self.conversation.public_id if self.conversation is not None else None,
            },
        )

    def created(self, fact: Fact) -> None:
        self._record(AuditEntry.Action.FACT_CREATED, fact, None)

    def updated(self, fact: Fact, before: dict[str, object]) -> None:
        self._record(AuditEntry.Action.FACT_UPDATED, fact, before)

"""Reconciling what a conversation said: the last statement of a fact wins, the one it replaced is kept
as its previous value, "I used to…" is history rather than the present, and statements that disagree
with no correction between them are noted as a contradiction."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from customer_memory.extraction.results import ExtractedFact
from customer_memory.extraction.rules.found import HIGH, Found
from customer_memory.extraction.rules.text import lower_fold
from customer_memory.fact_keys import canonical_key

# Several values of these keys add up rather than replace each other.
MULTI_VALUED = frozenset(
    {"likes", "dislikes", "preferences", "habit", "device", "accessibility", "allergies", "instruction_pace", "pet"}
)
_LOOKBACK = 40  # characters before a statement where "actually" or "used to" still applies to it


@dataclass(frozen=True)
class Statement:
    found: Found
    corrected: bool  # "actually", "sorry, I mean" shortly before it
    past: bool  # "used to", "previously" shortly before it
    message_id: str = ""  # the message that said it (provenance)


def statement(found: Found, lower: str, *, past_at: list[int], correction_at: list[int]) -> Statement:
    start = found.start
    return Statement(
        found=found,
        corrected=any(start - _LOOKBACK <= i <= start for i in correction_at),
        # "I used to be at Deloitte, I joined KPMG": "used to" reaches to the end of its clause only.
        past=any(start - _LOOKBACK <= i <= start and not _CLAUSE_END.search(lower, i, start) for i in past_at),
    )


# Facts a bare correction can replace: "I live in Boston... actually Cambridge", "I'm 43, sorry, 34".
CORRECTABLE = frozenset({"location", "hometown", "name", "age", "employer", "occupation", "plan"})
# "I used to live in Bath but now we live in Frome": the past ends at punctuation or at a turn back to now.
_CLAUSE_END = re.compile(
    r"[,.;:!?]|\b(?:but|now|nowadays|these days|pero|ahora|hoy|mais|maintenant|aber|jetzt|inzwischen|mas|agora|"
    r"hoje|nhung|bay gio|gio|hien tai)\b|אבל|עכשיו|היום"
)
_BARE = re.compile(r"[\s,.:;!-]{0,6}(?P<v>[^\s,.;:!?\n][^,.;:!?\n]{0,40})")


def reconcile(statements: list[Statement]) -> list[ExtractedFact]:
    latest: dict[str, ExtractedFact] = {}
    history: dict[str, list[str]] = {}
    contradictions: list[str] = []
    contradiction_sources: list[str] = []
    for item in statements:
        key = canonical_key(item.found.key)
        value = item.found.value
        said_in = (item.message_id,) if item.message_id else ()
        if item.past:
            history.setdefault(key, []).append(value)
            continue
        earlier = latest.get(key)
        if earlier is None:
            latest[key] = ExtractedFact(key, value, item.found.confidence, sources=said_in)
            continue
        sources = tuple(dict.fromkeys(earlier.sources + said_in))
        if _same(earlier.value, value):
            latest[key] = replace(earlier, sources=sources)
            continue
        if key in MULTI_VALUED:
            latest[key] = ExtractedFact(key, f"{earlier.value}; {value}", earlier.confidence, sources=sources)
            continue
        if not item.corrected and key not in {"location", "occupation", "employer", "plan", "product"}:
            contradictions.append(f"{key.replace('_', ' ')}: said {earlier.value}, later {value}")
            contradiction_sources.extend(sources)
        confidence = HIGH if item.corrected else item.found.confidence
        latest[key] = ExtractedFact(key, value, confidence, previous=earlier.value, sources=sources)
    facts = []
    for key, fact in latest.items():
        if not fact.previous and (past := [v for v in history.get(key, []) if not _same(v, fact.value)]):
            fact = replace(fact, previous=past[-1])
        facts.append(fact)
    if contradictions:
        facts.append(
            ExtractedFact(
                "noted_contradiction",
                "; ".join(contradictions)[:500],
                sources=tuple(dict.fromkeys(contradiction_sources)),
            )
        )
    return facts


def _same(a: str, b: str) -> bool:
    return lower_fold(a).strip(" .") == lower_fold(b).strip(" .")

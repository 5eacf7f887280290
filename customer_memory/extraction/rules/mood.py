"""The customer's mood and how the conversation went (classification for trust and churn)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Keywords

# When two moods score the same, the one needing more care wins.
PRIORITY = ("frustrated", "anxious", "confused", "sad", "excited", "happy")


@dataclass(frozen=True)
class _Words:
    moods: dict[str, Keywords]
    problem: Keywords
    resolved: Keywords
    escalation: Keywords
    complaint: Keywords
    positive: Keywords
    actions: Keywords
    session_only: Keywords
    correction: Keywords
    past: Keywords


_KEYWORDS: dict[str, _Words] = {}


def keywords(pack: LanguagePack) -> _Words:
    """The pack's keyword sets, compiled once per language."""
    if (words := _KEYWORDS.get(pack.code)) is None:
        words = _KEYWORDS[pack.code] = _compile(pack)
    return words


def _compile(pack: LanguagePack) -> _Words:
    return _Words(
        moods={mood: Keywords(entries) for mood, entries in pack.moods.items()},
        problem=Keywords(pack.problem),
        resolved=Keywords(pack.resolved),
        escalation=Keywords(pack.escalation),
        complaint=Keywords(pack.complaint),
        positive=Keywords(pack.positive),
        actions=Keywords(pack.actions),
        session_only=Keywords(pack.session_only),
        correction=Keywords(pack.correction),
        past=Keywords(pack.past),
    )


@dataclass
class Signals:
    moods: Counter[str]
    problem: bool = False
    resolved: bool = False
    escalation: bool = False
    complaint: bool = False
    positive: bool = False


def signals(lower: str, packs: tuple[LanguagePack, ...]) -> Signals:
    found = Signals(moods=Counter())
    for pack in packs:
        words = keywords(pack)
        for mood, entries in words.moods.items():
            if hits := entries.count(lower):
                found.moods[mood] += hits
        found.problem = found.problem or words.problem.found_in(lower)
        found.resolved = found.resolved or words.resolved.found_in(lower)
        found.escalation = found.escalation or words.escalation.found_in(lower)
        found.complaint = found.complaint or words.complaint.found_in(lower)
        found.positive = found.positive or words.positive.found_in(lower)
    return found


def overall_mood(per_message: list[Signals]) -> tuple[str, float]:
    moods: dict[str, float] = defaultdict(float)
    for index, signal in enumerate(per_message):
        weight = 1 + index / max(len(per_message), 1)  # the end of a conversation says more about the mood
        for mood, hits in signal.moods.items():
            moods[mood] += hits * weight
    if not moods:
        return "neutral", 0.5
    top = max(moods.values())
    mood = next(m for m in PRIORITY if moods.get(m) == top)
    share = top / sum(moods.values())
    return mood, round(min(0.95, 0.4 + 0.15 * min(top, 3) + 0.1 * share), 2)

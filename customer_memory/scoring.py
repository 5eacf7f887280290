"""Scores and stages of a relationship: pure functions, no ORM.

Trust and churn follow seed 000's formulas, clamped to [0, 1]; the base values
come from settings (MEMORY_TRUST_BASE, MEMORY_CHURN_BASE) and are passed in by
the caller so these stay trivially testable. Relationship stages, their memory
budgets and the tone hints per mood are seed 002's tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


def clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


def trust_score(*, base: float, positive_interactions: int, escalations: int, complaints: int) -> float:
    """Higher means the AI may trust the customer's claims more (seed 000)."""
    score = base + positive_interactions * 0.1 - escalations * 0.15 - complaints * 0.1
    return round(clamp(score), 4)


def churn_risk(
    *, base: float, days_since_last_interaction: float, unresolved_issues: int, positive_resolutions: int
) -> float:
    """Higher means the customer is more likely to stop buying (seed 000)."""
    risk = base + max(days_since_last_interaction, 0) / 90 * 0.2 + unresolved_issues * 0.25 - positive_resolutions * 0.1
    return round(clamp(risk), 4)


class RelationshipStage(StrEnum):
    NEW = "new"
    BUILDING = "building"
    ESTABLISHED = "established"
    DEEP = "deep"
    FADING = "fading"
    DORMANT = "dormant"


# Conversation counts at which a relationship moves up a stage. The seed names
# the stages but not the thresholds; these are ours.
ESTABLISHED_FROM_CONVERSATIONS = 5
DEEP_FROM_CONVERSATIONS = 10
# Days without contact after which a relationship fades, then sleeps.
FADING_AFTER_DAYS = 30
DORMANT_AFTER_DAYS = 90


def relationship_stage(*, learned: bool, conversation_count: int, days_since_last_contact: float) -> RelationshipStage:
    """The stage from what was learned, how often and how recently the person talked to us.

    `new` means nothing learned yet (DESIGN, "Stage new means nothing learned yet"): seed 002 fetches
    the context before the new conversation's first message is ingested, so a person with one closed,
    learned conversation must already get their memory. Anyone with live memory is at least
    `building`; recency then demotes (fading, dormant) and the count promotes (established, deep).
    """
    if not learned:
        return RelationshipStage.NEW
    if days_since_last_contact >= DORMANT_AFTER_DAYS:
        return RelationshipStage.DORMANT
    if days_since_last_contact >= FADING_AFTER_DAYS:
        return RelationshipStage.FADING
    if conversation_count >= DEEP_FROM_CONVERSATIONS:
        return RelationshipStage.DEEP
    if conversation_count >= ESTABLISHED_FROM_CONVERSATIONS:
        return RelationshipStage.ESTABLISHED
    return RelationshipStage.BUILDING


@dataclass(frozen=True)
class RelationshipScores:
    trust_score: float
    churn_risk: float
    relationship_stage: RelationshipStage
    days_since_last_contact: float


def relationship_scores(
    *,
    trust_base: float,
    churn_base: float,
    positive_interactions: int,
    escalations: int,
    complaints: int,
    unresolved_issues: int,
    positive_resolutions: int,
    conversation_count: int,
    last_contact_at: datetime | None,
    learned: bool,
    now: datetime,
) -> RelationshipScores:
    """Trust, churn and stage at `now`: the one computation every reader (list, profile, context, UI) uses.

    Computed when read, never stored: churn grows with the days since the last contact, so a value
    stored at the last close is stale the next day. With nothing learned they are the base values.
    """
    days = max((now - last_contact_at).total_seconds() / 86400, 0) if last_contact_at else 0.0
    return RelationshipScores(
        trust_score=trust_score(
            base=trust_base,
            positive_interactions=positive_interactions,
            escalations=escalations,
            complaints=complaints,
        ),
        churn_risk=churn_risk(
            base=churn_base,
            days_since_last_interaction=days,
            unresolved_issues=unresolved_issues,
            positive_resolutions=positive_resolutions,
        ),
        relationship_stage=relationship_stage(
            learned=learned, conversation_count=conversation_count, days_since_last_contact=days
        ),
        days_since_last_contact=round(days, 1),
    )


# Tokens of memory the context may spend per stage (seed 002, 3.4).
MEMORY_BUDGETS: dict[RelationshipStage, int] = {
    RelationshipStage.NEW: 0,
    RelationshipStage.BUILDING: 500,
    RelationshipStage.ESTABLISHED: 1200,
    RelationshipStage.DEEP: 2000,
    RelationshipStage.FADING: 800,
    RelationshipStage.DORMANT: 200,
}
# Agent knowledge (issue 18) has its own small allowance at stage `new`, whose memory budget is 0: the
# knowledge is the agent's, not memory of the customer, and a first-time customer asking about a known
# problem is who it helps most. 200 tokens (800 characters) hold one entry at its longest (400
# characters) or two shorter ones, and never more than two. At every other stage knowledge takes a third
# of the memory budget above (customer_memory.context.KNOWLEDGE_BUDGET_SHARE), up to three entries.
NEW_STAGE_KNOWLEDGE_BUDGET = 200
NEW_STAGE_KNOWLEDGE_ENTRIES = 2

# Roughly four characters per token for English text.
CHARS_PER_TOKEN = 4


def memory_budget(stage: RelationshipStage | str) -> int:
    return MEMORY_BUDGETS[RelationshipStage(stage)]


def budget_chars(tokens: int) -> int:
    return tokens * CHARS_PER_TOKEN


# How to adapt the reply to the customer's last mood (seed 002, 3.3). Happy and
# neutral are not in the seed's table; happy gets a light hint, neutral none.
TONE_HINTS: dict[str, str] = {
    "frustrated": "Be patient, acknowledge difficulty, offer concrete solutions. No cheerful emojis.",
    "sad": "Be empathetic and supportive. Don't be overly cheerful.",
    "anxious": "Be calm and reassuring. Break things into small steps.",
    "excited": "Match their energy. Be enthusiastic.",
    "confused": "Explain clearly, use examples, ask clarifying questions.",
    "happy": "Keep the warm, positive tone.",
}


def tone_hint(mood: str) -> str:
    return TONE_HINTS.get(mood or "", "")

from __future__ import annotations

import pytest

from customer_memory.scoring import (
    RelationshipStage,
    budget_chars,
    churn_risk,
    memory_budget,
    relationship_stage,
    tone_hint,
    trust_score,
)


@pytest.mark.parametrize(
    ("base", "positive", "escalations", "complaints", "expected"),
    [
        (0.5, 0, 0, 0, 0.5),
        (0.5, 3, 0, 0, 0.8),
        (0.5, 0, 1, 0, 0.35),
        (0.5, 0, 0, 2, 0.3),
        (0.5, 2, 1, 1, 0.45),
        (0.5, 10, 0, 0, 1.0),  # clamped at 1 (seed: min(1.0, ...))
        (0.5, 0, 4, 2, 0.0),  # clamped at 0
        (0.7, 1, 0, 0, 0.8),  # the base comes from settings
    ],
)
def test_trust_score_follows_seed_formula_clamped(base, positive, escalations, complaints, expected):
    score = trust_score(base=base, positive_interactions=positive, escalations=escalations, complaints=complaints)

    assert score == pytest.approx(expected)


@pytest.mark.parametrize(
    ("base", "days", "unresolved", "resolutions", "expected"),
    [
        (0.1, 0, 0, 0, 0.1),
        (0.1, 90, 0, 0, 0.3),
        (0.1, 45, 0, 0, 0.2),
        (0.1, 0, 1, 0, 0.35),
        (0.1, 0, 1, 1, 0.25),
        (0.1, 0, 0, 3, 0.0),  # clamped at 0
        (0.1, 900, 3, 0, 1.0),  # clamped at 1
        (0.2, 0, 0, 0, 0.2),
        (0.1, -5, 0, 0, 0.1),  # a clock skew never lowers the risk
    ],
)
def test_churn_risk_follows_seed_formula_clamped(base, days, unresolved, resolutions, expected):
    risk = churn_risk(
        base=base, days_since_last_interaction=days, unresolved_issues=unresolved, positive_resolutions=resolutions
    )

    assert risk == pytest.approx(expected)


@pytest.mark.parametrize(
    ("conversations", "days", "stage"),
    [
        (1, 0, RelationshipStage.BUILDING),  # one learned conversation: the next reply has memory
        (0, 0, RelationshipStage.BUILDING),  # a manual fact before any conversation
        (4, 29, RelationshipStage.BUILDING),
        (5, 0, RelationshipStage.ESTABLISHED),
        (9, 10, RelationshipStage.ESTABLISHED),
        (10, 0, RelationshipStage.DEEP),
        (50, 5, RelationshipStage.DEEP),
        (1, 30, RelationshipStage.FADING),
        (20, 89, RelationshipStage.FADING),
        (1, 400, RelationshipStage.DORMANT),
        (20, 365, RelationshipStage.DORMANT),
    ],
)
def test_relationship_stage_of_a_learned_relationship_from_count_and_recency(conversations, days, stage):
    assert relationship_stage(learned=True, conversation_count=conversations, days_since_last_contact=days) == stage


@pytest.mark.parametrize(("conversations", "days"), [(0, 0), (1, 0), (20, 0), (20, 400)])
def test_nothing_learned_is_new_whatever_the_count(conversations, days):
    stage = relationship_stage(learned=False, conversation_count=conversations, days_since_last_contact=days)

    assert stage == RelationshipStage.NEW


@pytest.mark.parametrize(
    ("stage", "tokens"),
    [("new", 0), ("building", 500), ("established", 1200), ("deep", 2000), ("fading", 800), ("dormant", 200)],
)
def test_memory_budget_per_stage(stage, tokens):
    assert memory_budget(stage) == tokens
    assert budget_chars(tokens) == tokens * 4


@pytest.mark.parametrize(
    ("mood", "hint"),
    [
        ("frustrated", "Be patient, acknowledge difficulty, offer concrete solutions. No cheerful emojis."),
        ("sad", "Be empathetic and supportive. Don't be overly cheerful."),
        ("anxious", "Be calm and reassuring. Break things into small steps."),
        ("excited", "Match their energy. Be enthusiastic."),
        ("confused", "Explain clearly, use examples, ask clarifying questions."),
        ("neutral", ""),
        ("", ""),
    ],
)
def test_tone_hint_per_mood(mood, hint):
    assert tone_hint(mood) == hint

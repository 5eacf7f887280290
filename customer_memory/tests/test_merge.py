from __future__ import annotations

import pytest

from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.extraction import ExtractedFact, canonical_key, merge_facts
from customer_memory.models import Fact
from customer_memory.tests.factories import create_fact, create_memory

HIGH, MEDIUM, LOW = Fact.Confidence.HIGH, Fact.Confidence.MEDIUM, Fact.Confidence.LOW


@pytest.fixture
def memory(organization):
    return create_memory(person=create_person(), agent=create_agent())


def facts(memory) -> list[tuple[str, str, str, str, str]]:
    return list(memory.facts.order_by("key").values_list("key", "value", "confidence", "source", "previous_value"))


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("city", "location"),
        ("City", "location"),
        ("lives_in", "location"),
        ("location", "location"),
        ("job", "occupation"),
        ("Profession", "occupation"),
        ("occupation", "occupation"),
        ("company", "employer"),
        ("wife", "spouse"),
        ("favorite_color", "favourite_color"),
        ("Phone number", "phone"),
        ("date of birth", "birthday"),
        ("hobby", "hobby"),
    ],
)
def test_fact_keys_are_normalized_with_synonyms(raw, key):
    assert canonical_key(raw) == key


def test_new_fact_is_created_as_ai_with_its_conversation(memory):
    conversation = create_conversation(person=memory.person, agent=memory.agent)

    changed = merge_facts(memory, [ExtractedFact("occupation", "nurse", HIGH)], conversation=conversation)

    assert changed == 1
    fact = memory.facts.get()
    assert (fact.key, fact.value, fact.confidence, fact.source) == ("occupation", "nurse", HIGH, Fact.Source.AI)
    assert fact.source_conversation == conversation


def test_existing_key_is_updated_in_place_keeping_the_previous_value(memory):
    original = create_fact(memory=memory, key="occupation", value="nurse", confidence=MEDIUM)

    merge_facts(memory, [ExtractedFact("occupation", "doctor", MEDIUM)])

    assert facts(memory) == [("occupation", "doctor", MEDIUM, "ai", "nurse")]
    assert memory.facts.get().pk == original.pk


def test_synonym_key_updates_the_existing_fact_instead_of_duplicating(memory):
    create_fact(memory=memory, key="city", value="Mumbai", confidence=MEDIUM)

    merge_facts(memory, [ExtractedFact("location", "Pune", HIGH), ExtractedFact("lives_in", "Pune", HIGH)])

    assert facts(memory) == [("city", "Pune", HIGH, "ai", "Mumbai")]


def test_manual_fact_is_not_overwritten_by_ai(memory):
    create_fact(memory=memory, key="occupation", value="nurse", source=Fact.Source.MANUAL, confidence=LOW)

    merge_facts(memory, [ExtractedFact("job", "doctor", HIGH)])

    # The person's value stays; what the customer said instead is noted as a contradiction (issue 12).
    assert facts(memory) == [
        ("noted_contradiction", "occupation: entered nurse, customer said doctor", HIGH, "ai", ""),
        ("occupation", "nurse", LOW, "manual", ""),
    ]


def test_form_fact_is_not_overwritten_by_ai(memory):
    create_fact(memory=memory, key="email", value="ada@example.com", source=Fact.Source.FORM)

    merge_facts(memory, [ExtractedFact("email", "other@example.com", HIGH)])

    assert memory.facts.get(key="email").value == "ada@example.com"


@pytest.mark.parametrize(
    ("existing", "incoming", "replaced"),
    [
        (HIGH, LOW, False),
        (HIGH, MEDIUM, False),
        (MEDIUM, LOW, False),
        (MEDIUM, MEDIUM, True),
        (MEDIUM, HIGH, True),
        (LOW, LOW, True),
        (LOW, HIGH, True),
    ],
)
def test_lower_confidence_ai_value_does_not_replace_a_higher_one(memory, existing, incoming, replaced):
    create_fact(memory=memory, key="location", value="Mumbai", confidence=existing)

    merge_facts(memory, [ExtractedFact("location", "Pune", incoming)])

    fact = memory.facts.get()
    assert (fact.value == "Pune") is replaced
    assert fact.previous_value == ("Mumbai" if replaced else "")


def test_same_value_changes_nothing_and_merging_twice_is_idempotent(memory):
    extracted = [ExtractedFact("location", "Pune", HIGH), ExtractedFact("occupation", "nurse", MEDIUM)]
    merge_facts(memory, extracted)
    before = list(memory.facts.values().order_by("key"))

    changed = merge_facts(memory, extracted)
    changed_case = merge_facts(memory, [ExtractedFact("location", " pune. ", HIGH)])

    assert (changed, changed_case) == (0, 0)
    assert list(memory.facts.values().order_by("key")) == before


def test_same_value_with_higher_confidence_raises_the_confidence_only(memory):
    create_fact(memory=memory, key="location", value="Pune", confidence=LOW)

    merge_facts(memory, [ExtractedFact("location", "Pune", HIGH)])

    assert facts(memory) == [("location", "Pune", HIGH, "ai", "")]


def test_secret_keys_and_empty_values_are_never_merged(memory):
    merge_facts(
        memory,
        [
            ExtractedFact("password", "hunter2", HIGH),
            ExtractedFact("card_number", "4111111111111111", HIGH),
            ExtractedFact("hobby", "  ", HIGH),
        ],
    )

    assert facts(memory) == []


def test_memory_of_another_agent_is_untouched(memory):
    other = create_memory(person=memory.person, agent=create_agent(name="Sales"))
    create_fact(memory=other, key="location", value="Mumbai")

    merge_facts(memory, [ExtractedFact("location", "Pune", HIGH)])

    assert facts(other) == [("location", "Mumbai", MEDIUM, "ai", "")]
    assert facts(memory) == [("location", "Pune", HIGH, "ai", "")]

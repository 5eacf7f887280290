"""Where a fact came from, the manual summary rule and the noted contradictions (issue 15, items 5 and 11)."""

from __future__ import annotations

from conversations.tests.factories import create_agent, create_person
from customer_memory import services
from customer_memory.extraction.merge import noted_contradictions
from customer_memory.extraction.results import ExtractedFact, ExtractionInput, ExtractionResult, TranscriptLine
from customer_memory.extraction.rules import RulesExtractor
from customer_memory.extraction.workflow import next_summary, with_sources
from customer_memory.models import Memory
from customer_memory.tests.factories import create_memory
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry

ACTOR = Actor(origin=AuditEntry.Origin.UI, name="tester")


def transcript(*customer_messages: str) -> ExtractionInput:
    lines = []
    for index, text in enumerate(customer_messages):
        lines += [TranscriptLine("customer", text, f"msg_{index}"), TranscriptLine("agent", "Noted.", f"reply_{index}")]
    return ExtractionInput(lines=lines)


def test_the_rules_extractor_names_the_messages_a_fact_came_from():
    result = RulesExtractor().extract(
        transcript("My printer jams.", "I live in Boston.", "I'm 43.", "Sorry, I mean I'm 34.")
    )

    sources = {fact.key: fact.sources for fact in result.facts}
    assert sources["location"] == ("msg_1",)
    assert sources["age"] == ("msg_2", "msg_3")  # the correction and what it corrected


def test_facts_without_sources_get_the_messages_that_say_their_value_accents_folded():
    source = transcript("Xin chào, tôi sống ở Hà Nội.", "Tôi làm y tá.")
    result = ExtractionResult(
        facts=[
            ExtractedFact("location", "Ha Noi"),
            ExtractedFact("occupation", "nurse"),  # not said word for word: no source
            ExtractedFact("name", "Lan", sources=("msg_9",)),  # the extractor's own answer is kept
        ]
    )

    sources = {fact.key: fact.sources for fact in with_sources(result, source).facts}

    assert sources == {"location": ("msg_0",), "occupation": (), "name": ("msg_9",)}


def test_the_summary_rule_keeps_a_manual_or_newer_summary_and_folds_the_episode_in():
    plain = Memory(summary="Asked about billing.", summary_source=Memory.SummarySource.AI)
    manual = Memory(summary="VIP; prefers email.", summary_source=Memory.SummarySource.MANUAL)
    newer = Memory(summary="Asked about billing. Then about roaming.", summary_source=Memory.SummarySource.AI)
    rewritten, episode = "The customer asked about billing and a refund.", "The customer asked for a refund."

    assert next_summary(plain, read=plain.summary, rewritten=rewritten, episode=episode) == rewritten
    assert next_summary(manual, read=manual.summary, rewritten=rewritten, episode=episode) == (
        "VIP; prefers email. The customer asked for a refund."
    )
    assert next_summary(newer, read="Asked about billing.", rewritten=rewritten, episode=episode) == (
        "Asked about billing. Then about roaming. The customer asked for a refund."
    )


def test_noted_contradictions_are_read_in_both_written_forms_and_values_may_hold_semicolons():
    items = noted_contradictions(
        "likes: entered tea; coffee, customer said cocoa; age: said 43, later 34; the customer hesitated about a pet"
    )

    assert [(item.key, item.values) for item in items] == [
        ("likes", ("tea; coffee", "cocoa")),
        ("age", ("43", "34")),
        ("", ()),
    ]
    assert items[2].text == "the customer hesitated about a pet"
    assert items[1].other_than("34") == "43"


def test_clearing_memory_forgets_an_edited_summary_in_the_history(organization):
    agent, person = create_agent(), create_person()
    create_memory(person=person, agent=agent, summary="Old summary with a secret plan.")
    services.update_summary(person, agent=agent, summary="Hand-written: divorced, moving to Bern.", actor=ACTOR)

    services.clear_memory(person, agent=agent, actor=ACTOR)

    entry = AuditEntry.objects.get(action=AuditEntry.Action.SUMMARY_UPDATED)
    assert "Bern" not in str(entry.changes)
    assert "secret plan" not in str(entry.changes)
    assert entry.changes["values_forgotten"] is True

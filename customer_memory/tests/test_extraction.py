from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from conversations.models import Agent, Message
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import context, tasks
from customer_memory.extraction import (
    EXTRACTION_SCHEMA,
    ExtractionInput,
    RulesExtractor,
    TranscriptLine,
    extract_from_conversation,
)
from customer_memory.extraction.workflow import retry_delay
from customer_memory.models import Episode, Extraction, Fact, Memory
from customer_memory.tests.factories import create_fact, create_memory
from customer_memory.tests.fake_openai import extraction_reply
from tenants.keys_and_audit.models import AuditEntry

CUSTOMER = Message.Role.CUSTOMER
AGENT = Message.Role.AGENT


def rules(*customer_messages: str, agent_messages: tuple[str, ...] = (), **source: object):
    lines = [TranscriptLine(CUSTOMER, text) for text in customer_messages]
    lines += [TranscriptLine(AGENT, text) for text in agent_messages]
    return RulesExtractor().extract(ExtractionInput(lines=lines, **source))


def facts_of(result) -> dict[str, str]:
    return {fact.key: fact.value for fact in result.facts}


def stored_facts(person, agent) -> dict[str, str]:
    return dict(Fact.objects.filter(memory__person=person, memory__agent=agent).values_list("key", "value"))


def run_extraction(conversation) -> str:
    return tasks.extract_memory(connection.schema_name, conversation.pk)


# --- The rules extractor: what is kept and what is ignored (seed 004) ------------------------------


@pytest.mark.parametrize(
    ("message", "key", "value"),
    [
        ("Hi, my name is Arjun Mehta.", "name", "Arjun Mehta"),
        ("I'm 34 years old.", "age", "34"),
        ("I live in Mumbai with my family.", "location", "Mumbai"),
        ("We just moved to San Francisco last year.", "location", "San Francisco"),
        ("i live in berlin", "location", "Berlin"),
        ("My wife Priya says hi.", "spouse", "Priya (wife)"),
        ("My son's name is Tom.", "son", "Tom (son)"),
        ("I have two kids.", "children", "two kids"),
        ("I'm married.", "marital_status", "married"),
        ("Our dog Bruno chewed the cable.", "pet", "Bruno (dog)"),
        ("I have a cat named Luna.", "pet", "Luna (cat)"),
        ("I work as a software engineer at Google.", "occupation", "software engineer"),
        ("I work as a software engineer at Google.", "employer", "Google"),
        ("I'm a nurse.", "occupation", "nurse"),
        ("I run a bakery called Sweet Dreams.", "business", "bakery called Sweet Dreams"),
        ("Please keep your answers short.", "response_length", "short"),
        ("Always confirm before sending anything.", "confirm_before_acting", "Always confirm before sending anything"),
        ("Please reply in Spanish.", "preferred_language", "Spanish"),
        ("Contact me by email please.", "preferred_contact_channel", "email"),
        ("I prefer morning appointments.", "preferred_time", "morning appointments"),
        ("I usually shop on weekends.", "habit", "usually shop on weekends"),
        ("My favourite colour is navy blue.", "favourite_colour", "navy blue"),
        ("I'm vegetarian.", "dietary", "vegetarian"),
        ("I'm allergic to peanuts.", "allergies", "peanuts"),
    ],
)
def test_rules_extractor_keeps_lasting_facts(message, key, value):
    assert facts_of(rules(message)).get(key) == value


@pytest.mark.parametrize(
    "message",
    [
        "I asked about product X yesterday.",
        "I placed order #123 last week.",
        "I'd like to order the blue shirt.",
        "Where is my parcel?",
        "I'm Looking for help with my account.",
        "Don't worry about it.",
        "I like it.",
    ],
)
def test_rules_extractor_ignores_session_only_actions_and_chatter(message):
    assert rules(message).facts == []


def test_rules_extractor_applies_a_correction_in_place_and_keeps_the_previous_value():
    result = rules("I live in Mumbai.", "Actually I live in Berlin now.")

    (location,) = [fact for fact in result.facts if fact.key == "location"]
    assert (location.value, location.previous) == ("Berlin", "Mumbai")
    assert "noted_contradiction" not in facts_of(result)


def test_rules_extractor_notes_a_contradiction_it_cannot_resolve():
    result = rules("I'm 34 years old.", "Like I said, I'm 43 years old.")

    facts = facts_of(result)
    assert facts["age"] == "43"
    assert facts["noted_contradiction"] == "age: said 34, later 43"


def test_rules_extractor_is_not_broken_by_superscript_digits_in_an_age():
    # "²³".isdigit() is true but int() refuses it: the extraction failed (issue 16, finding 7's kind).
    result = rules("I'm 34 years old... actually ²³ years old")

    assert facts_of(result)["age"] == "34"


def test_rules_extractor_reads_mood_issues_and_classification():
    result = rules(
        "My polo shirt has a tear in the seam.",
        "This is unacceptable, I want to speak to a manager!",
    )

    assert result.mood == "frustrated"
    assert 0.5 < result.mood_confidence <= 0.95
    assert result.open_issues == ["my polo shirt has a tear in the seam"]
    assert result.classification.complaint == 1
    assert result.classification.escalation == 1
    assert result.classification.unresolved_issue == 1
    assert result.classification.positive_resolution == 0


def test_rules_extractor_clears_a_resolved_issue():
    result = rules(
        "Any update on the polo shirt exchange?",
        "Thanks, that fixed it!",
        open_issues=["my polo shirt has a tear in the seam"],
    )

    assert result.open_issues == []
    assert result.classification.positive_resolution == 1
    assert result.classification.positive_interaction == 1
    assert result.mood == "happy"


def test_rolling_summary_is_past_tense_and_at_most_eight_sentences():
    previous = " ".join(f"On 0{i} Jan 2026 they got in touch about topic {i}." for i in range(1, 9))
    when = timezone.now()

    result = rules("My order arrived damaged, the box was crushed.", previous_summary=previous, when=when)

    sentences = [s for s in result.summary.split(". ") if s]
    assert len(sentences) == 8
    assert "topic 1" not in result.summary  # the oldest sentence made room
    assert result.summary.endswith(
        f"On {when:%d %b %Y} they got in touch about “My order arrived damaged, the box was crushed”; "
        "it was still open at the end."
    )
    assert result.episode_summary == (
        "The customer raised: “My order arrived damaged, the box was crushed”. Outcome: still open."
    )


def test_tone_preference_and_personal_details_come_from_instructions():
    result = rules("Please keep your answers short.", "I'm vegetarian.")

    assert result.tone_preference == "concise"
    assert result.personal_details == "vegetarian"


# --- The task: skip rules --------------------------------------------------------------------------


def chat(person, agent, *customer_messages: str, **fields):
    messages = []
    for text in customer_messages:
        messages += [(CUSTOMER, text), (AGENT, "Thanks, noted.")]
    return create_conversation(person=person, agent=agent, messages=messages, **fields)


def test_extraction_skipped_when_memory_disabled(organization):
    agent = create_agent(memory_enabled=False)
    person = create_person()
    conversation = chat(person, agent, "My name is Ada.", "I live in Paris.")

    assert run_extraction(conversation) == Extraction.Status.SKIPPED

    assert conversation.extraction.skip_reason == Extraction.SkipReason.MEMORY_OFF
    assert not Memory.objects.filter(person=person).exists()


def test_extraction_skipped_when_customer_sent_fewer_than_two_messages(organization):
    agent = create_agent()
    person = create_person()
    conversation = create_conversation(
        person=person,
        agent=agent,
        messages=[(CUSTOMER, "My name is Ada and I live in Paris."), (AGENT, "Hi Ada!"), (AGENT, "Anything else?")],
    )

    assert run_extraction(conversation) == Extraction.Status.SKIPPED

    assert conversation.extraction.skip_reason == Extraction.SkipReason.TOO_FEW_MESSAGES
    assert not Memory.objects.filter(person=person).exists()


def test_extraction_skipped_for_test_sessions(organization):
    agent = create_agent()
    person = create_person()
    conversation = chat(person, agent, "My name is Ada.", "I live in Paris.")
    conversation.is_test_session = True
    conversation.save()

    run_extraction(conversation)

    conversation.extraction.refresh_from_db()
    assert conversation.extraction.skip_reason == Extraction.SkipReason.TEST_SESSION
    assert not Memory.objects.filter(person=person).exists()


# --- The task: what is written ---------------------------------------------------------------------


def test_extraction_writes_facts_summary_episode_and_person_layers(organization):
    agent = create_agent()
    person = create_person()
    conversation = chat(
        person,
        agent,
        "Hi, my name is Arjun and I live in Mumbai.",
        "My new mixer stopped working after two days, this is unacceptable.",
    )

    assert run_extraction(conversation) == Extraction.Status.SUCCEEDED

    assert stored_facts(person, agent) == {"name": "Arjun", "location": "Mumbai"}
    fact = Fact.objects.get(memory__person=person, key="name")
    assert (fact.source, fact.confidence, fact.source_conversation) == ("ai", "high", conversation)
    memory = Memory.objects.get(person=person, agent=agent)
    assert "mixer stopped working" in memory.summary
    episode = Episode.objects.get(conversation=conversation)
    assert episode.person == person
    assert len(episode.embedding) == 384
    assert Episode.objects.filter(pk=episode.pk, search_vector="mixer").exists()
    person.refresh_from_db()
    assert person.last_mood == "frustrated"
    assert person.complaints == 1
    assert person.unresolved_issues == 1
    assert person.trust_score == pytest.approx(0.4)  # 0.5 base - 0.1 for the complaint
    assert person.churn_risk == pytest.approx(0.35, abs=0.01)  # 0.1 base + 0.25 for the open issue
    assert person.open_issues == ["my new mixer stopped working after two days, this is unacceptable"]
    assert person.language == "en"
    extraction = conversation.extraction
    extraction.refresh_from_db()
    assert (extraction.extractor, extraction.facts_written, extraction.attempts) == ("rules", 2, 1)


def test_extraction_rerun_for_the_same_conversation_changes_nothing(organization):
    agent = create_agent()
    person = create_person()
    conversation = chat(person, agent, "My name is Arjun.", "I'm a nurse and I live in Mumbai.")
    run_extraction(conversation)
    before = list(Fact.objects.filter(memory__person=person).values().order_by("key"))
    memory_before = Memory.objects.get(person=person).updated_at
    person.refresh_from_db()
    counters_before = (person.positive_interactions, person.trust_score, person.updated_at)

    run_extraction(conversation)
    Extraction.objects.filter(conversation=conversation).update(status=Extraction.Status.QUEUED)
    run_extraction(conversation)  # even forced to run again, the merge changes nothing

    assert list(Fact.objects.filter(memory__person=person).values().order_by("key")) == before
    assert Episode.objects.filter(person=person).count() == 1
    assert Memory.objects.get(person=person).updated_at >= memory_before
    person.refresh_from_db()
    assert (person.positive_interactions, person.trust_score) == counters_before[:2]
    assert Extraction.objects.get(conversation=conversation).facts_written == 0


def test_extraction_reuses_existing_keys_across_conversations(organization):
    agent = create_agent()
    person = create_person()
    run_extraction(chat(person, agent, "I live in Mumbai.", "I'm a nurse."))

    run_extraction(chat(person, agent, "We just moved to Pune.", "Still a nurse, yes."))

    facts = Fact.objects.filter(memory__person=person, key="location")
    assert [(f.value, f.previous_value) for f in facts] == [("Pune", "Mumbai")]
    assert Memory.objects.filter(person=person).count() == 1


def test_extraction_never_stores_secrets_and_counts_them(organization):
    agent = create_agent()
    person = create_person()
    conversation = chat(
        person,
        agent,
        "My card is 4111 1111 1111 1111, cvv 123, and my password is hunter2.",
        "The one-time code is 482913 and my IBAN is DE89 3704 0044 0532 0130 00. I live in Berlin.",
    )

    run_extraction(conversation)

    extraction = Extraction.objects.get(conversation=conversation)
    assert extraction.secrets_dropped == 5
    stored = " ".join(
        [
            *Fact.objects.filter(memory__person=person).values_list("value", flat=True),
            Memory.objects.get(person=person).summary,
            Episode.objects.get(conversation=conversation).summary,
            *person.__class__.objects.get(pk=person.pk).open_issues,
        ]
    )
    for secret in ("4111", "123,", "hunter2", "482913", "DE89", "3704"):
        assert secret not in stored
    assert stored_facts(person, agent)["location"] == "Berlin"


def test_a_card_like_number_failing_luhn_is_kept(organization):
    agent = create_agent()
    person = create_person()
    conversation = chat(person, agent, "My parcel is delayed, the tracking reference is 1234 5678 9012 3456.", "Ok?")

    run_extraction(conversation)

    assert Extraction.objects.get(conversation=conversation).secrets_dropped == 0
    assert "1234 5678 9012 3456" in Episode.objects.get(conversation=conversation).summary


def test_extraction_invalidates_the_cached_layers(organization):
    agent = create_agent()
    person = create_person()
    context.person_layers(person)
    assert all(cache.get(key) for key in context.layer_cache_keys(person.pk))

    run_extraction(chat(person, agent, "I'm so frustrated, the app keeps crashing.", "It is still broken!"))

    assert cache.get_many(context.layer_cache_keys(person.pk)) == {}


def test_expired_memory_is_replaced_not_extended_by_new_learning(organization):
    agent = create_agent(memory_retention_days=Agent.Retention.DAYS_30)
    person = create_person()
    old = create_memory(
        person=person, agent=agent, summary="Old story.", updated_at=timezone.now() - timedelta(days=40)
    )
    create_fact(memory=old, key="occupation", value="nurse")

    run_extraction(chat(person, agent, "I live in Oslo.", "Thanks a lot!"))

    assert stored_facts(person, agent) == {"location": "Oslo"}
    assert "Old story" not in Memory.objects.get(person=person, agent=agent).summary
    assert AuditEntry.objects.filter(action=AuditEntry.Action.MEMORY_EXPIRED).exists()


# --- The LLM extractor against the fake OpenAI server ----------------------------------------------


def test_llm_extractor_uses_json_schema_output_and_stores_its_result(organization, fake_openai):
    fake_openai.chat_reply = extraction_reply()
    agent = create_agent()
    person = create_person()
    conversation = chat(person, agent, "My lamp is late.", "I live in Lisbon and I'm an architect.")

    assert run_extraction(conversation) == Extraction.Status.SUCCEEDED

    (request,) = fake_openai.chat_requests()
    response_format = request["body"]["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["schema"] == EXTRACTION_SCHEMA
    assert response_format["json_schema"]["strict"] is True
    assert "My lamp is late." in request["body"]["messages"][1]["content"]
    assert stored_facts(person, agent) == {"location": "Lisbon", "occupation": "architect"}
    assert Memory.objects.get(person=person).summary.startswith("The customer asked for help")
    assert Episode.objects.get(conversation=conversation).summary == "The customer reported a late delivery of a lamp."
    embeddings = [r for r in fake_openai.requests if r["path"].endswith("/embeddings")]
    assert embeddings[0]["body"]["dimensions"] == 384
    person.refresh_from_db()
    assert (person.last_mood, person.tone_preference, person.open_issues) == (
        "anxious",
        "friendly",
        ["late lamp delivery"],
    )
    assert Extraction.objects.get(conversation=conversation).extractor == "llm"


def test_llm_output_is_filtered_for_secrets_too(organization, fake_openai):
    fake_openai.chat_reply = extraction_reply(
        facts=[
            {"key": "card_number", "value": "4111111111111111", "confidence": "high"},
            {"key": "note", "value": "pays with 5500 0000 0000 0004", "confidence": "high"},
            {"key": "city", "value": "Lisbon", "confidence": "high"},
        ],
        summary="The customer shared password: swordfish to log in.",
    )
    agent = create_agent()
    person = create_person()
    conversation = chat(person, agent, "I live in Lisbon.", "Please help me log in.")

    run_extraction(conversation)

    assert stored_facts(person, agent) == {"location": "Lisbon"}
    assert "swordfish" not in Memory.objects.get(person=person).summary
    assert Extraction.objects.get(conversation=conversation).secrets_dropped == 3


def test_llm_does_not_receive_secrets_from_the_transcript(organization, fake_openai):
    fake_openai.chat_reply = extraction_reply()
    agent = create_agent()
    person = create_person()

    run_extraction(chat(person, agent, "My card is 4111 1111 1111 1111.", "The code is 482913."))

    prompt = fake_openai.chat_requests()[0]["body"]["messages"][1]["content"]
    assert "4111" not in prompt
    assert "482913" not in prompt


@pytest.mark.parametrize(
    ("break_the_model", "error"),
    [
        (lambda fake: fake.fail_next(status=500), "InternalServerError 500"),
        (lambda fake: fake.fail_next(status=429), "RateLimitError 429"),
        (lambda fake: setattr(fake, "invalid_json", True), "InvalidJSON"),
        (lambda fake: setattr(fake, "chat_reply", {"facts": "not a list"}), "InvalidModelOutput"),
    ],
)
def test_failing_model_call_leaves_no_partial_memory_and_is_retried_later(
    organization, fake_openai, break_the_model, error
):
    break_the_model(fake_openai)
    agent = create_agent()
    person = create_person()
    conversation = chat(person, agent, "My name is Ada.", "I live in Paris.")
    before = timezone.now()

    assert run_extraction(conversation) == Extraction.Status.QUEUED  # acknowledged: the schedule retries it

    assert not Memory.objects.filter(person=person).exists()
    assert not Episode.objects.filter(person=person).exists()
    extraction = Extraction.objects.get(conversation=conversation)
    assert (extraction.status, extraction.attempts, extraction.last_error) == ("queued", 1, error)
    assert before + timedelta(minutes=1) <= extraction.next_attempt_at <= timezone.now() + timedelta(minutes=1)
    person.refresh_from_db()
    assert person.trust_score is None


def test_model_timeout_is_recorded_and_retry_succeeds(organization, fake_openai, settings):
    settings.OPENAI_TIMEOUT = 0.2
    fake_openai.fail_next(delay=1.0)
    fake_openai.chat_reply = extraction_reply()
    agent = create_agent()
    person = create_person()
    conversation = chat(person, agent, "My name is Ada.", "I live in Lisbon.")

    assert run_extraction(conversation) == Extraction.Status.QUEUED
    assert not Memory.objects.filter(person=person).exists()
    assert Extraction.objects.get(conversation=conversation).last_error == "APITimeoutError"

    assert run_extraction(conversation) == Extraction.Status.SUCCEEDED
    extraction = Extraction.objects.get(conversation=conversation)
    assert (extraction.attempts, extraction.last_error, extraction.next_attempt_at) == (2, "", None)
    assert stored_facts(person, agent)["location"] == "Lisbon"


def test_retry_delay_doubles_from_a_minute_up_to_an_hour():
    delays = [retry_delay(attempts) for attempts in range(1, 10)]

    assert [delay.total_seconds() / 60 for delay in delays] == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_extraction_marked_failed_with_its_reason_after_the_retry_window(organization, fake_openai, settings):
    settings.EXTRACTION_RETRY_HOURS = 24
    fake_openai.fail_next(2, status=503)
    agent = create_agent()
    conversation = chat(create_person(), agent, "My name is Ada.", "I live in Paris.")
    start = timezone.now()

    extract_from_conversation(conversation, now=start)
    assert Extraction.objects.get(conversation=conversation).status == Extraction.Status.QUEUED
    extract_from_conversation(conversation, now=start + timedelta(hours=24))

    extraction = Extraction.objects.get(conversation=conversation)
    assert (extraction.status, extraction.attempts, extraction.last_error) == ("failed", 2, "InternalServerError 503")
    assert extraction.next_attempt_at is None


def test_manual_fact_survives_ai_extraction(organization):
    agent = create_agent()
    person = create_person()
    memory = create_memory(person=person, agent=agent)
    create_fact(memory=memory, key="city", value="Porto", source=Fact.Source.MANUAL, confidence="high")

    run_extraction(chat(person, agent, "I live in Lisbon.", "Thanks!"))

    assert stored_facts(person, agent) == {
        "city": "Porto",
        "noted_contradiction": "location: entered Porto, customer said Lisbon",
    }


def test_extract_from_conversation_returns_a_succeeded_extraction_untouched(organization):
    agent = create_agent()
    conversation = chat(create_person(), agent, "My name is Ada.", "I live in Paris.")
    first = extract_from_conversation(conversation)

    again = extract_from_conversation(conversation)

    assert again.pk == first.pk
    assert again.finished_at == first.finished_at

"""The extraction workflow's promises from issue 12: what the AI changed is in the audit log, a later
conversation updates a fact in place, contact details and timezone fill the person's empty fields, the
conversation's language is stored, a conversation that can't be learned in time fails visibly, and the
LLM extractor copes with junk, duplicates and secrets in its answer."""

from __future__ import annotations

import math
import random

import pytest
from django.db import connection

from conversations.models import Message
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import llm, recall, tasks
from customer_memory.models import Episode, Extraction, Fact
from customer_memory.tests.factories import create_fact, create_memory
from customer_memory.tests.fake_openai import extraction_reply
from tenants.keys_and_audit.models import AuditEntry

CUSTOMER, AGENT = Message.Role.CUSTOMER, Message.Role.AGENT


def chat(person, agent, *customer_messages: str):
    messages = []
    for text in customer_messages:
        messages += [(CUSTOMER, text), (AGENT, "Thanks, noted.")]
    return create_conversation(person=person, agent=agent, messages=messages)


def learn(conversation) -> str:
    return tasks.extract_memory(connection.schema_name, conversation.pk)


def test_a_later_conversation_updates_a_fact_in_place_and_the_ai_change_is_audited(organization):
    agent, person = create_agent(), create_person()
    first = chat(person, agent, "Hi, I live in Boston.", "My internet keeps dropping.")
    second = chat(person, agent, "We just moved to Cambridge last week.", "Can you move my line?")

    learn(first)
    learn(second)

    fact = Fact.objects.get(memory__person=person, key="location")
    assert (fact.value, fact.previous_value, fact.source_conversation) == ("Cambridge", "Boston", second)
    created, updated = AuditEntry.objects.filter(object_id=fact.public_id).order_by("at", "id")
    assert (created.action, created.origin) == (AuditEntry.Action.FACT_CREATED, AuditEntry.Origin.TASK)
    assert created.changes["conversation"] == first.public_id
    assert created.changes["learned_by"] == "rules"
    assert updated.action == AuditEntry.Action.FACT_UPDATED
    assert (updated.changes["before"]["value"], updated.changes["after"]["value"]) == ("Boston", "Cambridge")
    assert updated.changes["conversation"] == second.public_id


def test_name_email_and_phone_said_in_chat_fill_only_empty_fields(organization):
    agent = create_agent()
    person = create_person(channel_type="web", channel_identifier="visitor-81f2", email="kept@example.com")
    conversation = chat(
        person,
        agent,
        "Hello, my name is Ada Lovelace and my email is ada@example.org.",
        "You can reach me on +44 7911 123456 if the chat drops.",
    )

    learn(conversation)

    person.refresh_from_db()
    assert person.name == "Ada Lovelace"
    assert person.email == "kept@example.com"  # never overwritten
    assert person.phone == "+447911123456"
    assert person.channel_identifier == "visitor-81f2"  # the list label stays the identifier (seed 004)


def test_timezone_comes_from_the_city_they_live_in(organization):
    agent = create_agent()
    person = create_person(channel_type="web", channel_identifier="visitor-22")

    learn(chat(person, agent, "I live in Berlin with my wife.", "The app crashes on start."))

    person.refresh_from_db()
    assert person.timezone == "Europe/Berlin"


def test_timezone_comes_from_the_phone_number_when_no_city_is_known(organization):
    agent = create_agent()
    person = create_person(channel_type="whatsapp", channel_identifier="+84912000111")

    learn(chat(person, agent, "The app crashes when I upload photos.", "It started yesterday."))

    person.refresh_from_db()
    assert person.timezone == "Asia/Ho_Chi_Minh"


def test_the_conversations_language_is_stored_on_the_person(organization):
    agent = create_agent()
    person = create_person()

    learn(chat(person, agent, "Hola, la aplicación no me deja entrar desde ayer.", "Ya probé a reiniciar el móvil."))

    person.refresh_from_db()
    assert person.language == "es"


def test_a_conversation_that_cannot_be_learned_in_time_fails_once_with_its_reason(organization, settings):
    settings.EXTRACTION_TIME_BUDGET = 0
    agent, person = create_agent(), create_person()
    conversation = chat(person, agent, "My name is Ada.", "I live in Paris.")

    # The task returns instead of raising: django-q2 must not hand it to another worker again.
    assert learn(conversation) == Extraction.Status.FAILED

    extraction = Extraction.objects.get(conversation=conversation)
    assert extraction.attempts == 1
    assert extraction.last_error.startswith("TimeBudgetExceeded")
    assert not Fact.objects.filter(memory__person=person).exists()


def test_llm_answer_with_junk_duplicates_and_a_secret_stores_one_clean_fact_per_key(organization, fake_openai):
    fake_openai.chat_reply = extraction_reply(
        facts=[
            "not an object",
            {"key": "City", "value": "Lisbon", "confidence": "high"},
            {"key": "location", "value": "Porto", "confidence": "high"},
            {"key": "note", "value": "her password is Hunter2!", "confidence": "high"},
            {"key": "occupation", "value": "architect", "confidence": "medium"},
        ],
        language="pt",
    )
    agent, person = create_agent(), create_person()
    memory = create_memory(person=person, agent=agent)
    create_fact(memory=memory, key="occupation", value="designer", source=Fact.Source.AI, confidence="medium")
    conversation = chat(person, agent, "Moro no Porto e sou arquiteta.", "A app não abre.")

    learn(conversation)

    stored = dict(Fact.objects.filter(memory=memory).values_list("key", "value"))
    assert stored == {"location": "Porto", "occupation": "architect"}
    assert Fact.objects.get(memory=memory, key="occupation").previous_value == "designer"
    prompt = fake_openai.chat_requests()[0]["body"]["messages"]
    assert "- occupation: designer" in prompt[1]["content"]  # known facts passed in, so keys are reused
    assert "customer's language" in prompt[0]["content"]
    assert Extraction.objects.get(conversation=conversation).secrets_dropped >= 1


@pytest.mark.parametrize("size", [768, 1024, 1536])
def test_an_embedding_server_of_another_size_still_learns_the_conversation(organization, fake_openai, size):
    """Issue 13: 768- and 1536-dimension servers made every extraction fail with WrongEmbeddingSize."""
    fake_openai.chat_reply = extraction_reply()
    fake_openai.embedding_size = size  # the server ignores `dimensions`
    agent, person = create_agent(), create_person()
    conversation = chat(person, agent, "My lamp is late.", "I live in Lisbon.")

    assert learn(conversation) == Extraction.Status.SUCCEEDED

    assert len(Episode.objects.get(conversation=conversation).embedding) == llm.EMBEDDING_DIMENSIONS


def test_a_server_refusing_dimensions_learns_every_conversation_paying_the_model_once_each(organization, fake_openai):
    """Issue 13: a server answering HTTP 400 to `dimensions` failed the extraction after the model was paid,
    and every retry paid it again."""
    fake_openai.chat_reply = extraction_reply()
    fake_openai.refuses_dimensions = True
    agent, person = create_agent(), create_person()
    first = chat(person, agent, "My lamp is late.", "I live in Lisbon.")
    second = chat(person, agent, "The lamp came, but broken.", "Can you send another?")

    assert learn(first) == Extraction.Status.SUCCEEDED
    assert learn(second) == Extraction.Status.SUCCEEDED

    assert len(fake_openai.chat_requests()) == 2
    # Asked without `dimensions` once refused: one embedding request for the second conversation.
    assert [r["body"].get("dimensions") for r in fake_openai.embedding_requests()] == [384, None, None]
    assert Fact.objects.get(memory__person=person, key="location").value == "Lisbon"
    assert len(Episode.objects.get(conversation=second).embedding) == llm.EMBEDDING_DIMENSIONS


@pytest.mark.parametrize(
    ("status", "failures"), [(503, 1), (400, 2)], ids=["server down", "400 with and without dimensions"]
)
def test_embeddings_failing_after_the_model_answered_still_learn_and_index_the_conversation(
    organization, fake_openai, status, failures
):
    def reply(payload):
        # The model answers (and is paid); the embeddings requests after it fail.
        fake_openai.fail_next(failures, status=status)
        return extraction_reply()

    fake_openai.chat_reply = reply
    agent, person = create_agent(memory_enabled=True), create_person()
    conversation = chat(person, agent, "My lamp is late.", "I live in Lisbon.")

    assert learn(conversation) == Extraction.Status.SUCCEEDED

    extraction = Extraction.objects.get(conversation=conversation)
    assert (extraction.attempts, extraction.last_error) == (1, "")
    assert len(fake_openai.chat_requests()) == 1
    assert Fact.objects.get(memory__person=person, key="location").value == "Lisbon"
    episode = Episode.objects.get(conversation=conversation)
    assert episode.content.startswith("Customer: My lamp is late.")
    # Indexed with the local embedder's vector, and found by its words.
    text = f"{episode.summary}\n{episode.content}"
    assert list(episode.embedding) == pytest.approx(llm.local_embed(text), abs=1e-6)
    (found,) = recall.search_episodes(person, agent, query="lamp late")
    assert found.conversation_id == conversation.public_id


def test_projecting_embeddings_keeps_their_similarities():
    rng = random.Random(7)
    base = [rng.gauss(0, 1) for _ in range(1536)]
    near = [value + rng.gauss(0, 0.4) for value in base]
    far = [rng.gauss(0, 1) for _ in range(1536)]

    def cosine(a, b):
        return sum(x * y for x, y in zip(a, b, strict=True)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))

    projected = [llm.fit_dimensions(v) for v in (base, near, far)]
    assert abs(cosine(projected[0], projected[1]) - cosine(base, near)) < 0.1
    assert abs(cosine(projected[0], projected[2]) - cosine(base, far)) < 0.1
    assert llm.fit_dimensions(base) == llm.fit_dimensions(base)  # the same projection every time

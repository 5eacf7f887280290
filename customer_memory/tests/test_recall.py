"""What the context recalls: a returning customer's memory before ingest, replays without secrets."""

from __future__ import annotations

import io
import json
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from conversations.models import Agent, Conversation, Message, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from conversations.tests.secret_messages import FULL_CARD_NUMBERS
from conversations.tests.secret_messages import SECRET_MESSAGES as SEVEN_LANGUAGE_SECRETS
from customer_memory import recall, retention
from customer_memory.context import build_context
from customer_memory.extraction import extract_from_conversation
from customer_memory.models import Episode, Extraction, Fact, Memory
from customer_memory.people import people_page
from customer_memory.tests.factories import create_memory

CUSTOMERS = "/api/tenants/me/customers"
INGEST = "/api/tenants/me/ingest"
CONVERSATIONS = "/api/tenants/me/conversations"
CUSTOMER, AGENT = Message.Role.CUSTOMER, Message.Role.AGENT


def say(api_client, agent, text, *, role="customer"):
    response = api_client.post(
        INGEST,
        {"agent": agent.public_id, "channel": "web", "channelIdentifier": "visitor-7", "role": role, "message": text},
    )
    assert response.status_code == 202, response.content
    return response.json()


def test_a_returning_customer_gets_their_memory_before_the_first_message_is_ingested(
    api_client, organization, django_capture_on_commit_callbacks
):
    agent = create_agent(memory_enabled=True)
    say(api_client, agent, "Hi, my name is Ada and I'm a nurse.")
    say(api_client, agent, "Hello Ada, how can I help?", role="agent")
    ids = say(api_client, agent, "I live in Lyon. My parcel with the blue lamp never arrived.")
    with django_capture_on_commit_callbacks(execute=True):  # the extraction task runs on commit
        assert api_client.post(f"{CONVERSATIONS}/{ids['conversationId']}/close").status_code == 202

    # Seed 002: the integration asks for the context before ingesting the new conversation's first message.
    response = api_client.get(f"{CUSTOMERS}/{ids['customerId']}/context", {"agent": agent.public_id})

    body = response.json()
    assert response.status_code == 200
    assert body["relationshipStage"] == "building"
    assert body["injected"] is True
    assert "- Occupation: nurse" in body["context_text"]
    assert "- Location: Lyon" in body["context_text"]
    assert "## Previous Conversation Summary" in body["context_text"]
    assert body["summary"]
    assert body["summary"] in body["context_text"]


# --- The Conversation History replay ---------------------------------------------------------------

SECRETS = {
    "card": "4111 1111 1111 1111",
    "cvv": "737",
    "password": "Tr0ub4dor&3",
    "otp": "482913",
}
SECRET_MESSAGES = [
    (CUSTOMER, f"Please charge my card {SECRETS['card']}, CVV {SECRETS['cvv']}, expiry 09/28."),
    (AGENT, "Thanks, processing it now."),
    (CUSTOMER, f"My account password is {SECRETS['password']} if you need it."),
    (CUSTOMER, f"The one-time code is {SECRETS['otp']}."),
]


def test_the_replay_never_carries_a_secret_whatever_is_stored(organization):
    agent = create_agent(memory_enabled=True, conversation_history_enabled=True, conversation_history_max_messages=10)
    person = create_person()
    create_conversation(person=person, agent=agent, messages=SECRET_MESSAGES)  # stored raw, as an org may choose
    create_memory(person=person, agent=agent, summary="They paid for an order.")

    ctx = build_context(person, agent, query="card payment")

    dumped = json.dumps(ctx.as_dict())
    for secret in SECRETS.values():
        # As a value of its own: a 3-digit CVV may well sit inside an id or a timestamp's microseconds.
        assert not re.search(rf"(?<![\w.]){re.escape(secret)}(?![\w])", dumped), secret
    assert "1111 1111 1111 1111" not in dumped
    assert [m["content"] for m in ctx.conversation_history][1] == "Thanks, processing it now."
    assert "[redacted]" in ctx.context_text


def test_the_replay_keeps_only_messages_within_the_retention_window(organization):
    agent = create_agent(
        memory_enabled=True, conversation_history_enabled=True, memory_retention_days=Agent.Retention.DAYS_30
    )
    person = create_person()
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "old news")], started_at=_days_ago(45))
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "recent news")], started_at=_days_ago(2))
    create_memory(person=person, agent=agent, summary="Recent.", updated_at=_days_ago(1))

    ctx = build_context(person, agent)

    assert [m["content"] for m in ctx.conversation_history] == ["recent news"]


def test_no_replay_once_the_memory_has_expired(organization):
    agent = create_agent(
        memory_enabled=True, conversation_history_enabled=True, memory_retention_days=Agent.Retention.DAYS_30
    )
    person = create_person()
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "recent news")], started_at=_days_ago(2))
    create_memory(person=person, agent=agent, summary="Old.", updated_at=_days_ago(31))

    ctx = build_context(person, agent)

    assert ctx.conversation_history == []
    assert ctx.context_text == ""


def _days_ago(days: int):
    return timezone.now() - timedelta(days=days)


@pytest.fixture(autouse=True)
def _offline_extractor(settings):
    settings.MEMORY_EXTRACTOR = "rules"


# --- Recall reads what was said ------------------------------------------------------------------


def learned(person, agent, messages, *, days_ago: int) -> Conversation:
    """A closed conversation of `days_ago`, learned from by the extraction (rules).

    A customer's thanks ends it: the extraction skips conversations with one customer message.
    """
    messages = [*messages, (CUSTOMER, "Thank you.")]
    conversation = create_conversation(person=person, agent=agent, messages=messages, started_at=_days_ago(days_ago))
    Conversation.objects.filter(pk=conversation.pk).update(closed_at=_days_ago(days_ago) + timedelta(minutes=20))
    conversation.refresh_from_db()
    assert extract_from_conversation(conversation).status == Extraction.Status.SUCCEEDED
    return conversation


DISTRACTORS = [
    [(CUSTOMER, "Hello, I would like to change my delivery address to my office."), (AGENT, "Done, it is changed.")],
    [(CUSTOMER, "Can you tell me your opening hours on Sunday?"), (AGENT, "We open from 10 to 16.")],
    [(CUSTOMER, "My invoice shows the wrong company name."), (AGENT, "I have corrected the invoice for you.")],
]


def person_with_history(agent, story, *, story_days_ago: int = 60, last_days_ago: int = 2) -> tuple[Person, str]:
    person = create_person()
    target = learned(person, agent, story, days_ago=story_days_ago)
    for index, messages in enumerate(DISTRACTORS):
        learned(person, agent, messages, days_ago=last_days_ago + index)
    person.refresh_from_db()
    return person, target.public_id


def test_extraction_indexes_the_whole_conversation_both_roles_with_secrets_masked(organization):
    agent = create_agent(memory_enabled=True)
    conversation = learned(create_person(), agent, SECRET_MESSAGES, days_ago=1)

    episode = Episode.objects.get(conversation=conversation)

    assert episode.content.splitlines()[:2] == [
        "Customer: Please charge my card [card •••• 1111], CVV [redacted], expiry [redacted].",
        "Agent: Thanks, processing it now.",
    ]
    stored = episode.content + str(Episode.objects.values_list("search_vector", flat=True).get(pk=episode.pk))
    for secret in SECRETS.values():
        assert secret not in stored
    assert "4111" not in stored


def test_index_conversation_is_idempotent(organization):
    agent = create_agent(memory_enabled=True)
    conversation = learned(create_person(), agent, DISTRACTORS[0], days_ago=1)
    before = Episode.objects.values("content", "search_vector", "embedding").get(conversation=conversation)

    recall.index_conversation(conversation)
    recall.index_conversation(conversation)

    after = Episode.objects.values("content", "search_vector", "embedding").get(conversation=conversation)
    assert after["content"] == before["content"]
    assert after["search_vector"] == before["search_vector"]
    assert list(after["embedding"]) == list(before["embedding"])
    assert recall.index_conversation(create_conversation(person=create_person(), agent=agent)) is None


def test_a_question_finds_the_conversation_from_its_words_not_its_summary(organization):
    agent = create_agent(memory_enabled=True)
    story = [
        (CUSTOMER, "Hi, something is wrong with my bill this month."),
        (AGENT, "Let me look at it."),
        (CUSTOMER, "You charged me twice for the March subscription."),
        (AGENT, "I've issued a refund of 64.99 to the card on file."),
    ]
    person, target = person_with_history(agent, story)

    ctx = build_context(person, agent, query="was the double charge for March refunded?")

    assert ctx.episodes[0]["conversation_id"] == target
    assert "I've issued a refund of 64.99 to the card on file." in ctx.context_text
    when = Episode.objects.get(conversation__public_id=target).created_at
    assert f"  {when:%d %b %Y}, Agent: I've issued a refund" in ctx.context_text
    assert "Agent: I've issued a refund of 64.99 to the card on file." in ctx.episodes[0]["lines"]


@pytest.mark.parametrize(
    ("story", "query", "evidence"),
    [
        pytest.param(
            [(CUSTOMER, "Đơn trà sữa của mình bị trừ tiền hai lần."), (AGENT, "Em đã hoàn 58.000đ về ví cho chị.")],
            "tien tra sua bi tru hai lan da hoan chua?",
            "Em đã hoàn 58.000đ về ví cho chị.",
            id="vietnamese-query-without-diacritics",
        ),
        pytest.param(
            [(CUSTOMER, "Don tra sua bi tru tien hai lan roi em oi."), (AGENT, "Da, em hoan 58.000d ve vi cho chi.")],
            "tiền trà sữa bị trừ hai lần đã hoàn chưa?",
            "Da, em hoan 58.000d ve vi cho chi.",
            id="vietnamese-content-without-diacritics",
        ),
        pytest.param(
            [(CUSTOMER, "Me habéis cobrado la comisión de mantenimiento."), (AGENT, "He solicitado la devolución.")],
            "¿me devolvieron la comision de mantenimiento?",
            "He solicitado la devolución.",
            id="spanish",
        ),
        pytest.param(
            [(CUSTOMER, "החבילה שלי נתקעה בסניף הדואר בנס ציונה."), (AGENT, "החזרתי לך את דמי המשלוח, 29 ₪.")],
            "מה קרה עם החבילה שנתקעה בסניף הדואר?",
            "החזרתי לך את דמי המשלוח, 29 ₪.",
            id="hebrew",
        ),
    ],
)
def test_recall_matches_across_languages_and_diacritics(organization, story, query, evidence):
    agent = create_agent(memory_enabled=True)
    person, target = person_with_history(agent, story)

    ctx = build_context(person, agent, query=query)

    assert ctx.episodes[0]["conversation_id"] == target
    assert evidence in ctx.context_text


def test_fold_removes_accents_vowel_points_and_the_vietnamese_d():
    assert recall.fold("Tiền HOÀN đủ") == "tien hoan du"
    assert recall.fold("שָׁלוֹם") == "שלום"
    assert recall.fold("devolución") == "devolucion"


def test_a_dormant_customer_asking_about_an_old_issue_gets_that_issue(organization):
    agent = create_agent(memory_enabled=True)
    story = [
        (CUSTOMER, "The heating pump I bought makes a loud rattling noise."),
        (AGENT, "That is the mounting bracket; I am sending a replacement bracket, part HB-220."),
    ]
    person = create_person()
    target = learned(person, agent, story, days_ago=400)
    for index, messages in enumerate(DISTRACTORS * 4):
        learned(person, agent, messages, days_ago=120 + index)
    person.refresh_from_db()

    ctx = build_context(person, agent, query="what was the part for the rattling heating pump?")

    assert ctx.relationship_stage == "dormant"
    assert len(ctx.context_text) <= ctx.memory_budget * 4
    assert ctx.episodes[0]["conversation_id"] == target.public_id
    assert "part HB-220" in ctx.context_text


def test_without_a_query_the_most_recent_episodes_come_without_lines(organization):
    agent = create_agent(memory_enabled=True)
    person, _ = person_with_history(agent, DISTRACTORS[0])

    ctx = build_context(person, agent)

    assert [e["created_at"] for e in ctx.episodes] == sorted((e["created_at"] for e in ctx.episodes), reverse=True)
    assert all(e["lines"] == [] for e in ctx.episodes)


def test_the_context_never_carries_a_secret_from_a_recalled_conversation(organization):
    agent = create_agent(memory_enabled=True, conversation_history_enabled=True)
    person, _ = person_with_history(agent, SECRET_MESSAGES)

    ctx = build_context(person, agent, query="card CVV password one-time code charge")

    dumped = json.dumps(ctx.as_dict(), default=str)
    assert ctx.episodes
    for secret in SECRETS.values():
        assert not re.search(rf"(?<![\w.]){re.escape(secret)}(?![\w])", dumped), secret  # as a value of its own
    assert not re.search(r"(?<![\w.])4111(?![\w])", dumped)


def strings(value):
    """Every string in a JSON value, keys and nested values alike."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


@pytest.mark.usefixtures("keeps_raw_secrets")
@pytest.mark.parametrize("language", list(SEVEN_LANGUAGE_SECRETS))
def test_no_field_of_the_context_carries_a_secret_stored_raw_in_seven_languages(
    api_client, language, django_capture_on_commit_callbacks
):
    text, secrets = SEVEN_LANGUAGE_SECRETS[language]
    agent = create_agent(memory_enabled=True, conversation_history_enabled=True, conversation_history_max_messages=20)
    say(api_client, agent, text)
    say(api_client, agent, "Thanks, processing it now.", role="agent")
    ids = say(api_client, agent, "Thank you.")
    with django_capture_on_commit_callbacks(execute=True):  # the extraction indexes it on commit
        assert api_client.post(f"{CONVERSATIONS}/{ids['conversationId']}/close").status_code == 202
    stored = api_client.get(f"{CONVERSATIONS}/{ids['conversationId']}").json()["messages"][0]["content"]
    assert stored == text  # the organization keeps raw text
    person = Person.objects.get(public_id=ids["customerId"])
    for index, messages in enumerate(DISTRACTORS):
        learned(person, agent, messages, days_ago=2 + index)

    response = api_client.get(f"{CUSTOMERS}/{ids['customerId']}/context", {"agent": agent.public_id, "query": text})

    body = response.json()
    assert response.status_code == 200
    # The conversation with the secrets is recalled, its lines quoted and its messages replayed, masked.
    assert body["episodes"][0]["conversationId"] == ids["conversationId"]
    assert "[card •••• " in body["context_text"]
    assert any("[card •••• " in message["content"] for message in body["conversationHistory"])
    for value in strings(body):
        assert not any(number in value for number in FULL_CARD_NUMBERS), value
        for secret in secrets:
            # As a value of its own: a 3-digit CVV may well sit inside an id or a timestamp's microseconds.
            assert not re.search(rf"(?<![\w.]){re.escape(secret)}(?![\w])", value), (secret, value)


def test_reindex_episodes_backfills_the_transcript_with_progress(organization):
    agent = create_agent(memory_enabled=True)
    conversation = learned(create_person(), agent, DISTRACTORS[1], days_ago=1)
    Episode.objects.filter(conversation=conversation).update(content="", search_vector=None)
    out = io.StringIO()

    call_command("reindex_episodes", "--schema", "acme", stdout=out)

    assert Episode.objects.get(conversation=conversation).content.startswith("Customer: Can you tell me")
    assert "acme [##############################] 1/1" in out.getvalue()
    assert "acme: 1 episodes indexed" in out.getvalue()


# --- One home for reading memory, one retention rule ----------------------------------------------


@pytest.mark.parametrize("days", Agent.Retention.values)
def test_the_querysets_retention_rule_is_the_one_in_python(organization, days):
    agent = create_agent(memory_retention_days=days)
    now = timezone.now()
    edge = now - timedelta(days=days)
    ages = {"just kept": edge + timedelta(seconds=1), "just expired": edge - timedelta(seconds=1)}
    memories = {name: create_memory(person=create_person(), agent=agent, updated_at=at) for name, at in ages.items()}

    live = set(Memory.objects.live(now).values_list("pk", flat=True))
    condition, params = recall.live_memory_condition("m", agent, now=now)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT m.id FROM {Memory._meta.db_table} m WHERE {condition}", params)
        written_out = {row[0] for row in cursor.fetchall()}

    assert written_out == live
    for memory in memories.values():
        expired = retention.is_expired(updated_at=memory.updated_at, retention_days=days, now=now)
        assert (memory.pk in live) is not expired
    assert set(Memory.objects.expired(now).values_list("pk", flat=True)) == {m.pk for m in memories.values()} - live


def test_every_reader_agrees_that_expired_memory_is_not_remembered(organization, api_client):
    agent = create_agent(memory_enabled=True, memory_retention_days=Agent.Retention.DAYS_30)
    person = create_person()
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "hi"), (CUSTOMER, "again")])
    memory = create_memory(person=person, agent=agent, summary="Old story.", updated_at=_days_ago(31))
    Fact.objects.create(memory=memory, key="location", value="Lyon", confidence=Fact.Confidence.HIGH)

    profile = api_client.get(f"{CUSTOMERS}/{person.public_id}").json()

    assert build_context(person, agent).injected is False
    assert recall.remembers(person, agent) is False
    assert [row.has_memory for row in people_page(agent).page.rows] == [False]
    assert recall.memory_view(person, agent).expired is True
    assert "Lyon" not in json.dumps(profile)
    assert "Old story." not in json.dumps(profile)
    Memory.objects.filter(pk=memory.pk).update(updated_at=_days_ago(29))
    assert recall.remembers(person, agent) is True
    assert [row.has_memory for row in people_page(agent).page.rows] == [True]
    assert recall.memory_view(person, agent).expired is False
    assert "Lyon" in json.dumps(api_client.get(f"{CUSTOMERS}/{person.public_id}").json())

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from conversations.models import Agent, Conversation, Message, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import context, llm, recall
from customer_memory.context import build_context
from customer_memory.models import Episode, Fact
from customer_memory.recall import search_episodes
from customer_memory.tests.factories import create_fact, create_memory

CUSTOMER, AGENT = Message.Role.CUSTOMER, Message.Role.AGENT


def returning_person(*, conversations: int = 5, **fields) -> Person:
    """A person with `conversations` conversations so far, last seen now (stage from the count)."""
    person = create_person(**fields)
    Person.objects.filter(pk=person.pk).update(conversation_count=conversations)
    person.refresh_from_db()
    return person


def remember(person, agent, *, facts: dict[str, str] | None = None, summary: str = "", **memory_fields):
    memory = create_memory(person=person, agent=agent, summary=summary, **memory_fields)
    for key, value in (facts or {}).items():
        create_fact(memory=memory, key=key, value=value, confidence=Fact.Confidence.HIGH)
    return memory


def add_episode(person, agent, summary: str, *, days_ago: int = 1) -> Episode:
    closed = timezone.now() - timedelta(days=days_ago)
    conversation = Conversation.objects.create(
        person=person,
        agent=agent,
        channel=person.channel_type,
        status=Conversation.Status.CLOSED,
        started_at=closed,
        last_message_at=closed,
        closed_at=closed,
    )
    episode = Episode.objects.create(
        person=person,
        agent=agent,
        conversation=conversation,
        summary=summary,
        embedding=llm.embed(summary),
        created_at=closed,
    )
    recall.index_conversation(conversation)
    return episode


@pytest.fixture
def agent(organization):
    return create_agent()


# --- What is injected --------------------------------------------------------------------------------


def test_context_for_a_returning_person_has_facts_summary_and_sections(agent):
    person = returning_person(name="Arjun")
    remember(
        person,
        agent,
        facts={"location": "Mumbai", "spouse": "Priya (wife)", "pet": "Bruno (dog)", "response_length": "short"},
        summary="On 01 Mar 2026 they reported a torn polo shirt, which was still open.",
    )

    ctx = build_context(person, agent)

    assert ctx.injected is True
    assert ctx.relationship_stage == "established"
    assert ctx.memory_budget == 1200
    assert {m["content"] for m in ctx.memories} >= {"Location: Mumbai", "Response length: short"}
    assert ctx.summary.startswith("On 01 Mar 2026")
    assert "## Returning Customer — Remembered Facts" in ctx.context_text
    assert "- Location: Mumbai" in ctx.context_text
    assert "## Previous Conversation Summary\nOn 01 Mar 2026" in ctx.context_text
    assert ctx.contact["display_name"] == "Arjun"
    assert {(e["entity_type"], e["display_name"]) for e in ctx.entities} == {("person", "Priya"), ("pet", "Bruno")}
    assert {m["memory_type"] for m in ctx.memories} == {"fact", "instruction"}


def test_facts_are_sorted_high_confidence_first_and_capped_at_40(agent):
    person = returning_person(conversations=12)
    memory = remember(person, agent)
    for index in range(30):
        create_fact(memory=memory, key=f"low_{index:02d}", value="x", confidence=Fact.Confidence.LOW)
    for index in range(15):
        create_fact(memory=memory, key=f"high_{index:02d}", value="y", confidence=Fact.Confidence.HIGH)

    ctx = build_context(person, agent)

    assert len(ctx.memories) == 40
    assert [m["confidence"] for m in ctx.memories[:15]] == ["high"] * 15
    assert {m["confidence"] for m in ctx.memories[15:]} == {"low"}


def test_summary_is_truncated_to_800_characters(agent):
    person = returning_person()
    remember(person, agent, facts={"name": "Ada"}, summary="They talked about lamps again. " * 100)

    ctx = build_context(person, agent)

    assert len(ctx.summary) <= 800
    assert ctx.summary.endswith("…")


@pytest.mark.parametrize(
    ("conversations", "days_since_contact", "stage", "budget"),
    [
        (1, 0, "building", 500),
        (3, 0, "building", 500),
        (6, 0, "established", 1200),
        (12, 0, "deep", 2000),
        (6, 45, "fading", 800),
        (6, 120, "dormant", 200),
    ],
)
def test_context_text_fits_the_memory_budget_of_the_stage(agent, conversations, days_since_contact, stage, budget):
    person = returning_person(conversations=conversations)
    memory = remember(person, agent, summary="They asked about the warranty of a long list of items. " * 30)
    for index in range(40):
        create_fact(memory=memory, key=f"detail_{index:02d}", value="a fairly long remembered value " * 3)
    for index in range(5):
        add_episode(person, agent, f"The customer asked about warranty item {index} in some detail.")
    now = timezone.now() + timedelta(days=days_since_contact)

    ctx = build_context(person, agent, now=now)

    assert (ctx.relationship_stage, ctx.memory_budget) == (stage, budget)
    assert len(ctx.context_text) <= budget * 4
    assert ctx.injected is (budget > 0)
    if budget:
        assert ctx.context_text.startswith(f"{context.DATA_NOTICE}\n\n<customer_data>\n## Returning Customer")
    else:
        assert ctx.context_text == ""
        assert ctx.memories == []


def test_stage_recency_counts_from_the_last_closed_conversation(agent):
    person = create_person()
    remember(person, agent, facts={"name": "Ada"})
    create_conversation(person=person, agent=agent, started_at=timezone.now() - timedelta(days=100))
    create_conversation(person=person, agent=agent, started_at=timezone.now() - timedelta(days=50))
    create_conversation(person=person, agent=agent, status=Conversation.Status.OPEN, started_at=timezone.now())
    person.refresh_from_db()
    Conversation.objects.filter(person=person, status="closed").update(
        last_message_at=timezone.now() - timedelta(days=50)
    )

    ctx = build_context(person, agent)

    assert ctx.relationship_stage == "fading"


def test_nothing_learned_is_new_whatever_the_count(agent):
    person = returning_person(conversations=12)
    create_memory(person=person, agent=agent)  # a memory row with no fact and no summary

    ctx = build_context(person, agent)

    assert (ctx.relationship_stage, ctx.memory_budget, ctx.injected) == ("new", 0, False)


def test_one_learned_conversation_is_enough_for_memory(agent):
    person = returning_person(conversations=1)
    remember(person, agent, facts={"location": "Hanoi"})

    ctx = build_context(person, agent)

    assert ctx.relationship_stage == "building"
    assert "- Location: Hanoi" in ctx.context_text


def test_mood_gives_a_tone_hint(agent):
    person = returning_person(last_mood="frustrated", last_mood_confidence=0.9)
    remember(person, agent, facts={"name": "Ada"})

    ctx = build_context(person, agent)

    assert ctx.state["mood"] == "frustrated"
    assert ctx.state["mood_confidence"] == 0.9
    assert (
        ctx.tone_hint
        == ctx.state["tone_hint"]
        == ("Be patient, acknowledge difficulty, offer concrete solutions. No cheerful emojis.")
    )
    assert "Last mood: frustrated. Be patient" in ctx.context_text


def test_state_has_trust_and_churn_from_the_seed_formulas(agent, settings):
    settings.MEMORY_TRUST_BASE = 0.5
    settings.MEMORY_CHURN_BASE = 0.1
    person = returning_person(positive_interactions=2, complaints=1, unresolved_issues=1)

    ctx = build_context(person, agent, now=timezone.now() + timedelta(days=45))

    assert ctx.state["trust_score"] == pytest.approx(0.6)
    assert ctx.state["churn_risk"] == pytest.approx(0.45, abs=0.01)


# --- What is never injected ------------------------------------------------------------------------


def test_memory_off_injects_nothing(organization):
    agent = create_agent(memory_enabled=False)
    person = returning_person(last_mood="sad")
    remember(person, agent, facts={"name": "Ada"}, summary="Something happened.")

    ctx = build_context(person, agent)

    assert ctx.injected is False
    assert (ctx.memories, ctx.summary, ctx.episodes, ctx.context_text) == ([], "", [], "")
    assert ctx.state["mood"] is None


def test_expired_memory_is_not_injected_even_before_it_is_deleted(organization):
    agent = create_agent(memory_retention_days=Agent.Retention.DAYS_30)
    person = returning_person()
    memory = remember(
        person, agent, facts={"name": "Ada"}, summary="Old.", updated_at=timezone.now() - timedelta(days=31)
    )
    add_episode(person, agent, "An old conversation about lamps.")

    ctx = build_context(person, agent, query="lamps")

    assert ctx.injected is False
    assert (ctx.memories, ctx.summary, ctx.episodes, ctx.context_text) == ([], "", [], "")
    assert memory.facts.exists()


def test_memory_within_retention_is_injected(organization):
    agent = create_agent(memory_retention_days=Agent.Retention.DAYS_30)
    person = returning_person()
    remember(person, agent, facts={"name": "Ada"}, updated_at=timezone.now() - timedelta(days=29))

    assert build_context(person, agent).injected is True


def test_one_agent_never_sees_another_agents_memory(organization):
    support, sales = create_agent(name="Support"), create_agent(name="Sales")
    person = returning_person()
    remember(person, support, facts={"location": "Mumbai"}, summary="Support story.")
    add_episode(person, support, "Support conversation about a broken lamp.")
    remember(person, sales, facts={"budget": "1000 EUR"})

    ctx = build_context(person, sales, query="broken lamp")

    assert [m["key"] for m in ctx.memories] == ["budget"]
    assert ctx.summary == ""
    assert ctx.episodes == []
    assert "Mumbai" not in ctx.context_text


# --- Episodes: exact hybrid search per person ----------------------------------------------------


def crowd_of_episodes(agent, *, people: int, per_person: int, summary: str) -> None:
    """Other people's episodes, all very close to `summary` (bulk, fast)."""
    others = Person.objects.bulk_create(
        [Person(channel_type="web", channel_identifier=f"crowd-{i}") for i in range(people)]
    )
    now = timezone.now()
    conversations = Conversation.objects.bulk_create(
        [
            Conversation(person=p, agent=agent, channel="web", status="closed", started_at=now, last_message_at=now)
            for p in others
            for _ in range(per_person)
        ]
    )
    embedding = llm.embed(summary)
    Episode.objects.bulk_create(
        [
            Episode(person=c.person, agent=agent, conversation=c, summary=summary, embedding=embedding, created_at=now)
            for c in conversations
        ]
    )
    Episode.objects.filter(person__in=others).update(search_vector=recall.tsvector_literal(summary))


def test_episode_search_is_exact_per_person_among_many_similar_episodes(agent):
    person = returning_person(conversations=12)
    lamp = add_episode(person, agent, "The customer reported that the desk lamp delivery was late.", days_ago=30)
    for index in range(6):
        add_episode(person, agent, f"The customer changed the billing address number {index}.", days_ago=index + 1)
    crowd_of_episodes(agent, people=50, per_person=8, summary="Desk lamp delivery late, lamp delivery late.")

    found = search_episodes(person, agent, query="desk lamp delivery", limit=5)

    assert len(found) == 5
    assert found[0].id == lamp.public_id
    assert found[0].score > found[1].score
    own = set(Episode.objects.filter(person=person).values_list("public_id", flat=True))
    assert {episode.id for episode in found} <= own


def plan_without_seqscans(sql, params):
    """EXPLAIN with sequential scans off, so any usable index shows up in the plan."""
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        try:
            cursor.execute("EXPLAIN " + sql, params)
            return "\n".join(row[0] for row in cursor.fetchall())
        finally:
            cursor.execute("RESET enable_seqscan")


def test_episode_search_reads_the_persons_episodes_through_an_index(agent):
    person = returning_person()
    add_episode(person, agent, "A lamp.")
    crowd_of_episodes(agent, people=20, per_person=5, summary="Lamp delivery.")
    sql, params = recall.episode_search_sql(person.pk, agent.pk, query="lamp delivery", limit=5)

    plan = plan_without_seqscans(sql, params)

    # The person's rows are found by an index on person_id (which one the
    # planner picks depends on the table's statistics at the time).
    assert any("Cond" in line and "person_id" in line for line in plan.splitlines()), plan


def test_episodes_without_a_query_are_the_most_recent(agent):
    person = returning_person()
    remember(person, agent, facts={"name": "Ada"})
    add_episode(person, agent, "Oldest.", days_ago=9)
    add_episode(person, agent, "Middle.", days_ago=5)
    add_episode(person, agent, "Newest.", days_ago=1)

    ctx = build_context(person, agent)

    assert [e["summary"] for e in ctx.episodes] == ["Newest.", "Middle.", "Oldest."]
    assert "## Relevant Past Conversations" in ctx.context_text


def test_episode_ranking_falls_back_to_full_text_when_embeddings_fail(agent, fake_openai):
    person = returning_person()
    remember(person, agent, facts={"name": "Ada"})
    lamp = add_episode(person, agent, "The lamp arrived broken.", days_ago=5)
    add_episode(person, agent, "Asked about opening hours.", days_ago=1)
    fake_openai.fail_next(status=500)

    ctx = build_context(person, agent, query="broken lamp")

    assert ctx.episodes[0]["id"] == lamp.public_id


# --- Conversation history ----------------------------------------------------------------------------


def test_conversation_history_gives_the_last_messages_of_earlier_conversations(organization):
    agent = create_agent(memory_enabled=False, conversation_history_enabled=True, conversation_history_max_messages=3)
    person = create_person()
    start = timezone.now() - timedelta(days=2)
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "one"), (AGENT, "two")], started_at=start)
    create_conversation(
        person=person,
        agent=agent,
        messages=[(CUSTOMER, "three"), (AGENT, "four")],
        started_at=start + timedelta(days=1),
    )
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "current")], status=Conversation.Status.OPEN)
    create_conversation(person=person, agent=create_agent(name="Other"), messages=[(CUSTOMER, "elsewhere")])

    ctx = build_context(person, agent)

    assert [m["content"] for m in ctx.conversation_history] == ["two", "three", "four"]
    assert ctx.injected is False
    assert ctx.context_text == (
        f"{context.DATA_NOTICE}\n\n<customer_data>\n## Earlier Messages\nAgent: two\nCustomer: three\nAgent: four\n"
        "</customer_data>"
    )


def test_no_conversation_history_when_the_option_is_off(agent):
    person = create_person()
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "hello")])

    assert build_context(person, agent).conversation_history == []


# --- Cache and cost ------------------------------------------------------------------------------


def test_build_context_uses_few_queries_with_a_warm_cache(organization, django_assert_num_queries):
    agent = create_agent(conversation_history_enabled=True)
    person = returning_person(conversations=12)
    remember(person, agent, facts={f"fact_{i}": "value" for i in range(10)}, summary="A story.")
    add_episode(person, agent, "A lamp arrived broken.")
    build_context(person, agent, query="lamp")

    # Memory, its facts, the ranked episodes and the returning customer's last topic in one; the earlier
    # messages; the hot layers (staff notes among them) come from the cache.
    with django_assert_num_queries(2):
        ctx = build_context(person, agent, query="lamp")

    assert ctx.injected
    assert ctx.episodes
    assert len(ctx.memories) == 10


def test_build_context_costs_two_more_queries_with_a_cold_cache(agent, django_assert_num_queries):
    person = returning_person()
    remember(person, agent, facts={"name": "Ada"})
    build_context(person, agent)
    with django_assert_num_queries(1):  # memory, facts and episodes; the layers from the cache
        build_context(person, agent)
    context.invalidate_cached_layers(person.pk)

    # The hot layers (the last closed conversation, energy and active days) and the staff notes.
    with django_assert_num_queries(4):
        build_context(person, agent)


def test_memory_without_facts_still_gives_its_summary(agent):
    person = returning_person()
    remember(person, agent, summary="They asked about lamps.")

    ctx = build_context(person, agent)

    assert ctx.summary == "They asked about lamps."
    assert ctx.injected is True


def test_hot_layers_are_cached_and_rebuilt_when_the_person_changes(agent):
    person = returning_person(name="Ada")
    build_context(person, agent)
    assert cache.get(context.layer_cache_keys(person.pk)[0])["name"] == "Ada"

    person.name = "Ada Lovelace"
    person.save()

    assert build_context(person, agent).contact["name"] == "Ada Lovelace"


def test_cached_layers_are_forgotten_on_invalidation(agent):
    person = returning_person()
    context.person_layers(person)

    context.invalidate_cached_layers(person.pk)

    assert cache.get_many(context.layer_cache_keys(person.pk)) == {}


def test_as_dict_is_json_ready_with_snake_case_keys(agent):
    person = returning_person(last_mood="happy", last_mood_confidence=0.7)
    remember(person, agent, facts={"name": "Ada"})
    add_episode(person, agent, "A lamp.")

    data = build_context(person, agent).as_dict()

    json.dumps(data)
    assert set(data) >= {
        "contact",
        "state",
        "memories",
        "entities",
        "episodes",
        "conversation_history",
        "summary",
        "context_text",
        "memory_budget",
        "relationship_stage",
        "injected",
    }
    assert "mood_confidence" in data["state"]
    assert "relationship_stage" in data["state"]


def test_expired_memory_recalls_nothing_not_even_episodes(organization):
    agent = create_agent(memory_retention_days=Agent.Retention.DAYS_30)
    person = returning_person()
    remember(person, agent, facts={"name": "Ada"}, summary="Lamps.")
    add_episode(person, agent, "A lamp.")
    now = timezone.now()

    live = recall.recall_sql(person.pk, agent, now=now + timedelta(days=29), query="lamp", episode_limit=3)
    expired = recall.recall_sql(person.pk, agent, now=now + timedelta(days=31), query="lamp", episode_limit=3)
    with connection.cursor() as cursor:
        cursor.execute(*live)
        assert sorted({row[0] for row in cursor.fetchall()}) == [0, 1, 2]
        cursor.execute(*expired)
        assert cursor.fetchall() == []


def test_the_context_caches_a_person_under_the_keys_ingestion_forgets():
    # Ingestion (conversations) drops a person's cached layers by conversations.person_cache's keys; the
    # context must cache them under the same ones, or a new name would stay hidden behind the old layer.
    from conversations.person_cache import person_cache_keys

    assert context.layer_cache_keys(42) == person_cache_keys(42)

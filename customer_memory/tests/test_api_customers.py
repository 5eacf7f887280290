from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.tests.factories import create_episode, create_fact, create_memory

CUSTOMERS = "/api/tenants/me/customers"


def at(minutes: int) -> datetime:
    return datetime(2026, 3, 12, 10, 0, tzinfo=UTC) + timedelta(minutes=minutes)


def test_customer_list_returns_seed_fields_most_recent_first(api_client):
    older = create_person(
        name="Tran Thi B",
        channel_identifier="+84911111111",
        last_seen_at=at(0),
        first_contact_at=at(-60 * 24),
    )
    newer = create_person(
        name="Nguyen Van A",
        channel_identifier="+84912345678",
        phone="+84912345678",
        email="customer@example.com",
        positive_interactions=3,
        unresolved_issues=1,
        conversation_count=5,
        last_seen_at=at(5),
        first_contact_at=datetime(2026, 2, 1, tzinfo=UTC),
    )

    response = api_client.get(CUSTOMERS)

    assert response.status_code == 200
    body = response.json()
    assert [item["id"] for item in body["data"]] == [newer.public_id, older.public_id]
    # Computed when read: seed 000's churn counts the days since the last contact (at(5)) until now.
    days = (timezone.now() - at(5)).total_seconds() / 86400
    assert body["data"][0].pop("churnRisk") == pytest.approx(min(1, 0.1 + days / 90 * 0.2 + 0.25), abs=1e-4)
    assert body["data"][0] == {
        "id": newer.public_id,
        "name": "Nguyen Van A",
        "phone": "+84912345678",
        "email": "customer@example.com",
        "channels": ["whatsapp"],
        "channelIdentifier": "+84912345678",
        "trustScore": 0.8,
        "relationshipStage": "new",
        "totalConversations": 5,
        "firstContactAt": "2026-02-01T00:00:00Z",
        "lastMessageAt": "2026-03-12T10:05:00Z",
    }
    assert body["data"][1]["email"] is None
    assert body["pagination"] == {"limit": 20, "hasMore": False, "nextCursor": None}


def test_customer_list_pages_through_everyone_once_with_the_cursor(api_client):
    people = [create_person(last_seen_at=at(minute)) for minute in (1, 2, 2, 2, 3, 4, 5)]
    expected = [p.public_id for p in sorted(people, key=lambda p: (p.last_seen_at, p.pk), reverse=True)]

    seen, cursor, pages = [], None, 0
    while True:
        response = api_client.get(CUSTOMERS, {"limit": 2, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200
        body = response.json()
        seen += [item["id"] for item in body["data"]]
        pages += 1
        cursor = body["pagination"]["nextCursor"]
        assert body["pagination"]["hasMore"] is (cursor is not None)
        if cursor is None:
            break

    assert seen == expected
    assert pages == 4


def test_customer_list_keeps_people_without_a_last_seen_time(api_client):
    dated = create_person(last_seen_at=at(0))
    undated = [create_person(last_seen_at=None, first_contact_at=None) for _ in range(3)]

    first = api_client.get(CUSTOMERS, {"limit": 2}).json()
    second = api_client.get(CUSTOMERS, {"limit": 2, "cursor": first["pagination"]["nextCursor"]}).json()

    ids = [item["id"] for item in first["data"] + second["data"]]
    assert sorted(ids) == sorted([dated.public_id, *(p.public_id for p in undated)])
    assert len(set(ids)) == 4


def test_customer_list_leaves_out_people_from_agent_test_chats(api_client):
    create_person(is_test=True)
    real = create_person()

    body = api_client.get(CUSTOMERS).json()

    assert [item["id"] for item in body["data"]] == [real.public_id]


@pytest.mark.parametrize("limit", ["0", "101", "many"])
def test_customer_list_rejects_a_limit_outside_1_to_100(api_client, limit):
    response = api_client.get(CUSTOMERS, {"limit": limit})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "VALIDATION_ERROR"
    assert set(response.json()["error"]["fields"]) == {"limit"}


@pytest.mark.parametrize("cursor", ["garbage", "WzEsMl0", "bnVsbA", "WyIyMDI2LTAzLTEyVDEwOjAwOjAwIiwxXQ"])
def test_customer_list_rejects_a_cursor_it_did_not_issue(api_client, cursor):
    response = api_client.get(CUSTOMERS, {"cursor": cursor})

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"cursor"}


def test_customer_list_query_count_does_not_grow_with_the_page(api_client):
    api_client.get(CUSTOMERS)  # records the key's last use, once a minute
    counts = []
    for people in (2, 40):
        for _ in range(people):
            create_person()
        with CaptureQueriesContext(connection) as queries:
            response = api_client.get(CUSTOMERS, {"limit": 100})
        assert response.status_code == 200
        counts.append(len(queries))

    assert counts[0] == counts[1]
    assert counts[1] <= 4  # key, rate limit, the page, which of them are remembered


def test_customer_list_query_count_is_bounded(api_client, django_assert_max_num_queries):
    for _ in range(30):
        create_person()
    api_client.get(CUSTOMERS)

    with django_assert_max_num_queries(4):
        api_client.get(CUSTOMERS, {"limit": 100})


def test_customer_detail_has_all_four_memory_layers(api_client):
    agent = create_agent(name="Support")
    person = create_person(
        name="Nguyen Van A",
        phone="+84912345678",
        language="vi",
        timezone="Asia/Ho_Chi_Minh",
        positive_interactions=3,
        tone_preference="friendly",
        open_issues=["defective polo shirt"],
        personal_details="Prefers quick responses",
        last_mood="frustrated",
        last_mood_at=at(0),
        first_contact_at=datetime(2026, 2, 1, tzinfo=UTC),
    )
    conversation = create_conversation(person=person, agent=agent, messages=[("customer", "My shirt has a tear")])
    episode = create_episode(conversation=conversation, summary="Found a defect in the seam, asked for an exchange")
    memory = create_memory(person=person, agent=agent, summary="The customer asked to exchange a polo shirt.")
    low = create_fact(memory=memory, key="shirt_size", value="M", confidence="low")
    high = create_fact(
        memory=memory, key="occupation", value="Nurse", confidence="high", source_conversation=conversation
    )

    response = api_client.get(f"{CUSTOMERS}/{person.public_id}")

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == person.public_id
    assert body["channels"] == ["whatsapp"]
    assert body["language"] == "vi"
    layers = body["memory"]
    assert layers["l1_identity"] == {
        "name": "Nguyen Van A",
        "phone": "+84912345678",
        "email": None,
        "channels": ["whatsapp"],
        "language": "vi",
        "timezone": "Asia/Ho_Chi_Minh",
    }
    assert layers["l2_history"] == {
        "firstContact": "2026-02-01T00:00:00Z",
        "totalConversations": 1,
        "trustScore": 0.8,
        "churnRisk": 0.1001,  # the base, plus an hour since the conversation closed
        "relationshipStage": "building",
    }
    assert layers["l3_episodes"] == [
        {
            "id": episode.public_id,
            "agentId": agent.public_id,
            "summary": "Found a defect in the seam, asked for an exchange",
            "conversationId": conversation.public_id,
            "createdAt": episode.created_at.isoformat().replace("+00:00", "Z"),
        }
    ]
    assert layers["l4_prefs_mood"] == {
        "tonePref": "friendly",
        "openIssues": ["defective polo shirt"],
        "personalDetails": "Prefers quick responses",
        "lastMood": "frustrated",
        "lastMoodAt": "2026-03-12T10:00:00Z",
    }
    assert [fact["id"] for fact in layers["facts"]] == [high.public_id, low.public_id]
    assert layers["facts"][0]["sourceConversationId"] == conversation.public_id
    assert layers["facts"][0]["agentId"] == agent.public_id
    assert layers["summaries"] == [
        {
            "agentId": agent.public_id,
            "summary": "The customer asked to exchange a polo shirt.",
            "updatedAt": memory.updated_at.isoformat().replace("+00:00", "Z"),
        }
    ]


def test_customer_detail_scopes_facts_summary_and_episodes_to_one_agent(api_client):
    sales, support = create_agent(name="Sales"), create_agent(name="Support")
    person = create_person()
    create_fact(memory=create_memory(person=person, agent=sales, summary="Bought shoes."), key="shoe_size", value="42")
    create_fact(memory=create_memory(person=person, agent=support, summary="Had a refund."), key="city", value="Hue")
    create_episode(conversation=create_conversation(person=person, agent=sales))
    support_episode = create_episode(conversation=create_conversation(person=person, agent=support))

    everything = api_client.get(f"{CUSTOMERS}/{person.public_id}").json()["memory"]
    scoped = api_client.get(f"{CUSTOMERS}/{person.public_id}", {"agent": support.public_id}).json()["memory"]

    assert {fact["key"] for fact in everything["facts"]} == {"shoe_size", "city"}
    assert len(everything["summaries"]) == 2
    assert len(everything["l3_episodes"]) == 2
    assert [fact["key"] for fact in scoped["facts"]] == ["city"]
    assert [summary["summary"] for summary in scoped["summaries"]] == ["Had a refund."]
    assert [episode["id"] for episode in scoped["l3_episodes"]] == [support_episode.public_id]


def test_customer_detail_leaves_out_memory_past_its_retention(api_client):
    agent = create_agent(memory_retention_days=30)
    person = create_person()
    memory = create_memory(
        person=person, agent=agent, summary="Old news.", updated_at=timezone.now() - timedelta(days=31)
    )
    create_fact(memory=memory)
    create_episode(conversation=create_conversation(person=person, agent=agent))

    layers = api_client.get(f"{CUSTOMERS}/{person.public_id}").json()["memory"]

    assert layers["facts"] == []
    assert layers["summaries"] == []
    assert layers["l3_episodes"] == []


def test_customer_detail_with_an_unknown_agent_is_a_400_naming_agent(api_client):
    person = create_person()

    response = api_client.get(f"{CUSTOMERS}/{person.public_id}", {"agent": "agent_nope"})

    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"agent": "No agent with this id."}


def test_unknown_customer_is_a_404_in_the_envelope(api_client):
    response = api_client.get(f"{CUSTOMERS}/cust_01jd0v7a8b9c0d1e2f3g4h5j6k")

    assert response.status_code == 404
    assert response.json() == {"error": {"code": "NOT_FOUND", "message": "Customer does not exist", "fields": {}}}


def test_search_finds_customers_by_name_prefix(api_client):
    match = create_person(name="Nguyen Van A", last_seen_at=at(0))
    create_person(name="Tran Thi B")

    response = api_client.get(f"{CUSTOMERS}/search", {"q": "nguy va"})

    assert response.status_code == 200
    assert response.json() == {
        "results": [
            {
                "id": match.public_id,
                "name": "Nguyen Van A",
                "phone": None,
                "email": None,
                "channels": ["whatsapp"],
                "lastMessageAt": "2026-03-12T10:00:00Z",
            }
        ]
    }


@pytest.mark.parametrize("query", ["+84 912 345 678", "0084912345678", "+84-912-345-678"])
def test_search_finds_a_phone_number_in_any_format(api_client, query):
    match = create_person(channel_type="web", channel_identifier="visitor-1", phone="+84912345678")
    create_person(phone="+84912000000")

    results = api_client.get(f"{CUSTOMERS}/search", {"q": query}).json()["results"]

    assert [result["id"] for result in results] == [match.public_id]


def test_search_finds_email_and_channel_identifier(api_client):
    by_email = create_person(email="lan@example.com")
    by_identifier = create_person(channel_type="web", channel_identifier="visitor-42")

    assert [r["id"] for r in api_client.get(f"{CUSTOMERS}/search", {"q": "lan@example.com"}).json()["results"]] == [
        by_email.public_id
    ]
    assert [r["id"] for r in api_client.get(f"{CUSTOMERS}/search", {"q": "visitor-42"}).json()["results"]] == [
        by_identifier.public_id
    ]


def test_search_returns_at_most_limit_results_most_recent_first(api_client):
    people = [create_person(name=f"Minh {index}", last_seen_at=at(index)) for index in range(4)]

    results = api_client.get(f"{CUSTOMERS}/search", {"q": "minh", "limit": 2}).json()["results"]

    assert [r["id"] for r in results] == [people[3].public_id, people[2].public_id]


@pytest.mark.parametrize(("params", "field"), [({}, "q"), ({"q": ""}, "q"), ({"q": "a", "limit": "0"}, "limit")])
def test_search_without_a_query_or_with_a_bad_limit_is_a_400(api_client, params, field):
    response = api_client.get(f"{CUSTOMERS}/search", params)

    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


@pytest.mark.parametrize(("name", "query"), [("Nguyễn Văn Ánh", "nguyen van anh"), ("Nguyen Van Anh", "Nguyễn"),
                                             ("José Muñoz", "jose munoz"), ("François Müller", "francois mull")])  # fmt: skip
def test_search_folds_accents_both_ways(api_client, name, query):
    match = create_person(name=name)
    create_person(name="Tran Thi B")

    results = api_client.get(f"{CUSTOMERS}/search", {"q": query}).json()["results"]

    assert [result["id"] for result in results] == [match.public_id]


@pytest.mark.parametrize("query", ["0912345678", "0912 345 678", "345678", "12345678", "+84 912 345 678"])
@pytest.mark.parametrize(
    "stored",
    [{"phone": "+84912345678"}, {"channel_type": "web", "channel_identifier": "0912 345 678"}],
)
def test_search_finds_national_and_partial_phone_numbers(api_client, query, stored):
    match = create_person(**stored)
    create_person(phone="+84912000000", channel_identifier="+84912000000")

    results = api_client.get(f"{CUSTOMERS}/search", {"q": query}).json()["results"]

    assert [result["id"] for result in results] == [match.public_id]


def test_fewer_than_six_digits_are_not_a_phone_search(api_client):
    create_person(phone="+84912345678")

    assert api_client.get(f"{CUSTOMERS}/search", {"q": "45678"}).json()["results"] == []


@pytest.mark.parametrize("query", ["hue", "Huế", "linh", "linh@example"])
def test_search_finds_names_emails_and_cities_learned_in_chat(api_client, query):
    agent = create_agent(name="Support")
    match = create_person()
    memory = create_memory(person=match, agent=agent)
    create_fact(memory=memory, key="location", value="Huế, Vietnam")
    create_fact(memory=memory, key="name", value="Linh")
    create_fact(memory=memory, key="email", value="linh@example.org")
    create_person(name="Tran Thi B")

    results = api_client.get(f"{CUSTOMERS}/search", {"q": query}).json()["results"]

    assert [result["id"] for result in results] == [match.public_id]


def test_search_leaves_out_facts_of_expired_memory(api_client):
    agent = create_agent(name="Support", memory_retention_days=30)
    person = create_person()
    memory = create_memory(person=person, agent=agent, updated_at=timezone.now() - timedelta(days=31))
    create_fact(memory=memory, key="location", value="Hue")

    assert api_client.get(f"{CUSTOMERS}/search", {"q": "hue"}).json()["results"] == []


def test_list_profile_and_context_agree_on_the_scores_of_a_customer(api_client, settings):
    settings.MEMORY_CHURN_BASE = 0.1
    agent = create_agent(name="Support", memory_enabled=True)
    person = create_person(name="Ada", positive_interactions=2, escalations=1, unresolved_issues=1)
    create_conversation(
        person=person,
        agent=agent,
        messages=[("customer", "My lamp is late.")],
        started_at=timezone.now() - timedelta(days=12, hours=5),
    )
    create_memory(person=person, agent=agent, summary="Asked about a late lamp.")

    listed = next(item for item in api_client.get(CUSTOMERS).json()["data"] if item["id"] == person.public_id)
    profile = api_client.get(f"{CUSTOMERS}/{person.public_id}").json()["memory"]["l2_history"]
    state = api_client.get(f"{CUSTOMERS}/{person.public_id}/context", {"agent": agent.public_id}).json()["state"]

    expected_churn = round(0.1 + (12 + 5 / 24) / 90 * 0.2 + 0.25, 4)
    assert listed["churnRisk"] == profile["churnRisk"] == state["churnRisk"] == pytest.approx(expected_churn, abs=1e-4)
    assert listed["trustScore"] == profile["trustScore"] == state["trustScore"] == 0.55
    assert listed["relationshipStage"] == profile["relationshipStage"] == state["relationshipStage"] == "building"


def test_a_customer_whose_only_conversation_was_skipped_shows_the_base_scores(
    api_client, settings, django_capture_on_commit_callbacks
):
    settings.MEMORY_TRUST_BASE, settings.MEMORY_CHURN_BASE = 0.5, 0.1
    agent = create_agent(name="Support", memory_enabled=False)
    body = {"agent": agent.public_id, "channel": "web", "channelIdentifier": "visitor-9", "role": "customer"}
    ingested = api_client.post("/api/tenants/me/ingest", {**body, "message": "Hello?"}, format="json").json()
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(f"/api/tenants/me/conversations/{ingested['conversationId']}/close")
    customer_id = ingested["customerId"]

    conversation = api_client.get(f"/api/tenants/me/conversations/{ingested['conversationId']}").json()
    listed = next(item for item in api_client.get(CUSTOMERS).json()["data"] if item["id"] == customer_id)
    profile = api_client.get(f"{CUSTOMERS}/{customer_id}").json()["memory"]["l2_history"]

    assert conversation["memoryStatus"]["status"] == "skipped"
    assert (listed["trustScore"], listed["churnRisk"]) == (0.5, 0.1)
    assert (profile["trustScore"], profile["churnRisk"]) == (0.5, 0.1)
    assert listed["relationshipStage"] == profile["relationshipStage"] == "new"


def test_list_and_profile_show_the_relationship_stage_of_the_memory_shown(api_client):
    support, sales = create_agent(name="Support", memory_enabled=True), create_agent(name="Sales")
    person = create_person(name="Ada", conversation_count=6, last_seen_at=timezone.now())
    create_memory(person=person, agent=support, summary="Bought six lamps over the year.")

    listed = next(item for item in api_client.get(CUSTOMERS).json()["data"] if item["id"] == person.public_id)
    profile = api_client.get(f"{CUSTOMERS}/{person.public_id}").json()["memory"]["l2_history"]
    sales_profile = api_client.get(f"{CUSTOMERS}/{person.public_id}", {"agent": sales.public_id}).json()

    assert listed["relationshipStage"] == profile["relationshipStage"] == "established"
    assert sales_profile["memory"]["l2_history"]["relationshipStage"] == "new"

"""Finding people through HTTP (issue 15, items 2, 3, 12): filters, sort and count in the URL, the
identity and scores in the panel header, 'Updated' after an edit, the expired preview, Configure."""

from __future__ import annotations

from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conversations.keyset import Cursor
from conversations.models import Agent, ChannelType
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import people
from customer_memory.models import Fact, Memory
from customer_memory.people import PEOPLE_PAGE_SIZE, PeopleFilter, count_label, people_page
from customer_memory.tests.factories import create_fact, create_memory

HTMX = {"HTTP_HX_REQUEST": "true"}
TWO_MESSAGES = [("customer", "Hello"), ("agent", "Hi!")]


@pytest.fixture
def agent(organization):
    return create_agent(name="Support", memory_enabled=True)


@pytest.fixture
def builder_client(client, builder):
    client.force_login(builder)
    return client


def people_url(agent):
    return reverse("customer_memory:person_list", args=[agent.public_id])


def talk(agent, *, days_ago=0, conversations=1, **person_fields):
    person = create_person(**person_fields)
    for index in range(conversations):
        create_conversation(
            person=person,
            agent=agent,
            messages=TWO_MESSAGES,
            started_at=timezone.now() - timedelta(days=days_ago, minutes=index + 1),
        )
    return person


def remember(person, agent):
    create_fact(memory=create_memory(person=person, agent=agent), key="city", value="Zurich")


def labels(html):
    return [part.split("</span>")[0] for part in html.split('class="row-label">')[1:]]


@pytest.mark.parametrize(
    ("total", "text"),
    [
        (0, "0 people"),
        (1, "1 person"),
        (1284, "1,284 people"),
        (10_000, "10,000 people"),
        (10_001, "More than 10,000 people"),
    ],
)
def test_the_count_is_formatted_and_says_more_than_past_the_limit(total, text):
    assert count_label(total) == text


def test_people_filters_by_channel_seen_and_memory_and_counts(builder_client, agent):
    anna = talk(agent, channel_type=ChannelType.WHATSAPP, channel_identifier="+41791234567")
    remember(anna, agent)
    talk(agent, days_ago=20, channel_type=ChannelType.WHATSAPP, channel_identifier="+41790000001")
    talk(agent, days_ago=100, channel_type=ChannelType.WEB, channel_identifier="visitor-1")

    def shown(**query):
        html = builder_client.get(people_url(agent), query).content.decode()
        return labels(html), html

    every, html = shown()
    assert len(every) == 3
    assert '<p class="list-count" id="people-count" role="status">3 people</p>' in html
    assert shown(channel="whatsapp")[0] == ["+41791234567", "+41790000001"]
    assert shown(seen="30")[0] == ["+41791234567", "+41790000001"]
    assert shown(seen="7")[0] == ["+41791234567"]
    assert shown(memory="yes")[0] == ["+41791234567"]
    assert shown(memory="no", channel="whatsapp")[0] == ["+41790000001"]
    rows, html = shown(channel="web", memory="yes")
    assert rows == []
    assert "No one matches these filters." in unescape(html)
    # The chosen filters are selected in the form, so a shared URL shows how the list was made.
    assert '<option value="whatsapp" selected>WhatsApp</option>' in shown(channel="whatsapp")[1]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"seen": "12"}, "Seen: Choose 7, 30 or 90 days."),
        ({"seen": "x' OR 1=1"}, "Seen: Choose 7, 30 or 90 days."),
        ({"channel": "<script>"}, "Channel: Choose a channel from the list."),
        ({"memory": "maybe"}, "Memory: Choose Has memory or No memory."),
        ({"sort": "name"}, "Sort by: Choose a sort order from the list."),
        ({"q": "x" * 201}, "Search: Ensure this value has at most 200 characters (it has 201)."),
        ({"cursor": "n9~x", "sort": "conversations"}, ""),
    ],
)
def test_a_bad_filter_in_the_url_is_named_and_left_out(builder_client, agent, query, message):
    talk(agent, channel_identifier="+41791234567")

    for extra in ({}, HTMX):
        response = builder_client.get(people_url(agent), query, **extra)

        assert response.status_code == 200
        html = unescape(response.content.decode())
        assert "+41791234567" in html
        assert message in html
        assert "<script>" not in html


def test_sort_by_conversations_pages_with_load_more_and_keeps_the_filters(builder_client, agent):
    for index in range(PEOPLE_PAGE_SIZE + 3):
        talk(agent, conversations=1 + index % 4, channel_identifier=f"+4179100{index:04d}")

    first = builder_client.get(people_url(agent), {"sort": "conversations", "channel": "whatsapp"})

    page = first.context["page"]
    counts = [row.conversation_count for row in page.rows]
    assert counts == sorted(counts, reverse=True)
    assert Cursor.decode(page.next_cursor, counts=True).position == counts[-1]  # pages on by the count
    html = first.content.decode()
    assert "channel=whatsapp&amp;sort=conversations&amp;cursor=" in html
    rest = builder_client.get(people_url(agent), {"sort": "conversations", "cursor": page.next_cursor}, **HTMX)
    html = rest.content.decode()
    more = labels(html)
    assert len(more) == 3
    assert not set(more) & {row.person.display_label for row in page.rows}
    assert "people-count" not in html  # "Load more" doesn't count again
    assert "1 conv " in html  # the last three have one conversation each
    assert "4 convs" not in html


def test_the_count_stops_at_the_limit(agent, monkeypatch):
    monkeypatch.setattr(people, "PEOPLE_COUNT_LIMIT", 2)
    for index in range(4):
        talk(agent, channel_identifier=f"+4179200{index:04d}")

    assert people_page(agent, counted=True).total == 3
    assert people.count_label(3) == "More than 2 people"
    assert people_page(agent, filters=PeopleFilter(query="+41792000001"), counted=True).total == 1
    # Past the last row (a stale cursor), the page is empty and the list still counted.
    oldest = people_page(agent).page.rows[-1]
    past_the_end = Cursor(position=oldest.last_seen_at, pk=oldest.pk).encode()
    stale = people_page(agent, cursor=past_the_end, counted=True)
    assert (stale.total, stale.page.rows) == (3, [])


def test_the_people_page_and_its_count_are_one_statement_whatever_the_filters(agent):
    talk(agent, channel_identifier="+41791234567")
    filters = PeopleFilter(
        query="+41791234567", channel="whatsapp", seen_since=timezone.now() - timedelta(days=7), has_memory=False
    )

    with CaptureQueriesContext(connection) as queries:
        listed = people_page(agent, filters=filters, counted=True)

    assert len(queries) == 1
    assert (listed.total, [row.person.channel_identifier for row in listed.page.rows]) == (1, ["+41791234567"])


def test_a_search_without_matches_counts_none_and_lists_none(agent):
    talk(agent, channel_identifier="+41791234567")

    listed = people_page(agent, filters=PeopleFilter(query="nobody at all"), counted=True)

    assert (listed.total, listed.page.rows) == (0, [])


def test_people_list_query_count_does_not_grow_with_filters(builder_client, agent):
    for index in range(3):
        remember(talk(agent, channel_identifier=f"+4179300{index:04d}"), agent)
    query = {"channel": "whatsapp", "memory": "yes", "seen": "30", "sort": "conversations"}
    builder_client.get(people_url(agent), query)
    with CaptureQueriesContext(connection) as few:
        builder_client.get(people_url(agent), query)
    for index in range(3, 25):
        remember(talk(agent, channel_identifier=f"+4179300{index:04d}"), agent)

    with CaptureQueriesContext(connection) as many:
        builder_client.get(people_url(agent), query)

    assert len(many) == len(few)


def test_person_panel_header_shows_identity_and_explained_scores(builder_client, agent):
    anna = talk(
        agent,
        conversations=2,
        channel_identifier="+41791234567",
        name="Nguyễn Thị Anna",
        email="anna@example.com",
        phone="+41791234567",
        language="he",
        timezone="Asia/Jerusalem",
        escalations=1,
    )
    remember(anna, agent)

    response = builder_client.get(
        reverse("customer_memory:person_detail", args=[agent.public_id, anna.public_id]), **HTMX
    )

    html = unescape(response.content.decode())
    for text in ("Nguyễn Thị Anna", "anna@example.com", "Hebrew", "Asia/Jerusalem"):
        assert f"<dd>{text}</dd>" in html
    assert "<strong>0.35</strong>" in html  # trust: 0.5 − 0.15 per escalation
    assert "−0.15 per escalation (1)" in html
    assert "<strong>Building</strong>" in html
    assert "fewer than 5 conversations" in html


def test_inline_edit_refreshes_updated_in_the_same_response(builder_client, agent):
    anna = talk(agent, channel_identifier="+41791234567")
    memory = create_memory(person=anna, agent=agent)
    fact = create_fact(memory=memory, key="occupation", value="nurse")
    Memory.objects.filter(pk=memory.pk).update(updated_at=timezone.now() - timedelta(minutes=15))

    response = builder_client.post(
        reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": "midwife"}, **HTMX
    )

    html = response.content.decode()
    assert f'id="fact-{fact.public_id}"' in html
    assert '<span id="memory-updated-at" class="muted small" hx-swap-oob="true">Updated <time' in html
    assert "just now</time>" in html.split('id="memory-updated-at"')[1]


def test_preview_says_the_memory_expired_instead_of_nothing_learned(builder_client, agent):
    anna = talk(agent, channel_identifier="+41791234567")
    remember(anna, agent)
    Agent.objects.filter(pk=agent.pk).update(memory_retention_days=Agent.Retention.DAYS_30)
    Memory.objects.filter(person=anna).update(updated_at=timezone.now() - timedelta(days=31))

    response = builder_client.get(
        reverse("customer_memory:person_context", args=[agent.public_id, anna.public_id]), **HTMX
    )

    html = unescape(response.content.decode())
    assert "Support’s memory of them has expired" in html
    assert "more than 30 days ago" in html
    assert "has not learned anything" not in html
    assert Fact.objects.filter(memory__person=anna).exists()


def test_configure_names_the_retention_period_with_the_seeds_tip(builder_client, agent):
    html = builder_client.get(reverse("customer_memory:agent_configure", args=[agent.public_id])).content.decode()

    assert ">Memory retention period</label>" in html
    assert (
        "For support agents, 90–180 days is usually enough. For sales with long buying cycles, keep memory indefinitely."
        in html
    )


def test_favicon_for_pages_and_the_admin(builder_client, agent):
    response = builder_client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("/favicon.svg")
    page = builder_client.get(people_url(agent)).content.decode()
    assert 'rel="icon" href="/static/favicon.svg"' in page

"""Chats search and filters through HTTP (issue 15, items 3 and 12): the People search, in the URL,
bad values named and left out; a preview of the last message; threads with their days."""

from __future__ import annotations

from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conversations.models import ChannelType
from conversations.tests.factories import create_agent, create_conversation, create_person

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def agent(organization):
    return create_agent(name="Support")


@pytest.fixture
def builder_client(client, builder):
    client.force_login(builder)
    return client


def chats_url(agent):
    return reverse("conversations:chat_list", args=[agent.public_id])


@pytest.fixture
def chats(agent):
    now = timezone.now()
    linh = create_person(channel_identifier="+84912345678", name="Nguyễn Thị Linh", email="linh@example.com")
    create_conversation(
        person=linh,
        agent=agent,
        started_at=now - timedelta(days=2),
        messages=[("customer", "Tôi cần hoàn tiền"), ("agent", "Dạ, em kiểm tra ngay ạ.")],
    )
    visitor = create_person(channel_type=ChannelType.WEB, channel_identifier="visitor-42", name="José Peña")
    create_conversation(
        person=visitor, agent=agent, started_at=now - timedelta(days=40), messages=[("customer", "¿Dónde está?")]
    )
    return linh, visitor


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ({"q": "nguyen"}, ["+84912345678"]),
        ({"q": "Nguyễn"}, ["+84912345678"]),
        ({"q": "jose pena"}, ["visitor-42"]),
        ({"q": "linh@example"}, ["+84912345678"]),
        ({"q": "0912 345 678"}, ["+84912345678"]),
        ({"channel": "web"}, ["visitor-42"]),
        ({"seen": "7"}, ["+84912345678"]),
        ({"q": "visitor", "seen": "30"}, []),
    ],
)
def test_chats_search_and_filters(builder_client, agent, chats, query, found):
    for extra in ({}, HTMX):
        html = unescape(builder_client.get(chats_url(agent), query, **extra).content.decode())

        assert [label for label in ("+84912345678", "visitor-42") if label in html] == found
        if not found:
            assert "No conversation" in html or "No conversations match these filters." in html


def test_chats_htmx_search_answers_the_list_only(builder_client, agent, chats):
    html = builder_client.get(chats_url(agent), {"q": "linh"}, **HTMX).content.decode()

    assert html.strip().startswith('<div id="chat-list">')
    assert "<html" not in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"seen": "365"}, "Seen: Choose 7, 30 or 90 days."),
        ({"channel": "Bad Slug!"}, "Channel: Choose a channel from the list."),
        ({"q": "x" * 300}, "Search: Ensure this value has at most 200 characters (it has 300)."),
        ({"cursor": "not-a-cursor"}, ""),
    ],
)
def test_a_bad_chats_filter_is_named_and_left_out(builder_client, agent, chats, query, message):
    response = builder_client.get(chats_url(agent), query)

    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert message in html
    assert "+84912345678" in html
    assert "visitor-42" in html


def test_rows_preview_the_last_message_and_load_more_keeps_the_search(builder_client, agent, chats):
    for index in range(55):
        person = create_person(channel_identifier=f"+8490000{index:04d}", name="Trần")
        create_conversation(person=person, agent=agent, messages=[("customer", f"Xin chào {index}")])

    html = unescape(builder_client.get(chats_url(agent), {"q": "tran"}).content.decode())

    assert '<span class="row-preview">Xin chào 54</span>' in html
    assert "q=tran&cursor=" in html
    assert "+84912345678" not in html


def test_chats_query_count_is_constant_with_search_and_previews(builder_client, agent, chats):
    query = {"q": "example", "channel": "whatsapp", "seen": "30"}
    builder_client.get(chats_url(agent), query)
    with CaptureQueriesContext(connection) as few:
        builder_client.get(chats_url(agent), query)
    for index in range(20):
        person = create_person(channel_identifier=f"+8491000{index:04d}", email=f"p{index}@example.com")
        create_conversation(person=person, agent=agent, messages=[("customer", "Hi"), ("agent", "Hello")])

    with CaptureQueriesContext(connection) as many:
        html = builder_client.get(chats_url(agent), query).content.decode()

    assert len(many) == len(few)
    assert html.count('class="row-preview">Hello</span>') == 20


def test_a_thread_shows_the_day_of_its_messages(builder_client, agent):
    person = create_person(channel_identifier="+84912345000")
    started = timezone.now() - timedelta(days=3)
    conversation = create_conversation(person=person, agent=agent, started_at=started, messages=[("customer", "Hi")])

    html = builder_client.get(
        reverse("conversations:conversation_detail", args=[conversation.public_id]), **HTMX
    ).content.decode()

    day = timezone.localtime(started)
    assert f'<li class="message-day"><time datetime="{day:%Y-%m-%d}">{day:%A} {day.day} {day:%B %Y}</time></li>' in html

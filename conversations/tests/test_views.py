"""Chats through HTTP: the conversation list of an agent and conversation threads."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conversations.models import ChannelType, Conversation
from conversations.tests.factories import create_agent, create_conversation, create_person

HTMX = {"HTTP_HX_REQUEST": "true"}
TWO_MESSAGES = [("customer", "Where is my parcel?"), ("agent", "It arrives tomorrow.")]


@pytest.fixture
def agent(organization):
    return create_agent(name="Support")


@pytest.fixture
def conversation(agent):
    person = create_person(channel_type=ChannelType.VOICE, channel_identifier="+41441234567")
    return create_conversation(person=person, agent=agent, messages=TWO_MESSAGES)


def chats_url(agent):
    return reverse("conversations:chat_list", args=[agent.public_id])


def thread_url(conversation):
    return reverse("conversations:conversation_detail", args=[conversation.public_id])


def test_chats_list_conversations_with_status_channel_label_and_time(client, builder, agent, conversation):
    other_agent = create_agent(name="Sales")
    create_conversation(person=create_person(channel_identifier="+41790000001"), agent=other_agent)
    tester = create_person(channel_type=ChannelType.WEB, channel_identifier="test-1", is_test=True)
    create_conversation(person=tester, agent=agent, status=Conversation.Status.OPEN)
    client.force_login(builder)

    html = client.get(chats_url(agent)).content.decode()

    assert "+41441234567" in html
    assert "Voice · 2 messages" in html
    assert "Closed" in html
    assert "Open" in html
    assert "Test session" in html
    assert "test-1" not in html
    assert "+41790000001" not in html
    assert '<time datetime="' in html
    assert 'aria-current="page">Chats</a>' in html


def test_chats_are_latest_first_and_page_with_load_more(client, builder, agent):
    start = timezone.now() - timedelta(days=3)
    for index in range(52):
        person = create_person(channel_identifier=f"+4179100{index:04d}")
        create_conversation(person=person, agent=agent, started_at=start + timedelta(minutes=index))
    client.force_login(builder)

    first = client.get(chats_url(agent)).content.decode()

    assert first.index("+41791000051") < first.index("+41791000050")
    assert "+41791000001" not in first
    assert "Load more" in first
    cursor = client.get(chats_url(agent)).context["page"].next_cursor
    rest = client.get(chats_url(agent), {"cursor": cursor}, **HTMX).content.decode()
    assert "<html" not in rest
    assert rest.index("+41791000001") < rest.index("+41791000000")
    assert "+41791000002" not in rest
    assert "Load more" not in rest


def test_chats_query_count_is_constant(client, builder, agent, conversation, django_assert_num_queries):
    client.force_login(builder)
    client.get(chats_url(agent))  # warm-up: host lookup and search_path happen once
    with CaptureQueriesContext(connection) as queries:
        client.get(chats_url(agent))
    for index in range(20):
        create_conversation(person=create_person(channel_identifier=f"+4179200{index:04d}"), agent=agent)

    with django_assert_num_queries(len(queries)):
        client.get(chats_url(agent))


def test_thread_opens_inline_for_htmx(client, builder, conversation):
    client.force_login(builder)

    html = client.get(thread_url(conversation), **HTMX).content.decode()

    assert html.strip().startswith('<ol class="messages"')
    assert html.index("Where is my parcel?") < html.index("It arrives tomorrow.")
    assert "message-customer" in html


def test_thread_has_its_own_page(client, builder, conversation):
    client.force_login(builder)

    html = client.get(thread_url(conversation)).content.decode()

    assert "<html" in html
    assert "Where is my parcel?" in html
    assert (
        reverse("customer_memory:person_detail", args=[conversation.agent.public_id, conversation.person.public_id])
        in html
    )


def test_member_gets_403_on_chats_and_threads(client, member, agent, conversation):
    client.force_login(member)

    for url in (chats_url(agent), thread_url(conversation)):
        response = client.get(url)
        assert response.status_code == 403
        assert b"+41441234567" not in response.content


def test_unknown_conversation_is_404(client, builder):
    client.force_login(builder)

    assert client.get(reverse("conversations:conversation_detail", args=["conv_nothing"])).status_code == 404


def test_chats_only_answer_get(client, builder, agent):
    client.force_login(builder)

    assert client.post(chats_url(agent)).status_code == 405

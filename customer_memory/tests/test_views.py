"""The People & Memory UI through HTTP: roles, lists, the person panel, edits, Configure."""

from __future__ import annotations

import json
from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conversations.models import Agent, ChannelType, Conversation
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import retention
from customer_memory.models import Extraction, Fact, Memory
from customer_memory.people import PEOPLE_PAGE_SIZE
from customer_memory.tests.factories import create_fact, create_memory
from tenants.keys_and_audit.models import AuditEntry

HTMX = {"HTTP_HX_REQUEST": "true"}
TWO_MESSAGES = [("customer", "Hello"), ("agent", "Hi!")]


@pytest.fixture
def agent(organization):
    return create_agent(name="Support", memory_enabled=True)


@pytest.fixture
def person(agent):
    person = create_person(channel_type=ChannelType.WHATSAPP, channel_identifier="+41791234567", name="Anna")
    create_conversation(person=person, agent=agent, messages=TWO_MESSAGES)
    return person


@pytest.fixture
def memory(person, agent):
    return create_memory(person=person, agent=agent, summary="Anna asked about a late parcel.")


@pytest.fixture
def fact(memory):
    return create_fact(memory=memory, key="occupation", value="nurse", confidence=Fact.Confidence.MEDIUM)


@pytest.fixture
def builder_client(client, builder):
    client.force_login(builder)
    return client


def people_url(agent):
    return reverse("customer_memory:person_list", args=[agent.public_id])


def person_url(agent, person):
    return reverse("customer_memory:person_detail", args=[agent.public_id, person.public_id])


def count_queries(client, url, **extra):
    # Warm up first: the first request of a test also looks the host up and
    # sets the connection's search_path, which later requests reuse.
    client.get(url, **extra)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(queries)


# Roles


def member_urls(agent, person, fact):
    entry = AuditEntry.objects.create(
        action=AuditEntry.Action.FACT_DELETED, origin="ui", person_public_id=person.public_id
    )
    conversation = Conversation.objects.filter(person=person).first()
    agent_person = [agent.public_id, person.public_id]
    return [
        ("get", reverse("customer_memory:agent_detail", args=[agent.public_id])),
        ("get", reverse("customer_memory:agent_configure", args=[agent.public_id])),
        ("post", reverse("customer_memory:agent_configure", args=[agent.public_id])),
        ("get", people_url(agent)),
        ("get", person_url(agent, person)),
        ("get", reverse("customer_memory:person_memory", args=agent_person)),
        ("get", reverse("customer_memory:person_history", args=agent_person)),
        ("get", reverse("customer_memory:person_context", args=agent_person)),
        ("get", reverse("customer_memory:memory_clear", args=agent_person)),
        ("post", reverse("customer_memory:memory_clear", args=agent_person)),
        ("post", reverse("customer_memory:fact_restore", args=[*agent_person, entry.pk])),
        ("get", reverse("customer_memory:fact_detail", args=[fact.public_id])),
        ("get", reverse("customer_memory:fact_update", args=[fact.public_id])),
        ("post", reverse("customer_memory:fact_update", args=[fact.public_id])),
        ("post", reverse("customer_memory:fact_delete", args=[fact.public_id])),
        ("get", reverse("conversations:chat_list", args=[agent.public_id])),
        ("get", reverse("conversations:conversation_detail", args=[conversation.public_id])),
    ]


def test_member_gets_403_on_every_people_and_memory_url(client, member, agent, person, fact):
    client.force_login(member)

    for method, url in member_urls(agent, person, fact):
        response = getattr(client, method)(url, {"value": "x"} if method == "post" else None)
        assert response.status_code == 403, url
        assert person.channel_identifier.encode() not in response.content

    assert Fact.objects.filter(pk=fact.pk, value="nurse").exists()


def test_member_sees_agents_without_the_contacts_tab(client, member, agent, person):
    client.force_login(member)

    response = client.get(reverse("customer_memory:agent_list"))

    assert response.status_code == 200
    assert b"Support" in response.content
    assert people_url(agent).encode() not in response.content
    assert reverse("conversations:chat_list", args=[agent.public_id]).encode() not in response.content
    assert b'aria-label="Contacts view"' not in response.content


def test_anonymous_visitor_is_sent_to_sign_in(client, agent, person):
    response = client.get(person_url(agent, person))

    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


@pytest.mark.parametrize("role_user", ["owner", "admin_user", "builder"])
def test_owner_admin_and_builder_open_the_person_panel(request, client, role_user, agent, person, fact):
    client.force_login(request.getfixturevalue(role_user))

    response = client.get(person_url(agent, person))

    assert response.status_code == 200
    assert b"nurse" in response.content


def test_unknown_person_is_404_with_the_styled_page(builder_client, agent):
    response = builder_client.get(reverse("customer_memory:person_detail", args=[agent.public_id, "cust_nobody"]))

    assert response.status_code == 404
    assert "This page doesn’t exist" in response.content.decode()


# People list


def test_people_list_rows_show_label_conversations_and_last_seen(builder_client, agent, person):
    create_conversation(person=person, agent=agent, messages=TWO_MESSAGES)
    caller = create_person(channel_type=ChannelType.VOICE, channel_identifier="")
    create_conversation(person=caller, agent=agent, messages=TWO_MESSAGES)

    html = builder_client.get(people_url(agent)).content.decode()

    assert "+41791234567" in html
    assert "2 convs" in html
    assert "Voice caller" in html
    assert "1 conv " in html
    # A name typed in chat is never the label (seed 004), but it is shown beside it (issue 15).
    assert '<span class="row-label">+41791234567</span><span class="row-name">Anna</span>' in html
    assert "min ago</time>" in html
    assert '<time datetime="' in html
    assert ' UTC">' in html


def test_people_list_is_most_recent_first_and_only_this_agents_people(builder_client, agent, person):
    other_agent = create_agent(name="Sales")
    stranger = create_person(channel_identifier="+41790000001")
    create_conversation(person=stranger, agent=other_agent, messages=TWO_MESSAGES)
    recent = create_person(channel_identifier="+41790000002")
    create_conversation(person=recent, agent=agent, messages=TWO_MESSAGES, started_at=timezone.now())

    html = builder_client.get(people_url(agent)).content.decode()

    assert "+41790000001" not in html
    assert html.index("+41790000002") < html.index("+41791234567")


def test_memory_badge_only_when_this_agent_has_unexpired_facts_or_summary(builder_client, agent, person):
    other_agent = create_agent(name="Sales")
    with_summary = create_person(channel_identifier="+41790000010")
    create_conversation(person=with_summary, agent=agent, messages=TWO_MESSAGES)
    create_memory(person=with_summary, agent=agent, summary="Asked about returns.")
    with_fact = create_person(channel_identifier="+41790000011")
    create_conversation(person=with_fact, agent=agent, messages=TWO_MESSAGES)
    create_fact(memory=create_memory(person=with_fact, agent=agent))
    empty_memory = create_person(channel_identifier="+41790000012")
    create_conversation(person=empty_memory, agent=agent, messages=TWO_MESSAGES)
    create_memory(person=empty_memory, agent=agent)
    # Only another agent remembers `person`.
    create_fact(memory=create_memory(person=person, agent=other_agent))

    html = builder_client.get(people_url(agent)).content.decode()

    assert html.count('class="memory-badge"') == 2
    assert f'id="badge-{with_summary.public_id}" class="badge-slot"><span class="memory-badge"' in html
    assert f'id="badge-{with_fact.public_id}" class="badge-slot"><span class="memory-badge"' in html

    Agent.objects.filter(pk=agent.pk).update(memory_retention_days=Agent.Retention.DAYS_30)
    Memory.objects.filter(agent=agent).update(updated_at=timezone.now() - timedelta(days=31))

    assert 'class="memory-badge"' not in builder_client.get(people_url(agent)).content.decode()


@pytest.mark.parametrize("query", ["Anna", "anna@example.com", "+41 79 123 45 67", "41791234567", "visitor-42"])
def test_people_search_by_name_phone_email_or_identifier(builder_client, agent, query):
    anna = create_person(channel_identifier="+41791234567", name="Anna Muster", email="anna@example.com")
    create_conversation(person=anna, agent=agent, messages=TWO_MESSAGES)
    visitor = create_person(channel_type=ChannelType.WEB, channel_identifier="visitor-42")
    create_conversation(person=visitor, agent=agent, messages=TWO_MESSAGES)
    other = create_person(channel_identifier="+41790000099", name="Bob")
    create_conversation(person=other, agent=agent, messages=TWO_MESSAGES)

    response = builder_client.get(people_url(agent), {"q": query}, **HTMX)

    html = response.content.decode()
    assert html.startswith('\n        <div id="people-list">') or 'id="people-list"' in html[:200]
    assert "<html" not in html
    assert "+41790000099" not in html
    assert ("visitor-42" in html) == (query == "visitor-42")
    assert ("+41791234567" in html) == (query != "visitor-42")


def test_search_without_match_says_so(builder_client, agent, person):
    html = builder_client.get(people_url(agent), {"q": "zzz"}, **HTMX).content.decode()

    assert "No one matches “zzz”." in html


def test_people_list_pages_with_load_more(builder_client, agent):
    start = timezone.now() - timedelta(days=10)
    for index in range(PEOPLE_PAGE_SIZE + 2):
        someone = create_person(channel_identifier=f"+4179000{index:04d}")
        create_conversation(
            person=someone, agent=agent, messages=TWO_MESSAGES, started_at=start + timedelta(minutes=index)
        )
    newest, oldest = PEOPLE_PAGE_SIZE + 1, 0

    first = builder_client.get(people_url(agent))

    html = first.content.decode()
    assert html.index(f"+4179000{newest:04d}") < html.index(f"+4179000{newest - 1:04d}")
    assert "+41790000001" not in html
    assert "Load more" in html
    cursor = first.context["page"].next_cursor
    response = builder_client.get(people_url(agent), {"cursor": cursor}, **HTMX)
    html = response.content.decode()
    assert html.index("+41790000001") < html.index(f"+4179000{oldest:04d}")
    assert "+41790000002" not in html
    assert "<ul" not in html  # rows to append, not a new list
    assert "Load more" not in html


def test_malformed_cursor_starts_from_the_top(builder_client, agent, person):
    response = builder_client.get(people_url(agent), {"cursor": "yesterday~x"})

    assert response.status_code == 200
    assert "+41791234567" in response.content.decode()


def test_people_empty_state_invites_to_enable_memory(builder_client):
    quiet = create_agent(name="Quiet", memory_enabled=False)

    html = builder_client.get(people_url(quiet)).content.decode()

    assert "No one has talked to Quiet yet." in html
    assert "Enable Customer Memory" in html
    assert reverse("customer_memory:agent_configure", args=[quiet.public_id]) in html


def create_people(agent, count, *, facts=0, start=0):
    for index in range(start, start + count):
        someone = create_person(channel_identifier=f"+4178000{index:04d}")
        create_conversation(person=someone, agent=agent, messages=TWO_MESSAGES)
        memory = create_memory(person=someone, agent=agent)
        for number in range(facts):
            create_fact(memory=memory, key=f"fact_{number}")


def test_people_list_query_count_is_constant(builder_client, agent, django_assert_num_queries):
    create_people(agent, 5, facts=1)
    queries = count_queries(builder_client, people_url(agent))
    create_people(agent, 25, facts=2, start=5)

    with django_assert_num_queries(queries):
        builder_client.get(people_url(agent))
    with django_assert_num_queries(queries):
        builder_client.get(people_url(agent), {"q": "+41780000003"}, **HTMX)


def test_person_panel_query_count_is_constant(builder_client, agent, person, memory, django_assert_num_queries):
    create_fact(memory=memory, key="city", value="Zurich")
    panel_queries = count_queries(builder_client, person_url(agent, person), **HTMX)
    page_queries = count_queries(builder_client, person_url(agent, person))
    for index in range(30):
        create_fact(memory=memory, key=f"fact_{index}", value=str(index))
        create_conversation(person=person, agent=agent, messages=TWO_MESSAGES)
        AuditEntry.objects.create(action=AuditEntry.Action.FACT_CREATED, origin="ui", person_public_id=person.public_id)
    create_people(agent, 10, facts=1)
    # The header's scores read the person's cached L2 layer, as the context does: warm it again after the
    # writes above changed the person, so both counts are taken with a warm cache.
    builder_client.get(person_url(agent, person), **HTMX)

    with django_assert_num_queries(panel_queries):
        builder_client.get(person_url(agent, person), **HTMX)
    with django_assert_num_queries(page_queries):
        builder_client.get(person_url(agent, person))


# Person panel


def test_person_panel_shows_header_memory_and_conversations(builder_client, agent, person, memory, fact):
    conversation = Conversation.objects.get(person=person)
    fact.source_conversation = conversation
    fact.save()

    response = builder_client.get(person_url(agent, person), **HTMX)

    html = response.content.decode()
    assert '<aside id="person-panel"' in html
    assert "<html" not in html
    assert "+41791234567" in html
    assert "WhatsApp · 1 conversation · Seen <time" in html
    assert "Occupation" in html
    assert "nurse" in html
    assert "Medium confidence" in html
    assert ">AI<" in html
    assert reverse("conversations:conversation_detail", args=[conversation.public_id]) in html
    assert "Anna asked about a late parcel." in html
    assert "Updated <time" in html
    assert "Clear memory" in html


def test_person_panel_shows_each_conversations_memory_status_and_reason(builder_client, agent, person):
    statuses = {
        "learned": {"status": Extraction.Status.SUCCEEDED},
        "skipped": {"status": Extraction.Status.SKIPPED, "skip_reason": Extraction.SkipReason.TOO_FEW_MESSAGES},
        "failed": {"status": Extraction.Status.FAILED, "last_error": "RateLimitError 429", "attempts": 30},
    }
    conversations = {}
    for name, fields in statuses.items():
        conversations[name] = create_conversation(person=person, agent=agent, messages=TWO_MESSAGES)
        Extraction.objects.create(conversation=conversations[name], agent=agent, **fields)
    open_conversation = create_conversation(person=person, agent=agent, status=Conversation.Status.OPEN)

    html = builder_client.get(person_url(agent, person), **HTMX).content.decode()

    def tag_of(conversation):
        row = html[html.index(f'id="conversation-{conversation.public_id}"') :]
        return unescape(row[row.index('<span class="memory-status') : row.index("</summary>")])

    assert "Memory: learned</span>" in tag_of(conversations["learned"])
    assert "Memory: skipped · Fewer than 2 customer messages" in tag_of(conversations["skipped"])
    assert "Memory: failed · RateLimitError 429" in tag_of(conversations["failed"])
    assert "Memory: pending</span>" in tag_of(open_conversation)


def test_person_panel_shows_at_most_50_conversations(builder_client, agent, person):
    for _ in range(51):
        create_conversation(person=person, agent=agent, messages=TWO_MESSAGES)

    response = builder_client.get(person_url(agent, person), **HTMX)

    assert response.content.decode().count('<details id="conversation-') == 50
    assert "The latest 50 are shown." in response.content.decode()


def test_person_panel_warns_about_expired_memory(builder_client, agent, person, memory, fact):
    Agent.objects.filter(pk=agent.pk).update(memory_retention_days=Agent.Retention.DAYS_30)
    Memory.objects.filter(pk=memory.pk).update(updated_at=timezone.now() - timedelta(days=40))

    html = builder_client.get(person_url(agent, person), **HTMX).content.decode()

    assert "past Support’s retention period" in html


def test_full_page_person_url_shows_the_list_and_the_panel(builder_client, agent, person, fact):
    html = builder_client.get(person_url(agent, person)).content.decode()

    assert "<html" in html
    assert 'id="people-list"' in html
    assert '<aside id="person-panel"' in html
    assert 'aria-current="true"' in html


def test_preview_shows_what_the_agent_will_see(builder_client, agent, person, memory, fact):
    create_conversation(person=person, agent=agent, messages=TWO_MESSAGES)  # a returning person
    url = reverse("customer_memory:person_context", args=[agent.public_id, person.public_id])

    response = builder_client.get(url, **HTMX)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert '<pre class="context-text">' in html
    assert "nurse" in html


def test_preview_says_why_nothing_is_injected_for_a_person_nothing_was_learned_about(builder_client, agent, person):
    create_conversation(person=person, agent=agent, messages=TWO_MESSAGES)
    url = reverse("customer_memory:person_context", args=[agent.public_id, person.public_id])

    html = builder_client.get(url, **HTMX).content.decode()

    assert "Nothing would be injected for this person right now" in html
    assert "has not learned anything about them yet" in html


# Editing


def test_fact_edit_form_is_inline(builder_client, fact):
    response = builder_client.get(reverse("customer_memory:fact_update", args=[fact.public_id]), **HTMX)

    html = response.content.decode()
    assert html.strip().startswith(f'<li id="fact-{fact.public_id}" class="fact editing">')
    assert 'value="nurse"' in html
    assert f'<label for="fact-{fact.public_id}-value"' in html


def test_edited_fact_becomes_manual_and_keeps_the_previous_value(builder_client, builder, fact):
    response = builder_client.post(
        reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": "midwife"}, **HTMX
    )

    assert response.status_code == 200
    assert "memory-changed" in json.loads(response["HX-Trigger"])
    html = response.content.decode()
    assert "midwife" in html
    assert ">Manual<" in html
    assert "was “nurse”" in html
    fact.refresh_from_db()
    assert (fact.value, fact.previous_value, fact.source) == ("midwife", "nurse", Fact.Source.MANUAL)
    entry = AuditEntry.objects.get(action=AuditEntry.Action.FACT_UPDATED)
    assert (entry.origin, entry.actor_user, entry.after["value"]) == ("ui", builder, "midwife")


@pytest.mark.parametrize(("value", "message"), [("   ", "Enter a value."), ("x" * 501, "at most 500 characters")])
def test_invalid_fact_value_shows_an_inline_error(builder_client, fact, value, message):
    response = builder_client.post(
        reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": value}, **HTMX
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    fact.refresh_from_db()
    assert fact.value == "nurse"


def test_fact_edit_without_javascript_redirects_back_to_the_person(builder_client, agent, person, fact):
    response = builder_client.post(reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": "doctor"})

    assert response.status_code == 302
    assert response["Location"] == person_url(agent, person)
    invalid = builder_client.post(reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": ""})
    assert invalid.status_code == 200
    assert "Enter a value." in invalid.content.decode()
    assert '<aside id="person-panel"' in invalid.content.decode()


def test_deleting_a_fact_returns_the_memory_section_and_the_badge(builder_client, agent, person, fact):
    response = builder_client.post(reverse("customer_memory:fact_delete", args=[fact.public_id]), **HTMX)

    html = response.content.decode()
    assert "memory-changed" in json.loads(response["HX-Trigger"])
    assert '<section id="memory-section"' in html
    assert "No facts learned yet." in html
    assert f'id="badge-{person.public_id}" class="badge-slot" hx-swap-oob="true"' in html
    assert 'class="memory-badge"' in html  # the summary is still remembered
    assert not Fact.objects.filter(pk=fact.pk).exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.FACT_DELETED, origin="ui").exists()


def test_clear_memory_wipes_this_agent_only(builder_client, agent, person, memory, fact):
    other_agent = create_agent(name="Sales")
    other_fact = create_fact(memory=create_memory(person=person, agent=other_agent), key="city", value="Bern")
    url = reverse("customer_memory:memory_clear", args=[agent.public_id, person.public_id])

    response = builder_client.post(url, **HTMX)

    html = response.content.decode()
    assert "No facts learned yet." in html
    assert "No summary yet." in html
    assert 'class="memory-badge"' not in html
    assert not Memory.objects.filter(person=person, agent=agent).exists()
    assert Fact.objects.filter(pk=other_fact.pk).exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.MEMORY_CLEARED, origin="ui").exists()


def test_clear_memory_without_javascript_asks_first(builder_client, agent, person, memory, fact):
    url = reverse("customer_memory:memory_clear", args=[agent.public_id, person.public_id])

    confirmation = builder_client.get(url)

    assert "Clear memory?" in confirmation.content.decode()
    assert Fact.objects.filter(pk=fact.pk).exists()
    response = builder_client.post(url)
    assert response.status_code == 302
    assert not Fact.objects.filter(pk=fact.pk).exists()


def test_clear_button_asks_for_confirmation(builder_client, agent, person, fact):
    html = builder_client.get(person_url(agent, person), **HTMX).content.decode()

    assert 'hx-confirm="Clear everything Support remembers about +41791234567?' in html


# History and undo


def test_history_lists_changes_with_undo(builder_client, agent, person, fact):
    builder_client.post(reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": "midwife"}, **HTMX)

    url = reverse("customer_memory:person_history", args=[agent.public_id, person.public_id])
    html = builder_client.get(url, **HTMX).content.decode()

    assert "Changed Occupation: nurse → midwife" in html
    assert "builder@acme.test · UI" in html
    assert "Undo" in html


def test_undo_restores_a_deleted_fact_exactly(builder_client, agent, person, fact):
    fact.previous_value = "student"
    fact.save()
    builder_client.post(reverse("customer_memory:fact_delete", args=[fact.public_id]), **HTMX)
    entry = AuditEntry.objects.get(action=AuditEntry.Action.FACT_DELETED)

    response = builder_client.post(
        reverse("customer_memory:fact_restore", args=[agent.public_id, person.public_id, entry.pk]), **HTMX
    )

    assert response.status_code == 200
    assert "nurse" in response.content.decode()
    restored = Fact.objects.get(memory__person=person, key="occupation")
    assert (restored.value, restored.confidence, restored.source, restored.previous_value) == (
        "nurse",
        Fact.Confidence.MEDIUM,
        Fact.Source.AI,
        "student",
    )
    history = builder_client.get(
        reverse("customer_memory:person_history", args=[agent.public_id, person.public_id]), **HTMX
    ).content.decode()
    assert "Restored Occupation: nurse" in history
    assert "Undone" in history


def test_undo_restores_an_edited_fact(builder_client, agent, person, fact):
    builder_client.post(reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": "midwife"}, **HTMX)
    entry = AuditEntry.objects.get(action=AuditEntry.Action.FACT_UPDATED)

    builder_client.post(
        reverse("customer_memory:fact_restore", args=[agent.public_id, person.public_id, entry.pk]), **HTMX
    )

    fact.refresh_from_db()
    assert (fact.value, fact.source) == ("nurse", Fact.Source.AI)


def test_undo_of_a_clear_is_refused_inline(builder_client, agent, person, fact):
    builder_client.post(reverse("customer_memory:memory_clear", args=[agent.public_id, person.public_id]), **HTMX)
    entry = AuditEntry.objects.get(action=AuditEntry.Action.MEMORY_CLEARED)

    response = builder_client.post(
        reverse("customer_memory:fact_restore", args=[agent.public_id, person.public_id, entry.pk]), **HTMX
    )

    assert response.status_code == 200
    assert response["HX-Retarget"] == "#history-section"
    assert "This change can't be undone." in unescape(response.content.decode())


def test_undo_of_another_persons_entry_is_404(builder_client, agent, person, fact):
    stranger = create_person(channel_identifier="+41790000077")
    entry = AuditEntry.objects.create(
        action=AuditEntry.Action.FACT_DELETED,
        origin="ui",
        person_public_id=stranger.public_id,
        changes={"before": {"key": "x"}},
    )

    response = builder_client.post(
        reverse("customer_memory:fact_restore", args=[agent.public_id, person.public_id, entry.pk]), **HTMX
    )

    assert response.status_code == 404


# Configure


def test_configure_offers_exactly_the_retention_options(builder_client, agent):
    response = builder_client.get(reverse("customer_memory:agent_configure", args=[agent.public_id]))

    field = response.context["form"]["memory_retention_days"]
    assert [label for _, label in field.field.choices] == [
        "Keep indefinitely",
        "30 days",
        "60 days",
        "90 days",
        "180 days",
        "1 year",
    ]
    assert field.value() == Agent.Retention.FOREVER
    html = response.content.decode()
    assert "Customer Memory" in html
    assert "Conversation History" in html
    assert '<label for="id_memory_enabled">Enable customer memory</label>' in html


def test_configure_saves_through_the_service_and_audits(builder_client, agent):
    url = reverse("customer_memory:agent_configure", args=[agent.public_id])

    response = builder_client.post(
        url,
        {
            "memory_retention_days": "90",
            "conversation_history_enabled": "on",
            "conversation_history_max_messages": "30",
        },
        **HTMX,
    )

    assert "Saved." in response.content.decode()
    agent.refresh_from_db()
    assert not agent.memory_enabled
    assert agent.memory_retention_days == 90
    assert agent.conversation_history_enabled
    assert agent.conversation_history_max_messages == 30
    entry = AuditEntry.objects.get(action=AuditEntry.Action.AGENT_SETTINGS_CHANGED)
    assert entry.origin == "ui"
    assert entry.before["memory_enabled"] is True
    assert entry.after["memory_retention_days"] == 90


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("conversation_history_max_messages", "0", "greater than or equal to 1"),
        ("conversation_history_max_messages", "abc", "Enter a whole number."),
        ("memory_retention_days", "7", "Select a valid choice."),
    ],
)
def test_invalid_settings_show_inline_errors(builder_client, agent, field, value, message):
    data = {"memory_retention_days": "0", "conversation_history_max_messages": "20", field: value}

    response = builder_client.post(reverse("customer_memory:agent_configure", args=[agent.public_id]), data, **HTMX)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.AGENT_SETTINGS_CHANGED).exists()


def test_configure_without_javascript_redirects(builder_client, agent):
    url = reverse("customer_memory:agent_configure", args=[agent.public_id])

    response = builder_client.post(
        url, {"memory_enabled": "on", "memory_retention_days": "30", "conversation_history_max_messages": "20"}
    )

    assert response.status_code == 302
    assert "Settings saved." in builder_client.get(url).content.decode()


def test_agent_opens_on_the_chats_view(builder_client, agent):
    response = builder_client.get(reverse("customer_memory:agent_detail", args=[agent.public_id]))

    assert response["Location"] == reverse("conversations:chat_list", args=[agent.public_id])


def test_after_clear_memory_history_keeps_who_and_what_kind_but_no_value_and_nothing_restores(
    builder_client, agent, person, fact
):
    """Issue 15 B2 / issue 16 finding 4: Clear memory is a deletion, History can't bring values back."""
    builder_client.post(reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": "midwife"}, **HTMX)
    edit = AuditEntry.objects.get(action=AuditEntry.Action.FACT_UPDATED)
    builder_client.post(reverse("customer_memory:memory_clear", args=[agent.public_id, person.public_id]), **HTMX)

    history = builder_client.get(
        reverse("customer_memory:person_history", args=[agent.public_id, person.public_id]), **HTMX
    ).content.decode()
    assert "midwife" not in history
    assert "nurse" not in history
    assert "builder@acme.test" in history
    builder_client.post(
        reverse("customer_memory:fact_restore", args=[agent.public_id, person.public_id, edit.pk]), **HTMX
    )
    assert not Fact.objects.filter(memory__person=person).exists()
    assert all("nurse" not in str(entry.changes) for entry in AuditEntry.objects.all())


def test_after_retention_purges_a_memory_its_values_leave_the_history_and_cannot_be_restored(
    builder_client, agent, person, fact
):
    builder_client.post(reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": "midwife"}, **HTMX)
    edit = AuditEntry.objects.get(action=AuditEntry.Action.FACT_UPDATED)
    agent.memory_retention_days = 30
    agent.save()
    Memory.objects.filter(person=person).update(updated_at=timezone.now() - timedelta(days=45))

    retention.delete_expired_memory()

    assert all("midwife" not in str(entry.changes) for entry in AuditEntry.objects.all())
    response = builder_client.post(
        reverse("customer_memory:fact_restore", args=[agent.public_id, person.public_id, edit.pk]), **HTMX
    )
    assert "can't be restored" in unescape(response.content.decode())
    assert not Fact.objects.filter(memory__person=person).exists()


ROW_LABEL_CASES = [
    # (channel, identifier, phone, is_test, the label the row shows)
    ("voice", "+14155550100", "+14155550100", False, "+14155550100"),
    ("phone", "+442071838750", "+442071838750", False, "+442071838750"),
    ("phone", "", "", False, "Voice caller"),
    ("web", "visitor-3f9a", "", False, "visitor-3f9a"),
    ("web", "", "", False, "Anonymous"),
    ("web", "agent-test-7", "", True, "Test session"),
    ("whatsapp", "+4915112345678", "+4915112345678", False, "+4915112345678"),
    ("messenger", "psid-88123", "", False, "psid-88123"),
    ("telegram", "tg-5501", "", False, "tg-5501"),
    ("sms", "+33612345678", "", False, "+33612345678"),
    ("email", "ana@example.com", "", False, "ana@example.com"),
]


@pytest.mark.parametrize(("channel", "identifier", "phone", "is_test", "label"), ROW_LABEL_CASES)
def test_people_row_shows_the_label_of_each_channel_and_label_case(
    builder_client, agent, channel, identifier, phone, is_test, label
):
    """Issue 15, B1: every phone caller was labelled "Test session" (a column loaded into the wrong field)."""
    person = create_person(channel_type=channel, channel_identifier=identifier, phone=phone, is_test=is_test)
    create_conversation(person=person, agent=agent, messages=TWO_MESSAGES)

    html = builder_client.get(people_url(agent)).content.decode()

    row = html.split(f"{person.public_id}/")[1].split("</li>")[0]
    shown = row.split('class="row-label">')[1].split('</span></span><span class="row-meta">')[0]
    assert unescape(shown.replace('<span class="muted">', "").replace("</span>", "")) == label


@pytest.mark.parametrize("query", ["Hué", "hue", "Nguyễn", "nguyen", "912345678", "345678"])
def test_people_search_finds_accents_phone_tails_and_this_agents_facts(builder_client, agent, query):
    linh = create_person(channel_identifier="+84912345678")
    create_conversation(person=linh, agent=agent, messages=TWO_MESSAGES)
    memory = create_memory(person=linh, agent=agent)
    create_fact(memory=memory, key="location", value="Huế")
    create_fact(memory=memory, key="name", value="Nguyễn Thị Linh")
    other = create_person(channel_identifier="+41790000099")
    create_conversation(person=other, agent=agent, messages=TWO_MESSAGES)
    # Another agent's memory is not this list's to search.
    create_fact(memory=create_memory(person=other, agent=create_agent(name="Sales")), key="location", value="Hue")

    html = builder_client.get(people_url(agent), {"q": query}, **HTMX).content.decode()

    assert "+84912345678" in html
    assert "+41790000099" not in html


def test_configure_sets_knowledge_retention_and_the_proposal_threshold(builder_client, agent):
    url = reverse("customer_memory:agent_configure", args=[agent.public_id])
    assert "Agent Knowledge" in builder_client.get(url).content.decode()
    data = {"memory_retention_days": "0", "conversation_history_max_messages": "20"}

    response = builder_client.post(
        url, {**data, "knowledge_retention_days": "90", "knowledge_min_customers": "5"}, **HTMX
    )

    assert "Saved." in response.content.decode()
    agent.refresh_from_db()
    assert (agent.knowledge_retention_days, agent.knowledge_min_customers) == (90, 5)
    response = builder_client.post(url, {**data, "knowledge_min_customers": "1"}, **HTMX)
    assert "greater than or equal to 2" in response.content.decode()

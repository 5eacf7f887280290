from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import extraction, retention
from customer_memory.memory_health import memory_health
from customer_memory.models import Extraction, Fact, RetentionRun
from customer_memory.tests.factories import create_fact, create_memory

HEALTH_URL = "/admin/customer_memory/extraction/health/"


def _extraction(agent, *, status, days_ago: int = 0, **fields) -> Extraction:
    conversation = create_conversation(person=create_person(), agent=agent, messages=[("customer", "hi")])
    row = Extraction.objects.create(conversation=conversation, agent=agent, status=status, **fields)
    Extraction.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return row


def _for(agent):
    return next(row for row in memory_health().agents if row.agent == agent)


def test_health_counts_extractions_per_agent_by_outcome(organization):
    support, sales = create_agent(name="Support"), create_agent(name="Sales")
    _extraction(support, status=Extraction.Status.SUCCEEDED, attempts=1, secrets_dropped=2)
    _extraction(support, status=Extraction.Status.SUCCEEDED, attempts=3, secrets_dropped=1)
    _extraction(support, status=Extraction.Status.FAILED, attempts=5)
    _extraction(support, status=Extraction.Status.QUEUED, attempts=1)
    _extraction(support, status=Extraction.Status.SKIPPED, skip_reason=Extraction.SkipReason.TOO_FEW_MESSAGES)
    _extraction(sales, status=Extraction.Status.SKIPPED, skip_reason=Extraction.SkipReason.MEMORY_OFF)

    row = _for(support)

    assert (row.extractions_run, row.succeeded, row.failed) == (3, 2, 1)
    assert (row.retried, row.queued, row.awaiting_retry) == (2, 1, 1)
    assert row.secrets_dropped == 3
    assert row.skipped_by_reason == {"Memory off": 0, "Fewer than 2 customer messages": 1, "Test session": 0}
    assert _for(sales).skipped_by_reason["Memory off"] == 1
    assert _for(sales).extractions_run == 0


def test_health_counts_skips_recorded_by_real_extraction(organization):
    off = create_agent(name="Off", memory_enabled=False)
    on = create_agent(name="On", memory_enabled=True)
    person = create_person()
    extraction.extract_from_conversation(
        create_conversation(person=person, agent=off, messages=[("customer", "hi"), ("customer", "again")])
    )
    extraction.extract_from_conversation(create_conversation(person=person, agent=on, messages=[("customer", "hi")]))

    assert _for(off).skipped_by_reason["Memory off"] == 1
    assert _for(on).skipped_by_reason["Fewer than 2 customer messages"] == 1


def test_health_counts_facts_by_source_and_confidence(organization):
    agent, other = create_agent(name="Support"), create_agent(name="Sales")
    memory = create_memory(person=create_person(), agent=agent)
    create_fact(memory=memory, key="a", source=Fact.Source.AI, confidence=Fact.Confidence.HIGH)
    create_fact(memory=memory, key="b", source=Fact.Source.AI, confidence=Fact.Confidence.LOW)
    create_fact(memory=memory, key="c", source=Fact.Source.MANUAL, confidence=Fact.Confidence.HIGH)
    create_fact(memory=create_memory(person=create_person(), agent=other), key="d", source=Fact.Source.FORM)

    row = _for(agent)

    assert row.facts_by_source == {"AI": 2, "Manual": 1, "Form": 0}
    assert row.facts_by_confidence == {"High": 2, "Medium": 0, "Low": 1}
    assert row.facts == 3
    assert _for(other).facts_by_source["Form"] == 1


def test_health_chart_has_a_bar_per_day_scaled_to_the_busiest(organization):
    agent = create_agent()
    for _ in range(4):
        _extraction(agent, status=Extraction.Status.SUCCEEDED)
    _extraction(agent, status=Extraction.Status.FAILED, days_ago=2)
    _extraction(agent, status=Extraction.Status.SKIPPED, days_ago=2)
    _extraction(agent, status=Extraction.Status.SUCCEEDED, days_ago=30)

    days = _for(agent).days

    assert len(days) == 14
    assert days[-1].day == timezone.localdate()
    assert (days[-1].succeeded, days[-1].succeeded_height) == (4, 100.0)
    assert (days[-3].failed, days[-3].failed_height, days[-3].skipped_height) == (1, 25.0, 25.0)
    assert sum(day.total for day in days) == 6


def test_health_runs_a_fixed_number_of_queries(organization, django_assert_num_queries):
    for index in range(6):
        agent = create_agent(name=f"Agent {index}")
        _extraction(agent, status=Extraction.Status.SUCCEEDED)
        create_fact(memory=create_memory(person=create_person(), agent=agent))
    RetentionRun.objects.create(started_at=timezone.now())

    with django_assert_num_queries(6):
        memory_health()


def test_health_page_shows_the_retention_job_counts_and_last_run(client, owner):
    agent = create_agent(name="Support", memory_retention_days=30)
    old = create_memory(person=create_person(), agent=agent, updated_at=timezone.now() - timedelta(days=45))
    create_fact(memory=old, key="a")
    create_fact(memory=old, key="b")
    create_memory(person=create_person(), agent=agent)
    run = retention.delete_expired_memory()
    client.force_login(owner)

    response = client.get(HEALTH_URL)

    content = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'id="last-run-memories">1<', content)
    assert re.search(r'id="last-run-facts">2<', content)
    assert f"{timezone.localtime(run.started_at):%Y-%m-%d %H:%M}" in content


def test_health_page_shows_each_agent_with_a_chart(client, admin_user):
    agent = create_agent(name="Support desk")
    _extraction(agent, status=Extraction.Status.SUCCEEDED, secrets_dropped=4)
    client.force_login(admin_user)

    content = client.get(HEALTH_URL).content.decode()

    assert "Support desk" in content
    assert re.search(r'data-stat="secrets">4<', content)
    assert content.count('class="health-bar"') == 14
    assert "height: 100.0%" in content
    assert "The daily job has not run yet." in content


@pytest.mark.parametrize("role", ["builder", "member"])
def test_health_page_is_for_owners_and_admins_only(client, role, request):
    client.force_login(request.getfixturevalue(role))

    assert client.get(HEALTH_URL).status_code == 302


def test_extraction_list_links_to_the_health_page(client, owner):
    client.force_login(owner)

    assert HEALTH_URL.encode() in client.get("/admin/customer_memory/extraction/").content


def test_health_page_lists_failed_conversations_per_agent_with_their_reason(client, owner):
    support, sales = create_agent(name="Support"), create_agent(name="Sales")
    failed = _extraction(support, status=Extraction.Status.FAILED, attempts=30, last_error="RateLimitError 429")
    _extraction(sales, status=Extraction.Status.SUCCEEDED)
    client.force_login(owner)

    content = client.get(HEALTH_URL).content.decode()

    support_section = content[content.index(f'id="failures-{support.public_id}"') :]
    support_section = support_section[: support_section.index("</table>")]
    assert f'data-conversation="{failed.conversation.public_id}"' in support_section
    assert "RateLimitError 429" in support_section
    assert ">Retry</button>" in support_section
    assert "No failed conversations" in content  # Sales has none


def test_retry_button_queues_a_failed_conversation_and_it_is_learned(client, owner, django_capture_on_commit_callbacks):
    agent = create_agent(name="Support", memory_enabled=True)
    conversation = create_conversation(
        person=create_person(),
        agent=agent,
        messages=[("customer", "My name is Ada."), ("agent", "Hi!"), ("customer", "I live in Lisbon.")],
    )
    Extraction.objects.create(
        conversation=conversation, agent=agent, status=Extraction.Status.FAILED, attempts=30, last_error="Timeout"
    )
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{HEALTH_URL}retry/{conversation.public_id}/", follow=True)

    assert response.status_code == 200
    assert "queued to be learned from again" in response.content.decode()
    extraction = Extraction.objects.get(conversation=conversation)
    assert (extraction.status, extraction.last_error) == (Extraction.Status.SUCCEEDED, "")
    assert Fact.objects.filter(memory__person=conversation.person, key="location").exists()


@pytest.mark.parametrize("role", ["builder", "member"])
def test_retry_is_for_owners_and_admins_only(client, role, request):
    agent = create_agent(name="Support", memory_enabled=True)
    failed = _extraction(agent, status=Extraction.Status.FAILED)
    client.force_login(request.getfixturevalue(role))

    response = client.post(f"{HEALTH_URL}retry/{failed.conversation.public_id}/")

    assert response.status_code == 302
    assert Extraction.objects.get(pk=failed.pk).status == Extraction.Status.FAILED

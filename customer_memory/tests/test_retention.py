from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from conversations.models import Agent
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import context, tasks
from customer_memory.models import Episode, Fact, Memory, RetentionRun
from customer_memory.retention import delete_expired_memory
from customer_memory.tests.factories import create_episode, create_fact, create_memory
from tenants.keys_and_audit.models import AuditEntry


def memory_aged(agent, *, days: int, facts: int = 2, episodes: int = 1):
    person = create_person()
    memory = create_memory(
        person=person, agent=agent, summary="Story.", updated_at=timezone.now() - timedelta(days=days)
    )
    for index in range(facts):
        create_fact(memory=memory, key=f"fact_{index}")
    for _ in range(episodes):
        create_episode(conversation=create_conversation(person=person, agent=agent))
    return memory


@pytest.mark.parametrize(
    ("retention", "age_days", "deleted"),
    [
        (Agent.Retention.DAYS_30, 31, True),
        (Agent.Retention.DAYS_30, 29, False),
        (Agent.Retention.DAYS_60, 61, True),
        (Agent.Retention.DAYS_90, 89, False),
        (Agent.Retention.DAYS_180, 181, True),
        (Agent.Retention.YEAR, 366, True),
        (Agent.Retention.YEAR, 364, False),
        (Agent.Retention.FOREVER, 5000, False),
    ],
)
def test_daily_job_deletes_only_expired_memory(organization, retention, age_days, deleted):
    agent = create_agent(memory_retention_days=retention)
    memory = memory_aged(agent, days=age_days)

    delete_expired_memory()

    assert Memory.objects.filter(pk=memory.pk).exists() is not deleted
    assert Fact.objects.filter(memory_id=memory.pk).exists() is not deleted
    assert Episode.objects.filter(person=memory.person, agent=agent).exists() is not deleted


def test_deletion_is_counted_in_the_run_and_audited_with_counts_only(organization):
    short = create_agent(name="Short", memory_retention_days=Agent.Retention.DAYS_30)
    forever = create_agent(name="Forever")
    expired = [memory_aged(short, days=40, facts=3, episodes=2) for _ in range(2)]
    kept = memory_aged(forever, days=4000)

    run = delete_expired_memory()

    assert (run.memories_deleted, run.facts_deleted) == (2, 6)
    assert run.finished_at is not None
    assert RetentionRun.objects.get() == run
    entry = AuditEntry.objects.get(action=AuditEntry.Action.MEMORY_EXPIRED)
    assert entry.changes == {"memories_deleted": 2, "facts_deleted": 6, "episodes_deleted": 4}
    assert entry.person_public_id == ""
    assert entry.origin == AuditEntry.Origin.TASK
    assert Memory.objects.get() == kept
    assert not Memory.objects.filter(pk__in=[m.pk for m in expired]).exists()


def test_a_run_with_nothing_to_delete_is_recorded_without_an_audit_entry(organization):
    create_agent(memory_retention_days=Agent.Retention.DAYS_30)

    run = delete_expired_memory()

    assert (run.memories_deleted, run.facts_deleted) == (0, 0)
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.MEMORY_EXPIRED).exists()


def test_retention_counts_from_the_last_update_at_the_given_time(organization):
    agent = create_agent(memory_retention_days=Agent.Retention.DAYS_30)
    memory = memory_aged(agent, days=10)

    delete_expired_memory(now=timezone.now() + timedelta(days=15))
    assert Memory.objects.filter(pk=memory.pk).exists()

    delete_expired_memory(now=timezone.now() + timedelta(days=21))
    assert not Memory.objects.filter(pk=memory.pk).exists()


def test_deleting_expired_memory_invalidates_the_cached_layers(organization):
    agent = create_agent(memory_retention_days=Agent.Retention.DAYS_30)
    memory = memory_aged(agent, days=40)
    context.person_layers(memory.person)

    delete_expired_memory()

    assert cache.get_many(context.layer_cache_keys(memory.person_id)) == {}


def test_deleting_in_batches_removes_every_expired_memory(organization, monkeypatch):
    from customer_memory import retention

    monkeypatch.setattr(retention, "DELETE_BATCH_SIZE", 2)
    agent = create_agent(memory_retention_days=Agent.Retention.DAYS_30)
    for _ in range(5):
        memory_aged(agent, days=40, facts=1, episodes=0)

    run = delete_expired_memory()

    assert run.memories_deleted == 5
    assert not Memory.objects.exists()


def test_scheduled_task_deletes_in_every_tenant(organization, other_organization):
    from django.db import connection
    from django_tenants.utils import schema_context

    agent = create_agent(memory_retention_days=Agent.Retention.DAYS_30)
    memory_aged(agent, days=40)
    with schema_context(other_organization.schema_name):
        other_agent = create_agent(memory_retention_days=Agent.Retention.DAYS_30)
        memory_aged(other_agent, days=40)
        memory_aged(other_agent, days=40)
    connection.set_schema_to_public()

    deleted = tasks.delete_expired_memory_in_all_tenants()

    assert deleted == 3
    with schema_context(other_organization.schema_name):
        assert not Memory.objects.exists()
        assert RetentionRun.objects.get().memories_deleted == 2
    with schema_context(organization.schema_name):
        assert not Memory.objects.exists()

"""Retention: memory expires its agent's retention period after its last update.

Expired memory is never read (context assembly and extraction check at read
time) and the daily job deletes it for good: the memory, its facts and the
(person, agent) episodes. "Keep indefinitely" never expires.

Agent knowledge follows the same rule with its own period (the agent's
knowledge retention, 180 days by default, seed 001), counted from when an
entry was last confirmed; the same daily run deletes it.
"""

from __future__ import annotations

import functools
import operator
from collections import Counter
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from conversations.models import Agent, Person
from customer_memory import context, history
from customer_memory.models import Episode, Fact, KnowledgeEntry, Memory, MemoryQuerySet, RetentionRun
from tenants import audit
from tenants.keys_and_audit.models import AuditEntry

# Memories deleted per transaction, so a large backlog never holds long locks.
DELETE_BATCH_SIZE = 500


def is_expired(*, updated_at: datetime, retention_days: int, now: datetime) -> bool:
    """One memory row in hand: MemoryQuerySet.live()'s rule (which every read of memory uses)."""
    since = kept_since(retention_days=retention_days, now=now)
    return since is not None and updated_at < since


def kept_since(*, retention_days: int, now: datetime) -> datetime | None:
    """The oldest `updated_at` one agent's memory may have and still be live (None: kept forever);
    MemoryQuerySet.live() in SQL."""
    return None if retention_days == Agent.Retention.FOREVER else now - timedelta(days=retention_days)


def delete_expired_memory(now: datetime | None = None) -> RetentionRun:
    """Delete every expired memory in the current tenant; returns the RetentionRun.

    The audit log gets counts only: what was deleted is gone, and who it was
    about must not outlive it.
    """
    now = now or timezone.now()
    run = RetentionRun.objects.create(started_at=timezone.now())
    totals: Counter[str] = Counter()
    while True:
        batch = list(Memory.objects.expired(now).order_by("pk").values_list("pk", flat=True)[:DELETE_BATCH_SIZE])
        if not batch:
            break
        with transaction.atomic():
            counts = _delete_memories(Memory.objects.filter(pk__in=batch), now=now)
        totals.update(counts)
        if len(batch) < DELETE_BATCH_SIZE or not counts["memories"]:
            break
    run.memories_deleted = totals["memories"]
    run.facts_deleted = totals["facts"]
    run.knowledge_deleted = _delete_expired_knowledge(now)
    run.finished_at = timezone.now()
    run.save(update_fields=["memories_deleted", "facts_deleted", "knowledge_deleted", "finished_at"])
    if totals["memories"]:
        audit.record(
            AuditEntry.Action.MEMORY_EXPIRED,
            actor=audit.SYSTEM,
            object_type="retention_run",
            object_id=str(run.pk),
            changes={
                "memories_deleted": totals["memories"],
                "facts_deleted": totals["facts"],
                "episodes_deleted": totals["episodes"],
            },
        )
    return run


def _delete_expired_knowledge(now: datetime) -> int:
    """Delete the knowledge entries (with their versions) not confirmed within their agent's knowledge retention."""
    expired = KnowledgeEntry.objects.expired(now)
    rows = list(expired.values_list("public_id", "agent_id"))
    if not rows:
        return 0
    with transaction.atomic():
        KnowledgeEntry.objects.filter(public_id__in=[public_id for public_id, _ in rows]).delete()
        audit.record(
            AuditEntry.Action.KNOWLEDGE_EXPIRED,
            actor=audit.SYSTEM,
            object_type="knowledge",
            changes={"entries_deleted": [public_id for public_id, _ in rows]},
        )
    from customer_memory import knowledge  # knowledge reads through recall, which imports this module

    for agent_id in {agent_id for _, agent_id in rows}:
        knowledge.forget_cached(agent_id)
    return len(rows)


def delete_expired_memory_of(person: Person, agent: Agent, *, now: datetime) -> int:
    """Delete this (person, agent) memory if it has expired (before new learning replaces it)."""
    counts = _delete_memories(Memory.objects.filter(person=person, agent=agent), now=now)
    if counts["memories"]:
        audit.record(
            AuditEntry.Action.MEMORY_EXPIRED,
            actor=audit.SYSTEM,
            object_type="memory",
            changes={
                "memories_deleted": counts["memories"],
                "facts_deleted": counts["facts"],
                "episodes_deleted": counts["episodes"],
            },
        )
    return counts["memories"]


def _delete_memories(memories: MemoryQuerySet, *, now: datetime) -> Counter[str]:
    """Delete the expired ones among `memories`, with their facts and episodes."""
    # Expiry is checked again under the row lock: an extraction may have
    # refreshed the memory since it was selected.
    rows = list(memories.expired(now).select_for_update(of=("self",)).values_list("pk", "person_id", "agent_id"))
    counts: Counter[str] = Counter(memories=0, facts=0, episodes=0)
    if not rows:
        return counts
    pks = [pk for pk, _, _ in rows]
    # Values in the audit log about these memories go too, or History could bring them back.
    history.forget_values(
        Memory.objects.filter(pk__in=pks).values_list("person__public_id", "agent__public_id").iterator()
    )
    counts["facts"], _ = Fact.objects.filter(memory_id__in=pks).delete()
    pairs = functools.reduce(operator.or_, (Q(person_id=p, agent_id=a) for _, p, a in rows))
    counts["episodes"], _ = Episode.objects.filter(pairs).delete()
    _, deleted = Memory.objects.filter(pk__in=pks).delete()
    counts["memories"] = deleted.get(Memory._meta.label, 0)
    person_ids = {person_id for _, person_id, _ in rows}
    for person_id in person_ids:
        context.invalidate_cached_layers(person_id)

    def invalidate_after_commit() -> None:
        for person_id in person_ids:
            context.invalidate_cached_layers(person_id)

    transaction.on_commit(invalidate_after_commit)
    return counts

"""Write workflows on memory: the one place each of them lives.

The UI, the API, the admin and tasks all call these. They write the audit
log and invalidate the cached layers; callers pass an `Actor` saying who acts
and through which door.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from django.db import transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from conversations.models import Agent, Conversation, Person
from customer_memory import context, history, webhooks
from customer_memory.extraction.merge import CONTRADICTION_KEY, noted_contradictions
from customer_memory.fact_keys import canonical_key
from customer_memory.models import Episode, Extraction, Fact, Memory, Note
from tenants import audit
from tenants.keys_and_audit.models import AuditEntry
from tenants.tasks import enqueue_in_tenant


class MemoryEditError(ValueError):
    """A change to memory that can't be made, with a message for the user."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def normalize_fact_key(raw: str) -> str:
    """The one key spelling for every writer (fact_keys): `"City"` -> `"location"`."""
    return canonical_key(raw)


def fact_snapshot(fact: Fact) -> dict[str, Any]:
    """A fact's content as stored in the audit log (and restored by undo)."""
    return {
        "id": fact.public_id,
        "key": fact.key,
        "value": fact.value,
        "confidence": fact.confidence,
        "source": fact.source,
        "previous_value": fact.previous_value,
        "agent": fact.memory.agent.public_id,
        "source_conversation": fact.source_conversation.public_id if fact.source_conversation is not None else None,
        "source_messages": list(fact.source_messages),
    }


def memory_for(person: Person, agent: Agent) -> Memory:
    """The (person, agent) memory, created empty if needed."""
    memory, _ = Memory.objects.get_or_create(person=person, agent=agent, defaults={"updated_at": timezone.now()})
    return memory


def _touch(memory: Memory) -> None:
    memory.updated_at = timezone.now()
    memory.save(update_fields=["updated_at"])
    context.invalidate_cached_layers(memory.person_id)


@transaction.atomic
def create_fact(
    person: Person,
    *,
    agent: Agent,
    key: str,
    value: str,
    actor: audit.Actor,
    confidence: str = Fact.Confidence.HIGH,
) -> Fact:
    """Record a fact a person entered by hand; an existing key is updated instead."""
    normalized = normalize_fact_key(key)
    if not normalized:
        raise MemoryEditError("Enter a key made of letters or digits.", field="key")
    value = value.strip()
    if not value:
        raise MemoryEditError("Enter a value.", field="value")
    memory = memory_for(person, agent)
    existing = memory.facts.select_related("memory__agent", "source_conversation").filter(key=normalized).first()
    if existing is not None:
        return update_fact(existing, value=value, actor=actor, confidence=confidence)
    before = webhooks.fact_values(person, agent)
    fact = Fact.objects.create(
        memory=memory, key=normalized, value=value, confidence=confidence, source=Fact.Source.MANUAL
    )
    _touch(memory)
    webhooks.announce_memory_update(person, agent, before=before)
    audit.record(
        AuditEntry.Action.FACT_CREATED,
        actor=actor,
        person_public_id=person.public_id,
        object_type="fact",
        object_id=fact.public_id,
        changes={"before": None, "after": fact_snapshot(fact)},
    )
    return fact


@transaction.atomic
def add_note(person: Person, *, text: str, actor: audit.Actor) -> Note:
    """Record a staff note about a person; its author is the acting user or API key, as shown now."""
    text = text.strip()
    if not text:
        raise MemoryEditError("Enter the note's text.", field="text")
    if len(text) > Note.MAX_LENGTH:
        raise MemoryEditError(f"A note holds at most {Note.MAX_LENGTH} characters.", field="text")
    note = Note.objects.create(
        person=person,
        text=text,
        author=actor.label,
        author_user=actor.user if getattr(actor.user, "pk", None) else None,
    )
    context.invalidate_cached_layers(person.pk)
    audit.record(
        AuditEntry.Action.NOTE_ADDED,
        actor=actor,
        person_public_id=person.public_id,
        object_type="note",
        object_id=note.public_id,
        changes={"after": {"text": note.text}},
    )
    return note


@transaction.atomic
def delete_note(note: Note, *, actor: audit.Actor) -> None:
    """Delete a staff note (audited with its text, like adding it; erasure scrubs both)."""
    person = note.person
    note.delete()
    context.invalidate_cached_layers(person.pk)
    audit.record(
        AuditEntry.Action.NOTE_DELETED,
        actor=actor,
        person_public_id=person.public_id,
        object_type="note",
        object_id=note.public_id,
        changes={"before": {"text": note.text, "author": note.author}},
    )


def summary_snapshot(memory: Memory) -> dict[str, Any]:
    """A summary in the audit log, shaped like a fact's so that clearing the memory forgets it (history.py)."""
    return {"key": "summary", "value": memory.summary, "source": memory.summary_source, "agent": memory.agent.public_id}


SUMMARY_MAX_LENGTH = 2000


@transaction.atomic
def update_summary(person: Person, *, agent: Agent, summary: str, actor: audit.Actor) -> Memory:
    """A person corrects the rolling summary: it becomes manual and is kept, word for word, until the next
    extraction folds its conversation into it (extraction.workflow.next_summary)."""
    summary = summary.strip()
    if len(summary) > SUMMARY_MAX_LENGTH:
        raise MemoryEditError(f"Keep the summary under {SUMMARY_MAX_LENGTH} characters.", field="summary")
    memory = memory_for(person, agent)
    before = summary_snapshot(memory)
    memory.summary = summary
    memory.summary_source = Memory.SummarySource.MANUAL if summary else Memory.SummarySource.AI
    memory.save(update_fields=["summary", "summary_source"])
    _touch(memory)
    audit.record(
        AuditEntry.Action.SUMMARY_UPDATED,
        actor=actor,
        person_public_id=person.public_id,
        object_type="memory",
        object_id=agent.public_id,
        changes={"before": before, "after": summary_snapshot(memory)},
    )
    return memory


@transaction.atomic
def resolve_contradiction(
    person: Person, *, agent: Agent, item: str, take_other: bool, actor: audit.Actor
) -> Fact | None:
    """Settle one noted contradiction: keep the fact's current value, or take the other value heard.

    Either way a person decided, so the fact becomes manual (the AI no longer changes it), and the item
    leaves the noted_contradiction fact (deleted when it was the last). Returns the settled fact.
    """
    memory = memory_for(person, agent)
    noted = memory.facts.select_related("memory__agent", "source_conversation").filter(key=CONTRADICTION_KEY).first()
    found = next((c for c in noted_contradictions(noted.value if noted else "") if c.text == item), None)
    if noted is None or found is None:
        raise MemoryEditError("This contradiction was already resolved.")
    if not found.key:
        raise MemoryEditError("This contradiction can't be resolved in one click; edit the fact instead.")
    facts = memory.facts.select_related("memory__agent", "source_conversation")
    fact = next((candidate for candidate in facts if canonical_key(candidate.key) == found.key), None)
    current = fact.value if fact is not None else ""
    other = found.other_than(current)
    if fact is None:
        fact = create_fact(person, agent=agent, key=found.key, value=other, actor=actor) if take_other else None
    else:
        fact = update_fact(fact, value=other if take_other else current, actor=actor)
    rest = "; ".join(c.text for c in noted_contradictions(noted.value) if c.text != item)
    if not rest:
        delete_fact(noted, actor=actor)
    else:
        before = fact_snapshot(noted)
        noted.value = rest
        noted.save(update_fields=["value", "updated_at"])
        audit.record(
            AuditEntry.Action.FACT_UPDATED,
            actor=actor,
            person_public_id=person.public_id,
            object_type="fact",
            object_id=noted.public_id,
            changes={"before": before, "after": fact_snapshot(noted)},
        )
    return fact


@transaction.atomic
def update_fact(fact: Fact, *, value: str, actor: audit.Actor, confidence: str = Fact.Confidence.HIGH) -> Fact:
    """A person corrects a fact: it becomes manual (high confidence unless they say otherwise), the old value
    is kept."""
    value = value.strip()
    if not value:
        raise MemoryEditError("Enter a value.", field="value")
    if len(value) > cast(int, Fact._meta.get_field("value").max_length):
        raise MemoryEditError("Keep the value under 500 characters.", field="value")
    before = fact_snapshot(fact)
    memory = fact.memory
    values_before = webhooks.fact_values(memory.person, memory.agent)
    if value != fact.value:
        fact.previous_value = fact.value
        fact.value = value
    # A person's word beats the AI's (seed 003 smart merge): manual, so the AI never overwrites it.
    fact.source = Fact.Source.MANUAL
    fact.confidence = confidence
    fact.save()
    _touch(memory)
    webhooks.announce_memory_update(memory.person, memory.agent, before=values_before)
    audit.record(
        AuditEntry.Action.FACT_UPDATED,
        actor=actor,
        person_public_id=fact.memory.person.public_id,
        object_type="fact",
        object_id=fact.public_id,
        changes={"before": before, "after": fact_snapshot(fact)},
    )
    return fact


@transaction.atomic
def delete_fact(fact: Fact, *, actor: audit.Actor) -> AuditEntry:
    """Delete one fact; returns the audit entry, which undo restores from."""
    before = fact_snapshot(fact)
    memory = fact.memory
    values_before = webhooks.fact_values(memory.person, memory.agent)
    fact.delete()
    _touch(memory)
    webhooks.announce_memory_update(memory.person, memory.agent, before=values_before)
    return audit.record(
        AuditEntry.Action.FACT_DELETED,
        actor=actor,
        person_public_id=memory.person.public_id,
        object_type="fact",
        object_id=before["id"],
        changes={"before": before, "after": None},
    )


@transaction.atomic
def clear_memory(person: Person, *, agent: Agent, actor: audit.Actor) -> int:
    """Wipe what `agent` remembers about `person` (facts, summary, episodes).

    Other agents' memory of the same person is untouched (seed 004). Returns
    the number of facts removed.
    """
    memory = Memory.objects.filter(person=person, agent=agent).first()
    facts = list(memory.facts.select_related("memory__agent", "source_conversation")) if memory else []
    profile_cleared = _forget_learned_profile(person, memory.learned_profile if memory else {})
    episodes_deleted, _ = Episode.objects.filter(person=person, agent=agent).delete()
    if memory is not None:
        memory.delete()
    context.invalidate_cached_layers(person.pk)
    webhooks.announce_memory_update(person, agent, before={fact.key: fact.value for fact in facts})
    # Clear memory is a deletion: the history keeps who, when and which keys, never the values.
    history.forget_values([(person.public_id, agent.public_id)])
    audit.record(
        AuditEntry.Action.MEMORY_CLEARED,
        actor=actor,
        person_public_id=person.public_id,
        object_type="memory",
        object_id=agent.public_id,
        changes={
            "before": {"facts": [{"key": f.key} for f in facts]},
            "after": None,
            "episodes_deleted": episodes_deleted,
            "profile_cleared": profile_cleared,
        },
    )
    return len(facts)


def _forget_learned_profile(person: Person, learned: dict[str, Any]) -> list[str]:
    """Take off the person's profile the L4 items (open issues, personal details) this memory's agent put
    there (docs/memory-layers.md); what another agent or a person wrote since stays. Returns the fields changed."""
    if not learned:
        return []
    person = Person.objects.select_for_update().get(pk=person.pk)
    changed = []
    issues = [issue for issue in person.open_issues or [] if issue not in learned.get("open_issues", [])]
    if issues != list(person.open_issues or []):
        person.open_issues = issues
        changed.append("open_issues")
    if learned.get("personal_details") and person.personal_details == learned["personal_details"]:
        person.personal_details = ""
        changed.append("personal_details")
    if changed:
        person.save(update_fields=[*changed, "updated_at"])
    return changed


RESTORABLE_ACTIONS = {AuditEntry.Action.FACT_UPDATED, AuditEntry.Action.FACT_DELETED}


class NewerChange(MemoryEditError):
    """Undoing this change would silently replace a newer one: the caller must ask first."""


def newer_change(entry: AuditEntry, current: Fact | None) -> str:
    """What changed the fact after `entry` (its current value, or that it was deleted), or "" if nothing did.

    Undoing an older change puts back the value from before it, which replaces whatever came later; people
    are asked first (issue 15, B8). `current` is the fact under the entry's key now, or None.
    """
    if entry.action == AuditEntry.Action.FACT_DELETED:
        return f"it was added again as “{current.value}”" if current is not None else ""
    after = entry.after or {}
    if current is None:
        return "it was deleted since"
    if "value" in after and current.value != after["value"]:
        return f"it was changed since to “{current.value}”"
    return ""


@transaction.atomic
def restore_fact(entry: AuditEntry, *, person: Person, actor: audit.Actor, replace_newer: bool = False) -> Fact:
    """Undo a fact edit or delete: put back exactly the fact as it was before.

    Raises NewerChange when the fact changed after `entry`, unless `replace_newer`.
    """
    if entry.action not in RESTORABLE_ACTIONS or entry.person_public_id != person.public_id or not entry.before:
        raise MemoryEditError("This change can't be undone.")
    if "value" not in entry.before:
        raise MemoryEditError("This memory was cleared or expired; its values are gone and can't be restored.")
    before = entry.before
    agent = Agent.objects.get(public_id=before["agent"])
    memory = memory_for(person, agent)
    current = memory.facts.filter(key=before["key"]).first()
    if not replace_newer and (newer := newer_change(entry, current)):
        label = Fact(key=before["key"]).humanized_key
        raise NewerChange(f"{label}: {newer}. Undoing this replaces that with “{before['value']}”.")
    values_before = webhooks.fact_values(person, agent)
    fact = current or Fact(memory=memory, key=before["key"])
    if current is None and not Fact.objects.filter(public_id=before["id"]).exists():
        fact.public_id = before["id"]  # a deleted fact comes back as itself (its links and its History)
    fact.value = before["value"]
    fact.confidence = before["confidence"]
    fact.source = before["source"]
    fact.previous_value = before["previous_value"]
    if before.get("source_conversation"):
        fact.source_conversation = person.conversations.filter(public_id=before["source_conversation"]).first()
        fact.source_messages = before.get("source_messages") or []
    fact.save()
    _touch(memory)
    webhooks.announce_memory_update(person, agent, before=values_before)
    audit.record(
        AuditEntry.Action.FACT_RESTORED,
        actor=actor,
        person_public_id=person.public_id,
        object_type="fact",
        object_id=fact.public_id,
        changes={"before": None, "after": fact_snapshot(fact), "restored_from": entry.pk},
    )
    return fact


AGENT_SETTINGS = (
    "memory_enabled",
    "memory_retention_days",
    "conversation_history_enabled",
    "conversation_history_max_messages",
    "knowledge_retention_days",
    "knowledge_min_customers",
)
AGENT_FIELDS = ("name", *AGENT_SETTINGS)


@transaction.atomic
def update_agent_settings(agent: Agent, *, actor: audit.Actor, **changes: Any) -> Agent:
    """Change an agent's name and its memory and history settings (audited)."""
    unknown = set(changes) - set(AGENT_FIELDS)
    if unknown:
        raise MemoryEditError(f"Unknown setting: {', '.join(sorted(unknown))}")
    if "name" in changes:
        changes["name"] = _agent_name(changes["name"])
    before = {name: getattr(agent, name) for name in AGENT_FIELDS}
    for name, value in changes.items():
        setattr(agent, name, value)
    agent.full_clean()
    agent.save()
    after = {name: getattr(agent, name) for name in AGENT_FIELDS}
    if before != after:
        audit.record(
            AuditEntry.Action.AGENT_SETTINGS_CHANGED,
            actor=actor,
            object_type="agent",
            object_id=agent.public_id,
            changes={"before": before, "after": after},
        )
    return agent


def _agent_name(name: str) -> str:
    # Names need not be unique (two "Support" agents of two brands are fine); blank ones can't be told apart.
    name = " ".join(str(name).split())
    if not name:
        raise MemoryEditError("Enter the agent's name.", field="name")
    return name


class AgentInUse(Exception):
    """The agent has conversations; deleting it would delete them and its memory (force to do so)."""


@transaction.atomic
def create_agent(*, name: str, actor: audit.Actor, **settings: Any) -> Agent:
    """A new agent with its memory and history settings, validated as update_agent_settings does (audited)."""
    unknown = set(settings) - set(AGENT_SETTINGS)
    if unknown:
        raise MemoryEditError(f"Unknown setting: {', '.join(sorted(unknown))}")
    agent = Agent(name=_agent_name(name), **settings)
    agent.full_clean()
    agent.save()
    audit.record(
        AuditEntry.Action.AGENT_CREATED,
        actor=actor,
        object_type="agent",
        object_id=agent.public_id,
        changes={"before": None, "after": {"name": agent.name, **{key: getattr(agent, key) for key in AGENT_SETTINGS}}},
    )
    return agent


@transaction.atomic
def delete_agent(agent: Agent, *, actor: audit.Actor, force: bool = False) -> dict[str, int]:
    """Delete an agent; with conversations only when `force`, and then its conversations and memory go too.

    Its memory goes as Clear memory does: the audit history keeps who/when/which keys, never the values.
    Returns what was deleted, as counted before the delete.
    """
    conversations = Conversation.objects.filter(agent=agent)
    conversation_count = conversations.count()
    if conversation_count and not force:
        raise AgentInUse(
            f"{agent.name} has {conversation_count} conversation(s); delete with force=true to delete them "
            "and everything the agent remembers."
        )
    person_ids = set(conversations.values_list("person_id", flat=True)) | set(
        Memory.objects.filter(agent=agent).values_list("person_id", flat=True)
    )
    people = dict(Person.objects.filter(pk__in=person_ids).values_list("pk", "public_id"))
    counts = {
        "conversations": conversation_count,
        "memories": Memory.objects.filter(agent=agent).count(),
        "facts": Fact.objects.filter(memory__agent=agent).count(),
        "episodes": Episode.objects.filter(agent=agent).count(),
    }
    history.forget_values([(public_id, agent.public_id) for public_id in people.values()])
    agent_public_id, agent_name = agent.public_id, agent.name
    agent.delete()  # cascades to its conversations, messages, memories, facts, episodes and extractions
    # Counters kept by ingestion: the deleted conversations no longer count.
    Person.objects.filter(pk__in=people).update(
        conversation_count=Coalesce(
            Subquery(
                Conversation.objects.filter(person=OuterRef("pk"))
                .order_by()
                .values("person")
                .annotate(n=Count("pk"))
                .values("n")[:1]
            ),
            0,
        )
    )
    for person_id in people:
        context.invalidate_cached_layers(person_id)
    audit.record(
        AuditEntry.Action.AGENT_DELETED,
        actor=actor,
        object_type="agent",
        object_id=agent_public_id,
        changes={"before": {"name": agent_name}, "after": None, "deleted": counts, "forced": force},
    )
    return counts


def queue_extraction(conversation: Conversation) -> Extraction:
    """Record that `conversation` awaits extraction and queue the task after commit.

    Called from the conversation_closed receiver, inside the closing
    transaction; the task runs only once that transaction has committed.
    """
    extraction, _ = Extraction.objects.get_or_create(
        conversation=conversation, defaults={"agent_id": conversation.agent_id}
    )
    if extraction.status != Extraction.Status.SUCCEEDED:
        enqueue_in_tenant("customer_memory.tasks.extract_memory", conversation.pk)
    return extraction


class RelearnRefused(Exception):
    """The conversation can't be learned from again (memory off, or still open)."""


@transaction.atomic
def relearn_conversation(conversation: Conversation) -> Extraction:
    """Queue `conversation` for extraction again, whatever its memory status, with a fresh retry window.

    A conversation learned before is learned again: facts and the episode merge idempotently.
    """
    if not conversation.agent.memory_enabled:
        raise RelearnRefused("Memory is off for this agent; turn it on to learn from its conversations.")
    if conversation.status != Conversation.Status.CLOSED:
        raise RelearnRefused("The conversation is still open; it is learned from when it closes.")
    extraction, _ = Extraction.objects.select_for_update().get_or_create(
        conversation=conversation, defaults={"agent_id": conversation.agent_id}
    )
    extraction.status = Extraction.Status.QUEUED
    extraction.skip_reason = ""
    extraction.last_error = ""
    extraction.failing_since = None
    extraction.next_attempt_at = None
    extraction.finished_at = None
    extraction.save()
    enqueue_in_tenant("customer_memory.tasks.extract_memory", conversation.pk)
    return extraction


def retry_due_extractions(*, now: datetime | None = None) -> int:
    """Queue the failed extractions whose backoff is over; fail those past the retry window.

    Returns how many were queued. Queuing clears `next_attempt_at`, so a task still
    waiting in a busy queue is not queued twice; its next failure sets it again.
    """
    now = now or timezone.now()
    waiting = Extraction.objects.filter(status=Extraction.Status.QUEUED, next_attempt_at__isnull=False)
    from customer_memory.extraction.workflow import retry_window  # the workflow imports this module

    waiting.filter(failing_since__lte=now - retry_window()).update(
        status=Extraction.Status.FAILED, next_attempt_at=None, finished_at=now
    )
    with transaction.atomic():
        due = list(
            waiting.filter(next_attempt_at__lte=now)
            .select_for_update(skip_locked=True)
            .values_list("pk", "conversation_id")
        )
        Extraction.objects.filter(pk__in=[pk for pk, _ in due]).update(next_attempt_at=None)
        for _pk, conversation_id in due:
            enqueue_in_tenant("customer_memory.tasks.extract_memory", conversation_id)
    return len(due)

"""GDPR: everything held about a person, exported (Art. 15/20) or erased (Art. 17).

The admin, the API and the UI call these three functions, so every export
and erasure is audited the same way, whichever door it came through.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models, router, transaction
from django.db.models import Prefetch
from django.db.models.deletion import Collector
from django.urls import reverse
from django.utils import timezone
from django_q.models import Task

from conversations import recordings
from conversations.models import Contact, Conversation, ConversationRecording, Person
from customer_memory import context, webhooks
from customer_memory.models import Episode, Extraction, Fact, Memory, Note
from customer_memory.services import fact_snapshot
from tenants import audit
from tenants.db import connection
from tenants.keys_and_audit.models import AuditEntry
from tenants.tasks import queued_tasks_of_schema, tasks_of_schema

EXPORT_FORMAT = "customer-memory-export/1"

# Every model that holds a person's data, and where the export shows it.
# test_privacy walks the model graph from Person and fails for any model
# that references a person but is missing here.
EXPORT_SECTIONS = {
    "conversations.Person": "person",
    "conversations.Contact": "contacts",
    "conversations.Conversation": "conversations",
    "conversations.Message": "conversations[].messages",
    "conversations.ConversationRecording": "conversations[].recording",
    "customer_memory.Memory": "memories",
    "customer_memory.Fact": "memories[].facts",
    "customer_memory.Episode": "episodes",
    "customer_memory.Extraction": "extractions",
    "customer_memory.Note": "notes",
    "access.AuditEntry": "audit_log",
}

# Person columns that are derived indexes, not data about the person.
_PROFILE_EXCLUDE = {"id", "search_document"}
# Which objects' Django admin history (django_admin_log) names the person.
_ADMIN_LOGGED_MODELS = (Person, Contact, Conversation, Memory, Fact, Episode, Extraction, Note)


def _plain(value: Any) -> Any:
    """A JSON-ready copy of a model field's value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _agent(agent: Any) -> dict[str, str]:
    return {"id": agent.public_id, "name": agent.name}


def _audit_entry(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": entry.at.isoformat(),
        "action": entry.action,
        "actor": entry.actor_label or "system",
        "origin": entry.origin,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "changes": entry.changes,
    }


def _fact(fact: Fact, history: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        **fact_snapshot(fact),
        "created_at": fact.created_at.isoformat(),
        "updated_at": fact.updated_at.isoformat(),
        "history": history,
    }


def _recording(conversation: Conversation) -> dict[str, Any] | None:
    """The recording's details and where staff download it; the audio itself is not inlined in JSON."""
    recording: ConversationRecording | None = recordings.recording_of(conversation)
    if recording is None:
        return None
    return {
        "content_type": recording.content_type,
        "size": recording.size,
        "duration_seconds": recording.duration_seconds,
        "uploaded_at": recording.uploaded_at.isoformat(),
        "download": reverse("conversations:conversation_recording", args=[conversation.public_id]),
    }


def export_person(person: Person, *, actor: audit.Actor) -> dict[str, Any]:
    """Everything held about `person`, as one JSON-ready dict; the export is audited.

    Runs a fixed number of queries whatever the person's history. Episodes
    are exported as text: their embeddings are derived from the summary.
    """
    conversations = list(
        person.conversations.select_related("agent", "recording")
        .prefetch_related("messages")
        .order_by("started_at", "id")
    )
    extractions = list(
        Extraction.objects.filter(conversation__person=person)
        .select_related("agent", "conversation")
        .order_by("created_at", "id")
    )
    memories = list(
        person.memories.select_related("agent")
        .prefetch_related(
            Prefetch("facts", queryset=Fact.objects.select_related("source_conversation").order_by("key"))
        )
        .order_by("agent__name", "id")
    )
    episodes = list(
        person.episodes.select_related("agent", "conversation")
        .defer("embedding", "search_vector")
        .order_by("created_at", "id")
    )
    contacts = list(person.contacts.select_related("agent").order_by("first_seen_at", "id"))
    notes = list(person.notes.order_by("created_at", "id"))
    audit_entries = list(AuditEntry.objects.filter(person_public_id=person.public_id).order_by("at", "id"))

    fact_history: dict[str, list[dict[str, Any]]] = {}
    for entry in audit_entries:
        if entry.object_type == "fact":
            fact_history.setdefault(entry.object_id, []).append(_audit_entry(entry))

    export = {
        "format": EXPORT_FORMAT,
        "exported_at": timezone.now().isoformat(),
        "person": {
            field.name: _plain(field.value_from_object(person))
            for field in Person._meta.concrete_fields
            if field.name not in _PROFILE_EXCLUDE
        },
        "contacts": [
            {
                "agent": _agent(contact.agent),
                "conversation_count": contact.conversation_count,
                "first_seen_at": contact.first_seen_at.isoformat(),
                "last_seen_at": contact.last_seen_at.isoformat(),
            }
            for contact in contacts
        ],
        "conversations": [
            {
                "id": conversation.public_id,
                "agent": _agent(conversation.agent),
                "channel": conversation.channel,
                "status": conversation.status,
                "is_test_session": conversation.is_test_session,
                "started_at": conversation.started_at.isoformat(),
                "last_message_at": conversation.last_message_at.isoformat(),
                "closed_at": _plain(conversation.closed_at),
                "messages": [
                    {
                        "id": message.public_id,
                        "role": message.role,
                        "content": message.content,
                        "sent_at": message.sent_at.isoformat(),
                        "external_id": message.external_id,
                    }
                    for message in conversation.messages.all()
                ],
                "recording": _recording(conversation),
            }
            for conversation in conversations
        ],
        "memories": [
            {
                "agent": _agent(memory.agent),
                "summary": memory.summary,
                "created_at": memory.created_at.isoformat(),
                "updated_at": memory.updated_at.isoformat(),
                "facts": [_fact(fact, fact_history.get(fact.public_id, [])) for fact in memory.facts.all()],
            }
            for memory in memories
        ],
        "episodes": [
            {
                "id": episode.public_id,
                "agent": _agent(episode.agent),
                "conversation": episode.conversation.public_id,
                "summary": episode.summary,
                "created_at": episode.created_at.isoformat(),
            }
            for episode in episodes
        ],
        "extractions": [
            {
                "conversation": extraction.conversation.public_id,
                "agent": _agent(extraction.agent),
                "status": extraction.status,
                "skip_reason": extraction.skip_reason,
                "attempts": extraction.attempts,
                "last_error": extraction.last_error,
                "extractor": extraction.extractor,
                "facts_written": extraction.facts_written,
                "secrets_dropped": extraction.secrets_dropped,
                "created_at": extraction.created_at.isoformat(),
                "finished_at": _plain(extraction.finished_at),
            }
            for extraction in extractions
        ],
        "notes": [
            {"id": note.public_id, "text": note.text, "author": note.author, "created_at": note.created_at.isoformat()}
            for note in notes
        ],
        "audit_log": [_audit_entry(entry) for entry in audit_entries],
    }
    audit.record(
        AuditEntry.Action.PERSON_EXPORTED,
        actor=actor,
        person_public_id=person.public_id,
        object_type="person",
        object_id=person.public_id,
        changes={
            "sections": {name: len(export[name]) for name in ("conversations", "memories", "episodes", "audit_log")}
        },
    )
    return export


def _count_key(model: type[models.Model]) -> str:
    return str(model._meta.verbose_name_plural).replace(" ", "_")


def _cascade_counts(person: Person) -> Counter[str]:
    """Rows that deleting `person` removes, per model, without deleting anything."""
    collector = Collector(using=router.db_for_write(Person))
    collector.collect([person])
    counts: Counter[str] = Counter()
    for model, instances in collector.data.items():
        counts[_count_key(model)] += len(instances)
    for queryset in collector.fast_deletes:
        counts[_count_key(queryset.model)] += queryset.count()
    return counts


def _references_person(args: Any, kwargs: Any, references: set[Any]) -> bool:
    values = list(args[1:]) + list((kwargs or {}).values())
    return any(isinstance(value, int | str) and not isinstance(value, bool) and value in references for value in values)


def _tasks_about(person: Person) -> tuple[list[Any], list[Any]]:
    """Queued and finished django-q2 tasks of this organization that reference the person.

    Tasks take `(schema_name, *ids)`: a conversation id (extraction) or a
    public id. Their rows live in `public` and keep arguments and error
    text after they run, so erasure removes them too.
    """
    schema_name = connection.schema_name
    references: set[Any] = {person.public_id}
    for pk, public_id in person.conversations.values_list("pk", "public_id"):
        references.update((pk, public_id))
    queued = [
        row
        for row, package in queued_tasks_of_schema(schema_name)
        if _references_person(package.get("args") or (), package.get("kwargs"), references)
    ]
    finished = [
        task
        for task in tasks_of_schema(Task.objects.only("id", "args", "kwargs"), schema_name)
        if task.args and task.args[0] == schema_name and _references_person(task.args, task.kwargs, references)
    ]
    return queued, finished


def erasure_preview(person: Person) -> dict[str, int]:
    """What `erase_person` would delete (and scrub), by kind, for a confirmation page."""
    counts = _cascade_counts(person)
    counts["audit_entries"] = AuditEntry.objects.filter(person_public_id=person.public_id).count()
    queued, finished = _tasks_about(person)
    counts["tasks"] = len(queued) + len(finished)
    counts["webhook_deliveries"] = webhooks.deliveries_about(person.public_id).count()
    return dict(counts)


def _admin_log_entries(person: Person) -> models.QuerySet[LogEntry]:
    """Django admin history rows about the person's objects (their repr names them)."""
    condition = models.Q(pk__in=[])
    owned_by_person = {
        Person: Person.objects.filter(pk=person.pk),
        Contact: Contact.objects.filter(person=person),
        Conversation: Conversation.objects.filter(person=person),
        Memory: Memory.objects.filter(person=person),
        Fact: Fact.objects.filter(memory__person=person),
        Episode: Episode.objects.filter(person=person),
        Extraction: Extraction.objects.filter(conversation__person=person),
        Note: Note.objects.filter(person=person),
    }
    content_types = ContentType.objects.get_for_models(*_ADMIN_LOGGED_MODELS)
    for model, queryset in owned_by_person.items():
        ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
        if ids:
            condition |= models.Q(content_type=content_types[model], object_id__in=ids)
    return LogEntry.objects.filter(condition)


@transaction.atomic
def erase_person(person: Person, *, actor: audit.Actor) -> dict[str, int]:
    """Delete everything held about `person`, in one transaction; returns counts by kind.

    Removes the person and, by cascade, contacts, conversations, messages,
    memories, facts, episodes, extraction records and staff notes; the queued and
    finished tasks that reference their conversations (in `public`); Django
    admin history about them; and the content of audit entries about them
    (the entries stay, naming only the opaque public id, so who did what
    remains accountable). Cached layers are forgotten. Last, a PERSON_ERASED
    entry records who erased which public id, with counts and no personal data.
    """
    person = Person.objects.select_for_update().get(pk=person.pk)
    public_id, person_pk = person.public_id, person.pk
    queued, finished = _tasks_about(person)
    admin_log_deleted, _ = _admin_log_entries(person).delete()

    _, deleted_by_label = person.delete()
    counts: Counter[str] = Counter()
    for label, count in deleted_by_label.items():
        counts[_count_key(apps.get_model(label))] += count

    for row in queued:
        row.delete()
    if finished:
        Task.objects.filter(pk__in=[task.pk for task in finished]).delete()
    counts["tasks"] = len(queued) + len(finished)
    counts["audit_entries"] = AuditEntry.objects.filter(person_public_id=public_id).update(changes={"erased": True})
    counts["admin_log_entries"] = admin_log_deleted
    counts["webhook_deliveries"] = webhooks.forget_person(public_id)
    webhooks.customer_erased(public_id)

    context.invalidate_cached_layers(person_pk)
    # A request that read the person before this commit may cache them again.
    transaction.on_commit(lambda: context.invalidate_cached_layers(person_pk))
    result = dict(counts)
    audit.record(
        AuditEntry.Action.PERSON_ERASED,
        actor=actor,
        person_public_id=public_id,
        object_type="person",
        object_id=public_id,
        changes={"counts": result},
    )
    return result

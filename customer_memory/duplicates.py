"""Merging the people that one phone number in several spellings made into several.

Identifiers of phone-number channels are stored in E.164 since ingest
normalizes them (conversations.ingestion); people created before that may be
two for one number ("+84 912 000 111" and "+84912000111" on whatsapp). This
folds each such group into one person, the oldest (its public id is the one
integrations have held longest): conversations, messages, contacts,
episodes and memories move to it, facts merge by the usual rules
(customer_memory.extraction.merge), the identifier becomes E.164 and fills an
empty phone, and the audit log records each merge (the merged id and the id kept, so an
integrator's stored id of the merged person can be mapped). Running it again
changes nothing.

Run by migration customer_memory 0013 in every tenant schema on upgrade, and by
`python manage.py merge_duplicate_people` after setting an organization's
default phone region.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from conversations.models import PHONE_CHANNELS, Contact, Conversation, Message, Person
from conversations.phones import normalize_phone, organization_region
from customer_memory import context
from customer_memory.extraction.merge import CONFIDENCE_RANK, PROTECTED_SOURCES, merge_facts
from customer_memory.extraction.results import ExtractedFact
from customer_memory.fact_keys import canonical_key
from customer_memory.models import Episode, Memory
from tenants import audit
from tenants.keys_and_audit.models import AuditEntry

# Counters that add up when two records of one person become one.
ADDED_COUNTERS = ("positive_interactions", "escalations", "complaints", "unresolved_issues", "positive_resolutions")
# Details only filled where the kept person has none.
FILLED_FIELDS = ("name", "email", "phone", "language", "timezone", "tone_preference")


@dataclass
class MergeReport:
    merged: int = 0  # people folded into another
    normalized: int = 0  # people kept whose identifier or phone changed
    kept: list[str] = field(default_factory=list)  # public ids of the people merged into


def merge_duplicate_people(*, region: str | None = None) -> MergeReport:
    """Merge the current organization's people whose phone-channel identifiers are one number."""
    region = region or organization_region()
    groups: dict[tuple[str, str], list[Person]] = defaultdict(list)
    people = (
        Person.objects.filter(channel_type__in=PHONE_CHANNELS)
        .exclude(channel_identifier="")
        .order_by("created_at", "pk")
    )
    for person in people:
        if number := normalize_phone(person.channel_identifier, region=region):
            groups[(person.channel_type, number)].append(person)
    report = MergeReport()
    for (_channel, number), group in groups.items():
        # The oldest keeps its public id: it was handed to integrations first and longest, so more
        # stored customer ids point at it than at a later spelling. Its identifier becomes E.164 below.
        keeper = group[0]
        duplicates = [person for person in group if person.pk != keeper.pk]
        if not duplicates and keeper.channel_identifier == number and keeper.phone:
            continue
        with transaction.atomic():
            for duplicate in duplicates:
                _merge(duplicate, into=keeper)
                report.merged += 1
            changed = _normalize(keeper, number)
            report.normalized += changed
            if duplicates:
                report.kept.append(keeper.public_id)
        context.invalidate_cached_layers(keeper.pk)
    return report


def _normalize(person: Person, number: str) -> bool:
    fields = []
    if person.channel_identifier != number:
        person.channel_identifier = number
        fields.append("channel_identifier")
    if not person.phone:
        person.phone = number
        fields.append("phone")
    if fields:
        person.save(update_fields=[*fields, "updated_at"])
    return bool(fields)


def _merge(duplicate: Person, *, into: Person) -> None:
    keeper = into
    moved = {
        "conversations": _move_conversations(duplicate, keeper),
        "memories": _move_memories(duplicate, keeper),
    }
    _move_contacts(duplicate, keeper)
    Episode.objects.filter(person=duplicate).update(person=keeper)
    # Whatever else points at a person (added later: notes, webhooks, ...) follows them.
    handled = {Conversation, Memory, Contact, Episode}
    for relation in Person._meta.related_objects:
        if relation.related_model in handled or not relation.many_to_one:
            continue
        relation.related_model._base_manager.filter(**{relation.field.name: duplicate}).update(
            **{relation.field.name: keeper}
        )
    _merge_profile(duplicate, keeper)
    audit.record(
        AuditEntry.Action.PERSON_MERGED,
        actor=audit.Actor(origin=AuditEntry.Origin.TASK, name="merge_duplicate_people"),
        person_public_id=keeper.public_id,
        object_type="person",
        object_id=duplicate.public_id,
        changes={"merged": duplicate.public_id, "into": keeper.public_id, "channel": keeper.channel_type, **moved},
    )
    duplicate.delete()


def _move_conversations(duplicate: Person, keeper: Person) -> int:
    """Move every conversation; an open one joins the keeper's open conversation with that agent."""
    open_of_keeper = {c.agent_id: c for c in Conversation.objects.open().filter(person=keeper)}
    for conversation in Conversation.objects.open().filter(person=duplicate):
        target = open_of_keeper.get(conversation.agent_id)
        if target is None:
            continue
        # One open conversation per person and agent: the two threads become one.
        Message.objects.filter(conversation=conversation).update(conversation=target)
        counts = Message.objects.filter(conversation=target).aggregate(
            messages=Count("pk"),
            first=Min("sent_at"),
            last=Max("sent_at"),
        )
        target.message_count = counts["messages"]
        target.customer_message_count = Message.objects.filter(conversation=target, role=Message.Role.CUSTOMER).count()
        target.started_at = min(target.started_at, counts["first"] or target.started_at)
        target.last_message_at = max(target.last_message_at, counts["last"] or target.last_message_at)
        target.save(update_fields=["message_count", "customer_message_count", "started_at", "last_message_at"])
        conversation.delete()
    return Conversation.objects.filter(person=duplicate).update(person=keeper)


def _move_contacts(duplicate: Person, keeper: Person) -> None:
    kept = {contact.agent_id: contact for contact in Contact.objects.filter(person=keeper)}
    for contact in Contact.objects.filter(person=duplicate):
        target = kept.get(contact.agent_id)
        if target is None:
            contact.person = keeper
            contact.save(update_fields=["person"])
            continue
        target.first_seen_at = min(target.first_seen_at, contact.first_seen_at)
        target.last_seen_at = max(target.last_seen_at, contact.last_seen_at)
        target.conversation_count = Conversation.objects.filter(person=keeper, agent_id=contact.agent_id).count()
        target.save(update_fields=["first_seen_at", "last_seen_at", "conversation_count"])
        contact.delete()


def _move_memories(duplicate: Person, keeper: Person) -> int:
    kept = {memory.agent_id: memory for memory in Memory.objects.filter(person=keeper)}
    moved = 0
    for memory in Memory.objects.filter(person=duplicate).select_related("agent"):
        target = kept.get(memory.agent_id)
        moved += 1
        if target is None:
            memory.person = keeper
            memory.save(update_fields=["person"])
            continue
        _merge_memory(memory, into=target)
        memory.delete()
    return moved


def _merge_memory(memory: Memory, *, into: Memory) -> None:
    """Fold one agent's memory of the duplicate into its memory of the kept person (seed 003 smart merge)."""
    target = into
    kept = {canonical_key(fact.key): fact for fact in target.facts.all()}
    by_rules = []
    for fact in memory.facts.all():
        key = canonical_key(fact.key)
        existing = kept.get(key)
        entered = fact.source in PROTECTED_SOURCES
        if existing is None or (entered and existing.source not in PROTECTED_SOURCES):
            # A value people entered beats what the AI learned; a key the kept person lacks simply moves.
            if existing is not None:
                fact.previous_value = existing.value
                existing.delete()
            fact.memory = target
            fact.save(update_fields=["memory", "previous_value", "updated_at"])
            kept[key] = fact
        elif not entered:
            by_rules.append(ExtractedFact(key, fact.value, fact.confidence))
    if by_rules:
        by_rules.sort(key=lambda item: CONFIDENCE_RANK.get(item.confidence, 0))
        merge_facts(target, by_rules, extractor="merge")
    if memory.summary and memory.summary not in target.summary:
        # The more recent memory's summary reads last, as the rolling summary does.
        parts = (
            [memory.summary, target.summary]
            if memory.updated_at < target.updated_at
            else [target.summary, memory.summary]
        )
        target.summary = " ".join(part for part in parts if part)
    target.updated_at = max(target.updated_at, memory.updated_at)
    target.save(update_fields=["summary", "updated_at"])


def _merge_profile(duplicate: Person, keeper: Person) -> None:
    for name in FILLED_FIELDS:
        if not getattr(keeper, name) and getattr(duplicate, name):
            setattr(keeper, name, getattr(duplicate, name))
    for name in ADDED_COUNTERS:
        setattr(keeper, name, getattr(keeper, name) + getattr(duplicate, name))
    keeper.first_contact_at = min(filter(None, [keeper.first_contact_at, duplicate.first_contact_at]), default=None)
    keeper.last_seen_at = max(filter(None, [keeper.last_seen_at, duplicate.last_seen_at]), default=None)
    keeper.conversation_count = Conversation.objects.filter(person=keeper).count()
    keeper.open_issues = [*keeper.open_issues, *(i for i in duplicate.open_issues if i not in keeper.open_issues)]
    if duplicate.personal_details and duplicate.personal_details not in keeper.personal_details:
        keeper.personal_details = "; ".join(filter(None, [keeper.personal_details, duplicate.personal_details]))
    if duplicate.last_mood_at and (keeper.last_mood_at is None or duplicate.last_mood_at > keeper.last_mood_at):
        keeper.last_mood = duplicate.last_mood
        keeper.last_mood_confidence = duplicate.last_mood_confidence
        keeper.last_mood_at = duplicate.last_mood_at
    if keeper.trust_score is None:
        keeper.trust_score, keeper.churn_risk = duplicate.trust_score, duplicate.churn_risk
    keeper.updated_at = timezone.now()
    keeper.save()

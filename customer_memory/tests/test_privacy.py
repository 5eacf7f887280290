from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from django_q.models import OrmQ, Task
from django_q.signing import SignedPackage

from conversations.models import ChannelType, Contact, Conversation, Message, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import privacy, services
from customer_memory.context import layer_cache_keys
from customer_memory.models import Episode, Extraction, Fact, Memory, Note
from customer_memory.tests.factories import create_episode, create_fact, create_memory
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry

NAME = "Ana Souza"
EMAIL = "ana.souza@example.org"
PHONE = "+4915112345678"
IDENTIFIER = "ana_souza_tg"
NEEDLES = [NAME, EMAIL, PHONE, IDENTIFIER]


@pytest.fixture
def actor(owner):
    return Actor(origin=AuditEntry.Origin.ADMIN, user=owner)


def _task(*, args, success=False, result=""):
    now = timezone.now()
    return Task.objects.create(
        id=f"{abs(hash((args, now))):032d}"[:32],
        name="task",
        func="customer_memory.tasks.extract_memory",
        args=args,
        kwargs={},
        result=result,
        started=now,
        stopped=now,
        success=success,
    )


def _queued(*, args):
    package = {"id": "q", "name": "queued", "func": "customer_memory.tasks.extract_memory", "args": args, "kwargs": {}}
    return OrmQ.objects.create(key="customer_memory", payload=SignedPackage.dumps(package))


@pytest.fixture
def ana(organization, actor):
    """A person with a row in every table that can hold their data."""
    support, sales = create_agent(name="Support"), create_agent(name="Sales")
    person = create_person(
        channel_type=ChannelType.TELEGRAM,
        channel_identifier=IDENTIFIER,
        name=NAME,
        email=EMAIL,
        phone=PHONE,
        personal_details=f"{NAME} has two cats.",
    )
    first = create_conversation(
        person=person,
        agent=support,
        messages=[("customer", f"Hi, I'm {NAME}, write to {EMAIL} or call {PHONE}"), ("agent", "Hello Ana!")],
    )
    second = create_conversation(person=person, agent=sales, messages=[("customer", "Any discounts?")])
    memory = create_memory(person=person, agent=support, summary=f"{NAME} asked about delivery.")
    create_fact(memory=memory, key="email", value=EMAIL, source_conversation=first)
    occupation = create_fact(memory=memory, key="occupation", value="nurse")
    create_memory(person=person, agent=sales, summary="Asked about discounts.")
    create_episode(conversation=first, summary=f"{NAME} asked about delivery to her flat.")
    Extraction.objects.create(
        conversation=first, agent=support, status=Extraction.Status.SUCCEEDED, attempts=2, facts_written=2
    )
    Extraction.objects.create(
        conversation=second,
        agent=sales,
        status=Extraction.Status.SKIPPED,
        skip_reason=Extraction.SkipReason.TOO_FEW_MESSAGES,
    )
    services.update_fact(occupation, value=f"nurse ({NAME})", actor=actor)
    Note.objects.create(person=person, text=f"{NAME} prefers email at {EMAIL}.", author="owner")
    # Admin history written before erasure existed, naming the person.
    LogEntry.objects.log_actions(
        user_id=actor.user.pk,
        queryset=[person],
        action_flag=CHANGE,
        change_message=f"Changed name to {NAME}",
    )
    _task(args=(connection.schema_name, first.pk), result=f"ValueError: bad transcript from {NAME}")
    _queued(args=(connection.schema_name, second.pk))
    return person


@pytest.fixture
def bob(organization):
    agent = create_agent(name="Billing")
    person = create_person(channel_identifier="+4915199999999", name="Bob Stone")
    conversation = create_conversation(person=person, agent=agent, messages=[("customer", "Invoice please")])
    create_fact(memory=create_memory(person=person, agent=agent), key="plan", value="gold")
    _task(args=(connection.schema_name, conversation.pk), result="failed for Bob Stone")
    _queued(args=(connection.schema_name, conversation.pk))
    return person


def _public_task_text() -> str:
    """django-q2's rows as text, with their pickled arguments and results unpacked."""
    parts = [f"{task.args} {task.kwargs} {task.result} {task.name}" for task in Task.objects.all()]
    parts += [str(row.task) for row in OrmQ.objects.all()]
    return "\n".join(parts)


def _tables_containing(needle: str) -> set[str]:
    """Every table of the tenant schema and of the public queue whose rows mention `needle`."""
    schema = connection.schema_name
    found = set()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_schema, table_name FROM information_schema.tables"
            " WHERE table_type = 'BASE TABLE' AND (table_schema = %s"
            " OR (table_schema = 'public' AND table_name LIKE 'django_q%%'))",
            [schema],
        )
        for table_schema, table_name in cursor.fetchall():
            # The whole row as text covers every column: text, json, tsvector.
            cursor.execute(
                f'SELECT count(*) FROM "{table_schema}"."{table_name}" AS r WHERE r::text ILIKE %s',
                [f"%{needle}%"],
            )
            if cursor.fetchone()[0]:
                found.add(f"{table_schema}.{table_name}")
    if needle.lower() in _public_task_text().lower():
        found.add("public.django_q (unpickled)")
    return found


def test_the_table_scan_finds_the_person_before_erasure(ana):
    found = set().union(*(_tables_containing(needle) for needle in NEEDLES))

    schema = connection.schema_name
    assert {
        f"{schema}.conversations_person",
        f"{schema}.conversations_message",
        f"{schema}.customer_memory_memory",
        f"{schema}.customer_memory_fact",
        f"{schema}.customer_memory_episode",
        f"{schema}.customer_memory_note",
        f"{schema}.access_auditentry",
        f"{schema}.django_admin_log",
        "public.django_q (unpickled)",
    } <= found


def test_erasure_leaves_no_trace_in_any_table(ana, bob, actor):
    privacy.erase_person(ana, actor=actor)

    for needle in NEEDLES:
        assert _tables_containing(needle) == set(), needle


def test_erasure_deletes_the_person_and_everything_about_them(ana, actor):
    conversation_ids = list(ana.conversations.values_list("pk", flat=True))

    counts = privacy.erase_person(ana, actor=actor)

    assert not Person.objects.filter(pk=ana.pk).exists()
    assert not Contact.objects.filter(person_id=ana.pk).exists()
    assert not Conversation.objects.filter(pk__in=conversation_ids).exists()
    assert not Message.objects.filter(conversation_id__in=conversation_ids).exists()
    assert not Memory.objects.filter(person_id=ana.pk).exists()
    assert not Fact.objects.filter(memory__person_id=ana.pk).exists()
    assert not Episode.objects.filter(person_id=ana.pk).exists()
    assert not Extraction.objects.filter(conversation_id__in=conversation_ids).exists()
    assert not Note.objects.filter(person_id=ana.pk).exists()
    assert counts == {
        "people": 1,
        "contacts": 2,
        "conversations": 2,
        "messages": 3,
        "memories": 2,
        "facts": 2,
        "episodes": 1,
        "extractions": 2,
        "notes": 1,
        "tasks": 2,
        "audit_entries": 1,
        "admin_log_entries": 1,
        "webhook_deliveries": 0,
    }


def test_erasure_keeps_other_people_and_their_tasks(ana, bob, actor):
    privacy.erase_person(ana, actor=actor)

    assert Person.objects.filter(pk=bob.pk).exists()
    assert Fact.objects.filter(memory__person=bob, value="gold").exists()
    assert "Bob Stone" in _public_task_text()
    assert len(OrmQ.objects.all()) == 1


def test_erasure_leaves_a_tombstone_naming_no_one(ana, actor, owner):
    public_id = ana.public_id

    counts = privacy.erase_person(ana, actor=actor)

    tombstone = AuditEntry.objects.get(action=AuditEntry.Action.PERSON_ERASED)
    assert tombstone.person_public_id == public_id
    assert tombstone.actor_user == owner
    assert tombstone.origin == AuditEntry.Origin.ADMIN
    assert tombstone.changes == {"counts": counts}
    assert not any(needle.lower() in json.dumps(tombstone.changes).lower() for needle in NEEDLES)


def test_erasure_keeps_audit_entries_without_their_content(ana, actor):
    privacy.erase_person(ana, actor=actor)

    update = AuditEntry.objects.get(action=AuditEntry.Action.FACT_UPDATED)
    assert update.person_public_id == ana.public_id
    assert update.actor_label == actor.user.get_username()
    assert update.changes == {"erased": True}


def test_erasure_forgets_cached_layers(ana, actor):
    for key in layer_cache_keys(ana.pk):
        cache.set(key, {"name": NAME})

    privacy.erase_person(ana, actor=actor)

    assert cache.get_many(layer_cache_keys(ana.pk)) == {}


def test_erasure_preview_counts_what_erasure_deletes(ana, actor):
    preview = privacy.erasure_preview(ana)

    counts = privacy.erase_person(ana, actor=actor)

    assert Person.objects.filter(pk=ana.pk).exists() is False
    assert {kind: count for kind, count in counts.items() if kind != "admin_log_entries"} == preview


def test_erasure_preview_deletes_nothing(ana):
    privacy.erasure_preview(ana)

    assert Person.objects.filter(pk=ana.pk).exists()
    assert len(OrmQ.objects.all()) == 1


def _models_holding_person_data() -> set[str]:
    """Models reachable from Person through relations that delete with it."""
    seen, frontier = set(), [Person]
    while frontier:
        model = frontier.pop()
        if model._meta.label in seen:
            continue
        seen.add(model._meta.label)
        for relation in model._meta.related_objects:
            if relation.on_delete.__name__ == "CASCADE":
                frontier.append(relation.related_model)
    return seen


def test_every_model_holding_person_data_has_an_export_section():
    assert _models_holding_person_data() | {"access.AuditEntry"} == set(privacy.EXPORT_SECTIONS)
    assert all(apps.get_model(label) for label in privacy.EXPORT_SECTIONS)


def test_export_holds_every_row_about_the_person(ana, bob, actor):
    export = privacy.export_person(ana, actor=actor)

    assert export["person"]["public_id"] == ana.public_id
    assert export["person"]["email"] == EMAIL
    assert export["person"]["personal_details"] == f"{NAME} has two cats."
    assert len(export["contacts"]) == Contact.objects.filter(person=ana).count() == 2
    assert {c["id"] for c in export["conversations"]} == set(ana.conversations.values_list("public_id", flat=True))
    assert {m["id"] for c in export["conversations"] for m in c["messages"]} == set(
        Message.objects.filter(conversation__person=ana).values_list("public_id", flat=True)
    )
    assert {m["summary"] for m in export["memories"]} == set(ana.memories.values_list("summary", flat=True))
    assert {f["id"] for m in export["memories"] for f in m["facts"]} == set(
        Fact.objects.filter(memory__person=ana).values_list("public_id", flat=True)
    )
    assert [e["summary"] for e in export["episodes"]] == [f"{NAME} asked about delivery to her flat."]
    assert {e["status"] for e in export["extractions"]} == {"succeeded", "skipped"}
    assert [n["text"] for n in export["notes"]] == [f"{NAME} prefers email at {EMAIL}."]
    assert [e["action"] for e in export["audit_log"]] == [AuditEntry.Action.FACT_UPDATED]
    assert "Bob Stone" not in json.dumps(export)


def test_export_shows_fact_provenance_and_history(ana, actor):
    export = privacy.export_person(ana, actor=actor)

    facts = {f["key"]: f for m in export["memories"] for f in m["facts"]}
    assert facts["occupation"]["value"] == f"nurse ({NAME})"
    assert facts["occupation"]["previous_value"] == "nurse"
    assert facts["occupation"]["source"] == Fact.Source.MANUAL
    assert facts["occupation"]["history"][0]["changes"]["before"]["value"] == "nurse"
    assert facts["email"]["source_conversation"] == ana.conversations.order_by("started_at").first().public_id


def test_export_is_plain_json_without_embeddings(ana, actor):
    export = privacy.export_person(ana, actor=actor)

    text = json.dumps(export)
    assert "embedding" not in text
    assert export["format"] == privacy.EXPORT_FORMAT


def test_export_is_audited(ana, actor, owner):
    privacy.export_person(ana, actor=actor)

    entry = AuditEntry.objects.get(action=AuditEntry.Action.PERSON_EXPORTED)
    assert entry.person_public_id == ana.public_id
    assert entry.actor_user == owner
    assert entry.origin == AuditEntry.Origin.ADMIN
    assert entry.at > timezone.now() - timedelta(minutes=1)
    assert NAME not in json.dumps(entry.changes)


def test_export_runs_a_fixed_number_of_queries(ana, actor, django_assert_max_num_queries):
    for index in range(5):
        create_conversation(person=ana, agent=create_agent(name=f"Agent {index}"), messages=[("customer", "hi")] * 3)

    with django_assert_max_num_queries(10):  # one more for staff notes
        privacy.export_person(ana, actor=actor)

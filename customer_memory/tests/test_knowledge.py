"""Agent knowledge (issue 18): versions and revert, the approval gate, retention, the context section."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.models import Agent, Person
from conversations.tests.factories import create_agent, create_person
from customer_memory import knowledge
from customer_memory.context import KNOWLEDGE_HEADING, build_context
from customer_memory.models import Fact, KnowledgeEntry, RetentionRun
from customer_memory.retention import delete_expired_memory
from customer_memory.services import MemoryEditError
from customer_memory.tests.factories import create_fact, create_memory
from tenants import audit
from tenants.keys_and_audit.models import AuditEntry

STAFF = audit.Actor(origin=AuditEntry.Origin.UI, name="builder@acme.test")

UPLOAD = {
    "title": "App crashes on upload",
    "problem": "The app crashes when a photo is uploaded.",
    "resolution": "Clear the upload cache in Settings, then upload again.",
    "tags": ["app", "Upload"],
}


def write(agent, **fields) -> KnowledgeEntry:
    return knowledge.create_entry(agent, actor=STAFF, **{**UPLOAD, **fields})


def returning_person(agent: Agent, *, memory: bool = True) -> Person:
    """Someone this agent remembers (stage building or more: the context has a memory budget)."""
    person = create_person()
    Person.objects.filter(pk=person.pk).update(conversation_count=5)
    person.refresh_from_db()
    if memory:
        create_memory(person=person, agent=agent, summary="Asked about an order.")
    return person


@pytest.fixture
def agent(organization):
    return create_agent()


def test_a_staff_entry_is_approved_versioned_and_audited(agent):
    entry = write(agent)

    assert (entry.status, entry.source, entry.tags) == ("approved", "staff", ["app", "upload"])
    (version,) = entry.versions.all()
    assert (version.number, version.change, version.author, version.title) == (
        1,
        "created",
        STAFF.label,
        UPLOAD["title"],
    )
    logged = AuditEntry.objects.get(action=AuditEntry.Action.KNOWLEDGE_CREATED, object_id=entry.public_id)
    assert logged.changes["after"]["title"] == UPLOAD["title"]


def test_every_edit_is_kept_and_a_revert_writes_a_new_version(agent):
    entry = write(agent)
    knowledge.edit_entry(entry, actor=STAFF, resolution="Reinstall the app.")
    knowledge.edit_entry(entry, actor=STAFF, title="Crash on photo upload")

    knowledge.revert_entry(entry, number=1, actor=STAFF)

    entry.refresh_from_db()
    assert (entry.title, entry.resolution) == (UPLOAD["title"], UPLOAD["resolution"])
    changes = list(entry.versions.order_by("number").values_list("number", "change"))
    assert changes == [(1, "created"), (2, "edited"), (3, "edited"), (4, "reverted to v1")]
    assert entry.versions.get(number=2).resolution == "Reinstall the app."
    edits = AuditEntry.objects.filter(action=AuditEntry.Action.KNOWLEDGE_UPDATED, object_id=entry.public_id)
    assert [(logged.changes["before"]["resolution"], logged.changes["after"]["resolution"]) for logged in edits] == [
        ("Reinstall the app.", "Reinstall the app."),  # the title edit (newest first)
        (UPLOAD["resolution"], "Reinstall the app."),
    ]
    assert edits[0].changes["after"]["title"] == "Crash on photo upload"
    assert {logged.actor_label for logged in edits} == {STAFF.label}
    reverted = AuditEntry.objects.get(action=AuditEntry.Action.KNOWLEDGE_REVERTED, object_id=entry.public_id)
    assert (reverted.changes["before"]["title"], reverted.changes["after"]["title"]) == (
        "Crash on photo upload",
        UPLOAD["title"],
    )
    assert reverted.changes["after"]["resolution"] == UPLOAD["resolution"]


def test_an_edit_that_changes_nothing_writes_no_version(agent):
    entry = write(agent)
    knowledge.edit_entry(entry, actor=STAFF, title=f"  {UPLOAD['title']} ")
    assert entry.versions.count() == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"problem": "x" * 2001}, "problem"),
        ({"resolution": "Pay with card 4111 1111 1111 1111 and it works."}, "resolution"),
        ({"tags": ",".join(f"tag{number}" for number in range(11))}, "tags"),
        ({"tags": [1, 2]}, "tags"),
        ({"status": "approved"}, "status"),
    ],
)
def test_bad_edits_name_the_field(agent, changes, field):
    entry = write(agent)
    with pytest.raises(MemoryEditError) as raised:
        knowledge.edit_entry(entry, actor=STAFF, **changes)
    assert raised.value.field == field


def test_revert_to_a_missing_version_names_the_version(agent):
    entry = write(agent)
    with pytest.raises(MemoryEditError) as raised:
        knowledge.revert_entry(entry, number=7, actor=STAFF)
    assert raised.value.field == "version"


def test_approve_and_retire_are_versions_and_audited(agent):
    entry = write(agent, status="proposed")
    knowledge.approve_entry(entry, actor=STAFF)
    knowledge.retire_entry(entry, actor=STAFF)

    assert list(entry.versions.order_by("number").values_list("status", flat=True)) == [
        "proposed",
        "approved",
        "retired",
    ]
    actions = set(AuditEntry.objects.filter(object_id=entry.public_id).values_list("action", flat=True))
    assert {AuditEntry.Action.KNOWLEDGE_APPROVED, AuditEntry.Action.KNOWLEDGE_RETIRED} <= actions


def test_import_is_all_or_nothing_and_names_each_row_and_field(agent):
    rows = [UPLOAD, {**UPLOAD, "title": ""}, {**UPLOAD, "status": "retired", "colour": "red"}]
    with pytest.raises(knowledge.KnowledgeImportError) as raised:
        knowledge.import_entries(agent, rows, actor=STAFF)

    assert {(error["row"], error["field"]) for error in raised.value.errors} == {
        (2, "title"),
        (3, "status"),
        (3, "colour"),
    }
    assert not KnowledgeEntry.objects.filter(agent=agent).exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.KNOWLEDGE_IMPORTED).exists()

    entries = knowledge.import_entries(agent, [UPLOAD, {**UPLOAD, "title": "Second"}], actor=STAFF)
    assert [entry.title for entry in entries] == [UPLOAD["title"], "Second"]
    logged = AuditEntry.objects.get(action=AuditEntry.Action.KNOWLEDGE_IMPORTED)
    assert (logged.object_type, logged.object_id, logged.actor_label) == ("agent", agent.public_id, STAFF.label)
    assert logged.changes["entries"] == [entry.public_id for entry in entries]


# --- Retention ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retention", "age_days", "deleted"),
    [
        (Agent.Retention.DAYS_180, 181, True),
        (Agent.Retention.DAYS_180, 179, False),
        (Agent.Retention.DAYS_30, 31, True),
        (Agent.Retention.FOREVER, 5000, False),
    ],
)
def test_the_daily_job_deletes_knowledge_not_confirmed_within_retention(organization, retention, age_days, deleted):
    agent = create_agent(knowledge_retention_days=retention)
    entry = write(agent)
    KnowledgeEntry.objects.filter(pk=entry.pk).update(last_confirmed_at=timezone.now() - timedelta(days=age_days))

    run = delete_expired_memory()

    assert KnowledgeEntry.objects.filter(pk=entry.pk).exists() is not deleted
    assert RetentionRun.objects.get(pk=run.pk).knowledge_deleted == int(deleted)
    assert AuditEntry.objects.filter(action=AuditEntry.Action.KNOWLEDGE_EXPIRED).exists() is deleted


CONFIRMATIONS = {
    "approve": lambda entry: knowledge.approve_entry(entry, actor=STAFF),
    "edit": lambda entry: knowledge.edit_entry(entry, actor=STAFF, resolution="Update the app, then upload again."),
    "revert": lambda entry: knowledge.revert_entry(entry, number=1, actor=STAFF),
}


@pytest.mark.parametrize("confirmation", CONFIRMATIONS)
def test_approving_editing_or_reverting_an_old_entry_confirms_it_so_the_daily_job_keeps_it(agent, confirmation):
    confirmed = write(agent, status="proposed" if confirmation == "approve" else "approved")
    untouched = write(agent, title="Refund timing", problem="Refunds take a while.", resolution="Five working days.")
    KnowledgeEntry.objects.filter(agent=agent).update(last_confirmed_at=timezone.now() - timedelta(days=200))
    confirmed.refresh_from_db()

    CONFIRMATIONS[confirmation](confirmed)
    run = delete_expired_memory()

    assert list(KnowledgeEntry.objects.filter(agent=agent).values_list("public_id", flat=True)) == [confirmed.public_id]
    assert RetentionRun.objects.get(pk=run.pk).knowledge_deleted == 1
    expired = AuditEntry.objects.get(action=AuditEntry.Action.KNOWLEDGE_EXPIRED)
    assert expired.changes["entries_deleted"] == [untouched.public_id]


def test_knowledge_retention_is_180_days_by_default(organization):
    assert create_agent().knowledge_retention_days == 180


def test_expired_knowledge_is_not_in_the_context_even_before_it_is_deleted(agent):
    person = returning_person(agent)
    entry = write(agent)
    build_context(person, agent, query="app crashes on upload")  # warms the cache
    KnowledgeEntry.objects.filter(pk=entry.pk).update(last_confirmed_at=timezone.now() - timedelta(days=200))
    knowledge.forget_cached(agent.pk)

    assert build_context(person, agent, query="app crashes on upload").knowledge == []


# --- In the context ------------------------------------------------------------------------------------


def test_approved_knowledge_for_the_query_is_in_the_text_and_the_json(agent):
    person = returning_person(agent)
    entry = write(agent)
    write(agent, title="Refund timing", problem="Refunds take a while.", resolution="Five working days.", tags=[])

    built = build_context(person, agent, query="my app crashed while uploading")

    assert [item["id"] for item in built.knowledge] == [entry.public_id]
    assert built.knowledge[0]["resolution"] == UPLOAD["resolution"]
    assert f"## {KNOWLEDGE_HEADING}" in built.context_text
    assert f"[{entry.public_id}] {UPLOAD['title']}" in built.context_text
    assert len(built.context_text) <= built.memory_budget * 4


@pytest.mark.parametrize("status", ["proposed", "retired"])
def test_proposed_and_retired_entries_never_reach_a_context(agent, status):
    person = returning_person(agent)
    entry = write(agent, status="proposed")
    if status == "retired":
        knowledge.approve_entry(entry, actor=STAFF)
        knowledge.retire_entry(entry, actor=STAFF)

    built = build_context(person, agent, query="app crashes on upload")

    assert built.knowledge == []
    assert KNOWLEDGE_HEADING not in built.context_text


def test_at_most_three_entries_and_none_without_a_shared_word(agent):
    person = returning_person(agent)
    for number in range(5):
        write(agent, title=f"Upload problem {number}")

    assert len(build_context(person, agent, query="upload").knowledge) == 3
    assert build_context(person, agent, query="invoice address").knowledge == []


def test_the_customers_open_issues_find_knowledge_without_a_query(agent):
    person = returning_person(agent)
    Person.objects.filter(pk=person.pk).update(open_issues=["photo upload crashes the app"])
    person.refresh_from_db()
    entry = write(agent)

    assert [item["id"] for item in build_context(person, agent).knowledge] == [entry.public_id]


def test_knowledge_takes_only_its_share_of_a_small_budget(agent):
    person = returning_person(agent, memory=False)
    memory = create_memory(person=person, agent=agent, summary="")
    for index in range(30):
        create_fact(memory=memory, key=f"fact_{index}", value="x" * 60, confidence=Fact.Confidence.HIGH)
    for number in range(3):
        write(agent, title=f"Upload problem {number}", resolution="Clear the cache. " * 20)

    built = build_context(person, agent, query="upload")

    assert built.knowledge
    assert len(built.context_text) <= built.memory_budget * 4
    knowledge_part = built.context_text.split(f"## {KNOWLEDGE_HEADING}")[1]
    assert len(knowledge_part) <= built.memory_budget * 4 // 3
    assert "Fact 0" in built.context_text


def test_one_agent_never_sees_another_agents_knowledge(agent):
    person = returning_person(agent)
    write(create_agent(name="Other"))

    assert build_context(person, agent, query="app crashes on upload").knowledge == []


def test_knowledge_costs_no_query_on_a_warm_cache(agent, django_assert_num_queries):
    person = returning_person(agent)
    write(agent)
    build_context(person, agent, query="upload crash")
    with django_assert_num_queries(1):  # memory, facts and episodes; knowledge and the layers cached
        built = build_context(person, agent, query="upload crash")
    assert built.knowledge
    # An edit is seen at once: the write forgets the agent's cached list.
    entry = KnowledgeEntry.objects.get(agent=agent)
    knowledge.retire_entry(entry, actor=STAFF)
    assert build_context(person, agent, query="upload crash").knowledge == []


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Passwords are case sensitive.", False),
        ("Reset your password (Settings > Security).", False),
        ("The admin password is hunter2, use it.", True),
        ("Charge card 4111 1111 1111 1111 again.", True),
    ],
)
def test_staff_text_with_a_secret_is_refused_but_password_help_is_not(agent, text, refused):
    if refused:
        with pytest.raises(MemoryEditError) as raised:
            write(agent, resolution=text)
        assert raised.value.field == "resolution"
    else:
        assert write(agent, resolution=text).resolution == text

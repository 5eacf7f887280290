"""merge_duplicate_people: one person per phone number for people stored before normalization."""

from __future__ import annotations

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from conversations.models import Contact, Conversation, Message, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.models import Fact, Memory
from customer_memory.tests.factories import create_fact, create_memory
from tenants.keys_and_audit.models import AuditEntry
from tenants.models import Organization

CUSTOMERS = "/api/tenants/me/customers"


def run() -> str:
    from io import StringIO

    out = StringIO()
    call_command("merge_duplicate_people", schema=["acme"], stdout=out)
    return out.getvalue()


def test_two_spellings_of_one_number_become_one_customer(api_client, organization):
    agent = create_agent()
    spaced = create_person(channel_identifier="+84 912 000 111", name="Lan")
    exact = create_person(channel_identifier="+84912000111", email="lan@example.com")
    old = create_conversation(
        person=spaced,
        agent=agent,
        messages=[("customer", "My order is late"), ("agent", "Sorry!")],
        started_at=timezone.now() - timedelta(days=3),
    )
    create_conversation(person=exact, agent=agent, messages=[("customer", "Hello again")])
    spaced_memory = create_memory(person=spaced, agent=agent, summary="Lan asked about a late order.")
    create_fact(memory=spaced_memory, key="occupation", value="nurse", source=Fact.Source.MANUAL)
    create_fact(memory=spaced_memory, key="pet", value="Milo (cat)", confidence=Fact.Confidence.HIGH)
    exact_memory = create_memory(person=exact, agent=agent)
    create_fact(memory=exact_memory, key="occupation", value="doctor", confidence=Fact.Confidence.HIGH)

    assert "1 duplicates merged" in run()

    person = Person.objects.get()
    # The older person keeps its public id: integrations have held it longest.
    assert person.pk == spaced.pk
    assert (person.channel_identifier, person.phone) == ("+84912000111", "+84912000111")
    assert (person.name, person.email, person.conversation_count) == ("Lan", "lan@example.com", 2)
    assert set(Conversation.objects.values_list("person_id", flat=True)) == {spaced.pk}
    assert Message.objects.filter(conversation=old).count() == 2
    assert Contact.objects.get().conversation_count == 2
    memory = Memory.objects.get()
    facts = {fact.key: (fact.value, fact.source) for fact in memory.facts.all()}
    # Manual beats AI; a key only the duplicate had moves.
    assert facts["occupation"] == ("nurse", Fact.Source.MANUAL)
    assert facts["pet"][0] == "Milo (cat)"
    assert "late order" in memory.summary
    entry = AuditEntry.objects.get(action=AuditEntry.Action.PERSON_MERGED)
    assert (entry.person_public_id, entry.object_id) == (spaced.public_id, exact.public_id)
    detail = api_client.get(f"{CUSTOMERS}/{spaced.public_id}").json()
    assert detail["phone"] == "+84912000111"


def test_open_conversations_with_the_same_agent_become_one(organization):
    agent = create_agent()
    spaced = create_person(channel_identifier="+84 912 000 111")
    exact = create_person(channel_identifier="+84912000111")
    create_conversation(person=spaced, agent=agent, messages=[("customer", "one")], status="open")
    create_conversation(person=exact, agent=agent, messages=[("customer", "two"), ("agent", "ok")], status="open")

    run()

    conversation = Conversation.objects.get()
    assert conversation.person_id == spaced.pk
    assert (conversation.message_count, conversation.customer_message_count) == (3, 2)


def test_running_it_again_changes_nothing(organization):
    agent = create_agent()
    for identifier in ("+84 912 000 111", "0084912000111", "+84912000111"):
        create_conversation(person=create_person(channel_identifier=identifier), agent=agent)
    create_person(channel_identifier="+84 913 000 222")
    create_person(channel_type="web", channel_identifier="+84 912 000 111")

    first = run()
    snapshot = list(Person.objects.order_by("pk").values("pk", "channel_type", "channel_identifier", "phone"))
    second = run()

    assert "2 duplicates merged, 2 identifiers normalized" in first
    assert "0 duplicates merged, 0 identifiers normalized" in second
    assert list(Person.objects.order_by("pk").values("pk", "channel_type", "channel_identifier", "phone")) == snapshot
    assert AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_MERGED).count() == 2
    # Web visitor ids are not phone numbers, whatever they look like.
    assert Person.objects.get(channel_type="web").channel_identifier == "+84 912 000 111"


def _migration_merges_duplicate_people() -> None:
    """Apply migration 0013 to the organization's schema again, as migrate_schemas does on upgrade."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before, migration = (
        ("customer_memory", "0012_remove_episode_embedding_hnsw"),
        ("customer_memory", "0013_merge_duplicate_people"),
    )
    MigrationExecutor(connection).migrate([before])  # reversing it is a no-op
    MigrationExecutor(connection).migrate([migration])


def test_upgrade_migration_merges_duplicates_and_the_older_id_still_answers(api_client, organization):
    # National formats are read with the organization's region, as the API's ingest reads them.
    Organization.objects.filter(pk=organization.pk).update(default_phone_region="VN")
    agent = create_agent()
    older = create_person(channel_identifier="0912 000 111", name="Lan")
    newer = create_person(channel_identifier="+84912000111")
    create_conversation(person=older, agent=agent, messages=[("customer", "Is my order shipped?")])
    moved = create_conversation(person=newer, agent=agent, messages=[("customer", "Hello again")])

    _migration_merges_duplicate_people()

    response = api_client.get(f"{CUSTOMERS}/{older.public_id}")
    assert response.status_code == 200
    customer = response.json()
    assert (customer["phone"], customer["channelIdentifier"]) == ("+84912000111", "+84912000111")
    assert customer["name"] == "Lan"
    conversations = api_client.get("/api/tenants/me/conversations", {"customer": older.public_id}).json()
    assert moved.public_id in {item["id"] for item in conversations["data"]}
    entry = AuditEntry.objects.get(action=AuditEntry.Action.PERSON_MERGED)
    assert (entry.person_public_id, entry.object_id) == (older.public_id, newer.public_id)
    assert entry.changes["into"] == older.public_id

    _migration_merges_duplicate_people()

    assert Person.objects.count() == 1
    assert AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_MERGED).count() == 1


def test_upgrade_migration_on_a_schema_without_phone_customers_does_nothing(organization):
    create_person(channel_type="web", channel_identifier="visitor-1")

    _migration_merges_duplicate_people()

    assert Person.objects.get().channel_identifier == "visitor-1"
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_MERGED).exists()

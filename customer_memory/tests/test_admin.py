from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_q.models import Schedule, Task

from conftest import PASSWORD
from conversations.models import ChannelType, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import services
from customer_memory.models import Episode, Extraction, Fact, Memory
from customer_memory.tests.factories import create_episode, create_fact, create_memory
from tenants.audit import Actor
from tenants.keys_and_audit.admin import LargeTablePaginator
from tenants.keys_and_audit.models import ApiKey, AuditEntry, hash_api_key
from tenants.roles import Role, role_of


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def person(organization):
    agent = create_agent(name="Support")
    person = create_person(
        channel_type=ChannelType.WHATSAPP,
        channel_identifier="+4915112345678",
        name="Ana Souza",
        email="ana.souza@example.org",
        phone="+4915112345678",
    )
    conversation = create_conversation(
        person=person, agent=agent, messages=[("customer", "Hi, I'm Ana"), ("agent", "Hello Ana")]
    )
    memory = create_memory(person=person, agent=agent, summary="Ana asked about delivery.")
    create_fact(memory=memory, key="occupation", value="nurse", source_conversation=conversation)
    create_episode(conversation=conversation, summary="Ana asked about delivery to her flat.")
    return person


def _memory(person: Person) -> Memory:
    return Memory.objects.select_related("agent", "person").get(person=person)


def _entry(action: str) -> AuditEntry:
    return AuditEntry.objects.filter(action=action).latest("at", "id")


def _assert_audited(action: str, user) -> AuditEntry:
    entry = _entry(action)
    assert entry.actor_user == user
    assert entry.actor_label == user.get_username()
    assert entry.origin == AuditEntry.Origin.ADMIN
    assert entry.at > timezone.now() - timedelta(minutes=1)
    return entry


# Who gets in ---------------------------------------------------------------------


@pytest.mark.parametrize("role", ["owner", "admin_user"])
def test_owners_and_admins_reach_the_admin(client, role, request):
    client.force_login(request.getfixturevalue(role))

    response = client.get("/admin/")

    assert response.status_code == 200
    assert b"Memory health" in response.content
    assert b"People" in response.content


@pytest.mark.parametrize("role", ["builder", "member"])
@pytest.mark.parametrize(
    "url", ["/admin/", "/admin/conversations/person/", "/admin/customer_memory/extraction/health/"]
)
def test_builders_and_members_get_no_admin(client, role, url, request):
    client.force_login(request.getfixturevalue(role))

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_builder_cannot_sign_in_to_the_admin(client, builder):
    response = client.post("/admin/login/", {"username": builder.username, "password": PASSWORD})

    assert response.status_code == 200
    assert b"staff account" in response.content


@pytest.mark.parametrize("role", ["builder", "member"])
def test_builders_and_members_cannot_export_or_erase(client, role, request, person):
    client.force_login(request.getfixturevalue(role))

    export = client.post(f"/admin/conversations/person/{person.pk}/export/")
    erase = client.post(f"/admin/conversations/person/{person.pk}/erase/")

    assert export.status_code == erase.status_code == 302
    assert Person.objects.filter(pk=person.pk).exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_EXPORTED).exists()


# People -------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Ana", "souza", "ana.souza@example.org", "+49 151 1234 5678", "+4915112345678"])
def test_people_are_found_by_name_email_phone_or_identifier(owner_client, person, query):
    create_person(channel_identifier="+4915100000042", name="Bob Stone")

    response = owner_client.get("/admin/conversations/person/", {"q": query})

    assert list(response.context["cl"].result_list) == [person]


def test_people_are_filtered_by_channel_agent_memory_and_last_seen(owner_client, person):
    other_agent = create_agent(name="Sales")
    stranger = create_person(channel_type=ChannelType.WEB, channel_identifier="web-1", name="Bob")
    create_conversation(person=stranger, agent=other_agent, messages=[("customer", "hi")])
    stale = create_person(channel_identifier="+4915100000077", last_seen_at=timezone.now() - timedelta(days=90))

    def listed(**params):
        return set(owner_client.get("/admin/conversations/person/", params).context["cl"].result_list)

    assert listed(channel_type__exact="web") == {stranger}
    assert listed(agent=str(other_agent.pk)) == {stranger}
    assert listed(has_memory="yes") == {person}
    assert listed(has_memory="no") == {stranger, stale}
    assert listed(last_seen_at__gte=str(timezone.now() - timedelta(days=7))) == {person, stranger}


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/conversations/person/",
        "/admin/customer_memory/memory/",
        "/admin/customer_memory/fact/",
        "/admin/conversations/conversation/",
        "/admin/customer_memory/episode/",
        "/admin/customer_memory/extraction/",
        "/admin/access/auditentry/",
    ],
)
def test_list_pages_run_a_bounded_number_of_queries(owner_client, owner, url):
    agent = create_agent(name="Support")
    actor = Actor(origin=AuditEntry.Origin.ADMIN, user=owner)

    def add_people(count: int) -> None:
        for _ in range(count):
            person = create_person(name="Someone")
            conversation = create_conversation(person=person, agent=agent, messages=[("customer", "hi")])
            Extraction.objects.create(conversation=conversation, agent=agent, status=Extraction.Status.SUCCEEDED)
            create_episode(conversation=conversation)
            fact = create_fact(memory=create_memory(person=person, agent=agent))
            services.update_fact(fact, value="doctor", actor=actor)

    add_people(2)
    owner_client.get(url)  # the host's organization is cached after the first request
    few = _queries(owner_client, url)
    add_people(10)

    assert _queries(owner_client, url) == few


def test_people_list_does_not_count_a_huge_table(owner_client, person):
    with CaptureQueriesContext(connection) as captured:
        owner_client.get("/admin/conversations/person/")

    counts = [q["sql"] for q in captured if "COUNT(" in q["sql"].upper()]
    assert all("LIMIT" in sql.upper() for sql in counts)


def test_people_list_estimates_a_large_table_and_caps_a_filtered_count(owner_client, monkeypatch):
    monkeypatch.setattr(LargeTablePaginator, "COUNT_LIMIT", 5)
    for _ in range(8):
        create_person(name="Someone")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE conversations_person")

    unfiltered = owner_client.get("/admin/conversations/person/")
    filtered = owner_client.get("/admin/conversations/person/", {"q": "someone"})

    assert unfiltered.context["cl"].paginator.count_is_estimate
    assert b"about 8 people" in unfiltered.content
    assert filtered.context["cl"].paginator.count_is_capped
    assert b"more than 5 people" in filtered.content


def test_person_page_shows_memory_with_provenance_and_privacy_buttons(owner_client, person):
    response = owner_client.get(f"/admin/conversations/person/{person.pk}/change/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Ana Souza" in content
    assert "Occupation" in content
    assert "nurse" in content
    assert person.conversations.get().public_id in content
    assert 'id="export-person"' in content
    assert 'id="erase-person"' in content
    assert "embedding" not in content.lower()


def test_person_page_tables_show_each_fact_and_conversation_in_its_columns(owner_client, person):
    memory = person.memories.get()
    conversation = person.conversations.get()

    content = owner_client.get(f"/admin/conversations/person/{person.pk}/change/").content.decode()

    cells = [cell.strip() for cell in re.findall(r"<td>(.*?)</td>", content, flags=re.S)]
    fact_row = cells[cells.index("Occupation") : cells.index("Occupation") + 6]
    assert fact_row[:2] == ["Occupation", "nurse"]
    assert fact_row[4:] == ["—", conversation.public_id]  # no previous value; learned from the conversation
    assert "<h3>Support" in content
    assert "Ana asked about delivery." in content
    assert f'href="/admin/customer_memory/memory/{memory.pk}/change/" class="edit-memory">Edit facts</a>' in content
    assert f'href="/admin/conversations/conversation/{conversation.pk}/change/">{conversation.public_id}</a>' in content
    assert "All conversations of this person" in content


def test_person_page_without_memory_or_conversations_says_so(owner_client, organization):
    stranger = create_person(channel_type=ChannelType.WHATSAPP, channel_identifier="+4915100000001", name="Bo")

    content = owner_client.get(f"/admin/conversations/person/{stranger.pk}/change/").content.decode()

    assert "No memory." in content
    assert "No conversations." in content


def test_person_page_is_read_only(owner_client, person):
    response = owner_client.post(f"/admin/conversations/person/{person.pk}/change/", {"name": "Changed"})

    assert response.status_code == 403
    person.refresh_from_db()
    assert person.name == "Ana Souza"


def test_people_cannot_be_deleted_only_erased(owner_client, person):
    response = owner_client.post(f"/admin/conversations/person/{person.pk}/delete/", {"post": "yes"})

    assert response.status_code == 403
    assert Person.objects.filter(pk=person.pk).exists()


# GDPR export and erasure ----------------------------------------------------------


def test_export_button_downloads_one_json_file_and_is_audited(owner_client, owner, person):
    response = owner_client.post(f"/admin/conversations/person/{person.pk}/export/")

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{person.public_id}.json"'
    data = json.loads(response.content)
    assert data["person"]["name"] == "Ana Souza"
    assert data["memories"][0]["facts"][0]["value"] == "nurse"
    assert _assert_audited(AuditEntry.Action.PERSON_EXPORTED, owner).person_public_id == person.public_id


def test_export_needs_a_post(owner_client, person):
    response = owner_client.get(f"/admin/conversations/person/{person.pk}/export/")

    assert response.status_code == 405


def test_export_action_bundles_the_selected_people(owner_client, person):
    other = create_person(name="Bob Stone")

    response = owner_client.post(
        "/admin/conversations/person/", {"action": "export_people", "_selected_action": [person.pk, other.pk]}
    )

    data = json.loads(response.content)
    assert {export["person"]["name"] for export in data["people"]} == {"Ana Souza", "Bob Stone"}
    assert AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_EXPORTED).count() == 2


def test_erase_page_lists_what_will_be_deleted_with_counts(owner_client, person):
    response = owner_client.get(f"/admin/conversations/person/{person.pk}/erase/")

    content = response.content.decode()
    assert response.status_code == 200
    rows = dict(response.context["totals"])
    assert rows["Conversations"] == 1
    assert rows["Messages"] == 2
    assert rows["Facts"] == 1
    assert rows["Episodes (conversation summaries and their embeddings)"] == 1
    assert 'id="confirm-erase"' in content
    assert Person.objects.filter(pk=person.pk).exists()


def test_confirming_the_erase_page_erases_the_person(owner_client, owner, person):
    response = owner_client.post(f"/admin/conversations/person/{person.pk}/erase/", {"confirm": "yes"}, follow=True)

    assert not Person.objects.filter(pk=person.pk).exists()
    assert response.redirect_chain[-1][0] == "/admin/conversations/person/"
    assert f"Erased {person.public_id}" in response.content.decode()
    entry = _assert_audited(AuditEntry.Action.PERSON_ERASED, owner)
    assert entry.changes["counts"]["conversations"] == 1


def test_erase_action_asks_for_confirmation_then_erases(owner_client, person):
    other = create_person(name="Bob Stone")
    data = {"action": "erase_people", "_selected_action": [person.pk, other.pk]}

    confirmation = owner_client.post("/admin/conversations/person/", data)
    assert b"Erase 2 people" in confirmation.content
    assert Person.objects.filter(pk__in=[person.pk, other.pk]).count() == 2

    owner_client.post("/admin/conversations/person/", {**data, "confirm": "yes"})
    assert not Person.objects.filter(pk__in=[person.pk, other.pk]).exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_ERASED).count() == 2


# Memory and facts ---------------------------------------------------------------


def _fact_formset(memory: Memory, rows: list[dict], new: dict | None = None) -> dict:
    data = {
        "facts-TOTAL_FORMS": str(len(rows) + 1),
        "facts-INITIAL_FORMS": str(len(rows)),
        "facts-MIN_NUM_FORMS": "0",
        "facts-MAX_NUM_FORMS": "1000",
        "_save": "Save",
    }
    for index, row in enumerate(rows):
        data[f"facts-{index}-id"] = str(row["fact"].pk)
        data[f"facts-{index}-memory"] = str(memory.pk)
        data[f"facts-{index}-value"] = row.get("value", row["fact"].value)
        if row.get("delete"):
            data[f"facts-{index}-DELETE"] = "on"
    extra = len(rows)
    data[f"facts-{extra}-memory"] = str(memory.pk)
    data[f"facts-{extra}-key"] = (new or {}).get("key", "")
    data[f"facts-{extra}-value"] = (new or {}).get("value", "")
    return data


def test_editing_a_fact_in_the_admin_goes_through_the_service(owner_client, owner, person):
    memory = _memory(person)
    fact = memory.facts.get()

    response = owner_client.post(
        f"/admin/customer_memory/memory/{memory.pk}/change/", _fact_formset(memory, [{"fact": fact, "value": "doctor"}])
    )

    assert response.status_code == 302
    fact.refresh_from_db()
    assert (fact.value, fact.previous_value, fact.source, fact.confidence) == ("doctor", "nurse", "manual", "high")
    entry = _assert_audited(AuditEntry.Action.FACT_UPDATED, owner)
    assert entry.before["value"] == "nurse"
    assert entry.after["value"] == "doctor"
    assert entry.person_public_id == person.public_id


def test_adding_a_fact_in_the_admin_is_audited(owner_client, owner, person):
    memory = _memory(person)
    fact = memory.facts.get()

    owner_client.post(
        f"/admin/customer_memory/memory/{memory.pk}/change/",
        _fact_formset(memory, [{"fact": fact}], new={"key": "favourite_colour", "value": "green"}),
    )

    created = memory.facts.get(key="favourite_colour")
    assert (created.value, created.source) == ("green", Fact.Source.MANUAL)
    assert _assert_audited(AuditEntry.Action.FACT_CREATED, owner).after["value"] == "green"
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.FACT_UPDATED).exists()


def test_deleting_a_fact_in_the_admin_is_audited(owner_client, owner, person):
    memory = _memory(person)
    fact = memory.facts.get()

    owner_client.post(
        f"/admin/customer_memory/memory/{memory.pk}/change/", _fact_formset(memory, [{"fact": fact, "delete": True}])
    )

    assert not memory.facts.exists()
    assert _assert_audited(AuditEntry.Action.FACT_DELETED, owner).before["value"] == "nurse"


def test_fact_provenance_is_read_only(owner_client, person):
    memory = _memory(person)
    fact = memory.facts.get()
    data = _fact_formset(memory, [{"fact": fact}])
    data |= {"facts-0-source": "manual", "facts-0-previous_value": "forged", "facts-0-key": "renamed"}

    owner_client.post(f"/admin/customer_memory/memory/{memory.pk}/change/", data)

    fact.refresh_from_db()
    assert (fact.key, fact.source, fact.previous_value) == ("occupation", "ai", "")
    assert not AuditEntry.objects.filter(object_type="fact").exists()


def test_admin_changes_to_people_data_leave_no_django_admin_history(owner_client, person):
    memory = _memory(person)
    fact = memory.facts.get()

    owner_client.post(
        f"/admin/customer_memory/memory/{memory.pk}/change/", _fact_formset(memory, [{"fact": fact, "value": "doctor"}])
    )

    assert not LogEntry.objects.exists()


def test_deleting_a_memory_in_the_admin_clears_it_through_the_service(owner_client, owner, person):
    memory = _memory(person)

    owner_client.post(f"/admin/customer_memory/memory/{memory.pk}/delete/", {"post": "yes"})

    assert not Memory.objects.filter(person=person).exists()
    assert not Episode.objects.filter(person=person).exists()
    entry = _assert_audited(AuditEntry.Action.MEMORY_CLEARED, owner)
    assert entry.before["facts"] == [{"key": "occupation"}]  # which keys, never the values (issue 16, finding 4)


def test_undo_in_the_audit_log_restores_the_exact_previous_fact(owner_client, owner, person):
    memory = _memory(person)
    fact = memory.facts.get()
    fact.confidence = Fact.Confidence.MEDIUM
    fact.previous_value = "student"
    fact.save()
    before = (fact.value, fact.confidence, fact.source, fact.previous_value, fact.source_conversation_id)
    services.update_fact(fact, value="doctor", actor=Actor(origin=AuditEntry.Origin.UI, user=owner))
    edit = _entry(AuditEntry.Action.FACT_UPDATED)

    owner_client.post("/admin/access/auditentry/", {"action": "restore_facts", "_selected_action": [edit.pk]})

    fact.refresh_from_db()
    assert (fact.value, fact.confidence, fact.source, fact.previous_value, fact.source_conversation_id) == before
    assert _assert_audited(AuditEntry.Action.FACT_RESTORED, owner).changes["restored_from"] == edit.pk


def test_undo_brings_back_a_deleted_fact(owner_client, owner, person):
    fact = _memory(person).facts.get()
    services.delete_fact(fact, actor=Actor(origin=AuditEntry.Origin.UI, user=owner))

    owner_client.post(
        "/admin/access/auditentry/",
        {"action": "restore_facts", "_selected_action": [_entry(AuditEntry.Action.FACT_DELETED).pk]},
    )

    restored = _memory(person).facts.get()
    assert (restored.key, restored.value, restored.source) == ("occupation", "nurse", "ai")


def test_editing_a_fact_on_its_own_page_goes_through_the_service(owner_client, owner, person):
    fact = _memory(person).facts.get()

    response = owner_client.post(f"/admin/customer_memory/fact/{fact.pk}/change/", {"value": "midwife"})

    assert response.status_code == 302
    fact.refresh_from_db()
    assert (fact.value, fact.previous_value, fact.source) == ("midwife", "nurse", Fact.Source.MANUAL)
    assert _assert_audited(AuditEntry.Action.FACT_UPDATED, owner).after["value"] == "midwife"


def test_deleting_a_fact_on_its_own_page_goes_through_the_service(owner_client, owner, person):
    fact = _memory(person).facts.get()

    owner_client.post(f"/admin/customer_memory/fact/{fact.pk}/delete/", {"post": "yes"})

    assert not Fact.objects.filter(pk=fact.pk).exists()
    assert _assert_audited(AuditEntry.Action.FACT_DELETED, owner).before["value"] == "nurse"


@pytest.mark.parametrize("page", ["person", "memory", "fact"])
def test_history_button_opens_the_persons_audit_log(owner_client, person, page):
    memory = _memory(person)
    object_id = {"person": person.pk, "memory": memory.pk, "fact": memory.facts.get().pk}[page]
    app = "conversations" if page == "person" else "customer_memory"

    response = owner_client.get(f"/admin/{app}/{page}/{object_id}/history/")

    assert response["Location"] == f"/admin/access/auditentry/?q={person.public_id}"


def test_episodes_are_shown_as_text_without_vectors(owner_client, person):
    episode = Episode.objects.get(person=person)

    response = owner_client.get(f"/admin/customer_memory/episode/{episode.pk}/change/")

    content = response.content.decode()
    assert "Ana asked about delivery to her flat." in content
    assert "embedding" not in content.lower()
    assert "0.0, 0.0" not in content


def test_conversations_are_read_only_with_their_messages(owner_client, person):
    conversation = person.conversations.get()

    page = owner_client.get(f"/admin/conversations/conversation/{conversation.pk}/change/")
    change = owner_client.post(f"/admin/conversations/conversation/{conversation.pk}/change/", {"status": "open"})

    assert b"Hi, I&#x27;m Ana" in page.content
    assert change.status_code == 403


# Agents -------------------------------------------------------------------------


def test_agent_memory_settings_are_saved_through_the_service(owner_client, owner):
    agent = create_agent(name="Support", memory_enabled=False)

    response = owner_client.post(
        f"/admin/conversations/agent/{agent.pk}/change/",
        {
            "name": "Support desk",
            "memory_enabled": "on",
            "memory_retention_days": "90",
            "conversation_history_max_messages": "20",
            "knowledge_retention_days": "180",
            "knowledge_min_customers": "3",
        },
    )

    assert response.status_code == 302
    agent.refresh_from_db()
    assert (agent.name, agent.memory_enabled, agent.memory_retention_days) == ("Support desk", True, 90)
    entry = _assert_audited(AuditEntry.Action.AGENT_SETTINGS_CHANGED, owner)
    assert entry.before["memory_enabled"] is False
    assert entry.after["memory_retention_days"] == 90


# Users and roles ------------------------------------------------------------------


def _user_form(user, role: str) -> dict:
    return {"username": user.username, "email": user.email, "role": role, "is_active": "on"}


def test_role_change_in_the_admin_is_audited_and_sets_admin_access(owner_client, owner, builder):
    response = owner_client.post(f"/admin/auth/user/{builder.pk}/change/", _user_form(builder, "admin"))

    assert response.status_code == 302
    builder.refresh_from_db()
    assert role_of(builder) == Role.ADMIN
    assert builder.is_staff
    entry = _assert_audited(AuditEntry.Action.ROLE_CHANGED, owner)
    assert (entry.before, entry.after) == ("builder", "admin")


def test_admins_cannot_grant_the_owner_role(client, admin_user, builder):
    client.force_login(admin_user)

    response = client.post(f"/admin/auth/user/{builder.pk}/change/", _user_form(builder, "owner"))

    assert response.status_code == 200
    assert "Only an Owner" in response.content.decode()
    assert role_of(builder) == Role.BUILDER


def test_nobody_changes_their_own_role(owner_client, owner):
    response = owner_client.post(f"/admin/auth/user/{owner.pk}/change/", _user_form(owner, "member"))

    assert "your own role" in response.content.decode()
    assert role_of(owner) == Role.OWNER


def test_adding_a_user_in_the_admin_gives_them_a_role(owner_client, owner):
    owner_client.post(
        "/admin/auth/user/add/",
        {
            "email": "New.Person@acme.test",
            "role": "builder",
            "usable_password": "true",
            "password1": "a long unusual passphrase",
            "password2": "a long unusual passphrase",
        },
    )

    user = get_user_model().objects.get(username="new.person@acme.test")
    assert role_of(user) == Role.BUILDER
    assert not user.is_staff
    assert _assert_audited(AuditEntry.Action.ROLE_CHANGED, owner).after == "builder"


def test_users_list_shows_roles(owner_client, owner, builder, member):
    response = owner_client.get("/admin/auth/user/")

    assert {(row.username, row.groups.all()[0].name) for row in response.context["cl"].result_list} >= {
        (builder.username, "Builder"),
        (member.username, "Member"),
    }
    assert b"Builder" in response.content


# API keys ---------------------------------------------------------------------------


def test_api_key_is_shown_once_at_creation_and_stored_hashed(owner_client, owner):
    response = owner_client.post("/admin/access/apikey/add/", {"name": "Zendesk"})

    plain = re.search(r'<code id="new-api-key">(cm_[\w-]+)</code>', response.content.decode()).group(1)
    key = ApiKey.objects.get(name="Zendesk")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert key.key_hash == hash_api_key(plain)
    assert _assert_audited(AuditEntry.Action.API_KEY_CREATED, owner).object_id == key.public_id
    again = owner_client.get(f"/admin/access/apikey/{key.pk}/change/").content.decode()
    listing = owner_client.get("/admin/access/apikey/").content.decode()
    assert plain not in again
    assert plain not in listing
    assert key.key_hash not in again
    assert f"{key.prefix}…" in listing


def test_a_new_api_key_never_travels_in_a_cookie(owner_client):
    # Messages are stored in a signed, not encrypted, cookie: readable by anyone who sees it.
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.http import HttpRequest

    response = owner_client.post("/admin/access/apikey/add/", {"name": "Zendesk"})
    plain = re.search(r'<code id="new-api-key">(cm_[\w-]+)</code>', response.content.decode()).group(1)
    listing = owner_client.get("/admin/access/apikey/")

    for answer in (response, listing):
        for name, cookie in answer.cookies.items():
            assert plain not in cookie.value, name
            if name == "messages" and cookie.value:
                assert all(plain not in str(m) for m in CookieStorage(HttpRequest())._decode(cookie.value) or [])
    assert plain not in listing.content.decode()


def test_api_keys_are_revoked_with_an_action(owner_client, owner, api_key):
    key, _ = api_key

    owner_client.post("/admin/access/apikey/", {"action": "revoke_keys", "_selected_action": [key.pk]})

    key.refresh_from_db()
    assert key.revoked_at is not None
    assert _assert_audited(AuditEntry.Action.API_KEY_REVOKED, owner).object_id == key.public_id


# The audit log --------------------------------------------------------------------


def test_audit_log_is_read_only(owner_client, owner, person):
    services.update_fact(_memory(person).facts.get(), value="doctor", actor=Actor(origin="ui", user=owner))
    entry = _entry(AuditEntry.Action.FACT_UPDATED)

    page = owner_client.get(f"/admin/access/auditentry/{entry.pk}/change/")
    change = owner_client.post(f"/admin/access/auditentry/{entry.pk}/change/", {"action": "forged"})
    delete = owner_client.post(f"/admin/access/auditentry/{entry.pk}/delete/", {"post": "yes"})

    assert b"doctor" in page.content
    assert change.status_code == delete.status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk, action=AuditEntry.Action.FACT_UPDATED).exists()


def test_audit_log_is_searchable_by_person(owner_client, owner, person):
    other = create_person(name="Bob")
    actor = Actor(origin="ui", user=owner)
    services.update_fact(_memory(person).facts.get(), value="doctor", actor=actor)
    services.create_fact(other, agent=create_agent(name="Sales"), key="plan", value="gold", actor=actor)

    response = owner_client.get("/admin/access/auditentry/", {"q": person.public_id})

    assert [entry.person_public_id for entry in response.context["cl"].result_list] == [person.public_id]


# Background tasks -----------------------------------------------------------------


def _task(*, schema: str, func: str, args_tail: tuple = (7,)) -> Task:
    now = timezone.now()
    return Task.objects.create(
        id=f"{func}-{schema}".replace(".", "")[:32],
        name=func,
        func=func,
        args=(schema, *args_tail),
        kwargs={},
        result="boom",
        started=now,
        stopped=now,
        success=False,
    )


def test_failed_tasks_show_only_this_organizations(owner_client):
    _task(schema="acme", func="acme_job.extract")
    _task(schema="acme", func="acme_job.many_args", args_tail=(1, 2, 3, 4))
    _task(schema="globex", func="globex_job.extract")
    _task(schema="acmex", func="acmex_job.extract")

    response = owner_client.get("/admin/django_q/failure/")

    listed = {task.func for task in response.context["cl"].result_list}
    assert listed == {"acme_job.extract", "acme_job.many_args"}


def test_another_organizations_failed_task_is_not_reachable(owner_client):
    task = _task(schema="globex", func="globex_job.extract")

    response = owner_client.get(f"/admin/django_q/failure/{task.pk}/change/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_scheduled_jobs_show_shared_and_own_only(owner_client):
    Schedule.objects.create(name="every-tenant", func="x.all_tenants", schedule_type=Schedule.DAILY)
    Schedule.objects.create(name="acme-only", func="x.one", args="'acme', 1", schedule_type=Schedule.DAILY)
    Schedule.objects.create(name="globex-only", func="x.one", args="'globex', 1", schedule_type=Schedule.DAILY)

    response = owner_client.get("/admin/django_q/schedule/")

    names = {schedule.name for schedule in response.context["cl"].result_list}
    assert {"every-tenant", "acme-only"} <= names
    assert "globex-only" not in names


def test_queue_admins_of_django_q_are_not_on_the_tenant_admin(owner_client):
    assert owner_client.get("/admin/django_q/ormq/").status_code == 404
    assert owner_client.get("/admin/django_q/success/").status_code == 404


# The operator's admin (public host) ---------------------------------------------


@pytest.fixture
def operator_client(db):
    """A signed-in operator on the public host (`localhost`)."""
    from django.test import Client

    from tenants.middleware import forget_cached_hosts
    from tenants.models import Domain, Organization

    public = Organization.objects.create(schema_name="public", name="Operator")
    Domain.objects.create(domain="localhost", tenant=public, is_primary=True)
    forget_cached_hosts()
    operator = get_user_model().objects.create_superuser("operator", "operator@example.com", PASSWORD)
    client = Client(headers={"host": "localhost"})
    client.force_login(operator)
    yield client
    forget_cached_hosts()


def test_operator_lists_organizations_with_their_host_names(operator_client):
    response = operator_client.get("/admin/tenants/organization/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "acme.localhost" in content
    assert "globex.localhost" in content


def test_operator_creates_an_organization_with_its_schema(operator_client):
    from django_tenants.utils import schema_exists

    from tenants.models import Organization

    response = operator_client.post(
        "/admin/tenants/organization/add/",
        {
            "name": "Initech",
            "schema_name": "initech",
            "domains-TOTAL_FORMS": "1",
            "domains-INITIAL_FORMS": "0",
            "domains-MIN_NUM_FORMS": "0",
            "domains-MAX_NUM_FORMS": "1000",
            "domains-0-domain": "initech.localhost",
            "domains-0-is_primary": "on",
        },
    )

    assert response.status_code == 302
    assert Organization.objects.get(schema_name="initech").domains.get().domain == "initech.localhost"
    assert schema_exists("initech")


def test_tenant_admin_does_not_list_organizations(owner_client):
    assert owner_client.get("/admin/tenants/organization/").status_code == 404


# Scores ---------------------------------------------------------------------------


def _shown_scores(content: str) -> tuple[float, float, str]:
    shown = {
        name: re.search(rf'fieldBox field-{name}">.*?<div class="readonly">(.*?)</div>', content, flags=re.S)
        .group(1)
        .strip()
        for name in ("trust", "churn", "stage")
    }
    return float(shown["trust"]), float(shown["churn"]), shown["stage"]


def test_person_page_shows_the_scores_the_api_computes(
    owner_client, api_client, settings, django_capture_on_commit_callbacks
):
    settings.MEMORY_TRUST_BASE, settings.MEMORY_CHURN_BASE = 0.5, 0.1
    # Nothing learned: the only conversation was skipped (memory off), nothing stored on the person.
    quiet = create_agent(name="Quiet", memory_enabled=False)
    body = {"agent": quiet.public_id, "channel": "web", "channelIdentifier": "visitor-9", "role": "customer"}
    ingested = api_client.post("/api/tenants/me/ingest", {**body, "message": "Hello?"}, format="json").json()
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(f"/api/tenants/me/conversations/{ingested['conversationId']}/close")
    skipped = Person.objects.get(public_id=ingested["customerId"])
    conversation = api_client.get(f"/api/tenants/me/conversations/{ingested['conversationId']}").json()
    assert conversation["memoryStatus"]["status"] == "skipped"
    assert skipped.trust_score is None
    # Learned 20 days ago; the scores stored at that close are stale.
    support = create_agent(name="Support")
    regular = create_person(
        name="Ana",
        trust_score=0.42,
        churn_risk=0.42,
        positive_interactions=2,
        escalations=1,
        unresolved_issues=1,
    )
    create_conversation(
        person=regular,
        agent=support,
        messages=[("customer", "Where is my parcel?")],
        started_at=timezone.now() - timedelta(days=20),
    )
    create_fact(memory=create_memory(person=regular, agent=support, summary="Asked about a parcel."))

    for person, stage in ((skipped, "New"), (regular, "Building")):
        api = api_client.get(f"/api/tenants/me/customers/{person.public_id}").json()["memory"]["l2_history"]
        content = owner_client.get(f"/admin/conversations/person/{person.pk}/change/").content.decode()

        assert _shown_scores(content) == (api["trustScore"], api["churnRisk"], stage)
        assert api["relationshipStage"] == stage.lower()
    assert (api["trustScore"], api["churnRisk"]) != (0.42, 0.42)
    assert _shown_scores(owner_client.get(f"/admin/conversations/person/{skipped.pk}/change/").content.decode()) == (
        0.5,
        0.1,
        "New",
    )

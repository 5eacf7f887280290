"""The person panel's second pass (issue 15): privacy in place, curating memory, notes, provenance, undo.

Through HTTP as the browser sends it (htmx headers where the panel uses htmx); what a user sees is
asserted on the rendered HTML.
"""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from django.db import connection
from django.urls import reverse

from conversations.models import ChannelType, Message, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import tasks
from customer_memory.models import Fact, Memory, Note
from customer_memory.tests.factories import create_fact, create_memory
from tenants.keys_and_audit.models import AuditEntry

HTMX = {"HTTP_HX_REQUEST": "true"}
CUSTOMER, AGENT = Message.Role.CUSTOMER, Message.Role.AGENT


@pytest.fixture
def agent(organization):
    return create_agent(name="Support", memory_enabled=True)


@pytest.fixture
def person(agent):
    person = create_person(channel_type=ChannelType.WHATSAPP, channel_identifier="+41791234567", name="Anna")
    create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "Hello"), (AGENT, "Hi!")])
    return person


@pytest.fixture
def memory(person, agent):
    return create_memory(person=person, agent=agent, summary="Anna asked about a late parcel.")


def person_url(agent, person, name="person_detail", *extra):
    return reverse(f"customer_memory:{name}", args=[agent.public_id, person.public_id, *extra])


def text_of(response) -> str:
    return unescape(response.content.decode())


def visible_text(response) -> str:
    """The text a reader sees: tags dropped, white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", text_of(response)).split())


def signed_in(client, user):
    client.force_login(user)
    return client


def learn(person, agent, *customer_messages: str):
    messages = []
    for text in customer_messages:
        messages += [(CUSTOMER, text), (AGENT, "Thanks, noted.")]
    conversation = create_conversation(person=person, agent=agent, messages=messages)
    tasks.extract_memory(connection.schema_name, conversation.pk)
    return conversation


# Privacy in place (item 4)


@pytest.mark.parametrize("role", ["owner", "admin_user"])
def test_owners_and_admins_see_export_and_erase_in_the_panel(request, client, role, agent, person):
    html = text_of(signed_in(client, request.getfixturevalue(role)).get(person_url(agent, person)))

    assert "Export data (JSON)" in html
    assert "Erase person…" in html


def test_builders_see_no_export_or_erase_and_get_403_by_url(client, builder, agent, person):
    signed_in(client, builder)

    assert "Export data" not in text_of(client.get(person_url(agent, person)))
    assert "Erase person" not in text_of(client.get(person_url(agent, person)))
    assert client.get(person_url(agent, person, "person_export")).status_code == 403
    assert client.get(person_url(agent, person, "person_erase")).status_code == 403
    assert client.post(person_url(agent, person, "person_erase"), {"confirmation": "+41791234567"}).status_code == 403
    assert Person.objects.filter(pk=person.pk).exists()


def test_members_get_403_on_export_and_erase(client, member, agent, person):
    signed_in(client, member)

    assert client.get(person_url(agent, person, "person_export")).status_code == 403
    assert client.post(person_url(agent, person, "person_erase"), {"confirmation": "+41791234567"}).status_code == 403


def test_export_downloads_the_same_json_as_the_admin_and_api_and_is_audited(client, owner, agent, person, memory):
    create_fact(memory=memory, key="occupation", value="nurse")

    response = signed_in(client, owner).get(person_url(agent, person, "person_export"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == f'attachment; filename="{person.public_id}.json"'
    document = json.loads(response.content)
    assert document["format"] == "customer-memory-export/1"
    assert document["person"]["public_id"] == person.public_id
    assert [(f["key"], f["value"]) for f in document["memories"][0]["facts"]] == [("occupation", "nurse")]
    entry = AuditEntry.objects.get(action=AuditEntry.Action.PERSON_EXPORTED)
    assert (entry.origin, entry.actor_label) == (AuditEntry.Origin.UI, owner.get_username())


def test_erase_dialog_asks_to_type_the_label_and_says_it_cannot_be_undone(client, owner, agent, person):
    html = text_of(signed_in(client, owner).get(person_url(agent, person, "person_erase"), **HTMX))

    assert '<dialog id="erase-dialog"' in html
    assert "Type +41791234567 to confirm" in " ".join(re.sub(r"<[^>]+>", "", html).split())
    assert "This cannot be undone." in html


def test_erase_with_the_wrong_label_names_the_field_and_erases_nothing(client, owner, agent, person):
    response = signed_in(client, owner).post(
        person_url(agent, person, "person_erase"), {"confirmation": "+4179"}, **HTMX
    )

    assert response.status_code == 200
    assert "Confirmation: Type “+41791234567” exactly to confirm the erasure." in text_of(response)
    assert Person.objects.filter(pk=person.pk).exists()


def test_erase_with_the_label_erases_closes_the_panel_and_removes_the_row(client, owner, agent, person, memory):
    response = signed_in(client, owner).post(
        person_url(agent, person, "person_erase"), {"confirmation": "+41791234567"}, **HTMX
    )

    assert not Person.objects.filter(pk=person.pk).exists()
    assert response["HX-Retarget"] == "#person-panel"
    event = json.loads(response["HX-Trigger-After-Settle"])["person-erased"]
    assert event["person"] == person.public_id
    assert "+41791234567 was erased" in text_of(response)
    entry = AuditEntry.objects.get(action=AuditEntry.Action.PERSON_ERASED)
    assert (entry.origin, entry.person_public_id) == (AuditEntry.Origin.UI, person.public_id)


def test_erase_counts_the_people_left_in_the_list_the_page_shows(client, owner, agent, person):
    for identifier in ("+41441234567", "+41441234568"):
        someone = create_person(channel_type=ChannelType.WHATSAPP, channel_identifier=identifier)
        create_conversation(person=someone, agent=agent, messages=[(CUSTOMER, "Hello")])
    visitor = create_person(channel_type=ChannelType.WEB, channel_identifier="visitor-1")
    create_conversation(person=visitor, agent=agent, messages=[(CUSTOMER, "Hello")])
    page = "http://acme.localhost" + person_url(agent, person) + "?channel=whatsapp"

    response = signed_in(client, owner).post(
        person_url(agent, person, "person_erase"),
        {"confirmation": "+41791234567"},
        **HTMX,
        HTTP_HX_CURRENT_URL=page,
    )

    # Out of band: the WhatsApp people left, not the web visitor the filter leaves out.
    assert re.search(
        r'<p class="list-count" id="people-count" role="status" hx-swap-oob="true">2 people</p>', text_of(response)
    )


def test_erase_without_javascript_returns_to_the_list_with_a_message(client, admin_user, agent, person):
    response = signed_in(client, admin_user).post(
        person_url(agent, person, "person_erase"), {"confirmation": "+41791234567"}, follow=True
    )

    assert response.redirect_chain[-1][0] == reverse("customer_memory:person_list", args=[agent.public_id])
    assert "+41791234567 was erased" in text_of(response)


def test_clear_memory_confirmation_says_it_cannot_be_undone_and_what_history_keeps(
    client, builder, agent, person, memory
):
    create_fact(memory=memory)
    html = text_of(signed_in(client, builder).get(person_url(agent, person)))

    assert "This cannot be undone: History keeps who cleared it and when, without the values." in html
    page = text_of(client.get(person_url(agent, person, "memory_clear")))
    assert "This cannot be undone." in page
    assert "History keeps who cleared the memory and when, without the values." in page


# Curate memory (item 5)


def test_add_fact_form_suggests_the_keys_in_use(client, builder, agent, person, memory):
    other = create_memory(person=create_person(), agent=agent)
    create_fact(memory=other, key="preferred_contact_time", value="mornings")

    html = text_of(signed_in(client, builder).get(person_url(agent, person, "fact_create"), **HTMX))

    assert '<option value="preferred_contact_time">' in html
    assert "Add a fact" in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"key": "city", "value": "", "confidence": "high"}, "Value: Enter a value."),
        ({"key": "city", "value": "x" * 501, "confidence": "high"}, "Value: Ensure this value has at most 500"),
        ({"key": "!!!", "value": "Basel", "confidence": "high"}, "Key: Enter a key made of letters or digits."),
        ({"key": "", "value": "Basel", "confidence": "high"}, "Key: Enter a key, e.g. preferred_contact_time."),
        ({"key": "city", "value": "Basel", "confidence": "sure"}, "Confidence: Select a valid choice."),
    ],
)
def test_adding_a_bad_fact_shows_an_error_naming_the_field(client, builder, agent, person, data, message):
    response = signed_in(client, builder).post(person_url(agent, person, "fact_create"), data, **HTMX)

    assert response.status_code == 200
    assert message in text_of(response)
    assert not Fact.objects.filter(memory__person=person).exists()


def test_an_added_fact_is_manual_under_the_canonical_key_and_audited(client, builder, agent, person):
    response = signed_in(client, builder).post(
        person_url(agent, person, "fact_create"), {"key": "City", "value": "Basel", "confidence": "medium"}, **HTMX
    )

    fact = Fact.objects.get(memory__person=person)
    assert (fact.key, fact.value, fact.source, fact.confidence) == ("location", "Basel", "manual", "medium")
    html = text_of(response)
    assert f'id="fact-{fact.public_id}" class="fact" tabindex="-1" autofocus' in html
    assert "Medium confidence" in html
    assert AuditEntry.objects.get(action=AuditEntry.Action.FACT_CREATED).origin == AuditEntry.Origin.UI


def test_an_edited_summary_is_manual_and_the_next_extraction_folds_into_it(client, builder, agent, person, memory):
    response = signed_in(client, builder).post(
        person_url(agent, person, "summary_update"),
        {"summary": "Anna is a night nurse; deliveries only after 2 pm."},
        **HTMX,
    )

    memory.refresh_from_db()
    assert memory.summary_source == Memory.SummarySource.MANUAL
    assert "Edited by hand" in text_of(response)
    assert AuditEntry.objects.get(action=AuditEntry.Action.SUMMARY_UPDATED).origin == AuditEntry.Origin.UI

    learn(person, agent, "My router keeps restarting every night.", "It started after the update yesterday.")

    memory.refresh_from_db()
    assert memory.summary.startswith("Anna is a night nurse; deliveries only after 2 pm.")
    assert "router" in memory.summary
    assert memory.summary_source == Memory.SummarySource.AI


def test_a_summary_too_long_names_the_field(client, builder, agent, person, memory):
    response = signed_in(client, builder).post(
        person_url(agent, person, "summary_update"), {"summary": "Long. " * 400}, **HTMX
    )

    assert "Conversation summary: Ensure this value has at most 2000 characters" in text_of(response)
    memory.refresh_from_db()
    assert memory.summary == "Anna asked about a late parcel."


def test_a_confirmed_ai_fact_is_manual_and_the_ai_no_longer_changes_it(client, builder, agent, person, memory):
    fact = create_fact(memory=memory, key="location", value="Boston", confidence=Fact.Confidence.LOW)

    response = signed_in(client, builder).post(reverse("customer_memory:fact_confirm", args=[fact.public_id]), **HTMX)

    fact.refresh_from_db()
    assert (fact.source, fact.confidence) == ("manual", "high")
    assert f"Confirm {fact.humanized_key}" not in text_of(response)  # nothing left to confirm
    learn(person, agent, "I live in Chicago now.", "Please update my address.")
    fact.refresh_from_db()
    assert fact.value == "Boston"
    noted = Fact.objects.get(memory=memory, key="noted_contradiction")
    assert "location: entered Boston, customer said Chicago" in noted.value


def test_only_ai_facts_offer_confirm(client, builder, agent, person, memory):
    ai = create_fact(memory=memory, key="occupation", value="nurse")
    create_fact(memory=memory, key="location", value="Basel", source=Fact.Source.MANUAL)

    html = text_of(signed_in(client, builder).get(person_url(agent, person)))

    assert f'aria-label="Confirm {ai.humanized_key}"' in html
    assert 'aria-label="Confirm Location"' not in html


@pytest.mark.parametrize(("choice", "expected"), [("keep", "Zurich"), ("take", "Basel")])
def test_a_noted_contradiction_is_resolved_in_one_click(client, builder, agent, person, memory, choice, expected):
    # Stored under an older spelling of the key: the canonical key finds it.
    create_fact(memory=memory, key="city", value="Zurich", source=Fact.Source.MANUAL)
    create_fact(memory=memory, key="noted_contradiction", value="location: entered Zurich, customer said Basel")
    signed_in(client, builder)
    html = text_of(client.get(person_url(agent, person)))
    assert "Noted contradictions" in html
    assert "Keep “Zurich”" in html
    assert "Use “Basel”" in html

    response = client.post(
        person_url(agent, person, "contradiction_resolve"),
        {"item": "location: entered Zurich, customer said Basel", "choice": choice},
        **HTMX,
    )

    location = Fact.objects.get(memory=memory, key="city")
    assert (location.value, location.source) == (expected, "manual")
    assert not Fact.objects.filter(memory=memory, key="noted_contradiction").exists()
    assert "Noted contradictions" not in text_of(response)


def test_resolving_one_of_two_contradictions_keeps_the_other(client, builder, agent, person, memory):
    create_fact(memory=memory, key="age", value="34")
    create_fact(
        memory=memory,
        key="noted_contradiction",
        value="age: said 43, later 34; spouse: entered Tom, customer said Tim",
    )

    signed_in(client, builder).post(
        person_url(agent, person, "contradiction_resolve"), {"item": "age: said 43, later 34", "choice": "take"}
    )

    assert Fact.objects.get(memory=memory, key="age").value == "43"
    noted = Fact.objects.get(memory=memory, key="noted_contradiction")
    assert (noted.value, noted.source) == ("spouse: entered Tom, customer said Tim", "ai")


def test_resolving_a_contradiction_twice_says_it_is_already_resolved(client, builder, agent, person, memory):
    response = signed_in(client, builder).post(
        person_url(agent, person, "contradiction_resolve"), {"item": "age: said 43, later 34", "choice": "keep"}, **HTMX
    )

    assert "This contradiction was already resolved." in text_of(response)


# Notes (item 10)


def test_builder_adds_a_note_shown_with_author_and_time_and_audited(client, builder, agent, person):
    response = signed_in(client, builder).post(
        person_url(agent, person, "note_list"), {"text": "VIP: call back before noon."}, **HTMX
    )

    assert "VIP: call back before noon." in text_of(response)
    assert f"VIP: call back before noon. {builder.get_username()} · just now" in visible_text(response)
    note = Note.objects.get(person=person)
    assert note.author_user == builder
    assert AuditEntry.objects.get(action=AuditEntry.Action.NOTE_ADDED).origin == AuditEntry.Origin.UI


def test_an_empty_note_names_the_field(client, builder, agent, person):
    response = signed_in(client, builder).post(person_url(agent, person, "note_list"), {"text": "  "}, **HTMX)

    assert "Note: Write the note first." in text_of(response)
    assert not Note.objects.exists()


def test_the_author_deletes_their_note_and_it_is_audited(client, builder, agent, person):
    signed_in(client, builder).post(person_url(agent, person, "note_list"), {"text": "Prefers email."})
    note = Note.objects.get()

    response = client.post(person_url(agent, person, "note_delete", note.public_id), **HTMX)

    assert "Prefers email." not in text_of(response)
    assert "Note deleted." in text_of(response)
    assert not Note.objects.exists()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.NOTE_DELETED)
    assert (entry.origin, entry.object_id) == (AuditEntry.Origin.UI, note.public_id)


def test_another_builder_cannot_delete_a_note_but_an_admin_can(client, builder, admin_user, owner, agent, person):
    signed_in(client, owner).post(person_url(agent, person, "note_list"), {"text": "Owner's note."})
    note = Note.objects.get()

    signed_in(client, builder)
    assert 'aria-label="Delete note' not in text_of(client.get(person_url(agent, person)))
    assert client.post(person_url(agent, person, "note_delete", note.public_id)).status_code == 403
    assert Note.objects.exists()

    signed_in(client, admin_user)
    assert client.post(person_url(agent, person, "note_delete", note.public_id), **HTMX).status_code == 200
    assert not Note.objects.exists()


# Provenance (item 11)


def test_a_learned_fact_keeps_the_message_it_came_from_and_the_panel_highlights_it(client, builder, agent, person):
    conversation = learn(person, agent, "My printer jams all the time.", "By the way, I live in Boston.")
    fact = Fact.objects.get(memory__person=person, key="location")
    said = conversation.messages.get(content="By the way, I live in Boston.")
    assert fact.source_messages == [said.public_id]

    signed_in(client, builder)
    assert "Learned from the conversation of" in text_of(client.get(person_url(agent, person)))
    html = text_of(client.get(reverse("customer_memory:fact_source", args=[fact.public_id]), **HTMX))

    assert html.count("learned from this message") == 1
    highlighted = html.split("highlighted")[1]
    assert highlighted.index("I live in Boston") < highlighted.index("</li>")
    assert "My printer jams all the time." in html


def test_a_fact_without_source_messages_shows_its_conversation(client, builder, agent, person, memory):
    conversation = create_conversation(person=person, agent=agent, messages=[(CUSTOMER, "I'm a nurse.")])
    fact = create_fact(memory=memory, source_conversation=conversation)

    html = text_of(
        signed_in(client, builder).get(reverse("customer_memory:fact_source", args=[fact.public_id]), **HTMX)
    )

    assert "I'm a nurse." in html
    assert "learned from this message" not in html


# Undo and focus (B7, B8, item 6)


def test_deleting_a_fact_offers_undo_in_its_place_and_focuses_the_next_fact(client, builder, agent, person, memory):
    first = create_fact(memory=memory, key="occupation", value="nurse", confidence=Fact.Confidence.HIGH)
    second = create_fact(memory=memory, key="location", value="Basel", confidence=Fact.Confidence.LOW)

    response = signed_in(client, builder).post(reverse("customer_memory:fact_delete", args=[first.public_id]), **HTMX)

    html = text_of(response)
    assert html.index("Occupation deleted.") < html.index(f'id="fact-{second.public_id}"')
    assert f'id="fact-{second.public_id}" class="fact" tabindex="-1" autofocus' in html
    entry = AuditEntry.objects.get(action=AuditEntry.Action.FACT_DELETED)
    undo = reverse("customer_memory:fact_restore", args=[agent.public_id, person.public_id, entry.pk])
    assert f'hx-post="{undo}"' in html


def test_cancel_puts_the_row_back_with_focus_and_disables_only_itself(client, builder, agent, person, memory):
    fact = create_fact(memory=memory)
    signed_in(client, builder)

    form = text_of(client.get(reverse("customer_memory:fact_update", args=[fact.public_id]), **HTMX))
    row = text_of(client.get(reverse("customer_memory:fact_detail", args=[fact.public_id]), **HTMX))

    cancel = form[form.index('class="button small cancel"') :]
    assert 'hx-disabled-elt="this"' in cancel[: cancel.index(">")]
    assert f'id="fact-{fact.public_id}" class="fact" tabindex="-1" autofocus' in row


def test_undoing_an_older_edit_asks_first_when_a_newer_edit_exists(client, builder, agent, person, memory):
    fact = create_fact(memory=memory, key="location", value="Boston")
    signed_in(client, builder)
    edit = reverse("customer_memory:fact_update", args=[fact.public_id])
    client.post(edit, {"value": "Cambridge"}, **HTMX)
    client.post(edit, {"value": "Somerville"}, **HTMX)
    older = AuditEntry.objects.filter(action=AuditEntry.Action.FACT_UPDATED).order_by("at", "id").first()
    undo = reverse("customer_memory:fact_restore", args=[agent.public_id, person.public_id, older.pk])

    html = text_of(client.get(person_url(agent, person)))
    assert "it was changed since to “Somerville”. Undoing this replaces the newer value. Undo anyway?" in html

    refused = text_of(client.post(undo, **HTMX))
    fact.refresh_from_db()
    assert fact.value == "Somerville"
    assert "Location: it was changed since to “Somerville”. Undoing this replaces that with “Boston”." in refused
    assert "Undo anyway" in refused

    client.post(undo, {"replace_newer": "1"}, **HTMX)
    fact.refresh_from_db()
    assert fact.value == "Boston"


def test_undoing_the_latest_edit_does_not_ask(client, builder, agent, person, memory):
    fact = create_fact(memory=memory, key="location", value="Boston")
    signed_in(client, builder)
    client.post(reverse("customer_memory:fact_update", args=[fact.public_id]), {"value": "Cambridge"}, **HTMX)
    entry = AuditEntry.objects.get(action=AuditEntry.Action.FACT_UPDATED)

    client.post(reverse("customer_memory:fact_restore", args=[agent.public_id, person.public_id, entry.pk]), **HTMX)

    fact.refresh_from_db()
    assert fact.value == "Boston"

"""The person panel in headless Chromium (issue 15): privacy in place, curating memory, notes, provenance,
undo and focus after each action.

Screenshots of the panel at desktop width and at 390 px are saved in artifacts/screenshots/.
"""

from __future__ import annotations

import json
from typing import Any

from django.db import connection
from playwright.sync_api import expect

from conftest import PASSWORD
from conversations.models import Person
from conversations.tests.factories import create_conversation
from customer_memory import tasks
from customer_memory.models import Fact, Memory, Note
from tenants.roles import Role
from tenants.users import create_user
from tests.screens import screenshot
from tests.test_browser import AGENT, CUSTOMER, build_shop, log_in

LABEL = "+41791234567"


def open_panel(page: Any, base_url: str, shop: Any) -> Any:
    page.goto(f"{base_url}/agents/{shop.agent.public_id}/people/")
    page.get_by_role("region", name="People").get_by_text(LABEL).click()
    panel = page.locator("#person-panel")
    panel.get_by_role("heading", name=LABEL).wait_for()
    return panel


def focused(page: Any) -> str:
    """The focused element's id, or its text when it has none."""
    return page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()")


def learn(shop: Any, *customer_messages: str) -> Any:
    """A closed conversation learned from, as the task does after it closes."""
    messages = []
    for text in customer_messages:
        messages += [(CUSTOMER, text), (AGENT, "Thanks, noted.")]
    conversation = create_conversation(person=shop.person, agent=shop.agent, messages=messages)
    tasks.extract_memory(connection.schema_name, conversation.pk)
    return conversation


def test_owner_exports_and_erases_a_person_from_the_panel(live_tenant, base_url, quiet_page):
    page = quiet_page
    shop = build_shop()
    create_user(email="owner@acme.test", password=PASSWORD, role=Role.OWNER)
    log_in(page, base_url, "owner@acme.test")
    panel = open_panel(page, base_url, shop)
    privacy = panel.get_by_role("region", name="Privacy")
    privacy.scroll_into_view_if_needed()
    screenshot(page, "panel-privacy")

    with page.expect_download() as download:
        privacy.get_by_role("link", name="Export data (JSON)").click()
    document = json.loads(download.value.path().read_text())
    assert download.value.suggested_filename == f"{shop.person.public_id}.json"
    facts = {fact["key"]: fact["value"] for fact in document["memories"][0]["facts"]}
    assert facts["occupation"] == "nurse"

    privacy.get_by_role("link", name="Erase person…").click()
    dialog = page.get_by_role("dialog", name=f"Erase {LABEL}?")
    dialog.get_by_text("This cannot be undone.").wait_for()
    expect(dialog.get_by_label(f"Type {LABEL} to confirm")).to_be_focused()
    dialog.get_by_label(f"Type {LABEL} to confirm").fill("+4179")
    dialog.get_by_role("button", name="Erase everything").click()
    dialog.get_by_text(f"Confirmation: Type “{LABEL}” exactly to confirm the erasure.").wait_for()
    assert Person.objects.filter(pk=shop.person.pk).exists()
    screenshot(page, "panel-erase-dialog")

    dialog.get_by_label(f"Type {LABEL} to confirm").fill(LABEL)
    dialog.get_by_role("button", name="Erase everything").click()
    page.locator("#person-panel").get_by_text(f"{LABEL} was erased").wait_for()
    people = page.get_by_role("region", name="People")
    expect(people.get_by_text(LABEL)).to_have_count(0)
    expect(people.locator(".person-row")).to_have_count(4)
    expect(people.locator("#people-count")).to_have_text("4 people")  # was 5
    assert page.evaluate("document.activeElement.classList.contains('person-row')")
    assert not Person.objects.filter(pk=shop.person.pk).exists()
    screenshot(page, "panel-erased")


def test_builder_sees_no_export_or_erase_and_gets_403_by_url(live_tenant, base_url, quiet_page):
    page = quiet_page
    shop = build_shop()
    create_user(email="builder@acme.test", password=PASSWORD, role=Role.BUILDER)
    log_in(page, base_url, "builder@acme.test")
    panel = open_panel(page, base_url, shop)

    assert panel.get_by_role("region", name="Privacy").count() == 0
    assert panel.get_by_text("Export data").count() == 0
    assert panel.get_by_text("Erase person").count() == 0
    person_url = f"{base_url}/agents/{shop.agent.public_id}/people/{shop.person.public_id}"
    assert page.goto(f"{person_url}/export/").status == 403
    assert page.goto(f"{person_url}/erase/").status == 403
    page.get_by_role("heading", name="You don’t have access to this page").wait_for()


def test_builder_curates_memory(live_tenant, base_url, quiet_page):
    page = quiet_page
    shop = build_shop()
    create_user(email="builder@acme.test", password=PASSWORD, role=Role.BUILDER)
    page.set_viewport_size({"width": 1280, "height": 1400})
    log_in(page, base_url, "builder@acme.test")
    panel = open_panel(page, base_url, shop)
    memory = panel.get_by_role("region", name="Memory")

    # Add a fact: Cancel puts the focus back; a key without letters or digits is refused, naming the field.
    memory.get_by_role("link", name="Add fact").click()
    memory.get_by_role("form", name="Add a fact").get_by_role("link", name="Cancel").click()
    expect(memory.get_by_role("link", name="Add fact")).to_be_focused()
    memory.get_by_role("link", name="Add fact").click()
    form = memory.get_by_role("form", name="Add a fact")
    expect(form.get_by_label("Key")).to_be_focused()
    form.get_by_label("Key").fill("!!!")
    form.get_by_label("Value").fill("After 6 pm")
    form.get_by_role("button", name="Add fact").click()
    form.get_by_text("Key: Enter a key made of letters or digits.").wait_for()
    expect(form.get_by_label("Key")).to_have_attribute("aria-invalid", "true")
    screenshot(page, "panel-add-fact-error")
    form.get_by_label("Key").fill("Preferred contact time")
    form.get_by_label("Confidence").select_option(label="Medium")
    form.get_by_role("button", name="Add fact").click()
    memory.get_by_text("After 6 pm").wait_for()
    added = Fact.objects.get(memory=shop.memory, key="preferred_contact_time")
    assert (added.source, added.confidence) == ("manual", "medium")
    assert focused(page) == f"fact-{added.public_id}"

    # Confirm the AI's city: it becomes manual, and the AI no longer changes it.
    memory.get_by_text("Zurich", exact=True).hover()
    memory.get_by_role("button", name="Confirm City").click()
    city_row = memory.locator(f"#fact-{shop.city.public_id}")
    city_row.get_by_text("Manual").wait_for()
    assert focused(page) == f"fact-{shop.city.public_id}"

    # Edit the summary: it is kept as written until the next extraction folds into it.
    memory.get_by_role("link", name="Edit the summary").click()
    memory.get_by_label("Conversation summary").fill("Anna is a night nurse; deliver after 2 pm only.")
    memory.get_by_role("button", name="Save summary").click()
    memory.get_by_text("Edited by hand").wait_for()
    assert focused(page) == "summary-edit"
    screenshot(page, "panel-curated")

    learn(shop, "I live in Basel now, we moved last month.", "My parcel went to the old address in Zurich.")
    page.reload()
    memory = page.locator("#person-panel").get_by_role("region", name="Memory")
    summary = memory.locator("blockquote.summary").inner_text()
    assert summary.startswith("Anna is a night nurse; deliver after 2 pm only.")
    assert len(summary) > len("Anna is a night nurse; deliver after 2 pm only.")
    assert memory.get_by_text("Edited by hand").count() == 0
    city = Fact.objects.get(pk=shop.city.pk)
    assert city.value == "Zurich"

    # The AI heard another city than the confirmed one: resolved in one click.
    contradictions = memory.get_by_role("group", name="Noted contradictions")
    contradictions.get_by_text("location: entered Zurich, customer said Basel").wait_for()
    screenshot(page, "panel-contradiction")
    contradictions.get_by_role("button", name="Use “Basel”").click()
    memory.get_by_role("group", name="Noted contradictions").wait_for(state="detached")
    page.locator(f"#fact-{shop.city.public_id}").get_by_text("Basel", exact=True).wait_for()
    assert Fact.objects.get(pk=shop.city.pk).value == "Basel"
    assert focused(page) == f"fact-{shop.city.public_id}"
    assert Memory.objects.get(pk=shop.memory.pk).summary_source == "ai"


def test_builder_adds_and_deletes_notes(live_tenant, base_url, quiet_page):
    page = quiet_page
    shop = build_shop()
    create_user(email="builder@acme.test", password=PASSWORD, role=Role.BUILDER)
    log_in(page, base_url, "builder@acme.test")
    panel = open_panel(page, base_url, shop)
    notes = panel.get_by_role("region", name="Notes")

    notes.get_by_role("button", name="Add note").click()  # empty: the field is named
    notes.get_by_text("Note: Write the note first.").wait_for()
    notes.get_by_label("Note", exact=True).fill("VIP: call back before noon.")
    notes.get_by_role("button", name="Add note").click()
    notes.get_by_text("VIP: call back before noon.").wait_for()
    notes.get_by_text("builder@acme.test · just now").wait_for()
    notes.get_by_label("Note", exact=True).fill("Prefers email over phone.")
    notes.get_by_role("button", name="Add note").click()
    notes.get_by_text("Prefers email over phone.").wait_for()
    newest = Note.objects.get(text="Prefers email over phone.")
    assert focused(page) == f"note-{newest.public_id}"
    notes.scroll_into_view_if_needed()
    screenshot(page, "panel-notes")

    page.once("dialog", lambda dialog: dialog.accept())
    notes.get_by_role("button", name="Delete note: Prefers email over phone.").click()
    notes.get_by_text("Note deleted.").wait_for()
    expect(notes.get_by_text("Prefers email over phone.")).to_have_count(0)
    older = Note.objects.get()
    assert focused(page) == f"note-{older.public_id}"


def test_learned_from_opens_the_conversation_inline_with_the_message_highlighted(live_tenant, base_url, quiet_page):
    page = quiet_page
    shop = build_shop()
    create_user(email="builder@acme.test", password=PASSWORD, role=Role.BUILDER)
    learn(shop, "My router keeps restarting.", "By the way, my daughter is called Mia.")
    fact = Fact.objects.get(memory=shop.memory, key="daughter")
    log_in(page, base_url, "builder@acme.test")
    panel = open_panel(page, base_url, shop)
    url = page.url

    row = panel.locator(f"#fact-{fact.public_id}")
    row.get_by_text("Learned from the conversation of").click()
    highlighted = row.locator(".message.highlighted")
    highlighted.get_by_text("By the way, my daughter is called Mia.").wait_for()
    assert highlighted.get_by_text("learned from this message").is_visible()
    expect(row.locator(".message.highlighted")).to_have_count(1)
    assert row.get_by_text("My router keeps restarting.").is_visible()
    assert page.url == url  # inline, not a page of its own
    screenshot(page, "panel-provenance")


def test_focus_returns_after_each_action_and_undo_asks_before_replacing_a_newer_edit(live_tenant, base_url, quiet_page):
    page = quiet_page
    shop = build_shop()
    create_user(email="builder@acme.test", password=PASSWORD, role=Role.BUILDER)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    log_in(page, base_url, "builder@acme.test")
    panel = open_panel(page, base_url, shop)
    memory = panel.get_by_role("region", name="Memory")
    occupation = f"fact-{shop.occupation.public_id}"

    # Esc leaves an inline edit and focus returns to the fact (B7); Cancel logs no htmx error.
    memory.get_by_text("nurse", exact=True).hover()
    memory.get_by_role("link", name="Edit Occupation").click()
    memory.get_by_role("textbox", name="Occupation").press("Escape")
    page.locator(f"#{occupation}").get_by_text("nurse", exact=True).wait_for()
    expect(page.locator(f"#{occupation}")).to_be_focused()
    memory.get_by_role("link", name="Edit Occupation").click()
    memory.get_by_role("link", name="Cancel").click()
    expect(page.locator(f"#{occupation}")).to_be_focused()
    assert not [text for text in errors if "hx-disabled-elt" in text or "returned no matches" in text]

    # Delete: an Undo where the fact was, focus on the next fact.
    facts = memory.locator(".facts > li")
    order = [facts.nth(i).get_attribute("id") for i in range(facts.count())]
    memory.get_by_text("nurse", exact=True).hover()
    memory.get_by_role("button", name="Delete Occupation").click()
    undo = memory.get_by_role("status").filter(has_text="Occupation deleted.")
    undo.wait_for()
    assert memory.locator(".facts > li").first.inner_text().startswith("Occupation deleted.")
    assert focused(page) == order[1]
    screenshot(page, "panel-undo-in-place")
    undo.get_by_role("button", name="Undo").click()
    page.locator(f"#{occupation}").get_by_text("nurse", exact=True).wait_for()
    assert focused(page) == occupation

    # Two edits; undoing the older one asks first (B8).
    for value in ("midwife", "doula"):
        memory.get_by_text(Fact.objects.get(memory=shop.memory, key="occupation").value, exact=True).hover()
        memory.get_by_role("link", name="Edit Occupation").click()
        memory.get_by_role("textbox", name="Occupation").fill(value)
        memory.get_by_role("button", name="Save").click()
        page.locator(f"#{occupation}").get_by_text(value, exact=True).wait_for()
    history = panel.get_by_role("region", name="History")
    history.get_by_text("Changed Occupation: midwife → doula").wait_for()
    older = history.get_by_role("button", name="Undo: Changed Occupation: nurse → midwife")
    asked: list[str] = []

    def decline(dialog: Any) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", decline)
    older.click()
    page.wait_for_timeout(300)
    assert asked
    assert "it was changed since to “doula”" in asked[0]
    assert Fact.objects.get(memory=shop.memory, key="occupation").value == "doula"
    page.once("dialog", lambda dialog: dialog.accept())
    older.click()
    page.locator(f"#{occupation}").get_by_text("nurse", exact=True).wait_for()
    assert Fact.objects.get(memory=shop.memory, key="occupation").value == "nurse"

    # Clear memory: the confirmation says it cannot be undone; focus on the Memory heading.
    cleared: list[str] = []
    page.once("dialog", lambda dialog: (cleared.append(dialog.message), dialog.accept()))
    memory.get_by_role("link", name="Clear memory").click()
    memory.get_by_text("This can't be undone.").wait_for()
    assert "This cannot be undone: History keeps who cleared it and when, without the values." in cleared[0]
    assert focused(page) == "memory-title"


def test_panel_screens_at_desktop_and_phone_width(live_tenant, base_url, quiet_page):
    page = quiet_page
    shop = build_shop()
    create_user(email="owner@acme.test", password=PASSWORD, role=Role.OWNER)
    Fact.objects.create(
        memory=shop.memory, key="noted_contradiction", value="delivery window: said after 2 pm, later after 4 pm"
    )
    Note.objects.create(person=shop.person, text="VIP: call back before noon.", author="owner@acme.test")
    log_in(page, base_url, "owner@acme.test")
    page.set_viewport_size({"width": 1280, "height": 1600})
    open_panel(page, base_url, shop)
    screenshot(page, "panel-desktop")

    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    panel = page.locator("#person-panel")
    panel.get_by_role("region", name="Memory").get_by_role("link", name="Add fact").click()
    panel.get_by_role("form", name="Add a fact").wait_for()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    screenshot(page, "panel-390")

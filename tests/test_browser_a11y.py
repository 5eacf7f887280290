"""Keyboard, screen-reader feedback, busy states and axe-core on every screen, in headless Chromium
(issue 15, items 6 and 7).

axe-core is vendored for the tests only (tests/vendor/axe.min.js, never served) and injected into each
page. Every screen is checked in light and dark colour schemes, at desktop width and at 390 px, and
saved as a screenshot (artifacts/screenshots/a11y-<screen>-<scheme>-<width>.png).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from playwright.sync_api import expect

from conftest import PASSWORD
from conversations import recordings
from conversations.models import Agent, Person
from conversations.tests import audio
from customer_memory import knowledge, services
from customer_memory.models import Fact, KnowledgeEntry
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry
from tenants.roles import Role
from tenants.users import create_user
from tests.screens import SCREENSHOT_DIR, screenshot
from tests.test_browser import build_shop, log_in

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
LABEL = "+41791234567"
SECOND = "+41441234567"  # the second row: the voice caller two hours ago
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "390": {"width": 390, "height": 844}}
# Holds every XMLHttpRequest back for a while, so a test can see what a request in flight looks like.
# Every htmx request waits 1.5 s before it leaves, so its busy state can be seen. History reloads after the
# action that changed memory has answered; they wait 3.5 s, or on a loaded machine the reload could be over
# before the test looks at it.
SLOW_REQUESTS = """
(() => {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.slowFor = String(url).includes("/history/") ? 3500 : 1500;
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (body) { setTimeout(() => send.call(this, body), this.slowFor); };
})()
"""


@pytest.fixture
def a11y_page(live_tenant: Any, browser: Any) -> Iterator[Any]:
    """A page that may inject axe: the app's Content-Security-Policy allows no inline script."""
    assert connection.settings_dict["NAME"].startswith("test_"), "browser tests must run on a test database"
    context = browser.new_context(viewport=WIDTHS["desktop"], bypass_csp=True)
    page = context.new_page()
    yield page
    page.wait_for_load_state("networkidle")
    context.close()


def focused(page: Any) -> dict[str, str]:
    return page.evaluate(
        """() => { const e = document.activeElement;
                   return {tag: e.tagName, id: e.id, href: e.getAttribute('href') || '', text: e.textContent.trim()} }"""
    )


def shop_signed_in(page: Any, base_url: str, role: str = Role.BUILDER) -> Any:
    """build_shop()'s agent and people, and a user of this role signed in."""
    shop = build_shop()
    email = f"{role}@acme.test"
    create_user(email=email, password=PASSWORD, role=role)
    log_in(page, base_url, email)
    return shop


def row_of(page: Any, person: Person) -> Any:
    return page.locator(f'a.person-row[href*="/{person.public_id}/"]')


def serious_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now, one readable line each."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        """async () => {
             const results = await axe.run(document, {resultTypes: ['violations']});
             return results.violations
               .filter(v => v.impact === 'serious' || v.impact === 'critical')
               .map(v => ({id: v.id, impact: v.impact, help: v.help,
                           nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary.replace(/\\s+/g, ' '))}));
           }"""
    )
    return [f"{v['impact']} {v['id']} ({v['help']}): {' | '.join(v['nodes'])}" for v in violations]


def check_everywhere(page: Any, name: str, found: dict[str, list[str]]) -> None:
    """axe and a screenshot in light and dark, at desktop width and at 390 px; the page is left as found."""
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        for width, size in WIDTHS.items():
            page.set_viewport_size(size)
            # The media queries' layout, and every CSS transition the switch started (the admin's buttons
            # fade their background over 0.15 s), finished before axe measures colours and sizes.
            page.wait_for_timeout(50)
            page.evaluate(
                """() => Promise.all(document.getAnimations()
                     .filter(a => a.effect && a.effect.getTiming().iterations !== Infinity)
                     .map(a => a.finished.catch(() => null)))"""
            )
            problems = serious_violations(page)
            if problems:
                found[f"{name} {scheme} {width}"] = problems
            screenshot(page, f"a11y-{name}-{scheme}-{width}")
    page.emulate_media(color_scheme="light")
    page.set_viewport_size(WIDTHS["desktop"])


def make_history(shop: Any) -> None:
    """An edit and a deletion, so the History section has entries with Undo."""
    actor = Actor(origin=AuditEntry.Origin.UI, name="owner@acme.test")
    services.update_fact(shop.city, value="Basel", actor=actor)
    services.delete_fact(Fact.objects.get(memory=shop.memory, key="delivery_window"), actor=actor)


# Keyboard


def test_arrows_and_enter_open_a_person_esc_closes_it_and_focus_returns_to_its_row(live_tenant, base_url, a11y_page):
    page = a11y_page
    shop = shop_signed_in(page, base_url)
    second = Person.objects.get(channel_identifier=SECOND)
    people_url = f"{base_url}/agents/{shop.agent.public_id}/people/"
    page.goto(people_url)

    # j goes to the first row; arrows move; Enter opens the row in focus.
    page.keyboard.press("j")
    assert LABEL in focused(page)["text"]
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    assert focused(page)["href"].startswith(f"/agents/{shop.agent.public_id}/people/{second.public_id}/")
    screenshot(page, "a11y-keyboard-row-focus")
    page.keyboard.press("Enter")

    panel = page.locator("#person-panel")
    expect(panel.get_by_role("heading", name=SECOND, level=2)).to_be_visible()
    expect(page).to_have_url(re.compile(f"/people/{second.public_id}/"))
    # Announced, and focus on the panel's heading.
    expect(page.locator("#announcer")).to_have_text(f"Opened {SECOND}")
    assert focused(page)["id"] == "person-title"
    screenshot(page, "a11y-keyboard-opened")

    # Esc: the panel closes, the URL is the list's, focus is back on the row that opened it.
    page.keyboard.press("Escape")
    expect(panel).to_contain_text("Select a person")
    expect(page).to_have_url(people_url)
    expect(row_of(page, second)).to_be_focused()
    expect(page.locator("#announcer")).to_have_text(f"Closed {SECOND}")
    expect(row_of(page, second)).not_to_have_attribute("aria-current", "true")

    # Back opens it again (the URL was pushed), the same page as a link to it.
    page.go_back()
    expect(panel.get_by_role("heading", name=SECOND, level=2)).to_be_visible()


def test_slash_goes_to_the_search_and_shortcuts_do_nothing_while_typing(live_tenant, base_url, a11y_page):
    page = a11y_page
    shop = shop_signed_in(page, base_url)
    page.goto(f"{base_url}/agents/{shop.agent.public_id}/people/")
    search = page.get_by_role("searchbox", name="Search people by name, phone, email or identifier")
    expect(page.locator(".search-key")).to_be_visible()  # the "/" hint in the search box

    page.keyboard.press("/")
    expect(search).to_be_focused()
    expect(search).to_have_value("")  # the slash is not typed
    page.keyboard.type("j")
    expect(search).to_be_focused()
    expect(search).to_have_value("j")
    page.keyboard.press("?")
    expect(search).to_have_value("j?")
    expect(page.get_by_role("dialog", name="Keyboard shortcuts")).to_be_hidden()

    # In the notes' textarea, j and Esc are text and editing, not moving or closing.
    expect(page.locator("#people-list")).to_contain_text("No one matches “j?”")
    search.fill("")
    expect(page.locator(".person-row")).to_have_count(5)
    page.get_by_role("region", name="People").get_by_text(LABEL).click()
    panel = page.locator("#person-panel")
    notes = panel.get_by_role("textbox", name="Note")
    notes.click()
    page.keyboard.type("jk/")
    page.keyboard.press("Escape")
    expect(notes).to_have_value("jk/")
    expect(notes).to_be_focused()
    expect(panel.get_by_role("heading", name=LABEL, level=2)).to_be_visible()

    # Outside fields, j from the open person goes to the next row; ? lists the shortcuts.
    panel.get_by_role("heading", name=LABEL, level=2).click()
    page.keyboard.press("j")
    assert SECOND in focused(page)["text"]
    page.keyboard.press("?")
    shortcuts = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(shortcuts).to_be_visible()
    expect(shortcuts).to_contain_text("Move between people")
    screenshot(page, "a11y-shortcuts")
    page.keyboard.press("Escape")
    expect(shortcuts).to_be_hidden()
    assert SECOND in focused(page)["text"]  # the dialog gave focus back


def test_chats_move_with_arrows_open_with_enter_and_close_with_esc(live_tenant, base_url, a11y_page):
    page = a11y_page
    shop = shop_signed_in(page, base_url)
    page.goto(f"{base_url}/chats/agents/{shop.agent.public_id}/")
    chats = page.locator("details.chat")

    page.keyboard.press("j")
    expect(chats.nth(0).locator("summary")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(chats.nth(1).locator("summary")).to_be_focused()
    screenshot(page, "a11y-keyboard-chat-focus")
    page.keyboard.press("Enter")
    expect(chats.nth(1)).to_have_attribute("open", "")
    expect(chats.nth(1).locator(".message").first).to_be_visible()
    page.keyboard.press("k")
    expect(chats.nth(0).locator("summary")).to_be_focused()
    page.keyboard.press("Escape")  # closes the open one, focus on its row
    expect(chats.nth(1)).not_to_have_attribute("open", "")
    expect(chats.nth(1).locator("summary")).to_be_focused()


# Feedback


def test_clear_memory_says_what_happened_in_a_toast(live_tenant, base_url, a11y_page):
    page = a11y_page
    shop = shop_signed_in(page, base_url)
    page.goto(f"{base_url}/agents/{shop.agent.public_id}/people/{shop.person.public_id}/")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("link", name="Clear memory").click()
    toast = page.locator("#toasts .toast")
    expect(toast).to_have_text("Memory cleared (3 facts deleted). This can't be undone.")
    expect(page.locator("#memory-section")).to_contain_text("No facts learned yet.")
    screenshot(page, "a11y-clear-toast")


def busy_screenshot(spinner: Any, name: str) -> None:
    """The panel's section around a turning spinner (a full-page screenshot misses the panel's scrolled part)."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    section = spinner.locator("xpath=ancestor::*[contains(concat(' ', @class, ' '), ' section ')][1]")
    section.screenshot(path=str(SCREENSHOT_DIR / f"a11y-busy-{name}.png"), animations="disabled")


def busy(control: Any, region: Any, spinner: Any, shot: str = "") -> None:
    """While the request runs: the control is disabled, the region it replaces is aria-busy and the spinner
    next to the control turns (visible, saved as a screenshot when `shot` names one); then the region is back
    to normal."""
    expect(control).to_be_disabled() if control.evaluate("e => e.tagName") == "BUTTON" else expect(
        control
    ).to_have_attribute("disabled", "")
    loading(region, spinner, shot)


def loading(region: Any, spinner: Any, shot: str = "") -> None:
    """A lazy section while it loads: its spinner turns, then the region is back to normal."""
    expect(region).to_have_attribute("aria-busy", "true")
    expect(spinner).to_be_visible()
    expect(spinner).to_have_css("opacity", "1")
    if shot:
        busy_screenshot(spinner, shot)
    expect(region).not_to_have_attribute("aria-busy", "true", timeout=10_000)


def test_every_panel_action_is_busy_while_its_request_runs(live_tenant, base_url, a11y_page):
    page = a11y_page
    shop = shop_signed_in(page, base_url, Role.OWNER)
    page.goto(f"{base_url}/agents/{shop.agent.public_id}/people/{shop.person.public_id}/")
    page.evaluate(SLOW_REQUESTS)
    panel = page.locator("#person-panel")
    memory = page.locator("#memory-section")
    city = page.locator(f"#fact-{shop.city.public_id}")

    # Edit a fact (opening the form, then saving it): the row's spinner, then the form's.
    memory.get_by_text("Zurich", exact=True).hover()
    edit = memory.get_by_role("link", name="Edit City")
    edit.click()
    busy(edit, city, city.locator("> .spinner"), "fact-edit")
    memory.get_by_role("textbox", name="City").fill("Basel")
    save = memory.get_by_role("button", name="Save")
    save.click()
    busy(save, city, page.locator(f"#fact-{shop.city.public_id}-indicator"), "fact-save")

    # Delete a fact.
    memory.get_by_text("Basel", exact=True).hover()
    delete = memory.get_by_role("button", name="Delete City")
    delete.click()
    busy(delete, memory, city.locator("> .spinner"))

    # Add a fact.
    add = memory.get_by_role("link", name="Add fact")
    add.click()
    busy(add, memory, page.locator("#memory-indicator"))
    page.locator("#memory-section").get_by_label("Key").fill("pet")
    page.locator("#memory-section").get_by_label("Value").fill("a cat called Miso")
    add_button = page.locator("#memory-section").get_by_role("button", name="Add fact")
    add_button.click()
    busy(add_button, page.locator("#memory-section"), add_button.locator(".spinner"))

    # A note.
    panel.get_by_role("textbox", name="Note").fill("Prefers email.")
    add_note = panel.get_by_role("button", name="Add note")
    add_note.click()
    busy(add_note, page.locator("#notes-section"), page.locator("#notes-section .note-form .spinner"), "note-add")

    # Clear memory.
    page.once("dialog", lambda dialog: dialog.accept())
    clear = page.locator("#memory-section").get_by_role("link", name="Clear memory")
    clear.click()
    busy(clear, page.locator("#memory-section"), page.locator("#memory-indicator"))

    # Erase: the dialog's link, then the form.
    erase_link = panel.get_by_role("link", name="Erase person…")
    erase_link.click()
    busy(erase_link, page.locator("#erase-slot"), page.locator("#erase-open-indicator"))
    dialog = page.get_by_role("dialog", name=f"Erase {LABEL}?")
    dialog.get_by_label(f"Type {LABEL} to confirm").fill("wrong")
    erase = dialog.get_by_role("button", name="Erase everything")
    erase.click()
    busy(erase, page.locator("#erase-form"), page.locator("#erase-indicator"))
    dialog.get_by_role("link", name="Cancel").click()

    # Filters: the list is busy and the search box's spinner turns.
    page.get_by_label("Channel").select_option(label="WhatsApp")
    expect(page.locator("#people-list")).to_have_attribute("aria-busy", "true")
    expect(page.locator("#people-list-search-indicator")).to_have_css("opacity", "1")
    expect(page.locator("#people-list")).not_to_have_attribute("aria-busy", "true", timeout=10_000)


def test_curating_undoing_and_lazy_loads_show_a_spinner_while_their_request_runs(live_tenant, base_url, a11y_page):
    page = a11y_page
    shop = shop_signed_in(page, base_url, Role.OWNER)
    make_history(shop)  # City: Zurich → Basel, and Delivery window deleted: two Undo buttons in History
    services.add_note(shop.person, text="Prefers email.", actor=Actor(origin=AuditEntry.Origin.CLI))
    page.goto(f"{base_url}/agents/{shop.agent.public_id}/people/{shop.person.public_id}/")
    page.evaluate(SLOW_REQUESTS)
    page.on("dialog", lambda dialog: dialog.accept())
    panel = page.locator("#person-panel")
    memory = page.locator("#memory-section")
    history = page.locator("#history-section")
    occupation = page.locator(f"#fact-{shop.occupation.public_id}")

    # The lazy <details>: where a fact was learned, a conversation's thread, the agent's-view preview.
    source = page.locator(f"#fact-{shop.occupation.public_id}-source")
    source.locator("summary").click()
    loading(source.locator(".thread"), source.locator(".thread .spinner"), "provenance")
    expect(source.locator(".message").first).to_be_visible()

    conversation = panel.locator(".conversations details").first
    conversation.locator("summary").click()
    loading(conversation.locator(".thread"), conversation.locator(".thread .spinner"), "conversation")
    expect(conversation.locator(".message").first).to_be_visible()

    preview = page.locator("#agent-view")
    preview.locator("summary").click()
    loading(preview.locator(".agent-view-body"), page.locator("#agent-view-title .spinner"), "preview")

    # Confirm an AI fact; History (and the open preview) reload after it, each with its spinner.
    occupation.hover()
    confirm = memory.get_by_role("button", name="Confirm Occupation")
    confirm.click()
    busy(confirm, memory, occupation.locator("> .spinner"), "fact-confirm")
    loading(history, page.locator("#history-title .spinner"), "history")
    expect(history).to_contain_text("Confirmed Occupation")

    # The summary's editor: opening it, then saving.
    edit_summary = memory.get_by_role("link", name="Edit the summary")
    edit_summary.click()
    busy(edit_summary, memory, page.locator("#summary-indicator"), "summary-edit")
    memory.get_by_role("textbox", name="Conversation summary").fill("Anna, a nurse in Basel; deliveries after 2 pm.")
    save_summary = memory.get_by_role("button", name="Save summary")
    save_summary.click()
    busy(save_summary, memory, page.locator("#summary-form-indicator"), "summary-save")
    expect(memory).to_contain_text("Anna, a nurse in Basel")

    # Undo after a delete, where the fact was.
    occupation.hover()
    delete = memory.get_by_role("button", name="Delete Occupation")
    delete.click()
    busy(delete, memory, occupation.locator("> .spinner"))
    undo = memory.get_by_role("button", name="Undo")
    undo.click()
    busy(undo, memory, memory.locator(".undo .spinner"), "undo")
    expect(memory.get_by_text("nurse", exact=True)).to_be_visible()
    loading(history, page.locator("#history-title .spinner"))
    expect(history).to_contain_text("Restored Occupation")

    # Undo in History (an older edit, asked first).
    history_undo = history.get_by_role("button", name="Undo: Changed City: Zurich → Basel")
    history_undo.click()
    busy(history_undo, memory, history_undo.locator("xpath=..").locator(".spinner"), "history-undo")
    expect(memory.get_by_text("Zurich", exact=True)).to_be_visible()

    # Deleting a note.
    delete_note = panel.get_by_role("button", name="Delete note: Prefers email.")
    delete_note.click()
    busy(
        delete_note, page.locator("#notes-section"), delete_note.locator("xpath=..").locator(".spinner"), "note-delete"
    )
    expect(page.locator("#notes-section")).to_contain_text("Note deleted.")

    # None turns when nothing runs (a History reload the last action started may still be waiting to leave).
    expect(page.locator("[aria-busy=true]")).to_have_count(0, timeout=10_000)
    page.wait_for_load_state("networkidle")
    for spinner in panel.locator(".spinner").all():
        expect(spinner).to_have_css("opacity", "0")


def test_an_answer_sent_to_another_region_leaves_nothing_busy(live_tenant, base_url, a11y_page):
    page = a11y_page
    shop = shop_signed_in(page, base_url, Role.OWNER)
    make_history(shop)
    page.goto(f"{base_url}/agents/{shop.agent.public_id}/people/{shop.person.public_id}/")
    history = page.locator("#history-section")
    undo = history.get_by_role("button", name="Undo: Changed City: Zurich → Basel")
    expect(undo).to_be_visible()
    # Someone else changes the city after the page was shown: Undo is asked about in History instead.
    services.update_fact(
        Fact.objects.get(pk=shop.city.pk), value="Bern", actor=Actor(origin=AuditEntry.Origin.UI, name="ben@acme.test")
    )

    undo.click()

    expect(history.get_by_role("button", name="Undo anyway: Changed City: Zurich → Basel")).to_be_visible()
    expect(page.locator("#memory-section")).not_to_have_attribute("aria-busy", "true")


# axe-core


def test_axe_finds_no_serious_violation_on_any_screen(live_tenant, base_url, a11y_page):
    page = a11y_page
    shop = build_shop()
    make_history(shop)
    # The message the occupation was learned from, highlighted when its source is opened.
    nurse = shop.conversation.messages.get(content__contains="night shifts")
    Fact.objects.filter(pk=shop.occupation.pk).update(source_messages=[nurse.public_id])
    # The voice caller's call has a recording: its thread opens with the audio player.
    caller = Person.objects.get(channel_identifier=SECOND)
    call = caller.conversations.get()
    recordings.attach_recording(call, upload=SimpleUploadedFile("call.wav", audio.wav_bytes(seconds=2)))
    create_user(email="owner@acme.test", password=PASSWORD, role=Role.OWNER)
    found: dict[str, list[str]] = {}
    person_url = f"{base_url}/agents/{shop.agent.public_id}/people/{shop.person.public_id}/"
    caller_url = f"{base_url}/agents/{shop.agent.public_id}/people/{caller.public_id}/"

    page.goto(f"{base_url}/login/")
    check_everywhere(page, "login", found)
    page.get_by_label("Email").fill("owner@acme.test")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("alert").wait_for()
    check_everywhere(page, "login-error", found)
    log_in(page, base_url, "owner@acme.test")
    check_everywhere(page, "agents", found)

    page.goto(f"{base_url}/agents/{shop.agent.public_id}/configure/")
    check_everywhere(page, "configure", found)

    page.goto(f"{base_url}/agents/{shop.agent.public_id}/people/")
    check_everywhere(page, "people", found)
    page.keyboard.press("?")
    page.get_by_role("dialog", name="Keyboard shortcuts").wait_for()
    check_everywhere(page, "shortcuts", found)
    page.keyboard.press("Escape")

    page.goto(person_url)
    panel = page.locator("#person-panel")
    check_everywhere(page, "person", found)

    # The panel's History, the agent's-view preview and a conversation open.
    history = panel.get_by_role("region", name="History")
    history.get_by_text("Changed City: Zurich → Basel").wait_for()
    panel.get_by_text("What the agent will see").click()
    panel.locator(".agent-view-body pre, .agent-view-body .context-text").first.wait_for()
    panel.locator(".conversations summary").first.click()
    panel.locator(".conversations .message").first.wait_for()
    history.scroll_into_view_if_needed()
    check_everywhere(page, "person-history-preview", found)

    # Where a fact was learned: its conversation open inline in the panel, the message highlighted.
    page.goto(person_url)
    source = panel.locator(f"#fact-{shop.occupation.public_id}-source")
    source.locator("summary").click()
    source.locator(".message.highlighted").scroll_into_view_if_needed()
    check_everywhere(page, "person-provenance", found)

    # A voice call with its recording: the <audio> player, loaded, above the thread.
    page.goto(caller_url)
    player = panel.locator(f"#conversation-{call.public_id} audio")
    panel.locator(f"#conversation-{call.public_id} summary").click()
    page.wait_for_function("el => el.readyState >= 1 && el.duration > 0", arg=player.element_handle())
    player.scroll_into_view_if_needed()
    check_everywhere(page, "person-voice-recording", found)
    page.goto(f"{base_url}/chats/{call.public_id}/")
    page.wait_for_function("() => document.querySelector('audio').readyState >= 1")
    check_everywhere(page, "conversation-voice-recording", found)

    # After erasing the caller from the panel: the list without them, the panel says so, the toast.
    page.goto(caller_url)
    panel.get_by_role("link", name="Erase person…").click()
    dialog = page.get_by_role("dialog", name=f"Erase {SECOND}?")
    dialog.get_by_label(f"Type {SECOND} to confirm").fill(SECOND)
    dialog.get_by_role("button", name="Erase everything").click()
    expect(panel).to_contain_text(f"{SECOND} was erased")
    expect(page.locator("#toasts .toast")).to_contain_text(f"{SECOND} was erased")
    check_everywhere(page, "person-erased", found)

    # Editing a fact (with an error), adding one, the summary's editor.
    page.goto(person_url)
    panel.get_by_text("nurse", exact=True).hover()
    panel.get_by_role("link", name="Edit Occupation").click()
    panel.get_by_role("textbox", name="Occupation").fill(" ")
    panel.get_by_role("button", name="Save").click()
    panel.get_by_role("alert").wait_for()
    check_everywhere(page, "fact-edit", found)
    panel.get_by_role("link", name="Add fact").click()
    panel.get_by_label("Key").wait_for()
    check_everywhere(page, "fact-add", found)
    panel.get_by_role("link", name="Edit the summary").click()
    panel.get_by_role("textbox", name="Conversation summary").wait_for()
    check_everywhere(page, "summary-edit", found)

    # The erase dialog, with an error.
    page.goto(person_url)
    panel.get_by_role("link", name="Erase person…").click()
    dialog = page.get_by_role("dialog", name=f"Erase {LABEL}?")
    dialog.get_by_label(f"Type {LABEL} to confirm").fill("wrong")
    dialog.get_by_role("button", name="Erase everything").click()
    dialog.get_by_role("alert").wait_for()
    check_everywhere(page, "erase-dialog", found)

    page.goto(f"{base_url}/chats/agents/{shop.agent.public_id}/")
    page.locator("details.chat summary").first.click()
    page.locator("details.chat .message").first.wait_for()
    check_everywhere(page, "chats", found)

    sales = Agent.objects.get(name="Sales")
    entry = knowledge.create_entry(
        shop.agent,
        actor=Actor(origin=AuditEntry.Origin.CLI),
        title="App crashes on upload",
        problem="The app closes when a photo over 10 MB is uploaded.",
        resolution="Update to 4.2 or resize the photo first.",
        tags=["app", "upload"],
        status=KnowledgeEntry.Status.PROPOSED,
    )
    knowledge_url = f"{base_url}/agents/{shop.agent.public_id}/knowledge/"
    pages = {
        "knowledge-list": knowledge_url,
        "knowledge-new": f"{knowledge_url}new/",
        "knowledge-entry": f"{knowledge_url}{entry.public_id}/",
        # Without JavaScript, the panel's Clear memory leads to this confirmation page.
        "clear-memory": f"{person_url}memory/clear/",
        "context-preview": f"{person_url}context/",
        "conversation": f"{base_url}/chats/{shop.conversation.public_id}/",
        "people-empty": f"{base_url}/agents/{sales.public_id}/people/",
        "chats-empty": f"{base_url}/chats/agents/{sales.public_id}/",
        "people-no-match": f"{base_url}/agents/{shop.agent.public_id}/people/?q=nobody&seen=12",
        "not-found": f"{base_url}/agents/nope/people/",
        "admin-index": f"{base_url}/admin/",
        "admin-person": f"{base_url}/admin/conversations/person/{shop.person.pk}/change/",
        "admin-people": f"{base_url}/admin/conversations/person/",
        "admin-memory-health": f"{base_url}{reverse('admin:customer_memory_memory_health')}",
    }
    for name, url in pages.items():
        page.goto(url)
        check_everywhere(page, name, found)

    # A Member's door to People is closed.
    page.context.clear_cookies()
    create_user(email="member@acme.test", password=PASSWORD, role=Role.MEMBER)
    log_in(page, base_url, "member@acme.test")
    page.goto(person_url)
    check_everywhere(page, "forbidden", found)

    assert not found, "\n".join(f"{screen}:\n  " + "\n  ".join(problems) for screen, problems in found.items())

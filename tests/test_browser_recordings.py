"""In headless Chromium: a voice call's recording plays (and seeks) in the person panel; an ended
session and a server error leave the page usable (issue 15, item 9, B5 and B6)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from playwright.sync_api import expect

from conftest import PASSWORD
from conversations import recordings
from conversations.models import ChannelType
from conversations.tests import audio
from conversations.tests.factories import create_agent, create_conversation, create_person
from tenants.roles import Role
from tenants.users import create_user
from tests.screens import screenshot

BUILDER = "builder@acme.test"


def log_in(page: Any, base_url: str) -> None:
    create_user(email=BUILDER, password=PASSWORD, role=Role.BUILDER)
    page.goto(f"{base_url}/login/")
    page.get_by_label("Email").fill(BUILDER)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base_url}/")


def voice_call() -> Any:
    agent = create_agent(name="Phone line")
    person = create_person(channel_type=ChannelType.VOICE, channel_identifier="+41441234567")
    conversation = create_conversation(
        person=person,
        agent=agent,
        started_at=timezone.now() - timedelta(hours=2),
        messages=[("customer", "My boiler stopped working."), ("agent", "An engineer will call you today.")],
    )
    return conversation


def person_url(base_url: str, conversation: Any) -> str:
    return f"{base_url}/agents/{conversation.agent.public_id}/people/{conversation.person.public_id}/"


def test_the_recording_of_a_voice_call_plays_and_seeks_in_the_person_panel(live_tenant, base_url, quiet_page):
    page = quiet_page
    conversation = voice_call()
    recordings.attach_recording(conversation, upload=SimpleUploadedFile("call.wav", audio.wav_bytes(seconds=2)))
    log_in(page, base_url)
    answers: list[tuple[int, str]] = []
    page.on(
        "response",
        lambda response: (
            answers.append((response.status, response.headers.get("content-range", "")))
            if "/recording/" in response.url
            else None
        ),
    )

    page.goto(person_url(base_url, conversation))
    page.locator(f"#conversation-{conversation.public_id} summary").click()
    player = page.locator(f"#conversation-{conversation.public_id} audio")
    expect(player).to_be_visible()
    page.get_by_text("Call recording · 2 s").wait_for()

    # The element loaded the audio through the signed-in view: it knows the length.
    page.wait_for_function("el => el.readyState >= 1 && el.duration > 0", arg=player.element_handle())
    assert round(player.evaluate("el => el.duration"), 1) == 2.0
    # Seeking works: the element asks for ranges and gets 206 answers.
    player.evaluate("el => { el.currentTime = 1.5; }")
    page.wait_for_function("el => !el.seeking && el.currentTime >= 1.4", arg=player.element_handle())
    assert any(status == 206 and content_range.endswith(f"/{44 + 2 * 8000 * 2}") for status, content_range in answers)
    screenshot(page, "person-conversation-recording")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "person-conversation-recording-mobile")

    # The conversation's own page has the player too.
    page.goto(f"{base_url}/chats/{conversation.public_id}/")
    page.wait_for_function("() => document.querySelector('audio').readyState >= 1")
    screenshot(page, "conversation-recording-mobile")
    page.set_viewport_size({"width": 1280, "height": 800})
    screenshot(page, "conversation-recording")


def test_an_htmx_click_after_signing_out_elsewhere_lands_on_the_sign_in_page(live_tenant, base_url, quiet_page):
    page = quiet_page
    conversation = voice_call()
    log_in(page, base_url)
    page.goto(f"{base_url}/agents/{conversation.agent.public_id}/people/")
    page.get_by_role("region", name="People").wait_for()

    # Signed out in another tab of the same browser.
    other_tab = page.context.new_page()
    other_tab.goto(f"{base_url}/")
    other_tab.get_by_role("button", name="Log out").click()
    other_tab.wait_for_url(f"{base_url}/login/")
    other_tab.close()

    page.get_by_role("link", name="+41441234567").first.click()

    people = f"/agents/{conversation.agent.public_id}/people/"
    page.wait_for_url(f"{base_url}/login/?next={people}")
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    assert page.locator("#person-panel").count() == 0
    screenshot(page, "session-expired-sign-in")


def test_a_server_error_under_debug_shows_the_toast_and_keeps_the_page(
    live_tenant, base_url, quiet_page, settings, monkeypatch
):
    page = quiet_page
    settings.DEBUG = True
    conversation = voice_call()

    def broken(conversation: Any) -> None:
        raise RuntimeError("recording lookup failed")

    monkeypatch.setattr(recordings, "recording_of", broken)
    log_in(page, base_url)
    page.goto(person_url(base_url, conversation))

    page.locator(f"#conversation-{conversation.public_id} summary").click()

    expect(page.locator("#toasts")).to_contain_text("Something went wrong (500). Try again.")
    expect(page.get_by_role("heading", name="+41441234567")).to_be_visible()
    assert "RuntimeError" not in page.content()
    screenshot(page, "htmx-error-toast")

"""The People & Memory UI in headless Chromium: what a Builder and a Member can do.

Each test saves screenshots of the screens it passes through
(artifacts/screenshots/), for people to look at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.utils import timezone
from playwright.sync_api import expect

from conftest import PASSWORD
from conversations.models import Agent, ChannelType, Conversation, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.models import Fact, Memory
from customer_memory.tests.factories import create_fact, create_memory
from tenants.roles import Role
from tenants.users import create_user
from tests.screens import screenshot

CUSTOMER, AGENT = "customer", "agent"


@dataclass
class Shop:
    agent: Agent
    person: Person
    memory: Memory
    occupation: Fact
    city: Fact
    conversation: Conversation


def build_shop() -> Shop:
    """An agent with a handful of people across channels; one with memory."""
    now = timezone.now()
    agent = create_agent(name="Support", memory_enabled=True)
    create_agent(name="Sales", memory_enabled=False)
    person = create_person(channel_type=ChannelType.WHATSAPP, channel_identifier="+41791234567", name="Anna")
    first = create_conversation(
        person=person,
        agent=agent,
        started_at=now - timedelta(days=3),
        messages=[
            (CUSTOMER, "Hi, my parcel to Zurich is late."),
            (AGENT, "Sorry about that! Let me check the tracking."),
            (CUSTOMER, "I work night shifts as a nurse, so please deliver after 2 pm."),
            (AGENT, "Noted: deliveries after 2 pm."),
        ],
    )
    create_conversation(
        person=person,
        agent=agent,
        started_at=now - timedelta(minutes=5),
        status=Conversation.Status.OPEN,
        messages=[(CUSTOMER, "Any news on my parcel?")],
    )
    memory = create_memory(
        person=person,
        agent=agent,
        summary="Anna reported a late parcel to Zurich. She asked for deliveries after 2 pm because she works nights.",
    )
    occupation = create_fact(
        memory=memory, key="occupation", value="nurse", confidence=Fact.Confidence.HIGH, source_conversation=first
    )
    city = create_fact(memory=memory, key="city", value="Zurich", confidence=Fact.Confidence.MEDIUM)
    create_fact(memory=memory, key="delivery_window", value="after 2 pm", confidence=Fact.Confidence.LOW)
    for index, (channel, identifier) in enumerate(
        [
            (ChannelType.VOICE, "+41441234567"),
            (ChannelType.WEB, "visitor-7f3a9c"),
            (ChannelType.WEB, ""),
            (ChannelType.EMAIL, "ben@example.com"),
        ]
    ):
        someone = create_person(channel_type=channel, channel_identifier=identifier)
        create_conversation(
            person=someone,
            agent=agent,
            started_at=now - timedelta(hours=2 + index * 20),
            messages=[(CUSTOMER, "Hello"), (AGENT, "Hi! How can I help?")],
        )
    return Shop(agent=agent, person=person, memory=memory, occupation=occupation, city=city, conversation=first)


def log_in(page: Any, base_url: str, email: str) -> None:
    page.goto(f"{base_url}/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base_url}/")


def test_builder_reviews_and_corrects_memory(live_tenant, base_url, quiet_page):
    page = quiet_page
    shop = build_shop()
    create_user(email="builder@acme.test", password=PASSWORD, role=Role.BUILDER)
    page.on("dialog", lambda dialog: dialog.accept())
    page.set_viewport_size({"width": 1280, "height": 1500})  # the whole panel in the screenshots

    log_in(page, base_url, "builder@acme.test")
    screenshot(page, "agents")
    page.get_by_role("link", name="Support", exact=True).click()

    # Contacts opens on Chats; a conversation opens its thread inline.
    page.get_by_role("heading", name="Support").wait_for()
    chats = page.get_by_role("region", name="Chats")
    chats.get_by_text("+41441234567").click()
    chats.locator(".thread").get_by_text("How can I help?").wait_for()  # rows preview it too
    screenshot(page, "chats")

    page.get_by_role("navigation", name="Contacts view").get_by_role("link", name="People").click()
    people = page.get_by_role("region", name="People")
    people.get_by_text("+41791234567").wait_for()
    assert people.get_by_text("Anonymous").is_visible()
    assert people.get_by_text("2 convs").is_visible()
    assert people.locator(".memory-badge").count() == 1
    screenshot(page, "people")

    page.get_by_role("searchbox", name="Search people").fill("ben@example.com")
    expect(people.locator(".person-row")).to_have_count(1)
    assert people.get_by_text("ben@example.com").is_visible()
    screenshot(page, "people-search")
    page.get_by_role("searchbox", name="Search people").fill("")
    expect(people.locator(".person-row")).to_have_count(5)

    people.get_by_text("+41791234567").click()
    panel = page.locator("#person-panel")
    panel.get_by_role("heading", name="+41791234567").wait_for()
    assert panel.get_by_text("Seen 5 min ago").is_visible()
    assert panel.get_by_text("Delivery window").is_visible()
    assert panel.get_by_text("High confidence").is_visible()
    screenshot(page, "person")

    # What the agent will see: the context block the engine would inject.
    panel.get_by_text("What the agent will see").click()
    preview = panel.locator("pre.context-text")
    preview.wait_for()
    assert "nurse" in preview.inner_text()
    screenshot(page, "person-agent-view")

    # Edit a fact inline: it becomes manual and survives a reload.
    panel.get_by_text("nurse", exact=True).hover()
    panel.get_by_role("link", name="Edit Occupation").click()
    panel.get_by_role("textbox", name="Occupation").fill("midwife")
    screenshot(page, "fact-editing")
    panel.get_by_role("button", name="Save").click()
    fact_row = panel.locator(f"#fact-{shop.occupation.public_id}")
    fact_row.get_by_text("midwife").wait_for()
    page.reload()
    fact_row = page.locator(f"#fact-{shop.occupation.public_id}")
    assert fact_row.get_by_text("midwife", exact=True).is_visible()
    assert fact_row.get_by_text("Manual").is_visible()
    assert fact_row.get_by_text("was “nurse”").is_visible()
    panel = page.locator("#person-panel")
    assert panel.get_by_role("region", name="History").get_by_text("Changed Occupation: nurse → midwife").is_visible()
    screenshot(page, "fact-edited")

    # Delete a fact, then undo the deletion from History.
    panel.get_by_text("Zurich", exact=True).hover()
    panel.get_by_role("button", name="Delete City").click()
    page.locator(f"#fact-{shop.city.public_id}").wait_for(state="detached")
    history = panel.get_by_role("region", name="History")
    history.get_by_text("Deleted City: Zurich").wait_for()
    screenshot(page, "fact-deleted")
    history.get_by_role("button", name="Undo: Deleted City: Zurich").click()
    panel.locator(".fact", has_text="City").get_by_text("Zurich").wait_for()
    history.get_by_text("Restored City: Zurich").wait_for()
    assert Fact.objects.get(memory=shop.memory, key="city").value == "Zurich"

    # A past conversation expands inline to its thread.
    conversations = panel.get_by_role("region", name="Conversations")
    conversations.locator(f"#conversation-{shop.conversation.public_id} summary").click()
    conversations.get_by_text("I work night shifts as a nurse").wait_for()
    screenshot(page, "person-conversation")

    # Clear memory (after the confirmation) for this agent only.
    panel.get_by_role("link", name="Clear memory").click()
    panel.get_by_text("No facts learned yet.").wait_for()
    assert panel.get_by_text("No summary yet.").is_visible()
    assert page.get_by_role("region", name="People").locator(".memory-badge").count() == 0
    assert not Memory.objects.filter(person=shop.person, agent=shop.agent).exists()
    screenshot(page, "memory-cleared")

    # A conversation also has a page of its own (the facts' "source conversation" link).
    page.goto(f"{base_url}/chats/{shop.conversation.public_id}/")
    page.get_by_text("I work night shifts as a nurse").wait_for()
    screenshot(page, "conversation")


def test_builder_configures_memory(live_tenant, base_url, quiet_page):
    page = quiet_page
    agent = create_agent(name="Support", memory_enabled=False)
    create_user(email="builder@acme.test", password=PASSWORD, role=Role.BUILDER)

    log_in(page, base_url, "builder@acme.test")
    page.goto(f"{base_url}/agents/{agent.public_id}/people/")
    page.get_by_text("No one has talked to Support yet.").wait_for()
    screenshot(page, "people-empty")
    page.get_by_role("link", name="Enable Customer Memory").click()

    retention = page.get_by_label("Memory retention")
    options = retention.locator("option").all_inner_texts()
    assert options == ["Keep indefinitely", "30 days", "60 days", "90 days", "180 days", "1 year"]
    assert retention.input_value() == "0"
    page.get_by_label("Enable customer memory").check()
    retention.select_option(label="90 days")
    page.get_by_label("Enable conversation history").check()
    page.get_by_label("Max messages").fill("30")
    page.get_by_role("button", name="Save settings").click()
    page.get_by_role("status").get_by_text("Saved.").wait_for()
    assert page.locator(".agent-head").get_by_text("Memory on").is_visible()
    screenshot(page, "configure")

    agent.refresh_from_db()
    assert agent.memory_enabled
    assert agent.memory_retention_days == 90
    assert agent.conversation_history_max_messages == 30

    page.get_by_label("Max messages").fill("0")
    page.get_by_label("Max messages").evaluate("input => input.removeAttribute('min')")
    page.get_by_role("button", name="Save settings").click()
    page.get_by_text("Ensure this value is greater than or equal to 1.").wait_for()
    screenshot(page, "configure-error")


def test_member_sees_no_people_and_gets_403(live_tenant, base_url, quiet_page):
    page = quiet_page
    shop = build_shop()
    create_user(email="member@acme.test", password=PASSWORD, role=Role.MEMBER)

    log_in(page, base_url, "member@acme.test")
    page.get_by_role("heading", name="Agents").wait_for()
    assert page.get_by_text("Support").first.is_visible()
    assert page.get_by_role("link", name="People").count() == 0
    assert page.get_by_role("link", name="Contacts").count() == 0
    assert page.get_by_text("+41791234567").count() == 0
    screenshot(page, "member-agents")

    response = page.goto(f"{base_url}/agents/{shop.agent.public_id}/people/{shop.person.public_id}/")
    assert response.status == 403
    assert page.get_by_text("+41791234567").count() == 0
    page.get_by_role("heading", name="You don’t have access to this page").wait_for()
    screenshot(page, "member-403")

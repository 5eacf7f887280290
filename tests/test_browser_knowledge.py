"""The Knowledge tab in headless Chromium (issue 18): a Builder reviews a proposal, writes and edits an entry,
filters the list and brings back an old version; a Member gets 403. Screenshots in artifacts/screenshots/."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from conftest import PASSWORD
from conversations.tests.factories import create_agent
from customer_memory import knowledge, knowledge_proposals
from customer_memory.models import KnowledgeEntry
from tenants.roles import Role
from tenants.users import create_user
from tests.screens import screenshot
from tests.test_browser import log_in


def build_knowledge() -> Any:
    agent = create_agent(name="Support", memory_enabled=True)
    actor = knowledge_proposals.ACTOR
    knowledge.create_entry(
        agent,
        actor=actor,
        title="Refund timing",
        problem="Customers ask when a refund reaches their account.",
        resolution="Refunds reach the card within five working days of the return being scanned.",
        tags=["billing"],
    )
    proposal = KnowledgeEntry.objects.create(
        agent=agent,
        title="The app crashes every time upload photo",
        problem="The app crashes every time upload photo.",
        resolution="cleared the upload cache of your account and updated the app settings, please try the upload "
        "again.",
        source=KnowledgeEntry.Source.PROPOSED,
        status=KnowledgeEntry.Status.PROPOSED,
        support_count=4,
    )
    proposal.versions.create(number=1, change="proposed", author=actor.label, **knowledge.snapshot(proposal))
    return agent


def test_builder_reviews_writes_and_reverts_knowledge(live_tenant, base_url, quiet_page):
    page = quiet_page
    agent = build_knowledge()
    create_user(email="builder@acme.test", password=PASSWORD, role=Role.BUILDER)
    page.set_viewport_size({"width": 1280, "height": 900})

    log_in(page, base_url, "builder@acme.test")
    page.goto(f"{base_url}/agents/{agent.public_id}/configure/")
    expect(page.get_by_label("Customers before proposing")).to_have_value("3")
    expect(page.get_by_label("Knowledge retention")).to_have_value("180")
    screenshot(page, "configure-knowledge")
    page.get_by_role("link", name="Knowledge").click()
    page.get_by_role("link", name="The app crashes every time upload photo").wait_for()
    expect(page.get_by_text("4 customers")).to_be_visible()
    screenshot(page, "knowledge-list")

    # Filters: status, then the search box (htmx swaps the list in place).
    page.get_by_label("Status").select_option("proposed")
    expect(page.get_by_text("Refund timing")).to_have_count(0)
    page.get_by_label("Status").select_option("")
    page.get_by_label("Search knowledge").fill("refund")
    expect(page.get_by_text("The app crashes every time upload photo")).to_have_count(0)
    expect(page.get_by_role("link", name="Refund timing")).to_be_visible()
    page.get_by_label("Search knowledge").fill("")
    page.get_by_label("Tag").select_option("billing")
    expect(page.get_by_text("The app crashes every time upload photo")).to_have_count(0)
    page.get_by_label("Tag").select_option("")

    # A proposal is edited into shape, then approved.
    page.get_by_role("link", name="The app crashes every time upload photo").click()
    expect(page.get_by_text("does not use this entry until someone approves it")).to_be_visible()
    screenshot(page, "knowledge-proposal")
    page.get_by_label("Title").fill("App crashes on photo upload")
    page.get_by_label("Resolution").fill("Clear the upload cache in Settings › Storage, then update the app.")
    page.get_by_label("Tags").fill("app, upload")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Changes saved.")).to_be_visible()
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Approved: the agent uses this entry from now on.")).to_be_visible()
    expect(page.get_by_role("heading", name="App crashes on photo upload")).to_be_visible()
    screenshot(page, "knowledge-entry")

    # The history brings back the proposal's wording as a new version.
    page.get_by_role("button", name="Revert to v1").click()
    expect(page.get_by_text("Version 1 is back, saved as a new version.")).to_be_visible()
    expect(page.get_by_label("Title")).to_have_value("The app crashes every time upload photo")
    expect(page.get_by_text("Reverted to v1")).to_be_visible()
    screenshot(page, "knowledge-history")

    # A new entry, with an error first.
    page.get_by_role("link", name="← All knowledge").click()
    page.get_by_role("link", name="New entry").first.click()
    page.get_by_label("Title").fill("   ")  # passes the browser's check, not the server's
    page.get_by_label("Problem").fill("Forgot the password.")
    page.get_by_label("Resolution").fill("Use the Forgot password link on the sign-in page.")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("Enter the title.")).to_be_visible()
    page.get_by_label("Title").fill("Password reset")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("Knowledge entry saved.")).to_be_visible()

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base_url}/agents/{agent.public_id}/knowledge/")
    page.get_by_role("link", name="Password reset").wait_for()
    screenshot(page, "knowledge-list-mobile")
    page.get_by_role("link", name="Refund timing").click()
    page.get_by_role("heading", name="Version history").wait_for()
    screenshot(page, "knowledge-entry-mobile")


def test_member_gets_403_on_the_knowledge_tab(live_tenant, base_url, quiet_page):
    page = quiet_page
    agent = build_knowledge()
    create_user(email="member@acme.test", password=PASSWORD, role=Role.MEMBER)

    log_in(page, base_url, "member@acme.test")
    response = page.goto(f"{base_url}/agents/{agent.public_id}/knowledge/")

    assert response.status == 403
    expect(page.get_by_text("Refund timing")).to_have_count(0)
    page.get_by_role("heading", name="You don’t have access to this page").wait_for()

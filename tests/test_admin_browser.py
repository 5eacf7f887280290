"""The back office in headless Chromium: an Owner's person page, export, erasure, health.

Saves screenshots (artifacts/screenshots/admin-*.png) for people to look at.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from django.utils import timezone

from conftest import PASSWORD
from conversations.models import ChannelType, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.models import Extraction, Fact, RetentionRun
from customer_memory.tests.factories import create_episode, create_fact, create_memory
from tenants.keys_and_audit.models import AuditEntry
from tenants.roles import Role
from tenants.users import create_user
from tests.screens import screenshot

CUSTOMER, AGENT = "customer", "agent"


def build_back_office() -> Person:
    """Two agents, a person with memory on both, a few quiet people, two weeks of extractions."""
    now = timezone.now()
    support = create_agent(name="Support", memory_enabled=True, memory_retention_days=90)
    sales = create_agent(name="Sales", memory_enabled=False)
    anna = create_person(
        channel_type=ChannelType.WHATSAPP,
        channel_identifier="+41791234567",
        name="Anna Keller",
        email="anna.keller@example.ch",
        phone="+41791234567",
        language="de",
        timezone="Europe/Zurich",
        trust_score=0.7,
        churn_risk=0.2,
        tone_preference="warm",
        last_mood="happy",
    )
    first = create_conversation(
        person=anna,
        agent=support,
        started_at=now - timedelta(days=3),
        messages=[
            (CUSTOMER, "Hi, my parcel to Zurich is late."),
            (AGENT, "Sorry about that! Let me check the tracking."),
            (CUSTOMER, "I work night shifts as a nurse, so please deliver after 2 pm."),
            (AGENT, "Noted: deliveries after 2 pm."),
        ],
    )
    create_conversation(person=anna, agent=sales, messages=[(CUSTOMER, "Do you ship to Austria?")])
    memory = create_memory(
        person=anna,
        agent=support,
        summary="Anna reported a late parcel to Zurich and asked for deliveries after 2 pm; she works nights.",
    )
    create_fact(
        memory=memory, key="occupation", value="nurse", confidence=Fact.Confidence.HIGH, source_conversation=first
    )
    create_fact(memory=memory, key="city", value="Zurich", confidence=Fact.Confidence.MEDIUM, previous_value="Bern")
    create_fact(
        memory=memory, key="delivery_window", value="after 2 pm", confidence=Fact.Confidence.HIGH, source="manual"
    )
    create_episode(conversation=first, summary="Anna's parcel to Zurich was late; she asked for afternoon delivery.")
    for index, identifier in enumerate(["+41441234567", "visitor-7f3a9c", "ben@example.com"]):
        someone = create_person(channel_identifier=identifier, channel_type=ChannelType.WEB)
        create_conversation(person=someone, agent=support, messages=[(CUSTOMER, "Hello"), (AGENT, "Hi!")])
        quiet = create_memory(person=someone, agent=support, summary="Said hello.")
        create_fact(memory=quiet, key="language", value="English", confidence=Fact.Confidence.LOW)
        if index:
            create_fact(memory=quiet, key="name", value="Ben", confidence=Fact.Confidence.HIGH, source="form")

    for day in range(14):
        for number in range((day * 7) % 5 + 1):
            status = (Extraction.Status.SUCCEEDED, Extraction.Status.SKIPPED, Extraction.Status.FAILED)[
                (day + number) % 3 if number else 0
            ]
            conversation = create_conversation(
                person=create_person(), agent=support, messages=[(CUSTOMER, "hi"), (CUSTOMER, "bye")]
            )
            row = Extraction.objects.create(
                conversation=conversation,
                agent=support,
                status=status,
                skip_reason=Extraction.SkipReason.TOO_FEW_MESSAGES if status == Extraction.Status.SKIPPED else "",
                attempts=2 if number == 2 else 1,
                facts_written=2 if status == Extraction.Status.SUCCEEDED else 0,
                secrets_dropped=1 if day == 3 and number == 0 else 0,
            )
            Extraction.objects.filter(pk=row.pk).update(created_at=now - timedelta(days=day))
    RetentionRun.objects.create(
        started_at=now - timedelta(hours=5),
        finished_at=now - timedelta(hours=5) + timedelta(seconds=2),
        memories_deleted=3,
        facts_deleted=11,
    )
    return anna


def log_in_to_admin(page: Any, base_url: str, email: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base_url}/admin/")


def test_owner_exports_and_erases_a_person_and_checks_memory_health(live_tenant, base_url, quiet_page):
    page = quiet_page
    anna = build_back_office()
    create_user(email="owner@acme.test", password=PASSWORD, role=Role.OWNER)

    log_in_to_admin(page, base_url, "owner@acme.test")
    screenshot(page, "admin-index")

    page.goto(f"{base_url}/admin/conversations/person/")
    page.locator("#searchbar").fill("anna keller")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/admin/conversations/person/?q=anna+keller")
    assert page.locator("#result_list tbody tr").count() == 1
    screenshot(page, "admin-people")
    page.get_by_role("link", name="+41791234567").click()
    page.get_by_text("Anna reported a late parcel").wait_for()
    assert page.get_by_role("row", name="City Zurich Medium AI Bern").is_visible()
    screenshot(page, "admin-person")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export data").click()
    export = json.loads(download_info.value.path().read_text(encoding="utf-8"))
    assert export["person"]["email"] == "anna.keller@example.ch"
    assert {fact["key"] for memory in export["memories"] for fact in memory["facts"]} == {
        "occupation",
        "city",
        "delivery_window",
    }

    page.get_by_role("link", name="Erase person").click()
    page.get_by_role("heading", name="What will be erased").wait_for()
    screenshot(page, "admin-erase-confirmation")
    page.get_by_role("button", name="Yes, erase this person").click()
    page.get_by_text(f"Erased {anna.public_id}").wait_for()
    screenshot(page, "admin-person-erased")
    assert not Person.objects.filter(pk=anna.pk).exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_ERASED, person_public_id=anna.public_id).exists()

    page.goto(f"{base_url}/admin/")
    page.get_by_role("link", name="Memory health").click()
    page.get_by_role("heading", name="Retention: expired memory deleted by the daily job").wait_for()
    screenshot(page, "admin-memory-health")
    assert page.locator("#last-run-facts").inner_text() == "11"


def test_owner_corrects_a_fact_on_the_memory_page(live_tenant, base_url, quiet_page):
    page = quiet_page
    anna = build_back_office()
    create_user(email="owner@acme.test", password=PASSWORD, role=Role.OWNER)
    memory = anna.memories.get(agent__name="Support")

    log_in_to_admin(page, base_url, "owner@acme.test")
    page.goto(f"{base_url}/admin/customer_memory/memory/{memory.pk}/change/")
    row = page.locator("tr.form-row", has=page.locator("input[value='Zurich']"))
    row.locator("input[name$='-value']").fill("Basel")
    screenshot(page, "admin-memory")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("was changed successfully").wait_for()

    city = memory.facts.get(key="city")
    assert (city.value, city.previous_value, city.source) == ("Basel", "Zurich", Fact.Source.MANUAL)
    assert AuditEntry.objects.filter(action=AuditEntry.Action.FACT_UPDATED, origin="admin").exists()

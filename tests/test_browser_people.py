"""Finding people and seeing who they are, in headless Chromium (issue 15, items 2, 3, 8, 12).

Labels and icons per channel, filters and sort in the URL (reload, Back), the count, the Chats
search, the identity and scores in the panel header, dark mode and the phone-sized header.
Screenshots go to artifacts/screenshots/.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from django.utils import timezone
from playwright.sync_api import expect

from conftest import PASSWORD
from conversations.models import Agent, ChannelType, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.models import Fact
from customer_memory.tests.factories import create_fact, create_memory
from tenants.roles import Role
from tenants.users import create_user
from tests.screens import screenshot

HELLO = [("customer", "Hello, is my order on its way?"), ("agent", "Hi! Let me check.")]

# (channel, identifier, phone, is_test, the label the row shows, the icon's accessible name)
CHANNEL_ROWS = [
    (ChannelType.WHATSAPP, "+41791234567", "+41791234567", False, "+41791234567", "WhatsApp"),
    (ChannelType.VOICE, "+14155550100", "+14155550100", False, "+14155550100", "Voice"),
    (ChannelType.PHONE, "", "", False, "Voice caller", "Phone"),
    (ChannelType.WEB, "visitor-3f9a", "", False, "visitor-3f9a", "Web"),
    (ChannelType.WEB, "", "", False, "Anonymous", "Web"),
    (ChannelType.WEB, "agent-test-7", "", True, "Test session", "Web"),
    (ChannelType.MESSENGER, "psid-88123", "", False, "psid-88123", "Messenger"),
    (ChannelType.INSTAGRAM, "ig-4410", "", False, "ig-4410", "Instagram"),
    (ChannelType.TELEGRAM, "tg-5501", "", False, "tg-5501", "Telegram"),
    (ChannelType.SMS, "+33612345678", "+33612345678", False, "+33612345678", "SMS"),
    (ChannelType.EMAIL, "ana@example.com", "", False, "ana@example.com", "Email"),
    ("pancake-pos", "pk-1", "", False, "pk-1", "pancake-pos"),
]


def log_in(page: Any, base_url: str) -> None:
    create_user(email="builder@acme.test", password=PASSWORD, role=Role.BUILDER)
    page.goto(f"{base_url}/login/")
    page.get_by_label("Email").fill("builder@acme.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base_url}/")


def people_with_memory(agent: Agent) -> Person:
    """Anna on WhatsApp with memory and three conversations, and six others across channels."""
    now = timezone.now()
    anna = create_person(
        channel_type=ChannelType.WHATSAPP,
        channel_identifier="+41791234567",
        phone="+41791234567",
        name="Anna Muster",
        email="anna@example.com",
        language="vi",
        timezone="Europe/Zurich",
        positive_interactions=3,
    )
    for days in (40, 20, 2):
        create_conversation(person=anna, agent=agent, messages=HELLO, started_at=now - timedelta(days=days))
    memory = create_memory(person=anna, agent=agent, summary="Anna asked about a late parcel.")
    create_fact(memory=memory, key="occupation", value="nurse", confidence=Fact.Confidence.HIGH)
    for index, (channel, identifier, days) in enumerate(
        [
            (ChannelType.WHATSAPP, "+41790000001", 1),
            (ChannelType.WEB, "visitor-1", 3),
            (ChannelType.WEB, "visitor-2", 10),
            (ChannelType.EMAIL, "ben@example.com", 45),
            (ChannelType.TELEGRAM, "tg-1", 60),
            (ChannelType.SMS, "+33600000001", 120),
        ]
    ):
        someone = create_person(channel_type=channel, channel_identifier=identifier, name=f"Person {index}")
        create_conversation(person=someone, agent=agent, messages=HELLO, started_at=now - timedelta(days=days))
    return anna


def rows(page: Any) -> Any:
    return page.get_by_role("region", name="People").locator(".person-row")


def test_people_rows_show_each_channels_label_icon_and_the_known_name(live_tenant, base_url, quiet_page):
    page = quiet_page
    agent = create_agent(name="Support")
    now = timezone.now()
    people = []
    for index, (channel, identifier, phone, is_test, _, _) in enumerate(CHANNEL_ROWS):
        person = create_person(channel_type=channel, channel_identifier=identifier, phone=phone, is_test=is_test)
        create_conversation(person=person, agent=agent, messages=HELLO, started_at=now - timedelta(hours=index + 1))
        people.append(person)
    Person.objects.filter(pk=people[0].pk).update(name="Anna")
    Person.objects.filter(pk=people[3].pk).update(email="visitor@example.com")

    log_in(page, base_url)
    page.goto(f"{base_url}/agents/{agent.public_id}/people/")

    for person, (_, _, _, _, label, channel_name) in zip(people, CHANNEL_ROWS, strict=True):
        row = page.locator(f'a.person-row[href*="/{person.public_id}/"]')
        expect(row.locator(".row-label")).to_have_text(label)
        # The icon is named for screen readers, and the name is the channel's.
        expect(row.locator(".channel-icon")).to_have_attribute("title", channel_name)
        assert channel_name in row.locator(".channel-icon").inner_text()
    anna = page.locator(f'a.person-row[href*="/{people[0].public_id}/"]')
    expect(anna.locator(".row-name")).to_have_text("Anna")
    visitor = page.locator(f'a.person-row[href*="/{people[3].public_id}/"]')
    expect(visitor.locator(".row-name")).to_have_text("visitor@example.com")
    icons = {page.locator(f'a.person-row[href*="/{person.public_id}/"] use').get_attribute("href") for person in people}
    assert len(icons) == 10  # web, voice and phone, messenger … : each its own; pancake-pos the generic one
    expect(page.get_by_text("12 people")).to_be_visible()
    screenshot(page, "people-channels")


def test_filters_and_sort_are_in_the_url_survive_a_reload_and_go_back(live_tenant, base_url, quiet_page):
    page = quiet_page
    agent = create_agent(name="Support")
    anna = people_with_memory(agent)
    people_url = f"{base_url}/agents/{agent.public_id}/people/"

    log_in(page, base_url)
    page.goto(people_url)
    expect(page.get_by_role("status").filter(has_text="people")).to_have_text("7 people")
    expect(rows(page)).to_have_count(7)

    page.get_by_label("Channel").select_option(label="WhatsApp")
    page.wait_for_url(re.compile(r"channel=whatsapp"))
    expect(rows(page)).to_have_count(2)
    expect(page.locator("#people-count")).to_have_text("2 people")

    page.get_by_label("Memory").select_option(label="Has memory")
    page.wait_for_url(re.compile(r"channel=whatsapp&memory=yes|memory=yes&channel=whatsapp"))
    expect(rows(page)).to_have_count(1)
    expect(page.locator("#people-count")).to_have_text("1 person")
    screenshot(page, "people-filtered")

    # A shared or reloaded URL shows the same view, controls included.
    page.reload()
    expect(rows(page)).to_have_count(1)
    expect(page.get_by_label("Channel")).to_have_value("whatsapp")
    expect(page.get_by_label("Memory")).to_have_value("yes")

    # Back undoes one filter at a time.
    page.go_back()
    page.wait_for_url(re.compile(r"channel=whatsapp$"))
    expect(rows(page)).to_have_count(2)
    expect(page.get_by_label("Memory")).to_have_value("")
    expect(page.get_by_label("Channel")).to_have_value("whatsapp")
    page.go_back()
    page.wait_for_url(people_url)
    expect(rows(page)).to_have_count(7)

    page.get_by_label("Seen").select_option(label="Last 7 days")
    page.wait_for_url(re.compile(r"seen=7"))
    expect(page.locator("#people-count")).to_have_text("3 people")

    page.get_by_label("Seen").select_option(label="Any time")
    page.get_by_label("Sort by").select_option(label="Most conversations")
    page.wait_for_url(re.compile(r"sort=conversations"))
    expect(rows(page).first.locator(".row-label")).to_have_text(anna.display_label)
    expect(rows(page).first).to_contain_text("3 convs")

    # Opening a person keeps the list as filtered; the panel header says who they are.
    rows(page).first.click()
    panel = page.locator("#person-panel")
    panel.get_by_role("heading", name=anna.display_label).wait_for()
    assert "sort=conversations" in page.url
    page.reload()
    expect(rows(page).first.locator(".row-label")).to_have_text(anna.display_label)


def test_bad_filter_values_in_the_url_are_named_and_left_out(live_tenant, base_url, quiet_page):
    page = quiet_page
    agent = create_agent(name="Support")
    people_with_memory(agent)

    log_in(page, base_url)
    response = page.goto(
        f"{base_url}/agents/{agent.public_id}/people/?seen=12&channel=NOT%20A%20SLUG&sort=name&memory=maybe"
    )

    assert response.status == 200
    expect(page.get_by_role("alert").filter(has_text="Seen")).to_contain_text("Choose 7, 30 or 90 days.")
    expect(page.get_by_role("alert").filter(has_text="Channel")).to_contain_text("Choose a channel from the list.")
    expect(page.get_by_role("alert").filter(has_text="Sort by")).to_be_visible()
    expect(page.get_by_role("alert").filter(has_text="Memory")).to_be_visible()
    expect(rows(page)).to_have_count(7)
    screenshot(page, "people-bad-filters")


def test_chats_search_and_filters_with_a_preview_of_each_conversation(live_tenant, base_url, quiet_page):
    page = quiet_page
    agent = create_agent(name="Support")
    people_with_memory(agent)
    chats_url = f"{base_url}/chats/agents/{agent.public_id}/"

    log_in(page, base_url)
    page.goto(chats_url)
    chats = page.get_by_role("region", name="Chats")
    expect(chats.locator(".chat-row")).to_have_count(9)
    expect(chats.locator(".chat-row").first.locator(".row-preview")).to_have_text("Hi! Let me check.")
    expect(chats.locator(".chat-row").first.locator(".channel-icon")).to_have_attribute("title", "WhatsApp")

    page.get_by_role("searchbox", name="Search chats").fill("anna@example")
    expect(chats.locator(".chat-row")).to_have_count(3)
    page.wait_for_url(re.compile(r"q=anna%40example"))
    screenshot(page, "chats-search")

    page.get_by_role("searchbox", name="Search chats").fill("")
    expect(chats.locator(".chat-row")).to_have_count(9)
    page.get_by_label("Channel").select_option(label="Web")
    page.wait_for_url(re.compile(r"channel=web"))
    expect(chats.locator(".chat-row")).to_have_count(2)
    page.reload()
    expect(chats.locator(".chat-row")).to_have_count(2)
    page.go_back()
    expect(chats.locator(".chat-row")).to_have_count(9)

    page.goto(f"{chats_url}?q=nobody-at-all")
    expect(chats).to_contain_text("No conversation with anyone matching “nobody-at-all”.")


def test_panel_header_shows_identity_and_explained_scores(live_tenant, base_url, quiet_page):
    page = quiet_page
    agent = create_agent(name="Support")
    anna = people_with_memory(agent)
    nobody = create_person(channel_type=ChannelType.WEB, channel_identifier="visitor-quiet")
    create_conversation(person=nobody, agent=agent, messages=HELLO)

    log_in(page, base_url)
    page.goto(f"{base_url}/agents/{agent.public_id}/people/")
    rows(page).filter(has_text=anna.display_label).click()
    panel = page.locator("#person-panel")
    panel.get_by_role("heading", name="+41791234567").wait_for()

    identity = panel.get_by_role("definition")
    expect(identity.filter(has_text="Anna Muster")).to_have_count(1)
    for value in ("anna@example.com", "+41791234567", "Vietnamese", "Europe/Zurich"):
        expect(identity.filter(has_text=value).first).to_be_visible()
    scores = panel.locator(".scores")
    # Seed 000: 0.5 + 3 positive interactions x 0.1.
    expect(scores.locator(".score", has_text="Trust")).to_contain_text("0.80")
    expect(scores.locator(".score", has_text="Trust")).to_contain_text("+0.1 per positive interaction (3)")
    expect(scores.locator(".score", has_text="Churn risk")).to_contain_text("days since the last contact")
    expect(scores.locator(".score", has_text="Stage")).to_contain_text("Building")
    expect(scores.locator(".score", has_text="Stage")).to_contain_text("about 500 tokens of memory")
    screenshot(page, "person-identity")

    # A thread shows the day of its messages, not only the time.
    first = panel.get_by_role("region", name="Conversations").locator("details").last
    first.locator("summary").click()
    day = timezone.localtime(timezone.now() - timedelta(days=40))
    expect(first.locator(".message-day")).to_contain_text(f"{day.day} {day:%B %Y}")

    rows(page).filter(has_text="visitor-quiet").click()
    panel.get_by_role("heading", name="visitor-quiet").wait_for()
    expect(panel.locator(".identity-fields")).to_contain_text("Not known")
    expect(panel.locator(".score", has_text="Stage")).to_contain_text("Nothing learned yet")


def contrast_of(page: Any, selector: str) -> float:
    """WCAG contrast of an element's text against its nearest painted background."""
    return page.eval_on_selector(
        selector,
        """element => {
            const rgb = value => value.match(/[\\d.]+/g).slice(0, 4).map(Number);
            const luminance = ([r, g, b]) => {
                const f = c => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
                return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
            };
            let node = element, background;
            while (node) {
                const color = rgb(getComputedStyle(node).backgroundColor);
                if (color.length < 4 || color[3] > 0) { background = color; break; }
                node = node.parentElement;
            }
            const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)];
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }""",
    )


def test_dark_mode_phone_header_contrast_and_favicon(live_tenant, base_url, quiet_page):
    page = quiet_page
    agent = create_agent(name="Support")
    anna = people_with_memory(agent)
    log_in(page, base_url)
    person_url = f"{base_url}/agents/{agent.public_id}/people/{anna.public_id}/"

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.set_viewport_size({"width": 1280, "height": 1100})
        page.goto(person_url)
        page.locator("#person-panel .identity").wait_for()
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert (background == "rgb(15, 17, 21)") == (scheme == "dark"), background
        # The inactive Chats toggle and the grey tags: text at least 4.5:1 (WCAG AA).
        assert contrast_of(page, ".segmented a:not([aria-current])") >= 4.5
        assert contrast_of(page, ".tag.source-ai, .tag.confidence-medium, .status-closed") >= 4.5
        screenshot(page, f"person-{scheme}")
        page.goto(f"{base_url}/agents/{agent.public_id}/")
        page.get_by_role("region", name="Chats").locator(".chat-row").first.wait_for()
        assert contrast_of(page, ".status-closed") >= 4.5
        screenshot(page, f"chats-{scheme}")

        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(person_url)
        brand, logout = page.locator(".brand"), page.get_by_role("button", name="Log out")
        assert brand.bounding_box()["height"] < 30
        assert abs(brand.bounding_box()["y"] - logout.bounding_box()["y"]) < 12  # one line
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(page, f"person-{scheme}-390")
        page.goto(f"{base_url}/agents/{agent.public_id}/people/")
        screenshot(page, f"people-{scheme}-390")
        page.goto(f"{base_url}/agents/{agent.public_id}/configure/")
        expect(page.get_by_label("Memory retention period")).to_be_visible()
        expect(page.get_by_text("For support agents, 90–180 days is usually enough.")).to_be_visible()
        screenshot(page, f"configure-{scheme}-390")

    assert page.locator('link[rel="icon"]').get_attribute("href").endswith("favicon.svg")
    # The admin names no icon: the browser's /favicon.ico finds ours.
    icon = page.goto(f"{base_url}/favicon.ico")
    assert icon.status == 200
    assert icon.headers["content-type"].startswith("image/svg+xml")

"""The list helpers every row uses: relative times and channel icons."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.utils import timezone

from customer_memory.templatetags.ui import channel_icon, time_ago


def test_time_ago_is_relative_with_the_exact_time_on_hover():
    value = timezone.now() - timedelta(minutes=5)
    html = str(time_ago(value))

    assert html.startswith(f'<time datetime="{timezone.localtime(value).isoformat()}"')
    assert f'title="{value.day} {value:%b %Y, %H:%M} UTC">5 min ago</time>' in html


def test_time_ago_escapes_its_prefix_and_says_never_without_a_time():
    value = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)

    assert "&lt;b&gt;Seen " in str(time_ago(value, "<b>Seen "))
    assert str(time_ago(None, "Seen ")) == '<span class="muted">Seen never</span>'


def test_channel_icons_carry_the_channel_name():
    assert 'title="WhatsApp"' in channel_icon("whatsapp")
    assert '<span class="visually-hidden">SMS</span>' in channel_icon("sms")
    assert "#i-mic" in channel_icon("voice", 20)
    assert 'title="carrier-pigeon"' in channel_icon("carrier-pigeon")


def test_each_named_channel_has_an_icon_of_its_own_and_others_share_the_generic_one():
    channels = ["whatsapp", "messenger", "facebook", "instagram", "telegram", "sms", "email", "voice", "phone", "web"]
    icons = [channel_icon(channel).split('href="#i-')[1].split('"')[0] for channel in channels]

    assert len(set(icons)) == len(channels)
    assert "message" not in icons
    assert 'href="#i-message"' in channel_icon("zalo")
    assert '<span class="channel-slug">Zalo</span>' in channel_icon("zalo")


def person_row(contact, people_url, *, selected_id=None, list_query=""):
    """One row of the People list, as the page renders it (templates/customer_memory/people.html)."""
    from django.template.loader import render_to_string

    context = {"contact": contact, "people_url": people_url, "selected_id": selected_id, "list_query": list_query}
    return render_to_string("customer_memory/people.html#person-row", context)


def test_a_row_shows_the_known_name_or_email_beside_the_label():
    from conversations.models import Contact, Person

    def row(**identity):
        person = Person(pk=9, public_id="cust_9", **identity)
        contact = Contact(person=person, conversation_count=1, last_seen_at=timezone.now())
        contact.has_memory = False
        return person_row(contact, "/people/", list_query="channel=web&seen=7")

    named = row(channel_type="whatsapp", channel_identifier="+41791234567", phone="+41791234567", name="Anna")
    assert '<span class="row-label">+41791234567</span><span class="row-name">Anna</span>' in named
    assert 'href="/people/cust_9/?channel=web&amp;seen=7"' in named
    emailed = row(channel_type="web", channel_identifier="visitor-1", email="ben@example.com")
    assert '<span class="row-name">ben@example.com</span>' in emailed
    # The email channel's label is the address already: not repeated.
    assert "row-name" not in row(channel_type="email", channel_identifier="ana@example.com", email="ana@example.com")


def test_a_people_row_escapes_what_the_channel_sent_and_marks_the_open_person():
    from conversations.models import Contact, Person

    person = Person(pk=7, public_id="cust_1", channel_type="web", channel_identifier='<img src=x onerror="alert(1)">')
    contact = Contact(person=person, conversation_count=1, last_seen_at=timezone.now() - timedelta(hours=2))
    contact.has_memory = True

    html = person_row(contact, "/agents/agent_1/people/", selected_id=7)

    assert '<a class="row person-row" href="/agents/agent_1/people/cust_1/" aria-current="true">' in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "<img" not in html
    assert "1 conv · <time" in html
    assert '<span id="badge-cust_1" class="badge-slot"><span class="memory-badge"' in html


def test_a_test_session_row_has_no_label_and_counts_conversations():
    from conversations.models import Contact, Person

    person = Person(pk=8, public_id="cust_2", channel_type="web", channel_identifier="x", is_test=True)
    contact = Contact(person=person, conversation_count=3, last_seen_at=timezone.now())
    contact.has_memory = False

    html = person_row(contact, "/people/")

    assert '<span class="row-label"><span class="muted">Test session</span></span></span>' in html
    assert "3 convs · <time" in html
    assert "aria-current" not in html
    assert '<span id="badge-cust_2" class="badge-slot"></span>' in html


def test_a_channel_without_an_icon_of_its_own_shows_the_generic_icon_and_its_slug():
    html = channel_icon("pancake-pos")

    assert "#i-message" in html
    assert "channel-other" in html
    assert '<span class="channel-slug">pancake-pos</span>' in html
    assert "channel-other" not in channel_icon("telegram")

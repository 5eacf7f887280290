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
    assert "#i-phone" in channel_icon("voice", 20)
    assert 'title="carrier-pigeon"' in channel_icon("carrier-pigeon")


def test_a_people_row_escapes_what_the_channel_sent_and_marks_the_open_person():
    from conversations.models import Contact, Person
    from customer_memory.templatetags.ui import person_row

    person = Person(pk=7, public_id="cust_1", channel_type="web", channel_identifier='<img src=x onerror="alert(1)">')
    contact = Contact(person=person, conversation_count=1, last_seen_at=timezone.now() - timedelta(hours=2))
    contact.has_memory = True

    html = str(person_row(contact, "/agents/agent_1/people/", selected_id=7))

    assert '<a class="row person-row" href="/agents/agent_1/people/cust_1/" aria-current="true">' in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "<img" not in html
    assert "1 conv · <time" in html
    assert '<span id="badge-cust_1" class="badge-slot"><span class="memory-badge"' in html


def test_a_test_session_row_has_no_label_and_counts_conversations():
    from conversations.models import Contact, Person
    from customer_memory.templatetags.ui import person_row

    person = Person(pk=8, public_id="cust_2", channel_type="web", channel_identifier="x", is_test=True)
    contact = Contact(person=person, conversation_count=3, last_seen_at=timezone.now())
    contact.has_memory = False

    html = str(person_row(contact, "/people/"))

    assert '<span class="row-label"><span class="muted">Test session</span></span>' in html
    assert "3 convs · <time" in html
    assert "aria-current" not in html
    assert '<span id="badge-cust_2" class="badge-slot"></span>' in html


def test_a_channel_without_an_icon_of_its_own_shows_the_generic_icon_and_its_slug():
    html = channel_icon("pancake-pos")

    assert "#i-message" in html
    assert "channel-other" in html
    assert '<span class="channel-slug">pancake-pos</span>' in html
    assert "channel-other" not in channel_icon("zalo")

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

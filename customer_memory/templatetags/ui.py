"""Presentation helpers for the UI templates: relative times and icons."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from django import template
from django.utils import timezone
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from conversations.models import ChannelType
from customer_memory.memory_status import MemoryStatus, reason_label

register = template.Library()

# 24x24 stroke icons (shapes after Lucide, ISC licence), drawn inline so they
# need no request, no font and no script.
ICON_PATHS = {
    "globe": (
        "M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z",
        "M2 12h20",
        "M12 2a15.3 15.3 0 0 1 4 10 15.3 15.3 0 0 1-4 10 15.3 15.3 0 0 1-4-10 15.3 15.3 0 0 1 4-10z",
    ),
    "message": ("M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z",),
    "mail": ("M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z", "m22 7-10 6L2 7"),
    "phone": (
        "M22 16.92v3a2 2 0 0 1-2.18 2 19.79 19.79 0 0 1-8.63-3.07 19.5 19.5 0 0 1-6-6 19.79 19.79 0 0 1"
        "-3.07-8.67A2 2 0 0 1 4.11 2h3a2 2 0 0 1 2 1.72 12.84 12.84 0 0 0 .7 2.81 2 2 0 0 1-.45 2.11L8.09"
        " 9.91a16 16 0 0 0 6 6l1.27-1.27a2 2 0 0 1 2.11-.45 12.84 12.84 0 0 0 2.81.7A2 2 0 0 1 22 16.92z",
    ),
    "brain": (
        "M12 5a3 3 0 1 0-5.997.125 4 4 0 0 0-2.526 5.77 4 4 0 0 0 .556 6.588A4 4 0 1 0 12 18Z",
        "M12 5a3 3 0 1 1 5.997.125 4 4 0 0 1 2.526 5.77 4 4 0 0 1-.556 6.588A4 4 0 1 1 12 18Z",
        "M15 13a4.5 4.5 0 0 1-3-4 4.5 4.5 0 0 1-3 4",
        "M17.599 6.5a3 3 0 0 0 .399-1.375",
        "M6.003 5.125A3 3 0 0 0 6.401 6.5",
        "M3.477 10.896a4 4 0 0 1 .585-.396",
        "M19.938 10.5a4 4 0 0 1 .585.396",
        "M6 18a4 4 0 0 1-1.967-.516",
        "M19.967 17.484A4 4 0 0 1 18 18",
    ),
    # Channels: drawn here in the same stroke style, shapes evoking each service's own mark.
    "whatsapp": (
        "M3 21l1.6-4.6A9 9 0 1 1 7.6 19.4z",
        "M9 8.5c.3 2.9 3.6 6.2 6.5 6.5l1-1.6-2.1-1-1 .9c-1.1-.5-2-1.4-2.5-2.5l.9-1-1-2.1z",
    ),
    "messenger": (
        "M12 2C6.5 2 2 6.1 2 11.2c0 2.9 1.4 5.4 3.7 7.1V22l3.4-1.9c.9.3 1.9.4 2.9.4 5.5 0 10-4.1 10-9.3S17.5 2 12 2z",
        "m7 13.5 3.5-3.5 3 2.5 3.5-3.5",
    ),
    "facebook": ("M18 2h-3a5 5 0 0 0-5 5v3H7v4h3v8h4v-8h3l1-4h-4V7a1 1 0 0 1 1-1h3z",),
    "instagram": (
        "M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5z",
        "M16 11.37A4 4 0 1 1 12.63 8 4 4 0 0 1 16 11.37z",
        "M17.5 6.5h.01",
    ),
    "telegram": ("m22 2-7 20-4-9-9-4Z", "M22 2 11 13"),
    "sms": (
        "M7 2h10a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z",
        "M12 18h.01",
        "M9 10h.01",
        "M12 10h.01",
        "M15 10h.01",
    ),
    "mic": (
        "M12 2a3 3 0 0 0-3 3v7a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3Z",
        "M19 10v2a7 7 0 0 1-14 0v-2",
        "M12 19v3",
    ),
    "pencil": ("M17 3a2.85 2.83 0 1 1 4 4L7.5 20.5 2 22l1.5-5.5Z", "m15 5 4 4"),
    "x": ("M18 6 6 18", "m6 6 12 12"),
    "undo": ("M3 7v6h6", "M21 17a9 9 0 0 0-9-9 9 9 0 0 0-6 2.3L3 13"),
    "search": ("M11 3a8 8 0 1 0 0 16a8 8 0 1 0 0-16z", "m21 21-4.3-4.3"),
    "flask": ("M9 3h6", "M10 3v6L4.5 19a1.5 1.5 0 0 0 1.3 2h12.4a1.5 1.5 0 0 0 1.3-2L14 9V3"),
    "chevron": ("m9 18 6-6-6-6",),
    "check": ("M20 6 9 17l-5-5",),
    "plus": ("M5 12h14", "M12 5v14"),
}

CHANNEL_ICONS = {
    "web": "globe",
    "email": "mail",
    "voice": "mic",
    "phone": "phone",
    "whatsapp": "whatsapp",
    "messenger": "messenger",
    "facebook": "facebook",
    "instagram": "instagram",
    "telegram": "telegram",
    "sms": "sms",
}
# Any other channel, named or brought by an integration, gets the generic message icon and its name beside it.
GENERIC_CHANNEL_ICON = "message"
CHANNEL_LABELS = dict(ChannelType.choices)


@register.simple_tag
@functools.cache
def icon_sprite() -> str:
    """Every icon once, as <symbol>s that `icon` refers to (in base.html)."""
    symbols = format_html_join(
        "",
        '<symbol id="i-{}" viewBox="0 0 24 24">{}</symbol>',
        ((name, format_html_join("", '<path d="{}"/>', ((d,) for d in paths))) for name, paths in ICON_PATHS.items()),
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="icon-sprite" aria-hidden="true" focusable="false">{}</svg>',
        symbols,
    )


@register.simple_tag
@functools.cache
def icon(name: str, size: int = 16, css_class: str = "icon") -> str:
    """An icon from the sprite, hidden from screen readers (label the control instead)."""
    if name not in ICON_PATHS:
        raise template.TemplateSyntaxError(f"Unknown icon {name!r}")
    return format_html(
        '<svg class="{}" width="{}" height="{}" aria-hidden="true" focusable="false"><use href="#i-{}"/></svg>',
        css_class,
        size,
        size,
        name,
    )


@register.simple_tag
@functools.cache
def channel_icon(channel_type: str, size: int = 16) -> str:
    """The channel's icon with its name ("WhatsApp") for screen readers and on hover.

    The name comes from the choices here, once per channel: the model's
    get_..._display() rebuilds its choices mapping on every call (every row).
    """
    label = CHANNEL_LABELS.get(channel_type, channel_type)
    own_icon = channel_type in CHANNEL_ICONS
    return format_html(
        '<span class="channel-icon channel-{}{}" title="{}">{}<span class="{}">{}</span></span>',
        channel_type,
        "" if own_icon else " channel-other",
        label,
        icon(CHANNEL_ICONS.get(channel_type, GENERIC_CHANNEL_ICON), size),
        # A channel without an icon of its own shows its name beside the generic one.
        "visually-hidden" if own_icon else "channel-slug",
        label,
    )


def ago(value: datetime, now: datetime | None = None) -> str:
    """'just now', '5 min ago', '2 h ago', '3 days ago', '4 months ago', '2 years ago'."""
    seconds = ((now or timezone.now()) - value).total_seconds()
    if seconds < 60:
        return "just now"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min ago"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} h ago"
    days = hours // 24
    if days < 30:
        return "1 day ago" if days == 1 else f"{days} days ago"
    if days < 365:
        months = days // 30
        return "1 month ago" if months == 1 else f"{months} months ago"
    years = days // 365
    return "1 year ago" if years == 1 else f"{years} years ago"


@register.filter(name="ago")
def ago_filter(value: datetime | None) -> str:
    return ago(value) if value else "never"


@register.simple_tag
def time_ago(value: datetime | None, prefix: str = "") -> str:
    """A relative time with the exact time on hover: <time title="21 Nov 2026, 12:21 UTC">."""
    if value is None:
        return format_html('<span class="muted">{}never</span>', prefix)
    local = timezone.localtime(value)
    # Built directly rather than with format_html or Django's date formatting: this runs for every
    # row of a list. Only the prefix comes from outside; the rest is digits, month names and the zone.
    return mark_safe(
        f'<time datetime="{local.isoformat()}" title="{local.day} {local:%b %Y, %H:%M} {escape(local.tzname())}">'
        f"{escape(prefix)}{ago(value)}</time>"
    )


# --- The People list's rows --------------------------------------------------------------------------
# A page of rows through the template engine cost about 2 ms (some 30 variable lookups, three tags
# and a partial per row); built here they cost a tenth of that (docs/benchmarks.md). The markup is
# people.html's: its `person-row` and `memory-badge` partials render through these.

REMEMBERED = format_html(
    '<span class="memory-badge" title="Remembered">{}<span class="visually-hidden">Has memory</span></span>',
    icon("brain", 15),
)


@register.simple_tag
def memory_status_tag(conversation: Any) -> str:
    """A conversation's memory status (customer_memory.memory_status annotations) and, when there is one, why."""
    status = getattr(conversation, "memory_status", MemoryStatus.PENDING)
    reason = reason_label(status, getattr(conversation, "memory_status_reason", None))
    return format_html(
        '<span class="memory-status memory-status-{}" data-memory-status="{}"{}>Memory: {}{}</span>',
        status,
        status,
        format_html(' title="{}"', reason) if reason else "",
        MemoryStatus(status).label.lower(),
        format_html(" · {}", reason) if reason else "",
    )


@register.simple_tag
def memory_badge(person_public_id: str, has_memory: bool, oob: bool = False) -> str:
    """The brain badge's slot in a row; `oob` swaps it into the list from a panel response."""
    return format_html(
        '<span id="badge-{}" class="badge-slot"{}>{}</span>',
        person_public_id,
        mark_safe(' hx-swap-oob="true"') if oob else "",
        REMEMBERED if has_memory else "",
    )


@register.filter
def known_as(person: Any) -> str:
    """The name (or email) the person gave, shown beside the label; never the label itself (seed 004)."""
    label = person.display_label
    return next((value for value in (person.name, person.email) if value and value != label), "")

"""Forms of the Chats UI: they validate input; queries and services do the work."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.utils import timezone

from conversations.models import ChannelType, validate_channel_slug

SEARCH_MAX_CHARS = 200


class ContactFilterForm(forms.Form):
    """Search and filters of an agent's Chats and People lists, read from the query string.

    A list stays usable whatever the URL says: a field whose value is invalid is
    left out of `filters()` and its error shown beside it, never a 500.
    """

    SEEN_CHOICES = [("", "Any time"), (7, "Last 7 days"), (30, "Last 30 days"), (90, "Last 90 days")]

    q = forms.CharField(label="Search", required=False, max_length=SEARCH_MAX_CHARS, strip=True)
    channel = forms.CharField(
        label="Channel",
        required=False,
        max_length=32,
        validators=[validate_channel_slug],
        error_messages={"invalid": "Choose a channel from the list."},
    )
    seen = forms.TypedChoiceField(
        label="Seen",
        required=False,
        choices=SEEN_CHOICES,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": "Choose 7, 30 or 90 days."},
    )

    def filters(self) -> dict[str, Any]:
        """The valid, non-empty filters (call after is_valid()): invalid fields are ignored."""
        cleaned = getattr(self, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if value not in ("", None)}

    def query_string(self, **extra: str) -> str:
        """The valid filters as a query string, for links that keep them (Load more, a row)."""
        return urlencode({**{name: str(value) for name, value in self.filters().items()}, **extra})

    def seen_since(self, now: datetime | None = None) -> datetime | None:
        days = self.filters().get("seen")
        return (now or timezone.now()) - timedelta(days=days) if days else None

    def selects(self, *names: str) -> list[dict[str, Any]]:
        """The drop-downs of `names` as the template draws them: id, label, and options with the one chosen."""
        chosen = self.filters()
        selects = []
        for name in names:
            field = self.fields[name]
            choices = self.channel_choices() if name == "channel" else field.choices  # type: ignore[attr-defined]
            current = str(chosen.get(name, ""))
            options = [(str(value), text, str(value) == current) for value, text in choices]
            selects.append({"name": name, "id": f"filter-{name}", "label": field.label, "options": options})
        return selects

    def channel_choices(self) -> list[tuple[str, str]]:
        """The named channels, and the one in the URL when an integration brought its own slug."""
        choices = [("", "All channels"), *ChannelType.choices]
        if (channel := self.filters().get("channel")) and channel not in ChannelType.values:
            choices.append((channel, channel))
        return choices

"""Forms of the People & Memory UI: they validate input; services do the writing."""

from __future__ import annotations

from django import forms

from conversations.forms import ContactFilterForm
from conversations.models import Agent
from customer_memory.models import Fact
from customer_memory.people import SORT_CONVERSATIONS, SORT_LAST_SEEN, PeopleFilter


class PeopleFilterForm(ContactFilterForm):
    """The People list's search, filters and sort (all in the URL, so a view can be shared)."""

    MEMORY_CHOICES = [("", "Anyone"), ("yes", "Has memory"), ("no", "No memory")]
    # Last seen is the default: its value is empty, so the URL of the default view stays short.
    SORT_CHOICES = [("", "Last seen"), (SORT_CONVERSATIONS, "Most conversations")]

    memory = forms.ChoiceField(
        label="Memory",
        required=False,
        choices=MEMORY_CHOICES,
        error_messages={"invalid_choice": "Choose Has memory or No memory."},
    )
    sort = forms.ChoiceField(
        label="Sort by",
        required=False,
        choices=SORT_CHOICES,
        error_messages={"invalid_choice": "Choose a sort order from the list."},
    )

    def people_filter(self) -> PeopleFilter:
        """The list to show (call after is_valid()): invalid fields are left out."""
        filters = self.filters()
        return PeopleFilter(
            query=filters.get("q", ""),
            channel=filters.get("channel", ""),
            seen_since=self.seen_since(),
            has_memory={"yes": True, "no": False}.get(filters.get("memory", "")),
            sort=filters.get("sort") or SORT_LAST_SEEN,
        )


class FactValueForm(forms.Form):
    value = forms.CharField(
        label="Value",
        max_length=Fact._meta.get_field("value").max_length,
        strip=True,
        error_messages={"required": "Enter a value."},
    )


class AgentSettingsForm(forms.Form):
    """Validates the settings only; customer_memory.services.update_agent_settings saves them."""

    memory_enabled = forms.BooleanField(
        label="Enable customer memory",
        required=False,
        help_text="After each conversation ends, the agent learns facts and a summary about the person.",
    )
    memory_retention_days = forms.TypedChoiceField(
        label="Memory retention period",
        choices=Agent.Retention.choices,
        coerce=int,
        help_text="Memory is deleted this long after it was last updated.",
    )
    conversation_history_enabled = forms.BooleanField(
        label="Enable conversation history",
        required=False,
        help_text="Show the agent recent messages from the person's earlier conversations.",
    )
    conversation_history_max_messages = forms.IntegerField(
        label="Max messages",
        min_value=1,
        max_value=200,
        help_text="How many earlier messages at most (1 to 200).",
        error_messages={"required": "Enter a number of messages."},
    )

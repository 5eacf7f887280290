"""Forms of the People & Memory UI: they validate input; services do the writing."""

from __future__ import annotations

from django import forms

from conversations.forms import ContactFilterForm
from conversations.models import Agent, Person
from customer_memory.models import Fact, KnowledgeEntry, Note
from customer_memory.people import SORT_CONVERSATIONS, SORT_LAST_SEEN, PeopleFilter
from customer_memory.services import SUMMARY_MAX_LENGTH


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


class FactCreateForm(forms.Form):
    """A fact entered by hand; services.create_fact normalizes the key (fact_keys) and saves it."""

    key = forms.CharField(
        label="Key",
        max_length=Fact._meta.get_field("key").max_length,
        strip=True,
        error_messages={"required": "Enter a key, e.g. preferred_contact_time."},
    )
    value = forms.CharField(
        label="Value",
        max_length=Fact._meta.get_field("value").max_length,
        strip=True,
        error_messages={"required": "Enter a value."},
    )
    confidence = forms.ChoiceField(label="Confidence", choices=Fact.Confidence.choices, initial=Fact.Confidence.HIGH)


class SummaryForm(forms.Form):
    summary = forms.CharField(
        label="Conversation summary",
        max_length=SUMMARY_MAX_LENGTH,
        required=False,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label="Note",
        max_length=Note.MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Write the note first."},
    )


class ContradictionForm(forms.Form):
    item = forms.CharField(label="Contradiction", max_length=Fact._meta.get_field("value").max_length)
    choice = forms.ChoiceField(
        label="Resolution", choices=[("keep", "Keep the current value"), ("take", "Take the other value")]
    )


def erase_confirmation(person: Person) -> str:
    """What a person types to confirm an erasure: the label the UI shows, or the id of a person without one."""
    return person.display_label or person.public_id


class EraseForm(forms.Form):
    confirmation = forms.CharField(label="Type the label to confirm", strip=True, required=False)

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.expected = erase_confirmation(person)

    def clean_confirmation(self) -> str:
        typed = self.cleaned_data["confirmation"]
        if typed != self.expected:
            raise forms.ValidationError(f"Type “{self.expected}” exactly to confirm the erasure.")
        return typed


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
    knowledge_retention_days = forms.TypedChoiceField(
        label="Knowledge retention",
        choices=Agent.Retention.choices,
        coerce=int,
        # Optional, like the count below: a form posted without the Agent Knowledge fields keeps them.
        required=False,
        empty_value=None,
        help_text="A knowledge entry is deleted this long after it was last confirmed (approved, or the same "
        "problem solved again).",
    )
    knowledge_min_customers = forms.IntegerField(
        label="Customers before proposing",
        required=False,
        min_value=2,
        max_value=100,
        help_text="A problem solved for this many different customers is proposed as knowledge (2 to 100).",
        error_messages={"required": "Enter a number of customers."},
    )


class KnowledgeEntryForm(forms.Form):
    """Validates an entry's fields for the Knowledge tab; customer_memory.knowledge saves it (and checks again)."""

    title = forms.CharField(
        label="Title", max_length=KnowledgeEntry.TITLE_MAX_LENGTH, error_messages={"required": "Enter the title."}
    )
    problem = forms.CharField(
        label="Problem",
        max_length=KnowledgeEntry.TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What customers run into, in general words: never a customer's name or details.",
        error_messages={"required": "Enter the problem."},
    )
    resolution = forms.CharField(
        label="Resolution",
        max_length=KnowledgeEntry.TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What solves it.",
        error_messages={"required": "Enter the resolution."},
    )
    tags = forms.CharField(
        label="Tags",
        required=False,
        max_length=500,
        help_text="Products or topics, separated by commas.",
    )

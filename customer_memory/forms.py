"""Forms of the People & Memory UI: they validate input; services do the writing."""

from __future__ import annotations

from django import forms

from conversations.models import Agent
from customer_memory.models import Fact, KnowledgeEntry


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
        label="Memory retention",
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

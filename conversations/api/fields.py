"""Request and response fields the API's serializers share, held to the JSON the schema documents.

Input fields refuse what the schema doesn't allow instead of coercing it (a number for a string, "yes"
for a boolean), and resolve public ids to rows, so a bad value is a 400 naming the field.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers
from rest_framework.validators import ProhibitSurrogateCharactersValidator

from conversations.models import Agent, Person, validate_channel_slug


class OptionalTextField(serializers.CharField):
    """Output only: an empty string is `null` in the JSON."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(allow_null=True, read_only=True, **kwargs)

    def to_representation(self, value: Any) -> str | None:  # type: ignore[override]  # None for an empty value
        return str(value) if value else None


def _no_surrogates(value: str) -> None:
    """DRF's surrogate check, run only on text that has one: its validator walks the text a character at a
    time in Python, which cost more than the rest of a message's validation on bulk ingest (3,000 messages/s,
    docs/benchmarks.md); encoding fails on exactly those characters, at C speed."""
    try:
        value.encode()
    except UnicodeEncodeError:
        ProhibitSurrogateCharactersValidator()(value)


class TextField(serializers.CharField):
    """A JSON string in a request body, held to the schema: numbers, booleans
    and objects are refused instead of coerced, and maxLength counts the text
    as sent, before surrounding whitespace is trimmed."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.validators = [
            _no_surrogates if isinstance(validator, ProhibitSurrogateCharactersValidator) else validator
            for validator in self.validators
        ]

    def run_validation(self, data: Any = serializers.empty) -> Any:
        if data is not serializers.empty and data is not None:
            if not isinstance(data, str):
                self.fail("invalid")
            if self.max_length is not None and len(data) > self.max_length:
                self.fail("max_length", max_length=self.max_length)
        return super().run_validation(data)


class EmailAddressField(TextField, serializers.EmailField):
    pass


class ChannelField(TextField):
    """A channel slug: the known channels and any other well-formed one (channels are an open set)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 32)
        kwargs.setdefault("validators", [validate_channel_slug])
        super().__init__(**kwargs)


class FlagField(serializers.BooleanField):
    """true or false in a request body; 0, 1 and "yes" are refused."""

    def to_internal_value(self, data: Any) -> bool:
        if data is True or data is False:
            return data
        self.fail("invalid", input=data)


class WholeNumberField(serializers.IntegerField):
    """A JSON integer in a request body; "5", 5.0 and true are refused."""

    def to_internal_value(self, data: Any) -> int:
        if type(data) is not int:
            self.fail("invalid")
        return super().to_internal_value(data)


class NumberChoiceField(serializers.ChoiceField):
    """One of integer choices in a request body; "30" is refused."""

    def to_internal_value(self, data: Any) -> Any:
        if type(data) is not int:
            self.fail("invalid_choice", input=data)
        return super().to_internal_value(data)


class PublicIdField(TextField):
    """A row's public id in a request, resolved to the row; unknown ids are a 400 naming the field."""

    model: type[Any]
    default_error_messages = {"unknown": "No {name} with this id."}
    name = "object"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 64)
        super().__init__(**kwargs)

    def lookup(self, public_id: str) -> Any:
        return self.model.objects.filter(public_id=public_id).first()

    def run_validation(self, data: Any = serializers.empty) -> Any:
        if isinstance(data, self.model):
            # Python callers of the services pass the row itself (only JSON can't).
            if data.pk is None:
                self.fail("unknown", name=self.name)
            return data
        public_id = super().run_validation(data)
        if public_id is None or public_id is serializers.empty:
            return public_id
        row = self.lookup(public_id)
        if row is None:
            self.fail("unknown", name=self.name)
        return row

    def to_representation(self, value: Any) -> str:
        return getattr(value, "public_id", value)


class AgentIdField(PublicIdField):
    """An agent id (`agent_...`). Looks in `context["agents"]` (public id -> Agent)
    first, so a view can load the agents of a whole bulk request with one query."""

    model = Agent
    name = "agent"

    def lookup(self, public_id: str) -> Any:
        agents = self.context.get("agents")
        return agents.get(public_id) if agents is not None else super().lookup(public_id)


class CustomerIdField(PublicIdField):
    """A customer id (`cust_...`). Looks in `context["customers"]` (public id -> Person) first, as AgentIdField."""

    model = Person
    name = "customer"

    def lookup(self, public_id: str) -> Any:
        customers = self.context.get("customers")
        return customers.get(public_id) if customers is not None else super().lookup(public_id)

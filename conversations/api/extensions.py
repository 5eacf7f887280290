"""Fields that apps above add to a conversation as the API shows it, without this app importing them.

An app registers a field from its AppConfig.ready(): the serializer field (documented in the
OpenAPI schema like any other) and the queryset annotation that field reads. customer_memory
registers `memoryStatus` this way; the conversation endpoints annotate every queryset they serialize.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from rest_framework import serializers


@dataclass(frozen=True)
class ConversationField:
    make_field: Callable[[], serializers.Field]
    annotate: Callable[[QuerySet[Any]], QuerySet[Any]]


_fields: dict[str, ConversationField] = {}


def register_conversation_field(
    name: str,
    *,
    field: Callable[[], serializers.Field],
    annotate: Callable[[QuerySet[Any]], QuerySet[Any]],
) -> None:
    """Add `name` to every conversation the API returns; registering the same name again replaces it."""
    _fields[name] = ConversationField(make_field=field, annotate=annotate)


def annotate_conversations(queryset: QuerySet[Any]) -> QuerySet[Any]:
    for extension in _fields.values():
        queryset = extension.annotate(queryset)
    return queryset


def extra_fields() -> dict[str, serializers.Field]:
    """Fresh field instances (a bound field can't be shared between serializers)."""
    return {name: extension.make_field() for name, extension in _fields.items()}

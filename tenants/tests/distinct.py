"""Rows whose every field holds a value no other field has, for tests that compare hand-written row
loading (tenants.fast_paths, conversations.fast_paths) with the ORM's: a column read into the wrong
field can't go unnoticed behind two equal defaults (the People list once labelled every phone caller
"Test session" that way)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from django.db import models

# The same for every row of a comparison, before any message of a test.
BASE = datetime(2026, 1, 1, tzinfo=UTC)


def settable_fields(model: type[models.Model], keep: Iterable[str] = ()) -> list[Any]:
    """Concrete fields a test may set: not the primary key, relations, generated columns or `keep`."""
    kept = set(keep)
    return [
        field
        for field in model._meta.concrete_fields
        if not (field.primary_key or field.is_relation or isinstance(field, models.GeneratedField))
        and field.attname not in kept
    ]


def give_distinct_values(instance: models.Model, start: int, keep: Iterable[str] = ()) -> None:
    """Store a distinct value in every settable field of `instance` (auto_now ones included)."""
    numbers = itertools.count(start)
    fields = settable_fields(type(instance), keep)
    for field in fields:
        number = next(numbers)
        if isinstance(field, models.BooleanField):
            value: object = True
        elif isinstance(field, models.DateTimeField):
            value = BASE + timedelta(minutes=number)
        elif isinstance(field, models.FloatField):
            value = number + 0.25
        elif isinstance(field, models.IntegerField):
            value = number
        elif isinstance(field, models.JSONField):
            value = [f"{field.name}-{number}"]
        elif isinstance(field, models.EmailField):
            value = f"{field.name}{number}@example.com"
        else:
            value = f"{number}{field.name}"[: field.max_length or None]
        setattr(instance, field.attname, value)
    # update(), not save(): auto_now fields keep the distinct value too.
    type(instance)._default_manager.filter(pk=instance.pk).update(
        **{field.attname: getattr(instance, field.attname) for field in fields}
    )


def field_values(instance: models.Model) -> dict[str, Any]:
    """Every concrete field's value, by attribute name."""
    return {field.attname: getattr(instance, field.attname) for field in type(instance)._meta.concrete_fields}

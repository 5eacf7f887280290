"""Rows loaded without the ORM's query compiler, for the lookups every request makes.

`Person.objects.get(public_id=...)` spends about 0.45 ms of its 0.75 ms building
and compiling the query (docs/benchmarks.md). An API request makes two or
three such lookups (its key, the customer, the agent) before its own work, and
a single ingest one more (the open conversation). Here each statement is
written once per model and column, and rows become instances through
`Model.from_db` after the fields' database converters (JSON, for one), as the
ORM does: the instance is the one the ORM would have returned.

Use it for single-row lookups on hot paths; everything else uses the ORM.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db import connection, models
from django.http import Http404

M = TypeVar("M", bound=models.Model)


@dataclass(frozen=True)
class Columns(Generic[M]):
    """A model's concrete columns as a select list, and how to turn a row of them into an instance."""

    model: type[M]
    select: str
    attnames: tuple[str, ...]
    converters: tuple[tuple[int, tuple[Callable[..., Any], ...], Any], ...]
    pk_index: int  # where the primary key is in a row

    def load(self, row: Sequence[Any]) -> M:
        if self.converters:
            row = list(row)
            for index, functions, expression in self.converters:
                for convert in functions:
                    row[index] = convert(row[index], expression, connection)
        return self.model.from_db(connection.alias, list(self.attnames), row)


@functools.cache
def columns(model: type[M], table_alias: str = "") -> Columns[M]:
    """The select list of `model` (qualified by `table_alias` if given) and its row loader."""
    quote = connection.ops.quote_name
    fields = model._meta.concrete_fields
    prefix = f"{quote(table_alias)}." if table_alias else ""
    converters = []
    for index, field in enumerate(fields):
        expression = field.get_col(model._meta.db_table)
        # PostgreSQL's converters are stateless, so those of the connection at hand serve every thread.
        found = connection.ops.get_db_converters(expression) + expression.get_db_converters(connection)
        if found:
            converters.append((index, tuple(found), expression))
    return Columns(
        model=model,
        select=", ".join(f"{prefix}{quote(field.column)}" for field in fields),  # type: ignore[arg-type]
        attnames=tuple(field.attname for field in fields),
        converters=tuple(converters),
        pk_index=[field.attname for field in fields].index(model._meta.pk.attname),
    )


def _storable(value: Any) -> bool:
    """PostgreSQL text cannot hold NUL: such a value matches no row (and must not reach the driver)."""
    return not (isinstance(value, str) and "\x00" in value)


def _unique_field(model: type[models.Model], field_name: str) -> Any:
    field = model._meta.get_field(field_name)
    if not isinstance(field, models.Field) or not (field.unique or field.primary_key):
        raise ValueError(f"{model.__name__}.{field_name} is not unique")
    return field


@functools.cache
def _statement(model: type[models.Model], field_name: str, many: bool) -> tuple[str, models.Field]:
    field = _unique_field(model, field_name)
    quote = connection.ops.quote_name
    condition = f"{quote(field.column)} = ANY(%s)" if many else f"{quote(field.column)} = %s"
    return f"SELECT {columns(model).select} FROM {quote(model._meta.db_table)} WHERE {condition}", field


def get_by(model: type[M], field_name: str, value: Any) -> M | None:
    """The row of `model` whose unique `field_name` is `value`, or None."""
    sql, field = _statement(model, field_name, False)
    if not _storable(value):
        return None
    with connection.cursor() as cursor:
        cursor.execute(sql, [field.get_db_prep_value(value, connection)])
        row = cursor.fetchone()
    return None if row is None else columns(model).load(row)


def get_by_or_404(model: type[M], field_name: str, value: Any) -> M:
    found = get_by(model, field_name, value)
    if found is None:
        raise Http404(f"No {model._meta.object_name} matches the given query.")
    return found


def get_all_by(model: type[M], field_name: str, values: Iterable[Any]) -> dict[Any, M]:
    """The rows of `model` whose unique `field_name` is one of `values`, by that value (like in_bulk)."""
    sql, field = _statement(model, field_name, True)
    values = [field.get_db_prep_value(value, connection) for value in set(values) if _storable(value)]
    if not values:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [values])
        rows = cursor.fetchall()
    loaded = [columns(model).load(row) for row in rows]
    return {getattr(instance, field.attname): instance for instance in loaded}


def get_each(*lookups: tuple[type[models.Model], str, Any]) -> list[Any]:
    """Several rows, each by a unique column of its own model, in one statement; None where missing.

    For a request that needs two rows before its work (the customer and the agent of a context
    fetch): one round trip instead of two.
    """
    quote = connection.ops.quote_name
    selects, joins, params = [], [], []
    for number, (model, field_name, value) in enumerate(lookups):
        field = _unique_field(model, field_name)
        alias = f"r{number}"
        selects.append(columns(model, alias).select)
        joins.append(f"LEFT JOIN {quote(model._meta.db_table)} {alias} ON {alias}.{quote(field.column)} = %s")
        params.append(field.get_db_prep_value(value, connection) if _storable(value) else None)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(selects)} FROM (VALUES (1)) AS one (x) {' '.join(joins)}", params)
        row = cursor.fetchone()
    found, start = [], 0
    for model, _field_name, _value in lookups:
        loader = columns(model)
        values = row[start : start + len(loader.attnames)]
        start += len(loader.attnames)
        found.append(None if values[loader.pk_index] is None else loader.load(values))
    return found

"""Fast paths of the tenants app: rows read without the ORM's query compiler, kept because a benchmark
target in docs/benchmarks.md is missed without them (issue 17), with tests comparing their instances
with the ORM's field by field for every model field (tenants/tests/test_fast_paths.py,
customer_memory/tests/test_fast_path_lookups.py).

- `get_by`: the API key by its hash, which every API request reads before its own work.
- `get_each`: the context fetch's customer and agent in one statement.

Target: context (API) median <= 3x the api baseline and p95 <= 8 ms (issue 3). Through the ORM
(`.filter(...).first()`, two lookups for the customer and the agent): the api baseline +0.5 ms
(every API request), the context fetch +2 ms median, p95 11.5-12.9 ms and 2.82-3.13x (MISSED in one
run of five); with these: p95 9.2-9.9 ms, 2.66-2.94x on the same machine minutes apart
(docs/benchmarks.md, "Twins"). Building and compiling a query costs the ORM about 0.45 ms here; an
extra round trip 0.3-0.5 ms.

`columns()` also serves conversations.fast_paths. Everything else uses the ORM.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db import models

from tenants.db import connection

M = TypeVar("M", bound=models.Model)


@dataclass(frozen=True)
class Columns(Generic[M]):
    """A model's concrete columns as a select list, and how a row of them becomes the ORM's instance."""

    model: type[M]
    select: str
    attnames: tuple[str, ...]
    converters: tuple[tuple[int, tuple[Callable[..., Any], ...], Any], ...]
    pk_index: int  # where the primary key is in a row

    def load(self, row: Sequence[Any]) -> M:
        """`Model.from_db` after the fields' database converters (JSON, for one), as the ORM loads a row."""
        values = list(row)
        for index, functions, expression in self.converters:
            for convert in functions:
                values[index] = convert(values[index], expression, connection)
        return self.model.from_db(connection.alias, list(self.attnames), values)


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


def get_by(model: type[M], field_name: str, value: Any) -> M | None:
    """The row of `model` whose unique `field_name` is `value`, or None."""
    [found] = get_each((model, field_name, value))
    return found


def get_each(*lookups: tuple[type[models.Model], str, Any]) -> list[Any]:
    """Several rows, each by a unique column of its own model, in one statement; None where missing."""
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

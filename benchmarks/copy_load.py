"""COPY plumbing for the benchmark data set: a model's COPY statement with its defaults, rows as COPY
text, a separate low-priority connection, and dropping and rebuilding secondary indexes around a load.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg
from django.contrib.postgres.fields import ArrayField
from django.db import connection
from django.db.models import Model

from benchmarks.progress import Progress


def copy_text(value: Any, *, array: bool = False) -> str:
    """A Python default as COPY text (only constants: defaults of columns not generated).

    A list is a JSON document, or with `array` a PostgreSQL array (an ArrayField's `{}`).
    """
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if array:
        return "{" + ",".join(json.dumps(str(item)) for item in value) + "}"
    if isinstance(value, list | dict):
        return json.dumps(value)
    return str(value)


class CopyTable:
    """The COPY statement for a model: the given columns, then every other column at its default.

    Columns added to a model later are filled with their default; one without
    a default stops the generator, so it is never silently wrong.
    """

    def __init__(self, model: type[Model], columns: Sequence[str]):
        self.model = model
        self.table = model._meta.db_table
        fields = [f for f in model._meta.concrete_fields if not getattr(f, "generated", False)]
        known = {f.column for f in fields}
        if unknown := [column for column in columns if column not in known]:
            raise RuntimeError(f"{self.table} has no column(s) {unknown}; update benchmarks/dataset.py")
        self.columns = list(columns)
        suffix = []
        for f in fields:
            if f.column in columns:
                continue
            default = f.get_default()
            if default is None and not f.null:
                raise RuntimeError(f"{self.table}.{f.column} has no default; the generator must set it")
            self.columns.append(f.attname if f.column is None else f.column)
            suffix.append(copy_text(default, array=isinstance(f, ArrayField)))
        self.suffix = "".join("\t" + value for value in suffix) + "\n"

    def statement(self, schema: str) -> str:
        columns = ", ".join(f'"{column}"' for column in self.columns)
        return f'COPY "{schema}"."{self.table}" ({columns}) FROM STDIN'


def iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat()


def connect(*, background: bool = True) -> psycopg.Connection:
    """A separate autocommit connection; for bulk work (`background`) at a lower CPU priority than
    the tests around it."""
    settings = connection.settings_dict
    conn = psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        autocommit=True,
    )
    if background:
        conn.execute("SET synchronous_commit = off")
        _lower_priority(conn)
    return conn


def _lower_priority(conn: psycopg.Connection) -> None:
    try:
        row = conn.execute("SELECT pg_backend_pid()").fetchone()
        if row is not None:
            os.setpriority(os.PRIO_PROCESS, row[0], 10)
    except (OSError, PermissionError):
        pass  # a remote or foreign server: run at normal priority


@dataclass
class SavedIndexes:
    """Secondary indexes and unique constraints of some tables, dropped for a load."""

    constraints: list[tuple[str, str, str]] = field(default_factory=list)  # (table, name, definition)
    indexes: list[tuple[str, str]] = field(default_factory=list)  # (name, CREATE INDEX ...)


def drop_secondary_indexes(conn: psycopg.Connection, schema: str, tables: Sequence[str]) -> SavedIndexes:
    saved = SavedIndexes()
    saved.constraints = conn.execute(
        """
        SELECT t.relname, c.conname, pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = %s AND t.relname = ANY(%s) AND c.contype IN ('u', 'x')
        """,
        [schema, list(tables)],
    ).fetchall()
    saved.indexes = conn.execute(
        """
        SELECT i.relname, pg_get_indexdef(i.oid)
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = %s AND t.relname = ANY(%s) AND NOT x.indisprimary
          AND NOT EXISTS (
            SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u', 'x')
          )
        """,
        [schema, list(tables)],
    ).fetchall()
    for table, name, _ in saved.constraints:
        conn.execute(f'ALTER TABLE "{schema}"."{table}" DROP CONSTRAINT "{name}"')
    for name, _ in saved.indexes:
        conn.execute(f'DROP INDEX "{schema}"."{name}"')
    return saved


def restore_indexes(
    conn: psycopg.Connection, schema: str, saved: SavedIndexes, progress: Progress
) -> list[tuple[str, float]]:
    """Recreate what `drop_secondary_indexes` dropped; returns (name, seconds) per index."""
    timings = []
    work = [
        (name, f'ALTER TABLE "{schema}"."{table}" ADD CONSTRAINT "{name}" {definition}')
        for table, name, definition in saved.constraints
    ]
    work += list(saved.indexes)
    bar = progress.bar("indexes", len(work))
    for name, statement in work:
        started = time.perf_counter()
        conn.execute(statement)
        timings.append((name, time.perf_counter() - started))
        bar.advance(1)
    bar.done()
    return timings


def copy_lines(conn: psycopg.Connection, table: CopyTable, schema: str, lines: list[str]) -> None:
    suffix = table.suffix
    with conn.cursor() as cursor, cursor.copy(table.statement(schema)) as copy:
        for block in _blocks(lines, 5_000):
            copy.write(suffix.join(block) + suffix)


def _blocks(lines: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(lines), size):
        yield lines[start : start + size]

"""Many small organizations, fast: one made the normal way, the rest copied from its schema.

Creating a schema through migrations takes 1.5-2 s (every migration of every
tenant app, then the roles), so 1,000 organizations would take half an hour.
django-tenants' own copy (`TENANT_BASE_SCHEMA` / `CloneSchema`, the
pg-clone-schema function) fails on our schema: it re-creates the pgvector
column without its dimensions ("column does not have dimensions" when it
rebuilds the HNSW index). `SchemaCopier` reads the first organization's
tables, columns, constraints and indexes from the catalog once and replays
them, with the rows (migration history, content types, permissions, roles,
a few people), for each new schema in one transaction: about 0.1 s each.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import IO

import psycopg
from django.db import transaction
from django.utils import timezone
from django_tenants.utils import schema_context

from benchmarks.dataset import connect
from benchmarks.progress import Progress

PREFIX = "bench_t"
# What a new organization's schema holds before anyone uses it: its migration history, and the
# content types, permissions and groups behind the roles.
STRUCTURE_TABLES = {
    "django_migrations",
    "django_content_type",
    "auth_permission",
    "auth_group",
    "auth_group_permissions",
}
PER_BATCH = 50


def small_schema(number: int) -> str:
    return f"{PREFIX}{number:04d}"


def small_domain(number: int) -> str:
    return f"bench-t{number:04d}.localhost"


@dataclass
class _Table:
    name: str
    create: str
    copy_columns: list[str]
    identity: list[str]


class SchemaCopier:
    """The DDL of one schema, replayable into new schemas with or without its rows."""

    def __init__(self, conn: psycopg.Connection, template: str):
        self.template = template
        self.tables: list[_Table] = []
        self.constraints: list[str] = []
        self.foreign_keys: list[str] = []
        self.indexes: list[str] = []
        conn.execute(f'SET search_path = "{template}", public')
        try:
            self._read(conn)
        finally:
            conn.execute("RESET search_path")

    def _read(self, conn: psycopg.Connection) -> None:
        tables = conn.execute(
            """
            SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = %s AND c.relkind = 'r' ORDER BY c.relname
            """,
            [self.template],
        ).fetchall()
        for oid, name in tables:
            columns = conn.execute(
                """
                SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated
                FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
                """,
                [oid],
            ).fetchall()
            parts, copy_columns, identity = [], [], []
            for column, type_name, not_null, default, identity_kind, generated in columns:
                part = f'"{column}" {type_name}'
                if generated == "s":
                    part += f" GENERATED ALWAYS AS ({default}) STORED"
                else:
                    copy_columns.append(column)
                    if identity_kind:
                        part += f" GENERATED {'ALWAYS' if identity_kind == 'a' else 'BY DEFAULT'} AS IDENTITY"
                        identity.append(column)
                    elif default is not None:
                        part += f" DEFAULT {default}"
                if not_null:
                    part += " NOT NULL"
                parts.append(part)
            self.tables.append(_Table(name, f'CREATE TABLE "{name}" ({", ".join(parts)})', copy_columns, identity))
            for constraint, kind, definition in conn.execute(
                "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s "
                "ORDER BY contype = 'p' DESC, conname",
                [oid],
            ).fetchall():
                statement = f'ALTER TABLE "{name}" ADD CONSTRAINT "{constraint}" {definition}'
                (self.foreign_keys if kind == "f" else self.constraints).append(statement)
            for (definition,) in conn.execute(
                """
                SELECT pg_get_indexdef(x.indexrelid) FROM pg_index x
                WHERE x.indrelid = %s AND NOT EXISTS (
                    SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u', 'x')
                )
                """,
                [oid],
            ).fetchall():
                self.indexes.append(definition)

    def script(self, schema: str, *, with_rows: bool = True, row_tables: set[str] | None = None) -> str:
        """SQL that creates `schema` as a copy of the template, in one transaction."""
        qualified = re.compile(rf'(?<![\w"]){re.escape(self.template)}\.|"{re.escape(self.template)}"\.')
        statements = [table.create for table in self.tables]
        statements += self.constraints + self.indexes + self.foreign_keys
        # Definitions read from the catalog may name the template's schema; they must name the new one.
        statements = [qualified.sub(f'"{schema}".', statement) for statement in statements]
        rows = []
        if with_rows:
            for table in self.tables:
                if row_tables is not None and table.name not in row_tables:
                    continue
                columns = ", ".join(f'"{column}"' for column in table.copy_columns)
                rows.append(
                    f'INSERT INTO "{table.name}" ({columns}) OVERRIDING SYSTEM VALUE '
                    f'SELECT {columns} FROM "{self.template}"."{table.name}"'
                )
                rows += [
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{column}'), "
                    f'coalesce(max("{column}"), 0) + 1, false) FROM "{table.name}"'
                    for column in table.identity
                ]
        # Rows go in before the indexes and foreign keys, which are then built once.
        tables = len(self.tables)
        body = [
            f'CREATE SCHEMA "{schema}"',
            f'SET LOCAL search_path = "{schema}", public',
            *statements[:tables],
            *rows,
            *statements[tables:],
        ]
        return "BEGIN;\n" + ";\n".join(body) + ";\nCOMMIT;"

    def copy(
        self, conn: psycopg.Connection, schema: str, *, with_rows: bool = True, row_tables: set[str] | None = None
    ) -> None:
        conn.execute(self.script(schema, with_rows=with_rows, row_tables=row_tables).encode())


def fill_small_organization(schema: str) -> None:
    """A few people with conversations, memory and episodes, as a small customer would have."""
    from conversations.models import Agent, Contact, Conversation, Message, Person
    from customer_memory.models import EMBEDDING_DIMENSIONS, Episode, Fact, Memory

    now = timezone.now()
    with schema_context(schema), transaction.atomic():
        agent = Agent.objects.create(name="Support", memory_enabled=True)
        for number in range(20):
            seen = now - timedelta(days=number)
            person = Person.objects.create(
                channel_type="whatsapp",
                channel_identifier=f"+4915100{number:06d}",
                phone=f"+4915100{number:06d}",
                name=f"Customer {number}",
                first_contact_at=seen - timedelta(days=30),
                last_seen_at=seen,
                conversation_count=2,
            )
            Contact.objects.create(
                agent=agent,
                person=person,
                conversation_count=2,
                first_seen_at=seen - timedelta(days=30),
                last_seen_at=seen,
            )
            memory = Memory.objects.create(
                person=person, agent=agent, summary="The customer asked about delivery.", updated_at=seen
            )
            for key, value in (("location", "Berlin"), ("occupation", "nurse"), ("pet", "a dog")):
                Fact.objects.create(memory=memory, key=key, value=value)
            for days_ago in (30, 0):
                started = seen - timedelta(days=days_ago)
                conversation = Conversation.objects.create(
                    person=person,
                    agent=agent,
                    channel="whatsapp",
                    status=Conversation.Status.CLOSED,
                    started_at=started,
                    last_message_at=started,
                    closed_at=started + timedelta(minutes=15),
                    message_count=2,
                    customer_message_count=1,
                )
                Message.objects.create(
                    conversation=conversation, role="customer", content="Where is my order?", sent_at=started
                )
                Message.objects.create(
                    conversation=conversation, role="agent", content="It ships today.", sent_at=started
                )
                Episode.objects.create(
                    person=person,
                    agent=agent,
                    conversation=conversation,
                    summary="The customer asked where the order was; it shipped the same day.",
                    embedding=[0.0] * (EMBEDDING_DIMENSIONS - 1) + [1.0],
                    created_at=started,
                )


def ensure_small_organizations(count: int, out: IO[str] = sys.stdout) -> None:
    """Make sure bench_t0001..bench_t<count> exist; the first made by migrations, the rest copied."""
    from tenants.middleware import forget_cached_hosts
    from tenants.models import Domain, Organization
    from tenants.organizations import create_organization

    with schema_context("public"):
        existing = set(
            Organization.objects.filter(schema_name__startswith=PREFIX).values_list("schema_name", flat=True)
        )
    template = small_schema(1)
    if template not in existing:
        create_organization(schema_name=template, name="Small 0001", domain=small_domain(1))
        fill_small_organization(template)
    missing = [number for number in range(2, count + 1) if small_schema(number) not in existing]
    if not missing:
        out.write(f"{count:,} small organizations exist\n")
        return
    conn = connect()
    started = time.perf_counter()
    copier = SchemaCopier(conn, template)
    bar = Progress(out).bar("tenants", len(missing))
    for start in range(0, len(missing), PER_BATCH):
        batch = missing[start : start + PER_BATCH]
        for number in batch:
            schema = small_schema(number)
            # Left behind by an interrupted run: a schema without its organization row.
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            copier.copy(conn, schema)
        with schema_context("public"), transaction.atomic():
            organizations = Organization.objects.bulk_create(
                [Organization(schema_name=small_schema(number), name=f"Small {number:04d}") for number in batch]
            )
            Domain.objects.bulk_create(
                [
                    Domain(domain=small_domain(number), tenant=organization, is_primary=True)
                    for number, organization in zip(batch, organizations, strict=True)
                ]
            )
        bar.advance(len(batch))
    bar.done()
    conn.close()
    forget_cached_hosts()
    seconds = time.perf_counter() - started
    out.write(
        f"copied {len(missing):,} organizations in {seconds:.1f} s ({seconds / len(missing) * 1000:.0f} ms each)\n"
    )


def drop_small_organizations() -> int:
    from tenants.middleware import forget_cached_hosts
    from tenants.models import Organization

    with schema_context("public"):
        schemas = list(
            Organization.objects.filter(schema_name__startswith=PREFIX).values_list("schema_name", flat=True)
        )
        conn = connect()
        for schema in schemas:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        conn.close()
        Organization.objects.filter(schema_name__in=schemas).delete()
    forget_cached_hosts()
    return len(schemas)

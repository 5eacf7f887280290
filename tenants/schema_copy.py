"""New organizations' schemas, copied from a template schema that migrations made.

Migrating a new schema takes ~1.5 s with 1,000 organizations present
(docs/benchmarks.md): Django renders the model state of every migration, runs
some 400 statements, then post_migrate (content types, permissions, roles).
`SchemaCopier` reads the template's tables, columns, constraints and indexes
from the catalog once and replays them into the new schema with the
template's rows (migration history, content types, permissions, the roles'
groups) and identity sequence positions: ~0.1 s.

django-tenants' own copy (TENANT_BASE_SCHEMA / CloneSchema) is not used: it
re-creates the pgvector column as `vector` without its dimensions, and
building the HNSW index then fails.

The template (settings.ORGANIZATION_TEMPLATE_SCHEMA) has no Organization row:
no host routes to it and `migrate_schemas` leaves it alone. Before a copy,
its applied migrations are compared with the migration graph; a missing or
stale template is dropped and made again by migrations at that moment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.db.backends.utils import CursorWrapper
from django_tenants.utils import schema_context

from tenants.db import connection
from tenants.schema_migrations import pending_schemas

GENERATED = {"s": "STORED", "v": "VIRTUAL"}
IDENTITY = {"a": "ALWAYS", "d": "BY DEFAULT"}
STORAGE = {"p": "PLAIN", "e": "EXTERNAL", "m": "MAIN", "x": "EXTENDED"}


def refuse_template_name(schema_name: str) -> None:
    """An organization on the template's schema would route a host to the template."""
    if schema_name == settings.ORGANIZATION_TEMPLATE_SCHEMA:
        raise ValueError(
            f"The schema name {schema_name!r} is reserved: new organizations' schemas are copied from it "
            "(settings.ORGANIZATION_TEMPLATE_SCHEMA)."
        )


@dataclass(frozen=True)
class _Table:
    name: str
    create: str
    copied_columns: tuple[str, ...]  # all but generated columns
    sequences: tuple[str, ...]  # of its identity columns


class SchemaCopier:
    """One schema's DDL, read from the catalog; replays it and the schema's rows into new schemas."""

    def __init__(self, template: str):
        self.template = template
        self.tables: list[_Table] = []
        self.constraints: list[str] = []
        self.indexes: list[str] = []
        self.foreign_keys: list[str] = []
        # Read with the template first on the search path, the catalog names its objects without
        # their schema (and pgvector's type as plain `vector(384)`); replayed with the new schema
        # first, the same names land there.
        with schema_context(template), connection.cursor() as cursor:
            self._read_tables(cursor)
            self._read_constraints(cursor)
            self._read_indexes(cursor)
        self.script = ";\n".join(
            [
                *(table.create for table in self.tables),
                *self._row_statements(),
                # Rows go in before the constraints and indexes, which are then built once.
                *self.constraints,
                *self.indexes,
                *self.foreign_keys,
            ]
        )

    def _read_tables(self, cursor: CursorWrapper) -> None:
        cursor.execute(
            """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                   CASE WHEN a.attcollation NOT IN (0, t.typcollation) THEN a.attcollation::regcollation::text END,
                   a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
                   (SELECT s.relname FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid
                    WHERE dep.classid = 'pg_class'::regclass AND dep.refobjid = c.oid
                      AND dep.refobjsubid = a.attnum AND dep.deptype = 'i' AND s.relkind = 'S'),
                   CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END, c.reloptions
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = %s AND c.relkind = 'r'
            ORDER BY c.relname, a.attnum
            """,
            [self.template],
        )
        columns_by_table: dict[str, list[tuple]] = {}
        options_by_table: dict[str, list[str] | None] = {}
        for row in cursor.fetchall():
            columns_by_table.setdefault(row[0], []).append(row[1:-1])
            options_by_table[row[0]] = row[-1]
        quote = connection.ops.quote_name
        for table, columns in columns_by_table.items():
            parts, copied, sequences, storage = [], [], [], []
            for name, type_name, collation, not_null, default, identity, generated, sequence, stored in columns:
                if stored:
                    storage.append(f"ALTER COLUMN {quote(name)} SET STORAGE {STORAGE[stored]}")
                part = f"{quote(name)} {type_name}"
                if collation:
                    part += f" COLLATE {collation}"
                if generated:
                    part += f" GENERATED ALWAYS AS ({default}) {GENERATED[generated]}"
                else:
                    copied.append(quote(name))
                    if identity:
                        part += f" GENERATED {IDENTITY[identity]} AS IDENTITY (SEQUENCE NAME {quote(sequence)})"
                        sequences.append(sequence)
                    elif default is not None:
                        part += f" DEFAULT {default}"
                if not_null:
                    part += " NOT NULL"
                parts.append(part)
            create = f"CREATE TABLE {quote(table)} ({', '.join(parts)})"
            # Table storage parameters (toast_tuple_target) and column storage other than the type's
            # (the episode's embedding kept in the row): how rows are laid out, as the migrations set it.
            if options := options_by_table[table]:
                create += f" WITH ({', '.join(options)})"
            if storage:
                create += f";\nALTER TABLE {quote(table)} {', '.join(storage)}"
            self.tables.append(_Table(table, self._unqualified(create), tuple(copied), tuple(sequences)))

    def _read_constraints(self, cursor: CursorWrapper) -> None:
        # NOT NULL constraints (contype 'n', PostgreSQL 18) come with the columns.
        cursor.execute(
            """
            SELECT c.relname, o.conname, o.contype, pg_get_constraintdef(o.oid)
            FROM pg_constraint o
            JOIN pg_class c ON c.oid = o.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = %s AND c.relkind = 'r' AND o.contype <> 'n'
            ORDER BY o.contype <> 'p', c.relname, o.conname
            """,
            [self.template],
        )
        quote = connection.ops.quote_name
        for table, name, kind, definition in cursor.fetchall():
            statement = self._unqualified(f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}")
            (self.foreign_keys if kind == "f" else self.constraints).append(statement)

    def _read_indexes(self, cursor: CursorWrapper) -> None:
        # Indexes behind primary key, unique and exclusion constraints come with the constraints.
        cursor.execute(
            """
            SELECT pg_get_indexdef(x.indexrelid)
            FROM pg_index x
            JOIN pg_class c ON c.oid = x.indrelid
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = %s AND c.relkind = 'r' AND NOT EXISTS (
                SELECT 1 FROM pg_constraint o WHERE o.conindid = x.indexrelid AND o.contype IN ('p', 'u', 'x')
            )
            ORDER BY c.relname, i.relname
            """,
            [self.template],
        )
        self.indexes = [self._unqualified(definition) for (definition,) in cursor.fetchall()]

    def _unqualified(self, statement: str) -> str:
        """`statement` without the template's schema, which some definitions name (`ON template.t`)."""
        template = re.escape(self.template)
        return re.sub(rf'(?<![\w"]){template}\.|"{template}"\.', "", statement)

    def _row_statements(self) -> list[str]:
        """The template's rows as they are at copy time, and where its identity sequences stand."""
        quote = connection.ops.quote_name
        statements = []
        for table in self.tables:
            columns = ", ".join(table.copied_columns)
            statements.append(
                f"INSERT INTO {quote(table.name)} ({columns}) OVERRIDING SYSTEM VALUE "
                f"SELECT {columns} FROM {quote(self.template)}.{quote(table.name)}"
            )
            statements += [
                f"SELECT setval('{quote(sequence)}', last_value, is_called) "
                f"FROM {quote(self.template)}.{quote(sequence)}"
                for sequence in table.sequences
            ]
        return statements

    def copy(self, schema: str) -> None:
        """Create `schema` as a copy of the template, rows included, in the caller's transaction."""
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"CREATE SCHEMA {connection.ops.quote_name(schema)}")
            with schema_context(schema), connection.cursor() as cursor:
                cursor.execute(self.script)


# The template's DDL, read once per process and kept under the template's applied migrations,
# which change whenever migrations change its tables. One entry: a process knows one migration graph.
_copiers: dict[frozenset[tuple[str, str]] | None, SchemaCopier] = {}


def copy_template(schema: str, *, verbosity: int = 1) -> None:
    """Create `schema` as a copy of the template, making the template first if it is missing or stale.

    Runs in the caller's transaction, in a savepoint: on an error nothing of it is left.
    """
    template = settings.ORGANIZATION_TEMPLATE_SCHEMA
    with transaction.atomic():
        applied = _applied_migrations(template)
        copier = _copiers.get(applied)
        if copier is None:
            if applied is None or pending_schemas([template]):
                _make_template(template, verbosity=verbosity)
                applied = _applied_migrations(template)
            copier = SchemaCopier(template)
            _copiers.clear()
            _copiers[applied] = copier
        copier.copy(schema)


def _applied_migrations(schema: str) -> frozenset[tuple[str, str]] | None:
    """The schema's applied migrations, or None if it has no migration table."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        # Checked first: an error on a missing table would abort the caller's transaction.
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [f"{quote(schema)}.django_migrations"])
        if not cursor.fetchone()[0]:
            return None
        cursor.execute(f"SELECT app, name FROM {quote(schema)}.django_migrations")
        return frozenset(cursor.fetchall())


def _make_template(template: str, *, verbosity: int) -> None:
    """Drop the template and make it again by migrations, unless another process just did."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        # Held until the caller's transaction ends, so concurrent creations migrate it once.
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"tenants.schema_copy:{template}"])
    if pending_schemas([template]):
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {quote(template)} CASCADE")
            cursor.execute(f"CREATE SCHEMA {quote(template)}")
        previous = connection.tenant
        try:
            call_command("migrate_schemas", tenant=True, schema_name=template, interactive=False, verbosity=verbosity)
        finally:
            connection.set_tenant(previous)

"""Messages and what they add to the conversation, person and contact counters: one rule, in SQL and on instances.

conversations.ingestion stores every message through here: `updates_sql()` adds
`Counts` to the rows, and `Counts.apply_to_*()` adds the same to the instances
the caller gets back, so the two can't drift (the tests compare them field by field).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from conversations.ingest_item import IngestItem
from conversations.models import Contact, Conversation, Message, Person
from tenants.db import connection

IDENTITY_FIELDS = ("name", "email", "phone")


@dataclass
class Counts:
    """What stored messages add to one conversation's, person's or contact's counters."""

    messages: int = 0
    customer_messages: int = 0
    opened: int = 0
    first_at: datetime | None = None
    last_at: datetime | None = None
    identity: dict[str, str] = field(default_factory=dict)

    def add(self, item: IngestItem) -> None:
        self.messages += 1
        self.customer_messages += item.role == Message.Role.CUSTOMER
        self.first_at = min(self.first_at or item.sent_at, item.sent_at)
        self.last_at = max(self.last_at or item.sent_at, item.sent_at)
        for key, value in item.identity.items():
            self.identity.setdefault(key, value)

    def apply_to_conversation(self, conversation: Conversation) -> None:
        assert self.first_at  # set by the first add(), as last_at
        assert self.last_at
        conversation.message_count += self.messages
        conversation.customer_message_count += self.customer_messages
        conversation.started_at = min(conversation.started_at, self.first_at)
        conversation.last_message_at = max(conversation.last_message_at, self.last_at)

    def apply_to_person(self, person: Person, *, now: datetime) -> bool:
        """Add the counts to `person`; whether what the person's cached layers hold changed."""
        assert self.first_at
        assert self.last_at
        person.first_contact_at = min(person.first_contact_at or self.first_at, self.first_at)
        person.last_seen_at = max(person.last_seen_at or self.last_at, self.last_at)
        person.conversation_count += self.opened
        person.updated_at = now
        filled = [key for key, value in self.identity.items() if value and not getattr(person, key)]
        for key in filled:
            setattr(person, key, self.identity[key])
        return bool(filled or self.opened)


def values_sql(rows: Iterable[tuple[Any, ...]], casts: tuple[str, ...]) -> tuple[str, list[Any]]:
    """`(VALUES (%s::bigint, ...), ...)` and its parameters, for one-statement bulk updates."""
    row_sql = "(" + ", ".join(f"%s::{cast}" for cast in casts) + ")"
    rows = list(rows)
    return "(VALUES " + ", ".join([row_sql] * len(rows)) + ")", [value for row in rows for value in row]


def updates_sql(
    *,
    conversations: tuple[str, list[Any]],
    people: tuple[str, list[Any]],
    contacts: tuple[str, list[Any]],
    now: datetime,
) -> tuple[str, list[Any]]:
    """The CTEs that add stored messages to the conversation, person and contact counters, and their parameters.

    Each argument is a relation of increments (SQL and its parameters), with these columns in this order:
    `conversations` (id, messages, customer messages, first at, last at), `people` (id, first at, last at,
    conversations opened, name, email, phone) and `contacts` (agent id, person id, conversations opened,
    first at, last at). Counters are added in SQL, so concurrent ingests add up instead of overwriting each
    other; contact details only fill empty fields (seed 004). `Counts` does the same to instances.
    """
    (conversations_sql, conversations_params), (people_sql, people_params) = conversations, people
    contacts_sql, contacts_params = contacts
    sql = f"""conversations AS (
            UPDATE {Conversation._meta.db_table} AS c SET
                message_count = c.message_count + v.messages,
                customer_message_count = c.customer_message_count + v.customer_messages,
                started_at = LEAST(c.started_at, v.first_at),
                last_message_at = GREATEST(c.last_message_at, v.last_at)
            FROM {conversations_sql} AS v (id, messages, customer_messages, first_at, last_at)
            WHERE c.id = v.id
        ), people AS (
            UPDATE {Person._meta.db_table} AS p SET
                first_contact_at = LEAST(p.first_contact_at, v.first_at),
                last_seen_at = GREATEST(p.last_seen_at, v.last_at),
                conversation_count = p.conversation_count + v.opened,
                name = CASE WHEN p.name = '' THEN v.name ELSE p.name END,
                email = CASE WHEN p.email = '' THEN v.email ELSE p.email END,
                phone = CASE WHEN p.phone = '' THEN v.phone ELSE p.phone END,
                updated_at = %s
            FROM {people_sql} AS v (id, first_at, last_at, opened, name, email, phone)
            WHERE p.id = v.id
        ), contacts AS (
            INSERT INTO {Contact._meta.db_table} AS t
                (agent_id, person_id, conversation_count, first_seen_at, last_seen_at)
            SELECT * FROM {contacts_sql} AS v (agent_id, person_id, opened, first_at, last_at)
            ON CONFLICT (agent_id, person_id) DO UPDATE SET
                conversation_count = t.conversation_count + EXCLUDED.conversation_count,
                first_seen_at = LEAST(t.first_seen_at, EXCLUDED.first_seen_at),
                last_seen_at = GREATEST(t.last_seen_at, EXCLUDED.last_seen_at)
        )"""
    return sql, [*conversations_params, now, *people_params, *contacts_params]


def insert_messages(
    messages: list[dict[str, Any]],
    conversations: dict[int, Counts],
    people: dict[int, Counts],
    contacts: dict[tuple[int, int], Counts],
    *,
    now: datetime,
) -> dict[str, int]:
    """Insert a batch's messages and add them to the counters (`updates_sql()`), in one statement.

    Message ids already stored are skipped (the caller then rolls back and
    looks them up). Returns the new messages' primary keys by public id.
    """
    message_columns = ("public_id", "conversation_id", "role", "content", "sent_at", "external_id")
    message_params = [[message[column] for message in messages] for column in message_columns]
    updates, updates_params = updates_sql(
        conversations=values_sql(
            ((pk, c.messages, c.customer_messages, c.first_at, c.last_at) for pk, c in sorted(conversations.items())),
            ("bigint", "integer", "integer", "timestamptz", "timestamptz"),
        ),
        people=values_sql(
            (
                (pk, c.first_at, c.last_at, c.opened, *(c.identity.get(key, "") for key in IDENTITY_FIELDS))
                for pk, c in sorted(people.items())
            ),
            ("bigint", "timestamptz", "timestamptz", "integer", "text", "text", "text"),
        ),
        contacts=values_sql(
            ((agent, person, c.opened, c.first_at, c.last_at) for (agent, person), c in sorted(contacts.items())),
            ("bigint", "bigint", "integer", "timestamptz", "timestamptz"),
        ),
        now=now,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH messages AS (
                INSERT INTO {Message._meta.db_table} ({", ".join(message_columns)})
                SELECT * FROM unnest(
                    %s::varchar[], %s::bigint[], %s::varchar[], %s::text[], %s::timestamptz[], %s::varchar[]
                )
                ON CONFLICT DO NOTHING
                RETURNING public_id, id
            ), {updates}
            SELECT public_id, id FROM messages
            """,
            [*message_params, *updates_params],
        )
        return dict(cursor.fetchall())

"""Fast paths of the conversations app: hand-written SQL kept because a benchmark target in
docs/benchmarks.md is missed without it (issue 17), with a test comparing it with the ORM path field
by field (conversations/tests/test_fast_paths.py).

- `append_to_open_conversation`: a new message from a known sender to their open conversation, in
  one statement. Target: ingest (API) one message, median <= 3x the api baseline. Through the batch
  path (transaction, ORM lookup of the open conversation with its lock, then the messages-and-counters
  statement): 3.06x, MISSED, 7 statements; with this: 2.18x, 4 statements (docs/benchmarks.md,
  "Twins"). On these machines each round trip costs more than the statement.

Rows become instances as tenants.fast_paths loads them. Everything else ingestion does (a new
sender, a new conversation, a retried message id, an explicit conversation id, a batch) goes through
conversations.ingestion's ORM path.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from conversations import counters
from conversations.ingest_item import IngestItem
from conversations.models import Conversation, Message, Person, new_message_id
from conversations.person_cache import forget_cached_people_on_commit
from tenants.db import connection
from tenants.fast_paths import columns

# The sender by their channel identity, looked up first: joined instead, the planner may walk every
# open conversation of the agent (a partial index it believes tiny) and grow with them.
_TARGET_SQL = f"""target AS (
    SELECT {{conversation_columns}} FROM {Conversation._meta.db_table} c
    WHERE c.person_id = (
        SELECT id FROM {Person._meta.db_table}
        WHERE channel_type = %s AND channel_identifier = %s AND channel_identifier <> ''
    ) AND c.agent_id = %s AND c.status = %s
    FOR UPDATE
)"""


def append_to_open_conversation(item: IngestItem) -> tuple[Person, Conversation, Message] | None:
    """The common case in one statement: a new message from a known sender to their open conversation.

    Finds the open conversation (locking it), stores the message and adds it
    to the conversation, person and contact counters (conversations.counters,
    the rule the batch path uses), all or nothing, in one round trip and
    without a transaction of its own around it. Returns None, having written
    nothing, when the sender has no open conversation, names one, or the
    message id is already stored (a retry): the ORM path handles those.
    Returns the person, the conversation and the message, as that path does.
    """
    if item.conversation_id is not None or not item.channel_identifier:
        return None
    conversation_columns, person_columns = columns(Conversation, "target"), columns(Person, "p")
    counts = counters.Counts()
    counts.add(item)
    now = timezone.now()
    public_id = new_message_id()
    # The counters' increments, from the stored message (none if the message id was stored already).
    stored = "FROM target WHERE EXISTS (SELECT 1 FROM message)"
    updates, updates_params = counters.updates_sql(
        conversations=(
            "(SELECT conversation_id, 1, %s::integer, %s::timestamptz, %s::timestamptz FROM message)",
            [counts.customer_messages, item.sent_at, item.sent_at],
        ),
        people=(
            f"(SELECT person_id, %s::timestamptz, %s::timestamptz, 0, %s::text, %s::text, %s::text {stored})",
            [item.sent_at, item.sent_at, *(counts.identity.get(key, "") for key in counters.IDENTITY_FIELDS)],
        ),
        contacts=(
            f"(SELECT %s::bigint, person_id, 0, %s::timestamptz, %s::timestamptz {stored})",
            [item.agent.pk, item.sent_at, item.sent_at],
        ),
        now=now,
    )
    # The conversation and person as they were before this statement (one snapshot for all of it):
    # the counts are added to them in memory, as for a batch.
    sql = f"""
        WITH {_TARGET_SQL.format(conversation_columns=columns(Conversation, "c").select)}, message AS (
            INSERT INTO {Message._meta.db_table} (public_id, conversation_id, role, content, sent_at, external_id)
            SELECT %s, target.id, %s, %s, %s, %s FROM target
            ON CONFLICT DO NOTHING
            RETURNING id, conversation_id
        ), {updates}
        SELECT message.id, {conversation_columns.select}, {person_columns.select}
        FROM message JOIN target ON target.id = message.conversation_id
        JOIN {Person._meta.db_table} p ON p.id = target.person_id
    """
    params: list[Any] = [
        item.channel_type,
        item.channel_identifier,
        item.agent.pk,
        Conversation.Status.OPEN,
        public_id,
        item.role,
        item.content,
        item.sent_at,
        item.external_id,
        *updates_params,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    split = 1 + len(conversation_columns.attnames)
    conversation = conversation_columns.load(row[1:split])
    person = person_columns.load(row[split:])
    conversation.person, conversation.agent = person, item.agent
    message = Message.from_db(
        connection.alias,
        ["id", "public_id", "conversation_id", "role", "content", "sent_at", "external_id"],
        [row[0], public_id, conversation.pk, item.role, item.content, item.sent_at, item.external_id],
    )
    Message._meta.get_field("conversation").set_cached_value(message, conversation)
    counts.apply_to_conversation(conversation)
    if counts.apply_to_person(person, now=now):
        forget_cached_people_on_commit([person.pk])
    return person, conversation, message

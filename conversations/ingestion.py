"""Ingestion: store messages, creating people and opening conversations as needed.

The API, the UI's test chat, the demo command and imports all call these. One
message and a bulk import go through the same rules:

- A person is one organization (the schema) + channel type + channel
  identifier. A message without a conversation id joins the person's open
  conversation with the agent, or opens one.
- Ingestion is idempotent on the caller's message id (`external_id`): a retry
  returns the stored ids and writes nothing.
- Every message is validated once, by conversations.ingest_item (the API's
  serializer, which Python callers go through too); these functions take its
  `IngestItem`s.
- Secrets in the content (cards, CVV, passwords, one-time codes, bank accounts,
  national ids) are masked before it is stored, unless the organization keeps
  raw text (`Organization.keep_raw_secrets`). Every write path goes through
  `ingest_items()`, which masks them, so none can store it unmasked.
- Races between concurrent ingests (same new person, same new conversation,
  same retried message) are settled by the unique constraints: rows are
  inserted with ON CONFLICT DO NOTHING and read back, and where that can't
  decide, the batch is rolled back to its savepoint and run again; the next
  run finds the winner's committed rows.
- The messages and every counter they change (conversation, person, contact)
  are written by one statement (their one rule: conversations.counters), so a
  batch costs a fixed number of statements whatever its size. A single
  message to an ongoing conversation is one statement (conversations.fast_paths,
  kept for the single-ingest target).
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import IntegrityError, OperationalError, transaction
from django.db.models import Q, QuerySet, Subquery
from django.utils import timezone
from django_tenants.utils import schema_context

from conversations import counters, fast_paths, ingest_item
from conversations.ingest_item import IngestItem
from conversations.models import Conversation, Message, Person, new_message_id
from conversations.person_cache import forget_cached_people_on_commit
from conversations.secrets import redact
from conversations.signals import message_ingested
from tenants.db import connection

RACE_ATTEMPTS = 3
DEADLOCK_DETECTED = "40P01"


@dataclass
class IngestResult:
    person: Person
    conversation: Conversation
    message: Message
    created: bool


def ingest_message(*, is_test_session: bool = False, **fields: Any) -> IngestResult:
    """Store one message, creating the person and opening a conversation as needed.

    `fields` are an ingest item's (conversations.ingest_item) by the services' names: `agent`, `role`,
    `content`, the sender as `channel_type` + `channel_identifier` or as a known `customer` (seed
    002's contact_id), and optionally `conversation_id`, `external_id`, `sent_at`, `name`, `email`,
    `phone`. Validated as the API validates them: IngestError names the field at fault.
    """
    [item] = ingest_item.items_from_fields([fields], single=True)
    item.is_test_session = is_test_session
    return ingest_items([item])[0]


def ingest_messages(items: list[dict[str, Any]]) -> list[IngestResult]:
    """Store up to MAX_BATCH_SIZE messages in one transaction (bulk import).

    Each item takes ingest_message()'s fields. The result is the same as
    ingesting the items one by one, in order, without a close in between,
    and all-or-nothing: one invalid item rejects the batch (IngestError with
    its index). An imported conversation stays open until close_conversation()
    or the idle-close schedule closes it (at once if its last message is old).
    """
    if not items:
        return []
    return ingest_items(ingest_item.items_from_fields(items))


def ingest_items(items: list[IngestItem]) -> list[IngestResult]:
    """Store validated items (from conversations.ingest_item: the API's serializer or items_from_fields())."""
    for item in items:
        item.content = _stored_content(item.content)
    results = _store(items)
    customer_messages = [
        (result.person.pk, result.message.content, result.message.sent_at)
        for result in results
        if result.created and result.message.role == Message.Role.CUSTOMER
    ]
    if customer_messages:
        transaction.on_commit(functools.partial(_announce, connection.schema_name, customer_messages))
    return results


def _stored_content(content: str) -> str:
    """The message as stored: secrets masked, unless the organization keeps raw text."""
    # Outside a request (a task, the demo command) the tenant may be a stand-in without
    # settings: masking is the default.
    if getattr(getattr(connection, "tenant", None), "keep_raw_secrets", False):
        return content
    return redact(content)


# Storing


class _Replayed(Exception):
    """Some message ids of the batch were stored already (a retry): run again, looking them up first."""


def _announce(schema_name: str, customer_messages: list[tuple[int, str, datetime]]) -> None:
    # The commit may come after the caller left the tenant's schema (a command's schema_context).
    if connection.schema_name == schema_name:
        message_ingested.send(sender=Message, messages=customer_messages)
        return
    with schema_context(schema_name):
        message_ingested.send(sender=Message, messages=customer_messages)


def _store(items: list[IngestItem]) -> list[IngestResult]:
    if len(items) == 1 and (appended := fast_paths.append_to_open_conversation(items[0])) is not None:
        return [IngestResult(*appended, created=True)]
    # Optimistic first: the message insert skips ids already stored (ON
    # CONFLICT DO NOTHING), which a retry hits; only then is the batch run
    # again looking stored ids up first. New messages, by far the common
    # case, save that lookup.
    look_up_stored = False
    for attempt in itertools.count(1):
        try:
            with transaction.atomic():
                return _Batch(items).run(look_up_stored=look_up_stored)
        except _Replayed:
            # Also after a lookup: an overlapping import may have stored one
            # of the other ids in between.
            if attempt > RACE_ATTEMPTS:
                raise IntegrityError("message ids of this batch keep being stored concurrently") from None
            look_up_stored = True
        except (IntegrityError, OperationalError) as error:
            # A concurrent ingest won a race for the same new person or open
            # conversation (or the two deadlocked); the rows it committed are
            # visible to the next attempt.
            deadlock = getattr(error.__cause__, "sqlstate", None) == DEADLOCK_DETECTED
            if attempt >= RACE_ATTEMPTS or (isinstance(error, OperationalError) and not deadlock):
                raise
            look_up_stored = True
    raise AssertionError("unreachable")


def open_conversation_of_sender(channel_type: str, channel_identifier: str, agent_id: int) -> QuerySet[Conversation]:
    """The sender's open conversation with the agent (at most one), with the person, to be locked.

    The sender is looked up first, as a subquery: joined instead, the planner may walk every open
    conversation of the agent (a partial index it believes tiny) and grow with them.
    """
    sender = Person.objects.filter(channel_type=channel_type, channel_identifier=channel_identifier).exclude(
        channel_identifier=""
    )
    return (
        Conversation.objects.open()
        .filter(person_id=Subquery(sender.values("pk")), agent_id=agent_id)
        .select_related("person")
        .select_for_update(of=("self",))
    )


def _same_sender(item: IngestItem, conversation: Conversation) -> bool:
    if item.customer is not None:
        return conversation.agent_id == item.agent.pk and conversation.person_id == item.customer.pk
    return (
        conversation.agent_id == item.agent.pk
        and (
            conversation.person.channel_type,
            conversation.person.channel_identifier,
        )
        == item.channel
    )


class _Batch:
    """One attempt at ingesting a list of validated items, inside a transaction."""

    def __init__(self, items: list[IngestItem]) -> None:
        self.items = items
        self.person_of: dict[int, Person] = {}  # position -> person
        self.conversation_of: dict[int, Conversation] = {}  # position -> open conversation
        self.people: dict[int, Person] = {}  # pk -> the one instance of that person
        self.by_channel: dict[tuple[str, str | int], Person] = {}  # ("anonymous", position) for no channel
        self.created_people: set[int] = set()
        self.opened: set[int] = set()  # pks of conversations opened by this batch

    def run(self, *, look_up_stored: bool) -> list[IngestResult]:
        results: list[IngestResult | None] = [None] * len(self.items)
        stored = self._stored_messages() if look_up_stored else {}
        fresh: list[int] = []
        first_with_id: dict[str, int] = {}
        repeats: list[int] = []
        for position, item in enumerate(self.items):
            if message := stored.get(item.external_id):
                if not _same_sender(item, message.conversation):
                    raise item.fail("This message id was already used by another conversation.", field="messageId")
                results[position] = IngestResult(
                    message.conversation.person, message.conversation, message, created=False
                )
            elif item.external_id in first_with_id:
                repeats.append(position)
            else:
                if item.external_id:
                    first_with_id[item.external_id] = position
                fresh.append(position)
        if fresh:
            self._resolve_people_and_conversations(fresh)
            messages = self._write(fresh)
            for position, message in zip(fresh, messages, strict=True):
                conversation = self.conversation_of[position]
                results[position] = IngestResult(conversation.person, conversation, message, created=True)
        for position in repeats:
            item = self.items[position]
            first = results[first_with_id[item.external_id]]
            assert first is not None
            if not _same_sender(item, first.conversation):
                raise item.fail("This message id was already used by another conversation.", field="messageId")
            results[position] = IngestResult(first.person, first.conversation, first.message, created=False)
        return [result for result in results if result is not None]

    def _stored_messages(self) -> dict[str, Message]:
        external_ids = {item.external_id for item in self.items if item.external_id}
        if not external_ids:
            return {}
        # `<> ''` lets the partial unique index serve an IN list of any length.
        messages = (
            Message.objects.filter(external_id__in=external_ids)
            .exclude(external_id="")
            .select_related("conversation__person")
        )
        return {message.external_id: message for message in messages}

    def _person(self, person: Person) -> Person:
        """The batch's one instance of `person`, so in-memory updates land once."""
        known = self.people.setdefault(person.pk, person)
        if known.channel_identifier:
            self.by_channel[(known.channel_type, known.channel_identifier)] = known
        return known

    def _use(self, position: int, conversation: Conversation) -> None:
        conversation.person = self.person_of[position]
        conversation.agent = self.items[position].agent
        self.conversation_of[position] = conversation

    def _resolve_people_and_conversations(self, positions: list[int]) -> None:
        self._explicit_conversations([p for p in positions if self.items[p].conversation_id is not None])
        for position in positions:
            if position not in self.person_of and (customer := self.items[position].customer) is not None:
                self.person_of[position] = self._person(customer)
        self._open_conversation_of_one_sender([p for p in positions if p not in self.person_of])
        self._people([p for p in positions if p not in self.person_of])
        self._open_conversations_by_person([p for p in positions if p not in self.conversation_of])

    def _open_conversation_of_one_sender(self, positions: list[int]) -> None:
        """The person and their open conversation in one query, when one sender sent everything.

        The common case of a single message to an ongoing conversation. Only
        for one sender: with a list of identifiers, on freshly imported tables
        (statistics not gathered yet) the planner chose a nested loop for this
        join that took ~0.5 s per batch of 500; separate lookups stay on the
        indexes whatever the statistics.
        """
        senders = {(*self.items[p].channel, self.items[p].agent.pk) for p in positions}
        if len(senders) != 1 or not self.items[positions[0]].channel_identifier:
            return
        conversation = open_conversation_of_sender(*senders.pop()).first()
        if conversation is not None:
            person = self._person(conversation.person)
            for position in positions:
                self.person_of[position] = person
                self._use(position, conversation)

    def _explicit_conversations(self, positions: list[int]) -> None:
        if not positions:
            return
        ids = {self.items[p].conversation_id for p in positions}
        found: dict[str | None, Conversation] = {}
        conversations = (
            Conversation.objects.filter(public_id__in=ids)
            .select_related("person")
            .select_for_update(of=("self",))
            .order_by("pk")
        )
        for conversation in conversations:
            found[conversation.public_id] = conversation
        for position in positions:
            item = self.items[position]
            conversation = found.get(item.conversation_id)
            if conversation is None:
                raise item.fail("No conversation with this id.", field="conversationId")
            if not _same_sender(item, conversation):
                raise item.fail("This conversation belongs to another customer or agent.", field="conversationId")
            self.person_of[position] = self._person(conversation.person)
            # A closed conversation isn't reopened: the message joins or opens
            # the person's current conversation, as if no id were given.
            if conversation.is_open:
                self._use(position, conversation)

    def _channel_filter(self, positions: list[int]) -> Q:
        wanted: dict[str, set[str]] = {}
        for position in positions:
            item = self.items[position]
            wanted.setdefault(item.channel_type, set()).add(item.channel_identifier)
        condition = Q(pk__in=[])
        for channel_type, identifiers in wanted.items():
            condition |= Q(channel_type=channel_type, channel_identifier__in=identifiers)
        # Implies the unique index's predicate, so the index serves lists of
        # any length (PostgreSQL proves it from an IN list of at most 100).
        return condition & ~Q(channel_identifier="")

    def _people(self, positions: list[int]) -> None:
        identified = [p for p in positions if self.items[p].channel_identifier]
        lookup = [p for p in identified if self.items[p].channel not in self.by_channel]
        if lookup:
            for person in Person.objects.filter(self._channel_filter(lookup)):
                self._person(person)
        new: dict[Any, Person] = {}
        for position in positions:
            item = self.items[position]
            if item.channel_identifier and item.channel in self.by_channel:
                self.person_of[position] = self.by_channel[item.channel]
                continue
            # Without an identifier nothing says two messages are the same
            # person: each such message (without a conversation id) is a new one.
            key = item.channel if item.channel_identifier else ("anonymous", position)
            if key not in new:
                new[key] = Person(
                    channel_type=item.channel_type,
                    channel_identifier=item.channel_identifier,
                    is_test=item.is_test_session,
                )
        if not new:
            return
        # ON CONFLICT DO NOTHING: a concurrent ingest may create the same
        # person; then its row is the one read back below.
        Person.objects.bulk_create(new.values(), ignore_conflicts=True)
        ours = {person.public_id for person in new.values()}
        read_back = Person.objects.filter(
            Q(public_id__in=ours)
            | self._channel_filter(
                [p for p in positions if p not in self.person_of and self.items[p].channel_identifier]
            )
        )
        by_public_id: dict[str, Person] = {}
        for person in read_back:
            person = self._person(person)
            by_public_id[person.public_id] = person
            if person.public_id in ours:
                self.created_people.add(person.pk)
        for position in positions:
            if position in self.person_of:
                continue
            item = self.items[position]
            key = item.channel if item.channel_identifier else ("anonymous", position)
            person = self.by_channel.get(key) or by_public_id.get(new[key].public_id)
            if person is None:
                raise IntegrityError("a person created concurrently was not found")
            self.person_of[position] = person

    def _open_conversations_by_person(self, positions: list[int]) -> None:
        if not positions:
            return
        needed = {(self.person_of[p].pk, self.items[p].agent.pk) for p in positions}
        # People created by this batch have no conversations yet.
        lookup = {key for key in needed if key[0] not in self.created_people}
        open_by_key = self._read_open_conversations(lookup) if lookup else {}
        missing = needed - open_by_key.keys()
        if missing:
            new = {}
            for position in positions:
                key = (self.person_of[position].pk, self.items[position].agent.pk)
                if key in missing and key not in new:
                    item = self.items[position]
                    new[key] = Conversation(
                        person=self.person_of[position],
                        agent=item.agent,
                        channel=item.channel_type,
                        is_test_session=item.is_test_session,
                        started_at=item.sent_at,
                        last_message_at=item.sent_at,
                    )
            # The partial unique index allows one open conversation per person
            # and agent; a concurrent ingest may have opened it first.
            Conversation.objects.bulk_create(new.values(), ignore_conflicts=True)
            for key, conversation in self._read_open_conversations(missing).items():
                open_by_key[key] = conversation
                if conversation.public_id == new[key].public_id:
                    self.opened.add(conversation.pk)
        for position in positions:
            conversation = open_by_key.get((self.person_of[position].pk, self.items[position].agent.pk))
            if conversation is None:
                raise IntegrityError("an open conversation was closed concurrently")
            self._use(position, conversation)

    def _read_open_conversations(self, keys: set[tuple[int, int]]) -> dict[tuple[int, int], Conversation]:
        conversations = (
            Conversation.objects.open()
            .filter(person_id__in={person for person, _ in keys}, agent_id__in={agent for _, agent in keys})
            .select_for_update()
            .order_by("pk")
        )
        return {(c.person_id, c.agent_id): c for c in conversations if (c.person_id, c.agent_id) in keys}

    def _write(self, positions: list[int]) -> list[Message]:
        """Store the messages and add them to the counters, in one statement."""
        rows: list[dict[str, Any]] = [
            {
                "public_id": new_message_id(),
                "conversation_id": self.conversation_of[position].pk,
                "role": self.items[position].role,
                "content": self.items[position].content,
                "sent_at": self.items[position].sent_at,
                "external_id": self.items[position].external_id,
            }
            for position in positions
        ]
        by_conversation: dict[int, counters.Counts] = {}
        by_person: dict[int, counters.Counts] = {}
        by_contact: dict[tuple[int, int], counters.Counts] = {}
        for position in positions:
            item, person = self.items[position], self.person_of[position]
            by_conversation.setdefault(self.conversation_of[position].pk, counters.Counts()).add(item)
            by_person.setdefault(person.pk, counters.Counts()).add(item)
            by_contact.setdefault((item.agent.pk, person.pk), counters.Counts()).add(item)
        conversations = {c.pk: c for c in self.conversation_of.values()}
        for pk in self.opened:
            conversation = conversations[pk]
            by_person[conversation.person_id].opened += 1
            by_contact[(conversation.agent_id, conversation.person_id)].opened += 1

        now = timezone.now()
        ids = counters.insert_messages(rows, by_conversation, by_person, by_contact, now=now)
        if len(ids) < len(rows):
            # Counters included: the whole attempt is rolled back.
            raise _Replayed
        # Built as loaded rows (positional, no per-field keyword handling): a
        # batch of 500 spent most of its Python time constructing messages.
        conversation_field = Message._meta.get_field("conversation")
        columns = [field.attname for field in Message._meta.concrete_fields]
        messages = []
        for position, row in zip(positions, rows, strict=True):
            row["id"] = ids[row["public_id"]]
            message = Message.from_db(connection.alias, columns, [row[column] for column in columns])
            conversation_field.set_cached_value(message, self.conversation_of[position])
            messages.append(message)

        for pk, counts in by_conversation.items():
            counts.apply_to_conversation(conversations[pk])
        stale = [
            pk
            for pk, counts in by_person.items()
            if counts.apply_to_person(self.people[pk], now=now) and pk not in self.created_people
        ]
        if stale:
            forget_cached_people_on_commit(stale)
        return messages

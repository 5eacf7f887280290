"""Typed factory functions: each test states only the fields it depends on."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from django.utils import timezone

from conversations.models import Agent, ChannelType, Contact, Conversation, Message, Person

_identifiers = itertools.count(1)


def create_agent(*, name: str = "Support", memory_enabled: bool = True, **fields: object) -> Agent:
    return Agent.objects.create(name=name, memory_enabled=memory_enabled, **fields)


def create_person(
    *,
    channel_type: str = ChannelType.WHATSAPP,
    channel_identifier: str | None = None,
    name: str = "",
    **fields: object,
) -> Person:
    if channel_identifier is None:
        channel_identifier = f"+4915100{next(_identifiers):06d}"
    fields.setdefault("last_seen_at", timezone.now())
    fields.setdefault("first_contact_at", fields["last_seen_at"])
    return Person.objects.create(channel_type=channel_type, channel_identifier=channel_identifier, name=name, **fields)


def create_conversation(
    *,
    person: Person,
    agent: Agent,
    messages: list[tuple[str, str]] = (),
    status: str = Conversation.Status.CLOSED,
    started_at: datetime | None = None,
) -> Conversation:
    """A conversation with `messages` as (role, content) pairs, one minute apart.

    Keeps the Contact row and counters as ingestion would.
    """
    started_at = started_at or timezone.now() - timedelta(hours=1)
    conversation = Conversation.objects.create(
        person=person,
        agent=agent,
        channel=person.channel_type,
        status=status,
        started_at=started_at,
        last_message_at=started_at,
        closed_at=timezone.now() if status == Conversation.Status.CLOSED else None,
    )
    for index, (role, content) in enumerate(messages):
        Message.objects.create(
            conversation=conversation, role=role, content=content, sent_at=started_at + timedelta(minutes=index)
        )
    last = started_at + timedelta(minutes=max(len(messages) - 1, 0))
    conversation.message_count = len(messages)
    conversation.customer_message_count = sum(1 for role, _ in messages if role == Message.Role.CUSTOMER)
    conversation.last_message_at = last
    conversation.save()
    contact, _ = Contact.objects.get_or_create(
        agent=agent,
        person=person,
        defaults={"first_seen_at": started_at, "last_seen_at": last, "conversation_count": 0},
    )
    contact.conversation_count += 1
    contact.last_seen_at = max(contact.last_seen_at, last)
    contact.save()
    person.conversation_count += 1
    person.last_seen_at = max(person.last_seen_at or last, last)
    person.save()
    return conversation

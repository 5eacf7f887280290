"""The Chats list query and the keyset cursor that the Chats and People lists share.

Lists page by (timestamp, id) instead of OFFSET and never COUNT, so a page
costs the same at row 50 and at row 100,000.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from django.db.models import Q

from conversations.models import Agent, Conversation, PersonSearch

CHATS_PAGE_SIZE = 50
CHAT_COLUMNS = (
    "public_id",
    "person_id",
    "channel",
    "status",
    "message_count",
    "last_message_at",
    "person__channel_type",
    "person__channel_identifier",
    "person__phone",
    "person__is_test",
)

T = TypeVar("T")


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: after the row with this (time, id)."""

    at: datetime
    pk: int

    def encode(self) -> str:
        return f"{self.at.isoformat()}~{self.pk}"

    @classmethod
    def decode(cls, raw: str) -> Cursor | None:
        """The cursor in `raw`, or None (first page) when it is missing or malformed."""
        at, _, pk = raw.partition("~")
        try:
            parsed = datetime.fromisoformat(at)
            number = int(pk)
        except ValueError:
            return None
        if parsed.tzinfo is None:
            return None
        return cls(at=parsed, pk=number)


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    next_cursor: str  # "" on the last page


def chats_page(
    agent: Agent,
    *,
    query: str = "",
    channel: str = "",
    seen_since: datetime | None = None,
    cursor: str = "",
    size: int = CHATS_PAGE_SIZE,
) -> Page[Conversation]:
    """This agent's conversations, most recent message first: those of people matching `query` (the People
    list's identity search), on `channel`, with a message since `seen_since`; rows carry a `preview`."""
    conversations = (
        Conversation.objects.for_agent(agent)
        .select_related("person")
        # What a row shows; fewer columns is most of the cost of a page.
        .only(*CHAT_COLUMNS)
        .with_preview()
        .order_by("-last_message_at", "-id")
    )
    if search := PersonSearch.of(query):
        conversations = conversations.filter(search.condition(prefix="person__"))
    if channel:
        conversations = conversations.filter(channel=channel)
    if seen_since:
        conversations = conversations.filter(last_message_at__gte=seen_since)
    if start := Cursor.decode(cursor):
        # `lte` bounds the index range scan; the OR alone is only a filter (benchmarks/).
        conversations = conversations.filter(last_message_at__lte=start.at).filter(
            Q(last_message_at__lt=start.at) | Q(last_message_at=start.at, id__lt=start.pk)
        )
    rows = list(conversations[: size + 1])
    next_cursor = ""
    if len(rows) > size:
        rows = rows[:size]
        next_cursor = Cursor(at=rows[-1].last_message_at, pk=rows[-1].pk).encode()
    return Page(rows=rows, next_cursor=next_cursor)

"""The Chats list query: an agent's conversations, most recent message first, paged by conversations.keyset."""

from __future__ import annotations

from datetime import datetime

from conversations.keyset import Cursor, Page
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
    if start := Cursor.decode_or_none(cursor):
        conversations = conversations.filter(start.after("last_message_at"))
    return Page.of(list(conversations[: size + 1]), limit=size, field="last_message_at")

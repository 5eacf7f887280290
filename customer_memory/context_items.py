"""The items a context is made of: each remembered fact as an item, the people and pets named in them,
and the returning customer's block (seed 003), in the shapes the API and the text share."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from conversations.secrets import Redactor
from customer_memory import recall

EPISODE_TEXT_MAX_CHARS = 300
# Seed 003: a customer writing again 15 minutes or more after their last conversation closed is asked
# whether to continue or start fresh (the same idle time that closes a conversation).
RETURNING_AFTER = timedelta(minutes=15)
CONTINUE_OR_FRESH = {
    "en": "Would you like to continue where we left off, or start fresh?",
    "vi": "Bạn muốn tiếp tục từ chỗ chúng ta dừng lại hay bắt đầu lại từ đầu?",
    "es": "¿Quieres continuar donde lo dejamos o empezar de nuevo?",
    "he": "רוצה שנמשיך מאיפה שעצרנו או להתחיל מחדש?",
    "fr": "Voulez-vous reprendre là où nous nous étions arrêtés, ou recommencer à zéro ?",
    "de": "Möchten Sie dort weitermachen, wo wir aufgehört haben, oder neu beginnen?",
    "pt": "Quer continuar de onde paramos ou começar do zero?",
}

RELATION_KEYS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "spouse son daughter children mother father brother sister grandmother grandfather boss colleague friend "
        "assistant"
    ).split()
)
INSTRUCTION_KEYS = frozenset({"response_length", "preferred_language", "preferred_contact_channel", "tone_preference"})
PREFERENCE_KEYS = frozenset({"preferences", "likes", "dislikes", "habit", "preferred_time", "dietary", "allergies"})


def truncate(text: str, limit: int) -> str:
    text = (text or "").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def memory_type(key: str) -> str:
    if key.startswith("instruction_") or key in INSTRUCTION_KEYS:
        return "instruction"
    if key.startswith("favourite_") or key in PREFERENCE_KEYS:
        return "preference"
    if key == "noted_contradiction":
        return "contradiction"
    return "fact"


def memory_item(fact: recall.RememberedFact) -> dict[str, Any]:
    humanized_key = fact.key.replace("_", " ").capitalize()  # as Fact.humanized_key
    return {
        "id": fact.public_id,
        "memory_type": memory_type(fact.key),
        "key": fact.key,
        "value": fact.value,
        "confidence": fact.confidence,
        "source": fact.source,
        "content": f"{humanized_key}: {fact.value}",
        "updated_at": fact.updated_at,
    }


# The name greedy and ending at a non-space: a lazy name before `\s*` re-read
# every run of spaces once per character of it (quadratic on a long value).
_NAMED = re.compile(r"^(?P<name>(?:[^(\n]*[^(\s])?)\s*\((?P<kind>[^)]+)\)$")


def entities(memories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """People and pets the customer mentioned (seed 002 entities), read off relation facts."""
    entities = []
    for item in memories:
        key = item["key"]
        if key != "pet" and key not in RELATION_KEYS:
            continue
        match = _NAMED.match(item["value"])
        name, kind = (match["name"], match["kind"]) if match else (item["value"], key)
        if key == "pet":
            entities.append({"entity_type": "pet", "display_name": name or kind, "metadata": {"species": kind}})
        else:
            entities.append({"entity_type": "person", "display_name": name, "metadata": {"relation": kind}})
    return entities


def continue_or_fresh_line(language: str) -> str:
    """Seed 003's question to a returning customer, in their language (English when unknown)."""
    code = (language or "").lower().replace("_", "-").split("-")[0]
    return CONTINUE_OR_FRESH.get(code, CONTINUE_OR_FRESH["en"])


def returning_block(*, closed_at: datetime | None, language: str, topic: str, now: datetime) -> dict[str, Any] | None:
    """When the customer's last conversation closed 15 minutes ago or more: when, and its topic (the latest
    episode this agent remembers, read by the recall statement; another agent's topic is never shown)."""
    if closed_at is None or now - closed_at < RETURNING_AFTER:
        return None
    return {
        "last_conversation_at": closed_at,
        "topic": truncate(Redactor().redact(topic), EPISODE_TEXT_MAX_CHARS) if topic else None,
        "suggested_line": continue_or_fresh_line(language),
    }

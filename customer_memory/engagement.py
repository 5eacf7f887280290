"""How the customer is right now (seed 002 §3.1 state): mood per message, energy, active streak.

Mood is classified offline on each customer message as it is ingested (the
rules extractor's keyword classifier; the LLM refines it at close when one is
configured). Energy and the active streak are read when the context is built.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from django.db import connection
from django.utils import timezone

from conversations.models import Conversation, Message, Person
from customer_memory.extraction.rules import mood
from customer_memory.extraction.rules.languages import all_packs
from customer_memory.extraction.rules.text import Text

ENERGY_MESSAGES = 5
MOOD_MESSAGES = 3
STREAK_DAYS_MAX = 366
_WORD = re.compile(r"\w+")


def energy(messages: Sequence[str]) -> str:
    """high, medium or low, from the customer's recent messages (oldest first).

    Long messages, exclamation marks, shouting in capitals and several
    question marks read as high energy; short, flat replies ("ok", "fine")
    as low. The latest messages weigh most.
    """
    texts = [text.strip() for text in messages if text and text.strip()]
    if not texts:
        return "medium"
    total = weights = 0.0
    for index, text in enumerate(texts):
        weight = 1 + index
        total += weight * _message_energy(text)
        weights += weight
    score = total / weights
    if score >= 2.25:
        return "high"
    if score <= 0.6:
        return "low"
    return "medium"


def _message_energy(text: str) -> float:
    """About 1 for an ordinary sentence; 0 for a flat "ok"; 4 and more for shouting."""
    words = _WORD.findall(text)
    if len(words) <= 2 and not re.search(r"[!?]", text):
        return 0.0
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) / len(letters) if len(letters) >= 6 else 0.0
    score = 1.0
    score += 0.5 if len(words) >= 8 else 0.0
    score += 0.5 if len(words) >= 25 else 0.0
    score += min(text.count("!"), 3) * 0.75
    score += 1.5 if capitals >= 0.6 else 0.0
    score += 0.5 if text.count("?") >= 2 else 0.0
    return score


def _mood_words(content: str) -> Counter[str]:
    """The mood words of every language in one message.

    The mood word lists only, without detecting the language: on the path of
    every ingested message, language detection cost ten times the rest
    (1.5 ms of 1.65 per message here), and the lists of all seven languages
    0.14 ms.
    """
    lower = Text(content).lower
    found: Counter[str] = Counter()
    for pack in all_packs():
        for name, words in mood.keywords(pack).moods.items():
            if hits := words.count(lower):
                found[name] += hits
    return found


def active_streak(days: Sequence[date], *, today: date) -> int:
    """Consecutive days with a conversation, ending today or yesterday; 0 otherwise."""
    seen = set(days)
    day = today if today in seen else today - timedelta(days=1)
    streak = 0
    while day in seen:
        streak += 1
        day -= timedelta(days=1)
    return streak


def recent_activity(person: Person, *, now: datetime) -> dict[str, Any]:
    """The energy of the customer's last messages and the days they were active, in one statement.

    Cached with the person's other hot layers (rebuilt after every message, as each one
    updates the person); the streak is counted from the days when read, so it ends today.
    """
    since = now - timedelta(days=STREAK_DAYS_MAX)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT
                ARRAY(
                    SELECT m.content FROM {Message._meta.db_table} m
                    JOIN {Conversation._meta.db_table} c ON c.id = m.conversation_id
                    WHERE c.person_id = %s AND m.role = %s
                    ORDER BY m.sent_at DESC, m.id DESC LIMIT %s
                ),
                ARRAY(
                    SELECT unnest(ARRAY[started_at, last_message_at]) FROM {Conversation._meta.db_table}
                    WHERE person_id = %s AND last_message_at >= %s
                    ORDER BY last_message_at DESC LIMIT %s
                )
            """,
            [person.pk, Message.Role.CUSTOMER, ENERGY_MESSAGES, person.pk, since, STREAK_DAYS_MAX],
        )
        contents, moments = cursor.fetchone()
    # A conversation counts on the day it started and the day of its last message.
    days = sorted({timezone.localdate(moment).isoformat() for moment in moments})
    return {"energy": energy(list(contents)[::-1]), "active_days": days}


def streak_of(active_days: Sequence[str], *, now: datetime) -> int:
    return active_streak([date.fromisoformat(day) for day in active_days], today=timezone.localdate(now))


def update_mood_from_messages(messages: Sequence[tuple[int, str, datetime]]) -> int:
    """Classify each person's new customer messages (person id, content, sent at) and store the mood.

    Only messages that carry a mood change it: "ok" leaves a frustrated
    customer frustrated. A bulk import reads each person's last few messages
    only: the mood is where the conversation ended. One statement for the
    whole batch; returns how many people changed.
    """
    by_person: dict[int, list[tuple[str, datetime]]] = defaultdict(list)
    for person_id, content, sent_at in messages:
        by_person[person_id].append((content, sent_at))
    rows = []
    for person_id, items in by_person.items():
        items.sort(key=lambda item: item[1])
        per_message = [mood.Signals(moods=_mood_words(content)) for content, _ in items[-MOOD_MESSAGES:]]
        if not any(signal.moods for signal in per_message):
            continue
        name, confidence = mood.overall_mood(per_message)
        rows.append((person_id, name, confidence, items[-1][1]))
    if not rows:
        return 0
    values = ", ".join(["(%s::bigint, %s::varchar, %s::float8, %s::timestamptz)"] * len(rows))
    with connection.cursor() as cursor:
        # A later classification (at close, or an earlier message arriving late) isn't overwritten.
        cursor.execute(
            f"""
            UPDATE {Person._meta.db_table} AS p SET
                last_mood = v.mood, last_mood_confidence = v.confidence, last_mood_at = v.at, updated_at = %s
            FROM (VALUES {values}) AS v (id, mood, confidence, at)
            WHERE p.id = v.id AND (p.last_mood_at IS NULL OR p.last_mood_at <= v.at)
            """,
            [timezone.now(), *(value for row in rows for value in row)],
        )
        return cursor.rowcount

"""Standing instructions: how the customer wants to be helped (pace, length, confirmation, channel,
hours, language, tone), plus accessibility needs, which say the same thing from the other side."""

from __future__ import annotations

import re

from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text, keywords, lower_fold


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    for instruction in pack.instructions:
        match = instruction.pattern.search(text.folded)
        if match is None:
            continue
        value = instruction.value
        named = next((g for g in ("v", "v2") if g in instruction.pattern.groupindex and match[g]), None)
        if instruction.key == "preferred_language" and named:
            value = pack.languages.get(lower_fold(match[named]), text.span(match, named).capitalize())
        elif instruction.key == "tone_preference" and named:
            word = lower_fold(match[named])
            value = {"informal": "informal", "casual": "informal", "friendly": "informal"}.get(word, word)
        elif instruction.key == "tone_preference" and not value:
            value = "formal"
        elif instruction.key == "preferred_contact_channel" and not value:
            value = _first_channel(text.lower[match.start() : match.end()], pack) or text.span(match, 0).strip(" ,.;")
        elif not value:
            value = text.span(match, 0).strip(" ,.;")
            value = value[:1].upper() + value[1:]
        found.append(Found(instruction.key, value[: values.VALUE_MAX], HIGH, match.start()))
    if not any(item.key == "contact_hours" for item in found):
        found += asked_call_times(text, pack)
    for pattern in pack.accessibility:
        for match in pattern.finditer(text.folded):
            value = text.span(match, "v" if "v" in pattern.groupindex else 0).strip(" ,.;")
            found.append(Found("accessibility", value[:1].upper() + value[1:], HIGH, match.start()))
    return found


def _first_channel(lower: str, pack: LanguagePack) -> str:
    """The channel the customer asks for: the first one they name ("email me, don't call" -> email)."""
    named = []
    for word, channel in pack.channels.items():
        at = lower.find(word)
        if at >= 0 and (at == 0 or not lower[at - 1].isalnum()):
            named.append((at, -len(word), at + len(word), channel))
    named.sort()
    if not named:
        return ""
    _, _, end, best = named[0]
    # "nhắn tin Zalo", "הודעה בוואטסאפ": a message on the app named right after the word for a message.
    app = next((item for item in named[1:] if item[0] >= end and item[3] not in {"SMS", "phone"}), None)
    if best == "SMS" and app is not None and len(lower[end : app[0]].split()) <= 1:
        best = app[3]
    return best


_SENTENCE = re.compile(r"[^.!?\n]{3,240}")


def asked_call_times(text: Text, pack: LanguagePack) -> list[Found]:
    """ "Und ruft mich bitte nur abends nach 19 Uhr an", "que sea por la mañanita, antes del mediodía", "אם אתם
    מתקשרים — רק בבקרים": a sentence that asks (a request word) when to call (a call word and a time word),
    not a question and not a report of calls made."""
    if not (pack.call_words and pack.time_words and pack.request_words):
        return []
    calls, times, asks = keywords(pack.call_words), keywords(pack.time_words), keywords(pack.request_words)
    for sentence in _SENTENCE.finditer(text.lower):
        lower = sentence.group()
        if "?" in lower or not (calls.found_in(lower) and times.found_in(lower) and asks.found_in(lower)):
            continue
        value = text.original[sentence.start() : sentence.end()].strip(" ,;:-–—")
        if 3 <= len(value.split()) <= 20:
            return [Found("contact_hours", value[:1].upper() + value[1:], HIGH, sentence.start())]
    return []

"""Preferences and habits, devices the customer owns, and the plan or tier they are on."""

from __future__ import annotations

import re

from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, LOW, MEDIUM, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text, lower_fold

_CONFIDENCE = {"preferences": MEDIUM, "likes": LOW, "dislikes": MEDIUM, "dietary": HIGH, "allergies": HIGH}
# These values read as a whole phrase ("usually shop on weekends"); others end at the first new clause.
_WHOLE = frozenset({"habit", "business"})
_TIME = re.compile(
    r"\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|\d{1,2} ?(?:am|pm)|manana|tarde|noche|"
    r"matin|soir|morgens|abends|manha|noite|sang|chieu|toi)\b",
    re.IGNORECASE,
)
_MODEL_TOKEN = re.compile(r"^(?:[A-Z0-9][\w+-]*|\d+\w*|pro|max|plus|mini|ultra|air|se|lite|series)$")


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    for pattern, key in pack.preferences:
        match = pattern.search(text.folded)
        if match is None:
            continue
        raw = text.span(match, "v")
        value = raw.strip(" ,.;!?") if key in _WHOLE else values.cut(raw, pack)
        if key == "preferences" and _TIME.search(lower_fold(value)):
            key = "preferred_time"
        if key == "favourite":
            key = "favourite_" + "_".join(lower_fold(match["thing"]).split())
        channel = pack.channels.get(lower_fold(value))
        if channel:
            key, value = "preferred_contact_channel", channel
        if (key in _WHOLE and len(value) > 3) or values.usable(value, pack):
            found.append(Found(key, value, _CONFIDENCE.get(key, MEDIUM), match.start()))
    for pattern in pack.device:
        for match in pattern.finditer(text.folded):
            if value := _device(text.span(match, "v")):
                found.append(Found("device", value, HIGH, match.start()))
    for pattern in pack.plan:
        if match := pattern.search(text.folded):
            value = values.cut(text.span(match, "v"), pack, max_words=4)
            if values.usable(value, pack):
                found.append(Found("plan", value, HIGH, match.start()))
                break
    return found


def _device(raw: str) -> str:
    """The brand and model, not the rest of the sentence ("iPhone 13 Pro keeps crashing" -> "iPhone 13 Pro")."""
    tokens = raw.split()
    kept = tokens[:1]
    for token in tokens[1:4]:
        if not _MODEL_TOKEN.match(token.strip(",.")):
            break
        kept.append(token.strip(",."))
    return " ".join(kept).strip(" ,.")

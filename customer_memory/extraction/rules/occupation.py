"""What the customer does for a living and where."""

from __future__ import annotations

from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, MEDIUM, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    for pattern in pack.occupation:
        if match := pattern.search(text.folded):
            value = values.cut(text.span(match, "v"), pack, max_words=5)
            if values.usable(value, pack):
                found.append(Found("occupation", value.lower() if not value.isupper() else value, HIGH, match.start()))
                break
    for pattern in pack.employer:
        if match := pattern.search(text.folded):
            value = values.cut(text.span(match, "v"), pack, max_words=5)
            if values.usable(value, pack):
                found.append(Found("employer", value, MEDIUM if value.islower() else HIGH, match.start()))
                break
    return found

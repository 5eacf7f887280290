"""What the customer does for a living and where."""

from __future__ import annotations

from customer_memory.extraction.places import known_place
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
    else:
        # "estudio Enfermería", "faço medicina": a student of that field.
        for pattern in pack.studies:
            if match := pattern.search(text.folded):
                field = values.cut(text.span(match, "v"), pack, max_words=4)
                if values.usable(field, pack):
                    found.append(Found("occupation", pack.student_of.format(field=field), HIGH, match.start()))
                    break
    patterns = [(pattern, False) for pattern in pack.employer] + [(p, True) for p in pack.employer_or_place]
    for pattern, maybe_a_place in patterns:
        if match := pattern.search(text.folded):
            value = values.cut(text.span(match, "v"), pack, max_words=5, names=True)
            if values.usable(value, pack) and not (maybe_a_place and known_place(value)):
                found.append(Found("employer", value, MEDIUM if value.islower() else HIGH, match.start()))
                break
    return found

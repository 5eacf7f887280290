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
            raw = text.span(match, "v")
            value = _whole_title(raw, values.cut(raw, pack, max_words=5), pack)
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


def _whole_title(raw: str, value: str, pack: LanguagePack) -> str:
    """The job titles of the pack that `raw` starts with, one after another, when the cut value is shorter: "bảo vệ
    ca đêm" cut at "về" is "bảo vệ", not "bảo"; "trợ lý bác sĩ thú y" is "trợ lý" and "bác sĩ thú y"."""
    lower = values.lower_fold(raw).lower()
    end = at = 0
    while titles := [
        title
        for title in pack.job_titles
        if lower.startswith(title, at) and lower[at + len(title) : at + len(title) + 1] in ("", " ")
    ]:
        end = at + len(max(titles, key=len))
        at = end + 1
    return raw[:end] if end > len(value) else value

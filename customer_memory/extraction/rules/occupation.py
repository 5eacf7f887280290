"""What the customer does for a living and where."""

from __future__ import annotations

import re

from customer_memory.extraction.places import known_place
from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, MEDIUM, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text, answers


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


# The agent asking what the customer does for a living (folded).
_ASKS_JOB = re.compile(
    r"\b(?:what do you do (?:for a living|for work)|your (?:occupation|profession|job)\b|what(?:'s| is) your job|"
    r"a que se dedica|a que te dedicas|(?:su|tu) (?:profesion|ocupacion)|que faites-vous dans la vie|votre (?:metier|"
    r"profession)|was machen sie beruflich|ihr beruf|(?:sua|tua) profissao|nghe nghiep|lam nghe gi|"
    r"(?:anh|chi|em|ban|bac|co|chu|ong|ba) (?:dang )?lam (?:nghe |cong viec )?(?:gi|nghe gi))\b|"
    r"מה המקצוע|המקצוע שלך|במה (?:אתה|את|אתם) (?:עובד|עובדת|עובדים)|מה (?:אתה|את) עושה בחיים|מה העבודה שלך"
)


def answered_occupation(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "חקלאי, יש לי רפת.", "Kế toán ạ.": the job the customer's reply opens with, right after the agent asked what
    they do for a living (the pack's `occupation_answer` patterns): (the job, its message id)."""
    if not pack.occupation_answer:
        return "", ""
    for _asked, line in answers(lines, _ASKS_JOB):
        text = Text(line.content.strip()[:200])
        for pattern in pack.occupation_answer:
            if match := pattern.search(text.folded):
                value = values.cut(text.span(match, "v"), pack, max_words=5)
                if values.usable(value, pack):
                    return value, line.message_id
    return "", ""

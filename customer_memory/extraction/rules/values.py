"""Turning a pattern's raw capture into a value: where it ends, what can't be one, ages in words."""

from __future__ import annotations

import re

from customer_memory.extraction.places import known_place
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import lower_fold, words

VALUE_MAX = 120
_TOKEN = re.compile(r"[^\s]+")
_EDGE = " \t\"'“”«».,;:!?-()[]"


# "and" between two capitalised words joins one name ("Leal y Asociados", "Ernst & Young", "Lopes e Filhos").
_JOINS = frozenset({"&", "and", "y", "e", "et", "und", "va"})


def cut(raw: str, pack: LanguagePack, *, max_words: int = 8, names: bool = False) -> str:
    """The value up to the first word that starts a new clause ("Boston with my wife" -> "Boston").

    With `names`, an "and" between two capitalised words stays: it is part of a company's name."""
    kept: list[str] = []
    tokens = raw.split()
    for index, token in enumerate(tokens):
        word = lower_fold(token).strip(_EDGE)
        joined = (
            names
            and word in _JOINS
            and bool(kept)
            and kept[-1][:1].isupper()
            and index + 1 < len(tokens)
            and tokens[index + 1][:1].isupper()
        )
        joined = joined or (
            names
            and pack.capitals_in_names
            and bool(kept)
            and token[:1].isupper()
            and (kept[-1][:1].isupper() or (index + 1 < len(tokens) and tokens[index + 1][:1].isupper()))
        )
        if kept and not joined and (word in pack.clause_words or word.split("'")[0] in pack.clause_words):
            break
        kept.append(token)
        if len(kept) >= max_words:
            break
    value = " ".join(kept).strip(_EDGE)
    # A Hebrew abbreviation ends with a geresh ("ושות'"): part of the word, not a quote.
    if value and "\u05d0" <= value[-1] <= "\u05ea" and " ".join(kept).rstrip(" .,;:!?").endswith(("'", "׳")):
        value += "'"
    return value[:VALUE_MAX]


def usable(value: str, pack: LanguagePack) -> bool:
    folded = lower_fold(value).strip(_EDGE)
    if len(folded) < 2 or folded in pack.not_values:
        return False
    first = folded.split()[0] if folded.split() else ""
    return first not in pack.not_values and "[" not in value


# Words inside a surname that are function words elsewhere ("בן" in "בן דוד").
_SURNAME_JOINS = frozenset({"בן"})
_PARTICLES = frozenset({"de", "da", "van", "von", "del", "di", "den", "der", "ten", "ter", "zu", "vom"})
# "Maria da Conceição Ferreira", "José de Souza", "Ana dos Santos": the particle of an Iberian name between two
# capitalised names, even where the language lists it as a function word; not before a place ("João do Porto").
_NAME_JOINS = frozenset({"de", "da", "do", "das", "dos", "del"})


def _joins_a_name(tokens: list[str], index: int) -> bool:
    """The particle at `index` joins the name before it to a capitalised name after it, which is no place."""
    after = []
    for token in tokens[index + 1 : index + 3]:
        if not token[:1].isupper():
            break
        after.append(token.strip(_EDGE))
        if token != token.rstrip(_EDGE):  # "Ferreira," ends the name
            break
    if not after:
        return False
    # "da Conceição Ferreira": a town's name may be a surname too, not with another one after it.
    return not known_place(" ".join(after)) if len(after) > 1 else not known_place(after[0])


def name(raw: str, pack: LanguagePack, *, explicit: bool = False) -> str:
    """A person's name: capitalised words (any case after an explicit "my name is"), at most four
    (Vietnamese names often have four syllables: "Ngô Thị Bích Ngọc")."""
    kept: list[str] = []
    tokens = raw.split()[:5]
    for index, token in enumerate(tokens):
        word = lower_fold(token).strip(_EDGE)
        # "אורית בן דוד": "בן" (son of) between two names is part of a Hebrew surname.
        following = lower_fold(tokens[index + 1]).strip(_EDGE) if index + 1 < len(tokens) else ""
        joins = word in _SURNAME_JOINS and bool(kept) and following not in ("", *pack.not_values, *pack.number_words)
        if joins and not any(ch.isdigit() for ch in following):
            kept.append(token.strip(_EDGE))
            continue
        if kept and word in _NAME_JOINS and token.islower() and _joins_a_name(tokens, index):
            kept.append(token.strip(_EDGE))
            continue
        if word in pack.not_values or word in pack.clause_words or not word or any(ch.isdigit() for ch in word):
            break
        if not explicit and token[:1].islower() and kept and word not in _PARTICLES:
            break
        kept.append(token.strip(_EDGE))
        if len(kept) == 4:
            break
    while kept and kept[-1].islower() and kept[-1] in _PARTICLES:  # "Anna Berg von" (der Firma): no surname
        kept.pop()
    if not kept:
        return ""
    if explicit and all(token.islower() for token in kept):
        kept = [token.capitalize() for token in kept]
    return " ".join(kept)


def age(raw: str, pack: LanguagePack) -> str:
    raw = lower_fold(raw).strip()
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    value = int(raw) if raw.isdecimal() and len(raw) <= 3 else number_from_words(raw, pack)
    return str(value) if value is not None and 5 <= value <= 110 else ""


def number_from_words(text: str, pack: LanguagePack) -> int | None:
    """ "eighty-two", "ochenta y dos", "zweiundachtzig", "bảy mươi lăm", "soixante-dix" -> a number."""
    tokens = [t for t in re.split(r"[\s-]+", text) if t]
    total, current, seen = 0, 0, False
    for token in tokens:
        parts = [token]
        if token not in pack.number_words and "und" in token:  # German compounds
            parts = [p for p in token.split("und") if p]
        for part in parts:
            if part in pack.number_multipliers:
                current = (current or 1) * pack.number_multipliers[part]
                seen = True
            elif part in pack.number_words:
                current += pack.number_words[part]
                seen = True
            elif seen:
                return total + current
            else:
                return None
    total += current
    return total if seen else None


# A street is an address, not where someone lives ("Moro na Rua António Augusto Gonçalves, em Santa Clara").
_STREET = frozenset(
    words(
        "rua|rue|calle|avenida|av|avenue|ave|street|st|road|rd|lane|strasse|gasse|weg|via|viale|travessa|"
        "praca|plaza|boulevard|bd|chemin|duong|pho|ngo|hem|רחוב|רח"
    )
)


def is_street(word: str) -> bool:
    return lower_fold(word).strip(".,") in _STREET


def place(raw: str, pack: LanguagePack) -> str:
    value = cut(raw, pack, max_words=5, names=pack.capitals_in_names)
    if usable(value, pack) and is_street(value.split()[0]):
        # "đường Ngô Mây, Quy Nhơn": the town after the street.
        value = value.split(",", 1)[1].strip() if "," in value else ""
    if not usable(value, pack):
        return ""
    return value.title() if value.islower() and value.isascii() else value

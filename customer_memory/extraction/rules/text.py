"""Text as the rules read it: accents folded (so "contrasena" and "contraseña", "toi" and "tôi" match
the same patterns), one character for one character so a match's span still points into the original
text, which is where values are taken from. Also sentences, keyword sets and the language detector.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

_FOLD_EXCEPTIONS = {"đ": "d", "Đ": "D", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "’": "'", "‘": "'"}


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in _FOLD_EXCEPTIONS:
        return _FOLD_EXCEPTIONS[char]
    if char.isascii():
        return char
    base = unicodedata.normalize("NFD", char)[0]
    # A combining mark on its own (Hebrew niqqud) stays, keeping the length.
    return char if unicodedata.combining(base) else base


def fold(text: str) -> str:
    """Accents removed, case kept, exactly one character per character of the NFC text."""
    if text.isascii():
        return text
    return "".join(_fold_char(char) for char in text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def lower_fold(text: str) -> str:
    folded = fold(nfc(text))
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else "".join(c.lower()[0] for c in folded)


class Text:
    """One message, prepared once: the NFC original, its folded twin and the lowercase folded twin."""

    __slots__ = ("folded", "lower", "original")

    def __init__(self, text: str) -> None:
        self.original = nfc(text)
        self.folded = fold(self.original)
        lowered = self.folded.lower()
        if len(lowered) != len(self.folded):
            lowered = "".join(c.lower()[0] for c in self.folded)
        self.lower = lowered

    def span(self, match: re.Match[str], group: str | int = 0) -> str:
        start, end = match.span(group)
        return self.original[start:end] if start >= 0 else ""


_SENTENCE = re.compile(r"[^.!?\n。]+[.!?。]*")


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE.findall(text or "") if len(part.strip()) > 1]


class Keywords:
    """Words and phrases found in folded lowercase text, whole words only.

    Hebrew glues one-letter prefixes (ו, ה, ב, ל, ש, מ, כ) to the next word, so a
    keyword in Hebrew script may follow them.
    """

    def __init__(self, entries: Iterable[str]) -> None:
        folded = sorted({lower_fold(entry).strip() for entry in entries if entry.strip()}, key=len, reverse=True)
        self.empty = not folded
        body = "|".join(re.escape(entry) for entry in folded) or "(?!)"
        self.pattern = re.compile(r"(?<![^\W\u05d5\u05d4\u05d1\u05dc\u05e9\u05de\u05db])(?:" + body + r")(?!\w)")

    def count(self, lower: str) -> int:
        return 0 if self.empty else len(self.pattern.findall(lower))

    def found_in(self, lower: str) -> bool:
        return not self.empty and self.pattern.search(lower) is not None


@functools.cache
def keywords(entries: tuple[str, ...]) -> Keywords:
    """`Keywords(entries)`, built once per list (the language packs' word lists are tuples)."""
    return Keywords(entries)


# A sentence with its position, for rules that read one sentence at a time and cut values from the original.
_SENTENCE_SPAN = re.compile(r"[^.!?\n]{1,400}[.!?]?")


def sentence_spans(text: str) -> Iterator[re.Match[str]]:
    return _SENTENCE_SPAN.finditer(text)


def asked_at(lower: str, at: int) -> bool:
    """The clause from `at` ends with a question mark ("¿Vives en Sevilla o en Cádiz?", "is the Premium plan
    cheaper?"); a question after a comma or a semicolon is about something else."""
    question = lower.find("?", at)
    return question >= 0 and not re.search(r"[;,]", lower[at:question])


# A yes opening a reply, in every language (folded): "Yes, Tom Becker", "Sí, en Cayma", "Dạ đúng rồi", "כן, נכון". A
# pack's `yes_words` add its colloquial ones ("passt", "ouais").
YES_WORDS = [
    "yes",
    "yeah",
    "yep",
    "sure",
    "ok",
    "okay",
    "correct",
    "that's right",
    "si",
    "claro",
    "sim",
    "oui",
    "ja",
    "genau",
    "da",
    "vang",
    "dung",
    "dung roi",
    "dung r",
    "u",
    "uh",
    "כן",
    "נכון",
    "בדיוק",
]
_AFTER_YES = re.compile(r"[,.!]?\s*")


def opens_with_yes(text: str, more: tuple[str, ...] = ()) -> int:
    """Where what follows the yes `text` opens with starts (after its punctuation and spaces); 0 without one."""
    match = keywords((*YES_WORDS, *more)).pattern.match(lower_fold(text))
    if match is None:
        return 0
    after = _AFTER_YES.match(text, match.end())
    return after.end() if after else match.end()


def after_yes(text: str, more: tuple[str, ...] = ()) -> str:
    """`text` without the yes it opens with, as written: "Yes, Tom Becker" -> "Tom Becker"."""
    return text[opens_with_yes(text, more) :]


def answers(lines: list[Any], asks: re.Pattern[str] | None = None) -> Iterator[tuple[Any, Any]]:
    """(the agent's message, the customer's reply right after it), in order; with `asks`, only where the agent's
    message (folded) matches it: what the customer said in answer to a question ("And your name?" – "Ruth Adeyemi")."""
    for previous, line in itertools.pairwise(lines):
        if (
            previous.role == "agent"
            and line.role == "customer"
            and (asks is None or asks.search(lower_fold(previous.content)))
        ):
            yield previous, line


def words(text: str) -> tuple[str, ...]:
    """A "|"-separated list, as language files write them."""
    return tuple(entry.strip() for entry in text.split("|") if entry.strip())


# --- Language ------------------------------------------------------------------------------------

SUPPORTED_LANGUAGES = ("en", "vi", "es", "he", "fr", "de", "pt")

# Vietnamese typed without diacritics defeats character n-grams; its function words do not.
_VIETNAMESE_WORDS = Keywords(
    words(
        "toi|minh|em|anh|chi|ban|cua|khong|duoc|nhe|nha|voi|cho|la|va|nhung|roi|da|dang|se|ten|song|o|"
        "lam|muon|can|giup|cam on|xin chao|tai khoan|don hang|vay|thi|ma|nay|do|gi|sao|bi|hay|con|vo|chong|"
        # chat shorthand and words no other supported language has ("ko", "dc", "mk": không, được, mình)
        "ko|dc|ad|mk|mik|dt|thoi|nhe|ak|cx|bn|ntn|hok|lun|luon|cung|tren|nao|gio|ngay|nap|choi|chuyen|lop|voi|lai|"
        "cuoi tuan|nang cap|vua|len"
    )
)


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


@functools.lru_cache(maxsize=2048)
def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language among the supported ones, or "" when unsure.

    py3langid (model inside the wheel) decides; unaccented Vietnamese, which it
    takes for French or Spanish, is recognised by its function words.
    """
    text = nfc(text).strip()
    if len(text) < 8:
        return ""
    if any("\u0590" <= char <= "\u05ff" for char in text):
        hebrew = sum("\u0590" <= char <= "\u05ff" for char in text)
        letters = sum(char.isalpha() for char in text) or 1
        if hebrew / letters > 0.3:
            return "he"
    lower = lower_fold(text)
    tokens = lower.split()
    if tokens and _VIETNAMESE_WORDS.count(lower) / len(tokens) > 0.35:
        return "vi"
    code, probability = _identifier().classify(text)
    return code if probability >= 0.5 else ""

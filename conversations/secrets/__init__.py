"""The product's one secret detector, in seven languages.

Card numbers (Luhn; the last four kept), CVV and expiry dates beside a card,
passwords and PINs, one-time codes however phrased, IBANs (mod 97) and bank
account numbers, US social security numbers and national ids (Spanish DNI/NIE,
Brazilian CPF, Israeli ID, Vietnamese CCCD/CMND, French NIR, German tax id and
identity card). English, Vietnamese (with and without diacritics), Spanish,
Hebrew, French, German and Portuguese.

The rule set is `patterns` (what each secret looks like, and the words that decide) and
`checksums` (Luhn, IBAN, national ids); this module applies them.

It lives in the lowest app that reads customer text: ingest masks stored
messages with it (conversations.ingestion), and memory masks whatever an
extractor returns (customer_memory.extraction). A `Redactor` counts each
distinct secret it masked, so an extraction can say how many it dropped
without saying what.

Every pattern runs in linear time on any text (tests/test_linear_patterns.py):
a customer can send 20,000 characters of anything, and one backtracking
pattern would stall a worker. Where two parts of a pattern could read the same
characters, one is possessive (`*+`, `++`) or atomic (`(?>...)`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from conversations.secrets import patterns
from conversations.secrets.checksums import cpf_valid, dni_valid, iban_valid, israeli_id_valid, luhn_valid, ssn_valid

MASK = "[redacted]"
# A masked card keeps its last four digits, which identify it to the customer and the agent.
CARD_MASK = "[card •••• {last4}]"


def card_mask(digits: str) -> str:
    return CARD_MASK.format(last4=digits[-4:])


# Fact keys that only ever hold secrets.
SECRET_KEYS = frozenset(
    {
        "password",
        "passcode",
        "pin",
        "pin_code",
        "cvv",
        "cvc",
        "otp",
        "one_time_code",
        "verification_code",
        "card_number",
        "credit_card",
        "credit_card_number",
        "debit_card",
        "card",
        "card_expiry",
        "expiry_date",
        "iban",
        "bank_account",
        "bank_account_number",
        "account_number",
        "routing_number",
        "sort_code",
        "ssn",
        "social_security_number",
        "national_id",
        "national_id_number",
        "id_number",
        "tax_id",
        "dni",
        "nie",
        "cpf",
        "cccd",
        "cmnd",
        "nir",
        "teudat_zehut",
    }
)


def is_secret_key(key: str) -> bool:
    return key in SECRET_KEYS or key.endswith(("_password", "_pin", "_cvv", "_otp", "_iban", "_ssn"))


@dataclass(frozen=True)
class _Rule:
    """One pattern, the texts it runs on, and how a match is masked (None: left as it is)."""

    pattern: re.Pattern[str]
    mask: Callable[[Redactor, re.Match[str]], str | None]
    min_digits: int = 0
    hints: tuple[str, ...] = ()
    # Only in a text about a card (a card word or a masked card number) / right after a masked card.
    near_card: bool = False
    after_card: bool = False


@dataclass
class Redactor:
    """Masks secrets in texts and remembers which distinct secrets it saw."""

    found: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.found)

    def contains_secret(self, text: str) -> bool:
        return self.redact(text) != text

    def redact(self, text: str) -> str:
        """`text` with every secret masked; `text` itself (the same object) when it holds none."""
        if not text:
            return text
        work = text
        # Decomposed Vietnamese ("khẩu" as k-h-a-combining marks-u) would miss every keyword.
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            work = unicodedata.normalize("NFC", text)
        lower = work.lower()
        first_digit = _DIGIT.search(work)
        digits = 0 if first_digit is None else len(_DIGIT.findall(work, first_digit.start()))
        # This runs on every ingested message: most have neither digits nor a password word.
        if digits < 3 and not any(hint in lower for hint in patterns.PASSWORD_HINTS):
            return text
        masked = work
        near_card = False
        for rule in _RULES:
            if digits < rule.min_digits or (rule.hints and not any(hint in lower for hint in rule.hints)):
                continue
            if rule.after_card and "[card •••• " not in masked:
                continue
            if rule.near_card:
                near_card = near_card or "[card •••• " in masked or any(hint in lower for hint in patterns.CARD_HINTS)
                if not near_card:
                    continue
            masked = rule.pattern.sub(functools.partial(self._apply, rule), masked)
        return text if masked == work else masked

    def _apply(self, rule: _Rule, match: re.Match[str]) -> str:
        replacement = rule.mask(self, match)
        return match.group() if replacement is None else replacement

    def _remember(self, kind: str, secret: str) -> None:
        self.found.add(f"{kind}:{''.join(char for char in secret.casefold() if char.isalnum()) or secret}")

    def _mask(self, match: re.Match[str], kind: str, group: str = "s") -> str:
        """The match with its secret group masked and the words around it kept."""
        self._remember(kind, match.group(group))
        start, end = match.span(group)
        offset = match.start()
        whole = match.group()
        return whole[: start - offset] + MASK + whole[end - offset :]


def _mask_card(redactor: Redactor, match: re.Match[str]) -> str | None:
    text = match.group()
    # The pattern may have taken the next group too ("4111111111111111 09/27" reads as 18 digits):
    # the longest run of whole groups that is a card wins, the rest is kept.
    for group_end in reversed([m.end() for m in patterns.GROUP_END.finditer(text)]):
        digits = re.sub(r"\D", "", text[:group_end])
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            redactor._remember("number", digits)
            return card_mask(digits) + text[group_end:]
    return None


def _mask_after_card(redactor: Redactor, match: re.Match[str]) -> str | None:
    if match.group("expiry") is None and match.group("cvv") is None:
        return None
    text = match.group()
    offset = match.start()
    # From the end, so earlier spans stay where they are.
    for group, kind in (("cvv", "cvv"), ("expiry", "expiry")):
        if match.group(group) is not None:
            redactor._remember(kind, match.group(group))
            start, end = match.span(group)
            text = text[: start - offset] + MASK + text[end - offset :]
    return text


def _mask_iban(redactor: Redactor, match: re.Match[str]) -> str | None:
    """An IBAN whose check digits hold; the pattern may have run on into the next word ("… 7890 189 est"), so
    shorter candidates ending at a space are tried too, the rest of the text kept."""
    text = match.group()
    candidate = text
    while not iban_valid(candidate):
        if " " not in candidate.strip():
            return None
        candidate = candidate.rstrip().rsplit(" ", 1)[0]
    redactor._remember("number", candidate)
    return MASK + text[len(candidate) :]


def _masker(kind: str, check: Callable[[str], bool] | None = None) -> Callable[[Redactor, re.Match[str]], str | None]:
    def mask(redactor: Redactor, match: re.Match[str]) -> str | None:
        if check is not None and not check(match.group("s")):
            return None
        return redactor._mask(match, kind)

    return mask


def _looks_like_a_password(value: str) -> bool:
    """A digit, a symbol, or capitals inside a word: not a word of the sentence."""
    return (
        any(char.isdigit() for char in value)
        or any(not char.isalnum() and char not in "'’-" for char in value)
        or (any(char.isupper() for char in value[1:]) and any(char.islower() for char in value))
    )


def _mask_password(redactor: Redactor, match: re.Match[str]) -> str | None:
    value = match.group("s")
    if patterns.fold(value) in patterns.NOT_PASSWORDS:
        return None
    # Bare ("password Hunter2!"), after a short form ("pw"), or after a link word that is as often
    # something else ("to", "a", "e"): only a value that looks like a password.
    loosely_linked = match.group("bare") is not None or match.group("weak") is not None
    if match.group("short") is not None and match.group("sym") is None and match.group("strong") is None:
        return None
    if loosely_linked and not _looks_like_a_password(value):
        return None
    return redactor._mask(match, "password")


def _is_an_amount(match: re.Match[str]) -> bool:
    start = match.start("s")
    return bool(patterns.CURRENCY_AFTER.match(match.string, match.end("s"))) or (
        start > 0 and match.string[start - 1] in "$€£¥₫₪"
    )


def _is_a_year_after(words: frozenset[str], value: str) -> bool:
    return len(value) == 4 and value[:2] in {"19", "20"} and not words.isdisjoint(patterns.YEAR_WORDS)


def _words_of(*parts: str | None) -> frozenset[str]:
    words = set()
    for part in parts:
        for word in (part or "").split():
            folded = patterns.fold(word.strip("-"))
            words.add(folded)
            # Hebrew's joined "the": ההנחה is הנחה.
            if folded.startswith("ה") and len(folded) > 3:
                words.add(folded[1:])
    return frozenset(words)


def _word_before(match: re.Match[str]) -> str:
    """The word just before the match: "zip" in "zip code 10115", "order" in "order 123456 by SMS"."""
    start = match.start()
    before = match.string[max(0, start - 25) : start]
    if not before.endswith((" ", "-")):
        return ""
    word = before[:-1].replace("-", " ").rsplit(" ", 1)[-1]
    return word if word.isalpha() else ""


def _not_one_time(*parts: str | None) -> bool:
    words = _words_of(*parts)
    text = " " + " ".join(patterns.fold(part or "") for part in parts) + " " + " ".join(words) + " "
    return any(phrase in text for phrase in patterns.NOT_ONE_TIME)


def _mask_code(redactor: Redactor, match: re.Match[str]) -> str | None:
    parts = (_word_before(match), match.group("joined"), match.group("fillers"))
    words = _words_of(*parts)
    if _not_one_time(*parts) or _is_an_amount(match) or _is_a_year_after(words, match.group("s")):
        return None
    if match.group("word").lower() == "ma" and words.isdisjoint(patterns.ONE_TIME_WORDS):
        return None
    return redactor._mask(match, "code")


def _mask_sent_code(redactor: Redactor, match: re.Match[str]) -> str | None:
    words = _words_of(match.group("fillers"))
    if _not_one_time(match.group("fillers")) or _is_an_amount(match) or _is_a_year_after(words, match.group("s")):
        return None
    return redactor._mask(match, "code")


def _mask_code_by_message(redactor: Redactor, match: re.Match[str]) -> str | None:
    if _not_one_time(_word_before(match)):
        return None
    return redactor._mask(match, "code")


def _mask_account(redactor: Redactor, match: re.Match[str]) -> str | None:
    if sum(char.isdigit() for char in match.group("s")) < 6 or _is_an_amount(match):
        return None
    return redactor._mask(match, "number")


def _generic_id_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return israeli_id_valid(digits) if len(digits) == 9 else cpf_valid(digits)


_DIGIT = re.compile(r"\d")
_RULES = (
    _Rule(patterns.CARD, _mask_card, min_digits=13),
    _Rule(patterns.AFTER_CARD, _mask_after_card, min_digits=7, after_card=True),
    _Rule(patterns.IBAN, _mask_iban, min_digits=8),
    _Rule(patterns.SSN_FORMATTED, _masker("number", ssn_valid), min_digits=9, hints=("-",)),
    _Rule(patterns.CPF_FORMATTED, _masker("number", cpf_valid), min_digits=11, hints=("-",)),
    _Rule(patterns.DNI, _masker("number", dni_valid), min_digits=7),
    _Rule(patterns.SSN, _masker("number"), min_digits=9, hints=("ssn", "social")),
    _Rule(patterns.DNI_WITH_KEYWORD, _masker("number"), min_digits=7, hints=("dni", "nie", "nif", "documento")),
    _Rule(patterns.CPF, _masker("number"), min_digits=11, hints=("cpf",)),
    _Rule(patterns.ISRAELI_ID, _masker("number"), min_digits=5, hints=("ז", "teudat")),
    _Rule(
        patterns.VIETNAMESE_ID,
        _masker("number"),
        min_digits=9,
        hints=("cccd", "cmnd", "căn", "can cuoc", "chứng", "chung", "định", "dinh"),
    ),
    _Rule(patterns.NIR, _masker("number"), min_digits=13, hints=("nir", "sécu", "secu", "vitale", "répertoire")),
    _Rule(patterns.GERMAN_TAX_ID, _masker("number"), min_digits=11, hints=("steuer", "idnr", "identifikation")),
    _Rule(patterns.GERMAN_ID_CARD, _masker("number"), min_digits=4, hints=("ausweis",)),
    _Rule(patterns.GENERIC_ID, _masker("number", _generic_id_valid), min_digits=9, hints=("id", "זהות")),
    _Rule(patterns.CVV, _masker("cvv"), min_digits=3, hints=patterns.CVV_HINTS),
    _Rule(patterns.EXPIRY, _masker("expiry"), min_digits=3, hints=patterns.EXPIRY_HINTS, near_card=True),
    _Rule(patterns.PASSWORD, _mask_password, hints=patterns.PASSWORD_HINTS),
    _Rule(patterns.PIN, _masker("password"), min_digits=4, hints=("pin", "geheimzahl", "secret", "secreto")),
    _Rule(patterns.CODE, _mask_code, min_digits=4, hints=patterns.CODE_HINTS),
    _Rule(patterns.SENT_CODE, _mask_sent_code, min_digits=4, hints=patterns.SENT_HINTS),
    _Rule(patterns.CODE_BY_MESSAGE, _mask_code_by_message, min_digits=4, hints=patterns.MESSAGE_HINTS),
    _Rule(patterns.ACCOUNT, _mask_account, min_digits=6, hints=patterns.ACCOUNT_HINTS),
)


def redact(text: str) -> str:
    """`text` with every secret masked (a one-off Redactor: nothing is counted)."""
    return Redactor().redact(text)


def contains_secret(text: str) -> bool:
    return Redactor().contains_secret(text)


__all__ = [
    "CARD_MASK",
    "MASK",
    "SECRET_KEYS",
    "Redactor",
    "card_mask",
    "contains_secret",
    "cpf_valid",
    "dni_valid",
    "iban_valid",
    "is_secret_key",
    "israeli_id_valid",
    "luhn_valid",
    "redact",
    "ssn_valid",
]

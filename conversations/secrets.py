"""The product's one secret detector: card numbers, CVV, passwords, one-time codes, bank accounts.

The seeds' systems store whatever the model returns; this product masks these
in everything it remembers (facts, summaries, episodes, open issues), whichever
extractor produced them. It lives in the lowest app that reads customer text,
so ingest can use it too. Each distinct secret is counted once per Redactor,
so the Extraction row can say how many were dropped without saying what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MASK = "[redacted]"

# 13 to 19 digits, optionally grouped by spaces or dashes; Luhn decides.
# A leading "+" marks an international phone number, not a card.
_CARD = re.compile(r"(?<![\w+])(?:\d[ -]?){12,18}\d(?![\w])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b", re.IGNORECASE)
# Atomic: the three optional `\s*` around optional words can split one run of
# spaces in polynomially many ways, and "account" + 400 spaces + "x 123456"
# took 35 s to fail. Taken whole, a run is read once (tests/test_linear_patterns.py).
_LINK = r"(?>\s*(?:is|was|=|:|would be|will be)?\s*[:=]?\s*)"
_CVV = re.compile(
    r"\b(?:cvv2?|cvc2?|csc|cid|security code|card verification (?:code|value|number))" + _LINK + r"(\d{3,4})\b",
    re.IGNORECASE,
)
_PASSWORD = re.compile(
    r"\b(?:password|passcode|passwd|pwd|pass ?phrase)(?:\s+for\s+\w+)?"
    r"\s*+(?:is|was|=|:|would be|will be|to)(?>\s*[:=]?\s*)[\"'“]?(?!\[redacted\])([^\s\"'”]{1,63}[^\s\"'”.,;:!?])",
    re.IGNORECASE,
)
_PIN = re.compile(r"\bpin(?: code| number)?" + _LINK + r"(\d{4,8})\b", re.IGNORECASE)
_CODE = re.compile(
    r"\b(?:(\w+)[ -])?(?:code|otp|one[- ]time (?:code|password|passcode|pin)|2fa|verification|tan)"
    r"(?:\s+(?:code|number))?" + _LINK + r"(\d{4,8})\b",
    re.IGNORECASE,
)
# "zip code 10115" and "promo code 2024" are not one-time codes.
_NOT_OTP_QUALIFIERS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "zip postal post area promo discount coupon voucher country dial product item order tracking booking "
        "reference ref error status http"
    ).split()
)
_BANK_ACCOUNT = re.compile(
    r"\b(?:bank account|account|acct|a/c|routing|sort code|bsb|swift|bic)\s*+(?:number|no\.?|num|#)?"
    + _LINK
    + r"([0-9][0-9 -]{4,24}[0-9])\b",
    re.IGNORECASE,
)

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
        "iban",
        "bank_account",
        "bank_account_number",
        "account_number",
        "routing_number",
        "sort_code",
    }
)


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def iban_valid(candidate: str) -> bool:
    iban = candidate.replace(" ", "").upper()
    if not 15 <= len(iban) <= 34:
        return False
    rearranged = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(char, 36)) for char in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


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
        if not text:
            return text
        # Each pattern runs only when the text has enough digits and a word it
        # needs: most texts have neither, and this runs on every message.
        digits = len(_DIGIT.findall(text))
        if digits < 3 and "pass" not in text and "Pass" not in text and "PASS" not in text:
            return text
        lower = text.lower()
        if digits >= 13:
            text = _CARD.sub(self._card, text)
        if digits >= 4:
            text = _IBAN.sub(self._iban, text)
        if digits >= 3 and any(word in lower for word in ("cv", "csc", "cid", "security code", "verification")):
            text = _CVV.sub(lambda m: self._group(m, "cvv"), text)
        if "pass" in lower or "pwd" in lower:
            text = _PASSWORD.sub(self._password, text)
        if digits >= 4 and "pin" in lower:
            text = _PIN.sub(lambda m: self._group(m, "password"), text)
        if digits >= 4 and any(word in lower for word in ("code", "otp", "2fa", "tan", "verification")):
            text = _CODE.sub(self._code, text)
        if digits >= 6 and any(word in lower for word in _ACCOUNT_HINTS):
            text = _BANK_ACCOUNT.sub(lambda m: self._group(m, "account"), text)
        return text

    def _remember(self, kind: str, secret: str) -> None:
        self.found.add(f"{kind}:{re.sub(r'[^0-9a-z]', '', secret.lower()) or secret}")

    def _card(self, match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            self._remember("number", digits)
            return MASK
        return match.group(0)

    def _iban(self, match: re.Match[str]) -> str:
        if iban_valid(match.group(0)):
            self._remember("number", match.group(0))
            return MASK
        return match.group(0)

    def _group(self, match: re.Match[str], kind: str) -> str:
        secret = match.group(match.lastindex or 0)
        if kind == "account":
            kind = "number"
        self._remember(kind, secret)
        start, end = match.span(match.lastindex or 0)
        whole_start = match.start(0)
        whole = match.group(0)
        return whole[: start - whole_start] + MASK + whole[end - whole_start :]

    def _password(self, match: re.Match[str]) -> str:
        # "my password is not working" talks about a password without giving it.
        if match.group(1).lower() in _NOT_PASSWORDS:
            return match.group(0)
        return self._group(match, "password")

    def _code(self, match: re.Match[str]) -> str:
        qualifier = (match.group(1) or "").lower()
        if qualifier in _NOT_OTP_QUALIFIERS:
            return match.group(0)
        return self._group(match, "code")


_DIGIT = re.compile(r"\d")
_NOT_PASSWORDS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "not too wrong incorrect invalid expired missing reset changed correct the my a an being still required "
        "weak strong case-sensitive saved stored blocked locked working right different same new old empty"
    ).split()
)
_ACCOUNT_HINTS = ("acc", "a/c", "routing", "sort code", "bsb", "swift", "bic")


def is_secret_key(key: str) -> bool:
    return key in SECRET_KEYS or key.endswith(("_password", "_pin", "_cvv", "_otp", "_iban"))


__all__ = ["MASK", "SECRET_KEYS", "Redactor", "iban_valid", "is_secret_key", "luhn_valid"]

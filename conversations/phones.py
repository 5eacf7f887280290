"""Phone numbers in E.164, so the same number in any common format is one value."""

from __future__ import annotations

import phonenumbers


def normalize_phone(raw: str, *, region: str | None = None) -> str:
    """Return `raw` as E.164 (`+84912345678`) or "" when it doesn't parse as a number."""
    raw = (raw or "").strip()
    if not raw or sum(ch.isdigit() for ch in raw) < 6:
        return ""
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    candidates = [raw]
    if not raw.startswith("+") and region is None:
        # Without a region only international numbers parse; callers often
        # drop the "+" ("84912345678").
        candidates.append("+" + "".join(ch for ch in raw if ch.isdigit()))
    number = None
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
            break
        except phonenumbers.NumberParseException:
            continue
    if number is None:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

"""Phone numbers in E.164, so the same number in any common format is one value."""

from __future__ import annotations

import phonenumbers
from django.db import connection


def normalize_phone(raw: str, *, region: str | None = None) -> str:
    """Return `raw` as E.164 (`+84912345678`) or "" when it doesn't parse as a number.

    `region` (ISO 3166, "VN") reads national formats ("0912 345 678").
    """
    raw = (raw or "").strip()
    if not raw or sum(ch.isdigit() for ch in raw) < 6:
        return ""
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    candidates = [(raw, region or None)]
    if not raw.startswith("+"):
        # Callers often drop the "+" ("84912345678"); tried after the national reading.
        candidates.append(("+" + "".join(ch for ch in raw if ch.isdigit()), None))
    for candidate, candidate_region in candidates:
        try:
            number = phonenumbers.parse(candidate, candidate_region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return ""


def organization_region() -> str | None:
    """The current organization's region for national numbers (`Organization.default_phone_region`)."""
    # Outside a request (a task, a command) the tenant may be a stand-in without settings.
    return getattr(getattr(connection, "tenant", None), "default_phone_region", "") or None

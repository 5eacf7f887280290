"""The secret detector moved to `conversations.secrets`, so ingest (the lower layer) can mask with it.

A re-export, not a second detector: code written against the old name keeps
working (the extraction rules are being restructured on another branch).
Import from `conversations.secrets` in new code.
"""

from __future__ import annotations

from conversations.secrets import MASK, SECRET_KEYS, Redactor, iban_valid, is_secret_key, luhn_valid

__all__ = ["MASK", "SECRET_KEYS", "Redactor", "iban_valid", "is_secret_key", "luhn_valid"]

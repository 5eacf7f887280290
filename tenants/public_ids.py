"""Public identifiers: a type prefix and a ULID, as in seed 000 (`cust_01H...`).

Primary keys stay integers for compact indexes; these are what the API, the
UI's URLs and exports show, so ids never reveal row counts or invite guessing.
"""

from __future__ import annotations

from ulid import ULID

PUBLIC_ID_LENGTH = 32


def make_public_id(prefix: str) -> str:
    return f"{prefix}_{str(ULID()).lower()}"

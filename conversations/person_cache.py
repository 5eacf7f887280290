"""The cache entries about one person, named once for both apps.

customer_memory.context caches a person's context layers under these keys;
ingestion and form submissions fill in contact details and must drop them.
Defined in the lowest app that writes what they hold (imports only point down).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction

PERSON_CACHE_LAYERS = ("identity", "history", "mood", "notes")


def person_cache_keys(person_id: int) -> list[str]:
    return [f"person:{person_id}:{layer}" for layer in PERSON_CACHE_LAYERS]


def forget_cached_people_on_commit(person_ids: Iterable[int]) -> None:
    """Drop the people's cached layers once the current transaction commits.

    Not earlier: a concurrent read would cache the old values again before the commit.
    """
    keys = [key for pk in person_ids for key in person_cache_keys(pk)]
    transaction.on_commit(lambda: cache.delete_many(keys))

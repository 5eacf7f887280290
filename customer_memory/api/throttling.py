"""Rate limiting per API key: a fixed one-window counter in the cache.

DRF's SimpleRateThrottle keeps every request time in one cached list, which
is pickled on each request and grows to the rate (thousands of entries at
the default rate); a counter costs one cache add and one increment.
"""

from __future__ import annotations

import time
from typing import Any

from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle

from tenants.access.models import ApiKey

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """`"6000/min"` -> (6000, 60)."""
    count, period = rate.split("/")
    return int(count), PERIODS[period.strip()[0]]


class ApiKeyThrottle(BaseThrottle):
    """REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["api_key"] requests per key and window.

    Requests without an API key are not counted: they are refused by
    authentication, or are the public schema and docs.
    """

    scope = "api_key"

    def __init__(self) -> None:
        self.wait_seconds: float | None = None

    def allow_request(self, request: Any, view: Any) -> bool:
        from django.core.cache import cache

        key = request.user
        if not isinstance(key, ApiKey):
            return True
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
        if not rate:
            return True
        allowed, period = parse_rate(rate)
        now = time.time()
        window = int(now // period)
        # The cache key function adds the schema, so key ids of different
        # organizations never share a counter.
        cache_key = f"throttle:{key.public_id}:{period}:{window}"
        cache.add(cache_key, 0, timeout=period + 1)
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add() and incr()
            cache.set(cache_key, 1, timeout=period + 1)
            count = 1
        if count > allowed:
            self.wait_seconds = (window + 1) * period - now
            return False
        return True

    def wait(self) -> float | None:
        return self.wait_seconds

"""The Redis cache, and requests that never fail because of it.

The cache only holds copies and counters (hot memory layers, throttle
windows, sign-in failures); the database holds the truth. When Redis can't
be reached, reads miss, writes are dropped and counters start over, so
requests are served from the database. After a failure the process leaves
Redis alone for a few seconds instead of waiting for a connection timeout on
every call of every request.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5.0


class FailSoftRedisCache(RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._unavailable_until = 0.0

    def _attempt(self, method: str, fallback: Any, *args: Any, **kwargs: Any) -> Any:
        if time.monotonic() < self._unavailable_until:
            return fallback
        try:
            return getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            self._unavailable_until = time.monotonic() + RETRY_AFTER_SECONDS
            logger.warning(
                "Cache unavailable (%s); serving from the database for %.0f s",
                type(error).__name__,
                RETRY_AFTER_SECONDS,
            )
            return fallback

    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self._attempt("add", False, key, value, timeout, version=version)

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        return self._attempt("get", default, key, default, version=version)

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        self._attempt("set", None, key, value, timeout, version=version)

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self._attempt("touch", False, key, timeout, version=version)

    def delete(self, key: Any, version: int | None = None) -> bool:
        return self._attempt("delete", False, key, version=version)

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        return self._attempt("get_many", {}, keys, version=version)

    def has_key(self, key: Any, version: int | None = None) -> bool:
        return self._attempt("has_key", False, key, version=version)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        missing = object()
        value = self._attempt("incr", missing, key, delta, version=version)
        if value is missing:
            # What a missing key gives: callers already start the count over.
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        return value

    def set_many(self, data: dict[Any, Any], timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list[Any]:
        return self._attempt("set_many", list(data), data, timeout, version=version)

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        self._attempt("delete_many", None, keys, version=version)

    def clear(self) -> None:
        self._attempt("clear", None)

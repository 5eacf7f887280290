"""Fixed-window rate limits whose counts every web process shares.

Used by the API's per-key limit (customer_memory.api.throttling) and by the
per-address cap on sign-in failures (tenants.sign_in). Counts live in the
default cache when it is Redis (one atomic INCR), and in the database
otherwise (RateLimitWindow, one upsert). A per-process cache gave each
gunicorn worker a count of its own: four workers let 75 of 100 requests
through a limit of 20 (issue 16, finding 3). Django's DatabaseCache was not
used for the fallback: its incr() reads and then writes, so two concurrent
requests can both read 7 and both write 8.

Counts are per organization: cache keys get the schema from the tenant-aware
key function, database keys carry it themselves.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django_tenants.utils import get_public_schema_name

from tenants.db import connection
from tenants.models import RateLimitWindow

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}

# Read through the module so tests can move time on.
clock = time.time


@dataclass(frozen=True)
class Window:
    count: int
    retry_after: float  # seconds until the window ends and the count starts again


def parse_rate(rate: str) -> tuple[int, int]:
    """`"6000/min"` -> (6000, 60)."""
    count, period = rate.split("/")
    return int(count), PERIODS[period.strip()[0]]


def hit(name: str, *, period: int) -> Window:
    """Count one event against `name` in the current window of `period` seconds."""
    now = clock()
    ends = (now // period + 1) * period
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        key = f"rate:{name}:{period}:{int(ends)}"
        cache.add(key, 0, timeout=period + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr(), or Redis is unavailable
            cache.set(key, 1, timeout=period + 1)
            count = 1
        return Window(count, ends - now)
    table = _table()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (key, count, ends_at) VALUES (%(key)s, 1, %(ends)s)
            ON CONFLICT (key) DO UPDATE SET
                count = CASE WHEN {table}.ends_at <= %(now)s THEN 1 ELSE {table}.count + 1 END,
                ends_at = CASE WHEN {table}.ends_at <= %(now)s THEN EXCLUDED.ends_at ELSE {table}.ends_at END
            RETURNING count
            """,
            {"key": _database_key(name, period), "ends": _datetime(ends), "now": _datetime(now)},
        )
        count = cursor.fetchone()[0]
        if count == 1:
            # A window starts: rows of windows that have ended (keys gone quiet) go.
            cursor.execute(f"DELETE FROM {table} WHERE ends_at <= %s", [_datetime(now)])
    return Window(count, ends - now)


def peek(name: str, *, period: int) -> Window:
    """The count of the current window, without adding to it."""
    now = clock()
    ends = (now // period + 1) * period
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        return Window(cache.get(f"rate:{name}:{period}:{int(ends)}") or 0, ends - now)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count FROM {_table()} WHERE key = %s AND ends_at > %s",
            [_database_key(name, period), _datetime(now)],
        )
        row = cursor.fetchone()
    return Window(row[0] if row else 0, ends - now)


def _table() -> str:
    quote = connection.ops.quote_name
    # Named with its schema: the request's search path may not end in `public` for ever.
    return f"{quote(get_public_schema_name())}.{quote(RateLimitWindow._meta.db_table)}"


def _database_key(name: str, period: int) -> str:
    return f"{connection.schema_name}:{name}:{period}"[:255]


def _datetime(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, tz=UTC)

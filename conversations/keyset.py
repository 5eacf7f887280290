"""Keyset pagination: the one cursor and page behind every list (Chats, People, the API lists).

A page is the rows after a cursor in `-value, -id` order, where the value is
a time (last message, last seen) or a count (conversations). Pages stay stable
while rows are added, never COUNT, and cost one index range scan however deep
the caller pages. A cursor is an opaque token: base64url JSON of `[value, id]`,
the value an ISO time, a count or null.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from django.db.models import Model, Q, QuerySet
from django.utils.dateparse import parse_datetime

T = TypeVar("T", bound=Model)
Position = datetime | int | None
# PostgreSQL's bigint: a forged id outside it must not reach the database as an overflow.
_BIGINT = range(-(2**63), 2**63)


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: after the row with this (value, id)."""

    position: Position
    pk: int

    def encode(self) -> str:
        position = self.position.isoformat() if isinstance(self.position, datetime) else self.position
        raw = json.dumps([position, self.pk], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str, *, counts: bool = False) -> Cursor:
        """The cursor in `token` for a list ordered by a time (or by a count, with `counts`).

        Raises ValueError for anything encode() did not produce for such a list.
        """
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            position, pk = json.loads(raw)
        except (binascii.Error, UnicodeDecodeError, TypeError, ValueError) as error:
            raise ValueError("not a cursor") from error
        if not _is_int(pk) or pk not in _BIGINT:
            raise ValueError("not a cursor")
        if counts:
            if not _is_int(position) or position not in _BIGINT:
                raise ValueError("not a cursor")
            return cls(position=position, pk=pk)
        if position is None:
            return cls(position=None, pk=pk)
        parsed = parse_datetime(position) if isinstance(position, str) else None
        if parsed is None or parsed.tzinfo is None:
            raise ValueError("not a cursor")
        return cls(position=parsed, pk=pk)

    @classmethod
    def decode_or_none(cls, token: str, *, counts: bool = False) -> Cursor | None:
        """The cursor in `token`, or None (the first page) when it is missing or malformed: the HTML lists'
        reading, where a stale or hand-edited URL shows the top of the list."""
        try:
            return cls.decode(token, counts=counts) if token else None
        except ValueError:
            return None

    def after(self, field: str) -> Q:
        """The rows after this cursor in `-field, -pk` order.

        PostgreSQL sorts NULLs first in descending order (and the indexes are built that way), so a cursor
        on a row without a value continues among those before moving on to the rows with one.
        """
        if self.position is None:
            return Q(**{f"{field}__isnull": True, "pk__lt": self.pk}) | Q(**{f"{field}__isnull": False})
        # The redundant `<=` bound is what PostgreSQL can turn into an index range; the OR alone
        # is a filter, and the scan would walk every row before the cursor (docs/benchmarks.md).
        return Q(**{f"{field}__lte": self.position}) & (
            Q(**{f"{field}__lt": self.position}) | Q(**{field: self.position, "pk__lt": self.pk})
        )

    def after_sql(self, column: str, id_column: str) -> tuple[str, list[Any]]:
        """after() for written-out SQL on a column without NULLs: the condition and its parameters."""
        if self.position is None:
            raise ValueError("a cursor without a value only pages a nullable column")
        sql = f"{column} <= %s AND ({column} < %s OR ({column} = %s AND {id_column} < %s))"
        return sql, [self.position, self.position, self.position, self.pk]


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    limit: int
    next_cursor: str | None  # None on the last page

    @property
    def has_more(self) -> bool:
        return self.next_cursor is not None

    def pagination(self) -> dict[str, Any]:
        """The API's `pagination` object."""
        return {"limit": self.limit, "hasMore": self.has_more, "nextCursor": self.next_cursor}

    @classmethod
    def of(cls, fetched: Sequence[T], *, limit: int, field: str) -> Page[T]:
        """The page of `fetched`, up to `limit + 1` rows in order: the extra row says there is a next page,
        which starts after the last row shown (its `field` and pk)."""
        rows = list(fetched[:limit])
        next_cursor = None
        if len(fetched) > limit:
            last = rows[-1]
            next_cursor = Cursor(position=getattr(last, field), pk=last.pk).encode()
        return cls(rows=rows, limit=limit, next_cursor=next_cursor)


def paginate(queryset: QuerySet[Any], *, field: str, limit: int, cursor: Cursor | None) -> Page[Any]:
    """One page of `queryset` in `-field, -pk` order, starting after `cursor`."""
    if cursor is not None:
        queryset = queryset.filter(cursor.after(field))
    return Page.of(list(queryset.order_by(f"-{field}", "-pk")[: limit + 1]), limit=limit, field=field)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)

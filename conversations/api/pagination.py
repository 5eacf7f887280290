"""Keyset (cursor) pagination for API lists, most recent first.

A cursor is an opaque token encoding the (timestamp, id) of the last row of
a page; the next page starts strictly after it in `-timestamp, -id` order,
so pages stay stable while rows are added and cost one index range scan
however deep the caller pages. Lives in the lowest API layer so both apps'
APIs can use it.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.dateparse import parse_datetime
from rest_framework import serializers

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


@dataclass(frozen=True)
class Cursor:
    position: datetime | None
    pk: int


def encode_cursor(cursor: Cursor) -> str:
    raw = json.dumps([cursor.position.isoformat() if cursor.position else None, cursor.pk], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str) -> Cursor:
    """Raise ValueError for anything this module did not produce."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        position, pk = json.loads(raw)
    except (binascii.Error, UnicodeDecodeError, TypeError, ValueError) as error:
        raise ValueError("not a cursor") from error
    if not isinstance(pk, int) or isinstance(pk, bool) or (position is not None and not isinstance(position, str)):
        raise ValueError("not a cursor")
    parsed = parse_datetime(position) if position is not None else None
    if position is not None and (parsed is None or parsed.tzinfo is None):
        raise ValueError("not a cursor")
    return Cursor(position=parsed, pk=pk)


@dataclass(frozen=True)
class Page:
    items: list[Any]
    limit: int
    next_cursor: str | None

    @property
    def has_more(self) -> bool:
        return self.next_cursor is not None

    def pagination(self) -> dict[str, Any]:
        return {"limit": self.limit, "hasMore": self.has_more, "nextCursor": self.next_cursor}


def paginate(queryset: QuerySet[Any], *, field: str, limit: int, cursor: Cursor | None) -> Page:
    """One page of `queryset` in `-field, -id` order, starting after `cursor`.

    PostgreSQL sorts NULLs first in descending order (and the indexes are
    built that way), so rows without a timestamp come first and a cursor on
    such a row continues among them before moving on to the dated rows.
    """
    if cursor is not None:
        if cursor.position is None:
            after = Q(**{f"{field}__isnull": True, "pk__lt": cursor.pk}) | Q(**{f"{field}__isnull": False})
        else:
            # The redundant `<=` bound is what PostgreSQL can turn into an index range; the OR alone
            # is a filter, and the scan would walk every row before the cursor (benchmarks/).
            after = Q(**{f"{field}__lte": cursor.position}) & (
                Q(**{f"{field}__lt": cursor.position}) | Q(**{field: cursor.position, "pk__lt": cursor.pk})
            )
        queryset = queryset.filter(after)
    rows = list(queryset.order_by(f"-{field}", "-pk")[: limit + 1])
    items = rows[:limit]
    next_cursor = None
    if len(rows) > limit:
        last = items[-1]
        next_cursor = encode_cursor(Cursor(position=getattr(last, field), pk=last.pk))
    return Page(items=items, limit=limit, next_cursor=next_cursor)


class CursorField(serializers.CharField):
    default_error_messages = {"invalid_cursor": "Invalid cursor: pass nextCursor from the previous page unchanged."}

    def to_internal_value(self, data: Any) -> Cursor:  # type: ignore[override]  # a cursor, not its text
        try:
            return decode_cursor(super().to_internal_value(data))
        except ValueError:
            self.fail("invalid_cursor")


class PageQuerySerializer(serializers.Serializer):
    limit = serializers.IntegerField(
        min_value=1, max_value=MAX_PAGE_SIZE, default=DEFAULT_PAGE_SIZE, help_text="Page size, 1 to 100."
    )
    cursor = CursorField(required=False, help_text="`nextCursor` of the previous page; omit for the first page.")


class PaginationSerializer(serializers.Serializer):
    limit = serializers.IntegerField()
    hasMore = serializers.BooleanField()
    nextCursor = serializers.CharField(allow_null=True, help_text="Pass as `cursor` to get the next page.")

"""The API's paging parameters and `pagination` object, over conversations.keyset.

Lives in the lowest API layer so both apps' APIs can use it.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from conversations.keyset import Cursor

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


class CursorField(serializers.CharField):
    default_error_messages = {"invalid_cursor": "Invalid cursor: pass nextCursor from the previous page unchanged."}

    def to_internal_value(self, data: Any) -> Cursor:  # type: ignore[override]  # a cursor, not its text
        try:
            return Cursor.decode(super().to_internal_value(data))
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

"""Request parsing for the API: JSON only, with the body size limit enforced.

DRF reads the body as a stream, which skips Django's
DATA_UPLOAD_MAX_MEMORY_SIZE check on `request.body`; without this an
oversized bulk import would be read whole into memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

from customer_memory.api.exceptions import PayloadTooLarge


class SizeLimitedJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context: Mapping[str, Any] | None = None) -> Any:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        request = (parser_context or {}).get("request")
        if limit is not None and request is not None:
            try:
                length = int(request.headers.get("content-length") or 0)
            except ValueError:
                length = 0
            if length > limit:
                raise PayloadTooLarge(f"The request body is larger than {limit} bytes.")
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            # json raises this, not a ValueError, for arrays nested ~1,000 deep.
            raise ParseError("JSON parse error - the body is nested too deeply.") from None

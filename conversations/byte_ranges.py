"""HTTP byte ranges (RFC 9110 §14) for files: Django 5.2's FileResponse only sends whole files.

An <audio> element asks for `Range: bytes=N-` to seek; without a 206 answer
Chrome can't seek past what it has downloaded. One range is served (what media
elements ask for); several ranges, or a malformed header, get the whole file,
as the RFC allows, and a range past the end gets 416.
"""

from __future__ import annotations

import re
from typing import IO

from django.http import FileResponse, HttpRequest, HttpResponse

SINGLE_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


class UnsatisfiableRange(Exception):
    pass


def requested_range(header: str, size: int) -> tuple[int, int] | None:
    """The inclusive (first, last) bytes that `header` asks for, or None for the whole file."""
    match = SINGLE_RANGE.fullmatch(header.strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if not first:  # a suffix: the last N bytes
        if int(last) == 0:
            raise UnsatisfiableRange
        return max(size - int(last), 0), size - 1
    if int(first) >= size:
        raise UnsatisfiableRange
    if last and int(last) < int(first):
        return None
    return int(first), min(int(last), size - 1) if last else size - 1


class _Slice:
    """`length` bytes of `file` from where it is positioned, read as a file."""

    def __init__(self, file: IO[bytes], length: int) -> None:
        self.file = file
        self.left = length

    def read(self, size: int = -1) -> bytes:
        size = self.left if size < 0 else min(size, self.left)
        data = self.file.read(size) if size else b""
        self.left -= len(data)
        return data

    def close(self) -> None:
        self.file.close()


def ranged_file_response(
    request: HttpRequest, file: IO[bytes], *, size: int, content_type: str, filename: str
) -> HttpResponse | FileResponse:
    """`file` inline: 200 whole, 206 for a satisfiable Range, 416 for one past the end."""
    try:
        # If-Range: the client holds a copy it wants to extend; without validators to compare, resend it all.
        byte_range = None if "if-range" in request.headers else requested_range(request.headers.get("Range", ""), size)
    except UnsatisfiableRange:
        file.close()
        response = HttpResponse(status=416, headers={"Content-Range": f"bytes */{size}"})
    else:
        if byte_range is None:
            response = FileResponse(file, content_type=content_type, filename=filename)
            response["Content-Length"] = str(size)
        else:
            first, last = byte_range
            file.seek(first)
            response = FileResponse(
                _Slice(file, last - first + 1), status=206, content_type=content_type, filename=filename
            )
            response["Content-Length"] = str(last - first + 1)
            response["Content-Range"] = f"bytes {first}-{last}/{size}"
    response["Accept-Ranges"] = "bytes"
    return response

"""Request lines in the logs: without their query strings, and a refused request without a traceback.

Query strings carry what people searched for and what an integration asked
the context about: names, phone numbers, emails. The development server's
access log (the `django.server` logger) wrote them out, where erasing a person
can't reach them (issue 16, finding 9). Paths are kept: they carry only ids.
"""

from __future__ import annotations

import logging
import re

QUERY = re.compile(r"\?[^\s'\"]*")


class WithoutQueryStrings(logging.Filter):
    """Cuts `?…` from the request line and every other text argument of a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(QUERY.sub("", arg) if isinstance(arg, str) else arg for arg in record.args)
        elif isinstance(record.msg, str) and not record.args:
            record.msg = QUERY.sub("", record.msg)
        return True


class ClientErrorsWithoutTracebacks(logging.Filter):
    """A 4xx from `django.request` as its one line ("Forbidden (Permission denied): /path").

    Django logs a PermissionDenied, Http404 or bad request with the exception attached, so each refused
    request printed a traceback as if the server had failed. A 5xx keeps its traceback.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if 400 <= getattr(record, "status_code", 500) < 500:
            record.exc_info = None
            record.exc_text = None
        return True

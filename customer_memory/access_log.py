"""Request lines in the logs without their query strings.

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

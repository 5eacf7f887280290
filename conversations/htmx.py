"""What the HTML views of both apps know about htmx requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails
    user: User  # every view using it is behind role_required, so never anonymous


def wants_partial(request: HtmxHttpRequest) -> bool:
    """Whether to answer with a partial of the page: an htmx request, except a history restore
    (the back button after a cache miss), which needs the whole page."""
    return bool(request.htmx) and not request.htmx.history_restore_request

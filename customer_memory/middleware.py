"""Request checks that hold for every page of the site: the UI, the admin and the API."""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, JsonResponse

from customer_memory.api.exceptions import VALIDATION_ERROR, api_field_name, error_body, is_api_path

NUL_MESSAGE = "Null characters are not allowed."


class RejectNulCharactersMiddleware:
    """A NUL in the path or the query string is a 400, before any view sees it.

    PostgreSQL can't store or compare a NUL in text: handed on to a filter it
    raised DataError, a 500, on nine admin pages (`?channel_type=%00`; issue
    16, finding 7). No URL of this site has a use for one. The API answers
    with its error envelope naming the parameter.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # The raw query string first: parsing it on every request would cost more than the check.
        if "%00" in request.META.get("QUERY_STRING", "") or "\x00" in request.path_info:
            name = next((key for key, values in request.GET.lists() if "\x00" in key + "".join(values)), None)
            if name is not None or "\x00" in request.path_info:
                if is_api_path(request):
                    fields = {api_field_name(name.replace("\x00", "")): NUL_MESSAGE} if name is not None else {}
                    return JsonResponse(error_body(VALIDATION_ERROR, NUL_MESSAGE, fields), status=400)
                raise BadRequest(NUL_MESSAGE)
        return self.get_response(request)

"""Request checks that hold for every page of the site: the UI, the admin and the API."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import resolve_url
from django_htmx.http import HttpResponseClientRedirect

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


class HtmxSignInRedirectMiddleware:
    """An htmx request whose session has ended sends the whole page to sign in.

    login_required answers 302 to the sign-in page; the browser's XHR follows
    it and htmx swapped the sign-in page into the person panel (issue 15, B5).
    HX-Redirect makes htmx load it as a page instead, with `next` set to the
    page the user was on (not the fragment URL the request asked for).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        htmx = getattr(request, "htmx", None)
        if not htmx or response.status_code != 302:
            return response
        location = urlsplit(response["Location"])
        if location.path != resolve_url(settings.LOGIN_URL):
            return response
        if REDIRECT_FIELD_NAME not in parse_qs(location.query):  # signed out: the page itself
            return HttpResponseClientRedirect(response["Location"])
        page = htmx.current_url_abs_path or request.get_full_path()
        return HttpResponseClientRedirect(redirect_to_login(page).url)

"""Sign-in with brute-force throttling.

Failed attempts are counted in the (tenant-aware) cache per user name and
per client address; past the limit the form refuses to check passwords until
the window passes. A cache counter is enough here and needs no tables in
every tenant schema, which is why django-axes was not added.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

MAX_FAILURES_PER_USER = 10
# Higher per address: an office behind one NAT address shares it.
MAX_FAILURES_PER_ADDRESS = 50
WINDOW_SECONDS = 15 * 60


def failure_keys(*, username: str, address: str) -> dict[str, int]:
    """Cache keys of the failure counters, with the limit of each."""
    username = username.strip().lower()[:200]
    return {
        f"login-failures:user:{username}": MAX_FAILURES_PER_USER,
        f"login-failures:addr:{address}": MAX_FAILURES_PER_ADDRESS,
    }


def _keys(request: HttpRequest) -> dict[str, int]:
    return failure_keys(username=request.POST.get("username") or "", address=request.META.get("REMOTE_ADDR", ""))


def _is_locked(request: HttpRequest) -> bool:
    return any((cache.get(key) or 0) >= limit for key, limit in _keys(request).items())


def _count_failure(request: HttpRequest) -> None:
    for key in _keys(request):
        if cache.add(key, 1, WINDOW_SECONDS):
            continue
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, WINDOW_SECONDS)


class ThrottledLoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if _is_locked(request):
            form = self.get_form()
            form.errors.clear()
            form.add_error(None, "Too many failed sign-in attempts. Try again in 15 minutes.")
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: Any) -> HttpResponse:
        _count_failure(self.request)
        return super().form_invalid(form)


login = ThrottledLoginView.as_view()

"""Sign-in protection: lockouts per user name and client address, and a per-address cap that slows.

django-axes counts failed sign-ins in each schema's own tables. Its database
handler keeps one row per user name, address and browser, updated under a
row lock, so every web process sees the same count whether or not Redis is
there. AXES_FAILURE_LIMIT failures of one user name from one address lock
that combination for AXES_COOLOFF_TIME; the same user elsewhere, and other
users at that address, can still sign in, so nobody can lock a named user
out from their own address.

The user name counted is the one Django authenticates: the login form
applies NFKC (`ｖictim@…` and `ⅴictim@…` become `victim@…`), and case is
folded too, so look-alike spellings share one count.

Guessing spread over many user names is slowed per address: past
SIGN_IN_ADDRESS_RATE failed sign-ins in a window, the address waits for the
next window (429 with Retry-After) rather than everyone behind it (an
office's NAT address) being locked out. Addresses come from
tenants.client_address, which believes X-Forwarded-For only from
TRUSTED_PROXIES.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import Any

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from tenants import rate_limits

LOCKED_OUT = "Too many failed sign-in attempts for this account from your network. Try again in {wait}."
SLOWED_DOWN = "Too many failed sign-in attempts from your network. Try again in {wait}."


@dataclass(frozen=True)
class Refusal:
    """Why a sign-in was refused before its password was checked, and for how long."""

    message: str
    retry_after: int  # seconds


def normalized_username(request: Any, credentials: dict[str, Any] | None = None) -> str | None:
    """The user name failures are counted under (AXES_USERNAME_CALLABLE): NFKC, case-folded."""
    source = credentials if credentials else getattr(request, "data", request.POST)
    value = source.get("username")
    if value is None:
        return None
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", str(value)).casefold()).strip()[:255]


def _address_key(request: Any) -> str:
    return f"sign-in-failures:{request.axes_ip_address or 'unknown'}"


def _wait(seconds: int) -> str:
    if seconds >= 90:
        return f"{math.ceil(seconds / 60)} minutes"
    return f"{seconds} seconds"


class SignInAttemptHandler(AxesDatabaseHandler):
    """django-axes' database handler plus the per-address cap (AXES_HANDLER).

    Only attempts whose password was checked count: one refused beforehand
    is not a guess, and counting it would let the lockout extend itself.
    """

    def is_allowed(self, request: Any, credentials: dict[str, Any] | None = None) -> bool:
        limit, period = rate_limits.parse_rate(settings.SIGN_IN_ADDRESS_RATE)
        address = rate_limits.peek(_address_key(request), period=period)
        refusal = None
        if address.count >= limit:
            seconds = max(1, math.ceil(address.retry_after))
            refusal = Refusal(SLOWED_DOWN.format(wait=_wait(seconds)), seconds)
        elif not super().is_allowed(request, credentials):
            seconds = self._lockout_remaining(request, credentials)
            refusal = Refusal(LOCKED_OUT.format(wait=_wait(seconds)), seconds)
        request.sign_in_refusal = refusal
        return refusal is None

    def user_login_failed(self, sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
        if request is None:
            return  # authenticate() outside a request (a shell, a test): no client to count
        if getattr(request, "sign_in_refusal", None) is not None:
            request.axes_locked_out = True
            request.axes_credentials = credentials
            return
        super().user_login_failed(sender, credentials, request, **kwargs)
        _limit, period = rate_limits.parse_rate(settings.SIGN_IN_ADDRESS_RATE)
        rate_limits.hit(_address_key(request), period=period)

    def _lockout_remaining(self, request: Any, credentials: dict[str, Any] | None) -> int:
        cool_off = get_cool_off(request)
        latest = [
            attempts.aggregate(latest=Max("attempt_time"))["latest"]
            for attempts in self.get_user_attempts(request, credentials)
        ]
        latest = [moment for moment in latest if moment is not None]
        if cool_off is None or not latest:
            return 60
        return max(1, math.ceil((max(latest) + cool_off - timezone.now()).total_seconds()))


class SignInBackend(AxesStandaloneBackend):
    """django-axes' gate in front of the password check (first in AUTHENTICATION_BACKENDS).

    authenticate() without a request (Django's test client login(), a shell)
    has no client to count, so the gate stands aside.
    """

    def authenticate(
        self, request: Any, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> Any:
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def refusal_of(request: Any) -> Refusal:
    """Why this request's sign-in was refused; a lockout reached by this very attempt has no earlier reason."""
    refusal = getattr(request, "sign_in_refusal", None)
    if refusal is not None:
        return refusal
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else 60
    return Refusal(LOCKED_OUT.format(wait=_wait(seconds)), seconds)


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict[str, Any] | None = None
) -> HttpResponse:
    """The sign-in page with its refusal (the form says why), as a 429 with Retry-After (AXES_LOCKOUT_CALLABLE)."""
    refusal = refusal_of(request)
    if original_response is not None and original_response.status_code == 200:
        response = original_response
        response.status_code = 429
    else:
        response = HttpResponse(refusal.message, status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(refusal.retry_after)
    return response


class SignInFormMixin:
    """Says why a refused sign-in was refused, instead of "wrong password"."""

    request: Any

    def clean(self) -> dict[str, Any]:
        try:
            return super().clean()  # type: ignore[misc]
        except ValidationError:
            if getattr(self.request, "axes_locked_out", False):
                raise ValidationError(refusal_of(self.request).message, code="locked_out") from None
            raise


class SignInForm(SignInFormMixin, AuthenticationForm):
    pass


class AdminSignInForm(SignInFormMixin, AdminAuthenticationForm):
    pass

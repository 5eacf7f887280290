"""Rate limiting per API key: a fixed-window counter every web process shares (tenants.rate_limits).

DRF's SimpleRateThrottle keeps every request time in one cached list, which
is pickled on each request and grows to the rate (thousands of entries at
the default rate); a counter costs one increment.
"""

from __future__ import annotations

from typing import Any

from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle

from tenants import rate_limits
from tenants.keys_and_audit.models import ApiKey


class ApiKeyThrottle(BaseThrottle):
    """REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["api_key"] requests per key and window.

    Requests without an API key are not counted: they are refused by
    authentication, or are the public schema and docs.
    """

    scope = "api_key"

    def __init__(self) -> None:
        self.wait_seconds: float | None = None

    def allow_request(self, request: Any, view: Any) -> bool:
        key = request.user
        if not isinstance(key, ApiKey):
            return True
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
        if not rate:
            return True
        allowed, period = rate_limits.parse_rate(str(rate))
        window = rate_limits.hit(f"api-key:{key.public_id}", period=period)
        if window.count > allowed:
            self.wait_seconds = window.retry_after
            return False
        return True

    def wait(self) -> float | None:
        return self.wait_seconds

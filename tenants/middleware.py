"""Tenant routing by host name, with a short-lived per-process host cache."""

from __future__ import annotations

import time
from typing import Any

from django.core.exceptions import DisallowedHost
from django.db import connection
from django.http.request import split_domain_port
from django_tenants.middleware.main import TenantMainMiddleware
from django_tenants.utils import remove_www

# A host's tenant rarely changes; caching it saves a public-schema query on
# every request. A re-pointed or deleted domain takes effect within the TTL.
HOST_CACHE_TTL = 30.0
_host_cache: dict[str, tuple[float, Any]] = {}


def forget_cached_hosts() -> None:
    _host_cache.clear()


def normalized_host(host: str) -> str:
    """The host name as Domain rows hold it: lower case, no port, no trailing dot.

    DNS names are case-insensitive and `acme.example.com.` is the same name
    fully qualified; Django accepts both against ALLOWED_HOSTS, so routing
    must too (they answered 404: issue 16, finding 9).
    """
    domain, _port = split_domain_port(host)
    return domain


class CachedTenantMiddleware(TenantMainMiddleware):
    @staticmethod
    def hostname_from_request(request: Any) -> str:
        return remove_www(normalized_host(request.get_host()))

    def process_request(self, request: Any) -> Any:
        # The connection usually still serves the previous request's organization. Routing it
        # again resets its search_path, so TENANT_LIMIT_SET_CALLS would save nothing and every
        # request would pay a `SET search_path` round trip (benchmarks/, docs/benchmarks.md).
        try:
            hostname = self.hostname_from_request(request)
        except DisallowedHost:
            return super().process_request(request)
        cached = _host_cache.get(hostname)
        if cached and cached[0] > time.monotonic() and getattr(connection, "tenant", None) is cached[1]:
            request.tenant = cached[1]
            request.tenant.domain_url = hostname
            self.setup_url_routing(request)
            return None
        return super().process_request(request)

    def get_tenant(self, domain_model: Any, hostname: str) -> Any:
        now = time.monotonic()
        cached = _host_cache.get(hostname)
        if cached and cached[0] > now:
            return cached[1]
        tenant = super().get_tenant(domain_model, hostname)
        _host_cache[hostname] = (now + HOST_CACHE_TTL, tenant)
        return tenant

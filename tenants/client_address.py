"""The address a request comes from, believing `X-Forwarded-For` only from trusted proxies.

Behind the TLS proxy the deployment prescribes, `REMOTE_ADDR` is the proxy's
address for everyone, so a limit per address would be one limit for the
whole internet. `X-Forwarded-For` is written by the client as well as by
proxies, so only the entries appended by proxies in settings.TRUSTED_PROXIES
are believed: the list is read from the right, and the first address that is
not a trusted proxy is the client. Anything the client wrote further left is
ignored.
"""

from __future__ import annotations

import ipaddress
from functools import cache
from typing import Any

from django.conf import settings

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@cache
def _networks(trusted: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in trusted)


def _parse(value: str) -> Address | None:
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    # An IPv4 client reaching an IPv6 socket shows up as ::ffff:a.b.c.d.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def is_trusted_proxy(address: Address) -> bool:
    return any(address in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_address(request: Any) -> str | None:
    """The client's IP address, or None when the request carries no valid one (a test or a shell)."""
    address = _parse(request.META.get("REMOTE_ADDR") or "")
    if address is None:
        return None
    if is_trusted_proxy(address):
        forwarded = request.headers.get("x-forwarded-for") or ""
        for entry in reversed(forwarded.split(",")):
            hop = _parse(entry)
            if hop is None:
                # Garbage in the header: nothing further left can be believed.
                break
            address = hop
            if not is_trusted_proxy(hop):
                break
    return str(address)

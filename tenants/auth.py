"""API key authentication for DRF: `Authorization: Bearer <key>`.

The key is looked up by its hash in the schema the host name selected, so a
key of one organization is simply unknown on another organization's host.
"""

from __future__ import annotations

from typing import Any

from rest_framework import authentication, exceptions

from tenants import fast_paths
from tenants.keys_and_audit.models import ApiKey, hash_api_key


class ApiKeyAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request: Any) -> tuple[ApiKey, ApiKey] | None:
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Invalid Authorization header: expected 'Bearer <key>'.")
        try:
            plain = header[1].decode()
        except UnicodeError:
            raise exceptions.AuthenticationFailed("Invalid API key.") from None
        # Every API request reads its key first: without the query compiler (tenants.fast_paths).
        key = fast_paths.get_by(ApiKey, "key_hash", hash_api_key(plain))
        if key is None or not key.is_active:
            raise exceptions.AuthenticationFailed("Invalid or revoked API key.")
        key.touch()
        return key, key

    def authenticate_header(self, request: Any) -> str:
        return self.keyword

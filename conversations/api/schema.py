"""OpenAPI helpers shared by both apps' API views (drf-spectacular)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiExample, OpenApiResponse

from conversations.api.serializers import ErrorSerializer

ERROR_DESCRIPTIONS = {
    400: "VALIDATION_ERROR: a field is missing or invalid (see `fields`), or the JSON is malformed.",
    401: "UNAUTHORIZED: no API key, or a key that is revoked or belongs to another organization.",
    404: "NOT_FOUND: no such resource in this organization.",
    409: "CONFLICT: the resource is not in a state that allows this (see `message`).",
    413: "PAYLOAD_TOO_LARGE: the body is over the size limit.",
    429: "RATE_LIMITED: too many requests for this API key; see Retry-After.",
}


def error_responses(*statuses: int) -> dict[int, OpenApiResponse]:
    """The error envelope for `statuses`, plus the 401 and 429 every endpoint can answer."""
    return {
        status: OpenApiResponse(ErrorSerializer, description=ERROR_DESCRIPTIONS[status])
        for status in sorted({*statuses, 401, 429})
    }


NOT_FOUND_EXAMPLE = OpenApiExample(
    "Customer not found",
    value={"error": {"code": "NOT_FOUND", "message": "Customer does not exist", "fields": {}}},
    response_only=True,
    status_codes=[404],
)


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "tenants.auth.ApiKeyAuthentication"
    name = "apiKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "An organization's API key (`manage.py create_api_key`), sent to that organization's host.",
        }

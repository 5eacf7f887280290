"""The one place API errors become JSON: `{"error": {"code", "message", "fields"}}`.

Set as REST_FRAMEWORK["EXCEPTION_HANDLER"]; `api_page_not_found` and
`api_server_error` give paths outside any API view (unknown /api/ URLs,
crashes before a view runs) the same envelope. Views never build error
bodies: they raise, and this module picks the code and status (seed 000's
table plus the HTTP statuses it leaves out).
"""

from __future__ import annotations

import logging
from typing import Any

from django.core import exceptions as django_exceptions
from django.db import IntegrityError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.settings import api_settings

from conversations.ingest_item import IngestError
from customer_memory.services import MemoryEditError
from customer_memory.webhooks import WebhookError

logger = logging.getLogger(__name__)

VALIDATION_ERROR = "VALIDATION_ERROR"
UNAUTHORIZED = "UNAUTHORIZED"
FORBIDDEN = "FORBIDDEN"
NOT_FOUND = "NOT_FOUND"
METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
NOT_ACCEPTABLE = "NOT_ACCEPTABLE"
CONFLICT = "CONFLICT"
PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
RATE_LIMITED = "RATE_LIMITED"
INTERNAL_ERROR = "INTERNAL_ERROR"

# Every code the API can answer with, and its HTTP status.
ERROR_STATUSES = {
    VALIDATION_ERROR: status.HTTP_400_BAD_REQUEST,
    UNAUTHORIZED: status.HTTP_401_UNAUTHORIZED,
    FORBIDDEN: status.HTTP_403_FORBIDDEN,
    NOT_FOUND: status.HTTP_404_NOT_FOUND,
    METHOD_NOT_ALLOWED: status.HTTP_405_METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE: status.HTTP_406_NOT_ACCEPTABLE,
    CONFLICT: status.HTTP_409_CONFLICT,
    PAYLOAD_TOO_LARGE: status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE: status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
    RATE_LIMITED: status.HTTP_429_TOO_MANY_REQUESTS,
    INTERNAL_ERROR: status.HTTP_500_INTERNAL_SERVER_ERROR,
}

# Services name fields after the models; the API's JSON speaks the seeds'
# language where they differ.
API_FIELD_NAMES = {
    "channel_type": "channel",
    "channelType": "channel",
    "content": "message",
    "external_id": "messageId",
    "externalId": "messageId",
}


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state of the resource."
    default_code = "conflict"


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


def api_field_name(name: str) -> str:
    """`channel_identifier` -> `channelIdentifier` (and the renamed fields)."""
    if name in API_FIELD_NAMES:
        return API_FIELD_NAMES[name]
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def error_body(code: str, message: str, fields: dict[str, str] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def flatten_errors(detail: Any, prefix: str = "") -> dict[str, str]:
    """DRF's nested error detail as `{"field": "message"}`; list items as `[3].field`."""
    if isinstance(detail, dict):
        fields: dict[str, str] = {}
        for key, value in detail.items():
            if key == api_settings.NON_FIELD_ERRORS_KEY:
                name = prefix
            elif isinstance(key, int):  # a list item (ListSerializer keys errors by position)
                name = f"{prefix}[{key}]"
            else:
                name = f"{prefix}.{key}" if prefix else str(key)
            fields.update(flatten_errors(value, name))
        return fields
    if isinstance(detail, list):
        if all(isinstance(item, str) for item in detail):
            return {prefix: " ".join(str(item) for item in detail)} if detail else {}
        fields = {}
        for index, item in enumerate(detail):
            if item:
                fields.update(flatten_errors(item, f"{prefix}[{index}]"))
        return fields
    return {prefix: str(detail)}


def validation_error_body(detail: Any) -> dict[str, Any]:
    fields = flatten_errors(detail)
    general = fields.pop("", "")
    if general and not fields:
        message = general
    elif fields:
        message = f"{general + ' ' if general else ''}Invalid input: {', '.join(fields)}."
    else:
        message = "Invalid input."
    return error_body(VALIDATION_ERROR, message, fields)


def django_validation_detail(error: django_exceptions.ValidationError) -> Any:
    if hasattr(error, "error_dict"):
        return {
            (api_settings.NON_FIELD_ERRORS_KEY if field == "__all__" else api_field_name(field)): messages
            for field, messages in error.message_dict.items()
        }
    return error.messages


def classify(exc: Exception) -> tuple[str, dict[str, Any]]:
    """The error code and body for `exc`; INTERNAL_ERROR for anything unexpected."""
    if isinstance(exc, exceptions.ValidationError):
        return VALIDATION_ERROR, validation_error_body(exc.detail)
    if isinstance(exc, (MemoryEditError, WebhookError, IngestError)):
        detail: Any = {api_field_name(exc.field): [str(exc)]} if exc.field else [str(exc)]
        if (index := getattr(exc, "index", None)) is not None:
            detail = {f"[{index}]": detail}
        return VALIDATION_ERROR, validation_error_body(detail)
    if isinstance(exc, django_exceptions.ValidationError):
        return VALIDATION_ERROR, validation_error_body(django_validation_detail(exc))
    if isinstance(exc, exceptions.ParseError):
        return VALIDATION_ERROR, error_body(VALIDATION_ERROR, str(exc.detail))
    if isinstance(exc, (exceptions.NotAuthenticated, exceptions.AuthenticationFailed)):
        message = str(exc.detail)
        if isinstance(exc, exceptions.NotAuthenticated):
            message = "Send an API key: 'Authorization: Bearer <key>'."
        return UNAUTHORIZED, error_body(UNAUTHORIZED, message)
    if isinstance(exc, (exceptions.PermissionDenied, django_exceptions.PermissionDenied)):
        return FORBIDDEN, error_body(FORBIDDEN, "You do not have permission to do this.")
    if isinstance(exc, exceptions.NotFound):
        return NOT_FOUND, error_body(NOT_FOUND, str(exc.detail))
    if isinstance(exc, Http404):
        return NOT_FOUND, error_body(NOT_FOUND, "Not found.")
    if isinstance(exc, exceptions.MethodNotAllowed):
        return METHOD_NOT_ALLOWED, error_body(METHOD_NOT_ALLOWED, str(exc.detail))
    if isinstance(exc, exceptions.NotAcceptable):
        return NOT_ACCEPTABLE, error_body(NOT_ACCEPTABLE, str(exc.detail))
    if isinstance(exc, Conflict):
        return CONFLICT, error_body(CONFLICT, str(exc.detail))
    if isinstance(exc, IntegrityError):
        # Two requests raced to create the same row; retrying settles it.
        logger.warning("API request conflicted: %s", type(exc).__name__)
        return CONFLICT, error_body(CONFLICT, "The request conflicted with a concurrent change; retry it.")
    if isinstance(exc, (PayloadTooLarge, django_exceptions.RequestDataTooBig)):
        return PAYLOAD_TOO_LARGE, error_body(PAYLOAD_TOO_LARGE, "The request body is too large.")
    if isinstance(exc, exceptions.UnsupportedMediaType):
        return UNSUPPORTED_MEDIA_TYPE, error_body(UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.")
    if isinstance(exc, exceptions.Throttled):
        return RATE_LIMITED, error_body(RATE_LIMITED, "Too many requests for this API key; retry later.")
    return INTERNAL_ERROR, error_body(INTERNAL_ERROR, "Something went wrong on our side. It has been logged.")


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    """DRF's EXCEPTION_HANDLER: every exception in an API view becomes the envelope."""
    # Imported here: rest_framework.views loads the parser classes of the
    # settings, and the parser imports this module.
    from rest_framework.views import set_rollback

    code, body = classify(exc)
    if code == INTERNAL_ERROR:
        logger.error("Unhandled API error", exc_info=exc)
    headers = {}
    if auth_header := getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = auth_header
    if wait := getattr(exc, "wait", None):
        headers["Retry-After"] = str(max(1, round(wait)))
    set_rollback()
    return Response(body, status=ERROR_STATUSES[code], headers=headers)


def is_api_path(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def api_bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler400: Django's own 400s (an oversized body read outside DRF) under /api/."""
    if is_api_path(request):
        code, body = classify(exception)
        if code == INTERNAL_ERROR:
            code, body = VALIDATION_ERROR, error_body(VALIDATION_ERROR, "Bad request.")
        return JsonResponse(body, status=ERROR_STATUSES[code])
    return defaults.bad_request(request, exception)


def api_page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler404: the envelope under /api/, the usual page elsewhere."""
    if is_api_path(request):
        return JsonResponse(error_body(NOT_FOUND, "No API endpoint at this path."), status=404)
    return defaults.page_not_found(request, exception)


def api_server_error(request: HttpRequest) -> HttpResponse:
    """handler500: no stack trace and no internals, under /api/ or not."""
    if is_api_path(request):
        return JsonResponse(
            error_body(INTERNAL_ERROR, "Something went wrong on our side. It has been logged."), status=500
        )
    return defaults.server_error(request)

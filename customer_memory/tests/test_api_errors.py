from __future__ import annotations

import json

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.test import RequestFactory
from django_tenants.utils import schema_context
from rest_framework.test import APIClient

from conversations.tests.factories import create_person
from customer_memory.api import exceptions
from tenants.api_keys import create_api_key, revoke_api_key
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry

CUSTOMERS = "/api/tenants/me/customers"


def client_for(host: str, key: str | None = None) -> APIClient:
    headers = {"HTTP_HOST": host}
    if key is not None:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {key}"
    return APIClient(**headers)


def globex_key(other_organization) -> str:
    with schema_context(other_organization.schema_name):
        return create_api_key(name="Globex integration", actor=Actor(origin=AuditEntry.Origin.CLI))[1]


def assert_envelope(response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    return body["error"]


def test_request_without_an_api_key_is_a_401_in_the_envelope(organization):
    response = client_for("acme.localhost").get(CUSTOMERS)

    assert_envelope(response, 401, "UNAUTHORIZED")
    assert response["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["Bearer", "Bearer cm_not-a-real-key", "Bearer two words", "Token abc"])
def test_request_with_a_bad_authorization_header_is_a_401(organization, header):
    response = APIClient(HTTP_HOST="acme.localhost", HTTP_AUTHORIZATION=header).get(CUSTOMERS)

    assert_envelope(response, 401, "UNAUTHORIZED")


def test_revoked_api_key_is_a_401(organization, api_key, api_client):
    revoke_api_key(api_key[0], actor=Actor(origin=AuditEntry.Origin.CLI))

    assert_envelope(api_client.get(CUSTOMERS), 401, "UNAUTHORIZED")


def test_another_organizations_key_is_a_401_on_this_host(organization, other_organization):
    response = client_for("acme.localhost", globex_key(other_organization)).get(CUSTOMERS)

    assert_envelope(response, 401, "UNAUTHORIZED")


def test_this_organizations_customer_is_a_404_on_another_host(organization, other_organization):
    person = create_person()
    globex = client_for("globex.localhost", globex_key(other_organization))

    for response in (
        globex.get(f"{CUSTOMERS}/{person.public_id}"),
        globex.get(f"{CUSTOMERS}/{person.public_id}/export"),
        globex.delete(f"{CUSTOMERS}/{person.public_id}"),
    ):
        error = assert_envelope(response, 404, "NOT_FOUND")
        assert error["message"] == "Customer does not exist"
    assert globex.get(CUSTOMERS).json()["data"] == []


def test_api_key_use_is_recorded(api_client, api_key):
    api_client.get(CUSTOMERS)

    api_key[0].refresh_from_db()
    assert api_key[0].last_used_at is not None


@pytest.mark.parametrize("path", ["/api/tenants/me/nothing-here", "/api/v2/customers", "/api/tenants/me/customers/"])
def test_unknown_api_path_is_a_json_404(api_client, path):
    assert_envelope(api_client.get(path), 404, "NOT_FOUND")


def test_unknown_path_outside_the_api_is_still_an_html_page(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert not response["Content-Type"].startswith("application/json")


def test_wrong_method_is_a_405_in_the_envelope(api_client):
    assert_envelope(api_client.put(CUSTOMERS, {}), 405, "METHOD_NOT_ALLOWED")


def test_malformed_json_is_a_400(api_client):
    response = api_client.post("/api/tenants/me/ingest", data='{"agent": ', content_type="application/json")

    error = assert_envelope(response, 400, "VALIDATION_ERROR")
    assert "JSON" in error["message"]


def test_a_form_encoded_body_is_a_415(api_client):
    response = api_client.post(
        "/api/tenants/me/ingest", data="agent=x", content_type="application/x-www-form-urlencoded"
    )

    assert_envelope(response, 415, "UNSUPPORTED_MEDIA_TYPE")


def test_an_oversized_body_is_a_413_not_a_500(api_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000

    response = api_client.post(
        "/api/tenants/me/ingest", data=json.dumps({"message": "x" * 2000}), content_type="application/json"
    )

    assert_envelope(response, 413, "PAYLOAD_TOO_LARGE")


def test_too_many_requests_for_one_key_is_a_429_with_retry_after(api_client, settings, organization):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"api_key": "3/min"}}
    other_key = create_api_key(name="Another integration", actor=Actor(origin=AuditEntry.Origin.CLI))[1]

    statuses = [api_client.get(CUSTOMERS).status_code for _ in range(4)]
    limited = api_client.get(CUSTOMERS)

    assert statuses == [200, 200, 200, 429]
    assert_envelope(limited, 429, "RATE_LIMITED")
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert client_for("acme.localhost", other_key).get(CUSTOMERS).status_code == 200


def test_unexpected_errors_are_a_500_without_internals():
    response = exceptions.exception_handler(RuntimeError("password=hunter2 at db.internal:5432"), {})

    assert response.status_code == 500
    assert response.data["error"]["code"] == "INTERNAL_ERROR"
    assert "hunter2" not in json.dumps(response.data)
    assert "RuntimeError" not in json.dumps(response.data)


@pytest.mark.parametrize(
    ("exc", "status", "code"),
    [
        (PermissionDenied(), 403, "FORBIDDEN"),
        (exceptions.Conflict(), 409, "CONFLICT"),
        (IntegrityError("duplicate key value violates unique constraint"), 409, "CONFLICT"),
    ],
)
def test_exception_handler_maps_errors_to_their_code(exc, status, code):
    response = exceptions.exception_handler(exc, {})

    assert response.status_code == status
    assert response.data["error"]["code"] == code
    assert "duplicate key" not in response.data["error"]["message"]


def test_crash_outside_a_view_under_the_api_is_a_json_500():
    request = RequestFactory().get("/api/tenants/me/customers")

    response = exceptions.api_server_error(request)

    assert response.status_code == 500
    assert json.loads(response.content)["error"]["code"] == "INTERNAL_ERROR"


def test_nested_validation_errors_name_each_field():
    body = exceptions.validation_error_body([{}, {"email": ["Enter a valid email address."]}, {"agent": ["Bad."]}])

    assert body["error"]["fields"] == {"[1].email": "Enter a valid email address.", "[2].agent": "Bad."}
    assert body["error"]["message"] == "Invalid input: [1].email, [2].agent."


def test_every_error_code_of_the_seed_and_the_issue_has_its_status():
    documented = {
        # seed 000's error table
        "NOT_FOUND": 404,
        "INTERNAL_ERROR": 500,
        # the integration API issue
        "VALIDATION_ERROR": 400,
        "UNAUTHORIZED": 401,
        "FORBIDDEN": 403,
        "CONFLICT": 409,
        "RATE_LIMITED": 429,
    }

    assert documented.items() <= exceptions.ERROR_STATUSES.items()

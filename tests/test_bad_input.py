"""Bad input never breaks anything: a clear 4xx, text kept verbatim, markup escaped.

Complements the schemathesis suite (which sends well-formed JSON) with what
lies below and beside the schema: bytes that are not UTF-8, bodies that are
not JSON or are nested 100,000 deep, bodies over the size limit, absurd
paging parameters, SQL and HTML in every text field, right-to-left and
non-Latin text, and garbage posted to every form of the UI. Routes come
from the URLconf, so new endpoints and forms are covered as they appear.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from typing import Any
from urllib.parse import urlencode

import pytest
from django.db import connection, transaction
from django.test import Client

from conversations.models import Agent, Conversation, Person
from customer_memory.models import Fact
from tests.lookalike import World, build_world
from tests.routes import Route, response_text, tenant_routes

BODY_METHODS = ("POST", "PUT", "PATCH", "DELETE")
JUNK_BODIES: dict[str, tuple[bytes, str]] = {
    "invalid UTF-8": (b'{"message": "caf\xe9 \xff\xfe"}', "application/json"),
    "not JSON": (b"message=hello", "application/json"),
    "truncated JSON": (b'{"message": "hel', "application/json"),
    "JSON null": (b"null", "application/json"),
    "JSON string": (b'"hello"', "application/json"),
    "JSON number": (b"1e999999", "application/json"),
    "deeply nested": (b"[" * 100_000 + b"]" * 100_000, "application/json"),
    "plain text": (b"hello", "text/plain"),
    "form encoded": (b"message=hello&value=x", "application/x-www-form-urlencoded"),
    "XML": (b"<?xml version='1.0'?><a>&lt;</a>", "application/xml"),
}
ERROR_CODES = {
    "VALIDATION_ERROR",
    "UNAUTHORIZED",
    "FORBIDDEN",
    "NOT_FOUND",
    "METHOD_NOT_ALLOWED",
    "CONFLICT",
    "PAYLOAD_TOO_LARGE",
    "UNSUPPORTED_MEDIA_TYPE",
    "RATE_LIMITED",
}
SQL = "'; DROP TABLE conversations_person; -- \" OR 1=1 --"
SCRIPT = '<script>alert("xss")</script>'
WORLD_TEXT = {
    "hebrew": "שלום, קוראים לי דנה כהן",
    "arabic": "مرحبا، اسمي ليلى",
    "vietnamese (NFC)": unicodedata.normalize("NFC", "Tôi tên là Nguyễn Văn Anh, ở Hà Nội"),
    "vietnamese (NFD)": unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung"),
    "emoji": "Hi 👋🏽 team 👩‍💻👨‍👩‍👧 🇻🇳 ❤️",
    "rtl marks": "\u202bעברית\u202c mixed \u200fEnglish\u200e 123",
    "cjk": "山田太郎です。よろしくお願いします",
    "astral": "𝒜𝓁𝒾𝒸ℯ 𐍈 𝄞",
}


@pytest.fixture
def world(organization: Any) -> World:
    return build_world("acme")


def api_routes() -> list[Route]:
    return [route for route in tenant_routes() if route.area == "api"]


def api(client: Client, world: World, method: str, url: str, body: Any = None, **extra: Any) -> Any:
    data = json.dumps(body) if body is not None else ""
    return client.generic(
        method,
        url,
        data,
        content_type="application/json",
        HTTP_HOST=world.host,
        HTTP_AUTHORIZATION=f"Bearer {world.api_key}",
        **extra,
    )


def assert_envelope(response: Any, label: str) -> dict[str, Any]:
    assert response.status_code < 500, f"{label}: {response.status_code} {response.content[:300]!r}"
    assert response["Content-Type"].startswith("application/json"), label
    error = json.loads(response.content)["error"]
    assert error["code"] in ERROR_CODES, label
    assert error["message"], label
    return error


def _send_raw(client: Client, world: World, method: str, url: str, body: bytes, content_type: str) -> Any:
    with transaction.atomic():
        response = client.generic(
            method,
            url,
            body,
            content_type=content_type,
            HTTP_HOST=world.host,
            HTTP_AUTHORIZATION=f"Bearer {world.api_key}",
        )
        transaction.set_rollback(True)
    return response


def test_api_answers_junk_bodies_with_a_4xx_in_the_error_envelope(world):
    client = Client()
    tried = 0
    for route in api_routes():
        url = route.url(world.values(route))
        for method in (m for m in route.methods if m in BODY_METHODS):
            # An endpoint that succeeds without a body (close, delete, a PATCH
            # of optional fields) may ignore junk; it must not break on it.
            without_body = _send_raw(client, world, method, url, b"", "application/json").status_code
            needs_body = not 200 <= without_body < 300
            # A body-less action refused for the resource's state (deleting an agent that has
            # conversations, relearning with memory off) is refused whatever junk comes with it.
            accepted = {400, 413, 415} | ({409} if without_body == 409 else set())
            for name, (body, content_type) in JUNK_BODIES.items():
                response = _send_raw(client, world, method, url, body, content_type)
                tried += 1
                label = f"{method} {route} with {name}"
                if needs_body or response.status_code >= 400:
                    assert response.status_code in accepted, f"{label}: {response.status_code}"
                    assert_envelope(response, label)
    assert tried > 50


def test_api_body_over_the_size_limit_is_a_413(world, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    item = {
        "agent": world.get(Agent).public_id,
        "channel": "web",
        "channelIdentifier": "visitor-1",
        "role": "customer",
        "message": "x" * 1000,
    }

    response = api(Client(), world, "POST", "/api/tenants/me/ingest", [item] * 100)

    assert response.status_code == 413
    assert assert_envelope(response, "oversized ingest")["code"] == "PAYLOAD_TOO_LARGE"
    assert not Person.objects.filter(channel_identifier="visitor-1").exists()


def test_ui_post_over_the_size_limit_is_a_400_not_a_500(world, builder, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    client = Client()
    client.force_login(builder)

    response = client.post(f"/facts/{world.get(Fact).public_id}/edit/", {"value": "x" * 100_000}, HTTP_HOST=world.host)

    assert response.status_code == 400
    assert world.get(Fact).value == Fact.objects.get(pk=world.get(Fact).pk).value


BAD_PAGING = {
    "limit": ["0", "-1", "101", "1000000", "99999999999999999999999", "1e3", "ten", "1.5", "NaN"],
    "cursor": ["-1", "0", "null", "%%%", "A" * 5000, "eyJhIjoxfQ", "..", "\u202e"],
}


def forged_cursor(position: Any, pk: Any) -> str:
    """A token shaped like the API's own (base64 JSON), with values it never issues."""
    import base64

    return base64.urlsafe_b64encode(json.dumps([position, pk]).encode()).decode().rstrip("=")


FORGED_CURSORS = [
    forged_cursor(None, -1),
    forged_cursor(None, 2**80),
    forged_cursor("9999-12-31T23:59:59+00:00", 2**63),
    forged_cursor("0001-01-01T00:00:00+00:00", -(2**63) - 1),
    forged_cursor("2026-01-01T00:00:00+14:00", 0),
    forged_cursor("2026-02-30T00:00:00+00:00", 1),
    forged_cursor(12, 1),
    forged_cursor([], {}),
]


def test_absurd_paging_parameters_are_400s_naming_the_parameter(world):
    client = Client()
    lists = [
        route
        for route in api_routes()
        if "GET" in route.methods and route.name in {"api-customer-list", "api-conversation-list"}
    ]
    assert lists, "the paginated API lists were not found in the URLconf"
    for route in lists:
        base = {"customer": world.get(Person).public_id} if "conversation" in route.name else {}
        for parameter, values in BAD_PAGING.items():
            for value in values:
                url = route.url({}, urlencode({**base, parameter: value}))
                response = api(client, world, "GET", url)
                error = assert_envelope(response, url)
                assert response.status_code == 400, url
                assert parameter in error.get("fields", {}), f"{url}: {error}"
        # Well-formed tokens the API never issued page within acme's own
        # rows or are refused; they never reach the database as overflows.
        for cursor in FORGED_CURSORS:
            url = route.url({}, urlencode({**base, "cursor": cursor}))
            response = api(client, world, "GET", url)
            assert response.status_code in {200, 400}, f"{url}: {response.status_code}"
            if response.status_code == 400:
                assert "cursor" in assert_envelope(response, url)["fields"]


def test_search_limit_and_query_extremes_are_400s_or_results(world):
    client = Client()
    for query in ["a" * 10_000, SQL, SCRIPT, "%", "_", "\\", "' OR ''='", "*:*", "&|!():*", "\u0000", "\ufffd"]:
        response = api(client, world, "GET", "/api/tenants/me/customers/search?" + urlencode({"q": query}))
        assert response.status_code in {200, 400}, (query, response.status_code)
        if response.status_code == 400:
            assert_envelope(response, query)
    for limit in ["0", "-5", "100000", "x"]:
        response = api(
            client, world, "GET", "/api/tenants/me/customers/search?" + urlencode({"q": "a", "limit": limit})
        )
        assert response.status_code == 400
        assert "limit" in assert_envelope(response, limit)["fields"]


def _ingest(client: Client, world: World, **fields: Any) -> Any:
    body = {
        "agent": world.get(Agent).public_id,
        "channel": "web",
        "channelIdentifier": f"visitor-{uuid.uuid4().hex[:8]}",
        "role": "customer",
        "message": "hello",
        **fields,
    }
    return api(client, world, "POST", "/api/tenants/me/ingest", body)


def _text_field_cases(world: World) -> list[tuple[str, str, dict[str, Any], str]]:
    """(method, url, a valid body, a text field of it) for every text field the API takes."""
    person = world.get(Person).public_id
    agent = world.get(Agent).public_id
    ingest = {"agent": agent, "channel": "web", "channelIdentifier": "v-1", "role": "customer", "message": "hi"}
    fact = {"agent": agent, "key": "hobby", "value": "chess"}
    form = {"name": "Ann", "email": "ann@example.com", "phone": "+4915100000001"}
    cases = [
        ("POST", "/api/tenants/me/ingest", {**ingest, "name": "Ann", "messageId": "m-1"}, f)
        for f in ("channelIdentifier", "message", "name", "messageId", "conversationId", "agent")
    ]
    cases += [("POST", f"/api/tenants/me/customers/{person}/facts", fact, f) for f in ("key", "value")]
    cases += [
        ("PATCH", f"/api/tenants/me/customers/{person}/facts/{world.get(Fact).public_id}", {"value": "x"}, "value")
    ]
    cases += [("POST", f"/api/tenants/me/customers/{person}/form-submissions", form, f) for f in form]
    return cases


@pytest.mark.parametrize(
    "bad", ["a\x00b", "\ud800", "\udfff tail"], ids=["NUL", "lone high surrogate", "lone low surrogate"]
)
def test_nul_and_lone_surrogates_in_text_fields_are_400s_naming_the_field(world, bad):
    client = Client()
    for method, url, body, field in _text_field_cases(world):
        # json.dumps writes lone surrogates as \\u escapes, as a client would.
        with transaction.atomic():
            response = api(client, world, method, url, {**body, field: bad})
            transaction.set_rollback(True)
        label = f"{method} {url} with {field}={bad!r}"
        assert response.status_code == 400, f"{label}: {response.status_code} {response.content[:200]!r}"
        assert field in json.dumps(assert_envelope(response, label)), label


@pytest.mark.parametrize("text", [SQL, SCRIPT, "Robert'); DROP TABLE students;--", "${jndi:ldap://x}", "{{7*7}}"])
def test_sql_and_markup_in_every_ingested_text_field_are_stored_verbatim(world, text):
    client = Client()
    people_before = Person.objects.count()

    response = _ingest(
        client, world, channelIdentifier=text, message=text, name=text, messageId=f"{text}-{uuid.uuid4().hex}"
    )

    assert response.status_code == 202, response.content
    ids = response.json()
    conversation = api(client, world, "GET", f"/api/tenants/me/conversations/{ids['conversationId']}").json()
    customer = api(client, world, "GET", f"/api/tenants/me/customers/{ids['customerId']}").json()
    assert conversation["messages"][-1]["content"] == text
    assert customer["name"] == text
    assert Person.objects.count() == people_before + 1


@pytest.mark.parametrize("text", [SQL, SCRIPT])
def test_sql_and_markup_in_fact_and_form_fields_are_stored_verbatim(world, text):
    client = Client()
    person = world.get(Person).public_id
    agent = world.get(Agent).public_id

    created = api(
        client,
        world,
        "POST",
        f"/api/tenants/me/customers/{person}/facts",
        {"agent": agent, "key": "motto", "value": text},
    )
    edited = api(
        client,
        world,
        "PATCH",
        f"/api/tenants/me/customers/{person}/facts/{world.get(Fact).public_id}",
        {"value": text + " (edited)"},
    )
    listed = api(client, world, "GET", f"/api/tenants/me/customers/{person}/facts?agent={agent}")

    assert created.status_code == 201, created.content
    assert edited.status_code == 200, edited.content
    values = {fact["value"] for fact in listed.json()["data"]}
    assert {text, text + " (edited)"} <= values


@pytest.mark.parametrize("label", WORLD_TEXT)
def test_rtl_and_non_latin_text_comes_back_byte_exact(world, label):
    client = Client()
    text = WORLD_TEXT[label]

    response = _ingest(client, world, channelIdentifier=f"{text} {uuid.uuid4().hex[:6]}", message=text, name=text)
    assert response.status_code == 202, response.content
    ids = response.json()
    person = ids["customerId"]
    fact = api(
        client,
        world,
        "POST",
        f"/api/tenants/me/customers/{person}/facts",
        {"agent": world.get(Agent).public_id, "key": "greeting", "value": text},
    )
    conversation = api(client, world, "GET", f"/api/tenants/me/conversations/{ids['conversationId']}")
    customer = api(client, world, "GET", f"/api/tenants/me/customers/{person}")
    found = api(client, world, "GET", "/api/tenants/me/customers/search?" + urlencode({"q": text.split()[0]}))

    assert fact.status_code == 201, fact.content
    assert conversation.json()["messages"][-1]["content"] == text
    assert customer.json()["name"] == text
    assert fact.json()["value"] == text
    # Sent as UTF-8, not \\u escapes, and not normalized (NFD stays NFD).
    for answer in (conversation, customer, fact):
        assert text.encode() in answer.content
    assert found.status_code in {200, 400}


def _owner_client(owner: Any) -> Client:
    client = Client()
    client.force_login(owner)
    return client


def test_markup_in_customer_data_renders_as_text_on_every_page(world, owner, organization):
    marker = uuid.uuid4().hex[:8]
    script = f'<script>alert("{marker}")</script>'
    image = f'<img src=x onerror="alert({marker})">'
    fact = world.get(Fact)
    fact.value = script
    fact.previous_value = image
    fact.save()
    person = world.get(Person)
    person.name = image
    person.email = ""
    person.personal_details = script
    person.save()
    memory = fact.memory
    memory.summary = f"Summary {script}"
    memory.save()
    conversation = world.get(Conversation)
    conversation.messages.update(content=f"</textarea>{script}")
    client = _owner_client(owner)

    pages = 0
    escaped_seen = 0
    for route in tenant_routes():
        if route.area not in {"ui", "admin"} or "GET" not in route.methods:
            continue
        response = client.get(route.url(world.values(route)), HTTP_HOST=world.host)
        connection.set_tenant(organization)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        pages += 1
        text = response_text(response)
        assert script not in text, f"raw <script> on {route}"
        assert image not in text, f"raw <img onerror> on {route}"
        if (
            f"&lt;script&gt;alert(&quot;{marker}&quot;)&lt;/script&gt;" in text
            or f"&lt;script&gt;alert(&#x27;{marker}" in text
        ):
            escaped_seen += 1
    assert pages > 10
    assert escaped_seen > 0, "the fact value was shown on no page: the check proved nothing"


GARBAGE_FORMS = {
    "oversized": {"value": "x" * 20_000, "name": "y" * 20_000, "key": "k" * 5_000},
    "wrong types": {
        "memory_enabled": "maybe",
        "memory_retention_days": "7",
        "conversation_history_max_messages": "-3",
        "q": ["a", "b"],
    },
    "markup and SQL": {"value": SCRIPT, "key": SQL, "q": SQL, "name": SCRIPT},
    "NUL and control": {"value": "a\x00b", "key": "\x1b[31m", "q": "\x00"},
    "empty": {},
}


def test_every_ui_form_answers_garbage_without_a_server_error(world, builder):
    client = Client()
    client.force_login(builder)
    tried = 0
    for route in tenant_routes():
        if route.area != "ui":
            continue
        url = route.url(world.values(route))
        for name, form in GARBAGE_FORMS.items():
            for htmx in ({}, {"HTTP_HX_REQUEST": "true"}):
                with transaction.atomic():
                    response = client.post(url, form, HTTP_HOST=world.host, **htmx)
                    get = client.get(url + "?" + urlencode(form, doseq=True), HTTP_HOST=world.host, **htmx)
                    transaction.set_rollback(True)
                tried += 2
                for answer in (response, get):
                    assert answer.status_code < 500, f"{route} with {name}: {answer.status_code}"
    invalid_utf8 = client.generic(
        "POST",
        f"/facts/{world.get(Fact).public_id}/edit/",
        b"value=caf\xe9\xff",
        content_type="application/x-www-form-urlencoded",
        HTTP_HOST=world.host,
    )
    assert invalid_utf8.status_code < 500
    assert tried > 50


def test_a_nul_in_the_query_string_or_path_is_a_400_on_every_url(world):
    client = Client()
    tried = 0
    for route in tenant_routes():
        url = route.url(world.values(route))
        for query in ("q=%00", "page=1&x%00=y", "agent=a%00b"):
            response = client.get(f"{url}?{query}", HTTP_HOST=world.host)
            tried += 1
            assert response.status_code == 400, f"{route}?{query}: {response.status_code}"
            if route.area == "api":
                error = assert_envelope(response, f"{route}?{query}")
                assert error["code"] == "VALIDATION_ERROR"
                assert error["fields"], f"{route}?{query}: the parameter is not named"
    in_path = client.get("/admin/conversations/person/%00/change/", HTTP_HOST=world.host)
    assert in_path.status_code == 400
    assert tried > 100

"""Property-based fuzzing of the API from its own OpenAPI schema (schemathesis).

Every operation of /api/schema/ gets generated requests, valid ones and
deliberately invalid ones (wrong types, missing fields, out-of-range
numbers, stray properties, odd Unicode), with acme's API key. Three times in
four a request names rows that exist (a customer, fact, agent, conversation,
knowledge entry and webhook endpoint), so bodies and queries get past the 404
to the code behind it; each id a path takes must get a success at least once.
No response may be a server error, every response must match the schema
(documented status code, content type, headers, body), and every 400 must be
the API's error envelope.

Requests go through Django's own test handler as a WSGI app, each in a
savepoint rolled back afterwards, so every request sees the same rows (an
erasure does not leave the next 300 requests with 404s) and no server is
started. CM_SCHEMATHESIS_REQUESTS sets the minimum (default 1,000).
"""

from __future__ import annotations

import collections
import contextlib
import json
import math
import os
import re
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from django.db import connection, transaction
from django.test import Client
from django.test.client import ClientHandler
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import (
    ensure_resource_availability,
    ignored_auth,
    missing_required_header,
    positive_data_acceptance,
    unsupported_method,
    use_after_free,
)

from conversations.models import Agent, Conversation, Person
from customer_memory.models import Fact, KnowledgeEntry, WebhookEndpoint
from tests.lookalike import World, build_world

MIN_REQUESTS = int(os.getenv("CM_SCHEMATHESIS_REQUESTS", "1000"))
HOST = "acme.localhost"
BASE_URL = f"http://{HOST}"
EXCLUDED_CHECKS = [
    # Schema-valid data may name a row that does not exist; the API answers
    # 400 naming the field ("No customer with this id."), which this check
    # would call a rejection. The test checks instead that every 400 is the
    # error envelope with a message.
    positive_data_acceptance,
    # These send more requests of their own (without the key, with other
    # methods, in sequences) and would double the run; test_isolation and
    # test_roles_matrix already try every API URL without a key, with a
    # session, and with every method.
    ignored_auth,
    unsupported_method,
    missing_required_header,
    use_after_free,
    ensure_resource_availability,
]


def wsgi_app() -> Callable[..., list[bytes]]:
    """Django behind WSGI the way its test client calls it: the test's
    database connection and transaction stay as they are between requests."""
    handler = ClientHandler(enforce_csrf_checks=False)

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        response = handler(environ)
        headers = list(response.items())
        headers += [("Set-Cookie", morsel.OutputString()) for morsel in response.cookies.values()]
        start_response(f"{response.status_code} {response.reason_phrase}", headers)
        if getattr(response, "streaming", False):
            return [b"".join(response.streaming_content)]
        return [response.content]

    return app


@pytest.fixture
def api_schema(organization: Any) -> Any:
    raw = Client().get("/api/schema/?format=json", HTTP_HOST=HOST, HTTP_ACCEPT="application/json")
    assert raw.status_code == 200
    schema = schemathesis.openapi.from_dict(json.loads(raw.content))
    schema.app = wsgi_app()
    schema.config.update(base_url=BASE_URL)
    # The key is always sent, and valid: generated Authorization headers
    # would spend half the invalid inputs on 401s the role suite covers.
    schema.config.generation.with_security_parameters = False
    return schema


class Fuzzer:
    def __init__(self, schema: Any, world: World, organization: Any) -> None:
        self.app = schema.app
        self.organization = organization
        self.headers = {"Authorization": f"Bearer {world.api_key}"}
        self.ids = {
            "customer_id": world.get(Person).public_id,
            "fact_id": world.get(Fact).public_id,
            "agent_id": world.get(Agent).public_id,
            "conversation_id": world.get(Conversation).public_id,
            "knowledge_id": world.get(KnowledgeEntry).public_id,
            "webhook_id": world.get(WebhookEndpoint).public_id,
        }
        # Which real ids some request got a success with: proof the code past the 404 was reached.
        self.answered: set[str] = set()
        self.statuses: collections.Counter[tuple[str, int]] = collections.Counter()
        self.failures: list[str] = []

    @property
    def sent(self) -> int:
        return sum(self.statuses.values())

    def fuzz(self, operation: Any, mode: GenerationMode, *, examples: int, round_: int) -> None:
        known = {name: value for name, value in self.ids.items() if f"{{{name}}}" in operation.path}

        @seed(round_)
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=mode), existing=st.integers(0, 3))
        def run(case: Any, existing: int) -> None:
            if mode == GenerationMode.NEGATIVE and any(
                value == "" or isinstance(value, list) for value in (case.query or {}).values()
            ):
                # A query string has no types: `?limit=` reads as no limit
                # (DRF's HTML-form semantics) and an "array" as one value or
                # as its last one, so these are not invalid inputs.
                return
            components = case.meta.components if case.meta else {}
            mutated = {where for where, info in components.items() if info.mode == GenerationMode.NEGATIVE}
            # Real ids, unless the path is all that was made invalid.
            real = bool(existing and known and mutated != {ParameterLocation.PATH})
            if real:
                case.path_parameters = {**(case.path_parameters or {}), **known}
            status = self.send(case, f"{operation.label} [{mode.value}]")
            if real and status < 400:
                self.answered.update(known)

        # Unsatisfiable: nothing to make invalid (no parameters, no body).
        with contextlib.suppress(Unsatisfiable):
            run()

    def send(self, case: Any, label: str) -> int:
        with transaction.atomic():
            response = case.call(app=self.app, base_url=BASE_URL, headers=self.headers)
            transaction.set_rollback(True)
        connection.set_tenant(self.organization)
        self.statuses[(label.split(" [")[1].rstrip("]"), response.status_code)] += 1
        try:
            case.validate_response(
                response,
                headers=self.headers,
                transport_kwargs={"app": self.app, "base_url": BASE_URL},
                excluded_checks=EXCLUDED_CHECKS,
            )
        except BaseExceptionGroup as error:  # checks failed: keep going, report them all
            self.failures.append(f"{label} -> {response.status_code}: {error}"[:1500])
        if response.status_code == 400:
            error = response.json().get("error", {})
            if error.get("code") != "VALIDATION_ERROR" or not error.get("message"):
                self.failures.append(f"{label}: a 400 outside the error envelope: {response.text[:300]}")
        return int(response.status_code)


def test_generated_requests_get_no_server_error_and_match_the_schema(api_schema, organization):
    fuzzer = Fuzzer(api_schema, build_world("acme"), organization)
    operations = [result.ok() for result in api_schema.get_all_operations()]

    # Operations without parameters have few distinct inputs and some invalid
    # inputs are skipped: aim above the minimum, then top up in new rounds.
    for round_ in range(4):
        missing = MIN_REQUESTS - fuzzer.sent
        if missing <= 0:
            break
        examples = math.ceil(1.5 * missing / len(operations) / 2)
        for operation in operations:
            # Without a query or a body there is nothing to make invalid but
            # a path's plain strings: hypothesis would search in vain.
            invalid_inputs = bool(len(operation.query) or len(operation.body))
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)[: 1 + invalid_inputs]:
                fuzzer.fuzz(operation, mode, examples=examples, round_=round_)

    statuses = dict(sorted(fuzzer.statuses.items()))
    summary = f"{fuzzer.sent} generated requests over {len(operations)} operations; (mode, status): {statuses}"
    print(summary)
    assert fuzzer.sent >= MIN_REQUESTS, summary
    # Every id a path takes was given a real row, and the operation behind it answered.
    path_ids = {name for operation in operations for name in re.findall(r"\{(\w+)\}", operation.path)}
    assert fuzzer.answered == path_ids, f"never answered with a real id: {path_ids - fuzzer.answered}"
    assert not [status for _, status in fuzzer.statuses if status >= 500], summary + "\n" + "\n".join(fuzzer.failures)
    assert not fuzzer.failures, summary + "\n" + "\n\n".join(fuzzer.failures[:10])

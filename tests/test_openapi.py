"""The OpenAPI document is valid, covers every endpoint, and matches what the API returns."""

from __future__ import annotations

import copy
import io
import json
from typing import Any
from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from jsonschema import Draft202012Validator
from rest_framework.test import APIClient

from conversations.models import Conversation
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory.tests.factories import create_episode, create_fact, create_memory

BASE = "/api/tenants/me"


@pytest.fixture(scope="module")
def openapi() -> dict[str, Any]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return json.loads(OpenApiJsonRenderer().render(schema))


def strict(components: dict[str, Any]) -> dict[str, Any]:
    """Components where an object may hold only its documented properties."""
    components = copy.deepcopy(components)
    for schema in components["schemas"].values():
        if "properties" in schema:
            schema.setdefault("additionalProperties", False)
    return components


class Recorder:
    """Calls the API and checks each answer against the documented response schema."""

    def __init__(self, client: APIClient, openapi: dict[str, Any]) -> None:
        self.client = client
        self.openapi = openapi
        self.components = strict(openapi["components"])
        self.exercised: set[tuple[str, str]] = set()

    def call(
        self,
        method: str,
        template: str,
        *,
        status: int,
        data: Any = None,
        query: dict[str, str] | None = None,
        format: str | None = None,
        **ids: str,
    ) -> Any:
        path = BASE + template.format(**ids) + (f"?{urlencode(query)}" if query else "")
        response = getattr(self.client, method)(path, data=data, format=format)
        assert response.status_code == status, response.content
        documented = self.openapi["paths"][BASE + template][method]["responses"][str(status)]
        self.exercised.add((BASE + template, method))
        if status == 204:
            assert "content" not in documented
            return None
        schema = documented["content"]["application/json"]["schema"]
        Draft202012Validator({**schema, "components": self.components}).validate(response.json())
        return response.json()


def test_schema_validates_with_no_warnings(tmp_path):
    out = tmp_path / "schema.yaml"

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out), stdout=io.StringIO())

    assert "/api/tenants/me/customers/{customer_id}/context" in out.read_text()


def test_schema_and_docs_are_served_without_a_key(organization):
    client = APIClient(HTTP_HOST="acme.localhost")

    schema = client.get("/api/schema/")
    docs = client.get("/api/docs/")

    assert schema.status_code == 200
    assert b"Customer Memory API" in schema.content
    assert docs.status_code == 200


def test_every_operation_has_examples_and_documents_its_errors(openapi):
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            assert {"401", "429"} <= set(responses), (path, method)
            success = [code for code in responses if code.startswith("2")]
            assert len(success) == 1, (path, method)
            assert operation.get("summary"), (path, method)
            assert operation["security"] == [{"apiKey": []}], (path, method)
            if success != ["204"] and operation["operationId"] not in {"export_customer", "export_knowledge"}:
                assert responses[success[0]]["content"]["application/json"].get("examples"), (path, method)


def test_responses_match_the_schema_for_every_endpoint(api_client, openapi, settings):
    api = Recorder(api_client, openapi)
    agent = create_agent(name="Support", memory_enabled=True, conversation_history_enabled=True)
    person = create_person(name="Nguyen Van A", email="a@example.com", trust_score=0.8, churn_risk=0.2)
    conversation = create_conversation(person=person, agent=agent, messages=[("customer", "Hi"), ("agent", "Hello")])
    create_conversation(person=person, agent=agent, messages=[("customer", "Again")])
    memory = create_memory(person=person, agent=agent, summary="Asked about an exchange.")
    fact = create_fact(memory=memory, key="pet", value="Bruno (dog)", source_conversation=conversation)
    create_episode(conversation=conversation)
    ids = {"customer_id": person.public_id}

    api.call("get", "/agents", status=200)
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    webhook = api.call("post", "/webhooks", status=201, data={"url": "http://127.0.0.1:9/hooks", "events": []})
    api.call("get", "/webhooks", status=200)
    api.call("delete", "/webhooks/{webhook_id}", webhook_id=webhook["id"], status=204)
    created = api.call("post", "/agents", data={"name": "Sales", "memoryEnabled": True}, status=201)
    api.call("delete", "/agents/{agent_id}", agent_id=created["id"], status=200)
    api.call("patch", "/agents/{agent_id}", agent_id=agent.public_id, data={"memoryRetentionDays": 90}, status=200)
    api.call("get", "/customers", status=200, query={"limit": 1})
    api.call("get", "/customers/search", status=200, query={"q": "nguyen"})
    api.call("get", "/customers/{customer_id}", **ids, status=200)
    api.call(
        "get", "/customers/{customer_id}/context", **ids, status=200, query={"agent": agent.public_id, "query": "x"}
    )
    api.call("get", "/customers/{customer_id}/facts", **ids, status=200)
    created = api.call(
        "post",
        "/customers/{customer_id}/facts",
        **ids,
        status=201,
        data={"agent": agent.public_id, "key": "k", "value": "v"},
    )
    api.call(
        "patch",
        "/customers/{customer_id}/facts/{fact_id}",
        **ids,
        fact_id=created["id"],
        status=200,
        data={"value": "w"},
    )
    api.call("delete", "/customers/{customer_id}/facts/{fact_id}", **ids, fact_id=fact.public_id, status=204)
    api.call("post", "/customers/{customer_id}/notes", **ids, status=201, data={"text": "Call back before noon."})
    api.call("get", "/customers/{customer_id}/notes", **ids, status=200)
    api.call(
        "get",
        "/customers/{customer_id}/context",
        **ids,
        status=200,
        query={"agent": agent.public_id, "fresh": "true"},
    )
    api.call("post", "/customers/{customer_id}/form-submissions", **ids, status=200, data={"phone": "+84912345678"})
    api.call("delete", "/customers/{customer_id}/memory", **ids, status=200, query={"agent": agent.public_id})
    api.call("get", "/customers/{customer_id}/export", **ids, status=200, query={"format": "json"})

    single = {
        "agent": agent.public_id,
        "channel": "web",
        "channelIdentifier": "visitor-1",
        "role": "customer",
        "message": "Hi",
    }
    result = api.call("post", "/ingest", status=202, data=single)
    api.call("post", "/ingest", status=202, data=[{**single, "messageId": "a"}, {**single, "messageId": "b"}])
    api.call("get", "/conversations", status=200, query={"customer": person.public_id})
    api.call("get", "/conversations/{conversation_id}", conversation_id=conversation.public_id, status=200)
    api.call("post", "/conversations/{conversation_id}/close", conversation_id=result["conversationId"], status=202)
    assert Conversation.objects.get(public_id=result["conversationId"]).status == "closed"
    api.call("post", "/conversations/{conversation_id}/relearn", conversation_id=conversation.public_id, status=202)
    api.call(
        "post",
        "/conversations/{conversation_id}/recording",
        conversation_id=conversation.public_id,
        status=201,
        data={"file": SimpleUploadedFile("call.ogg", b"OggS" + bytes(60))},
        format="multipart",
    )

    knowledge_ids = {"agent_id": agent.public_id}
    entry = api.call(
        "post",
        "/agents/{agent_id}/knowledge",
        **knowledge_ids,
        status=201,
        data={"title": "Crash", "problem": "The app crashes.", "resolution": "Update it.", "tags": ["app"]},
    )
    api.call("get", "/agents/{agent_id}/knowledge", **knowledge_ids, status=200, query={"q": "crash"})
    entry_ids = {**knowledge_ids, "knowledge_id": entry["id"]}
    api.call("get", "/agents/{agent_id}/knowledge/{knowledge_id}", **entry_ids, status=200)
    api.call("patch", "/agents/{agent_id}/knowledge/{knowledge_id}", **entry_ids, status=200, data={"title": "Crashes"})
    api.call(
        "post",
        "/agents/{agent_id}/knowledge/{knowledge_id}/feedback",
        **entry_ids,
        status=200,
        data={"helped": True},
    )
    api.call("post", "/agents/{agent_id}/knowledge/{knowledge_id}/retire", **entry_ids, status=200)
    api.call("post", "/agents/{agent_id}/knowledge/{knowledge_id}/approve", **entry_ids, status=200)
    api.call("post", "/agents/{agent_id}/knowledge/{knowledge_id}/revert", **entry_ids, status=200, data={"version": 1})
    api.call(
        "post",
        "/agents/{agent_id}/knowledge/import",
        **knowledge_ids,
        status=201,
        data={"csv": "title,problem,resolution\nReset,Forgot the password.,Use the link.\n"},
    )
    api.call("post", "/agents/{agent_id}/knowledge/import", **knowledge_ids, status=400, data={"entries": [{}]})
    api.call("get", "/agents/{agent_id}/knowledge/export", **knowledge_ids, status=200)

    api.call("get", "/customers/{customer_id}", customer_id="cust_unknown", status=404)
    api.call("post", "/ingest", status=400, data={**single, "email": "nope"})
    api.call("delete", "/customers/{customer_id}", **ids, status=204)

    documented = {(path, method) for path, operations in openapi["paths"].items() for method in operations}
    assert api.exercised == documented

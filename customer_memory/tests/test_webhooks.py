from __future__ import annotations

import hashlib
import hmac
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.db import connection
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from conversations.tests.factories import create_agent
from customer_memory import tasks
from customer_memory.models import WebhookDelivery, WebhookEndpoint
from tenants.keys_and_audit.models import AuditEntry

API = "/api/tenants/me"
CARD = "4111 1111 1111 1111"


class Receiver:
    """A real HTTP endpoint on 127.0.0.1 that checks each request's signature."""

    def __init__(self) -> None:
        self.secret = ""
        self.received: list[dict] = []
        self.fail_with = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                timestamp = self.headers["X-CM-Timestamp"]
                expected = hmac.new(receiver.secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
                receiver.received.append(
                    {
                        "valid": hmac.compare_digest(self.headers["X-CM-Signature"], f"v1={expected.hexdigest()}"),
                        "event": self.headers["X-CM-Event"],
                        "body": json.loads(body),
                        "raw": body.decode(),
                    }
                )
                self.send_response(receiver.fail_with or 204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def events(self) -> list[str]:
        return [item["event"] for item in self.received]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def agent(organization):
    return create_agent(name="Support", memory_enabled=True)


@pytest.fixture
def endpoint(api_client, receiver):
    response = api_client.post(f"{API}/webhooks", {"url": receiver.url}, format="json")
    assert response.status_code == 201
    receiver.secret = response.json()["secret"]
    return response.json()


def ingest(api_client, agent, text, **fields):
    return api_client.post(
        f"{API}/ingest",
        {
            "agent": agent.public_id,
            "channel": "telegram",
            "channelIdentifier": "linh_tg",
            "role": "customer",
            "message": text,
            **fields,
        },
        format="json",
    ).json()


def test_creating_an_endpoint_shows_the_secret_once_and_is_audited(api_client, endpoint, receiver):
    listed = api_client.get(f"{API}/webhooks").json()["data"]

    assert endpoint["secret"].startswith("whsec_")
    assert endpoint["url"] == receiver.url
    assert endpoint["events"] == []
    assert listed == [{key: value for key, value in endpoint.items() if key != "secret"}]
    assert AuditEntry.objects.filter(action=AuditEntry.Action.WEBHOOK_CREATED, object_id=endpoint["id"]).exists()


def test_an_endpoint_is_deleted_with_its_log(api_client, endpoint):
    response = api_client.delete(f"{API}/webhooks/{endpoint['id']}")

    assert response.status_code == 204
    assert not WebhookEndpoint.objects.exists()
    assert api_client.delete(f"{API}/webhooks/{endpoint['id']}").status_code == 404
    assert AuditEntry.objects.filter(action=AuditEntry.Action.WEBHOOK_DELETED).exists()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9000/hooks",
        "http://localhost/hooks",
        "http://10.1.2.3/hooks",
        "http://192.168.0.10/hooks",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hooks",
        "ftp://example.com/hooks",
        "not a url",
    ],
)
def test_an_endpoint_on_a_private_address_or_not_http_is_refused(api_client, organization, url):
    response = api_client.post(f"{API}/webhooks", {"url": url}, format="json")

    assert response.status_code == 400
    assert "url" in response.json()["error"]["fields"]
    assert not WebhookEndpoint.objects.exists()


def test_an_unknown_event_is_refused(api_client, organization):
    response = api_client.post(f"{API}/webhooks", {"url": "https://example.com/h", "events": ["x"]}, format="json")

    assert response.status_code == 400


def test_closing_and_learning_deliver_signed_events_without_secrets_or_transcripts(
    api_client, agent, endpoint, receiver, django_capture_on_commit_callbacks
):
    first = ingest(api_client, agent, f"Hi, I'm Linh and I work as a nurse. My card is {CARD}.")
    ingest(api_client, agent, "I live in Hue. My wife is called Mai.")

    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(f"{API}/conversations/{first['conversationId']}/close")

    assert set(receiver.events()) == {"conversation.closed", "memory.updated"}
    assert all(item["valid"] for item in receiver.received)
    closed = next(item["body"] for item in receiver.received if item["event"] == "conversation.closed")
    assert closed["data"]["customerId"] == first["customerId"]
    assert closed["data"]["conversationId"] == first["conversationId"]
    updated = next(item["body"] for item in receiver.received if item["event"] == "memory.updated")
    assert updated["event"] == "memory.updated"
    assert updated["data"]["agentId"] == agent.public_id
    assert updated["data"]["conversationId"] == first["conversationId"]
    added = {fact["key"]: fact["value"] for fact in updated["data"]["facts"]["added"]}
    assert added
    assert updated["data"]["facts"]["changed"] == []
    for item in receiver.received:
        assert CARD not in item["raw"]
        assert "I live in Hue" not in item["raw"]
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {"delivered"}


def test_a_changed_fact_is_reported_with_its_previous_value(
    api_client, agent, endpoint, receiver, django_capture_on_commit_callbacks
):
    for city in ("Hue", "Da Nang"):
        conversation = ingest(api_client, agent, f"I live in {city}.")
        ingest(api_client, agent, "Thanks for the help.")
        with django_capture_on_commit_callbacks(execute=True):
            api_client.post(f"{API}/conversations/{conversation['conversationId']}/close")

    updates = [item["body"]["data"]["facts"] for item in receiver.received if item["event"] == "memory.updated"]
    assert {"key": "location", "value": "Da Nang", "previousValue": "Hue"} in updates[-1]["changed"]


def test_erasure_is_announced_and_deletes_the_deliveries_about_the_person(
    api_client, agent, endpoint, receiver, django_capture_on_commit_callbacks
):
    first = ingest(api_client, agent, "Hi, I'm Linh and I work as a nurse.")
    ingest(api_client, agent, "I live in Hue.")
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(f"{API}/conversations/{first['conversationId']}/close")
    with django_capture_on_commit_callbacks(execute=True):
        assert api_client.delete(f"{API}/customers/{first['customerId']}").status_code == 204

    assert receiver.events()[-1] == "customer.erased"
    assert receiver.received[-1]["body"]["data"] == {"customerId": first["customerId"]}
    assert list(WebhookDelivery.objects.values_list("event", flat=True)) == ["customer.erased"]


def test_an_endpoint_gets_only_the_events_it_asked_for(api_client, agent, receiver, django_capture_on_commit_callbacks):
    response = api_client.post(
        f"{API}/webhooks", {"url": receiver.url, "events": ["conversation.closed"]}, format="json"
    )
    receiver.secret = response.json()["secret"]
    first = ingest(api_client, agent, "Hi, I'm Linh and I work as a nurse.")
    ingest(api_client, agent, "I live in Hue.")

    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(f"{API}/conversations/{first['conversationId']}/close")

    assert receiver.events() == ["conversation.closed"]


def test_a_failing_endpoint_is_retried_with_backoff_for_a_day_then_marked_failed(
    api_client, agent, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.fail_with = 503
    first = ingest(api_client, agent, "Hello")
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(f"{API}/conversations/{first['conversationId']}/close")
    delivery = WebhookDelivery.objects.get(event="conversation.closed")
    assert (delivery.status, delivery.attempts, delivery.last_error) == ("pending", 1, "HTTP 503")
    gaps = []
    while delivery.status == "pending" and len(gaps) < 60:
        wait = delivery.next_attempt_at - timezone.now()
        gaps.append(wait)
        # Time passes: the delivery is due, and it has waited `wait` longer since it was created.
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            next_attempt_at=timezone.now(), created_at=F("created_at") - wait
        )
        tasks.retry_webhooks_in_all_tenants()
        delivery.refresh_from_db()

    assert delivery.status == "failed"
    assert delivery.attempts == len(gaps) + 1
    assert len(receiver.received) == delivery.attempts
    assert all(item["valid"] for item in receiver.received)
    assert gaps[0] > timedelta(seconds=50)
    assert gaps[1] > gaps[0] * 1.5
    assert timezone.now() - delivery.created_at >= timedelta(hours=22)


def test_a_recovered_endpoint_gets_the_delivery_on_the_next_retry(
    api_client, agent, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.fail_with = 500
    first = ingest(api_client, agent, "Hello")
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(f"{API}/conversations/{first['conversationId']}/close")
    receiver.fail_with = 0
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())

    assert tasks.retry_webhooks_in_all_tenants() == 1

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 2, 204)
    assert receiver.received[-1]["body"] == receiver.received[0]["body"]
    assert connection.schema_name != "public"


def test_the_admin_creates_an_endpoint_showing_the_secret_once_and_lists_deliveries(
    client, owner, agent, receiver, api_client, django_capture_on_commit_callbacks
):
    client.force_login(owner)

    response = client.post(
        "/admin/customer_memory/webhookendpoint/add/",
        {"url": receiver.url, "events": ["conversation.closed"], "description": "CRM"},
        follow=True,
    )

    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.events == ["conversation.closed"]
    assert endpoint.secret in response.content.decode()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.WEBHOOK_CREATED, actor_user=owner).exists()
    receiver.secret = endpoint.secret
    first = ingest(api_client, agent, "Hello")
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(f"{API}/conversations/{first['conversationId']}/close")
    log = client.get("/admin/customer_memory/webhookdelivery/").content.decode()
    assert "conversation.closed" in log
    assert "Delivered" in log
    assert endpoint.secret not in client.get("/admin/customer_memory/webhookendpoint/").content.decode()
    assert receiver.received[0]["valid"]


def test_the_admin_refuses_a_private_endpoint(client, owner):
    client.force_login(owner)

    response = client.post("/admin/customer_memory/webhookendpoint/add/", {"url": "http://10.0.0.1/hooks"})

    assert response.status_code == 200
    assert "private or reserved" in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


def test_manual_edits_through_the_api_and_the_ui_announce_memory_updated(
    api_client, client, builder, agent, endpoint, receiver, django_capture_on_commit_callbacks
):
    customer_id = ingest(api_client, agent, "Hello!")["customerId"]
    facts_url = f"{API}/customers/{customer_id}/facts"
    client.force_login(builder)

    with django_capture_on_commit_callbacks(execute=True):
        fact = api_client.post(facts_url, {"agent": agent.public_id, "key": "city", "value": "Hue"}, format="json")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("customer_memory:fact_update", args=[fact.json()["id"]]), {"value": f"Hue {CARD}"})
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(facts_url, {"agent": agent.public_id, "key": "occupation", "value": "nurse"}, format="json")
    with django_capture_on_commit_callbacks(execute=True):
        api_client.delete(f"{facts_url}/{fact.json()['id']}")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("customer_memory:memory_clear", args=[agent.public_id, customer_id]))

    updates = [item["body"]["data"] for item in receiver.received if item["event"] == "memory.updated"]
    assert all(item["valid"] for item in receiver.received)
    assert [update["facts"] for update in updates] == [
        {"added": [{"key": "location", "value": "Hue"}], "changed": [], "removed": []},
        {
            "added": [],
            "changed": [{"key": "location", "value": "Hue [card •••• 1111]", "previousValue": "Hue"}],
            "removed": [],
        },
        {"added": [{"key": "occupation", "value": "nurse"}], "changed": [], "removed": []},
        {"added": [], "changed": [], "removed": [{"key": "location"}]},
        {"added": [], "changed": [], "removed": [{"key": "occupation"}]},
    ]
    assert {(update["customerId"], update["agentId"], update["conversationId"]) for update in updates} == {
        (customer_id, agent.public_id, None)
    }
    assert all(CARD not in item["raw"] and "whsec_" not in item["raw"] for item in receiver.received)

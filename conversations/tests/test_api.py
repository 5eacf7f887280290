from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from django_tenants.utils import schema_context
from rest_framework.test import APIClient

from conversations import ingest_item, ingestion
from conversations.ingest_item import IngestError
from conversations.models import Conversation, Message, Person
from conversations.tests.factories import create_agent, create_conversation, create_person
from conversations.tests.secret_messages import FULL_CARD_NUMBERS, SECRET_MESSAGES
from tenants.api_keys import create_api_key
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry

INGEST = "/api/tenants/me/ingest"
CONVERSATIONS = "/api/tenants/me/conversations"


@pytest.fixture
def agent(organization):
    return create_agent(name="Support")


def message(agent, **fields):
    return {
        "agent": agent.public_id,
        "channel": "whatsapp",
        "channelIdentifier": "+84912345678",
        "role": "customer",
        "message": "Hi, my polo shirt has a torn seam.",
        **fields,
    }


def test_ingest_stores_the_message_and_answers_202_with_public_ids(api_client, agent):
    response = api_client.post(
        INGEST, message(agent, name="Nguyen Van A", email="a@example.com", sentAt="2026-03-12T10:00:00Z")
    )

    assert response.status_code == 202
    stored = Message.objects.select_related("conversation__person").get()
    assert response.json() == {
        "customerId": stored.conversation.person.public_id,
        "conversationId": stored.conversation.public_id,
        "messageId": stored.public_id,
    }
    assert stored.content == "Hi, my polo shirt has a torn seam."
    assert stored.role == Message.Role.CUSTOMER
    assert stored.sent_at == datetime(2026, 3, 12, 10, tzinfo=UTC)
    person = stored.conversation.person
    assert (person.channel_type, person.channel_identifier) == ("whatsapp", "+84912345678")
    assert (person.name, person.email) == ("Nguyen Van A", "a@example.com")


def test_ingest_joins_the_customers_open_conversation(api_client, agent):
    first = api_client.post(INGEST, message(agent)).json()
    reply = api_client.post(INGEST, message(agent, role="agent", message="Sorry! Let me help.")).json()

    assert reply["customerId"] == first["customerId"]
    assert reply["conversationId"] == first["conversationId"]
    assert reply["messageId"] != first["messageId"]
    assert Conversation.objects.get().message_count == 2


def test_the_same_message_id_twice_stores_one_message_and_returns_the_same_ids(api_client, agent):
    body = message(agent, messageId="wamid.123")

    first = api_client.post(INGEST, body)
    again = api_client.post(INGEST, body)

    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json() == first.json()
    assert Message.objects.count() == 1
    assert Message.objects.get().external_id == "wamid.123"


def test_a_message_id_reused_by_another_customer_is_a_400(api_client, agent):
    api_client.post(INGEST, message(agent, messageId="wamid.123"))

    response = api_client.post(INGEST, message(agent, messageId="wamid.123", channelIdentifier="+84900000000"))

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["messageId"]
    assert Message.objects.count() == 1


def test_bulk_ingest_stores_a_list_and_answers_with_results_in_order(api_client, agent):
    items = [
        message(agent, messageId="m1", message="Hello"),
        message(agent, messageId="m2", role="agent", message="Hi! How can I help?"),
        message(agent, messageId="m3", channelIdentifier="+84900000000", message="Another customer"),
    ]

    response = api_client.post(INGEST, items)

    assert response.status_code == 202
    results = response.json()
    stored = {m.external_id: m for m in Message.objects.select_related("conversation__person")}
    assert [r["messageId"] for r in results] == [stored[key].public_id for key in ("m1", "m2", "m3")]
    assert results[0]["conversationId"] == results[1]["conversationId"] != results[2]["conversationId"]
    assert Person.objects.count() == 2


def test_bulk_ingest_is_idempotent_too(api_client, agent):
    items = [message(agent, messageId=f"m{index}", message=f"Message {index}") for index in range(5)]

    first = api_client.post(INGEST, items).json()
    again = api_client.post(INGEST, items).json()

    assert again == first
    assert Message.objects.count() == 5


def test_bulk_ingest_with_one_bad_item_stores_nothing_and_names_the_item(api_client, agent):
    items = [message(agent), message(agent, email="nope"), {**message(agent), "channelIdentifier": ""}]

    response = api_client.post(INGEST, items)

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"[1].email", "[2].channelIdentifier"}
    assert not Message.objects.exists()


def ingest_all(api_client, items, *, as_batch):
    """Ingest `items` in one call or one call each; the conversation of the first."""
    responses = [api_client.post(INGEST, items)] if as_batch else [api_client.post(INGEST, item) for item in items]
    assert {response.status_code for response in responses} == {202}
    first = responses[0].json()
    return (first[0] if as_batch else first)["conversationId"]


def stored_contents(api_client, conversation_id):
    response = api_client.get(f"{CONVERSATIONS}/{conversation_id}")
    assert response.status_code == 200
    return [m["content"] for m in response.json()["messages"]]


@pytest.mark.parametrize("as_batch", [False, True], ids=["one by one", "as one batch"])
def test_secrets_are_masked_in_the_stored_messages_in_seven_languages(api_client, agent, as_batch):
    # One by one, the first message opens the conversation and the others take the
    # single-message path to an open conversation; a batch takes the batch path.
    items = [message(agent, messageId=f"m-{language}", message=text) for language, (text, _) in SECRET_MESSAGES.items()]
    conversation_id = ingest_all(api_client, items, as_batch=as_batch)

    contents = stored_contents(api_client, conversation_id)

    assert len(contents) == len(SECRET_MESSAGES)
    for content, (_, secrets) in zip(contents, SECRET_MESSAGES.values(), strict=True):
        assert not any(number in content for number in FULL_CARD_NUMBERS)
        assert "[card •••• " in content  # the last four are kept
        for secret in secrets:
            assert secret not in content
    assert contents[0] == "My card is [card •••• 1111], CVV [redacted], and my password is [redacted]!"
    assert contents[2] == (
        "Mi tarjeta es [card •••• 0004], código de seguridad [redacted], mi contraseña es [redacted]"
    )
    assert contents[6] == "Meu cartão [card •••• 1117], CVV [redacted], minha senha é [redacted]"


def test_a_retried_message_with_secrets_is_stored_once(api_client, agent):
    body = message(agent, messageId="wamid.secret", message=SECRET_MESSAGES["en"][0])

    first = api_client.post(INGEST, body)
    again = api_client.post(INGEST, body)

    assert again.json() == first.json()
    assert (
        Message.objects.get().content == "My card is [card •••• 1111], CVV [redacted], and my password is [redacted]!"
    )


@pytest.mark.usefixtures("keeps_raw_secrets")
@pytest.mark.parametrize("as_batch", [False, True], ids=["one by one", "as one batch"])
def test_an_organization_that_keeps_raw_secrets_gets_the_messages_as_sent(api_client, agent, as_batch):
    items = [message(agent, messageId=f"m-{language}", message=text) for language, (text, _) in SECRET_MESSAGES.items()]
    conversation_id = ingest_all(api_client, items, as_batch=as_batch)

    assert stored_contents(api_client, conversation_id) == [text for text, _ in SECRET_MESSAGES.values()]


@pytest.mark.parametrize(("count", "status"), [(0, 400), (500, 202), (501, 400)])
def test_bulk_ingest_takes_1_to_500_messages(api_client, agent, count, status):
    items = [message(agent, channelIdentifier=f"visitor-{index}", channel="web") for index in range(count)]

    response = api_client.post(INGEST, items)

    assert response.status_code == status
    assert Message.objects.count() == (count if status == 202 else 0)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"agent": "agent_unknown"}, "agent"),
        ({"channel": "Carrier Pigeon!"}, "channel"),
        ({"channelIdentifier": ""}, "channelIdentifier"),
        ({"role": "robot"}, "role"),
        ({"message": ""}, "message"),
        ({"message": "x" * 20_001}, "message"),
        ({"message": 42}, "message"),
        ({"name": " " * 10 + "n" * 195}, "name"),
        ({"channelIdentifier": True}, "channelIdentifier"),
        ({"sentAt": "yesterday"}, "sentAt"),
        ({"email": "not-an-email"}, "email"),
        ({"conversationId": "conv_unknown"}, "conversationId"),
    ],
)
def test_ingest_with_a_bad_field_is_a_400_naming_it(api_client, agent, fields, field):
    response = api_client.post(INGEST, {**message(agent), **fields})

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "VALIDATION_ERROR"
    assert list(error["fields"]) == [field]
    assert not Message.objects.exists()


def test_ingest_without_required_fields_names_each_of_them(api_client):
    response = api_client.post(INGEST, {})

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"agent", "channel", "channelIdentifier", "role", "message"}


def test_ingest_into_another_customers_conversation_is_a_400(api_client, agent):
    other = create_conversation(person=create_person(), agent=agent, status=Conversation.Status.OPEN)

    response = api_client.post(INGEST, message(agent, conversationId=other.public_id))

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["conversationId"]


def test_closing_a_conversation_answers_202_and_is_idempotent(api_client, agent, django_capture_on_commit_callbacks):
    conversation_id = api_client.post(INGEST, message(agent)).json()["conversationId"]

    with django_capture_on_commit_callbacks(execute=True):
        first = api_client.post(f"{CONVERSATIONS}/{conversation_id}/close")
    again = api_client.post(f"{CONVERSATIONS}/{conversation_id}/close")

    assert (first.status_code, again.status_code) == (202, 202)
    assert first.json()["status"] == "closed"
    assert first.json()["closedAt"] == again.json()["closedAt"]
    assert Conversation.objects.get().status == Conversation.Status.CLOSED


def test_after_a_close_the_next_message_opens_a_new_conversation(api_client, agent):
    first = api_client.post(INGEST, message(agent)).json()
    api_client.post(f"{CONVERSATIONS}/{first['conversationId']}/close")

    second = api_client.post(INGEST, message(agent, message="Any update?")).json()

    assert second["customerId"] == first["customerId"]
    assert second["conversationId"] != first["conversationId"]


def test_closing_an_unknown_conversation_is_a_404(api_client):
    response = api_client.post(f"{CONVERSATIONS}/conv_unknown/close")

    assert response.status_code == 404
    assert response.json()["error"] == {"code": "NOT_FOUND", "message": "Conversation does not exist", "fields": {}}


def test_conversation_detail_has_its_messages_in_order(api_client, agent):
    person = create_person()
    conversation = create_conversation(
        person=person,
        agent=agent,
        messages=[("customer", "My shirt has a tear"), ("agent", "Sorry! Let me start an exchange.")],
        started_at=datetime(2026, 3, 12, 10, tzinfo=UTC),
    )

    response = api_client.get(f"{CONVERSATIONS}/{conversation.public_id}")

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == conversation.public_id
    assert body["customerId"] == person.public_id
    assert body["agentId"] == agent.public_id
    assert (body["status"], body["messageCount"], body["channel"]) == ("closed", 2, "whatsapp")
    assert body["startedAt"] == "2026-03-12T10:00:00Z"
    assert [(m["role"], m["content"], m["sentAt"]) for m in body["messages"]] == [
        ("customer", "My shirt has a tear", "2026-03-12T10:00:00Z"),
        ("agent", "Sorry! Let me start an exchange.", "2026-03-12T10:01:00Z"),
    ]
    assert body["messages"][0]["externalId"] is None
    assert body["messages"][0]["id"].startswith("msg_")


def test_conversation_list_shows_one_customers_conversations_most_recent_first(api_client, agent):
    person = create_person()
    start = datetime(2026, 3, 1, tzinfo=UTC)
    conversations = [
        create_conversation(
            person=person, agent=agent, messages=[("customer", "Hi")], started_at=start + timedelta(days=day)
        )
        for day in range(3)
    ]
    create_conversation(person=create_person(), agent=agent, messages=[("customer", "Hi")])

    first = api_client.get(CONVERSATIONS, {"customer": person.public_id, "limit": 2}).json()
    second = api_client.get(
        CONVERSATIONS, {"customer": person.public_id, "limit": 2, "cursor": first["pagination"]["nextCursor"]}
    ).json()

    assert [c["id"] for c in first["data"] + second["data"]] == [c.public_id for c in reversed(conversations)]
    assert first["pagination"]["hasMore"] is True
    assert second["pagination"] == {"limit": 2, "hasMore": False, "nextCursor": None}


@pytest.mark.parametrize("params", [{}, {"customer": "cust_unknown"}, {"customer": "x", "cursor": "bad"}])
def test_conversation_list_needs_a_known_customer_and_a_valid_cursor(api_client, params):
    response = api_client.get(CONVERSATIONS, params)

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) <= {"customer", "cursor"}
    assert response.json()["error"]["fields"]


def test_another_organizations_conversation_is_a_404(organization, other_organization, agent):
    conversation = create_conversation(person=create_person(), agent=agent)
    with schema_context(other_organization.schema_name):
        key = create_api_key(name="Globex", actor=Actor(origin=AuditEntry.Origin.CLI))[1]
    globex = APIClient(HTTP_HOST="globex.localhost", HTTP_AUTHORIZATION=f"Bearer {key}")

    assert globex.get(f"{CONVERSATIONS}/{conversation.public_id}").status_code == 404
    assert globex.post(f"{CONVERSATIONS}/{conversation.public_id}/close").status_code == 404


def test_ingest_with_another_organizations_agent_is_a_400(organization, other_organization, api_client):
    with schema_context(other_organization.schema_name):
        foreign = create_agent(name="Globex support")

    response = api_client.post(INGEST, message(foreign))

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["agent"]


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"message": "  padded  ", "channelIdentifier": " +84912345678 "},
        {"messageId": "m-1", "conversationId": "conv_x", "sentAt": "2026-03-12T10:00:00+07:00"},
        {"sentAt": "2026-03-12T10:00:00"},
        {"sentAt": "2026-03-12T10:00:00.123456Z", "email": " a@example.com "},
        {"sentAt": 1773309600},
        {"email": "a@b"},
        {"name": "", "email": "", "phone": ""},
        {"name": "   ", "email": "Lan@Example.com", "phone": "0912 345 678"},
        {"unknown": "ignored", "role": "agent", "channel": "web"},
        {"message": "emoji 🎉 and ü"},
        {"message": "\ud800 lone surrogate"},
        {"message": "nul \x00 byte"},
        {"message": "   "},
        {"message": 42},
        {"message": "x" * 20_001},
        {"messageId": ""},
        {"channel": "WhatsApp"},
        {"role": None},
        {"agent": "agent_unknown"},
        {"agent": " padded "},
        {"sentAt": "yesterday"},
        {"email": "nope"},
        {"name": "n" * 201},
    ],
)
def test_one_item_gets_the_same_verdict_single_in_bulk_and_from_python(api_client, agent, changes):
    item = {**message(agent), **changes}
    # The same item as a Python caller of the services names it (`channel_type`, `content`...).
    python = {source: item[name] for source, name in ingest_item.api_names().items() if name in item}

    # json.dumps escapes a lone surrogate as \\ud800, as a client's JSON would.
    single = api_client.post(INGEST, json.dumps(item), content_type="application/json")
    bulk = api_client.post(
        INGEST, json.dumps([message(agent, channelIdentifier="+84900000001"), item]), content_type="application/json"
    )
    try:
        ingestion.ingest_message(**python)
        python_error = None
    except IngestError as error:
        python_error = error.field

    assert single.status_code == bulk.status_code
    if single.status_code == 202:
        assert python_error is None
    else:
        assert single.status_code == 400
        fields_at_fault = single.json()["error"]["fields"]
        assert bulk.json()["error"]["fields"] == {f"[1].{name}": text for name, text in fields_at_fault.items()}
        assert python_error in fields_at_fault

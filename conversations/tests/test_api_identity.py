"""The integration contract on identity: one customer per phone number, channels as open slugs."""

from __future__ import annotations

import pytest

from conversations.models import Conversation, Person
from conversations.tests.factories import create_agent
from tenants.middleware import forget_cached_hosts
from tenants.models import Organization

INGEST = "/api/tenants/me/ingest"
CUSTOMERS = "/api/tenants/me/customers"


@pytest.fixture
def agent(organization):
    return create_agent(name="Support")


@pytest.fixture
def in_vietnam(organization):
    """acme reading national numbers as Vietnamese, as the next request's host lookup reads it."""
    Organization.objects.filter(pk=organization.pk).update(default_phone_region="VN")
    forget_cached_hosts()
    yield
    forget_cached_hosts()


def message(agent, identifier, **fields):
    return {
        "agent": agent.public_id,
        "channel": "whatsapp",
        "channelIdentifier": identifier,
        "role": "customer",
        "message": "Hi, is my order on its way?",
        **fields,
    }


def test_one_whatsapp_number_in_two_spellings_is_one_customer_with_the_phone_filled(api_client, agent):
    first = api_client.post(INGEST, message(agent, "+84 912 000 111"))
    second = api_client.post(INGEST, message(agent, "+84912000111"))

    assert (first.status_code, second.status_code) == (202, 202)
    assert first.json()["customerId"] == second.json()["customerId"]
    customer = api_client.get(f"{CUSTOMERS}/{first.json()['customerId']}").json()
    assert customer["phone"] == "+84912000111"
    person = Person.objects.get()
    assert (person.channel_identifier, person.phone) == ("+84912000111", "+84912000111")
    results = api_client.get(f"{CUSTOMERS}/search", {"q": person.channel_identifier}).json()["results"]
    assert [result["id"] for result in results] == [person.public_id]


@pytest.mark.parametrize("channel", ["sms", "voice", "phone", "viber"])
def test_every_phone_channel_stores_its_identifier_in_e164(api_client, agent, channel):
    response = api_client.post(INGEST, message(agent, "0084 912-000-111", channel=channel))

    assert response.status_code == 202
    assert Person.objects.values_list("channel_identifier", "phone").get() == ("+84912000111", "+84912000111")


def test_national_numbers_are_read_in_the_organizations_region(api_client, agent, in_vietnam):
    national = api_client.post(INGEST, message(agent, "0912 000 111")).json()
    international = api_client.post(INGEST, message(agent, "+84912000111")).json()

    assert national["customerId"] == international["customerId"]
    assert Person.objects.get().channel_identifier == "+84912000111"


def test_an_identifier_that_is_no_number_is_kept_as_sent(api_client, agent):
    response = api_client.post(INGEST, message(agent, "wa-user-abc"))

    assert response.status_code == 202
    assert Person.objects.values_list("channel_identifier", "phone").get() == ("wa-user-abc", "")


def test_a_page_scoped_id_on_a_non_phone_channel_is_not_read_as_a_number(api_client, agent):
    api_client.post(INGEST, message(agent, "84912000111", channel="messenger"))

    assert Person.objects.values_list("channel_identifier", "phone").get() == ("84912000111", "")


@pytest.mark.parametrize("channel", ["pancake", "zalo", "instagram", "line", "my-bridge_2"])
def test_any_channel_slug_is_accepted(api_client, agent, channel):
    response = api_client.post(INGEST, message(agent, "page-123", channel=channel))

    assert response.status_code == 202
    assert Conversation.objects.get().channel == channel
    assert api_client.get(f"{CUSTOMERS}/{response.json()['customerId']}").json()["channels"] == [channel]


@pytest.mark.parametrize("channel", ["", "x", "WhatsApp!", "9lives", "a" * 33, "with space", 7])
def test_a_malformed_channel_is_a_400_naming_the_field(api_client, agent, channel):
    for body in (message(agent, "page-123", channel=channel), [message(agent, "page-123", channel=channel)]):
        response = api_client.post(INGEST, body, format="json")

        assert response.status_code == 400
        error = response.json()["error"]
        assert error["code"] == "VALIDATION_ERROR"
        assert any(name.endswith("channel") for name in error["fields"]), error
    assert not Person.objects.exists()

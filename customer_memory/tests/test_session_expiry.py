"""An htmx request after the session ended sends the whole page to sign in (issue 15, B5)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from conversations.tests.factories import create_agent


@pytest.fixture
def people_url(organization):
    return reverse("customer_memory:person_list", args=[create_agent(name="Support").public_id])


def test_an_htmx_request_without_a_session_gets_hx_redirect_back_to_the_page(client, people_url):
    response = client.get(
        people_url + "?q=anna",
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://acme.localhost{people_url}?q=ann",
    )

    assert response.status_code == 200
    assert response["HX-Redirect"] == f"/login/?next={people_url}%3Fq%3Dann"
    assert "Location" not in response
    assert b"Sign in" not in response.content


def test_the_page_of_another_site_is_not_used_as_next(client, people_url):
    response = client.get(people_url, HTTP_HX_REQUEST="true", HTTP_HX_CURRENT_URL="https://evil.example/steal")

    assert response["HX-Redirect"] == f"/login/?next={people_url}"


def test_a_plain_request_without_a_session_is_still_redirected(client, people_url):
    response = client.get(people_url)

    assert response.status_code == 302
    assert response["Location"] == f"/login/?next={people_url}"
    assert "HX-Redirect" not in response


def test_signing_out_through_htmx_loads_the_sign_in_page_whole(client, builder):
    client.force_login(builder)

    response = client.post(reverse("logout"), HTTP_HX_REQUEST="true")

    assert response["HX-Redirect"] == "/login/"


def test_other_htmx_redirects_are_left_alone(client, builder, people_url):
    client.force_login(builder)

    response = client.get(people_url.rstrip("/"), HTTP_HX_REQUEST="true")

    assert response.status_code == 301
    assert "HX-Redirect" not in response

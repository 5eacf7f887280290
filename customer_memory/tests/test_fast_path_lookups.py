"""The context fetch's customer and agent (tenants.fast_paths.get_each) against the ORM, field by field."""

from __future__ import annotations

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext

from conversations.models import Agent, Person
from conversations.tests.factories import create_agent, create_person
from customer_memory.access import get_person_and_agent_for_api
from tenants.tests.distinct import field_values, give_distinct_values


def test_the_customer_and_the_agent_load_every_field_as_the_orm_does(organization):
    person = create_person(channel_type="voice", channel_identifier="+41791234567", phone="+41791234567")
    agent = create_agent(name="Support")
    give_distinct_values(person, 1, keep={"channel_type", "channel_identifier"})
    give_distinct_values(agent, 100)
    person, agent = Person.objects.get(pk=person.pk), Agent.objects.get(pk=agent.pk)

    with CaptureQueriesContext(connection) as queries:
        found_person, found_agent = get_person_and_agent_for_api(person.public_id, agent.public_id)

    assert len(queries.captured_queries) == 1
    # Generated columns included: the search document is the database's, read back as the ORM reads it.
    assert field_values(found_person) == field_values(person)
    assert field_values(found_agent) == field_values(agent)
    # What a People row's label reads.
    assert (found_person.phone, found_person.is_test) == (person.phone, True)


def test_an_unknown_customer_is_a_404_and_an_unknown_agent_none(organization):
    person = create_person()

    assert get_person_and_agent_for_api(person.public_id, "agent_missing")[1] is None
    with pytest.raises(Http404):
        get_person_and_agent_for_api("cust_missing", "agent_missing")

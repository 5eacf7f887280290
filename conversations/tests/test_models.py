from __future__ import annotations

import pytest

from conversations.models import ChannelType, Person
from conversations.tests.factories import create_person


@pytest.mark.parametrize(
    "query",
    [
        "ben",
        "Ben Carter",
        "ben@example",
        "ben@example.com",
        "example.com",
        "visitor-7f3",
        "+41 79 123 45 67",
        "0041791234567",
    ],
)
def test_search_finds_a_person_by_any_part_of_their_identity(organization, query):
    ben = create_person(
        channel_type=ChannelType.WEB,
        channel_identifier="visitor-7f3a9c",
        name="Ben Carter",
        email="ben@example.com",
        phone="+41791234567",
    )
    create_person(
        channel_type=ChannelType.WEB, channel_identifier="visitor-000000", name="Ada Lovelace", email="ada@sample.org"
    )

    assert list(Person.objects.search(query)) == [ben]


def test_search_with_no_match_finds_no_one(organization):
    create_person(name="Ben Carter", email="ben@example.com")

    assert not Person.objects.search("zelda").exists()


@pytest.mark.parametrize(
    ("channel_type", "identifier", "fields", "label"),
    [
        (ChannelType.VOICE, "+41791234567", {"phone": "+41791234567", "name": "Typed Name"}, "+41791234567"),
        (ChannelType.PHONE, "", {}, "Voice caller"),
        (ChannelType.WEB, "visitor-1", {"name": "Typed Name"}, "visitor-1"),
        (ChannelType.WEB, "", {}, "Anonymous"),
        (ChannelType.WEB, "visitor-2", {"is_test": True}, ""),
    ],
)
def test_display_label_comes_from_the_channel_identifier_never_the_name(
    organization, channel_type, identifier, fields, label
):
    person = Person(channel_type=channel_type, channel_identifier=identifier, **fields)

    assert person.display_label == label

"""Call recordings: upload through the API, play back in the UI with seeking, stored privately."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_tenants.test.client import TenantClient
from django_tenants.utils import schema_context
from rest_framework.test import APIClient

from conversations import recordings
from conversations.byte_ranges import UnsatisfiableRange, requested_range
from conversations.models import ChannelType, ConversationRecording
from conversations.tests import audio
from conversations.tests.factories import create_agent, create_conversation, create_person
from tenants.api_keys import create_api_key
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry
from tenants.roles import Role
from tenants.users import create_user

PASSWORD = "correct horse battery staple"


@pytest.fixture
def conversation(organization):
    person = create_person(channel_type=ChannelType.VOICE, channel_identifier="+41441234567")
    return create_conversation(
        person=person, agent=create_agent(name="Phone line"), messages=[("customer", "Hello, is this support?")]
    )


def upload_url(conversation_id):
    return f"/api/tenants/me/conversations/{conversation_id}/recording"


def upload(api_client, conversation, content, name="call.wav", content_type="audio/wav"):
    return api_client.post(
        upload_url(conversation.public_id),
        {"file": SimpleUploadedFile(name, content, content_type=content_type)},
        format="multipart",
    )


def stored_bytes(conversation):
    recording = ConversationRecording.objects.get(conversation=conversation)
    with recordings.open_recording(recording) as file:
        return file.read()


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("call.mp3", audio.MP3_WITH_ID3, "audio/mpeg"),
        ("call.mp3", audio.MP3_FRAME, "audio/mpeg"),
        ("call.wav", audio.wav_bytes(), "audio/wav"),
        ("call.ogg", audio.OGG, "audio/ogg"),
        ("call.m4a", audio.M4A, "audio/mp4"),
        ("call.webm", audio.WEBM, "audio/webm"),
    ],
)
def test_each_audio_format_is_stored_and_recognised_by_its_content(
    api_client, conversation, name, content, content_type
):
    # Declared as something else: the content decides.
    response = upload(api_client, conversation, content, name=name, content_type="application/octet-stream")

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["conversationId"] == conversation.public_id
    assert body["contentType"] == content_type
    assert body["size"] == len(content)
    assert stored_bytes(conversation) == content


def test_a_wav_recording_knows_its_duration(api_client, conversation):
    response = upload(api_client, conversation, audio.wav_bytes(seconds=1.5))

    assert response.json()["durationSeconds"] == 1.5


@pytest.mark.parametrize(("name", "content"), [("call.mp3", audio.PDF), ("call.mp3", audio.AAC_ADTS), ("x.wav", b"")])
def test_a_file_that_is_not_audio_is_refused_naming_the_field(api_client, conversation, name, content):
    response = upload(api_client, conversation, content, name=name, content_type="audio/mpeg")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "VALIDATION_ERROR"
    assert "file" in error["fields"]
    assert not ConversationRecording.objects.exists()


def test_a_json_body_is_refused_naming_the_file_field(api_client, conversation):
    response = api_client.post(upload_url(conversation.public_id), {"file": "aGVsbG8="}, format="json")

    assert response.status_code == 400
    assert response.json()["error"]["fields"]["file"].startswith("Send the recording as multipart/form-data")


def test_a_missing_file_is_refused_naming_the_field(api_client, conversation):
    response = api_client.post(upload_url(conversation.public_id), {"other": "x"}, format="multipart")

    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"file": "No file was submitted."}


def test_a_recording_over_the_size_limit_is_refused(api_client, conversation, settings):
    settings.RECORDING_MAX_BYTES = 1000

    response = upload(api_client, conversation, audio.wav_bytes(seconds=0.5))

    assert response.status_code == 400
    assert "at most 1,000 bytes (RECORDING_MAX_BYTES)" in response.json()["error"]["fields"]["file"]
    assert not ConversationRecording.objects.exists()


def test_a_body_far_over_the_limit_is_refused_before_it_is_read(api_client, conversation, settings):
    settings.RECORDING_MAX_BYTES = 10

    response = upload(api_client, conversation, audio.wav_bytes(seconds=10))

    assert response.status_code == 400
    assert "RECORDING_MAX_BYTES" in response.json()["error"]["fields"]["file"]


def test_a_new_upload_replaces_the_recording_and_deletes_the_old_file(
    api_client, conversation, django_capture_on_commit_callbacks
):
    upload(api_client, conversation, audio.MP3_WITH_ID3, name="first.mp3")
    first = ConversationRecording.objects.get(conversation=conversation).file_name

    with django_capture_on_commit_callbacks(execute=True):
        response = upload(api_client, conversation, audio.OGG, name="second.ogg")

    assert response.status_code == 201
    assert ConversationRecording.objects.filter(conversation=conversation).count() == 1
    assert stored_bytes(conversation) == audio.OGG
    assert not recordings.recording_storage().exists(first)


def test_the_file_is_stored_under_the_organization_schema(api_client, conversation):
    upload(api_client, conversation, audio.OGG, name="../../etc/passwd.ogg")

    name = ConversationRecording.objects.get(conversation=conversation).file_name
    assert name.startswith(f"acme/{conversation.public_id}-")
    assert name.endswith(".ogg")


def test_an_unknown_conversation_is_404(api_client, organization):
    response = api_client.post(
        upload_url("conv_unknown"), {"file": SimpleUploadedFile("a.ogg", audio.OGG)}, format="multipart"
    )

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "NOT_FOUND"


def test_another_organizations_key_gets_404_for_this_conversation(conversation):
    with schema_context("globex"):
        _, globex_key = create_api_key(name="Globex", actor=Actor(origin=AuditEntry.Origin.CLI))
    globex = APIClient(HTTP_HOST="globex.localhost", HTTP_AUTHORIZATION=f"Bearer {globex_key}")

    response = upload(globex, conversation, audio.OGG, name="call.ogg")

    assert response.status_code == 404
    assert not ConversationRecording.objects.exists()


# Playing it back in the UI


@pytest.fixture
def recorded(api_client, conversation):
    content = audio.wav_bytes(seconds=1)
    assert upload(api_client, conversation, content).status_code == 201
    return conversation, content


def play_url(conversation):
    return reverse("conversations:conversation_recording", args=[conversation.public_id])


def read(response):
    return b"".join(response.streaming_content)


def test_the_thread_shows_an_audio_player_for_a_recorded_conversation(client, builder, recorded):
    conversation, _ = recorded
    client.force_login(builder)

    html = client.get(
        reverse("conversations:conversation_detail", args=[conversation.public_id]), HTTP_HX_REQUEST="true"
    ).content.decode()

    assert "Call recording · 1 s" in html
    assert f'<audio controls preload="metadata" src="{play_url(conversation)}">' in html


def test_a_thread_without_a_recording_has_no_player(client, builder, conversation):
    client.force_login(builder)

    html = client.get(reverse("conversations:conversation_detail", args=[conversation.public_id])).content.decode()

    assert "<audio" not in html
    assert "Hello, is this support?" in html


def test_the_recording_plays_inline_whole_and_uncached(client, builder, recorded):
    conversation, content = recorded
    client.force_login(builder)

    response = client.get(play_url(conversation))

    assert response.status_code == 200
    assert read(response) == content
    assert response["Content-Type"] == "audio/wav"
    assert response["Content-Length"] == str(len(content))
    assert response["Content-Disposition"] == f'inline; filename="recording-{conversation.public_id}.wav"'
    assert response["Accept-Ranges"] == "bytes"
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}


@pytest.mark.parametrize(
    ("header", "first", "last"), [("bytes=100-199", 100, 199), ("bytes=7000-", 7000, None), ("bytes=-50", -50, None)]
)
def test_a_range_request_gets_206_with_exactly_those_bytes(client, builder, recorded, header, first, last):
    conversation, content = recorded
    client.force_login(builder)
    expected = content[first : None if last is None else last + 1]
    start = first if first >= 0 else len(content) + first

    response = client.get(play_url(conversation), HTTP_RANGE=header)

    assert response.status_code == 206
    assert read(response) == expected
    assert response["Content-Range"] == f"bytes {start}-{start + len(expected) - 1}/{len(content)}"
    assert response["Content-Length"] == str(len(expected))
    assert response["Content-Disposition"].startswith("inline")


def test_a_range_past_the_end_gets_416(client, builder, recorded):
    conversation, content = recorded
    client.force_login(builder)

    response = client.get(play_url(conversation), HTTP_RANGE=f"bytes={len(content)}-")

    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(content)}"


def test_without_a_session_the_recording_redirects_to_sign_in(client, recorded):
    conversation, _ = recorded

    response = client.get(play_url(conversation))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_member_may_not_play_recordings(client, member, recorded):
    conversation, _ = recorded
    client.force_login(member)

    assert client.get(play_url(conversation)).status_code == 403


def test_a_conversation_without_a_recording_is_404(client, builder, conversation):
    client.force_login(builder)

    assert client.get(play_url(conversation)).status_code == 404


def test_another_organizations_staff_get_404(recorded, other_organization):
    conversation, _ = recorded
    with schema_context("globex"):
        globex_owner = create_user(email="owner@globex.test", password=PASSWORD, role=Role.OWNER)
        globex = TenantClient(other_organization)
        globex.force_login(globex_owner)

    response = globex.get(play_url(conversation))

    assert response.status_code == 404


# Byte ranges


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes=0-0", (0, 0)),
        ("bytes=10-", (10, 99)),
        ("bytes=90-500", (90, 99)),
        ("bytes=-10", (90, 99)),
        ("bytes=-500", (0, 99)),
        ("", None),
        ("bytes=-", None),
        ("bytes=5-2", None),
        ("bytes=0-1,5-6", None),
        ("items=0-1", None),
        ("bytes=abc-", None),
    ],
)
def test_requested_range(header, expected):
    assert requested_range(header, 100) == expected


@pytest.mark.parametrize("header", ["bytes=100-", "bytes=100-200", "bytes=-0"])
def test_unsatisfiable_ranges(header):
    with pytest.raises(UnsatisfiableRange):
        requested_range(header, 100)

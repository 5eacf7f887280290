"""A call recording is the customer's data: exported, erased with them, untouched by Clear and retention."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from conversations import recordings
from conversations.models import ChannelType, ConversationRecording
from conversations.tests import audio
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import privacy, retention, services
from customer_memory.models import Memory
from customer_memory.tests.factories import create_fact, create_memory
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry


@pytest.fixture
def actor(owner):
    return Actor(origin=AuditEntry.Origin.ADMIN, user=owner)


@pytest.fixture
def agent(organization):
    return create_agent(name="Phone line", memory_retention_days=30)


@pytest.fixture
def call(agent):
    person = create_person(channel_type=ChannelType.VOICE, channel_identifier="+41441234567")
    conversation = create_conversation(person=person, agent=agent, messages=[("customer", "My boiler is broken.")])
    recording = recordings.attach_recording(
        conversation, upload=SimpleUploadedFile("call.wav", audio.wav_bytes(seconds=2))
    )
    return conversation, recording


def test_export_lists_the_recording_with_its_details_and_download_address(call, actor):
    conversation, recording = call

    export = privacy.export_person(conversation.person, actor=actor)

    (exported,) = export["conversations"]
    assert exported["recording"] == {
        "content_type": "audio/wav",
        "size": recording.size,
        "duration_seconds": 2.0,
        "uploaded_at": recording.uploaded_at.isoformat(),
        "download": f"/chats/{conversation.public_id}/recording/",
    }
    json.dumps(export)


def test_export_of_a_conversation_without_recording_says_none(agent, actor):
    person = create_person()
    create_conversation(person=person, agent=agent, messages=[("customer", "Hi")])

    export = privacy.export_person(person, actor=actor)

    assert export["conversations"][0]["recording"] is None


def test_erasure_deletes_the_recording_and_its_file(call, actor, django_capture_on_commit_callbacks):
    conversation, recording = call
    storage = recordings.recording_storage()
    assert storage.exists(recording.file_name)

    with django_capture_on_commit_callbacks(execute=True):
        counts = privacy.erase_person(conversation.person, actor=actor)

    assert counts["conversation_recordings"] == 1
    assert not ConversationRecording.objects.exists()
    assert not storage.exists(recording.file_name)


def test_erasure_preview_counts_the_recording(call):
    conversation, _ = call

    assert privacy.erasure_preview(conversation.person)["conversation_recordings"] == 1


def test_clear_memory_keeps_the_recording(call, agent, actor, django_capture_on_commit_callbacks):
    conversation, recording = call
    create_fact(memory=create_memory(person=conversation.person, agent=agent), key="appliance", value="boiler")

    with django_capture_on_commit_callbacks(execute=True):
        services.clear_memory(conversation.person, agent=agent, actor=actor)

    assert recordings.recording_storage().exists(recording.file_name)
    assert ConversationRecording.objects.filter(pk=recording.pk).exists()


def test_retention_deletes_expired_memory_but_not_conversations_or_recordings(
    call, agent, django_capture_on_commit_callbacks
):
    conversation, recording = call
    memory = create_memory(person=conversation.person, agent=agent)
    Memory.objects.filter(pk=memory.pk).update(updated_at=timezone.now() - timedelta(days=31))

    with django_capture_on_commit_callbacks(execute=True):
        run = retention.delete_expired_memory()

    assert run.memories_deleted == 1
    assert conversation.person.conversations.filter(pk=conversation.pk).exists()
    assert recordings.recording_storage().exists(recording.file_name)

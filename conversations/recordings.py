"""Call recordings: what counts as audio, where the file is kept, and replacing or forgetting it.

A recording is personal data: it is stored through the "recordings" storage
(settings.STORAGES; a private folder by default, an S3-compatible bucket when
configured), under its organization's schema name, and is only ever read back
through the role-checked recording view. Deleting its row, by any route
(erasure, a deleted agent or conversation), deletes the file once the
transaction commits.
"""

from __future__ import annotations

import secrets
import wave
from dataclasses import dataclass
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import Storage, storages
from django.db import transaction
from django.utils import timezone

from conversations.models import Conversation, ConversationRecording
from tenants.db import connection

FIELD = "file"
# Enough for every signature below (an MP4 box header is 12 bytes).
HEAD_BYTES = 16


@dataclass(frozen=True)
class AudioFormat:
    name: str
    content_type: str
    extension: str


MP3 = AudioFormat("MP3", "audio/mpeg", ".mp3")
WAV = AudioFormat("WAV", "audio/wav", ".wav")
OGG = AudioFormat("Ogg", "audio/ogg", ".ogg")
M4A = AudioFormat("M4A", "audio/mp4", ".m4a")
WEBM = AudioFormat("WebM", "audio/webm", ".webm")
ACCEPTED = "MP3, WAV, Ogg, M4A or WebM"


def _is_mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG audio frame header: 11 sync bits, then no reserved version, layer, bitrate or rate.

    The layer check also turns away AAC in ADTS frames (layer bits 00), which share the sync word.
    """
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 0b11, (head[1] >> 1) & 0b11
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 0b11
    return version != 0b01 and layer != 0b00 and bitrate != 0b1111 and rate != 0b11


def audio_format_of(head: bytes) -> AudioFormat | None:
    """The format the file's first bytes announce, or None: the content decides, not the name."""
    if head.startswith(b"ID3") or _is_mpeg_audio_frame(head):
        return MP3
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return WAV
    if head.startswith(b"OggS"):
        return OGG
    if head[4:8] == b"ftyp":
        return M4A
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # EBML, the container of WebM
        return WEBM
    return None


def _wav_duration(file: IO[bytes]) -> float | None:
    try:
        with wave.open(file, "rb") as audio:
            rate = audio.getframerate()
            return round(audio.getnframes() / rate, 3) if rate else None
    except (wave.Error, EOFError, ValueError):  # not PCM, or a header cut short
        return None
    finally:
        file.seek(0)


def check_upload(upload: File) -> AudioFormat:
    """The upload's audio format; ValidationError naming `file` if it is too large or not audio."""
    limit = settings.RECORDING_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise ValidationError({FIELD: too_large_message(upload.size)})
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    audio_format = audio_format_of(head)
    if audio_format is None:
        raise ValidationError({FIELD: f"This is not an audio file we can play: send {ACCEPTED}."})
    return audio_format


def too_large_message(size: int) -> str:
    limit = settings.RECORDING_MAX_BYTES
    return f"The upload is {size:,} bytes; a recording may be at most {limit:,} bytes (RECORDING_MAX_BYTES)."


def recording_storage() -> Storage:
    return storages["recordings"]


def _new_file_name(conversation: Conversation, audio_format: AudioFormat) -> str:
    # A new name per upload: a replaced file is never overwritten in place while it may be playing.
    token = secrets.token_hex(8)
    return f"{connection.schema_name}/{conversation.public_id}-{token}{audio_format.extension}"


def attach_recording(conversation: Conversation, *, upload: File) -> ConversationRecording:
    """Store `upload` as the conversation's recording, replacing the one it had."""
    audio_format = check_upload(upload)
    duration = _wav_duration(upload) if audio_format is WAV else None
    storage = recording_storage()
    name = storage.save(_new_file_name(conversation, audio_format), upload)
    try:
        with transaction.atomic():
            # Two uploads for one conversation take turns; the later one wins.
            Conversation.objects.select_for_update().filter(pk=conversation.pk).first()
            recording = ConversationRecording.objects.filter(conversation=conversation).first()
            previous_name = recording.file_name if recording else None
            recording = recording or ConversationRecording(conversation=conversation)
            recording.file_name = name
            recording.content_type = audio_format.content_type
            recording.size = upload.size
            recording.duration_seconds = duration
            recording.uploaded_at = timezone.now()
            recording.save()
    except BaseException:
        storage.delete(name)
        raise
    if previous_name:
        transaction.on_commit(lambda: storage.delete(previous_name))
    return recording


def recording_of(conversation: Conversation) -> ConversationRecording | None:
    try:
        return conversation.recording
    except ConversationRecording.DoesNotExist:
        return None


def open_recording(recording: ConversationRecording) -> File:
    return recording_storage().open(recording.file_name, "rb")


def download_name(recording: ConversationRecording) -> str:
    extension = recording.file_name.rsplit(".", 1)[-1]
    return f"recording-{recording.conversation.public_id}.{extension}"


def delete_file_after_commit(*, instance: ConversationRecording, **kwargs: Any) -> None:
    """post_delete of a recording: its file goes too, unless the deletion is rolled back."""
    name = instance.file_name
    transaction.on_commit(lambda: recording_storage().delete(name))

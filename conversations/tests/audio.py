"""The smallest files of each accepted audio format that carry its real signature."""

from __future__ import annotations

import io
import wave


def wav_bytes(*, seconds: float = 0.5, rate: int = 8000) -> bytes:
    """A real, playable mono 16-bit PCM WAV: a 440 Hz square wave."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(rate)
        period = rate // 440
        frames = bytearray()
        for index in range(int(seconds * rate)):
            sample = 8000 if index % period < period // 2 else -8000
            frames += sample.to_bytes(2, "little", signed=True)
        audio.writeframes(bytes(frames))
    return buffer.getvalue()


# An ID3v2.4 tag, then an MPEG-1 Layer III frame header (128 kbit/s, 44.1 kHz).
MP3_WITH_ID3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(413)
# A bare frame, as encoders without tags write it.
MP3_FRAME = b"\xff\xfb\x90\x64" + bytes(413)
OGG = b"OggS\x00\x02" + bytes(20) + b"\x01\x1e\x01vorbis" + bytes(30)
M4A = b"\x00\x00\x00\x1cftypM4A \x00\x00\x02\x00M4A isomiso2" + bytes(40)
WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm" + bytes(40)
# Lookalikes: AAC in ADTS frames shares MP3's sync word; a PDF is not audio at all.
AAC_ADTS = b"\xff\xf1\x50\x80\x02\x1f\xfc" + bytes(60)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(60)

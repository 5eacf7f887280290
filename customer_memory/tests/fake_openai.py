"""A local HTTP server speaking the parts of the OpenAI API the product uses.

Tests point the real `openai` client at it (OPENAI_BASE_URL), so requests,
retries, timeouts and JSON parsing all go through the real client code.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Failure:
    status: int = 500
    body: str = '{"error": {"message": "upstream failure", "type": "server_error"}}'
    delay: float = 0.0


@dataclass
class FakeOpenAI:
    """State shared with the handler: what to answer and what was asked."""

    chat_reply: Callable[[dict[str, Any]], Any] | Any = None
    invalid_json: bool = False
    failures: list[Failure] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    # A server that ignores the `dimensions` parameter and always answers this size (e.g. 768).
    embedding_size: int | None = None
    # A server that answers HTTP 400 to an embeddings request with `dimensions` (text-embedding-ada-002,
    # some vLLM builds) and embeds without it at its own size.
    refuses_dimensions: bool = False

    def fail_next(self, count: int = 1, *, status: int = 500, delay: float = 0.0) -> None:
        self.failures.extend(Failure(status=status, delay=delay) for _ in range(count))

    def reset(self) -> None:
        self.chat_reply = None
        self.invalid_json = False
        self.failures.clear()
        self.requests.clear()
        self.embedding_size = None
        self.refuses_dimensions = False

    def chat_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"].endswith("/chat/completions")]

    def embedding_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"].endswith("/embeddings")]


def extraction_reply(**overrides: Any) -> dict[str, Any]:
    """A valid answer of the extraction model (the JSON schema in customer_memory/llm.py)."""
    reply = {
        "facts": [
            {"key": "City", "value": "Lisbon", "confidence": "high"},
            {"key": "job", "value": "architect", "confidence": "medium"},
        ],
        "summary": "The customer asked for help with a late delivery. It was resolved.",
        "episode_summary": "The customer reported a late delivery of a lamp.",
        "mood": "anxious",
        "mood_confidence": 0.8,
        "tone_preference": "friendly",
        "open_issues": ["late lamp delivery"],
        "personal_details": "Architect in Lisbon",
        "classification": {
            "positive_interaction": 1,
            "escalation": 0,
            "complaint": 0,
            "unresolved_issue": 1,
            "positive_resolution": 0,
        },
        "language": "pt",
    }
    reply.update(overrides)
    return reply


# What OpenAI answers when text-embedding-ada-002 is asked for `dimensions`.
DIMENSIONS_REFUSED = json.dumps(
    {
        "error": {
            "message": "This model does not support specifying dimensions.",
            "type": "invalid_request_error",
            "param": None,
            "code": None,
        }
    }
)


def fake_embedding(text: str, dimensions: int) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    values = [((digest[i % len(digest)] + i) % 251) / 125.0 - 1.0 for i in range(dimensions)]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


def _handler(state: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, status: int, body: str) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            payload = json.loads(self.rfile.read(length) or b"{}")
            state.requests.append(
                {"path": self.path, "body": payload, "authorization": self.headers.get("Authorization")}
            )
            if state.failures:
                failure = state.failures.pop(0)
                if failure.delay:
                    time.sleep(failure.delay)
                self._send(failure.status, failure.body)
                return
            if self.path.endswith("/embeddings") and state.refuses_dimensions and "dimensions" in payload:
                self._send(400, DIMENSIONS_REFUSED)
                return
            if self.path.endswith("/embeddings"):
                inputs = payload.get("input")
                inputs = [inputs] if isinstance(inputs, str) else inputs
                dimensions = state.embedding_size or payload.get("dimensions") or 1536
                data = [
                    {"object": "embedding", "index": i, "embedding": fake_embedding(text, dimensions)}
                    for i, text in enumerate(inputs)
                ]
                self._send(
                    200,
                    json.dumps(
                        {
                            "object": "list",
                            "data": data,
                            "model": payload.get("model"),
                            "usage": {"prompt_tokens": 1, "total_tokens": 1},
                        }
                    ),
                )
                return
            if self.path.endswith("/chat/completions"):
                reply = state.chat_reply(payload) if callable(state.chat_reply) else state.chat_reply
                content = (
                    "{not json"
                    if state.invalid_json
                    else (reply if isinstance(reply, str) else json.dumps(reply or {}))
                )
                body = {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": payload.get("model", "fake"),
                    "choices": [
                        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
                    ],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
                self._send(200, json.dumps(body))
                return
            self._send(404, '{"error": {"message": "not found"}}')

    return Handler


def start_fake_openai() -> tuple[FakeOpenAI, ThreadingHTTPServer]:
    state = FakeOpenAI()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return state, server

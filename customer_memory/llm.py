"""The one boundary to language models: the only module that imports `openai`.

With OPENAI_API_KEY set, chat completions with JSON-schema structured output
and the embeddings API (384 dimensions, asked for with `dimensions`; servers
that refuse it or answer another size are fitted to 384) are used, against
OpenAI or any compatible server (OPENAI_BASE_URL). Without a key, `embed()`
uses a local hashing embedder, so the product works offline with no downloads.

Settings are read when called, never at import, so tests (and operators)
can switch them at run time.
"""

from __future__ import annotations

import functools
import json
import math
import re
import zlib
from typing import Any

import numpy as np
from django.conf import settings

# The size of every vector embed() returns, and of the episodes' embedding column.
EMBEDDING_DIMENSIONS = 384


class LLMError(Exception):
    """A model call failed. The message names the error class and HTTP status only, never content."""


def is_configured() -> bool:
    return bool(getattr(settings, "OPENAI_API_KEY", ""))


def embeddings_configured() -> bool:
    return is_configured() and bool(getattr(settings, "OPENAI_EMBEDDING_MODEL", ""))


def _client() -> Any:
    from openai import OpenAI

    # No client-side retries: a failed extraction is retried as a whole by
    # django-q2, which keeps the attempt count on the Extraction row.
    return OpenAI(
        api_key=settings.OPENAI_API_KEY,
        base_url=settings.OPENAI_BASE_URL or None,
        timeout=settings.OPENAI_TIMEOUT,
        max_retries=0,
    )


def describe_error(error: BaseException) -> str:
    """`"APIStatusError 503"`: class and status, safe to store (no prompt or reply text)."""
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__} {status}" if status else type(error).__name__


def _call(operation: Any) -> Any:
    import openai

    try:
        return operation()
    except openai.OpenAIError as error:
        raise LLMError(describe_error(error)) from error


def complete_json(*, system: str, user: str, schema: dict[str, Any], schema_name: str) -> dict[str, Any]:
    """One chat completion constrained to `schema`; the parsed JSON object.

    Raises LLMError on timeouts, HTTP errors, refusals and output that is not
    a JSON object.
    """
    client = _client()
    response = _call(
        lambda: client.chat.completions.create(
            model=settings.OPENAI_MODEL,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": schema_name, "schema": schema, "strict": True},
            },
            temperature=0,
        )
    )
    choices = getattr(response, "choices", None) or []
    if not choices:
        raise LLMError("EmptyResponse")
    message = choices[0].message
    if getattr(message, "refusal", None):
        raise LLMError("Refusal")
    try:
        data = json.loads(message.content or "")
    except (TypeError, ValueError) as error:
        raise LLMError("InvalidJSON") from error
    if not isinstance(data, dict):
        raise LLMError("InvalidJSON")
    return data


# The (base URL, model) pairs whose server answered HTTP 400 to the `dimensions` parameter and then
# embedded without it (text-embedding-ada-002, some vLLM builds): asked without it from then on, in
# this process, so each embedding costs one request, not a refused one first.
_refuses_dimensions: set[tuple[str, str]] = set()


def embed(text: str) -> list[float]:
    """A 384-dimensional, L2-normalised embedding of `text`.

    Asks the server for 384 dimensions; a server that refuses the parameter (HTTP 400) is asked
    once more without it, its answer fitted to 384 (fit_dimensions), and remembered.
    """
    if embeddings_configured():
        response = _call(lambda: _embedding_response(_client(), text or " "))
        data = getattr(response, "data", None) or []
        vector = [float(v) for v in data[0].embedding] if data else []
        if not vector:
            raise LLMError("EmptyEmbedding")
        return fit_dimensions(vector)
    return local_embed(text)


def _embedding_response(client: Any, text: str) -> Any:
    import openai

    server = (str(settings.OPENAI_BASE_URL or ""), settings.OPENAI_EMBEDDING_MODEL)
    if server not in _refuses_dimensions:
        try:
            return client.embeddings.create(model=server[1], input=text, dimensions=EMBEDDING_DIMENSIONS)
        except openai.BadRequestError:
            pass
    response = client.embeddings.create(model=server[1], input=text)
    # Remembered only once the server embedded without the parameter: a 400 for another reason
    # (an input too long) fails again here and says nothing about `dimensions`.
    _refuses_dimensions.add(server)
    return response


def local_embed(text: str) -> list[float]:
    """The offline embedding: the hashing embedder, or wordllama's when LOCAL_EMBEDDER says so (measured in
    docs/benchmarks.md, "Recall quality": the setting exists so the comparison can be re-run)."""
    if getattr(settings, "LOCAL_EMBEDDER", "hashing") == "wordllama":
        return fit_dimensions(_wordllama().embed([text or " "], norm=True)[0].tolist())
    return hash_embed(text)


@functools.cache
def _wordllama() -> Any:
    """wordllama's 256-dimension model, loaded from the weights inside its wheel (never downloaded)."""
    from pathlib import Path

    import wordllama

    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def fit_dimensions(vector: list[float]) -> list[float]:
    """The vector at EMBEDDING_DIMENSIONS, normalised, whatever size the server answered.

    Servers that honour the `dimensions` parameter answer 384 already. Others (many local models
    answer 768 or 1024, older OpenAI ones 1536) are projected with a fixed random Gaussian matrix,
    seeded by the input size: random projections keep cosine similarities close (Johnson-
    Lindenstrauss), so ranking still works, the stored column keeps one size, and an extraction never
    fails after the model was paid. Changing the embedding model still calls for
    `manage.py reindex_episodes`, as vectors of two models are not comparable.
    """
    if len(vector) == EMBEDDING_DIMENSIONS:
        return _normalised(vector)
    projected = np.asarray(vector, dtype=np.float64) @ _projection(len(vector))
    return _normalised(projected.tolist())


@functools.cache
def _projection(size: int) -> Any:
    generator = np.random.default_rng(size)
    return generator.standard_normal((size, EMBEDDING_DIMENSIONS)) / math.sqrt(EMBEDDING_DIMENSIONS)


_WORD = re.compile(r"\w+")
# Function words carry no topic; leaving them out keeps unrelated texts apart.
_STOPWORDS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "a an and are as at be but by for from has have he her his i in is it its me my of on or our she so that "
        "the their them they this to was we were with you your"
    ).split()
)


def hash_embed(text: str) -> list[float]:
    """Deterministic local embedding: signed feature hashing of words and their character trigrams.

    Words give exact-topic similarity, trigrams tolerate inflection and typos
    ("deliver" ~ "delivery"). Stable across processes (crc32, not hash()).
    """
    vector = [0.0] * EMBEDDING_DIMENSIONS
    for word in _WORD.findall(text.lower()):
        if word in _STOPWORDS:
            continue
        _add_feature(vector, word, 1.0)
        padded = f"<{word}>"
        for start in range(len(padded) - 2):
            _add_feature(vector, padded[start : start + 3], 0.35)
    if not any(vector):
        # A zero vector has no cosine distance (pgvector answers NaN); an
        # empty text gets a fixed unit vector instead.
        vector[0] = 1.0
        return vector
    return _normalised(vector)


def _add_feature(vector: list[float], feature: str, weight: float) -> None:
    digest = zlib.crc32(feature.encode())
    sign = 1.0 if digest & 0x80000000 else -1.0
    vector[digest % EMBEDDING_DIMENSIONS] += sign * weight


def _normalised(vector: list[float]) -> list[float]:
    norm = math.sqrt(sum(v * v for v in vector))
    if not norm:
        return vector
    return [v / norm for v in vector]

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from customer_memory import llm
from customer_memory.extraction import LLMExtractor, RulesExtractor, choose_extractor

SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["answer"],
    "properties": {"answer": {"type": "string"}},
}


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


# --- The local hashing embedder ------------------------------------------------------------------


def test_hash_embedding_is_384_dimensional_unit_length_and_deterministic():
    vector = llm.hash_embed("The desk lamp arrived broken.")

    assert len(vector) == 384
    assert math.isclose(math.sqrt(sum(v * v for v in vector)), 1.0)
    assert vector == llm.hash_embed("The desk lamp arrived broken.")


def test_hash_embedding_puts_related_texts_closer_than_unrelated_ones():
    query = llm.hash_embed("broken lamp")

    related = cosine(query, llm.hash_embed("The desk lamp arrived broken."))
    inflected = cosine(query, llm.hash_embed("lamps were breaking"))
    unrelated = cosine(query, llm.hash_embed("Changed the billing address."))

    assert related > inflected > unrelated


def test_hash_embedding_of_empty_text_is_still_a_unit_vector():
    vector = llm.hash_embed("  the and  ")

    assert math.isclose(sum(v * v for v in vector), 1.0)


def test_embed_is_offline_without_a_key(settings, fake_openai):
    settings.OPENAI_API_KEY = ""

    assert llm.embed("lamp") == llm.hash_embed("lamp")
    assert fake_openai.requests == []


# --- The OpenAI client against the fake server ----------------------------------------------------


def test_embed_calls_the_embeddings_api_with_384_dimensions_when_configured(settings, fake_openai):
    settings.OPENAI_EMBEDDING_MODEL = "text-embedding-3-small"

    vector = llm.embed("lamp")

    (request,) = fake_openai.requests
    assert request["path"] == "/v1/embeddings"
    assert request["body"]["dimensions"] == 384
    assert request["body"]["model"] == "text-embedding-3-small"
    assert request["authorization"] == "Bearer sk-test-fake"
    assert len(vector) == 384
    assert math.isclose(sum(v * v for v in vector), 1.0)


def test_a_server_refusing_dimensions_is_asked_again_without_them_and_remembered(settings, fake_openai):
    """Issue 13: ada-002 and some vLLM builds answer HTTP 400 to `dimensions`."""
    settings.OPENAI_EMBEDDING_MODEL = "text-embedding-ada-002"
    fake_openai.refuses_dimensions = True

    first = llm.embed("lamp")
    second = llm.embed("lamp")

    assert [request["body"].get("dimensions") for request in fake_openai.embedding_requests()] == [384, None, None]
    assert first == second
    assert len(first) == 384
    assert math.isclose(sum(v * v for v in first), 1.0)


def test_a_server_answering_400_without_dimensions_too_is_an_error_and_not_remembered(settings, fake_openai):
    settings.OPENAI_EMBEDDING_MODEL = "text-embedding-3-small"
    fake_openai.fail_next(2, status=400)

    with pytest.raises(llm.LLMError, match="BadRequestError 400"):
        llm.embed("lamp")
    llm.embed("lamp")

    assert [request["body"].get("dimensions") for request in fake_openai.embedding_requests()] == [384, None, 384]


def test_complete_json_asks_for_json_schema_output_and_parses_it(settings, fake_openai):
    settings.OPENAI_MODEL = "model-from-settings"
    fake_openai.chat_reply = {"answer": "42"}

    data = llm.complete_json(system="Be brief.", user="Question?", schema=SCHEMA, schema_name="answer")

    assert data == {"answer": "42"}
    body = fake_openai.chat_requests()[0]["body"]
    assert body["model"] == "model-from-settings"
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "answer", "schema": SCHEMA, "strict": True},
    }
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


@pytest.mark.parametrize(
    ("status", "error"),
    [(500, "InternalServerError 500"), (503, "InternalServerError 503"), (400, "BadRequestError 400")],
)
def test_http_errors_become_llm_errors_naming_class_and_status_only(fake_openai, status, error):
    fake_openai.fail_next(status=status)

    with pytest.raises(llm.LLMError) as raised:
        llm.complete_json(system="s", user="u", schema=SCHEMA, schema_name="answer")

    assert str(raised.value) == error
    assert len(fake_openai.chat_requests()) == 1  # no client-side retries: the task queue retries


def test_invalid_json_becomes_an_llm_error(fake_openai):
    fake_openai.invalid_json = True

    with pytest.raises(llm.LLMError, match="InvalidJSON"):
        llm.complete_json(system="s", user="u", schema=SCHEMA, schema_name="answer")


def test_a_json_value_that_is_not_an_object_is_invalid(fake_openai):
    fake_openai.chat_reply = "[1, 2]"

    with pytest.raises(llm.LLMError, match="InvalidJSON"):
        llm.complete_json(system="s", user="u", schema=SCHEMA, schema_name="answer")


def test_timeout_becomes_an_llm_error(settings, fake_openai):
    settings.OPENAI_TIMEOUT = 0.2
    fake_openai.fail_next(delay=1.0)

    with pytest.raises(llm.LLMError, match="APITimeoutError"):
        llm.complete_json(system="s", user="u", schema=SCHEMA, schema_name="answer")


# --- Choosing the extractor ------------------------------------------------------------------------


def test_rules_extractor_without_a_key_and_llm_extractor_with_one(settings):
    settings.OPENAI_API_KEY = ""
    assert isinstance(choose_extractor(), RulesExtractor)

    settings.OPENAI_API_KEY = "sk-anything"
    assert isinstance(choose_extractor(), LLMExtractor)

    settings.MEMORY_EXTRACTOR = "rules"
    assert isinstance(choose_extractor(), RulesExtractor)


def test_only_the_llm_module_imports_openai():
    root = Path(django_settings.BASE_DIR)
    importers = [
        path.relative_to(root).as_posix()
        for app in ("customer_memory", "conversations", "tenants", "benchmarks")
        for path in (root / app).rglob("*.py")
        if "/tests/" not in path.as_posix()
        and re.search(r"^\s*(?:import openai|from openai\b)", path.read_text(), re.MULTILINE)
    ]

    assert importers == ["customer_memory/llm.py"]


def test_wordllama_embedder_is_384_dimensional_unit_length_and_ranks_related_texts_closer(settings):
    settings.LOCAL_EMBEDDER = "wordllama"
    settings.OPENAI_API_KEY = ""
    query = llm.embed("double billing refund")
    assert len(query) == 384
    assert abs(sum(v * v for v in query) - 1.0) < 1e-6
    related = cosine(query, llm.embed("I was charged twice for the same order and want my money back"))
    unrelated = cosine(query, llm.embed("The app crashes when I upload a photo"))
    assert related > unrelated


def test_an_unknown_local_embedder_is_a_start_up_error(settings):
    from django.core import checks

    settings.LOCAL_EMBEDDER = "bert"
    errors = [message for message in checks.run_checks() if message.id == "customer_memory.E001"]
    assert [error.msg for error in errors] == ["LOCAL_EMBEDDER is 'bert'."]

"""Memory extraction after a conversation closes: extract, filter secrets, merge, write.

- `workflow`: what the task runs (skip rules, the one transaction, person layers)
- `results`: what extractors read and return
- `merge`: smart merge and the secret filter
- `llm_extractor`: the openai-compatible model
- `rules`: the offline extractor, one module per concern and one file per language
- `places`: timezones from a city or a phone number
"""

from __future__ import annotations

from customer_memory.extraction.llm_extractor import EXTRACTION_PROMPT, EXTRACTION_SCHEMA, LLMExtractor
from customer_memory.extraction.merge import filter_secrets, merge_facts
from customer_memory.extraction.results import (
    Classification,
    ConversationGone,
    ExtractedFact,
    ExtractionFailed,
    ExtractionInput,
    ExtractionOverBudget,
    ExtractionResult,
    TranscriptLine,
)
from customer_memory.extraction.rules import RulesExtractor
from customer_memory.extraction.workflow import choose_extractor, extract_from_conversation, skip_reason
from customer_memory.fact_keys import canonical_key

__all__ = [
    "EXTRACTION_PROMPT",
    "EXTRACTION_SCHEMA",
    "Classification",
    "ConversationGone",
    "ExtractedFact",
    "ExtractionFailed",
    "ExtractionInput",
    "ExtractionOverBudget",
    "ExtractionResult",
    "LLMExtractor",
    "RulesExtractor",
    "TranscriptLine",
    "canonical_key",
    "choose_extractor",
    "extract_from_conversation",
    "filter_secrets",
    "merge_facts",
    "skip_reason",
]

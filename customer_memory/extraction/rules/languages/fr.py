"""Language pack: fr (to be filled in)."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import LanguagePack

PACK = LanguagePack(code="fr")

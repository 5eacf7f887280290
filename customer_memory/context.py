"""Context assembly: what the AI is told about a person before it replies.

(The memory engine implements build_context() and the cached hot layers here.)
"""

from __future__ import annotations

from django.core.cache import cache


def layer_cache_keys(person_id: int) -> list[str]:
    return [f"person:{person_id}:{layer}" for layer in ("identity", "history", "mood")]


def invalidate_cached_layers(person_id: int) -> None:
    """Forget the cached L1/L2/L4 layers of a person after any write."""
    cache.delete_many(layer_cache_keys(person_id))

"""Write workflows on memory: the one place each of them lives.

The UI, the API, the admin and tasks all call these; they write the audit log
and invalidate the cached layers.
"""

from __future__ import annotations

from conversations.models import Conversation


def queue_extraction(conversation: Conversation) -> None:
    """Queue memory extraction for a closed conversation (after commit)."""
    raise NotImplementedError

"""Events this app announces to the layer above (it never imports upward)."""

from __future__ import annotations

from django.dispatch import Signal

# Sent inside the closing transaction with `conversation`; receivers enqueue
# their work with transaction.on_commit.
conversation_closed = Signal()

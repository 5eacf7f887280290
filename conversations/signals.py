"""Events this app announces to the layer above (it never imports upward)."""

from __future__ import annotations

from django.dispatch import Signal

# Sent inside the closing transaction with `conversation`; receivers enqueue
# their work with transaction.on_commit.
conversation_closed = Signal()

# Sent after the ingesting transaction commits, with `messages`: (person id,
# content as stored, sent at) of each new customer message. Receivers keep
# it cheap: the single-message ingest waits for them.
message_ingested = Signal()

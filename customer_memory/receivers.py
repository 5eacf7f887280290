"""Work this app does when the layer below announces something."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from conversations.models import Conversation
from conversations.signals import conversation_closed, message_ingested


@receiver(conversation_closed)
def queue_extraction(sender: Any, conversation: Conversation, **kwargs: Any) -> None:
    from customer_memory import services

    services.queue_extraction(conversation)


@receiver(message_ingested)
def update_mood(sender: Any, messages: list[tuple[int, str, Any]], **kwargs: Any) -> None:
    from customer_memory import engagement

    engagement.update_mood_from_messages(messages)


@receiver(conversation_closed)
def announce_conversation_closed(sender: Any, conversation: Conversation, **kwargs: Any) -> None:
    from customer_memory import webhooks

    webhooks.conversation_closed(conversation)

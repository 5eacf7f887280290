"""Background work on memory (django-q2): extraction after close, daily retention.

Tasks take the schema name and ids only (failed tasks are stored with their
arguments in `public`), run inside their tenant's schema, and are idempotent:
a retried or re-delivered task changes nothing that is already done.
"""

from __future__ import annotations

import logging

from django.utils import timezone

from conversations.models import Agent, Conversation
from customer_memory import extraction, knowledge_proposals, retention, services, webhooks
from tenants.tasks import for_each_tenant, tenant_task

logger = logging.getLogger(__name__)


@tenant_task
def extract_memory(conversation_id: int) -> str:
    """Learn from a closed conversation; returns the extraction's status.

    A failing model call is recorded with the time of its next attempt and the task
    ends (acknowledged): retry_extractions_in_all_tenants queues it again when due.
    A worker killed mid-task is another matter: django-q2 delivers that task again.
    """
    conversation = Conversation.objects.select_related("person", "agent").filter(pk=conversation_id).first()
    if conversation is None:
        # Erased since it was queued: nothing left to learn from.
        return "missing"
    try:
        return extraction.extract_from_conversation(conversation).status
    except extraction.ConversationGone:
        return "missing"  # erased while the model was thinking: ends quietly, nothing written


@tenant_task
def propose_knowledge(agent_id: int) -> int:
    """Propose agent knowledge from the agent's resolved conversations (after an extraction); returns how many
    entries were proposed or updated."""
    agent = Agent.objects.filter(pk=agent_id).first()
    if agent is None:
        return 0
    return len(knowledge_proposals.propose(agent))


def delete_expired_memory_in_all_tenants() -> int:
    """The daily "delete-expired-memory" schedule; returns how many memories were deleted."""
    deleted = 0
    for schema_name in for_each_tenant():
        run = retention.delete_expired_memory()
        if run.memories_deleted:
            logger.info("Deleted %d expired memories in %s", run.memories_deleted, schema_name)
        deleted += run.memories_deleted
    return deleted


@tenant_task
def deliver_webhook(delivery_id: int) -> str:
    """Send one webhook delivery (customer_memory.webhooks); failures wait for the retry schedule."""
    return webhooks.deliver(delivery_id)


def retry_webhooks_in_all_tenants() -> int:
    """The per-minute "retry-webhooks" schedule: sends every delivery whose next attempt is due."""
    sent = 0
    for _schema_name in for_each_tenant():
        for delivery_id in webhooks.due_delivery_ids(timezone.now()):
            webhooks.deliver(delivery_id)
            sent += 1
    return sent


def retry_extractions_in_all_tenants() -> int:
    """The every-minute "retry-extractions" schedule; returns how many extractions were queued again."""
    queued = 0
    for _schema_name in for_each_tenant():
        queued += services.retry_due_extractions()
    return queued

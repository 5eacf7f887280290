"""Background work on conversations (django-q2).

`close_idle_conversations_in_all_tenants` is the "close-idle-conversations"
schedule, created every minute by ConversationsConfig's post_migrate hook.
"""

from __future__ import annotations

import logging

from conversations import services
from tenants.tasks import for_each_tenant, tenant_task

logger = logging.getLogger(__name__)


def close_idle_conversations_in_all_tenants() -> int:
    """Close every organization's idle conversations; returns how many were closed."""
    closed = 0
    for schema_name in for_each_tenant():
        count = services.close_idle_conversations()
        if count:
            logger.info("Closed %d idle conversations in %s", count, schema_name)
        closed += count
    return closed


@tenant_task
def close_idle_conversations_in_tenant() -> int:
    """One organization's idle close, for `enqueue_in_tenant` (on demand, or after a bulk import)."""
    return services.close_idle_conversations()

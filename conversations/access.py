"""Access helpers for the conversations layer: agents and conversations by role.

customer_memory.access holds the same rules for people and facts; these live
here because the Chats views (this app) must not import upward.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from conversations.models import Agent, Conversation
from tenants.roles import Role, has_role

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def get_agent_for_user(user: User, agent_id: str) -> Agent:
    """Any signed-in role may see an agent's name; 404 if absent."""
    if not has_role(user, Role.MEMBER):
        raise PermissionDenied
    return get_object_or_404(Agent, public_id=agent_id)


def get_conversation_for_user(user: User, conversation_id: str) -> Conversation:
    """403 for Members (a thread is end-user data, seed 004), 404 if absent."""
    if not has_role(user, Role.BUILDER):
        raise PermissionDenied
    return get_object_or_404(
        Conversation.objects.select_related("person", "agent", "recording"), public_id=conversation_id
    )

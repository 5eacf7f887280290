"""Access helpers: every role-dependent fetch of people and memory goes through here.

Schema isolation is the outer wall (another organization's rows are not on
the search path); these are the inner walls: Members see no end-user data,
and a fact is only reachable through its own person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from conversations.access import get_agent_for_user, get_conversation_for_user
from conversations.models import Agent, Person
from customer_memory.models import Fact, KnowledgeEntry, Note
from tenants import fast_paths
from tenants.roles import Role, has_role

if TYPE_CHECKING:
    from django.contrib.auth.models import User

__all__ = [
    "get_agent_for_user",
    "get_conversation_for_user",
    "get_fact_for_api",
    "get_fact_for_user",
    "get_knowledge_for_user",
    "get_note_for_user",
    "get_person_and_agent_for_api",
    "get_person_for_api",
    "get_person_for_user",
]


def _require_people_access(user: User) -> None:
    if not has_role(user, Role.BUILDER):
        raise PermissionDenied


def get_person_for_user(user: User, person_id: str) -> Person:
    """403 for Members (chat-only, seed 004), 404 if absent."""
    _require_people_access(user)
    return get_object_or_404(Person, public_id=person_id)


def get_fact_for_user(user: User, fact_id: str) -> Fact:
    _require_people_access(user)
    return get_object_or_404(
        Fact.objects.select_related("memory__person", "memory__agent", "source_conversation"), public_id=fact_id
    )


def get_note_for_user(user: User, person: Person, note_id: str) -> Note:
    """A note about this person (another person's note id is a 404)."""
    _require_people_access(user)
    return get_object_or_404(Note, public_id=note_id, person=person)


def may_delete_note(user: User, note: Note) -> bool:
    """Builders add notes; the author deletes their own, Owners and Admins any."""
    return has_role(user, Role.ADMIN) or (note.author_user_id is not None and note.author_user_id == user.pk)


def require_note_deletion(user: User, note: Note) -> None:
    if not may_delete_note(user, note):
        raise PermissionDenied


def get_person_for_api(person_id: str) -> Person:
    """API keys act for the whole organization; the host already chose the schema."""
    return get_object_or_404(Person, public_id=person_id)


def get_person_and_agent_for_api(person_id: str, agent_id: str) -> tuple[Person, Agent | None]:
    """The person (404 if absent) and the agent (None if absent), read in one statement (tenants.fast_paths:
    the context fetch reads them before every AI reply)."""
    person, agent = fast_paths.get_each((Person, "public_id", person_id), (Agent, "public_id", agent_id))
    if person is None:
        raise Http404("No Person matches the given query.")
    return person, agent


def get_fact_for_api(*, person: Person, fact_id: str) -> Fact:
    """A fact of this person only: another person's fact id is a 404."""
    return get_object_or_404(
        Fact.objects.select_related("memory__person", "memory__agent", "source_conversation"),
        public_id=fact_id,
        memory__person=person,
    )


def get_knowledge_for_user(user: User, agent: Agent, knowledge_id: str) -> KnowledgeEntry:
    """An entry of this agent only (another agent's entry is a 404); 403 for Members."""
    _require_people_access(user)
    return get_object_or_404(KnowledgeEntry.objects.select_related("agent"), agent=agent, public_id=knowledge_id)

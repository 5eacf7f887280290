"""The customer profile the API returns: a person with all four memory layers.

A fixed number of queries whatever the number of agents, facts or episodes.
Expired memory (past its agent's retention) is left out, as it is never
injected into a context either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from conversations.models import Agent, Person
from customer_memory.models import Episode, Fact, Memory
from customer_memory.retention import is_expired

EPISODES_SHOWN = 20


@dataclass
class CustomerProfile:
    person: Person
    summaries: list[Memory]
    facts: list[Fact]
    episodes: list[Episode]


def memories_of(
    person: Person, *, agent: Agent | None = None, now: datetime | None = None
) -> tuple[list[Memory], set[int]]:
    """The person's unexpired memories (one per agent, or just `agent`'s), and the agent ids whose memory expired."""
    now = now or timezone.now()
    memories = Memory.objects.filter(person=person).select_related("agent").order_by("agent__name", "agent_id")
    if agent is not None:
        memories = memories.for_agent(agent)
    live, expired = [], set()
    for memory in memories:
        if is_expired(updated_at=memory.updated_at, retention_days=memory.agent.memory_retention_days, now=now):
            expired.add(memory.agent_id)
        else:
            live.append(memory)
    return live, expired


def memory_facts(memories: list[Memory]) -> list[Fact]:
    """The facts of `memories`, high confidence first, with `fact.memory` already loaded."""
    by_pk = {memory.pk: memory for memory in memories}
    if not by_pk:
        return []
    facts = list(Fact.objects.filter(memory__in=list(by_pk)).select_related("source_conversation").by_confidence())
    for fact in facts:
        fact.memory = by_pk[fact.memory_id]
    return facts


def customer_profile(person: Person, *, agent: Agent | None = None, now: datetime | None = None) -> CustomerProfile:
    memories, expired_agents = memories_of(person, agent=agent, now=now)
    episodes = (
        Episode.objects.filter(person=person)
        .exclude(agent_id__in=expired_agents)
        .select_related("agent", "conversation")
        .defer("embedding", "search_vector")
        .order_by("-created_at", "-id")
    )
    if agent is not None:
        episodes = episodes.filter(agent=agent)
    return CustomerProfile(
        person=person,
        summaries=[memory for memory in memories if memory.summary],
        facts=memory_facts(memories),
        episodes=list(episodes[:EPISODES_SHOWN]),
    )

"""The customer profile the API returns: a person with all four memory layers.

A fixed number of queries whatever the number of agents, facts or episodes.
What each agent remembers is read through customer_memory.recall: expired
memory (past its agent's retention) is left out, as it is never injected into
a context either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from conversations.models import Agent, Person
from customer_memory import context, recall
from customer_memory.models import Episode, Fact, Memory


@dataclass
class CustomerProfile:
    person: Person
    summaries: list[Memory]
    facts: list[Fact]
    episodes: list[Episode]


def customer_profile(person: Person, *, agent: Agent | None = None, now: datetime | None = None) -> CustomerProfile:
    memories = recall.live_memories(person, agent=agent, now=now)
    summaries = [memory for memory in memories if memory.summary]
    facts = recall.facts_of(memories)
    # The stage of the memory shown: every agent's, or `agent`'s alone.
    person.scores = context.person_scores(person, learned=bool(summaries or facts), now=now)
    return CustomerProfile(
        person=person, summaries=summaries, facts=facts, episodes=recall.episodes_of(person, memories)
    )

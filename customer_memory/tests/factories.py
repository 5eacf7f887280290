"""Typed factory functions for memory rows."""

from __future__ import annotations

from django.utils import timezone

from conversations.models import Agent, Conversation, Person
from customer_memory.llm import EMBEDDING_DIMENSIONS
from customer_memory.models import Episode, Fact, Memory


def create_memory(*, person: Person, agent: Agent, summary: str = "", **fields: object) -> Memory:
    fields.setdefault("updated_at", timezone.now())
    return Memory.objects.create(person=person, agent=agent, summary=summary, **fields)


def create_fact(
    *,
    memory: Memory,
    key: str = "occupation",
    value: str = "nurse",
    confidence: str = Fact.Confidence.MEDIUM,
    source: str = Fact.Source.AI,
    **fields: object,
) -> Fact:
    return Fact.objects.create(memory=memory, key=key, value=value, confidence=confidence, source=source, **fields)


def create_episode(
    *,
    conversation: Conversation,
    summary: str = "The customer asked about delivery.",
    embedding: list[float] | None = None,
) -> Episode:
    return Episode.objects.create(
        person=conversation.person,
        agent=conversation.agent,
        conversation=conversation,
        summary=summary,
        embedding=embedding or [0.0] * (EMBEDDING_DIMENSIONS - 1) + [1.0],
        created_at=conversation.closed_at or timezone.now(),
    )

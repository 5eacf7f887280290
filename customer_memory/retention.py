"""Retention: memory expires its agent's retention period after its last update."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q

from conversations.models import Agent


def expired_condition(now: datetime) -> Q:
    """A Q on Memory matching memories past their agent's retention window."""
    condition = Q(pk__in=[])
    for days in Agent.Retention.values:
        if days == Agent.Retention.FOREVER:
            continue
        condition |= Q(agent__memory_retention_days=days, updated_at__lt=now - timedelta(days=days))
    return condition


def is_expired(*, updated_at: datetime, retention_days: int, now: datetime) -> bool:
    return retention_days != Agent.Retention.FOREVER and updated_at < now - timedelta(days=retention_days)

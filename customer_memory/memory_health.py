"""Memory health: is learning working, per agent, and is expired memory being deleted?

Read by the admin's Memory health page. Every number comes from a handful
of grouped queries, whatever the number of agents or extractions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import cast

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from conversations.models import Agent
from customer_memory.models import Extraction, Fact, RetentionRun

CHART_DAYS = 14
RECENT_RETENTION_RUNS = 7
FAILURES_SHOWN = 20


@dataclass
class DayBar:
    """One day of the extractions chart; heights are percentages of the busiest day."""

    day: date
    succeeded: int = 0
    skipped: int = 0
    failed: int = 0
    succeeded_height: float = 0.0
    skipped_height: float = 0.0
    failed_height: float = 0.0

    @property
    def total(self) -> int:
        return self.succeeded + self.skipped + self.failed


@dataclass
class Failure:
    """A conversation whose extraction failed on every retry, with why; retried by hand from the page."""

    conversation_public_id: str
    person_label: str
    failed_at: datetime | None
    attempts: int
    reason: str


@dataclass
class AgentHealth:
    agent: Agent
    succeeded: int = 0
    failed: int = 0
    queued: int = 0
    retried: int = 0
    awaiting_retry: int = 0
    skipped_by_reason: dict[str, int] = field(default_factory=dict)
    secrets_dropped: int = 0
    injections_dropped: int = 0
    facts_written: int = 0
    facts_by_source: dict[str, int] = field(default_factory=dict)
    facts_by_confidence: dict[str, int] = field(default_factory=dict)
    days: list[DayBar] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def extractions_run(self) -> int:
        """Extractions that ran to an end: learned something, or failed on every attempt."""
        return self.succeeded + self.failed

    @property
    def skipped(self) -> int:
        return sum(self.skipped_by_reason.values())

    @property
    def facts(self) -> int:
        return sum(self.facts_by_source.values())


@dataclass
class MemoryHealth:
    agents: list[AgentHealth]
    retention_runs: list[RetentionRun]
    chart_days: int

    @property
    def last_retention_run(self) -> RetentionRun | None:
        return self.retention_runs[0] if self.retention_runs else None


def _extraction_counts() -> dict[int, dict[str, int]]:
    skip_counts = {
        f"skipped_{reason}": Count("pk", filter=Q(status=Extraction.Status.SKIPPED, skip_reason=reason))
        for reason in Extraction.SkipReason.values
    }
    rows = Extraction.objects.values("agent_id").annotate(
        succeeded=Count("pk", filter=Q(status=Extraction.Status.SUCCEEDED)),
        failed=Count("pk", filter=Q(status=Extraction.Status.FAILED)),
        queued=Count("pk", filter=Q(status=Extraction.Status.QUEUED)),
        retried=Count("pk", filter=Q(attempts__gt=1)),
        awaiting_retry=Count("pk", filter=Q(status=Extraction.Status.QUEUED, attempts__gte=1)),
        secrets_dropped=Sum("secrets_dropped", default=0),
        injections_dropped=Sum("injections_dropped", default=0),
        facts_written=Sum("facts_written", default=0),
        **skip_counts,
    )
    return {row.pop("agent_id"): row for row in cast("list[dict[str, int]]", list(rows))}


def _fact_counts() -> dict[int, tuple[dict[str, int], dict[str, int]]]:
    counts: dict[int, tuple[dict[str, int], dict[str, int]]] = {}
    rows = Fact.objects.values("memory__agent_id", "source", "confidence").annotate(n=Count("pk")).order_by()
    for row in rows:
        by_source, by_confidence = counts.setdefault(row["memory__agent_id"], ({}, {}))
        by_source[row["source"]] = by_source.get(row["source"], 0) + row["n"]
        by_confidence[row["confidence"]] = by_confidence.get(row["confidence"], 0) + row["n"]
    return counts


def _daily_counts(since: datetime) -> dict[tuple[int, date], dict[str, int]]:
    rows = (
        Extraction.objects.filter(created_at__gte=since)
        .annotate(day=TruncDate("created_at"))
        .values("agent_id", "day", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict[tuple[int, date], dict[str, int]] = {}
    for row in rows:
        counts.setdefault((row["agent_id"], row["day"]), {})[row["status"]] = row["n"]
    return counts


def _recent_failures() -> dict[int, list[Failure]]:
    """The latest failed extractions per agent, at most FAILURES_SHOWN each, in one query."""
    rows = (
        Extraction.objects.filter(status=Extraction.Status.FAILED)
        .select_related("conversation__person")
        .order_by("-finished_at", "-id")[: FAILURES_SHOWN * 10]
    )
    failures: dict[int, list[Failure]] = {}
    for extraction in rows:
        shown = failures.setdefault(extraction.agent_id, [])
        if len(shown) < FAILURES_SHOWN:
            person = extraction.conversation.person
            shown.append(
                Failure(
                    conversation_public_id=extraction.conversation.public_id,
                    person_label=person.display_label or person.public_id,
                    failed_at=extraction.finished_at,
                    attempts=extraction.attempts,
                    reason=extraction.last_error,
                )
            )
    return failures


def _day_bars(agent_id: int, days: list[date], daily: dict[tuple[int, date], dict[str, int]]) -> list[DayBar]:
    bars = []
    for day in days:
        statuses = daily.get((agent_id, day), {})
        bars.append(
            DayBar(
                day=day,
                succeeded=statuses.get(Extraction.Status.SUCCEEDED, 0),
                skipped=statuses.get(Extraction.Status.SKIPPED, 0),
                failed=statuses.get(Extraction.Status.FAILED, 0),
            )
        )
    busiest = max((bar.total for bar in bars), default=0) or 1
    for bar in bars:
        bar.succeeded_height = round(100 * bar.succeeded / busiest, 1)
        bar.skipped_height = round(100 * bar.skipped / busiest, 1)
        bar.failed_height = round(100 * bar.failed / busiest, 1)
    return bars


def memory_health(*, now: datetime | None = None, chart_days: int = CHART_DAYS) -> MemoryHealth:
    """Per-agent extraction and fact statistics, and the retention job's recent runs.

    Must run inside the organization's schema. Six queries.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    days = [today - timedelta(days=offset) for offset in range(chart_days - 1, -1, -1)]
    since = timezone.make_aware(datetime.combine(days[0], datetime.min.time()))

    extraction_counts = _extraction_counts()
    fact_counts = _fact_counts()
    daily = _daily_counts(since)
    failures = _recent_failures()
    agents = []
    for agent in Agent.objects.order_by("name", "id"):
        counts = extraction_counts.get(agent.pk, {})
        by_source, by_confidence = fact_counts.get(agent.pk, ({}, {}))
        agents.append(
            AgentHealth(
                agent=agent,
                succeeded=counts.get("succeeded", 0),
                failed=counts.get("failed", 0),
                queued=counts.get("queued", 0),
                retried=counts.get("retried", 0),
                awaiting_retry=counts.get("awaiting_retry", 0),
                skipped_by_reason={
                    label: counts.get(f"skipped_{value}", 0) for value, label in Extraction.SkipReason.choices
                },
                secrets_dropped=counts.get("secrets_dropped", 0),
                injections_dropped=counts.get("injections_dropped", 0),
                facts_written=counts.get("facts_written", 0),
                facts_by_source={label: by_source.get(value, 0) for value, label in Fact.Source.choices},
                facts_by_confidence={label: by_confidence.get(value, 0) for value, label in Fact.Confidence.choices},
                days=_day_bars(agent.pk, days, daily),
                failures=failures.get(agent.pk, []),
            )
        )
    retention_runs = list(RetentionRun.objects.order_by("-started_at")[:RECENT_RETENTION_RUNS])
    return MemoryHealth(agents=agents, retention_runs=retention_runs, chart_days=chart_days)

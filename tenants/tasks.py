"""Tenant-aware background work on django-q2.

Workers start in `public`. Every task therefore takes its schema name as the
first argument and runs its body inside `schema_context`, which restores the
previous schema afterwards so nothing leaks into the next task.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django_q.models import OrmQ, Schedule
from django_q.tasks import async_task
from django_tenants.utils import get_public_schema_name, get_tenant_model, schema_context

from tenants.db import connection


def enqueue_in_tenant(func: str, *args: Any, task_name: str | None = None) -> None:
    """Queue `func(schema_name, *args)` after the current transaction commits.

    Pass ids and primitives only: failed tasks are stored with their
    arguments in `public`, where personal data must not end up.
    """
    schema_name = connection.schema_name
    if schema_name == get_public_schema_name():
        raise RuntimeError("enqueue_in_tenant() must be called inside a tenant schema")
    options: dict[str, Any] = {"task_name": task_name} if task_name else {}
    transaction.on_commit(lambda: async_task(func, schema_name, *args, **options))


def tenant_task(func: Callable[..., Any]) -> Callable[..., Any]:
    """Run the task body inside the schema named by its first argument."""

    @wraps(func)
    def wrapper(schema_name: str, *args: Any, **kwargs: Any) -> Any:
        with schema_context(schema_name):
            return func(*args, **kwargs)

    return wrapper


def tenant_schema_names() -> list[str]:
    with schema_context(get_public_schema_name()):
        return list(
            get_tenant_model()
            .objects.exclude(schema_name=get_public_schema_name())
            .values_list("schema_name", flat=True)
        )


def for_each_tenant() -> Iterator[str]:
    """Yield each organization's schema name with that schema active."""
    for schema_name in tenant_schema_names():
        with schema_context(schema_name):
            yield schema_name


def ensure_schedule(name: str, func: str, *, schedule_type: str, minutes: int | None = None) -> None:
    """Create or update a named django-q2 schedule (idempotent)."""
    with schema_context(get_public_schema_name()):
        Schedule.objects.update_or_create(
            name=name, defaults={"func": func, "schedule_type": schedule_type, "minutes": minutes, "repeats": -1}
        )


def tasks_of_schema(queryset: QuerySet[Any], schema_name: str) -> QuerySet[Any]:
    """django-q2 Task rows (done or failed) whose first argument is `schema_name`.

    Read through django-q2's own unpickling (`Task.args`), not by matching its pickle's bytes in SQL
    (issue 17: a twin of django-q2's storage format, no benchmark target needs it). The table holds
    failed tasks only (Q_SAVE_LIMIT -1 keeps no successes), so reading its arguments stays small.
    """
    ids = [task.pk for task in queryset.only("id", "args") if task.args and task.args[0] == schema_name]
    return queryset.filter(pk__in=ids)


def queued_tasks_of_schema(schema_name: str) -> list[tuple[OrmQ, dict[str, Any]]]:
    """Queued (not yet done) tasks of one organization, with their unpacked payloads.

    The ORM broker's payload is a signed pickle, so this reads the queue in
    Python; the queue holds only what workers have not picked up yet. The
    queue table lives in `public`, which is on every tenant's search path.
    """
    queued = []
    for row in OrmQ.objects.all():
        package = row.task
        args = package.get("args") or ()
        if args and args[0] == schema_name:
            queued.append((row, package))
    return queued

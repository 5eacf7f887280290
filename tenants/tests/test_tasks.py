from __future__ import annotations

from django.db import connection

from tenants.tasks import enqueue_in_tenant, tenant_task

seen: list[str] = []


@tenant_task
def record_schema() -> None:
    seen.append(connection.schema_name)


def test_enqueued_task_runs_in_its_tenant_schema_and_leaves_public_after(
    organization, django_capture_on_commit_callbacks
):
    seen.clear()

    with django_capture_on_commit_callbacks(execute=True):
        enqueue_in_tenant("tenants.tests.test_tasks.record_schema")

    assert seen == ["acme"]
    assert connection.schema_name == "acme"


def test_task_body_runs_in_the_named_schema_from_public(db):
    seen.clear()
    connection.set_schema_to_public()

    record_schema("globex")

    assert seen == ["globex"]
    assert connection.schema_name == "public"


def test_nothing_is_queued_before_commit(organization, django_capture_on_commit_callbacks):
    seen.clear()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enqueue_in_tenant("tenants.tests.test_tasks.record_schema")

    assert seen == []
    assert len(callbacks) == 1

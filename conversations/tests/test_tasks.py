from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_q.models import Schedule
from django_q.tasks import async_task
from django_tenants.utils import get_public_schema_name, schema_context

from conversations.ingestion import ingest_message
from conversations.models import Conversation
from conversations.tests.factories import create_agent


def _open_conversation(minutes_idle: int, identifier: str) -> Conversation:
    return ingest_message(
        agent=create_agent(name="Support"),
        channel_type="web",
        channel_identifier=identifier,
        role="customer",
        content="Hello?",
        sent_at=timezone.now() - timedelta(minutes=minutes_idle),
    ).conversation


def test_idle_close_runs_in_every_tenant(organization, other_organization):
    acme_idle = _open_conversation(16, "visitor-a")
    acme_active = _open_conversation(2, "visitor-b")
    with schema_context(other_organization.schema_name):
        globex_idle = _open_conversation(30, "visitor-a")

    from conversations.tasks import close_idle_conversations_in_all_tenants

    assert close_idle_conversations_in_all_tenants() == 2

    assert Conversation.objects.get(pk=acme_idle.pk).status == Conversation.Status.CLOSED
    assert Conversation.objects.get(pk=acme_active.pk).is_open
    with schema_context(other_organization.schema_name):
        assert Conversation.objects.get(pk=globex_idle.pk).status == Conversation.Status.CLOSED


def test_idle_close_is_scheduled_every_minute_and_the_schedule_runs(organization, other_organization):
    acme_idle = _open_conversation(20, "visitor-c")
    with schema_context(other_organization.schema_name):
        globex_idle = _open_conversation(20, "visitor-c")

    with schema_context(get_public_schema_name()):
        schedule = Schedule.objects.get(name="close-idle-conversations")
    assert (schedule.schedule_type, schedule.minutes, schedule.repeats) == (Schedule.MINUTES, 1, -1)
    # The worker runs a schedule as async_task(schedule.func) from `public`
    # (inline here: tests run django-q2 synchronously).
    with schema_context(get_public_schema_name()):
        async_task(schedule.func)

    assert Conversation.objects.get(pk=acme_idle.pk).status == Conversation.Status.CLOSED
    with schema_context(other_organization.schema_name):
        assert Conversation.objects.get(pk=globex_idle.pk).status == Conversation.Status.CLOSED


def test_idle_close_for_one_tenant_runs_in_that_tenant_only(organization, other_organization):
    acme_idle = _open_conversation(20, "visitor-d")
    with schema_context(other_organization.schema_name):
        globex_idle = _open_conversation(20, "visitor-d")

    from conversations.tasks import close_idle_conversations_in_tenant

    with schema_context(get_public_schema_name()):
        assert close_idle_conversations_in_tenant("acme") == 1

    assert Conversation.objects.get(pk=acme_idle.pk).status == Conversation.Status.CLOSED
    with schema_context(other_organization.schema_name):
        assert Conversation.objects.get(pk=globex_idle.pk).is_open

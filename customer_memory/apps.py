from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CustomerMemoryConfig(AppConfig):
    name = "customer_memory"
    verbose_name = "Customer memory"

    def ready(self) -> None:
        from conversations.api.extensions import register_conversation_field
        from customer_memory import checks, receivers  # noqa: F401  (registers checks, connects receivers)
        from customer_memory.api.memory_status import memory_status_field
        from customer_memory.memory_status import annotate_memory_status

        register_conversation_field("memoryStatus", field=memory_status_field, annotate=annotate_memory_status)

        post_migrate.connect(create_schedules, sender=self)


def create_schedules(**kwargs: object) -> None:
    from django_q.models import Schedule
    from django_tenants.utils import get_public_schema_name

    from tenants.db import connection
    from tenants.tasks import ensure_schedule

    if connection.schema_name == get_public_schema_name():
        ensure_schedule(
            "delete-expired-memory",
            "customer_memory.tasks.delete_expired_memory_in_all_tenants",
            schedule_type=Schedule.DAILY,
        )
        ensure_schedule(
            "retry-webhooks",
            "customer_memory.tasks.retry_webhooks_in_all_tenants",
            schedule_type=Schedule.MINUTES,
            minutes=1,
        )
        ensure_schedule(
            "retry-extractions",
            "customer_memory.tasks.retry_extractions_in_all_tenants",
            schedule_type=Schedule.MINUTES,
            minutes=1,
        )

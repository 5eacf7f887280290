from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate


class ConversationsConfig(AppConfig):
    name = "conversations"
    verbose_name = "Conversations"

    def ready(self) -> None:
        from conversations import recordings
        from conversations.models import ConversationRecording

        post_migrate.connect(create_schedules, sender=self)
        # A recording's file has no row of its own: it goes with the recording however that is deleted.
        post_delete.connect(recordings.delete_file_after_commit, sender=ConversationRecording)


def create_schedules(**kwargs: object) -> None:
    from django_q.models import Schedule
    from django_tenants.utils import get_public_schema_name

    from tenants.db import connection
    from tenants.tasks import ensure_schedule

    if connection.schema_name == get_public_schema_name():
        ensure_schedule(
            "close-idle-conversations",
            "conversations.tasks.close_idle_conversations_in_all_tenants",
            schedule_type=Schedule.MINUTES,
            minutes=1,
        )

"""Merge the people that phone numbers stored before E.164 normalization split in two (issue 14).

Runs customer_memory.duplicates.merge_duplicate_people() once in each
organization's schema (`migrate_schemas` runs tenant apps' migrations in every
tenant schema), with the organization's default phone region. The oldest
person of each number keeps its public id; each merge is in the audit log.
Re-running it changes nothing; reversing it is a no-op (a merge is not undone).

The function uses the current models, not this migration's historical ones,
because merging is the same workflow as `manage.py merge_duplicate_people` and
must stay written once. It is only called when the schema has people on a
phone-number channel, so new schemas (and the test database) never reach it.
If a later migration changes a table it writes (people, conversations,
memories, facts, audit entries) and an installation older than this one
upgrades across both, migrate to this migration first:
`migrate_schemas customer_memory 0013`, then `migrate_schemas`.
"""

from __future__ import annotations

from typing import Any

from django.db import connection, migrations

# The phone-number channels of conversations.models.PHONE_CHANNELS as of this migration.
PHONE_CHANNELS = ("whatsapp", "sms", "voice", "phone", "viber")


def organization_region(schema_name: str) -> str | None:
    from django_tenants.utils import get_tenant_model

    # Only the column added by tenants 0005 (public migrates before the tenant schemas).
    region = (
        get_tenant_model()
        .objects.filter(schema_name=schema_name)
        .values_list("default_phone_region", flat=True)
        .first()
    )
    return region or None


def merge_duplicate_people(apps: Any, schema_editor: Any) -> None:
    Person = apps.get_model("conversations", "Person")
    if not Person.objects.filter(channel_type__in=PHONE_CHANNELS).exclude(channel_identifier="").exists():
        return
    from customer_memory import duplicates

    duplicates.merge_duplicate_people(region=organization_region(connection.schema_name))


class Migration(migrations.Migration):
    dependencies = [
        ("access", "0009_audit_knowledge_actions"),
        ("conversations", "0008_agent_knowledge_settings"),
        ("customer_memory", "0012_remove_episode_embedding_hnsw"),
    ]

    operations = [
        migrations.RunPython(merge_duplicate_people, migrations.RunPython.noop, elidable=True),
    ]

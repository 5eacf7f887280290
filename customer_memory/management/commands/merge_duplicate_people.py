"""`python manage.py merge_duplicate_people [--schema acme]`: one person per phone number.

A one-off after the upgrade that normalizes phone-channel identifiers to E.164
at ingest (issue 14): people stored before it under another spelling of the
same number are merged (customer_memory.duplicates). Set each organization's
`default_phone_region` first, so national numbers ("0912 000 111") are read.
Idempotent: running it again changes nothing.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import tenant_context

from customer_memory.duplicates import merge_duplicate_people
from tenants.models import Organization
from tenants.tasks import tenant_schema_names


class Command(BaseCommand):
    help = "Merge people whose phone-channel identifiers are the same number; normalize the identifiers to E.164."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--schema", action="append", default=[], help="only this organization (repeatable)")

    def handle(self, *args: Any, schema: list[str], **options: Any) -> None:
        known = tenant_schema_names()
        if unknown := sorted(set(schema) - set(known)):
            raise CommandError(f"No organization with schema {', '.join(unknown)}.")
        for organization in Organization.objects.filter(schema_name__in=schema or known).order_by("schema_name"):
            with tenant_context(organization):
                report = merge_duplicate_people()
            self.stdout.write(
                f"{organization.schema_name}: {report.merged} duplicates merged, "
                f"{report.normalized} identifiers normalized"
            )

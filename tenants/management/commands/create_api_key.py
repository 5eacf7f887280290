from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context, schema_exists

from tenants.api_keys import create_api_key
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry


class Command(BaseCommand):
    help = "Create an API key for one organization. Prints the key once, alone on the last line."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--schema", required=True)
        parser.add_argument("--name", required=True)

    def handle(self, *args: Any, schema: str, name: str, **options: Any) -> None:
        if not schema_exists(schema):
            raise CommandError(f"No organization with schema {schema!r}: run create_organization first.")
        with schema_context(schema):
            key, plain = create_api_key(name=name, actor=Actor(origin=AuditEntry.Origin.CLI))
        self.stdout.write(
            f"Created API key {key.name!r} ({key.prefix}…) for {schema}. Only a hash is stored; copy it now:"
        )
        self.stdout.write(plain)

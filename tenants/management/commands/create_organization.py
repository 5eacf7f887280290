from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import get_public_schema_name

from tenants.organizations import create_organization


class Command(BaseCommand):
    help = "Create an organization with its own schema and host name (idempotent)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("schema", help="Schema name, e.g. acme")
        parser.add_argument("--domain", required=True, help="Host name, e.g. acme.localhost")
        parser.add_argument("--name", required=True, help="Display name, e.g. Acme")

    def handle(self, *args: Any, schema: str, domain: str, name: str, **options: Any) -> None:
        if schema == get_public_schema_name() or not schema.isidentifier() or not schema.islower():
            raise CommandError("SCHEMA must be a lowercase identifier other than 'public' (letters, digits, _).")
        try:
            organization, created = create_organization(schema_name=schema, name=name, domain=domain)
        except ValueError as error:
            raise CommandError(str(error)) from None
        verb = "Created" if created else "Updated"
        self.stdout.write(self.style.SUCCESS(f"{verb} organization {organization.name} ({schema}) at {domain}"))

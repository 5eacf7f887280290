from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django_tenants.utils import schema_context, schema_exists

from tenants.roles import Role
from tenants.users import create_user


class Command(BaseCommand):
    help = "Create (or update) a user of one organization with a role."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--schema", required=True)
        parser.add_argument("--email", required=True)
        parser.add_argument("--password", required=True)
        parser.add_argument("--role", required=True, choices=[role.value for role in Role])

    def handle(self, *args: Any, schema: str, email: str, password: str, role: str, **options: Any) -> None:
        if not schema_exists(schema):
            raise CommandError(f"No organization with schema {schema!r}: run create_organization first.")
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"Not an email address: {email!r}") from None
        with schema_context(schema):
            try:
                user = create_user(email=email, password=password, role=Role(role))
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(self.style.SUCCESS(f"{user.email} is {Role(role).label} of {schema}"))

"""Creating organizations: a schema, its roles, and the host names that route to it."""

from __future__ import annotations

from django.db import transaction
from django_tenants.utils import get_public_schema_name, schema_context

from tenants import schema_copy
from tenants.middleware import forget_cached_hosts
from tenants.models import Domain, Organization


def create_organization(*, schema_name: str, name: str, domain: str) -> tuple[Organization, bool]:
    """Create the organization (and its schema) or update its name and domain.

    Idempotent: running it again for an existing schema changes nothing but
    the name and adds the domain if it is new.
    """
    schema_copy.refuse_template_name(schema_name)
    with schema_context(get_public_schema_name()), transaction.atomic():
        organization = Organization.objects.filter(schema_name=schema_name).first()
        created = organization is None
        if organization is None:
            # Saving creates the schema (auto_create_schema), a copy of the template schema.
            organization = Organization.objects.create(schema_name=schema_name, name=name)
        elif organization.name != name:
            organization.name = name
            organization.save(update_fields=["name"])
        has_primary = Domain.objects.filter(tenant=organization, is_primary=True).exists()
        route, _ = Domain.objects.get_or_create(
            domain=domain.lower(), defaults={"tenant": organization, "is_primary": not has_primary}
        )
        if route.tenant_id != organization.pk:
            raise ValueError(f"{domain} already routes to another organization")
    forget_cached_hosts()
    return organization, created


def ensure_public_host(domain: str = "localhost") -> None:
    """Route `domain` to the public schema, where the operator's admin lives.

    django-tenants routes by Domain rows only, so the public schema needs an
    Organization row of its own (no schema is created for it).
    """
    public_schema = get_public_schema_name()
    with schema_context(public_schema), transaction.atomic():
        organization = Organization.objects.filter(schema_name=public_schema).first()
        if organization is None:
            organization = Organization(schema_name=public_schema, name="Operator")
            organization.auto_create_schema = False
            organization.save()
        Domain.objects.get_or_create(domain=domain, defaults={"tenant": organization, "is_primary": True})
    forget_cached_hosts()

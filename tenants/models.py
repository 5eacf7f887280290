"""Organizations (the tenants) and the host names that route to them.

Both live in the public schema; everything else about an organization lives
in its own schema, copied from a template schema when it is created
(tenants/schema_copy.py).
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import DatabaseError, models
from django_tenants.models import DomainMixin, TenantMixin
from django_tenants.utils import schema_exists

from tenants import schema_copy
from tenants.db import connection

logger = logging.getLogger(__name__)


class Organization(TenantMixin):
    name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    # Secrets in messages (card numbers, passwords, one-time codes, ...) are masked before a
    # message is stored; an organization that must keep what customers wrote turns this on.
    keep_raw_secrets = models.BooleanField(
        default=False,
        help_text="Store messages exactly as sent, secrets included. Off: secrets are masked at ingest.",
    )
    # A bridge may send "0912 000 111" for the same caller it elsewhere sends as "+84912000111".
    default_phone_region = models.CharField(
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", "Give a two-letter ISO 3166 region code, e.g. VN.")],
        help_text="Region (ISO 3166 alpha-2, e.g. VN) for phone numbers written without a country code.",
    )

    auto_create_schema = True
    auto_drop_schema = False

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Refused before the row is saved: when creating the schema fails, django-tenants deletes
        # the new row and drops the schema of its name, which would be the template.
        if self._state.adding:
            schema_copy.refuse_template_name(self.schema_name)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        try:
            schema_copy.refuse_template_name(self.schema_name)
        except ValueError as error:
            raise ValidationError({"schema_name": str(error)}) from None

    def create_schema(self, check_if_exists: bool = False, sync_schema: bool = True, verbosity: int = 1) -> bool | None:
        """Create the schema as a copy of the template schema; by migrations if the copy fails.

        Like django-tenants' version, returns False when `check_if_exists` finds the schema there.
        """
        if not sync_schema or (check_if_exists and schema_exists(self.schema_name)):
            return super().create_schema(check_if_exists, sync_schema, verbosity)
        self._meta.get_field("schema_name").run_validators(self.schema_name)
        try:
            schema_copy.copy_template(self.schema_name, verbosity=verbosity)
        except DatabaseError:
            logger.exception("Copying the template schema into %s failed; migrating it instead", self.schema_name)
            super().create_schema(check_if_exists=False, sync_schema=True, verbosity=verbosity)
        connection.set_schema_to_public()
        return True


class Domain(DomainMixin):
    domain: str  # DomainMixin's field (django-tenants has no type information)

    class Meta:
        ordering = ["domain"]

    def __str__(self) -> str:
        return self.domain

    def save(self, *args: Any, **kwargs: Any) -> None:
        from tenants.middleware import normalized_host

        # Requests are routed by the normalized host name (tenants.middleware); a row typed
        # `Acme.example.com` in the operator's admin would otherwise never match.
        self.domain = normalized_host(self.domain) or self.domain.lower()
        super().save(*args, **kwargs)


class RateLimitWindow(models.Model):
    """The current fixed window of one rate limit, for processes that share no cache (tenants.rate_limits).

    In `public`, which every tenant's search path includes; keys carry the
    schema name. A row is reused when its window has passed.
    """

    key = models.CharField(max_length=255, primary_key=True)
    count = models.PositiveIntegerField()
    ends_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count} until {self.ends_at:%H:%M:%S}"

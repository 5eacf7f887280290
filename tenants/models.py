"""Organizations (the tenants) and the host names that route to them.

Both live in the public schema; everything else about an organization lives
in its own schema.
"""

from __future__ import annotations

from django.db import models
from django_tenants.models import DomainMixin, TenantMixin


class Organization(TenantMixin):
    name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    auto_create_schema = True
    auto_drop_schema = False

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Domain(DomainMixin):
    class Meta:
        ordering = ["domain"]

    def __str__(self) -> str:
        return self.domain

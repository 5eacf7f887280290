"""The operator's admin, served on the public host only.

Organizations are registered on their own site so that no tenant's admin can
list other organizations (the default site serves every tenant host).
"""

from __future__ import annotations

from django.contrib import admin
from django_tenants.admin import TenantAdminMixin

from tenants.models import Domain, Organization


class PublicAdminSite(admin.AdminSite):
    site_header = "Customer Memory — operator"
    site_title = "Customer Memory operator"


public_admin_site = PublicAdminSite(name="public_admin")


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 1


@admin.register(Organization, site=public_admin_site)
class OrganizationAdmin(TenantAdminMixin, admin.ModelAdmin):
    list_display = ["name", "schema_name", "created_at"]
    search_fields = ["name", "schema_name", "domains__domain"]
    list_filter = ["created_at"]
    inlines = [DomainInline]
    readonly_fields = ["created_at"]

"""The operator's admin, served on the public host only.

Organizations are registered on their own site so that no tenant's admin can
list other organizations (the default site serves every tenant host). The
operator also watches every organization's task queue here.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.db.models import QuerySet
from django.http import HttpRequest
from django_q import admin as django_q_admin
from django_q.models import Failure, OrmQ, Schedule, Success
from django_tenants.admin import TenantAdminMixin

from tenants.middleware import forget_cached_hosts
from tenants.models import Domain, Organization
from tenants.sign_in import AdminSignInForm


class PublicAdminSite(admin.AdminSite):
    site_header = "Customer Memory — operator"
    site_title = "Customer Memory operator"
    login_form = AdminSignInForm


public_admin_site = PublicAdminSite(name="public_admin")


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 1


@admin.register(Organization, site=public_admin_site)
class OrganizationAdmin(TenantAdminMixin, admin.ModelAdmin):
    """Saving a new organization creates and migrates its schema (auto_create_schema)."""

    list_display = ["name", "schema_name", "host_names", "created_at"]
    list_select_related = ()
    search_fields = ["name", "schema_name", "domains__domain"]
    list_filter = ["created_at", "keep_raw_secrets"]
    inlines = [DomainInline]
    readonly_fields = ["created_at"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Organization]:
        return super().get_queryset(request).prefetch_related("domains")

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        # The schema name is the organization's storage; renaming it would orphan it.
        return [*self.readonly_fields, "schema_name"] if obj is not None else list(self.readonly_fields)

    @admin.display(description="host names")
    def host_names(self, organization: Organization) -> str:
        return ", ".join(domain.domain for domain in organization.domains.all())

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        forget_cached_hosts()

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Schemas are never dropped automatically (auto_drop_schema = False);
        # deleting the row would leave an unreachable schema behind.
        return False


public_admin_site.register(User, UserAdmin)
public_admin_site.register(Group, GroupAdmin)
public_admin_site.register(Schedule, django_q_admin.ScheduleAdmin)
public_admin_site.register(Success, django_q_admin.TaskAdmin)
public_admin_site.register(Failure, django_q_admin.FailAdmin)
public_admin_site.register(OrmQ, django_q_admin.QueueAdmin)

"""Agent knowledge in the admin (issue 18), to look at: it is written in the agent's Knowledge tab and the API,
which keep every version and write the audit log."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from customer_memory.models import KnowledgeEntry, KnowledgeVersion
from tenants.keys_and_audit.admin import ReadOnlyAdminMixin


class KnowledgeVersionInline(admin.TabularInline):
    model = KnowledgeVersion
    fields = ("number", "change", "author", "created_at", "status", "title")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(KnowledgeEntry)
class KnowledgeEntryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Agent knowledge (issue 18), to look at: it is written in the agent's Knowledge tab and the API, which
    keep every version and write the audit log."""

    list_display = ["title", "agent", "status", "source", "support_count", "helped_count", "last_confirmed_at"]
    list_select_related = ["agent"]
    list_filter = ["agent", "status", "source"]
    search_fields = ["=public_id", "title", "problem"]
    fields = (
        "public_id",
        "agent",
        "title",
        "problem",
        "resolution",
        "tags",
        "status",
        "source",
        "support_count",
        "helped_count",
        "not_helped_count",
        "last_confirmed_at",
        "created_at",
        "updated_at",
    )
    readonly_fields = fields
    inlines = [KnowledgeVersionInline]
    ordering = ["-updated_at", "-id"]

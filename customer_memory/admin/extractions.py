"""Extractions in the admin, with the memory health page and its retry, and retention runs."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from conversations.models import Conversation
from customer_memory import memory_health, services
from customer_memory.models import Extraction, RetentionRun
from tenants.keys_and_audit.admin import LargeTablePaginator, ReadOnlyAdminMixin
from tenants.roles import Role, has_role


@admin.register(Extraction)
class ExtractionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = [
        "conversation",
        "agent",
        "status",
        "skip_reason",
        "attempts",
        "facts_written",
        "secrets_dropped",
        "created_at",
        "finished_at",
        "last_error",
    ]
    list_select_related = ["conversation", "agent"]
    list_filter = ["status", "skip_reason", "agent", "created_at"]
    search_fields = ["=conversation__public_id"]
    raw_id_fields = ["conversation"]
    ordering = ["-created_at", "-id"]
    paginator = LargeTablePaginator
    show_full_result_count = False
    change_list_template = "admin/customer_memory/extraction/change_list.html"

    def get_urls(self) -> list[Any]:
        return [
            path("health/", self.admin_site.admin_view(self.health_view), name="customer_memory_memory_health"),
            path(
                "health/retry/<str:conversation_id>/",
                self.admin_site.admin_view(require_POST(self.retry_view)),
                name="customer_memory_memory_health_retry",
            ),
            *super().get_urls(),
        ]

    def health_view(self, request: HttpRequest) -> HttpResponse:
        """Memory health for Owners and Admins (the only roles with the admin)."""
        if not has_role(request.user, Role.ADMIN):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Memory health",
            "opts": self.model._meta,
            "health": memory_health.memory_health(),
        }
        return TemplateResponse(request, "admin/customer_memory/memory_health.html", context)

    def retry_view(self, request: HttpRequest, conversation_id: str) -> HttpResponse:
        """Queue a failed conversation for extraction again (the API's relearn)."""
        if not has_role(request.user, Role.ADMIN):
            raise PermissionDenied
        conversation = Conversation.objects.select_related("agent").filter(public_id=conversation_id).first()
        if conversation is None:
            raise Http404
        try:
            services.relearn_conversation(conversation)
        except services.RelearnRefused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(request, f"Conversation {conversation_id} is queued to be learned from again.")
        return HttpResponseRedirect(reverse("admin:customer_memory_memory_health"))


@admin.register(RetentionRun)
class RetentionRunAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Runs of the daily job that deletes memory and agent knowledge past their agent's retention."""

    list_display = ["started_at", "finished_at", "memories_deleted", "facts_deleted", "knowledge_deleted"]
    list_select_related = ()
    list_filter = ["started_at"]
    search_fields = ()
    ordering = ["-started_at"]

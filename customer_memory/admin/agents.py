"""Agents and their webhooks in the admin; changes go through customer_memory.services and .webhooks (audited)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms import ModelForm, ValidationError
from django.http import HttpRequest

from conversations.models import Agent
from customer_memory import services, webhooks
from customer_memory.models import WebhookDelivery, WebhookEndpoint
from tenants.keys_and_audit.admin import LargeTablePaginator, ReadOnlyAdminMixin, admin_actor


@admin.register(Agent)
class AgentAdmin(admin.ModelAdmin):
    """Agents and their memory settings; changes are saved by update_agent_settings (audited)."""

    list_display = [
        "name",
        "memory_enabled",
        "memory_retention_days",
        "conversation_history_enabled",
        "conversation_history_max_messages",
        "updated_at",
    ]
    list_select_related = ()
    list_filter = ["memory_enabled", "memory_retention_days", "conversation_history_enabled"]
    search_fields = ["name", "=public_id"]
    readonly_fields = ["public_id", "created_at", "updated_at"]
    fieldsets = (
        (None, {"fields": ("name", "public_id")}),
        ("Customer memory", {"fields": ("memory_enabled", "memory_retention_days")}),
        ("Conversation history", {"fields": ("conversation_history_enabled", "conversation_history_max_messages")}),
        ("Agent knowledge", {"fields": ("knowledge_retention_days", "knowledge_min_customers")}),
        ("Dates", {"fields": ("created_at", "updated_at")}),
    )

    def save_model(self, request: HttpRequest, obj: Agent, form: Any, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        # A fresh copy: the form has already written the new values onto obj,
        # and the service records before and after.
        agent = Agent.objects.get(pk=obj.pk)
        changes = {name: form.cleaned_data[name] for name in services.AGENT_FIELDS if name in form.changed_data}
        services.update_agent_settings(agent, actor=admin_actor(request), **changes)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Deleting an agent would silently delete every conversation and memory it holds.
        return False


class WebhookEndpointForm(ModelForm):
    events = forms.MultipleChoiceField(
        choices=WebhookEndpoint.Event.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: every event.",
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "events", "description"]

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        try:
            webhooks.check_url(url)
        except webhooks.WebhookError as error:
            raise ValidationError(str(error)) from None
        return url


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    """Endpoints are created and deleted through customer_memory.webhooks (audited); the secret is shown once."""

    form = WebhookEndpointForm
    list_display = ["url", "public_id", "events", "description", "is_active", "created_at"]
    list_filter = ["is_active"]
    readonly_fields = ["public_id", "created_at"]
    ordering = ["-created_at", "-id"]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return obj is None and super().has_change_permission(request, obj)

    def save_model(self, request: HttpRequest, obj: WebhookEndpoint, form: Any, change: bool) -> None:
        created = webhooks.create_endpoint(
            url=obj.url, events=obj.events or [], description=obj.description, actor=admin_actor(request)
        )
        obj.pk, obj.public_id, obj.secret = created.pk, created.public_id, created.secret
        messages.warning(
            request,
            f"Signing secret for {created.url}: {created.secret} — copy it now, it will not be shown again.",
        )

    def delete_model(self, request: HttpRequest, obj: WebhookEndpoint) -> None:
        webhooks.delete_endpoint(obj, actor=admin_actor(request))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[WebhookEndpoint]) -> None:
        for endpoint in queryset:
            webhooks.delete_endpoint(endpoint, actor=admin_actor(request))


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The delivery log: what was sent where, how often, and the last error."""

    list_display = [
        "public_id",
        "event",
        "endpoint",
        "status",
        "attempts",
        "response_status",
        "last_error",
        "next_attempt_at",
        "created_at",
        "delivered_at",
    ]
    list_select_related = ["endpoint"]
    list_filter = ["status", "event", "endpoint"]
    ordering = ["-created_at", "-id"]
    paginator = LargeTablePaginator
    show_full_result_count = False

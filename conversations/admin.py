"""Conversations and their messages in the organization's admin, read-only.

What was said is a record: it is never edited. Erasing a person (see the
People admin) is the only way conversations are removed.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from conversations.models import Conversation, Message
from tenants.keys_and_audit.admin import LargeTablePaginator, ReadOnlyAdminMixin


class MessageInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Message
    fields = ("sent_at", "role", "content", "external_id")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Message]:
        return super().get_queryset(request).order_by("sent_at", "id")


@admin.register(Conversation)
class ConversationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["public_id", "person_link", "agent", "channel", "status", "started_at", "message_count"]
    list_select_related = ["person", "agent"]
    list_filter = ["status", "channel", "agent", "started_at", "is_test_session"]
    search_fields = ["=public_id", "=person__public_id", "=person__channel_identifier"]
    raw_id_fields = ["person", "agent"]
    fields = (
        "public_id",
        "person_link",
        "agent",
        "channel",
        "status",
        "is_test_session",
        "started_at",
        "last_message_at",
        "closed_at",
        "message_count",
        "customer_message_count",
    )
    readonly_fields = fields
    inlines = [MessageInline]
    ordering = ["-last_message_at", "-id"]
    paginator = LargeTablePaginator
    show_full_result_count = False

    @admin.display(description="person", ordering="person__channel_identifier")
    def person_link(self, conversation: Conversation) -> Any:
        url = reverse("admin:conversations_person_change", args=[conversation.person_id])
        return format_html(
            '<a href="{}">{}</a>', url, conversation.person.display_label or conversation.person.public_id
        )

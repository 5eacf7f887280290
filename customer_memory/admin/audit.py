"""The audit log in the admin, with undo, and the rule that these models leave no admin history of their own.

tenants.keys_and_audit.admin defines the audit log's admin (a lower layer) without registering it: it is
registered here, once, with the undo that needs customer_memory.services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from conversations.models import Person
from customer_memory import services
from tenants.keys_and_audit.admin import AuditEntryAdmin, admin_actor
from tenants.keys_and_audit.models import AuditEntry

if TYPE_CHECKING:
    _ModelAdmin = admin.ModelAdmin[Any]
else:
    _ModelAdmin = object


class NoAdminHistoryMixin(_ModelAdmin):
    """Don't write Django's admin history (django_admin_log) for these models.

    Its rows store `str(obj)`, which names the person; the audit log written
    by the services is the record of who changed what.
    """

    # Django's return the log entries they wrote; no caller reads them.
    def log_addition(self, request: HttpRequest, obj: Any, message: Any) -> None:  # type: ignore[override]
        return None

    def log_change(self, request: HttpRequest, obj: Any, message: Any) -> None:  # type: ignore[override]
        return None

    def log_deletions(self, request: HttpRequest, queryset: Any) -> None:  # type: ignore[override]
        return None

    def person_public_id(self, obj: Any) -> str:
        raise NotImplementedError

    def history_view(self, request: HttpRequest, object_id: str, extra_context: Any = None) -> HttpResponse:
        """ "History" opens the audit log of the person this object is about."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return super().history_view(request, object_id, extra_context)
        query = urlencode({"q": self.person_public_id(obj)})
        return HttpResponseRedirect(f"{reverse('admin:access_auditentry_changelist')}?{query}")


@admin.register(AuditEntry)
class AuditEntryWithUndoAdmin(AuditEntryAdmin):
    """The audit log; an edited or deleted fact can be put back as it was (restore_fact)."""

    actions = ["restore_facts"]

    def has_restore_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("customer_memory.change_fact")

    @admin.action(description="Undo: restore the fact as it was before", permissions=["restore"])
    def restore_facts(self, request: HttpRequest, queryset: QuerySet[AuditEntry]) -> None:
        actor = admin_actor(request)
        restored = 0
        for entry in queryset.order_by("-at", "-id"):
            person = Person.objects.filter(public_id=entry.person_public_id).first()
            if person is None:
                self.message_user(request, f"Entry {entry.pk}: the person no longer exists.", messages.ERROR)
                continue
            try:
                services.restore_fact(entry, person=person, actor=actor)
            except services.MemoryEditError as error:
                self.message_user(request, f"Entry {entry.pk}: {error}", messages.ERROR)
            else:
                restored += 1
        if restored:
            self.message_user(request, f"Restored {restored} fact(s).", messages.SUCCESS)

"""The organization's admin for agents, people and what was learned about them.

Owners and Admins run privacy requests here: "Export data" and "Erase
person" call `customer_memory.privacy`, and fact edits call
`customer_memory.services`, the same functions the UI and the API call, so
the audit log reads the same whichever door was used.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.forms import ModelForm, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.timesince import timesince
from django.views.decorators.http import require_POST

from conversations.models import Agent, Contact, Conversation, Person, PersonQuerySet
from customer_memory import health, privacy, recall, services, webhooks
from customer_memory.models import (
    Episode,
    Extraction,
    Fact,
    FactQuerySet,
    KnowledgeEntry,
    KnowledgeVersion,
    Memory,
    RetentionRun,
    WebhookDelivery,
    WebhookEndpoint,
)
from tenants.access.admin import AuditEntryAdmin, LargeTablePaginator, ReadOnlyAdminMixin, admin_actor
from tenants.access.models import AuditEntry
from tenants.roles import Role, has_role

# More people than this in one export or erasure is a bulk operation for
# the API, not a click in the admin.
MAX_PEOPLE_PER_ACTION = 50
PERSON_PAGE_CONVERSATIONS = 50


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


def _require_privacy_role(request: HttpRequest) -> None:
    if not has_role(request.user, Role.ADMIN):
        raise PermissionDenied


# Agents ----------------------------------------------------------------------


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


# People ----------------------------------------------------------------------


class ChannelAgentFilter(admin.SimpleListFilter):
    title = "agent"
    parameter_name = "agent"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(str(pk), name) for pk, name in Agent.objects.order_by("name").values_list("pk", "name")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Person]) -> QuerySet[Person]:
        # str.isdigit() accepts "²", which int() refuses; anything but a plausible id is ignored.
        value = self.value() or ""
        if value.isascii() and value.isdecimal() and len(value) <= 18:
            return queryset.filter(Exists(Contact.objects.filter(person=OuterRef("pk"), agent_id=int(value))))
        return queryset


def _has_memory() -> Exists:
    return recall.remembers_anything(timezone.now())


class HasMemoryFilter(admin.SimpleListFilter):
    title = "memory"
    parameter_name = "has_memory"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Has memory"), ("no", "No memory")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Person]) -> QuerySet[Person]:
        if self.value() == "yes":
            return queryset.filter(_has_memory())
        if self.value() == "no":
            return queryset.filter(~_has_memory())
        return queryset


def _facts_table(facts: list[Fact]) -> str:
    if not facts:
        return format_html("<p>{}</p>", "No facts.")
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                fact.humanized_key,
                fact.value,
                fact.get_confidence_display(),
                fact.get_source_display(),
                fact.previous_value or "—",
                fact.source_conversation.public_id if fact.source_conversation else "—",
            )
            for fact in facts
        ),
    )
    return format_html(
        '<table class="memory-facts"><thead><tr><th>Fact</th><th>Value</th><th>Confidence</th>'
        "<th>Source</th><th>Previous value</th><th>Learned from</th></tr></thead><tbody>{}</tbody></table>",
        rows,
    )


@admin.register(Person)
class PersonAdmin(NoAdminHistoryMixin, admin.ModelAdmin):
    """People, read-only, with their memory; GDPR export and erasure for Owners and Admins."""

    list_display = ["label", "name", "channel", "email", "conversations", "has_memory", "last_seen"]
    list_select_related = ()
    list_filter = ["channel_type", ChannelAgentFilter, HasMemoryFilter, "last_seen_at"]
    # Searched with Person.objects.search (full-text prefix and phone
    # normalisation, on an index); see get_search_results.
    search_fields = ["name", "email", "phone", "channel_identifier"]
    search_help_text = "Name, email, phone number in any format, or channel identifier."
    ordering = ["-last_seen_at", "-id"]
    paginator = LargeTablePaginator
    show_full_result_count = False
    actions = ["export_people", "erase_people"]
    change_form_template = "admin/customer_memory/person/change_form.html"
    readonly_fields = [
        "public_id",
        "channel_type",
        "channel_identifier",
        "name",
        "email",
        "phone",
        "language",
        "timezone",
        "first_contact_at",
        "last_seen_at",
        "conversation_count",
        "trust_score",
        "churn_risk",
        "positive_interactions",
        "escalations",
        "complaints",
        "unresolved_issues",
        "positive_resolutions",
        "tone_preference",
        "open_issues",
        "personal_details",
        "last_mood",
        "last_mood_confidence",
        "last_mood_at",
        "created_at",
        "updated_at",
        "agents",
        "memory_overview",
        "recent_conversations",
        "history",
    ]
    fieldsets = (
        (
            "Identity",
            {
                "fields": (
                    ("channel_type", "channel_identifier", "public_id"),
                    ("name", "email", "phone"),
                    ("language", "timezone"),
                    "agents",
                )
            },
        ),
        ("Memory", {"fields": ("memory_overview",)}),
        (
            "History",
            {
                "fields": (
                    ("first_contact_at", "last_seen_at", "conversation_count"),
                    ("trust_score", "churn_risk"),
                    ("positive_interactions", "escalations", "complaints"),
                    ("unresolved_issues", "positive_resolutions"),
                )
            },
        ),
        (
            "Preferences and mood",
            {
                "fields": (
                    ("tone_preference", "last_mood", "last_mood_confidence", "last_mood_at"),
                    "open_issues",
                    "personal_details",
                )
            },
        ),
        ("Conversations", {"fields": ("recent_conversations",)}),
        ("Audit", {"fields": ("history", ("created_at", "updated_at"))}),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Person]:
        return super().get_queryset(request).annotate(has_memory_flag=_has_memory())

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        extra_context = {**(extra_context or {}), "has_privacy_permission": self.has_privacy_permission(request)}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Person], search_term: str
    ) -> tuple[QuerySet[Person], bool]:
        return cast(PersonQuerySet, queryset).search(search_term), False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Identity comes from the channel and what the person told the agent;
        # memory is corrected fact by fact (the memory pages).
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Deleting is erasing: "Erase person" also removes tasks, cached
        # layers and audit content, and leaves a tombstone.
        return False

    def has_privacy_permission(self, request: HttpRequest) -> bool:
        return has_role(request.user, Role.ADMIN)

    @admin.display(description="label", ordering="channel_identifier")
    def label(self, person: Person) -> str:
        return person.display_label or "Test session"

    @admin.display(description="memory", boolean=True)
    def has_memory(self, person: Person) -> bool:
        return getattr(person, "has_memory_flag", False)

    @admin.display(description="channel", ordering="channel_type")
    def channel(self, person: Person) -> str:
        return person.get_channel_type_display()

    @admin.display(description="convs", ordering="conversation_count")
    def conversations(self, person: Person) -> int:
        return person.conversation_count

    @admin.display(description="last seen", ordering="last_seen_at")
    def last_seen(self, person: Person) -> str:
        if person.last_seen_at is None:
            return "—"
        if timezone.now() - person.last_seen_at < timedelta(minutes=1):
            return "just now"
        return f"{timesince(person.last_seen_at, depth=1)} ago"

    def person_public_id(self, person: Person) -> str:
        return person.public_id

    @admin.display(description="agents")
    def agents(self, person: Person) -> str:
        contacts = person.contacts.select_related("agent").order_by("agent__name")
        return (
            format_html_join(
                ", ",
                "{} ({} conversation{})",
                ((c.agent.name, c.conversation_count, pluralize(c.conversation_count)) for c in contacts),
            )
            or "—"
        )

    @admin.display(description="what each agent remembers")
    def memory_overview(self, person: Person) -> str:
        memories = recall.live_memories(person)
        facts: dict[int, list[Fact]] = {memory.pk: [] for memory in memories}
        for fact in recall.facts_of(memories):
            facts[fact.memory_id].append(fact)
        sections = [
            format_html(
                '<div class="person-memory"><h3>{} <a href="{}" class="edit-memory">Edit facts</a></h3>'
                '<p class="memory-summary">{}</p>{}<p class="help">Updated {}</p></div>',
                memory.agent.name,
                reverse("admin:customer_memory_memory_change", args=[memory.pk]),
                memory.summary or "No summary yet.",
                _facts_table(facts[memory.pk]),
                f"{timezone.localtime(memory.updated_at):%Y-%m-%d %H:%M}",
            )
            for memory in memories
        ]
        return format_html_join("", "{}", ((section,) for section in sections)) or "No memory."

    @admin.display(description=f"latest {PERSON_PAGE_CONVERSATIONS} conversations")
    def recent_conversations(self, person: Person) -> str:
        conversations = person.conversations.select_related("agent").order_by("-started_at", "-id")[
            :PERSON_PAGE_CONVERSATIONS
        ]
        rows = format_html_join(
            "",
            '<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>',
            (
                (
                    reverse("admin:conversations_conversation_change", args=[c.pk]),
                    c.public_id,
                    c.agent.name,
                    c.get_status_display(),
                    f"{c.started_at:%Y-%m-%d %H:%M}",
                    c.message_count,
                )
                for c in conversations
            ),
        )
        if not rows:
            return "No conversations."
        all_url = reverse("admin:conversations_conversation_changelist") + f"?person__id__exact={person.pk}"
        return format_html(
            '<table class="person-conversations"><thead><tr><th>Conversation</th><th>Agent</th><th>Status</th>'
            "<th>Started</th><th>Messages</th></tr></thead><tbody>{}</tbody></table>"
            '<p><a href="{}">All conversations of this person</a></p>',
            rows,
            all_url,
        )

    @admin.display(description="audit log")
    def history(self, person: Person) -> str:
        url = reverse("admin:access_auditentry_changelist") + f"?q={person.public_id}"
        return format_html('<a href="{}">Every change to this person\'s memory</a>', url)

    # Export and erasure ------------------------------------------------------

    def get_urls(self) -> list[Any]:
        return [
            path(
                "<path:object_id>/export/",
                self.admin_site.admin_view(self.export_view),
                name="conversations_person_export",
            ),
            path(
                "<path:object_id>/erase/",
                self.admin_site.admin_view(self.erase_view),
                name="conversations_person_erase",
            ),
            *super().get_urls(),
        ]

    def _person_or_404(self, request: HttpRequest, object_id: str) -> Person:
        _require_privacy_role(request)
        person = self.get_object(request, object_id)
        if person is None:
            raise Http404("No such person.")
        return person

    def _download(self, data: dict[str, Any], filename: str) -> HttpResponse:
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def export_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return require_POST(self._export)(request, object_id)

    def _export(self, request: HttpRequest, object_id: str) -> HttpResponse:
        person = self._person_or_404(request, object_id)
        return self._download(privacy.export_person(person, actor=admin_actor(request)), f"{person.public_id}.json")

    def erase_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        person = self._person_or_404(request, object_id)
        if request.method == "POST":
            counts = privacy.erase_person(person, actor=admin_actor(request))
            self._report_erasure(request, [person.public_id], counts)
            return HttpResponseRedirect(reverse("admin:conversations_person_changelist"))
        return self._erase_confirmation(request, [person], action=None)

    def _erase_confirmation(self, request: HttpRequest, people: list[Person], *, action: str | None) -> HttpResponse:
        previews = [(person, privacy.erasure_preview(person)) for person in people]
        totals: dict[str, int] = {}
        for _, counts in previews:
            for kind, count in counts.items():
                totals[kind] = totals.get(kind, 0) + count
        context = {
            **self.admin_site.each_context(request),
            "title": "Erase person" if len(people) == 1 else f"Erase {len(people)} people",
            "opts": self.model._meta,
            "previews": previews,
            "totals": _erasure_rows(totals),
            "action": action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/customer_memory/person/erase_confirmation.html", context)

    def _report_erasure(self, request: HttpRequest, public_ids: list[str], counts: dict[str, int]) -> None:
        summary = ", ".join(
            f"{counts[kind]} {kind.replace('_', ' ') if counts[kind] != 1 else SINGULAR.get(kind, kind)}"
            for kind in [*ERASURE_LABELS, *sorted(set(counts) - set(ERASURE_LABELS))]
            if counts.get(kind)
        )
        self.message_user(
            request,
            f"Erased {', '.join(public_ids)}: {summary}. The audit log keeps a record without personal data.",
            messages.SUCCESS,
        )

    @admin.action(description="Export data of selected people (JSON)", permissions=["privacy"])
    def export_people(self, request: HttpRequest, queryset: QuerySet[Person]) -> HttpResponse | None:
        people = list(queryset.order_by("pk")[: MAX_PEOPLE_PER_ACTION + 1])
        if len(people) > MAX_PEOPLE_PER_ACTION:
            self.message_user(request, f"Export at most {MAX_PEOPLE_PER_ACTION} people at a time.", messages.ERROR)
            return None
        actor = admin_actor(request)
        exports = [privacy.export_person(person, actor=actor) for person in people]
        if len(exports) == 1:
            return self._download(exports[0], f"{people[0].public_id}.json")
        bundle = {"format": privacy.EXPORT_FORMAT, "exported_at": timezone.now().isoformat(), "people": exports}
        return self._download(bundle, f"people-{timezone.now():%Y%m%d-%H%M%S}.json")

    @admin.action(description="Erase selected people…", permissions=["privacy"])
    def erase_people(self, request: HttpRequest, queryset: QuerySet[Person]) -> HttpResponse | None:
        people = list(queryset.order_by("pk")[: MAX_PEOPLE_PER_ACTION + 1])
        if len(people) > MAX_PEOPLE_PER_ACTION:
            self.message_user(request, f"Erase at most {MAX_PEOPLE_PER_ACTION} people at a time.", messages.ERROR)
            return None
        if request.POST.get("confirm") != "yes":
            return self._erase_confirmation(request, people, action="erase_people")
        actor = admin_actor(request)
        totals: dict[str, int] = {}
        for person in people:
            for kind, count in privacy.erase_person(person, actor=actor).items():
                totals[kind] = totals.get(kind, 0) + count
        self._report_erasure(request, [person.public_id for person in people], totals)
        return None


ERASURE_LABELS = {
    "people": "Person (profile and channel identity)",
    "contacts": "Agent contacts",
    "conversations": "Conversations",
    "messages": "Messages",
    "memories": "Memories (one per agent, with the rolling summary)",
    "facts": "Facts",
    "episodes": "Episodes (conversation summaries and their embeddings)",
    "extractions": "Extraction records",
    "tasks": "Queued or finished background tasks about them",
    "audit_entries": "Audit entries about them (kept, with their content removed)",
}


SINGULAR = {
    "people": "person",
    "contacts": "contact",
    "conversations": "conversation",
    "messages": "message",
    "memories": "memory",
    "facts": "fact",
    "episodes": "episode",
    "extractions": "extraction",
    "tasks": "task",
    "audit_entries": "audit entry",
    "admin_log_entries": "admin log entry",
}


def _erasure_rows(counts: dict[str, int]) -> list[tuple[str, int]]:
    ordered = [kind for kind in ERASURE_LABELS if kind in counts] + sorted(set(counts) - set(ERASURE_LABELS))
    return [(ERASURE_LABELS.get(kind, kind.replace("_", " ").capitalize()), counts[kind]) for kind in ordered]


# Memory and facts ------------------------------------------------------------


class FactInlineForm(ModelForm):
    class Meta:
        model = Fact
        fields = ["key", "value"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # A fact's key is its identity; correct the value, or delete it.
            self.fields["key"].disabled = True

    def clean_key(self) -> str:
        key = services.normalize_fact_key(self.cleaned_data["key"])
        if not key:
            raise ValidationError("Enter a key made of letters or digits.")
        return key


class FactInline(admin.TabularInline):
    model = Fact
    form = FactInlineForm
    fields = ["key", "value", "confidence", "source", "previous_value", "learned_from", "updated"]
    readonly_fields = ["confidence", "source", "previous_value", "learned_from", "updated"]
    extra = 1
    verbose_name_plural = "facts (a corrected value becomes manual and high confidence)"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Fact]:
        facts = cast(FactQuerySet, super().get_queryset(request))
        return facts.by_confidence().select_related("source_conversation")

    @admin.display(description="learned from")
    def learned_from(self, fact: Fact) -> str:
        if fact.source_conversation is None:
            return "—"
        url = reverse("admin:conversations_conversation_change", args=[fact.source_conversation_id])
        public_id = fact.source_conversation.public_id
        return format_html('<a href="{}" title="{}">{}…</a>', url, public_id, public_id[:12])

    @admin.display(description="updated")
    def updated(self, fact: Fact) -> str:
        return f"{timezone.localtime(fact.updated_at):%Y-%m-%d %H:%M}" if fact.updated_at else "—"


@admin.register(Memory)
class MemoryAdmin(NoAdminHistoryMixin, admin.ModelAdmin):
    """What one agent remembers about one person; facts are edited through the services."""

    list_display = ["person_link", "agent", "fact_count", "updated_at"]
    list_select_related = ["person", "agent"]
    list_filter = ["agent", "updated_at"]
    search_fields = ["=person__public_id", "=person__channel_identifier"]
    raw_id_fields = ["person"]
    fields = ("person_link", "agent", "summary", "created_at", "updated_at")
    readonly_fields = fields
    inlines = [FactInline]
    change_form_template = "admin/customer_memory/memory/change_form.html"
    ordering = ["-updated_at", "-id"]
    paginator = LargeTablePaginator
    show_full_result_count = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Memory]:
        # A correlated count, computed for the rows of the page only.
        facts = Fact.objects.filter(memory=OuterRef("pk")).order_by().values("memory").annotate(n=Count("pk"))
        return super().get_queryset(request).annotate(fact_count=Coalesce(Subquery(facts.values("n")), 0))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def person_public_id(self, memory: Memory) -> str:
        return memory.person.public_id

    @admin.display(description="facts", ordering="fact_count")
    def fact_count(self, memory: Memory) -> int:
        return memory.fact_count  # type: ignore[attr-defined]  # annotated by get_queryset

    @admin.display(description="person")
    def person_link(self, memory: Memory) -> str:
        url = reverse("admin:conversations_person_change", args=[memory.person_id])
        return format_html('<a href="{}">{}</a>', url, memory.person.display_label or memory.person.public_id)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        if formset.model is not Fact:
            super().save_formset(request, form, formset, change)
            return
        memory: Memory = form.instance
        actor = admin_actor(request)
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for fact_form in formset.forms:
            if not fact_form.has_changed() and not formset._should_delete_form(fact_form):
                continue
            if fact_form.instance.pk is None:
                if not formset._should_delete_form(fact_form):
                    fact = services.create_fact(
                        memory.person,
                        agent=memory.agent,
                        key=fact_form.cleaned_data["key"],
                        value=fact_form.cleaned_data["value"],
                        actor=actor,
                    )
                    formset.new_objects.append(fact)
                continue
            # Re-read: the form has already written its values onto the instance.
            stored = Fact.objects.select_related("memory__person", "memory__agent", "source_conversation").get(
                pk=fact_form.instance.pk
            )
            if formset._should_delete_form(fact_form):
                services.delete_fact(stored, actor=actor)
                formset.deleted_objects.append(stored)
            elif "value" in fact_form.changed_data:
                fact = services.update_fact(stored, value=fact_form.cleaned_data["value"], actor=actor)
                formset.changed_objects.append((fact, ["value"]))

    def delete_model(self, request: HttpRequest, obj: Memory) -> None:
        services.clear_memory(obj.person, agent=obj.agent, actor=admin_actor(request))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Memory]) -> None:
        actor = admin_actor(request)
        for memory in queryset.select_related("person", "agent"):
            services.clear_memory(memory.person, agent=memory.agent, actor=actor)


@admin.register(Fact)
class FactAdmin(NoAdminHistoryMixin, admin.ModelAdmin):
    list_display = ["key", "value", "confidence", "source", "previous_value", "agent", "person_link", "updated_at"]
    list_select_related = ["memory__person", "memory__agent"]
    list_filter = ["source", "confidence", "memory__agent", "updated_at"]
    search_fields = ["=key", "=memory__person__public_id", "=public_id"]
    raw_id_fields = ["memory", "source_conversation"]
    fields = [
        "public_id",
        "person_link",
        "agent",
        "key",
        "value",
        "confidence",
        "source",
        "previous_value",
        "source_conversation",
        "created_at",
        "updated_at",
    ]
    readonly_fields = [
        "public_id",
        "person_link",
        "agent",
        "key",
        "confidence",
        "source",
        "previous_value",
        "source_conversation",
        "created_at",
        "updated_at",
    ]
    ordering = ["-updated_at", "-id"]
    paginator = LargeTablePaginator
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def person_public_id(self, fact: Fact) -> str:
        return fact.memory.person.public_id

    @admin.display(description="agent", ordering="memory__agent__name")
    def agent(self, fact: Fact) -> str:
        return fact.memory.agent.name

    @admin.display(description="person")
    def person_link(self, fact: Fact) -> str:
        person = fact.memory.person
        url = reverse("admin:conversations_person_change", args=[person.pk])
        return format_html('<a href="{}">{}</a>', url, person.display_label or person.public_id)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Fact]:
        return super().get_queryset(request).select_related("memory__person", "memory__agent", "source_conversation")

    def save_model(self, request: HttpRequest, obj: Fact, form: Any, change: bool) -> None:
        # Re-read: the form has already written the new value onto obj.
        stored = self.get_queryset(request).get(pk=obj.pk)
        if "value" in form.changed_data:
            services.update_fact(stored, value=form.cleaned_data["value"], actor=admin_actor(request))

    def delete_model(self, request: HttpRequest, obj: Fact) -> None:
        services.delete_fact(obj, actor=admin_actor(request))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Fact]) -> None:
        actor = admin_actor(request)
        for fact in queryset.select_related("memory__person", "memory__agent", "source_conversation"):
            services.delete_fact(fact, actor=actor)


@admin.register(Episode)
class EpisodeAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Conversation summaries (L3), as text; their embeddings are not shown."""

    list_display = ["public_id", "person_link", "agent", "short_summary", "created_at"]
    list_select_related = ["person", "agent"]
    list_filter = ["agent", "created_at"]
    search_fields = ["=public_id", "=person__public_id", "=conversation__public_id"]
    raw_id_fields = ["person", "conversation"]
    fields = ("public_id", "person_link", "agent", "conversation", "summary", "created_at")
    readonly_fields = fields
    ordering = ["-created_at", "-id"]
    paginator = LargeTablePaginator
    show_full_result_count = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Episode]:
        return super().get_queryset(request).defer("embedding", "search_vector")

    @admin.display(description="summary")
    def short_summary(self, episode: Episode) -> str:
        return Truncator(episode.summary).chars(100)

    @admin.display(description="person")
    def person_link(self, episode: Episode) -> str:
        url = reverse("admin:conversations_person_change", args=[episode.person_id])
        return format_html('<a href="{}">{}</a>', url, episode.person.display_label or episode.person.public_id)


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


# Extraction, retention and memory health --------------------------------------


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
            "health": health.memory_health(),
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


# The audit log, with undo ------------------------------------------------------


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


admin.site.unregister(AuditEntry)


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

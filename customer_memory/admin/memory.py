"""Memories, facts and episodes in the admin; facts are edited through customer_memory.services (audited)."""

from __future__ import annotations

from typing import Any, cast

from django.contrib import admin
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.forms import ModelForm, ValidationError
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator

from customer_memory import services
from customer_memory.admin.audit import NoAdminHistoryMixin
from customer_memory.models import Episode, Fact, FactQuerySet, Memory
from tenants.keys_and_audit.admin import LargeTablePaginator, ReadOnlyAdminMixin, admin_actor


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

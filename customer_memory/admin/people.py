"""People in the admin: read-only, with what each agent remembers; export and erasure for Owners and Admins.

"Export data" and "Erase person" call customer_memory.privacy, the functions the UI and the API call.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, cast

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.defaultfilters import pluralize
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.timesince import timesince
from django.views.decorators.http import require_POST

from conversations.models import Agent, Contact, Person, PersonQuerySet
from customer_memory import context, privacy, recall
from customer_memory.admin.audit import NoAdminHistoryMixin
from customer_memory.models import Fact
from tenants.keys_and_audit.admin import LargeTablePaginator, admin_actor
from tenants.roles import Role, has_role

# More people than this in one export or erasure is a bulk operation for
# the API, not a click in the admin.
MAX_PEOPLE_PER_ACTION = 50
PERSON_PAGE_CONVERSATIONS = 50


def _require_privacy_role(request: HttpRequest) -> None:
    if not has_role(request.user, Role.ADMIN):
        raise PermissionDenied


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
        "trust",
        "churn",
        "stage",
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
                    ("trust", "churn", "stage"),
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

    # Scores are computed when read, by the function the API, the context and the People panel call:
    # the stored trust_score/churn_risk are the values at the last learned close (null before one),
    # and churn is stale the day after.
    def _scores(self, person: Person) -> dict[str, Any]:
        if not hasattr(person, "scores"):
            person.scores = context.person_scores(person)
        return person.scores

    @admin.display(description="trust score")
    def trust(self, person: Person) -> str:
        return f"{self._scores(person)['trust_score']:g}"

    @admin.display(description="churn risk")
    def churn(self, person: Person) -> str:
        return f"{self._scores(person)['churn_risk']:g}"

    @admin.display(description="relationship stage")
    def stage(self, person: Person) -> str:
        return str(self._scores(person)["relationship_stage"]).capitalize()

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
        return render_to_string(
            "admin/customer_memory/person/memory_overview.html",
            {"memories": [(memory, facts[memory.pk]) for memory in memories]},
        )

    @admin.display(description=f"latest {PERSON_PAGE_CONVERSATIONS} conversations")
    def recent_conversations(self, person: Person) -> str:
        conversations = person.conversations.select_related("agent").order_by("-started_at", "-id")
        return render_to_string(
            "admin/customer_memory/person/recent_conversations.html",
            {"person": person, "conversations": conversations[:PERSON_PAGE_CONVERSATIONS]},
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

"""HTML views of the People & Memory UI. Every view carries a visible policy.

Views fetch through customer_memory.access, read through customer_memory.people
and write through customer_memory.services; with htmx they answer with the
smallest partial of the page template (STYLE.md 4.5).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import reswap, retarget, trigger_client_event
from django_htmx.middleware import HtmxDetails

from conversations.models import Agent, Person
from customer_memory import context, knowledge, people, recall, services
from customer_memory.access import get_agent_for_user, get_fact_for_user, get_knowledge_for_user, get_person_for_user
from customer_memory.forms import AgentSettingsForm, FactValueForm, KnowledgeEntryForm
from customer_memory.models import Fact, KnowledgeEntry
from customer_memory.services import AGENT_SETTINGS, MemoryEditError
from tenants.access.models import AuditEntry
from tenants.audit import Actor
from tenants.roles import Role, has_role, public, role_required

# Regions refresh themselves on this event after any change to memory
# (History, the agent's-view preview).
MEMORY_CHANGED = "memory-changed"


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails
    user: Any


def _wants_partial(request: HtmxHttpRequest) -> bool:
    # A history restore (back button after a cache miss) needs the whole page.
    return bool(request.htmx) and not request.htmx.history_restore_request


def _actor(request: HtmxHttpRequest) -> Actor:
    return Actor.from_request(request, origin=AuditEntry.Origin.UI)


def _person_url(agent: Agent, person: Person) -> str:
    return reverse("customer_memory:person_detail", args=[agent.public_id, person.public_id])


@public
@require_GET
def health(request: HttpRequest) -> HttpResponse:
    """For load balancers: the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@public
@require_GET
def public_home(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Customer Memory. Open your organization's host name to sign in.", content_type="text/plain")


@role_required(Role.MEMBER)
@require_GET
def agent_list(request: HtmxHttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "customer_memory/agent_list.html",
        {"agents": Agent.objects.all(), "sees_people": has_role(request.user, Role.BUILDER)},
    )


@role_required(Role.BUILDER)
@require_GET
def agent_detail(request: HtmxHttpRequest, agent_id: str) -> HttpResponse:
    """An agent opens on its Contacts tab, Chats view (seed 004)."""
    agent = get_agent_for_user(request.user, agent_id)
    return redirect("conversations:chat_list", agent.public_id)


@role_required(Role.BUILDER)
@require_http_methods(["GET", "POST"])
def agent_configure(request: HtmxHttpRequest, agent_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    saved = False
    if request.method == "POST":
        form = AgentSettingsForm(request.POST)
        if form.is_valid():
            try:
                changes = {name: value for name, value in form.cleaned_data.items() if value is not None}
                agent = services.update_agent_settings(agent, actor=_actor(request), **changes)
            except (MemoryEditError, ValidationError) as error:
                form.add_error(None, error)
                agent.refresh_from_db()
            else:
                if not _wants_partial(request):
                    messages.success(request, "Settings saved.")
                    return redirect("customer_memory:agent_configure", agent.public_id)
                saved = True
                form = AgentSettingsForm(initial={name: getattr(agent, name) for name in AGENT_SETTINGS})
    else:
        form = AgentSettingsForm(initial={name: getattr(agent, name) for name in AGENT_SETTINGS})
    template_name = "customer_memory/agent_configure.html"
    if _wants_partial(request):
        template_name += "#settings-form"
    return TemplateResponse(request, template_name, {"agent": agent, "form": form, "saved": saved, "tab": "configure"})


@role_required(Role.BUILDER)
@require_GET
def person_list(request: HtmxHttpRequest, agent_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    query = request.GET.get("q", "")[:200]
    cursor = request.GET.get("cursor", "")
    page = people.people_page(agent, query=query, cursor=cursor)
    template_name = "customer_memory/people.html"
    if _wants_partial(request):
        template_name += "#people-page" if cursor else "#people-list"
    return TemplateResponse(
        request, template_name, {"agent": agent, "page": page, "query": query, "tab": "contacts", "view": "people"}
    )


def _person_page(
    request: HtmxHttpRequest,
    agent: Agent,
    person: Person,
    *,
    editing: Fact | None = None,
    form: FactValueForm | None = None,
) -> TemplateResponse:
    """The People view with this person's panel open (also the no-JS fallback)."""
    panel = people.person_panel(person, agent)
    page_context: dict[str, Any] = {
        "agent": agent,
        "person": person,
        "panel": panel,
        "memory": panel.memory,
        "history": panel.history,
        "editing": editing.public_id if editing else "",
        "selected_id": person.pk,
        "form": form,
        "tab": "contacts",
        "view": "people",
    }
    if _wants_partial(request):
        return TemplateResponse(request, "customer_memory/person.html#person-panel", page_context)
    page_context.update(page=people.people_page(agent), query="")
    return TemplateResponse(request, "customer_memory/people.html", page_context)


@role_required(Role.BUILDER)
@require_GET
def person_detail(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    return _person_page(request, agent, person)


def _memory_response(request: HtmxHttpRequest, agent: Agent, person: Person) -> HttpResponse:
    """The Memory section again, the list row's badge out of band, and the event."""
    response = TemplateResponse(
        request,
        "customer_memory/person.html#memory-updated",
        {
            "agent": agent,
            "person": person,
            "memory": recall.memory_view(person, agent),
            "has_memory": recall.remembers(person, agent),
        },
    )
    return trigger_client_event(response, MEMORY_CHANGED)


@role_required(Role.BUILDER)
@require_GET
def person_memory(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    if not _wants_partial(request):
        return redirect(_person_url(agent, person))
    return TemplateResponse(
        request,
        "customer_memory/person.html#memory",
        {"agent": agent, "person": person, "memory": recall.memory_view(person, agent)},
    )


@role_required(Role.BUILDER)
@require_GET
def person_history(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    if not _wants_partial(request):
        return redirect(_person_url(agent, person))
    return TemplateResponse(
        request,
        "customer_memory/person.html#history",
        {"agent": agent, "person": person, "history": people.history(person, agent)},
    )


@role_required(Role.BUILDER)
@require_GET
def person_context(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    """What the agent will see: the context block the engine would inject now."""
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    preview = context.build_context(person, agent)
    template_name = "customer_memory/person_context.html"
    if _wants_partial(request):
        template_name += "#agent-view-body"
    return TemplateResponse(request, template_name, {"agent": agent, "person": person, "preview": preview})


@role_required(Role.BUILDER)
@require_http_methods(["GET", "POST"])
def memory_clear(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    """Wipe this agent's memory of the person; GET is the no-JS confirmation step."""
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    if request.method == "GET":
        return TemplateResponse(
            request,
            "customer_memory/memory_clear.html",
            {"agent": agent, "person": person, "memory": recall.memory_view(person, agent), "tab": "contacts"},
        )
    removed = services.clear_memory(person, agent=agent, actor=_actor(request))
    if _wants_partial(request):
        return _memory_response(request, agent, person)
    messages.success(request, f"Memory cleared ({removed} fact{'' if removed == 1 else 's'} removed).")
    return redirect(_person_url(agent, person))


@role_required(Role.BUILDER)
@require_GET
def fact_detail(request: HtmxHttpRequest, fact_id: str) -> HttpResponse:
    """One fact's row (what Cancel puts back after an edit)."""
    fact = get_fact_for_user(request.user, fact_id)
    agent, person = fact.memory.agent, fact.memory.person
    if not _wants_partial(request):
        return redirect(_person_url(agent, person))
    return TemplateResponse(
        request, "customer_memory/person.html#fact-row", {"agent": agent, "person": person, "fact": fact}
    )


@role_required(Role.BUILDER)
@require_http_methods(["GET", "POST"])
def fact_update(request: HtmxHttpRequest, fact_id: str) -> HttpResponse:
    """GET: the inline edit form. POST: save; the fact becomes manual, the old value kept."""
    fact = get_fact_for_user(request.user, fact_id)
    agent, person = fact.memory.agent, fact.memory.person
    if request.method == "POST":
        form = FactValueForm(request.POST)
        if form.is_valid():
            try:
                fact = services.update_fact(fact, value=form.cleaned_data["value"], actor=_actor(request))
            except MemoryEditError as error:
                form.add_error("value" if error.field == "value" else None, str(error))
            else:
                if not _wants_partial(request):
                    messages.success(request, f"{fact.humanized_key} saved.")
                    return redirect(_person_url(agent, person))
                response = TemplateResponse(
                    request, "customer_memory/person.html#fact-row", {"agent": agent, "person": person, "fact": fact}
                )
                return trigger_client_event(response, MEMORY_CHANGED)
    else:
        form = FactValueForm(initial={"value": fact.value})
    if _wants_partial(request):
        return TemplateResponse(
            request,
            "customer_memory/person.html#fact-form",
            {"agent": agent, "person": person, "fact": fact, "form": form},
        )
    return _person_page(request, agent, person, editing=fact, form=form)


@role_required(Role.BUILDER)
@require_POST
def fact_delete(request: HtmxHttpRequest, fact_id: str) -> HttpResponse:
    fact = get_fact_for_user(request.user, fact_id)
    agent, person = fact.memory.agent, fact.memory.person
    label = fact.humanized_key
    services.delete_fact(fact, actor=_actor(request))
    if _wants_partial(request):
        return _memory_response(request, agent, person)
    messages.success(request, f"{label} deleted.")
    return redirect(_person_url(agent, person))


@role_required(Role.BUILDER)
@require_POST
def fact_restore(request: HtmxHttpRequest, agent_id: str, person_id: str, entry_id: int) -> HttpResponse:
    """Undo a fact edit or delete from the person's History."""
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    entry = people.history_entry(person, entry_id)
    try:
        fact = services.restore_fact(entry, person=person, actor=_actor(request))
    except MemoryEditError as error:
        if not _wants_partial(request):
            messages.error(request, str(error))
            return redirect(_person_url(agent, person))
        response = TemplateResponse(
            request,
            "customer_memory/person.html#history",
            {"agent": agent, "person": person, "history": people.history(person, agent), "error": str(error)},
        )
        return reswap(retarget(response, "#history-section"), "outerHTML")
    if not _wants_partial(request):
        messages.success(request, f"{fact.humanized_key} restored.")
        return redirect(_person_url(agent, person))
    return _memory_response(request, fact.memory.agent, person)


# --- Agent knowledge (issue 18) ------------------------------------------------------------------------


def _knowledge_url(entry: KnowledgeEntry) -> str:
    return reverse("customer_memory:knowledge_detail", args=[entry.agent.public_id, entry.public_id])


@role_required(Role.BUILDER)
@require_GET
def knowledge_list(request: HtmxHttpRequest, agent_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    query = request.GET.get("q", "")[:200]
    status = request.GET.get("status", "")
    status = status if status in KnowledgeEntry.Status.values else ""
    tag = request.GET.get("tag", "")[: KnowledgeEntry.TAG_MAX_LENGTH]
    entries = list(knowledge.search(agent, query=query, status=status, tag=tag)[:KNOWLEDGE_PAGE])
    template_name = "customer_memory/knowledge.html"
    if _wants_partial(request):
        template_name += "#knowledge-list"
    return TemplateResponse(
        request,
        template_name,
        {
            "agent": agent,
            "entries": entries,
            "query": query,
            "status": status,
            "tag": tag,
            "tags": knowledge.tags_of(agent),
            "statuses": KnowledgeEntry.Status.choices,
            "filtered": bool(query or status or tag),
            "tab": "knowledge",
        },
    )


KNOWLEDGE_PAGE = 200


def _entry_page(
    request: HtmxHttpRequest, agent: Agent, entry: KnowledgeEntry | None, form: KnowledgeEntryForm
) -> TemplateResponse:
    versions = list(entry.versions.all()) if entry is not None else []
    return TemplateResponse(
        request,
        "customer_memory/knowledge_entry.html",
        {"agent": agent, "entry": entry, "form": form, "versions": versions, "tab": "knowledge"},
    )


def _save_entry(form: KnowledgeEntryForm, save: Any) -> KnowledgeEntry | None:
    """Run `save(fields)` for a valid form; a service refusal becomes an error on the field it names."""
    if not form.is_valid():
        return None
    try:
        return save(form.cleaned_data)
    except MemoryEditError as error:
        form.add_error(error.field if error.field in form.fields else None, str(error))
        return None


@role_required(Role.BUILDER)
@require_http_methods(["GET", "POST"])
def knowledge_new(request: HtmxHttpRequest, agent_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    form = KnowledgeEntryForm(request.POST or None)
    if request.method == "POST":
        entry = _save_entry(form, lambda fields: knowledge.create_entry(agent, actor=_actor(request), **fields))
        if entry is not None:
            messages.success(request, "Knowledge entry saved.")
            return redirect(_knowledge_url(entry))
    return _entry_page(request, agent, None, form)


@role_required(Role.BUILDER)
@require_http_methods(["GET", "POST"])
def knowledge_detail(request: HtmxHttpRequest, agent_id: str, knowledge_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    entry = get_knowledge_for_user(request.user, agent, knowledge_id)
    if request.method == "POST":
        form = KnowledgeEntryForm(request.POST)
        if _save_entry(form, lambda fields: knowledge.edit_entry(entry, actor=_actor(request), **fields)):
            messages.success(request, "Changes saved.")
            return redirect(_knowledge_url(entry))
    else:
        form = KnowledgeEntryForm(initial={**knowledge.snapshot(entry), "tags": ", ".join(entry.tags)})
    return _entry_page(request, agent, entry, form)


@role_required(Role.BUILDER)
@require_GET
def knowledge_export(request: HtmxHttpRequest, agent_id: str) -> HttpResponse:
    """Every entry with its versions, as the API's export (JSON download)."""
    agent = get_agent_for_user(request.user, agent_id)
    response = JsonResponse({"agent": agent.public_id, "entries": knowledge.export_entries(agent)})
    response["Content-Disposition"] = f'attachment; filename="{agent.public_id}-knowledge.json"'
    return response


# Approve and retire: the service, and what the toast says.
KNOWLEDGE_STATUS_CHANGES = {
    "approve": (knowledge.approve_entry, "Approved: the agent uses this entry from now on."),
    "retire": (knowledge.retire_entry, "Retired: the agent no longer uses this entry."),
}


@role_required(Role.BUILDER)
@require_POST
def knowledge_status(request: HtmxHttpRequest, agent_id: str, knowledge_id: str, change: str) -> HttpResponse:
    entry = get_knowledge_for_user(request.user, get_agent_for_user(request.user, agent_id), knowledge_id)
    service, done = KNOWLEDGE_STATUS_CHANGES[change]
    service(entry, actor=_actor(request))
    messages.success(request, done)
    return redirect(_knowledge_url(entry))


@role_required(Role.BUILDER)
@require_POST
def knowledge_revert(request: HtmxHttpRequest, agent_id: str, knowledge_id: str) -> HttpResponse:
    entry = get_knowledge_for_user(request.user, get_agent_for_user(request.user, agent_id), knowledge_id)
    number_text = request.POST.get("version", "")
    number = int(number_text) if number_text.isdigit() and len(number_text) < 9 else 0
    try:
        knowledge.revert_entry(entry, number=number, actor=_actor(request))
    except MemoryEditError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Version {number} is back, saved as a new version.")
    return redirect(_knowledge_url(entry))

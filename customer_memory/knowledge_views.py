"""The agent's Knowledge tab (issue 18): the entries an agent has learned or been given, their versions, and
Approve, Retire and Revert; every write goes through customer_memory.knowledge (audited)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from conversations.htmx import HtmxHttpRequest, wants_partial
from conversations.models import Agent
from customer_memory import knowledge
from customer_memory.access import get_agent_for_user, get_knowledge_for_user
from customer_memory.forms import KnowledgeEntryForm
from customer_memory.models import KnowledgeEntry
from customer_memory.services import MemoryEditError
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry
from tenants.roles import Role, has_role, role_required


def _actor(request: HtmxHttpRequest) -> Actor:
    return Actor.from_request(request, origin=AuditEntry.Origin.UI)


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
    if wants_partial(request):
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
            "can_export": has_role(request.user, Role.ADMIN),
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


@role_required(Role.ADMIN)
@require_GET
def knowledge_export(request: HtmxHttpRequest, agent_id: str) -> HttpResponse:
    """Every entry with its versions, as the API's export (JSON download); exports are for Owners and Admins,
    as every export of the UI."""
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

"""The person panel's privacy requests: Export and Erase (seed 004), through customer_memory.privacy like the
admin's and the API's, audited."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib import messages
from django.http import HttpResponse, JsonResponse, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import reswap, retarget, trigger_client_event

from conversations.htmx import HtmxHttpRequest, wants_partial
from conversations.models import Agent
from customer_memory import people, privacy
from customer_memory.access import get_agent_for_user, get_person_for_user
from customer_memory.forms import EraseForm, PeopleFilterForm, erase_confirmation
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry
from tenants.roles import Role, role_required


def _actor(request: HtmxHttpRequest) -> Actor:
    return Actor.from_request(request, origin=AuditEntry.Origin.UI)


def _count_label_after_erasure(request: HtmxHttpRequest, agent: Agent) -> str:
    """The People list's count for the list on the page (its search and filters are in the page's URL), which
    no longer has the erased person: "4 people", or nothing when no one is left."""
    form = PeopleFilterForm(QueryDict(urlsplit(request.htmx.current_url or "").query))
    form.is_valid()
    total = people.people_page(agent, filters=form.people_filter(), size=1, counted=True).total
    return people.count_label(total) if total else ""


@role_required(Role.ADMIN)
@require_GET
def person_export(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    """Everything held about the person as a JSON download (the admin's and the API's export, audited)."""
    get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    document = privacy.export_person(person, actor=_actor(request))
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="{person.public_id}.json"'
    return response


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def person_erase(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    """GET: what erasing deletes, and the field to type the label in. POST: erase everything (audited)."""
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    form = EraseForm(request.POST or None, person=person)
    if request.method == "POST" and form.is_valid():
        public_id, label = person.public_id, erase_confirmation(person)
        privacy.erase_person(person, actor=_actor(request))
        done = f"{label} was erased: conversations, memory, notes and history values are gone."
        if not wants_partial(request):
            messages.success(request, done)
            return redirect("customer_memory:person_list", agent.public_id)
        response = TemplateResponse(
            request,
            "customer_memory/person.html#person-erased",
            {"agent": agent, "done": done, "count_label": _count_label_after_erasure(request, agent)},
        )
        response = retarget(reswap(response, "outerHTML"), "#person-panel")
        # After the swap: the dialog has gone with the old panel, so the list can take the focus.
        return trigger_client_event(response, "person-erased", {"person": public_id, "message": done}, after="settle")
    template_name = "customer_memory/person_erase.html"
    if wants_partial(request):
        template_name += "#erase-form" if request.method == "POST" else "#erase-dialog"
    return TemplateResponse(
        request,
        template_name,
        {
            "agent": agent,
            "person": person,
            "form": form,
            "expected": form.expected,
            "preview": privacy.erasure_preview(person),
            "tab": "contacts",
        },
    )

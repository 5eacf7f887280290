"""HTML views of the People & Memory UI. Every view carries a visible policy.

Views fetch through customer_memory.access, read through customer_memory.people
and write through customer_memory.services; with htmx they answer with the
smallest partial of the page template (STYLE.md 4.5).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import reswap, retarget, trigger_client_event

from conversations.htmx import HtmxHttpRequest, wants_partial
from conversations.models import Agent, Person
from customer_memory import context, people, recall, services
from customer_memory.access import (
    get_agent_for_user,
    get_fact_for_user,
    get_note_for_user,
    get_person_for_user,
    may_delete_note,
    require_note_deletion,
)
from customer_memory.forms import (
    AgentSettingsForm,
    ContradictionForm,
    FactCreateForm,
    FactValueForm,
    NoteForm,
    PeopleFilterForm,
    SummaryForm,
)
from customer_memory.models import Fact
from customer_memory.services import AGENT_SETTINGS, MemoryEditError, NewerChange
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry
from tenants.roles import Role, has_role, role_required

# Regions refresh themselves on this event after any change to memory
# (History, the agent's-view preview).
MEMORY_CHANGED = "memory-changed"


def _actor(request: HtmxHttpRequest) -> Actor:
    return Actor.from_request(request, origin=AuditEntry.Origin.UI)


def _person_url(agent: Agent, person: Person) -> str:
    return reverse("customer_memory:person_detail", args=[agent.public_id, person.public_id])


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
                form.add_error(None, error if isinstance(error, ValidationError) else str(error))
                agent.refresh_from_db()
            else:
                if not wants_partial(request):
                    messages.success(request, "Settings saved.")
                    return redirect("customer_memory:agent_configure", agent.public_id)
                saved = True
                form = AgentSettingsForm(initial={name: getattr(agent, name) for name in AGENT_SETTINGS})
    else:
        form = AgentSettingsForm(initial={name: getattr(agent, name) for name in AGENT_SETTINGS})
    template_name = "customer_memory/agent_configure.html"
    if wants_partial(request):
        template_name += "#settings-form"
    return TemplateResponse(request, template_name, {"agent": agent, "form": form, "saved": saved, "tab": "configure"})


@role_required(Role.BUILDER)
@require_GET
def person_list(request: HtmxHttpRequest, agent_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    cursor = request.GET.get("cursor", "")
    template_name = "customer_memory/people.html"
    if wants_partial(request):
        template_name += "#people-page" if cursor else "#people-list"
    return TemplateResponse(
        request, template_name, {"agent": agent, **_people_list(request, agent, cursor=cursor), "tab": "contacts"}
    )


def _people_list(request: HtmxHttpRequest, agent: Agent, *, cursor: str = "") -> dict[str, Any]:
    """The People list as the URL's search, filters and sort ask (a bad value is ignored, its error shown)."""
    form = PeopleFilterForm(request.GET)
    form.is_valid()
    filters = form.people_filter()
    # Counted for a whole list, not for each "Load more".
    listed = people.people_page(agent, filters=filters, cursor=cursor, counted=not (cursor and wants_partial(request)))
    return {
        "page": listed.page,
        "count_label": "" if listed.total is None else people.count_label(listed.total),
        "filter_form": form,
        "filter_selects": form.selects("channel", "memory", "seen", "sort"),
        "filtered": bool(form.filters().keys() - {"sort"}),
        "query": filters.query,
        "list_query": form.query_string(),
        "view": "people",
    }


def _person_page(
    request: HtmxHttpRequest,
    agent: Agent,
    person: Person,
    *,
    editing: Fact | None = None,
    form: FactValueForm | None = None,
    **extra: Any,
) -> TemplateResponse:
    """The People view with this person's panel open (also the no-JS fallback)."""
    panel = people.person_panel(person, agent)
    page_context: dict[str, Any] = {
        **_memory_context(request, person, panel.memory),
        "agent": agent,
        "person": person,
        "panel": panel,
        "history": panel.history,
        "notes": _notes_context(request, panel.notes),
        "editing": editing.public_id if editing else "",
        "selected_id": person.pk,
        "form": form,
        "tab": "contacts",
        "view": "people",
        **extra,
    }
    if wants_partial(request):
        return TemplateResponse(request, "customer_memory/person.html#person-panel", page_context)
    page_context.update(_people_list(request, agent))
    return TemplateResponse(request, "customer_memory/people.html", page_context)


@role_required(Role.BUILDER)
@require_GET
def person_detail(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    return _person_page(request, agent, person)


def _memory_context(request: HtmxHttpRequest, person: Person, memory: recall.MemoryView) -> dict[str, Any]:
    """What the Memory section shows besides the memory: the contradictions to settle, who may do what."""
    return {
        "memory": memory,
        "contradictions": people.contradictions(memory.facts),
        "is_staff": has_role(request.user, Role.ADMIN),
    }


def _notes_context(request: HtmxHttpRequest, notes: list[Any]) -> list[tuple[Any, bool]]:
    return [(note, may_delete_note(request.user, note)) for note in notes]


def _memory_response(
    request: HtmxHttpRequest, agent: Agent, person: Person, *, changed: bool = True, **extra: Any
) -> HttpResponse:
    """The Memory section again (with an open form, a notice or what to focus in `extra`), the list row's
    badge out of band, and the event when memory changed."""
    response = TemplateResponse(
        request,
        "customer_memory/person.html#memory-updated",
        {
            **_memory_context(request, person, recall.memory_view(person, agent)),
            "agent": agent,
            "person": person,
            "has_memory": recall.remembers(person, agent),
            **extra,
        },
    )
    response = retarget(reswap(response, "outerHTML"), "#memory-section")
    return trigger_client_event(response, MEMORY_CHANGED) if changed else response


@role_required(Role.BUILDER)
@require_GET
def person_memory(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    if not wants_partial(request):
        return redirect(_person_url(agent, person))
    # Cancel in an open form puts the focus back on the button that opened it.
    focus = request.GET.get("focus", "")
    return TemplateResponse(
        request,
        "customer_memory/person.html#memory",
        {
            "agent": agent,
            "person": person,
            **_memory_context(request, person, recall.memory_view(person, agent)),
            "focus": focus if focus in ("fact-add-button", "summary-edit") else "",
        },
    )


@role_required(Role.BUILDER)
@require_GET
def person_history(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    if not wants_partial(request):
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
    if wants_partial(request):
        template_name += "#agent-view-body"
    # An expired memory is never injected: say so rather than "nothing learned" (issue 15, B4).
    expired = not preview.context_text and recall.memory_view(person, agent).expired
    return TemplateResponse(
        request, template_name, {"agent": agent, "person": person, "preview": preview, "memory_expired": expired}
    )


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
    cleared = f"Memory cleared ({removed} fact{'' if removed == 1 else 's'} deleted). This can't be undone."
    if wants_partial(request):
        # Said in place and as a toast: there is no Undo to offer, clearing is a deletion (issue 15, item 4).
        response = _memory_response(request, agent, person, notice=cleared, focus="memory-title")
        return trigger_client_event(response, "toast", {"message": cleared})
    messages.success(request, cleared)
    return redirect(_person_url(agent, person))


@role_required(Role.BUILDER)
@require_GET
def fact_detail(request: HtmxHttpRequest, fact_id: str) -> HttpResponse:
    """One fact's row (what Cancel puts back after an edit)."""
    fact = get_fact_for_user(request.user, fact_id)
    agent, person = fact.memory.agent, fact.memory.person
    if not wants_partial(request):
        return redirect(_person_url(agent, person))
    return TemplateResponse(
        request,
        "customer_memory/person.html#fact-row",
        {"agent": agent, "person": person, "fact": fact, "focus": f"fact-{fact.public_id}"},
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
                if not wants_partial(request):
                    messages.success(request, f"{fact.humanized_key} saved.")
                    return redirect(_person_url(agent, person))
                response = TemplateResponse(
                    request,
                    "customer_memory/person.html#fact-saved",
                    {
                        "agent": agent,
                        "person": person,
                        "fact": fact,
                        "focus": f"fact-{fact.public_id}",
                        "updated_at": fact.memory.updated_at,
                    },
                )
                return trigger_client_event(response, MEMORY_CHANGED)
    else:
        form = FactValueForm(initial={"value": fact.value})
    if wants_partial(request):
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
    facts = recall.memory_view(person, agent).facts
    position = next((index for index, item in enumerate(facts) if item.pk == fact.pk), 0)
    entry = services.delete_fact(fact, actor=_actor(request))
    if wants_partial(request):
        following = facts[position + 1] if position + 1 < len(facts) else None
        return _memory_response(
            request,
            agent,
            person,
            undo={"entry": entry, "position": position, "label": label},
            focus=f"fact-{following.public_id}" if following else "undo-delete",
        )
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
        fact = services.restore_fact(
            entry, person=person, actor=_actor(request), replace_newer=request.POST.get("replace_newer") == "1"
        )
    except MemoryEditError as error:
        # A newer change is only replaced once asked (issue 15, B8): History shows what would be lost.
        if not wants_partial(request):
            messages.error(request, str(error))
            return redirect(_person_url(agent, person))
        response = TemplateResponse(
            request,
            "customer_memory/person.html#history",
            {
                "agent": agent,
                "person": person,
                "history": people.history(person, agent),
                "error": str(error),
                "asking": entry.pk if isinstance(error, NewerChange) else None,
            },
        )
        return reswap(retarget(response, "#history-section"), "outerHTML")
    if not wants_partial(request):
        messages.success(request, f"{fact.humanized_key} restored.")
        return redirect(_person_url(agent, person))
    return _memory_response(request, fact.memory.agent, person, focus=f"fact-{fact.public_id}")


@role_required(Role.BUILDER)
@require_http_methods(["GET", "POST"])
def fact_create(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    """GET: the add-a-fact form in the Memory section. POST: a manual fact (an existing key is updated)."""
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    form = FactCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            fact = services.create_fact(person, agent=agent, actor=_actor(request), **form.cleaned_data)
        except MemoryEditError as error:
            form.add_error(error.field or None, str(error))
        else:
            if not wants_partial(request):
                messages.success(request, f"{fact.humanized_key} saved.")
                return redirect(_person_url(agent, person))
            return _memory_response(request, agent, person, focus=f"fact-{fact.public_id}")
    extra: dict[str, Any] = {"add_form": form, "keys_in_use": people.fact_keys_in_use()}
    if wants_partial(request):
        return _memory_response(request, agent, person, changed=False, **extra)
    return _person_page(request, agent, person, **extra)


@role_required(Role.BUILDER)
@require_POST
def fact_confirm(request: HtmxHttpRequest, fact_id: str) -> HttpResponse:
    """A person vouches for an AI fact: it becomes manual, so the AI no longer changes it."""
    fact = get_fact_for_user(request.user, fact_id)
    agent, person = fact.memory.agent, fact.memory.person
    fact = services.update_fact(fact, value=fact.value, actor=_actor(request))
    if not wants_partial(request):
        messages.success(request, f"{fact.humanized_key} confirmed.")
        return redirect(_person_url(agent, person))
    return _memory_response(request, agent, person, focus=f"fact-{fact.public_id}")


@role_required(Role.BUILDER)
@require_http_methods(["GET", "POST"])
def summary_update(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    """GET: the summary as an editable text. POST: save it; it becomes manual until the next extraction."""
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    if request.method == "POST":
        form = SummaryForm(request.POST)
        if form.is_valid():
            try:
                services.update_summary(
                    person, agent=agent, summary=form.cleaned_data["summary"], actor=_actor(request)
                )
            except MemoryEditError as error:
                form.add_error("summary", str(error))
            else:
                if not wants_partial(request):
                    messages.success(request, "Summary saved.")
                    return redirect(_person_url(agent, person))
                return _memory_response(request, agent, person, focus="summary-edit")
    else:
        memory = recall.memory_view(person, agent).memory
        form = SummaryForm(initial={"summary": memory.summary if memory else ""})
    if wants_partial(request):
        return _memory_response(request, agent, person, changed=False, summary_form=form)
    return _person_page(request, agent, person, summary_form=form)


@role_required(Role.BUILDER)
@require_POST
def contradiction_resolve(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    """Settle a noted contradiction in one click: keep the current value or take the other."""
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    form = ContradictionForm(request.POST)
    error = ""
    fact = None
    if form.is_valid():
        try:
            fact = services.resolve_contradiction(
                person,
                agent=agent,
                item=form.cleaned_data["item"],
                take_other=form.cleaned_data["choice"] == "take",
                actor=_actor(request),
            )
        except MemoryEditError as failure:
            error = str(failure)
    else:
        error = " ".join(f"{form[name].label}: {' '.join(map(str, errors))}" for name, errors in form.errors.items())
    if not wants_partial(request):
        if error:
            messages.error(request, error)
        return redirect(_person_url(agent, person))
    return _memory_response(
        request, agent, person, notice=error, focus=f"fact-{fact.public_id}" if fact else "memory-title"
    )


def _notes_response(
    request: HtmxHttpRequest, agent: Agent, person: Person, *, form: NoteForm | None = None, **extra: Any
) -> HttpResponse:
    return TemplateResponse(
        request,
        "customer_memory/person.html#notes",
        {
            "agent": agent,
            "person": person,
            "notes": _notes_context(request, people.notes(person)),
            "note_form": form or NoteForm(),
            **extra,
        },
    )


@role_required(Role.BUILDER)
@require_http_methods(["GET", "POST"])
def note_list(request: HtmxHttpRequest, agent_id: str, person_id: str) -> HttpResponse:
    """GET: the Notes section. POST: add a staff note (the context carries the last five)."""
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    if request.method == "GET":
        if not wants_partial(request):
            return redirect(_person_url(agent, person))
        return _notes_response(request, agent, person)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            note = services.add_note(person, text=form.cleaned_data["text"], actor=_actor(request))
        except MemoryEditError as error:
            form.add_error("text", str(error))
        else:
            if not wants_partial(request):
                messages.success(request, "Note added.")
                return redirect(_person_url(agent, person))
            return _notes_response(request, agent, person, focus=f"note-{note.public_id}")
    if not wants_partial(request):
        return _person_page(request, agent, person, note_form=form)
    return _notes_response(request, agent, person, form=form, focus="note-text")


@role_required(Role.BUILDER)
@require_POST
def note_delete(request: HtmxHttpRequest, agent_id: str, person_id: str, note_id: str) -> HttpResponse:
    """The author deletes their note; Owners and Admins delete any (403 for other Builders)."""
    agent = get_agent_for_user(request.user, agent_id)
    person = get_person_for_user(request.user, person_id)
    note = get_note_for_user(request.user, person, note_id)
    require_note_deletion(request.user, note)
    remaining = people.notes(person)
    position = next((index for index, item in enumerate(remaining) if item.pk == note.pk), 0)
    services.delete_note(note, actor=_actor(request))
    if not wants_partial(request):
        messages.success(request, "Note deleted.")
        return redirect(_person_url(agent, person))
    following = remaining[position + 1] if position + 1 < len(remaining) else None
    return _notes_response(
        request,
        agent,
        person,
        notice="Note deleted.",
        focus=f"note-{following.public_id}" if following else "note-text",
    )


@role_required(Role.BUILDER)
@require_GET
def fact_source(request: HtmxHttpRequest, fact_id: str) -> HttpResponse:
    """The conversation a fact was learned from, inline, its source messages highlighted."""
    fact = get_fact_for_user(request.user, fact_id)
    conversation = fact.source_conversation
    if conversation is None:
        raise Http404("This fact has no source conversation.")
    if not wants_partial(request):
        return redirect("conversations:conversation_detail", conversation.public_id)
    return TemplateResponse(
        request,
        "conversations/conversation.html#message-list",
        {
            "conversation": conversation,
            "thread": conversation.messages.all(),
            "highlighted": set(fact.source_messages),
        },
    )

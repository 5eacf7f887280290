"""Chats: the conversation list of an agent and conversation threads (HTML, HTMX-aware).

Both show end-user data (person labels, messages), so Members get 403 here
like on every People page (seed 004).
"""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_GET

from conversations import recordings
from conversations.access import get_agent_for_user, get_conversation_for_user
from conversations.byte_ranges import ranged_file_response
from conversations.chats import chats_page
from conversations.forms import ContactFilterForm
from conversations.htmx import HtmxHttpRequest, wants_partial
from tenants.roles import Role, role_required


@role_required(Role.BUILDER)
@require_GET
def chat_list(request: HtmxHttpRequest, agent_id: str) -> HttpResponse:
    """The Contacts tab's default view: this agent's conversations, latest first, searched and filtered by the URL."""
    agent = get_agent_for_user(request.user, agent_id)
    cursor = request.GET.get("cursor", "")
    form = ContactFilterForm(request.GET)
    form.is_valid()  # a bad value is left out and its error shown
    filters = form.filters()
    page = chats_page(
        agent,
        query=filters.get("q", ""),
        channel=filters.get("channel", ""),
        seen_since=form.seen_since(),
        cursor=cursor,
    )
    template_name = "conversations/chats.html"
    if wants_partial(request):
        template_name += "#chats-page" if cursor else "#chat-list"
    return TemplateResponse(
        request,
        template_name,
        {
            "agent": agent,
            "page": page,
            "filter_form": form,
            "filter_selects": form.selects("channel", "seen"),
            "filtered": bool(filters),
            "query": filters.get("q", ""),
            "list_query": form.query_string(),
            "tab": "contacts",
            "view": "chats",
        },
    )


@role_required(Role.BUILDER)
@require_GET
def conversation_detail(request: HtmxHttpRequest, conversation_id: str) -> HttpResponse:
    """A thread: inline (htmx, in Chats or the person panel) or as its own page."""
    conversation = get_conversation_for_user(request.user, conversation_id)
    template_name = "conversations/conversation.html"
    if wants_partial(request):
        template_name += "#message-list"
    return TemplateResponse(
        request,
        template_name,
        {
            "conversation": conversation,
            "agent": conversation.agent,
            "person": conversation.person,
            "thread": conversation.messages.all(),
            "recording": recordings.recording_of(conversation),
            "tab": "contacts",
            "view": "chats",
        },
    )


@role_required(Role.BUILDER)
@require_GET
def conversation_recording(request: HtmxHttpRequest, conversation_id: str) -> HttpResponse | FileResponse:
    """The conversation's audio for the player: inline, seekable (Range), for this user only."""
    conversation = get_conversation_for_user(request.user, conversation_id)
    recording = recordings.recording_of(conversation)
    if recording is None:
        raise Http404("This conversation has no recording.")
    response = ranged_file_response(
        request,
        recordings.open_recording(recording),
        size=recording.size,
        content_type=recording.content_type,
        filename=recordings.download_name(recording),
    )
    # Personal data: no shared cache may keep it, and the browser keeps no copy on disk.
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ["Cookie"])
    return response

"""HTML views of the People & Memory UI. Every view carries a visible policy."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from conversations.models import Agent
from tenants.roles import Role, public, role_required


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
def agent_list(request: HttpRequest) -> HttpResponse:
    agents = Agent.objects.all()
    return TemplateResponse(request, "customer_memory/agent_list.html", {"agents": agents})

"""Pages outside any organization's UI: sign-in (protected by tenants.sign_in: django-axes and a per-address
cap), the public host's home page and the load balancers' health check."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from tenants.roles import public
from tenants.sign_in import SignInForm


class SignInView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True
    form_class = SignInForm


login = SignInView.as_view()


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

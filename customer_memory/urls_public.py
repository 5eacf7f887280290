"""URLs of the public host: the operator's admin and a health check."""

from __future__ import annotations

from django.templatetags.static import static
from django.urls import path
from django.views.generic import RedirectView

from tenants import views as tenant_views
from tenants.admin import public_admin_site
from tenants.roles import public

urlpatterns = [
    path("", tenant_views.public_home, name="public_home"),
    path("health/", tenant_views.health, name="health"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin's).
    path("favicon.ico", public(RedirectView.as_view(url=static("favicon.svg"), permanent=True)), name="favicon"),
    path("admin/", public_admin_site.urls),
]

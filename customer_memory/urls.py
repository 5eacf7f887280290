"""URLs of an organization's host (ROOT_URLCONF for tenant schemas)."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from tenants import views as tenant_views
from tenants.roles import public

urlpatterns = [
    path("", include("customer_memory.urls_ui")),
    path("chats/", include("conversations.urls")),
    path("login/", public(tenant_views.login), name="login"),
    path("logout/", public(auth_views.LogoutView.as_view()), name="logout"),
    path("health/", tenant_views.health, name="health"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin's).
    path("favicon.ico", public(RedirectView.as_view(url=static("favicon.svg"), permanent=True)), name="favicon"),
    path("admin/", admin.site.urls),
    path("api/tenants/me/", include("customer_memory.api.urls")),
    path("api/tenants/me/", include("conversations.api.urls")),
    path("api/schema/", public(SpectacularAPIView.as_view()), name="api-schema"),
    path("api/docs/", public(SpectacularSwaggerSplitView.as_view(url_name="api-schema")), name="api-docs"),
]

# JSON error envelopes under /api/ (unknown paths, crashes outside a view);
# the usual pages elsewhere.
handler400 = "customer_memory.api.exceptions.api_bad_request"
handler404 = "customer_memory.api.exceptions.api_page_not_found"
handler500 = "customer_memory.api.exceptions.api_server_error"

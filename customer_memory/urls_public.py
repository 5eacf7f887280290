"""URLs of the public host: the operator's admin and a health check."""

from __future__ import annotations

from django.urls import path

from customer_memory import views
from tenants.admin import public_admin_site

urlpatterns = [
    path("", views.public_home, name="public_home"),
    path("health/", views.health, name="health"),
    path("admin/", public_admin_site.urls),
]

"""The People & Memory UI (the UI helper fills this in)."""

from __future__ import annotations

from django.urls import path

from customer_memory import views

app_name = "customer_memory"

urlpatterns = [
    path("", views.agent_list, name="agent_list"),
]

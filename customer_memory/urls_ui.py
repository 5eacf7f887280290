"""The People & Memory UI: agents, People, the person panel, memory edits, Configure."""

from __future__ import annotations

from django.urls import path

from customer_memory import knowledge_views, privacy_views, views

app_name = "customer_memory"

person = "agents/<str:agent_id>/people/<str:person_id>/"
knowledge = "agents/<str:agent_id>/knowledge/<str:knowledge_id>/"

urlpatterns = [
    path("", views.agent_list, name="agent_list"),
    path("agents/<str:agent_id>/", views.agent_detail, name="agent_detail"),
    path("agents/<str:agent_id>/configure/", views.agent_configure, name="agent_configure"),
    path("agents/<str:agent_id>/people/", views.person_list, name="person_list"),
    path("agents/<str:agent_id>/knowledge/", knowledge_views.knowledge_list, name="knowledge_list"),
    path("agents/<str:agent_id>/knowledge/new/", knowledge_views.knowledge_new, name="knowledge_new"),
    path("agents/<str:agent_id>/knowledge/export/", knowledge_views.knowledge_export, name="knowledge_export"),
    path(f"{knowledge}", knowledge_views.knowledge_detail, name="knowledge_detail"),
    path(f"{knowledge}approve/", knowledge_views.knowledge_status, {"change": "approve"}, name="knowledge_approve"),
    path(f"{knowledge}retire/", knowledge_views.knowledge_status, {"change": "retire"}, name="knowledge_retire"),
    path(f"{knowledge}revert/", knowledge_views.knowledge_revert, name="knowledge_revert"),
    path(person, views.person_detail, name="person_detail"),
    path(f"{person}memory/", views.person_memory, name="person_memory"),
    path(f"{person}memory/clear/", views.memory_clear, name="memory_clear"),
    path(f"{person}history/", views.person_history, name="person_history"),
    path(f"{person}history/<int:entry_id>/restore/", views.fact_restore, name="fact_restore"),
    path(f"{person}context/", views.person_context, name="person_context"),
    path(f"{person}facts/add/", views.fact_create, name="fact_create"),
    path(f"{person}memory/summary/", views.summary_update, name="summary_update"),
    path(f"{person}memory/contradictions/resolve/", views.contradiction_resolve, name="contradiction_resolve"),
    path(f"{person}notes/", views.note_list, name="note_list"),
    path(f"{person}notes/<str:note_id>/delete/", views.note_delete, name="note_delete"),
    path(f"{person}export/", privacy_views.person_export, name="person_export"),
    path(f"{person}erase/", privacy_views.person_erase, name="person_erase"),
    path("facts/<str:fact_id>/", views.fact_detail, name="fact_detail"),
    path("facts/<str:fact_id>/edit/", views.fact_update, name="fact_update"),
    path("facts/<str:fact_id>/delete/", views.fact_delete, name="fact_delete"),
    path("facts/<str:fact_id>/confirm/", views.fact_confirm, name="fact_confirm"),
    path("facts/<str:fact_id>/source/", views.fact_source, name="fact_source"),
]

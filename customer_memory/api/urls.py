"""Customer, memory and agent endpoints, mounted at /api/tenants/me/."""

from __future__ import annotations

from django.urls import path

from customer_memory.api import knowledge_views, views

urlpatterns = [
    path("customers", views.CustomerListView.as_view(), name="api-customer-list"),
    # Before customers/<id>: "search" is not a customer id.
    path("customers/search", views.CustomerSearchView.as_view(), name="api-customer-search"),
    path("customers/<str:customer_id>", views.CustomerDetailView.as_view(), name="api-customer-detail"),
    path("customers/<str:customer_id>/context", views.CustomerContextView.as_view(), name="api-customer-context"),
    path("customers/<str:customer_id>/facts", views.FactListView.as_view(), name="api-fact-list"),
    path("customers/<str:customer_id>/facts/<str:fact_id>", views.FactDetailView.as_view(), name="api-fact-detail"),
    path("customers/<str:customer_id>/notes", views.NoteListView.as_view(), name="api-note-list"),
    path("customers/<str:customer_id>/memory", views.MemoryView.as_view(), name="api-memory"),
    path(
        "customers/<str:customer_id>/form-submissions",
        views.FormSubmissionView.as_view(),
        name="api-form-submissions",
    ),
    path("customers/<str:customer_id>/export", views.CustomerExportView.as_view(), name="api-customer-export"),
    path("webhooks", views.WebhookListView.as_view(), name="api-webhook-list"),
    path("webhooks/<str:webhook_id>", views.WebhookDetailView.as_view(), name="api-webhook-detail"),
    path(
        "conversations/<str:conversation_id>/relearn",
        views.ConversationRelearnView.as_view(),
        name="api-conversation-relearn",
    ),
    path("agents", views.AgentListView.as_view(), name="api-agent-list"),
    path("agents/<str:agent_id>", views.AgentDetailView.as_view(), name="api-agent-detail"),
    path("agents/<str:agent_id>/knowledge", knowledge_views.KnowledgeListView.as_view(), name="api-knowledge-list"),
    # Before knowledge/<id>: "import" and "export" are not entry ids.
    path(
        "agents/<str:agent_id>/knowledge/import",
        knowledge_views.KnowledgeImportView.as_view(),
        name="api-knowledge-import",
    ),
    path(
        "agents/<str:agent_id>/knowledge/export",
        knowledge_views.KnowledgeExportView.as_view(),
        name="api-knowledge-export",
    ),
    path(
        "agents/<str:agent_id>/knowledge/<str:knowledge_id>",
        knowledge_views.KnowledgeDetailView.as_view(),
        name="api-knowledge-detail",
    ),
    path(
        "agents/<str:agent_id>/knowledge/<str:knowledge_id>/approve",
        knowledge_views.KnowledgeApproveView.as_view(),
        name="api-knowledge-approve",
    ),
    path(
        "agents/<str:agent_id>/knowledge/<str:knowledge_id>/retire",
        knowledge_views.KnowledgeRetireView.as_view(),
        name="api-knowledge-retire",
    ),
    path(
        "agents/<str:agent_id>/knowledge/<str:knowledge_id>/feedback",
        knowledge_views.KnowledgeFeedbackView.as_view(),
        name="api-knowledge-feedback",
    ),
    path(
        "agents/<str:agent_id>/knowledge/<str:knowledge_id>/revert",
        knowledge_views.KnowledgeRevertView.as_view(),
        name="api-knowledge-revert",
    ),
]

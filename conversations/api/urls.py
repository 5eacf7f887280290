"""Ingest and conversation endpoints, mounted at /api/tenants/me/."""

from __future__ import annotations

from django.urls import path

from conversations.api import views

urlpatterns = [
    path("ingest", views.MessageIngestView.as_view(), name="api-ingest"),
    path("conversations", views.ConversationListView.as_view(), name="api-conversation-list"),
    path("conversations/<str:conversation_id>", views.ConversationDetailView.as_view(), name="api-conversation-detail"),
    path(
        "conversations/<str:conversation_id>/close",
        views.ConversationCloseView.as_view(),
        name="api-conversation-close",
    ),
    path(
        "conversations/<str:conversation_id>/recording",
        views.ConversationRecordingView.as_view(),
        name="api-conversation-recording",
    ),
]

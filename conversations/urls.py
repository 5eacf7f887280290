"""Chats: an agent's conversation list and each conversation's thread (mounted at /chats/)."""

from __future__ import annotations

from django.urls import path

from conversations import views

app_name = "conversations"

urlpatterns = [
    path("agents/<str:agent_id>/", views.chat_list, name="chat_list"),
    path("<str:conversation_id>/", views.conversation_detail, name="conversation_detail"),
    path("<str:conversation_id>/recording/", views.conversation_recording, name="conversation_recording"),
]

"""Chats: the conversation list and threads (HTML, HTMX-aware)."""

from __future__ import annotations

from __future__ import annotations

app_name = "conversations"

urlpatterns: list = []

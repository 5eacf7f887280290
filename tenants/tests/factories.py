"""Typed factory functions: each test states only the fields it depends on."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

from conftest import PASSWORD
from tenants.roles import Role, assign_role


def create_org_user(*, email: str, role: Role, is_active: bool = True) -> Any:
    """A user of the current schema with `role`, written directly (no audit entry of its own)."""
    user = get_user_model().objects.create_user(username=email, email=email, password=PASSWORD, is_active=is_active)
    assign_role(user, role)
    return user

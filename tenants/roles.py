"""The four roles of an organization, as Django groups with permissions.

Owner and Admin run the organization (admin site, users, API keys, GDPR);
Builder configures agents and reads and corrects People and memory; Member is
chat-only and sees no end-user data (seed 004).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.decorators import login_required
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.postgres.aggregates import ArrayAgg
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django_tenants.utils import get_public_schema_name

from tenants import audit
from tenants.audit import Actor
from tenants.db import connection
from tenants.keys_and_audit.models import AuditEntry


class Role(models.TextChoices):
    OWNER = "owner", "Owner"
    ADMIN = "admin", "Admin"
    BUILDER = "builder", "Builder"
    MEMBER = "member", "Member"


# Higher rank may do everything a lower rank may.
RANK = {Role.MEMBER: 0, Role.BUILDER: 1, Role.ADMIN: 2, Role.OWNER: 3}
STAFF_ROLES = {Role.OWNER, Role.ADMIN}

# Apps whose model permissions the organization's roles hand out.
ORGANIZATION_APPS = ("auth", "access", "conversations", "customer_memory")
BUILDER_PERMISSIONS = {
    "conversations": ("view_agent", "change_agent", "view_person", "view_conversation", "view_message"),
    "customer_memory": (
        "view_memory",
        "change_memory",
        "delete_memory",
        "view_fact",
        "add_fact",
        "change_fact",
        "delete_fact",
        "view_episode",
    ),
}


def role_permissions(role: Role) -> Any:
    if role in STAFF_ROLES:
        return Permission.objects.filter(content_type__app_label__in=ORGANIZATION_APPS)
    if role == Role.BUILDER:
        query = models.Q(pk__in=[])
        for app_label, codenames in BUILDER_PERMISSIONS.items():
            query |= models.Q(content_type__app_label=app_label, codename__in=codenames)
        return Permission.objects.filter(query)
    return Permission.objects.none()


def create_roles() -> None:
    """Create the four groups with their permissions in the current schema."""
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for role in Role:
        group, _ = Group.objects.get_or_create(name=role.label)
        group.permissions.set(role_permissions(role))


def create_roles_after_migrate(**kwargs: Any) -> None:
    if connection.schema_name != get_public_schema_name():
        create_roles()


def role_of(user: Any) -> Role | None:
    """The user's role, read once per request and kept on the user object."""
    if not getattr(user, "is_authenticated", False) or not hasattr(user, "groups"):
        return None
    if not hasattr(user, "_role_cache"):
        user._role_cache = role_named(user.groups.values_list("name", flat=True))
    return user._role_cache


def role_named(group_names: Iterable[str]) -> Role | None:
    """The highest role among these group names."""
    names = set(group_names)
    return next((role for role in sorted(RANK, key=RANK.__getitem__, reverse=True) if role.label in names), None)


class RoleReadingBackend(ModelBackend):
    """Django's ModelBackend, reading the signed-in user's role in the same statement as the user (an
    ArrayAgg of the group names): every page checks the role (role_required), so this saves a query per
    request. Signing in, passwords and permissions are ModelBackend's."""

    def get_user(self, user_id: Any) -> Any:
        user_model = get_user_model()
        try:
            user_id = user_model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        user = user_model.objects.annotate(role_groups=ArrayAgg("groups__name")).filter(pk=user_id).first()
        if user is None or not self.user_can_authenticate(user):
            return None
        user._role_cache = role_named([name for name in user.role_groups if name])  # type: ignore[attr-defined]
        return user


def has_role(user: Any, minimum: Role) -> bool:
    role = role_of(user)
    return role is not None and RANK[role] >= RANK[minimum]


def can_manage_user(actor: Any, target: Any) -> bool:
    """Whether `actor` may change `target`'s role, password, active flag, username or email, or delete them.

    Owners manage everyone; Admins manage Builders, Members and users without
    a role, and not themselves (their own password is changed on the admin's
    "Change password" page, which asks for the old one). Nobody else manages
    anyone. Keeping an active Owner is checked separately (tenants.users).
    """
    if not getattr(actor, "is_active", False) or actor.pk is None:
        return False
    if has_role(actor, Role.OWNER):
        return True
    if role_of(actor) != Role.ADMIN or target.pk == actor.pk or target.is_superuser:
        return False
    role = role_of(target)
    return role is None or RANK[role] < RANK[Role.ADMIN]


def can_grant_role(actor: Any, role: Role) -> bool:
    """Owners grant any role; Admins grant Builder and Member only."""
    if not getattr(actor, "is_active", False):
        return False
    if has_role(actor, Role.OWNER):
        return True
    return role_of(actor) == Role.ADMIN and RANK[role] < RANK[Role.ADMIN]


@transaction.atomic
def assign_role(user: Any, role: Role, *, actor: Actor | None = None) -> None:
    """Make `role` the user's only role; Owners and Admins get the admin site.

    Checks no one's right to do so: a person's change goes through
    tenants.users.change_role, which does.
    """
    previous = role_of(user) if user.pk else None
    groups = Group.objects.filter(name__in=[r.label for r in Role])
    user.groups.remove(*groups)
    user.groups.add(Group.objects.get(name=role.label))
    user.is_staff = role in STAFF_ROLES
    user.save(update_fields=["is_staff"])
    if hasattr(user, "_role_cache"):
        del user._role_cache
    if previous != role:
        audit.record(
            AuditEntry.Action.ROLE_CHANGED,
            actor=actor or Actor(origin=AuditEntry.Origin.CLI),
            object_type="user",
            object_id=str(user.pk),
            changes={"before": previous.value if previous else None, "after": role.value, "user": user.get_username()},
        )


def role_required(minimum: Role) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """View decorator: log in first, then 403 unless the user has `minimum` or higher."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @login_required
        @wraps(view)
        def wrapper(request: Any, *args: Any, **kwargs: Any) -> Any:
            if not has_role(request.user, minimum):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapper.required_role = minimum  # type: ignore[attr-defined]
        return wrapper

    return decorator


def public(view: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a view as deliberately open to anyone (the convention test looks for it)."""
    view.is_public = True  # type: ignore[attr-defined]
    return view

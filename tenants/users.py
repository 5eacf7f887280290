"""Adding, changing and deleting an organization's users, and the audit log of it.

Who may change whom is `tenants.roles.can_manage_user`. The functions here
check it again, and keep one active Owner, so the admin (which checks first
to show a read-only page, a 403 or a form error) is not the only wall. An
actor without a user or API key is the operator's command line or a task and
is trusted. No entry holds a password or its hash: a password change is
logged as "changed" or "disabled".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from tenants import audit
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry
from tenants.roles import Role, assign_role, can_grant_role, can_manage_user, role_of

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from django.db.models import QuerySet

COMMAND_LINE = Actor(origin=AuditEntry.Origin.CLI)
PROFILE_FIELDS = ("username", "email", "first_name", "last_name")
CHANGEABLE_FIELDS = (*PROFILE_FIELDS, "is_active")


def is_trusted(actor: Actor) -> bool:
    """The command line or a task: no user to hold a role, and no door from outside."""
    return (
        actor.user is None and actor.api_key is None and actor.origin in {AuditEntry.Origin.CLI, AuditEntry.Origin.TASK}
    )


def may_manage(actor: Actor, user: User) -> bool:
    return is_trusted(actor) or (actor.user is not None and can_manage_user(actor.user, user))


def may_set_password(actor: Actor, user: User) -> bool:
    """Anyone may set their own password; otherwise as may_manage."""
    return may_manage(actor, user) or (actor.user is not None and actor.user.pk == user.pk)


def check_role_change(user: User, role: Role, *, actor: Actor) -> None:
    """Raise ValidationError unless `actor` may give `user` (new if unsaved) `role`.

    Whether `actor` may change `user` at all is may_manage's; this is the
    part an admin form shows as an error on the role field.
    """
    current = role_of(user) if user.pk else None
    if role == current or is_trusted(actor):
        return
    if user.pk and user.pk == getattr(actor.user, "pk", None):
        raise ValidationError("You can't change your own role; ask another Owner.")
    if not can_grant_role(actor.user, role) or (current is not None and not can_grant_role(actor.user, current)):
        raise ValidationError("Only an Owner can grant or take away the Owner or Admin role.")


def is_last_active_owner(user: User) -> bool:
    if not (user.pk and user.is_active and role_of(user) == Role.OWNER):
        return False
    return not active_owners().exclude(pk=user.pk).exists()


def active_owners() -> QuerySet[User]:
    return get_user_model().objects.filter(groups__name=Role.OWNER.label, is_active=True)


def check_owner_kept(user: User, *, role: Role | None, is_active: bool) -> None:
    """Raise ValidationError if giving `user` this role and active flag leaves no active Owner.

    Locks the Owner group first, so two Owners demoting or deactivating each
    other at the same moment are served one after the other and the second
    sees the first's change. Call inside transaction.atomic (the admin's
    change, delete and action views and the services here are).
    """
    if (role == Role.OWNER and is_active) or not (user.pk and user.is_active and role_of(user) == Role.OWNER):
        return
    Group.objects.select_for_update().get(name=Role.OWNER.label)
    if is_last_active_owner(user):
        raise ValidationError(
            f"{user.get_username()} is the last active Owner; make someone else an Owner first.",
            code="last_owner",
        )


def _require(allowed: bool, actor: Actor, user: User) -> None:
    if not allowed:
        raise PermissionDenied(f"{actor.label} may not change {user.get_username()}.")


def _record(action: str, user: User, actor: Actor, changes: dict[str, Any] | None = None) -> None:
    audit.record(
        action,
        actor=actor,
        object_type="user",
        object_id=str(user.pk),
        changes={"user": user.get_username(), **(changes or {})},
    )


@transaction.atomic
def add_user(user: User, *, role: Role, actor: Actor = COMMAND_LINE) -> User:
    """Save the new `user`, whose password is already set (or made unusable), with `role`."""
    check_role_change(user, role, actor=actor)
    user.save()
    _record(AuditEntry.Action.USER_CREATED, user, actor, {"email": user.email, "role": role.value})
    assign_role(user, role, actor=actor)
    return user


def create_user(*, email: str, password: str, role: Role, actor: Actor = COMMAND_LINE) -> User:
    """Create a user of the current schema with `role`, or give the existing one this password and role.

    For the command line and the demo; the admin adds users with add_user.
    Raises ValidationError rather than demote the last active Owner.
    """
    email = email.lower()
    user = get_user_model().objects.filter(username=email).first()
    if user is None:
        user = get_user_model()(username=email, email=email)
        user.set_password(password)
        return add_user(user, role=role, actor=actor)
    with transaction.atomic():
        change_user(user, changes={"email": email}, actor=actor)
        set_password(user, password, actor=actor)
        change_role(user, role, actor=actor)
    return user


@transaction.atomic
def change_user(user: User, *, changes: Mapping[str, Any], actor: Actor) -> None:
    """Change `user`'s username, email, names or active flag (roles: change_role; passwords: set_password).

    `user` may already carry the new values (an admin form puts them there):
    they are compared with the stored row.
    """
    if unknown := set(changes) - set(CHANGEABLE_FIELDS):
        raise ValueError(f"change_user doesn't change {sorted(unknown)}")
    stored = get_user_model().objects.get(pk=user.pk)
    changed = {field: value for field, value in changes.items() if getattr(stored, field) != value}
    if not changed:
        return
    _require(may_manage(actor, stored), actor, stored)
    if changed.get("is_active") is False:
        check_owner_kept(stored, role=role_of(stored), is_active=False)
    for field, value in changed.items():
        setattr(user, field, value)
    user.save(update_fields=list(changed))
    if profile := [field for field in PROFILE_FIELDS if field in changed]:
        _record(
            AuditEntry.Action.USER_CHANGED,
            user,
            actor,
            {"before": {f: getattr(stored, f) for f in profile}, "after": {f: changed[f] for f in profile}},
        )
    if "is_active" in changed:
        activated = changed["is_active"]
        _record(AuditEntry.Action.USER_ACTIVATED if activated else AuditEntry.Action.USER_DEACTIVATED, user, actor)


@transaction.atomic
def change_role(user: User, role: Role, *, actor: Actor) -> None:
    """Make `role` the user's role if `actor` may, keeping an active Owner; assign_role audits it."""
    if role == role_of(user):
        return
    _require(may_manage(actor, user), actor, user)
    check_role_change(user, role, actor=actor)
    check_owner_kept(user, role=role, is_active=user.is_active)
    assign_role(user, role, actor=actor)


@transaction.atomic
def set_password(user: User, password: str | None, *, actor: Actor) -> None:
    """Give `user` this password, or none (None: no signing in with a password)."""
    _require(may_set_password(actor, user), actor, user)
    if password is not None and user.has_usable_password() and user.check_password(password):
        return
    if password is None:
        user.set_unusable_password()
    else:
        user.set_password(password)
    user.save(update_fields=["password"])
    record_password_change(user, actor=actor)


def record_password_change(user: User, *, actor: Actor) -> None:
    """Log that `user`'s password was set or disabled, and never what it is.

    set_password calls it; so do the admin's password pages, whose Django
    forms set the password themselves.
    """
    state = "changed" if user.has_usable_password() else "disabled"
    _record(AuditEntry.Action.USER_PASSWORD_CHANGED, user, actor, {"password": state})


@transaction.atomic
def delete_user(user: User, *, actor: Actor) -> None:
    """Delete `user` if `actor` may and an active Owner remains; nobody deletes themselves."""
    _require(may_manage(actor, user) and user.pk != getattr(actor.user, "pk", None), actor, user)
    role = role_of(user)
    check_owner_kept(user, role=None, is_active=False)
    _record(AuditEntry.Action.USER_DELETED, user, actor, {"email": user.email, "role": role.value if role else None})
    user.delete()

"""Who may change whom in the admin's users pages, and the audit log of it (issue 16, finding 1).

Owners manage everyone; Admins manage Builders and Members only; nobody
demotes, deactivates or deletes the last active Owner. The attempts go
through the admin's HTTP interface on acme's host, as an attacker's would;
the last Owner is also defended in the services the command line calls.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from conftest import PASSWORD
from tenants import users
from tenants.keys_and_audit.models import AuditEntry
from tenants.roles import Role, role_of
from tenants.tests.factories import create_org_user

NEW_PASSWORD = "a brand new takeover passphrase"


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def second_owner(organization):
    return create_org_user(email="second.owner@acme.test", role=Role.OWNER)


def _fresh(user: Any) -> Any:
    return get_user_model().objects.get(pk=user.pk)


def _change_form(user: Any, **overrides: str | None) -> dict[str, str]:
    """The change page's fields; an override of None leaves the field out (an unticked box)."""
    data = {"username": user.username, "email": user.email, "role": role_of(user).value, "is_active": "on"}
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _set_password(client: Any, user: Any, password: str = NEW_PASSWORD) -> Any:
    return client.post(
        f"/admin/auth/user/{user.pk}/password/",
        {"usable_password": "true", "password1": password, "password2": password},
    )


def _user_entries(user: Any) -> Any:
    return AuditEntry.objects.filter(object_type="user", object_id=str(user.pk))


# An Admin against an Owner -----------------------------------------------------------


def test_admin_cannot_set_an_owners_password(admin_client, owner):
    page = admin_client.get(f"/admin/auth/user/{owner.pk}/password/")
    response = _set_password(admin_client, owner)

    assert page.status_code == response.status_code == 403
    assert _fresh(owner).check_password(PASSWORD)
    assert not admin_client.login(username=owner.username, password=NEW_PASSWORD)


def test_admin_cannot_deactivate_an_owner(admin_client, owner):
    response = admin_client.post(f"/admin/auth/user/{owner.pk}/change/", _change_form(owner, is_active=None))

    assert response.status_code == 403
    assert _fresh(owner).is_active


@pytest.mark.parametrize("field", ["username", "email"])
def test_admin_cannot_change_an_owners_username_or_email(admin_client, owner, field):
    response = admin_client.post(
        f"/admin/auth/user/{owner.pk}/change/", _change_form(owner, **{field: "attacker@evil.test"})
    )

    assert response.status_code == 403
    assert getattr(_fresh(owner), field) == "owner@acme.test"


def test_admin_sees_an_owner_read_only(admin_client, owner):
    response = admin_client.get(f"/admin/auth/user/{owner.pk}/change/")

    content = response.content.decode()
    assert response.status_code == 200
    assert owner.username in content
    assert 'name="username"' not in content
    assert 'name="is_active"' not in content
    assert "Reset password" not in content


def test_admin_cannot_delete_an_owner(admin_client, owner):
    single = admin_client.post(f"/admin/auth/user/{owner.pk}/delete/", {"post": "yes"})
    bulk = admin_client.post(
        "/admin/auth/user/", {"action": "delete_selected", "_selected_action": [owner.pk], "post": "yes"}
    )

    assert single.status_code == bulk.status_code == 403
    assert get_user_model().objects.filter(pk=owner.pk).exists()


def test_admin_cannot_change_another_admin(admin_client, organization):
    other = create_org_user(email="other.admin@acme.test", role=Role.ADMIN)

    password = _set_password(admin_client, other)
    change = admin_client.post(f"/admin/auth/user/{other.pk}/change/", _change_form(other, role="member"))

    assert password.status_code == change.status_code == 403
    assert role_of(_fresh(other)) == Role.ADMIN
    assert _fresh(other).check_password(PASSWORD)


@pytest.mark.parametrize("role", ["admin", "owner"])
def test_admin_cannot_promote_a_member(admin_client, member, role):
    response = admin_client.post(f"/admin/auth/user/{member.pk}/change/", _change_form(member, role=role))

    assert response.status_code == 200
    assert "Only an Owner" in response.content.decode()
    assert role_of(_fresh(member)) == Role.MEMBER


@pytest.mark.parametrize("role", ["admin", "owner"])
def test_admin_cannot_add_an_admin_or_owner(admin_client, role):
    response = admin_client.post(
        "/admin/auth/user/add/",
        {
            "email": "sidekick@acme.test",
            "role": role,
            "usable_password": "true",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )

    assert response.status_code == 200
    assert "Only an Owner" in response.content.decode()
    assert not get_user_model().objects.filter(username="sidekick@acme.test").exists()


def test_admin_cannot_change_their_own_role_or_flag_through_the_users_page(admin_client, admin_user):
    response = admin_client.post(
        f"/admin/auth/user/{admin_user.pk}/change/", _change_form(admin_user, role="owner", is_active=None)
    )

    assert response.status_code == 403
    assert role_of(_fresh(admin_user)) == Role.ADMIN
    assert _fresh(admin_user).is_active


# What an Admin may do ----------------------------------------------------------------


def test_admin_manages_builders_and_members(admin_client, admin_user, member, builder):
    changed = admin_client.post(
        f"/admin/auth/user/{member.pk}/change/",
        _change_form(member, email="renamed@acme.test", role="builder", is_active=None),
    )
    password = _set_password(admin_client, builder)
    deleted = admin_client.post(f"/admin/auth/user/{builder.pk}/delete/", {"post": "yes"})

    assert changed.status_code == password.status_code == deleted.status_code == 302
    member = _fresh(member)
    assert (member.email, role_of(member), member.is_active) == ("renamed@acme.test", Role.BUILDER, False)
    assert not get_user_model().objects.filter(pk=builder.pk).exists()
    assert {entry.actor_user for entry in AuditEntry.objects.filter(object_type="user", origin="admin")} == {admin_user}


def test_admin_changes_their_own_password_on_the_password_change_page(admin_client, admin_user):
    response = admin_client.post(
        "/admin/password_change/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    assert _fresh(admin_user).check_password(NEW_PASSWORD)
    entry = _user_entries(admin_user).get(action=AuditEntry.Action.USER_PASSWORD_CHANGED)
    assert entry.actor_user == admin_user
    assert entry.changes == {"user": admin_user.username, "password": "changed"}


# An Owner against another Owner ------------------------------------------------------


def test_owner_manages_another_owner(owner_client, second_owner):
    password = _set_password(owner_client, second_owner)
    changed = owner_client.post(
        f"/admin/auth/user/{second_owner.pk}/change/",
        _change_form(second_owner, username="renamed.owner@acme.test", email="renamed.owner@acme.test", is_active=None),
    )
    demoted = owner_client.post(
        f"/admin/auth/user/{second_owner.pk}/change/",
        _change_form(_fresh(second_owner), role="admin", is_active=None),
    )

    assert password.status_code == changed.status_code == demoted.status_code == 302
    user = _fresh(second_owner)
    assert user.check_password(NEW_PASSWORD)
    assert (user.username, user.email, user.is_active) == ("renamed.owner@acme.test", "renamed.owner@acme.test", False)
    assert role_of(user) == Role.ADMIN


def test_owner_deletes_another_owner(owner_client, second_owner):
    response = owner_client.post(f"/admin/auth/user/{second_owner.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=second_owner.pk).exists()


def test_owner_deletes_owners_with_the_bulk_action(owner_client, second_owner):
    third = create_org_user(email="third.owner@acme.test", role=Role.OWNER)

    response = owner_client.post(
        "/admin/auth/user/",
        {"action": "delete_selected", "_selected_action": [second_owner.pk, third.pk], "post": "yes"},
    )

    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk__in=[second_owner.pk, third.pk]).exists()
    assert _user_entries(third).get(action=AuditEntry.Action.USER_DELETED).changes["user"] == third.username


# The last active Owner ---------------------------------------------------------------


def test_last_active_owner_cannot_deactivate_themselves(owner_client, owner):
    create_org_user(email="retired.owner@acme.test", role=Role.OWNER, is_active=False)

    response = owner_client.post(f"/admin/auth/user/{owner.pk}/change/", _change_form(owner, is_active=None))

    assert response.status_code == 200
    assert "last active Owner" in response.content.decode()
    assert _fresh(owner).is_active


def test_the_remaining_owner_cannot_step_down_after_deactivating_the_other(client, owner, second_owner):
    client.force_login(second_owner)
    client.post(f"/admin/auth/user/{owner.pk}/change/", _change_form(owner, is_active=None))
    assert not _fresh(owner).is_active

    response = client.post(f"/admin/auth/user/{second_owner.pk}/change/", _change_form(second_owner, is_active=None))

    assert response.status_code == 200
    assert "last active Owner" in response.content.decode()
    assert _fresh(second_owner).is_active


def test_nobody_deletes_themselves(owner_client, owner, second_owner):
    single = owner_client.post(f"/admin/auth/user/{owner.pk}/delete/", {"post": "yes"})
    bulk = owner_client.post(
        "/admin/auth/user/",
        {"action": "delete_selected", "_selected_action": [owner.pk, second_owner.pk], "post": "yes"},
    )

    assert single.status_code == bulk.status_code == 403
    assert get_user_model().objects.filter(pk__in=[owner.pk, second_owner.pk]).count() == 2


def test_the_command_line_cannot_remove_the_last_active_owner(owner):
    create_org_user(email="retired.owner@acme.test", role=Role.OWNER, is_active=False)

    with pytest.raises(ValidationError, match="last active Owner"):
        users.change_role(owner, Role.ADMIN, actor=users.COMMAND_LINE)
    with pytest.raises(ValidationError, match="last active Owner"):
        users.change_user(owner, changes={"is_active": False}, actor=users.COMMAND_LINE)
    with pytest.raises(ValidationError, match="last active Owner"):
        users.delete_user(owner, actor=users.COMMAND_LINE)

    owner = _fresh(owner)
    assert (role_of(owner), owner.is_active) == (Role.OWNER, True)


# The audit log -----------------------------------------------------------------------


def test_every_user_change_is_audited_with_actor_and_target_but_no_password(owner_client, owner):
    owner_client.post(
        "/admin/auth/user/add/",
        {
            "email": "new.member@acme.test",
            "role": "member",
            "usable_password": "true",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    user = get_user_model().objects.get(username="new.member@acme.test")
    steps = [
        _change_form(user, role="builder"),
        _change_form(user, role="builder", is_active=None),
        _change_form(user, role="builder"),
        _change_form(user, role="builder", username="renamed@acme.test", email="renamed@acme.test"),
    ]
    for data in steps:
        assert owner_client.post(f"/admin/auth/user/{user.pk}/change/", data).status_code == 302
    assert _set_password(owner_client, user).status_code == 302
    hashes = {_fresh(user).password}
    assert owner_client.post(f"/admin/auth/user/{user.pk}/delete/", {"post": "yes"}).status_code == 302

    entries = list(_user_entries(user).order_by("id"))
    assert [entry.action for entry in entries] == [
        AuditEntry.Action.USER_CREATED,
        AuditEntry.Action.ROLE_CHANGED,
        AuditEntry.Action.ROLE_CHANGED,
        AuditEntry.Action.USER_DEACTIVATED,
        AuditEntry.Action.USER_ACTIVATED,
        AuditEntry.Action.USER_CHANGED,
        AuditEntry.Action.USER_PASSWORD_CHANGED,
        AuditEntry.Action.USER_DELETED,
    ]
    assert all(
        (entry.actor_user, entry.actor_label, entry.origin) == (owner, owner.username, AuditEntry.Origin.ADMIN)
        for entry in entries
    )
    changed = entries[5]
    assert changed.before == {"username": "new.member@acme.test", "email": "new.member@acme.test"}
    assert changed.after == {"username": "renamed@acme.test", "email": "renamed@acme.test"}
    assert entries[6].changes == {"user": "renamed@acme.test", "password": "changed"}
    assert entries[-1].changes["user"] == "renamed@acme.test"
    logged = json.dumps([entry.changes for entry in AuditEntry.objects.all()])
    assert PASSWORD not in logged
    assert NEW_PASSWORD not in logged
    assert not any(secret.split("$")[-1] in logged for secret in hashes)


def test_disabling_a_password_is_audited_as_disabled(owner_client, builder):
    response = owner_client.post(
        f"/admin/auth/user/{builder.pk}/password/", {"usable_password": "false", "unset-password": "1"}
    )

    assert response.status_code == 302
    assert not _fresh(builder).has_usable_password()
    entry = _user_entries(builder).get(action=AuditEntry.Action.USER_PASSWORD_CHANGED)
    assert entry.changes == {"user": builder.username, "password": "disabled"}


def test_a_refused_change_writes_nothing(admin_client, admin_user, owner):
    before = AuditEntry.objects.count()

    _set_password(admin_client, owner)
    admin_client.post(f"/admin/auth/user/{owner.pk}/change/", _change_form(owner, is_active=None))
    admin_client.post(f"/admin/auth/user/{owner.pk}/delete/", {"post": "yes"})

    assert AuditEntry.objects.count() == before
    assert not AuditEntry.objects.filter(actor_user=admin_user).exists()

"""The organization's admin: users and roles, API keys, the audit log, its background tasks.

Served on each organization's host by the default admin site, to Owners and
Admins only (`tenants.roles.assign_role` makes exactly them staff). Every
change goes through the same service the CLI and the UI call, so it is
audited the same way. Users are changed through `tenants.users`: an Admin
manages Builders and Members only, an Owner everyone (`can_manage_user`).
"""

from __future__ import annotations

import json
from typing import Any, cast

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.defaultfilters import truncatechars
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django_q.models import Failure, OrmQ, Schedule, Success

from tenants import users
from tenants.api_keys import create_api_key, revoke_api_key
from tenants.audit import Actor
from tenants.db import connection
from tenants.keys_and_audit.models import ApiKey, ApiKeyQuerySet, AuditEntry
from tenants.roles import Role, can_manage_user, has_role, role_of
from tenants.sign_in import AdminSignInForm
from tenants.tasks import tasks_of_schema

admin.site.site_header = "Customer Memory — administration"
admin.site.site_title = "Customer Memory admin"
admin.site.index_title = "Your organization"
admin.site.login_form = AdminSignInForm


def admin_actor(request: HttpRequest) -> Actor:
    """Who acts, for the audit log, when a change comes through the admin."""
    return Actor.from_request(request, origin=AuditEntry.Origin.ADMIN)


class LargeTablePaginator(Paginator):
    """A paginator that never counts a huge table.

    An unfiltered list reads PostgreSQL's row estimate; a filtered one
    counts at most COUNT_LIMIT + 1 rows. The changelist then says "about N"
    or "more than N" (templates/admin/pagination.html).
    """

    COUNT_LIMIT = 10_000

    count_is_estimate = False
    count_is_capped = False

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        if isinstance(queryset, QuerySet) and not queryset.query.where:
            estimate = _estimated_rows(queryset.model._meta.db_table)
            if estimate > self.COUNT_LIMIT:
                self.count_is_estimate = True
                return estimate
        if not isinstance(queryset, QuerySet):
            return len(queryset)
        # Ordering and annotations don't change how many rows there are.
        count = queryset.order_by().values("pk")[: self.COUNT_LIMIT + 1].count()
        if count > self.COUNT_LIMIT:
            self.count_is_capped = True
            return self.COUNT_LIMIT
        return count


def _estimated_rows(table: str) -> int:
    # to_regclass resolves through the search path, so this is the table of
    # the organization's own schema.
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)", [table])
        row = cursor.fetchone()
    return max(int(row[0]), 0) if row else 0


class ReadOnlyAdminMixin:
    """Nothing to add, change or delete here: the rows are written by services."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# Users and roles ---------------------------------------------------------

admin.site.unregister(Group)
if admin.site.is_registered(User):
    admin.site.unregister(User)


class RoleFormMixin(forms.Form):
    role = forms.TypedChoiceField(choices=Role.choices, coerce=Role)

    # Set by OrganizationUserAdmin.get_form to who is signed in; without it
    # the form may grant no role (an actor with no user is refused).
    actor: Actor = Actor(origin=AuditEntry.Origin.ADMIN)
    instance: User  # the forms this mixes into are ModelForms of User

    def clean_role(self) -> Role:
        role = self.cleaned_data["role"]
        users.check_role_change(self.instance, role, actor=self.actor)
        return role

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if self.instance.pk and "role" in cleaned:
            # Inside the change view's transaction: the Owner group stays
            # locked until this change is saved (see check_owner_kept).
            users.check_owner_kept(
                self.instance, role=cleaned["role"], is_active=cleaned.get("is_active", self.instance.is_active)
            )
        return cleaned


class UserWithRoleChangeForm(RoleFormMixin, UserChangeForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["role"].initial = role_of(self.instance)


class UserWithRoleCreationForm(RoleFormMixin, AdminUserCreationForm):
    """New users sign in with their email address, which is also their username."""

    email = forms.EmailField()

    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ("email",)

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].lower()
        if User.objects.filter(username=email).exists():
            raise forms.ValidationError("A user with this email already exists.")
        return email

    def save(self, commit: bool = True) -> Any:
        user = super().save(commit=False)
        user.username = user.email = self.cleaned_data["email"]
        if commit:
            user.save()
        return user


class RoleFilter(admin.SimpleListFilter):
    title = "role"
    parameter_name = "role"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return list(Role.choices)

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if (value := self.value()) in Role.values:
            return queryset.filter(groups__name=Role(value).label)
        return queryset


@admin.register(User)
class OrganizationUserAdmin(UserAdmin):
    """Users of this organization, changed through `tenants.users`, which checks who may and audits it."""

    form = UserWithRoleChangeForm
    add_form = UserWithRoleCreationForm
    list_display = ["username", "email", "role", "is_active", "last_login"]
    list_filter = [RoleFilter, "is_active"]
    list_select_related = ()
    search_fields = ["username", "email", "first_name", "last_name"]
    readonly_fields = ["last_login", "date_joined"]
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Personal info", {"fields": ("first_name", "last_name", "email")}),
        ("Access", {"fields": ("role", "is_active")}),
        ("Important dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "role", "usable_password", "password1", "password2")}),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="role")
    def role(self, user: User) -> str:
        names = {group.name for group in user.groups.all()}
        return next(
            (str(role.label) for role in (Role.OWNER, Role.ADMIN, Role.BUILDER, Role.MEMBER) if role.label in names),
            "—",
        )

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"actor": admin_actor(request)})

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        actor, role = admin_actor(request), form.cleaned_data["role"]
        if not change:
            users.add_user(obj, role=role, actor=actor)
            return
        fields = {field: form.cleaned_data[field] for field in users.CHANGEABLE_FIELDS if field in form.cleaned_data}
        users.change_user(obj, changes=fields, actor=actor)
        users.change_role(obj, role, actor=actor)

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or can_manage_user(request.user, obj):
            return fieldsets
        # Read-only: no "Reset password" button that would only answer 403.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "password"]})
            for name, options in fieldsets
        ]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Someone the signed-in user can't manage is shown read-only; a POST
        # to their change page or to their password page is a 403.
        if obj is not None and not can_manage_user(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Also asked per row by the "delete selected" action.
        if obj is not None and (
            obj.pk == request.user.pk or not can_manage_user(request.user, obj) or users.is_last_active_owner(obj)
        ):
            return False
        return super().has_delete_permission(request, obj)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        users.delete_user(obj, actor=admin_actor(request))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        with transaction.atomic():
            for user in queryset:
                users.delete_user(user, actor=admin_actor(request))

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = "") -> HttpResponse:
        """Django's page to set someone's password (has_change_permission guards it), audited."""
        user = self.get_object(request, unquote(id))
        if user is None:
            return super().user_change_password(request, id, form_url)  # Django's 404
        if not self.has_change_permission(request, user):
            raise PermissionDenied
        with transaction.atomic():
            response = super().user_change_password(request, id, form_url)
            _record_if_password_changed(user, request)
        return response


def _record_if_password_changed(user: User, request: HttpRequest) -> None:
    """Audit a password that one of Django's admin password forms has just set.

    The forms save it themselves and can't know who is signed in, so the
    stored hash is compared with the one read before the form ran.
    """
    before = user.password
    user.refresh_from_db(fields=["password"])
    if user.password != before:
        users.record_password_change(user, actor=admin_actor(request))


def own_password_change(request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
    """The admin's "Change password" page (the old password is required), audited."""
    with transaction.atomic():
        user = cast(User, request.user)  # the admin site lets only signed-in staff here
        before = user.password
        response = _django_password_change(request, extra_context)
        if user.password != before:
            users.record_password_change(user, actor=admin_actor(request))
    return response


# Django 5.2's AdminSite.password_change names its form class inline, so the
# default site's page is wrapped instead of given an audited form.
_django_password_change = admin.site.password_change
admin.site.password_change = own_password_change  # type: ignore[method-assign,assignment]


# API keys ------------------------------------------------------------------


class ApiKeyCreationForm(forms.ModelForm):
    class Meta:
        model = ApiKey
        fields = ["name"]


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    """Keys are created and revoked by the services; the plain key is shown once."""

    list_display = ["name", "prefix_shown", "status", "created_at", "created_by", "last_used_at"]
    list_select_related = ["created_by"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter), "created_at"]
    search_fields = ["name", "=prefix", "=public_id"]
    readonly_fields = ["public_id", "prefix_shown", "status", "created_at", "created_by", "last_used_at", "revoked_at"]
    actions = ["revoke_keys"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[ApiKey]:
        return super().get_queryset(request).defer("key_hash")

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any) -> Any:
        if obj is None:
            kwargs["form"] = ApiKeyCreationForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        if obj is None:
            return ("name",)
        return ("name", *self.readonly_fields)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return ["name", *self.readonly_fields] if obj is not None else []

    @admin.display(description="key")
    def prefix_shown(self, key: ApiKey) -> str:
        return f"{key.prefix}…"

    @admin.display(description="status")
    def status(self, key: ApiKey) -> str:
        return "active" if key.is_active else f"revoked {key.revoked_at:%Y-%m-%d %H:%M}"

    def save_model(self, request: HttpRequest, obj: ApiKey, form: Any, change: bool) -> None:
        if change:
            return
        key, plain = create_api_key(name=form.cleaned_data["name"], actor=admin_actor(request))
        for field in ApiKey._meta.concrete_fields:
            setattr(obj, field.attname, getattr(key, field.attname))
        obj._state.adding = False
        obj.plain_key = plain

    def response_add(self, request: HttpRequest, obj: ApiKey, post_url_continue: str | None = None) -> HttpResponse:
        """The new key, in this response only.

        Not as a message: messages travel in a cookie that is signed, not
        encrypted, so the key would be readable in the browser's storage and
        in any log of cookies (issue 16, finding 9).
        """
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "key": obj,
            "plain_key": obj.plain_key,
            "title": "New API key",
        }
        response = TemplateResponse(request, "admin/access/apikey/created.html", context)
        response["Cache-Control"] = "no-store"
        return response

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False if obj is not None else super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Revoked keys stay, so the audit log can still say which key acted.
        return False

    @admin.action(description="Revoke selected API keys", permissions=["view"])
    def revoke_keys(self, request: HttpRequest, queryset: ApiKeyQuerySet) -> None:
        revoked = [revoke_api_key(key, actor=admin_actor(request)) for key in queryset.active()]
        self.message_user(request, f"Revoked {len(revoked)} API key(s).", messages.SUCCESS)


# The audit log ---------------------------------------------------------------


# Registered by customer_memory.admin.audit, which adds undo (it needs customer_memory's services,
# a layer above this one): one registration, no unregister.
class AuditEntryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["at", "action", "actor_label", "origin", "person_public_id", "object_type", "object_id"]
    list_select_related = ()
    list_filter = ["action", "origin", "at"]
    search_fields = ["=person_public_id", "=object_id", "^actor_label"]
    fields = (
        "at",
        "action",
        "actor_label",
        "origin",
        "person_public_id",
        "object_type",
        "object_id",
        "changes_shown",
    )
    readonly_fields = fields
    paginator = LargeTablePaginator
    show_full_result_count = False

    @admin.display(description="changes")
    def changes_shown(self, entry: AuditEntry) -> str:
        return format_html(
            "<pre class='audit-changes'>{}</pre>", json.dumps(entry.changes, indent=2, ensure_ascii=False)
        )


# Background tasks of this organization -------------------------------------
#
# django-q2's tables live in `public` and django_q registers admins for them
# on the default site that would show every organization's tasks. They are
# replaced here by read-only views of this organization's rows only.

for _model in (Schedule, Success, Failure, OrmQ):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)


class OrganizationTasksAdminMixin(ReadOnlyAdminMixin):
    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.user.is_active and request.user.is_staff and has_role(request.user, Role.ADMIN)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)


@admin.register(Failure)
class FailedTaskAdmin(OrganizationTasksAdminMixin, admin.ModelAdmin):
    """Tasks of this organization that failed (their first argument is its schema)."""

    list_display = ["func", "started", "stopped", "attempt_count", "short_result"]
    list_filter = ["stopped"]
    list_select_related = ()
    search_fields = ["func"]
    fields = ("id", "name", "func", "args", "kwargs", "result", "started", "stopped", "attempt_count")
    readonly_fields = fields
    paginator = LargeTablePaginator
    show_full_result_count = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return tasks_of_schema(super().get_queryset(request), connection.schema_name)

    @admin.display(description="error")
    def short_result(self, task: Any) -> str:
        return truncatechars(str(task.result), 120)


@admin.register(Schedule)
class ScheduleAdmin(OrganizationTasksAdminMixin, admin.ModelAdmin):
    """Scheduled jobs that run for this organization.

    Jobs without arguments run for every organization (they loop over the
    schemas); a job whose first argument is this schema runs for it alone.
    """

    list_display = ["name", "func", "schedule_type", "minutes", "next_run", "repeats"]
    list_filter = ["schedule_type"]
    list_select_related = ()
    search_fields = ["name", "func"]
    fields = ("name", "func", "schedule_type", "minutes", "cron", "next_run", "repeats")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        schema_args = repr(connection.schema_name)
        return (
            super()
            .get_queryset(request)
            .filter(
                Q(args__isnull=True)
                | Q(args="")
                | Q(args=schema_args)
                | Q(args__startswith=f"{schema_args},")
                | Q(args__startswith=f"({schema_args},")
            )
        )

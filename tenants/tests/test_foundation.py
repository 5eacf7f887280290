from __future__ import annotations

import io

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django_tenants.test.client import TenantClient
from django_tenants.utils import schema_context

from conftest import PASSWORD
from tenants.keys_and_audit.models import ApiKey, AuditEntry, hash_api_key
from tenants.middleware import forget_cached_hosts
from tenants.roles import Role


def test_login_page_is_served_on_the_organization_host(client):
    response = client.get("/login/")

    assert response.status_code == 200
    assert b"Sign in" in response.content


def test_builder_logs_in_and_reaches_agents(client, builder):
    response = client.post("/login/", {"username": builder.email, "password": PASSWORD}, follow=True)

    assert response.status_code == 200
    assert response.wsgi_request.user.is_authenticated
    assert b"Agents" in response.content


def test_user_of_one_organization_cannot_log_in_at_another(builder, other_organization):
    other_client = TenantClient(other_organization)

    response = other_client.post("/login/", {"username": builder.email, "password": PASSWORD})

    assert response.status_code == 200  # the form again, with an error
    assert not response.wsgi_request.user.is_authenticated


def test_unknown_host_gets_404(client):
    response = client.get("/login/", HTTP_HOST="nobody.localhost")

    assert response.status_code == 404


def test_every_new_schema_has_the_four_roles(organization):
    groups = {group.name: group for group in Group.objects.prefetch_related("permissions")}

    assert set(groups) == {"Owner", "Admin", "Builder", "Member"}
    assert groups["Member"].permissions.count() == 0
    assert groups["Builder"].permissions.filter(codename="change_fact").exists()
    assert not groups["Builder"].permissions.filter(codename="add_apikey").exists()
    assert groups["Owner"].permissions.filter(codename="add_apikey").exists()


def test_users_live_in_their_organization_schema(builder, other_organization):
    with schema_context(other_organization.schema_name):
        from django.contrib.auth import get_user_model

        assert not get_user_model().objects.filter(username=builder.username).exists()


def test_create_organization_is_idempotent(db):
    out = io.StringIO()
    call_command("create_organization", "acme", "--domain", "acme.localhost", "--name", "Acme", stdout=out)

    assert "Updated organization Acme" in out.getvalue()


def test_create_api_key_prints_the_key_last_and_stores_only_its_hash(organization):
    out = io.StringIO()
    call_command("create_api_key", "--schema", "acme", "--name", "Zendesk", stdout=out)

    plain = out.getvalue().strip().splitlines()[-1]
    connection.set_tenant(organization)
    key = ApiKey.objects.get(name="Zendesk")
    assert plain.startswith("cm_")
    assert key.key_hash == hash_api_key(plain)
    assert plain not in {key.prefix, key.key_hash, key.public_id}
    assert AuditEntry.objects.filter(action=AuditEntry.Action.API_KEY_CREATED, object_id=key.public_id).exists()


def test_create_user_assigns_the_role(organization):
    call_command(
        "create_user",
        "--schema",
        "acme",
        "--email",
        "Ada@Acme.test",
        "--password",
        "pw",
        "--role",
        "admin",
        stdout=io.StringIO(),
    )

    connection.set_tenant(organization)
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="ada@acme.test")
    assert list(user.groups.values_list("name", flat=True)) == [Role.ADMIN.label]
    assert user.is_staff


def test_cache_keys_are_scoped_to_the_organization(organization, other_organization):
    cache.set("layer", "acme value")

    with schema_context(other_organization.schema_name):
        assert cache.get("layer") is None
    assert cache.get("layer") == "acme value"


def test_vector_extension_lives_in_public(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'vector'"
        )
        assert cursor.fetchone() == ("public",)


@pytest.mark.parametrize("host", ["acme.localhost", "globex.localhost"])
def test_health_check_answers_on_every_host(client, host):
    response = client.get("/health/", HTTP_HOST=host)

    assert response.json() == {"status": "ok"}


def test_pages_carry_a_csp_whose_nonce_lets_the_htmx_script_run(client):
    response = client.get("/login/")

    policy = response["Content-Security-Policy"]
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert "script-src 'self'" in policy
    assert f'nonce="{nonce}"'.encode() in response.content


def test_sign_in_is_refused_after_ten_failed_attempts(client, builder):
    for _ in range(10):
        client.post("/login/", {"username": builder.email, "password": "wrong"})

    response = client.post("/login/", {"username": builder.email, "password": PASSWORD})

    assert response.status_code == 429
    assert b"Too many failed sign-in attempts" in response.content
    assert not response.wsgi_request.user.is_authenticated


def test_repeated_requests_to_one_organization_set_the_search_path_once(organization, django_assert_num_queries):
    from django.test import Client

    browser = Client(headers={"host": "acme.localhost"})  # TenantClient would look the domain up itself
    browser.get("/health/")

    with django_assert_num_queries(1):  # the health check's SELECT 1, no SET search_path
        browser.get("/health/")


def test_request_to_another_organization_switches_the_search_path(client, other_organization):
    from django_tenants.test.client import TenantClient

    client.get("/health/")
    TenantClient(other_organization).get("/health/")

    assert connection.schema_name == other_organization.schema_name


def test_public_host_serves_the_operator_site(db):
    from django.test import Client

    from tenants.organizations import ensure_public_host

    ensure_public_host("localhost")
    ensure_public_host("localhost")  # idempotent

    response = Client(headers={"host": "localhost"}).get("/admin/login/")
    assert response.status_code == 200
    assert b"operator" in response.content.lower()


def test_a_signed_in_request_reads_the_user_and_their_role_together(organization, builder, member):
    from django.contrib.auth import get_user_model

    from tenants.roles import RoleReadingBackend, role_of

    backend = RoleReadingBackend()
    signed_in = backend.get_user(builder.pk)
    assert signed_in == builder
    assert role_of(signed_in) == Role.BUILDER  # read with the user: no second query
    assert role_of(backend.get_user(member.pk)) == Role.MEMBER
    roleless = get_user_model().objects.create_user(username="nobody@acme.test", password=PASSWORD)
    assert role_of(backend.get_user(roleless.pk)) is None
    roleless.is_active = False
    roleless.save()
    assert backend.get_user(roleless.pk) is None
    assert backend.get_user(999_999) is None


def test_the_role_is_read_in_the_same_query_as_the_user(organization, builder, django_assert_num_queries):
    from tenants.roles import RoleReadingBackend, has_role

    with django_assert_num_queries(1):
        user = RoleReadingBackend().get_user(builder.pk)
        assert has_role(user, Role.BUILDER)
        assert not has_role(user, Role.ADMIN)


def test_sessions_load_until_they_expire(organization):
    from datetime import timedelta

    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    store = SessionStore()
    store["cart"] = "blue jacket"
    store.create()
    assert SessionStore(session_key=store.session_key).load() == {"cart": "blue jacket"}

    store.model.objects.filter(session_key=store.session_key).update(expire_date=timezone.now() - timedelta(seconds=1))
    expired = SessionStore(session_key=store.session_key)
    assert expired.load() == {}
    assert expired.session_key is None
    assert SessionStore(session_key="no-such-session-key-at-all-here").load() == {}


@pytest.mark.parametrize("host", ["ACME.localhost", "Acme.LocalHost", "acme.localhost.", "ACME.LOCALHOST.:8000"])
def test_host_names_route_whatever_their_case_or_trailing_dot(organization, builder, api_client, api_key, host):
    from django.test import Client

    forget_cached_hosts()
    page = Client(headers={"host": host}).get("/login/")
    api = api_client.get("/api/tenants/me/customers", HTTP_HOST=host)
    signed_in = Client(headers={"host": host}).post("/login/", {"username": builder.username, "password": PASSWORD})

    assert page.status_code == 200
    assert api.status_code == 200
    assert signed_in.status_code == 302


def test_another_organizations_host_in_capitals_still_refuses_this_organizations_key(api_client, other_organization):
    response = api_client.get("/api/tenants/me/customers", HTTP_HOST="GLOBEX.localhost.")

    assert response.status_code == 401


def test_domains_are_stored_as_they_are_routed(organization):
    from tenants.models import Domain

    with schema_context("public"):
        domain = Domain.objects.create(domain="Support.ACME.localhost.", tenant=organization, is_primary=False)

    assert domain.domain == "support.acme.localhost"

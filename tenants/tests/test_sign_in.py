"""Lockouts that hold and can't be turned on a victim (issue 16, finding 3).

Each attack goes through the sign-in pages over HTTP on acme's host, as an
attacker's would: look-alike spellings of a locked user name, failures from
one address aimed at a user who signs in from another, a forged
X-Forwarded-For, and guessing spread over many user names from one address.
The processes-wide half (several gunicorn workers, no Redis) is in
tests/test_shared_limits.py.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from conftest import PASSWORD
from tenants import rate_limits
from tenants.roles import Role
from tenants.tests.factories import create_org_user

VICTIM = "victim@acme.test"
ATTACKER = "203.0.113.7"
OFFICE = "198.51.100.4"
PROXY = "10.0.0.2"
LOOKALIKES = {
    "fullwidth v": "ｖictim@acme.test",
    "roman numeral five": "ⅴictim@acme.test",
    "upper case": "VICTIM@acme.test",
    "spaces around": "  victim@acme.test ",
    "fullwidth at sign": "victim＠acme.test",
}


@pytest.fixture
def victim(organization: Any) -> Any:
    return create_org_user(email=VICTIM, role=Role.BUILDER)


@pytest.fixture
def behind_proxy(settings: Any) -> None:
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]


def sign_in(username: str, password: str, *, path: str = "/login/", host: str = "acme.localhost", **meta: str) -> Any:
    return Client().post(path, {"username": username, "password": password}, HTTP_HOST=host, **meta)


def via_proxy(client_address: str) -> dict[str, str]:
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": client_address}


def fail_ten_times(username: str = VICTIM, **meta: str) -> list[int]:
    return [sign_in(username, "wrong guess", **meta).status_code for _ in range(10)]


def signed_in(response: Any) -> bool:
    return response.status_code == 302 and "sessionid" in response.cookies


def test_sign_in_is_refused_with_retry_after_once_a_user_name_failed_ten_times_from_an_address(victim):
    statuses = fail_ten_times()

    refused = sign_in(VICTIM, PASSWORD)

    assert statuses == [200] * 9 + [429]  # the tenth failure locks
    assert refused.status_code == 429
    assert 14 * 60 <= int(refused["Retry-After"]) <= 15 * 60
    assert b"Too many failed sign-in attempts" in refused.content
    assert not signed_in(refused)


@pytest.mark.parametrize("spelling", LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_look_alike_spellings_of_a_locked_user_name_are_locked_too(victim, spelling):
    fail_ten_times()

    response = sign_in(spelling, PASSWORD)

    assert response.status_code == 429
    assert not signed_in(response)


def test_look_alike_spellings_share_one_count(victim):
    statuses = [sign_in(spelling, "wrong guess").status_code for spelling in [*LOOKALIKES.values()] * 2]

    assert statuses == [200] * 9 + [429]
    assert sign_in(VICTIM, PASSWORD).status_code == 429


@pytest.mark.usefixtures("behind_proxy")
def test_failures_from_an_attackers_address_do_not_lock_the_user_out_at_their_own(victim):
    fail_ten_times(**via_proxy(ATTACKER))

    attacker_with_the_password = sign_in(VICTIM, PASSWORD, **via_proxy(ATTACKER))
    victim_at_the_office = sign_in(VICTIM, PASSWORD, **via_proxy(OFFICE))

    assert attacker_with_the_password.status_code == 429
    assert signed_in(victim_at_the_office)


def test_a_forged_x_forwarded_for_is_ignored_without_a_trusted_proxy(victim):
    statuses = [
        sign_in(VICTIM, "wrong guess", HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}").status_code for attempt in range(10)
    ]

    assert statuses == [200] * 9 + [429]
    assert sign_in(VICTIM, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.200").status_code == 429


@pytest.mark.usefixtures("behind_proxy")
def test_addresses_a_client_prepends_behind_the_proxy_are_ignored(victim):
    # The proxy appends the address it saw; whatever the client sent stays on the left.
    statuses = [
        sign_in(VICTIM, "wrong guess", **via_proxy(f"192.0.2.{attempt}, {ATTACKER}")).status_code
        for attempt in range(10)
    ]

    assert statuses == [200] * 9 + [429]
    assert sign_in(VICTIM, PASSWORD, **via_proxy(f"192.0.2.99, {ATTACKER}")).status_code == 429
    assert signed_in(sign_in(VICTIM, PASSWORD, **via_proxy(OFFICE)))


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """rate_limits' time, moved on by the test: the first second of a minute."""
    now = [1_800_000_000.0 + 1]
    monkeypatch.setattr(rate_limits, "clock", lambda: now[0])
    return now


def test_guessing_across_many_user_names_from_one_address_is_slowed_not_locked(victim, frozen_clock):
    attack = [sign_in(f"user{n}@acme.test", "wrong guess", REMOTE_ADDR=ATTACKER) for n in range(40)]
    victim_behind_the_same_address = sign_in(VICTIM, PASSWORD, REMOTE_ADDR=ATTACKER)
    victim_elsewhere = sign_in(VICTIM, PASSWORD, REMOTE_ADDR=OFFICE)
    frozen_clock[0] += 60
    victim_a_minute_later = sign_in(VICTIM, PASSWORD, REMOTE_ADDR=ATTACKER)

    assert [response.status_code for response in attack] == [200] * 30 + [429] * 10
    assert 1 <= int(attack[-1]["Retry-After"]) <= 60
    assert b"from your network" in attack[-1].content
    assert victim_behind_the_same_address.status_code == 429
    assert int(victim_behind_the_same_address["Retry-After"]) <= 60
    assert signed_in(victim_elsewhere)
    assert signed_in(victim_a_minute_later)


@pytest.mark.parametrize("host", ["acme.localhost", "localhost"], ids=["organization's admin", "operator's admin"])
def test_the_admin_sign_in_pages_lock_out_too(organization, host):
    from tenants.organizations import ensure_public_host

    ensure_public_host("localhost")
    create_org_user(email="owner.two@acme.test", role=Role.OWNER)
    statuses = [
        sign_in("owner.two@acme.test", "wrong guess", path="/admin/login/", host=host).status_code for _ in range(10)
    ]

    refused = sign_in("owner.two@acme.test", PASSWORD, path="/admin/login/", host=host)

    assert statuses == [200] * 9 + [429]
    assert refused.status_code == 429
    assert b"Too many failed sign-in attempts" in refused.content
    assert "Retry-After" in refused


def test_a_successful_sign_in_starts_the_count_again(victim):
    statuses = [sign_in(VICTIM, "wrong guess").status_code for _ in range(9)]
    assert signed_in(sign_in(VICTIM, PASSWORD))

    again = [sign_in(VICTIM, "wrong guess").status_code for _ in range(9)]

    assert statuses == again == [200] * 9
    assert signed_in(sign_in(VICTIM, PASSWORD))

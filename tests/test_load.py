"""Load: several users with mixed traffic against gunicorn, short enough for CI.

Ingest, context, the People list and search at once, from CM_LOAD_USERS
users (default 6) for CM_LOAD_SECONDS (default 8), against the production
web server (2 processes x 4 threads) on the test database: no request may
fail. Throughput and latency percentiles are printed (`pytest -s`); for a
longer run against any server see tests/load.py and docs/reliability.md.
"""

from __future__ import annotations

import os
from datetime import timedelta

from django.test import override_settings
from django.utils import timezone

from conftest import PASSWORD
from conversations.ingestion import ingest_messages
from conversations.tests.factories import create_agent
from customer_memory.models import Fact
from customer_memory.tests.factories import create_fact, create_memory
from tenants.api_keys import create_api_key
from tenants.audit import Actor
from tenants.keys_and_audit.models import AuditEntry
from tenants.roles import Role
from tenants.users import create_user
from tests.load import Target, discover, run, sign_in
from tests.processes import gunicorn, test_database_url

USERS = int(os.getenv("CM_LOAD_USERS", "6"))
SECONDS = float(os.getenv("CM_LOAD_SECONDS", "8"))
PEOPLE = 300


def test_mixed_traffic_from_several_users_gets_no_errors(live_tenant, tmp_path):
    agent = create_agent(name="Support", memory_enabled=True)
    start = timezone.now() - timedelta(days=2)
    items = [
        {
            "agent": agent,
            "channel_type": "whatsapp",
            "channel_identifier": f"+8491200{index:04d}",
            "role": role,
            "content": content,
            "name": f"Nguyen Van {index}",
            "sent_at": start + timedelta(minutes=index, seconds=turn),
        }
        for index in range(PEOPLE)
        for turn, (role, content) in enumerate(
            [("customer", "My order is late."), ("agent", "Let me check."), ("customer", "I live in Lisbon.")]
        )
    ]
    results = [result for batch in range(0, len(items), 300) for result in ingest_messages(items[batch : batch + 300])]
    for result in results[: PEOPLE // 2 * 3 : 3]:
        memory = create_memory(person=result.person, agent=agent, summary="The customer asked about a late order.")
        create_fact(memory=memory, key="location", value="Lisbon", confidence=Fact.Confidence.HIGH)
        create_fact(memory=memory, key="occupation", value="architect")
    builder = create_user(email="load-builder@acme.test", password=PASSWORD, role=Role.BUILDER)
    # The server runs with production settings, which don't read the tests'
    # fast MD5 hashes.
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.ScryptPasswordHasher"]):
        builder.set_password(PASSWORD)
    builder.save(update_fields=["password"])
    _, api_key = create_api_key(name="load test", actor=Actor(origin=AuditEntry.Origin.CLI))

    with gunicorn(test_database_url(), tmp_path / "gunicorn.log", workers=2, threads=4) as port:
        address, host = f"127.0.0.1:{port}", f"acme.localhost:{port}"
        agent_id, customer_ids = discover(address, host, api_key)
        cookie = sign_in(address, host, builder.username, PASSWORD)
        report = run(Target(address, host, api_key, cookie, agent_id, customer_ids), users=USERS, seconds=SECONDS)

    print(report.summary())
    assert not report.errors, report.summary() + "\n" + "\n".join(report.errors[:10])
    # Every kind of request served more than once: the traffic was mixed. Speed is measured by
    # `python -m benchmarks` (docs/benchmarks.md), not asserted here: on a busy machine it is noise.
    assert {kind: len(times) > 1 for kind, times in report.latencies.items()} == dict.fromkeys(
        ("ingest", "context", "people", "search"), True
    )

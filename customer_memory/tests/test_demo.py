from __future__ import annotations

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django_tenants.utils import get_public_schema_name, schema_context

from conversations.models import Agent, Conversation, Message, Person
from customer_memory.management.commands._demo_customers import build_people
from customer_memory.models import Extraction, Fact
from tenants.keys_and_audit.models import ApiKey, hash_api_key
from tenants.models import Domain


def _run_demo(people: int, capture) -> str:
    out = io.StringIO()
    with capture(execute=True):
        call_command("demo", people=people, stdout=out)
    return out.getvalue()


def _counts() -> dict[str, int]:
    with schema_context("demo"):
        return {
            "people": Person.objects.count(),
            "conversations": Conversation.objects.count(),
            "messages": Message.objects.count(),
            "facts": Fact.objects.count(),
            "users": get_user_model().objects.count(),
            "agents": Agent.objects.count(),
            "keys": ApiKey.objects.count(),
        }


def test_demo_creates_the_organization_users_agents_and_learned_customers(db, django_capture_on_commit_callbacks):
    output = _run_demo(12, django_capture_on_commit_callbacks)

    with schema_context(get_public_schema_name()):
        assert Domain.objects.get(domain="demo.localhost").tenant.schema_name == "demo"
    with schema_context("demo"):
        users = {user.username: user for user in get_user_model().objects.prefetch_related("groups")}
        assert set(users) == {"owner@demo.test", "admin@demo.test", "builder@demo.test", "member@demo.test"}
        assert users["builder@demo.test"].check_password("demo")
        assert {user.groups.get().name for user in users.values()} == {"Owner", "Admin", "Builder", "Member"}
        assert set(Agent.objects.values_list("name", "memory_enabled")) == {("Support", True), ("Sales", True)}
        assert Person.objects.count() >= 12
        assert Person.objects.values("channel_type").distinct().count() >= 3
        assert Conversation.objects.closed().count() >= 12
        assert Extraction.objects.filter(status=Extraction.Status.SUCCEEDED).exists()
        assert Fact.objects.filter(key="name").exists()
        plain = output.strip().splitlines()[-1].rsplit(" ", 1)[-1]
        assert ApiKey.objects.get(name="demo").key_hash == hash_api_key(plain)
    assert "builder@demo.test" in output
    assert 'password "demo"' in output
    assert "[######" in output  # the progress bar


def test_demo_runs_again_without_duplicating_anything(db, django_capture_on_commit_callbacks):
    _run_demo(12, django_capture_on_commit_callbacks)
    first = _counts()

    output = _run_demo(12, django_capture_on_commit_callbacks)

    assert _counts() == first
    assert "Refreshing organization" in output
    assert 'API key "demo" exists' in output


def test_demo_content_is_deterministic_and_varied():
    people = build_people(240)

    assert [p.channel_identifier for p in people] == [p.channel_identifier for p in build_people(240)]
    assert len(people) >= 240
    assert len({p.channel_identifier for p in people}) == len(people)
    assert {p.channel_type for p in people} == {"whatsapp", "web", "voice", "facebook"}
    assert len({p.city for p in people}) > 10
    assert len({p.occupation for p in people}) > 10
    assert sum(1 for p in people if p.pet) > 50
    conversations = [c for p in people for c in p.conversations]
    assert all(len(c.lines) >= 2 for c in conversations)
    assert sum(len(c.lines) for c in conversations) / len(conversations) > 5
    assert {c.agent for c in conversations} == {"Support", "Sales"}

"""Many small organizations, fast: one made the normal way, the rest copied from its schema.

The copies are made by `tenants.schema_copy.SchemaCopier`, which also makes
every new organization's schema from the template schema: it reads the first
organization's tables, columns, constraints and indexes from the catalog once
and replays them into each new schema, rows included (migration history,
content types, permissions, roles, a few people).
"""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from typing import IO

from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import schema_context

from benchmarks.copy_load import connect
from benchmarks.progress import Progress
from tenants.schema_copy import SchemaCopier

PREFIX = "bench_t"
PER_BATCH = 50


def small_schema(number: int) -> str:
    return f"{PREFIX}{number:04d}"


def small_domain(number: int) -> str:
    return f"bench-t{number:04d}.localhost"


def fill_small_organization(schema: str) -> None:
    """A few people with conversations, memory and episodes, as a small customer would have."""
    from conversations.models import Agent, Contact, Conversation, Message, Person
    from customer_memory.llm import EMBEDDING_DIMENSIONS
    from customer_memory.models import Episode, Fact, Memory

    now = timezone.now()
    with schema_context(schema), transaction.atomic():
        agent = Agent.objects.create(name="Support", memory_enabled=True)
        for number in range(20):
            seen = now - timedelta(days=number)
            person = Person.objects.create(
                channel_type="whatsapp",
                channel_identifier=f"+4915100{number:06d}",
                phone=f"+4915100{number:06d}",
                name=f"Customer {number}",
                first_contact_at=seen - timedelta(days=30),
                last_seen_at=seen,
                conversation_count=2,
            )
            Contact.objects.create(
                agent=agent,
                person=person,
                conversation_count=2,
                first_seen_at=seen - timedelta(days=30),
                last_seen_at=seen,
            )
            memory = Memory.objects.create(
                person=person, agent=agent, summary="The customer asked about delivery.", updated_at=seen
            )
            for key, value in (("location", "Berlin"), ("occupation", "nurse"), ("pet", "a dog")):
                Fact.objects.create(memory=memory, key=key, value=value)
            for days_ago in (30, 0):
                started = seen - timedelta(days=days_ago)
                conversation = Conversation.objects.create(
                    person=person,
                    agent=agent,
                    channel="whatsapp",
                    status=Conversation.Status.CLOSED,
                    started_at=started,
                    last_message_at=started,
                    closed_at=started + timedelta(minutes=15),
                    message_count=2,
                    customer_message_count=1,
                )
                Message.objects.create(
                    conversation=conversation, role="customer", content="Where is my order?", sent_at=started
                )
                Message.objects.create(
                    conversation=conversation, role="agent", content="It ships today.", sent_at=started
                )
                Episode.objects.create(
                    person=person,
                    agent=agent,
                    conversation=conversation,
                    summary="The customer asked where the order was; it shipped the same day.",
                    embedding=[0.0] * (EMBEDDING_DIMENSIONS - 1) + [1.0],
                    created_at=started,
                )


def ensure_small_organizations(count: int, out: IO[str] = sys.stdout) -> None:
    """Make sure bench_t0001..bench_t<count> exist; the first made by migrations, the rest copied."""
    from tenants.middleware import forget_cached_hosts
    from tenants.models import Domain, Organization
    from tenants.organizations import create_organization

    with schema_context("public"):
        existing = set(
            Organization.objects.filter(schema_name__startswith=PREFIX).values_list("schema_name", flat=True)
        )
    template = small_schema(1)
    if template not in existing:
        create_organization(schema_name=template, name="Small 0001", domain=small_domain(1))
        fill_small_organization(template)
    missing = [number for number in range(2, count + 1) if small_schema(number) not in existing]
    if not missing:
        out.write(f"{count:,} small organizations exist\n")
        return
    started = time.perf_counter()
    copier = SchemaCopier(template)
    bar = Progress(out).bar("tenants", len(missing))
    for start in range(0, len(missing), PER_BATCH):
        batch = missing[start : start + PER_BATCH]
        for number in batch:
            schema = small_schema(number)
            # One transaction a schema: a batch's copies in one would hold too many locks.
            with transaction.atomic(), connection.cursor() as cursor:
                # Left behind by an interrupted run: a schema without its organization row.
                cursor.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
                copier.copy(schema)
        with schema_context("public"), transaction.atomic():
            organizations = Organization.objects.bulk_create(
                [Organization(schema_name=small_schema(number), name=f"Small {number:04d}") for number in batch]
            )
            Domain.objects.bulk_create(
                [
                    Domain(domain=small_domain(number), tenant=organization, is_primary=True)
                    for number, organization in zip(batch, organizations, strict=True)
                ]
            )
        bar.advance(len(batch))
    bar.done()
    forget_cached_hosts()
    seconds = time.perf_counter() - started
    out.write(
        f"copied {len(missing):,} organizations in {seconds:.1f} s ({seconds / len(missing) * 1000:.0f} ms each)\n"
    )


def drop_small_organizations() -> int:
    from tenants.middleware import forget_cached_hosts
    from tenants.models import Organization

    with schema_context("public"):
        schemas = list(
            Organization.objects.filter(schema_name__startswith=PREFIX).values_list("schema_name", flat=True)
        )
        conn = connect()
        for schema in schemas:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        conn.close()
        Organization.objects.filter(schema_name__in=schemas).delete()
    forget_cached_hosts()
    return len(schemas)

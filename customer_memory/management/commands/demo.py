"""`python manage.py demo`: create or refresh the demo organization at demo.localhost.

Everything goes through the product's own services: conversations are
ingested with ingest_messages() and closed with close_conversation(), so the
memory is learned by the real extraction task (run in-process here, so the
memory is there as soon as the command ends). Message ids are deterministic:
running the command again stores nothing twice.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import Counter
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Count
from django.utils import timezone
from django_q.conf import Conf
from django_tenants.utils import tenant_context

from conversations.ingest_item import MAX_BATCH_SIZE
from conversations.ingestion import ingest_messages
from conversations.models import Agent, Conversation, Message, Person
from conversations.services import close_conversation, record_form_submission
from customer_memory.management.commands._demo_customers import SALES, SUPPORT, DemoPerson, build_people
from customer_memory.models import Extraction, Fact
from tenants.api_keys import create_api_key
from tenants.audit import Actor
from tenants.db import connection
from tenants.keys_and_audit.models import ApiKey, AuditEntry
from tenants.organizations import create_organization, ensure_public_host
from tenants.roles import Role
from tenants.users import create_user

SCHEMA = "demo"
DOMAIN = "demo.localhost"
NAME = "Lumen Home (demo)"
PASSWORD = "demo"
API_KEY_NAME = "demo"
AGENTS: dict[str, dict[str, Any]] = {
    # Seed 004's tip: 90-180 days for support, indefinitely for sales with long buying cycles.
    SUPPORT: {"memory_retention_days": Agent.Retention.DAYS_180, "conversation_history_enabled": True},
    SALES: {"memory_retention_days": Agent.Retention.FOREVER},
}


class ProgressBar:
    """A one-line progress bar on stdout, redrawn in place."""

    def __init__(self, stdout: Any, total: int, label: str, width: int = 30) -> None:
        self.stdout, self.total, self.label, self.width = stdout, max(total, 1), label, width
        self.done = 0
        self._drawn = -1

    def advance(self, steps: int = 1) -> None:
        self.done = min(self.done + steps, self.total)
        percent = self.done * 100 // self.total
        if percent != self._drawn:
            self._drawn = percent
            filled = self.width * self.done // self.total
            bar = "#" * filled + "-" * (self.width - filled)
            self.stdout.write(f"\r  {self.label} [{bar}] {percent:3d}%  {self.done}/{self.total}", ending="")
            self.stdout.flush()

    def finish(self) -> None:
        self.stdout.write("")


class Command(BaseCommand):
    help = "Create or refresh the demo organization (demo.localhost): users, two agents, 200+ customers."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--people", type=int, default=240, help="How many customers (default 240).")
        parser.add_argument(
            "--threads", type=int, default=4, help="Conversations closed and learned from at once (default 4)."
        )

    def handle(self, *args: Any, people: int, threads: int, **options: Any) -> None:
        started = time.monotonic()
        ensure_public_host("localhost")
        organization, created = create_organization(schema_name=SCHEMA, name=NAME, domain=DOMAIN)
        self.stdout.write(f"{'Created' if created else 'Refreshing'} organization {NAME} at {DOMAIN}")
        # Learn while loading: the extraction task runs in this process
        # instead of waiting for a worker.
        was_sync, was_save_limit = Conf.SYNC, Conf.SAVE_LIMIT
        Conf.SYNC = True
        # Not kept as task results: with a save limit, django-q2 reads every
        # stored result each time it saves one, which dominated the run time.
        Conf.SAVE_LIMIT = -1
        # django-q2 logs every task at INFO; hundreds of them would bury the progress bar.
        queue_log = logging.getLogger("django-q")
        was_level = queue_log.level
        queue_log.setLevel(logging.WARNING)
        try:
            with tenant_context(organization):
                users = [create_user(email=f"{role.value}@demo.test", password=PASSWORD, role=role) for role in Role]
                agents = self._agents()
                key_line = self._api_key()
                self._load(organization, agents, build_people(people), threads)
                self._report(users, agents, key_line, time.monotonic() - started)
        finally:
            Conf.SYNC, Conf.SAVE_LIMIT = was_sync, was_save_limit
            queue_log.setLevel(was_level)

    def _agents(self) -> dict[str, Agent]:
        agents = {}
        for name, fields in AGENTS.items():
            agent, _ = Agent.objects.get_or_create(name=name, defaults={"memory_enabled": True, **fields})
            if not agent.memory_enabled:
                agent.memory_enabled = True
                agent.save(update_fields=["memory_enabled", "updated_at"])
            agents[name] = agent
        return agents

    def _api_key(self) -> str:
        key = ApiKey.objects.active().filter(name=API_KEY_NAME).first()
        if key is not None:
            return (
                f'API key "{API_KEY_NAME}" exists ({key.prefix}…; its secret was shown when it was created). '
                f"Another one: python manage.py create_api_key --schema {SCHEMA} --name {API_KEY_NAME}"
            )
        _, plain = create_api_key(name=API_KEY_NAME, actor=Actor(origin=AuditEntry.Origin.CLI))
        return f'API key "{API_KEY_NAME}" (shown once, store it now): {plain}'

    def _load(self, organization: Any, agents: dict[str, Agent], people: list[DemoPerson], threads: int) -> None:
        now = timezone.now()
        idle = timedelta(minutes=settings.CONVERSATION_IDLE_MINUTES)
        progress = ProgressBar(self.stdout, sum(len(p.conversations) for p in people), "Conversations")
        # Round n holds every person's n-th conversation, so each person's
        # earlier conversation is closed (and learned from) before the next.
        for round_ in range(max(len(p.conversations) for p in people)):
            batch = [(p, p.conversations[round_]) for p in people if len(p.conversations) > round_]
            items, owners = [], []
            for person, chat in batch:
                start = now - chat.started_ago
                for index, ((role, content), offset) in enumerate(zip(chat.lines, chat.offsets, strict=True)):
                    items.append(
                        {
                            "agent": agents[chat.agent],
                            "channel_type": person.channel_type,
                            "channel_identifier": person.channel_identifier,
                            "role": role,
                            "content": content,
                            "external_id": f"demo-{chat.key}-m{index}",
                            "sent_at": start + timedelta(seconds=offset),
                            "name": person.profile_name,
                        }
                    )
                    owners.append(chat)
            conversations: dict[str, Conversation] = {}
            people_by_key: dict[str, Person] = {}
            for offset in range(0, len(items), MAX_BATCH_SIZE):
                results = ingest_messages(items[offset : offset + MAX_BATCH_SIZE])
                for chat, result in zip(owners[offset : offset + MAX_BATCH_SIZE], results, strict=True):
                    conversations[chat.key] = result.conversation
                    people_by_key[chat.key] = result.person
            for person, chat in batch:
                if round_ == 0 and person.form:
                    record_form_submission(people_by_key[chat.key], **person.form)
            # Closed when the idle timeout would have closed them; a few are left open.
            to_close = [
                (conversations[chat.key], min(conversations[chat.key].last_message_at + idle, now))
                for _, chat in batch
                if not chat.leave_open
            ]
            progress.advance(len(batch) - len(to_close))
            self._close_all(organization, to_close, progress, threads=threads)
        progress.finish()

    def _close_all(
        self, organization: Any, jobs: list[tuple[Conversation, Any]], progress: ProgressBar, *, threads: int
    ) -> None:
        """Close conversations, each learned from as it closes.

        Extraction waits mostly on the database, so a few threads (one
        connection each) finish sooner. Each round has one conversation per
        person, so the threads never write the same memory. Inside a
        transaction (tests) other connections can't see the rows: one thread.
        """
        if threads < 2 or connection.in_atomic_block:
            for conversation, closed_at in jobs:
                close_conversation(conversation, now=closed_at)
                progress.advance()
            return
        pending: queue.SimpleQueue[tuple[Conversation, Any]] = queue.SimpleQueue()
        for job in jobs:
            pending.put(job)
        errors: list[BaseException] = []
        lock = threading.Lock()

        def work() -> None:
            try:
                connection.set_tenant(organization)
                while not errors:
                    try:
                        conversation, closed_at = pending.get_nowait()
                    except queue.Empty:
                        return
                    close_conversation(conversation, now=closed_at)
                    with lock:
                        progress.advance()
            except BaseException as error:
                errors.append(error)
            finally:
                connection.close()

        workers = [threading.Thread(target=work, daemon=True) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        if errors:
            raise errors[0]

    def _report(self, users: list[Any], agents: dict[str, Agent], key_line: str, seconds: float) -> None:
        extractions = Counter(dict(Extraction.objects.values_list("status").annotate(n=Count("id"))))
        counts = {
            "people": Person.objects.count(),
            "conversations": Conversation.objects.count(),
            "messages": Message.objects.count(),
            "facts": Fact.objects.count(),
        }
        self.stdout.write(self.style.SUCCESS(f"Demo organization ready in {seconds:.0f} s: http://{DOMAIN}:8000"))
        self.stdout.write(f'  Sign in with password "{PASSWORD}":')
        for user in users:
            self.stdout.write(f"    {user.email:<20} {user.groups.first().name}")
        self.stdout.write(f"  Agents: {', '.join(agents)} (memory on)")
        self.stdout.write(
            f"  {counts['people']} people, {counts['conversations']} conversations, {counts['messages']} messages"
        )
        self.stdout.write(
            f"  Memory: {counts['facts']} facts learned from {extractions[Extraction.Status.SUCCEEDED]} conversations"
            f" ({extractions[Extraction.Status.SKIPPED]} skipped: memory off or under 2 customer messages)"
        )
        unfinished = extractions[Extraction.Status.QUEUED] + extractions[Extraction.Status.FAILED]
        if unfinished:
            self.stderr.write(f"  {unfinished} extractions did not finish; a worker retries them.")
        self.stdout.write(f"  {key_line}")

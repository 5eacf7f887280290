"""`python manage.py reindex_episodes [--schema acme]`: index every episode again for recall.

Backfills the masked transcript, full-text vector and embedding of each closed conversation's
episode (recall.index_conversation), in every organization or the ones named. Run it after an
upgrade that changes the index (the first one stored the summary only) or after changing the
embedder. Idempotent; safe to stop and run again. Each episode costs one embedding call.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context

from customer_memory import recall
from customer_memory.models import Episode
from tenants.tasks import tenant_schema_names


class Command(BaseCommand):
    help = "Index every episode again (masked transcript, full text, embedding), with a progress bar."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--schema", action="append", default=[], help="only this organization (repeatable)")
        parser.add_argument("--batch-size", type=int, default=100)

    def handle(self, *args: Any, schema: list[str], batch_size: int, **options: Any) -> None:
        known = tenant_schema_names()
        if unknown := sorted(set(schema) - set(known)):
            raise CommandError(f"No organization with schema {', '.join(unknown)}.")
        for name in schema or known:
            with schema_context(name):
                total = Episode.objects.count()
                progress = _Progress(self.stdout, label=name, total=total)
                done = recall.reindex_episodes(batch_size=batch_size, on_progress=progress.advance)
                progress.finish()
            self.stdout.write(f"{name}: {done} episodes indexed")


class _Progress:
    """One line per organization, redrawn in place on a terminal."""

    WIDTH = 30

    def __init__(self, out: Any, *, label: str, total: int) -> None:
        self.out, self.label, self.total, self.done = out, label, max(total, 1), 0
        self._draw()

    def advance(self, count: int) -> None:
        self.done += count
        self._draw()

    def finish(self) -> None:
        self.out.write("")

    def _draw(self) -> None:
        filled = self.WIDTH * min(self.done, self.total) // self.total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.out.write(f"\r  {self.label} [{bar}] {self.done}/{self.total}", ending="")
        self.out.flush()

"""Agent knowledge (issue 18, seed 001): what an agent learned across customers, with every version kept.

The one home of the write workflows on knowledge entries (create, edit, approve, retire, revert,
import), called by the UI, the API and the proposal task alike; each writes a version and the audit
log. And the one read the context makes: `relevant()` ranks the agent's approved, live entries for
the query from a per-agent cached list, so a context fetch costs no query on a warm cache.
"""

from __future__ import annotations

import csv
import io
import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from conversations.models import Agent
from conversations.secrets import Redactor

# `services` as a module: services imports context, which imports this module, so whichever of them is
# imported first, the other is still half-built here (a name imported from it might not exist yet).
from customer_memory import llm, recall, services
from customer_memory.models import KnowledgeEntry, KnowledgeVersion
from tenants import audit
from tenants.db import connection
from tenants.keys_and_audit.models import AuditEntry

EDITABLE = ("title", "problem", "resolution", "tags")
# At most this many entries in a context (seed 001's "top 3" of agent knowledge).
CONTEXT_LIMIT = 3
# Approved entries an agent's cached list holds for ranking; the most recently confirmed first.
CACHED_ENTRIES_MAX = 500
IMPORT_ROWS_MAX = 1000
RELATIVE_SCORE_MIN = 0.5
# The ranking is hybrid, as for episodes (recall.py): each entry's share of the best term score plus
# EMBEDDING_WEIGHT times the cosine of the local embeddings (words and their trigrams, so "crashes when
# uploading" meets "app crash on upload"); an entry that shares no term is offered when the cosine alone
# reaches EMBEDDING_ONLY_MIN.
EMBEDDING_WEIGHT = 1.0
EMBEDDING_ONLY_MIN = 0.45


class KnowledgeImportError(ValueError):
    """Rows of an import that can't be saved; nothing was written."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} invalid field(s) in the import; nothing was saved.")
        self.errors = errors


def kept_since(agent: Agent, *, now: datetime) -> datetime | None:
    """The oldest `last_confirmed_at` an entry of this agent may have and still be live (None: kept forever);
    KnowledgeEntryQuerySet.live() in SQL."""
    days = agent.knowledge_retention_days
    return None if days == Agent.Retention.FOREVER else now - timedelta(days=days)


# --- Validation ------------------------------------------------------------------------------------


def clean_fields(**fields: Any) -> dict[str, Any]:
    """The editable fields, stripped and checked; services.MemoryEditError names the field at fault."""
    cleaned: dict[str, Any] = {}
    limits = {
        "title": KnowledgeEntry.TITLE_MAX_LENGTH,
        "problem": KnowledgeEntry.TEXT_MAX_LENGTH,
        "resolution": KnowledgeEntry.TEXT_MAX_LENGTH,
    }
    for name, limit in limits.items():
        if name not in fields:
            continue
        value = fields[name]
        if not isinstance(value, str) or not value.strip():
            raise services.MemoryEditError(f"Enter the {name}.", field=name)
        value = value.strip()
        if len(value) > limit:
            raise services.MemoryEditError(f"Keep the {name} under {limit} characters.", field=name)
        if holds_secret(value):
            raise services.MemoryEditError(
                f"The {name} holds what looks like a secret (a card number, a password...): remove it.", field=name
            )
        cleaned[name] = value
    if "tags" in fields:
        cleaned["tags"] = clean_tags(fields["tags"])
    return cleaned


def holds_secret(text: str) -> bool:
    """Whether staff text holds a secret the one detector finds (conversations.secrets).

    A "password" that is a plain word is FAQ language ("Passwords are case sensitive", "reset your
    password (Settings > Security)"), not a secret: refusing it would make password help unwritable.
    Card and account numbers, ids, codes and passwords with digits or symbols are refused.
    """
    redactor = Redactor()
    redactor.redact(text)
    for found in redactor.found:
        kind, _, secret = found.partition(":")
        if kind != "password" or not secret.isalpha():
            return True
    return False


def clean_tags(raw: Any) -> list[str]:
    """A list (or a comma-separated string) of short tags, lower-cased, without duplicates."""
    if raw is None:
        return []
    items = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple) or not all(isinstance(item, str) for item in items):
        raise services.MemoryEditError("Give the tags as a list of words.", field="tags")
    tags = list(dict.fromkeys(tag.strip().lower() for tag in items if tag.strip()))
    if len(tags) > KnowledgeEntry.TAGS_MAX:
        raise services.MemoryEditError(f"Give at most {KnowledgeEntry.TAGS_MAX} tags.", field="tags")
    if any(len(tag) > KnowledgeEntry.TAG_MAX_LENGTH for tag in tags):
        raise services.MemoryEditError(f"Keep each tag under {KnowledgeEntry.TAG_MAX_LENGTH} characters.", field="tags")
    return tags


# --- Writes ----------------------------------------------------------------------------------------


def snapshot(entry: KnowledgeEntry) -> dict[str, Any]:
    """An entry's content as kept in its versions and the audit log."""
    return {
        "title": entry.title,
        "problem": entry.problem,
        "resolution": entry.resolution,
        "tags": list(entry.tags),
        "status": entry.status,
    }


def _save_version(entry: KnowledgeEntry, *, change: str, actor: audit.Actor) -> KnowledgeVersion:
    last = entry.versions.order_by("-number").values_list("number", flat=True).first() or 0
    return KnowledgeVersion.objects.create(
        entry=entry, number=last + 1, change=change, author=actor.label, **snapshot(entry)
    )


def _record(action: str, entry: KnowledgeEntry, *, actor: audit.Actor, before: dict[str, Any] | None) -> None:
    audit.record(
        action,
        actor=actor,
        object_type="knowledge",
        object_id=entry.public_id,
        changes={"agent": entry.agent.public_id, "before": before, "after": snapshot(entry)},
    )
    forget_cached(entry.agent_id)


@transaction.atomic
def create_entry(
    agent: Agent,
    *,
    actor: audit.Actor,
    title: str,
    problem: str,
    resolution: str,
    tags: Any = None,
    status: str = KnowledgeEntry.Status.APPROVED,
) -> KnowledgeEntry:
    """A staff-written entry (approved unless `status` says proposed)."""
    cleaned = clean_fields(title=title, problem=problem, resolution=resolution, tags=tags)
    if status not in (KnowledgeEntry.Status.APPROVED, KnowledgeEntry.Status.PROPOSED):
        raise services.MemoryEditError("A new entry is approved or proposed.", field="status")
    entry = KnowledgeEntry.objects.create(agent=agent, source=KnowledgeEntry.Source.STAFF, status=status, **cleaned)
    _save_version(entry, change="created", actor=actor)
    _record(AuditEntry.Action.KNOWLEDGE_CREATED, entry, actor=actor, before=None)
    return entry


@transaction.atomic
def edit_entry(entry: KnowledgeEntry, *, actor: audit.Actor, **changes: Any) -> KnowledgeEntry:
    """Change the title, problem, resolution or tags; a new version when anything changed.

    A change confirms the entry: someone reviewed it, so its retention counts from now (as approving does)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise services.MemoryEditError(f"Unknown field: {', '.join(sorted(unknown))}", field=sorted(unknown)[0])
    cleaned = clean_fields(**changes)
    before = snapshot(entry)
    for name, value in cleaned.items():
        setattr(entry, name, value)
    if snapshot(entry) == before:
        return entry
    entry.last_confirmed_at = timezone.now()
    entry.save()
    _save_version(entry, change="edited", actor=actor)
    _record(AuditEntry.Action.KNOWLEDGE_UPDATED, entry, actor=actor, before=before)
    return entry


def _set_status(entry: KnowledgeEntry, status: str, *, action: str, change: str, actor: audit.Actor) -> KnowledgeEntry:
    if entry.status == status:
        return entry
    before = snapshot(entry)
    entry.status = status
    if status == KnowledgeEntry.Status.APPROVED:
        # Approving confirms it: retention counts from now.
        entry.last_confirmed_at = timezone.now()
    entry.save()
    _save_version(entry, change=change, actor=actor)
    _record(action, entry, actor=actor, before=before)
    return entry


@transaction.atomic
def approve_entry(entry: KnowledgeEntry, *, actor: audit.Actor) -> KnowledgeEntry:
    """A proposed (or retired) entry goes into contexts from now on."""
    return _set_status(
        entry,
        KnowledgeEntry.Status.APPROVED,
        action=AuditEntry.Action.KNOWLEDGE_APPROVED,
        change="approved",
        actor=actor,
    )


@transaction.atomic
def retire_entry(entry: KnowledgeEntry, *, actor: audit.Actor) -> KnowledgeEntry:
    """Out of every context; kept with its versions (and never proposed again)."""
    return _set_status(
        entry, KnowledgeEntry.Status.RETIRED, action=AuditEntry.Action.KNOWLEDGE_RETIRED, change="retired", actor=actor
    )


@transaction.atomic
def revert_entry(entry: KnowledgeEntry, *, number: int, actor: audit.Actor) -> KnowledgeEntry:
    """Bring back the content of version `number` as a new version; the status stays as it is. Like an edit, it
    confirms the entry (someone chose this content)."""
    version = entry.versions.filter(number=number).first()
    if version is None:
        raise services.MemoryEditError(f"This entry has no version {number}.", field="version")
    before = snapshot(entry)
    for name in EDITABLE:
        setattr(entry, name, getattr(version, name))
    entry.last_confirmed_at = timezone.now()
    entry.save()
    _save_version(entry, change=f"reverted to v{number}", actor=actor)
    _record(AuditEntry.Action.KNOWLEDGE_REVERTED, entry, actor=actor, before=before)
    return entry


def validate_import(rows: Any) -> list[dict[str, Any]]:
    """Every row checked (not only up to the first bad one); KnowledgeImportError lists each row and field."""
    if not isinstance(rows, list) or not rows:
        raise KnowledgeImportError([{"row": None, "field": "entries", "message": "Give a non-empty list of entries."}])
    if len(rows) > IMPORT_ROWS_MAX:
        raise KnowledgeImportError(
            [{"row": None, "field": "entries", "message": f"Import at most {IMPORT_ROWS_MAX} entries at a time."}]
        )
    errors: list[dict[str, Any]] = []
    cleaned_rows = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            errors.append({"row": number, "field": "", "message": "Each entry is an object."})
            continue
        unknown = set(row) - {*EDITABLE, "status"}
        for name in sorted(unknown):
            errors.append({"row": number, "field": name, "message": f"Unknown field {name!r}."})
        cleaned: dict[str, Any] = {}
        for name in EDITABLE:
            value = row.get(name, "" if name != "tags" else None)
            try:
                cleaned.update(clean_fields(**{name: value}))
            except services.MemoryEditError as error:
                errors.append({"row": number, "field": error.field, "message": str(error)})
        status = row.get("status") or KnowledgeEntry.Status.APPROVED
        if status not in (KnowledgeEntry.Status.APPROVED, KnowledgeEntry.Status.PROPOSED):
            errors.append({"row": number, "field": "status", "message": "Use approved or proposed."})
        cleaned["status"] = status
        cleaned_rows.append(cleaned)
    if errors:
        raise KnowledgeImportError(errors)
    return cleaned_rows


CSV_COLUMNS = (*EDITABLE, "status")


def rows_from_csv(text: str) -> list[dict[str, Any]]:
    """The rows of a CSV export of an FAQ (header: title, problem, resolution[, tags][, status]); empty cells of
    optional columns are left out, and row 1 is the first line after the header."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    errors = [
        {"row": 0, "field": name, "message": f"The header has no {name} column."}
        for name in ("title", "problem", "resolution")
        if name not in header
    ]
    errors += [
        {"row": 0, "field": name, "message": f"Unknown column {name!r}."} for name in header if name not in CSV_COLUMNS
    ]
    if errors:
        raise KnowledgeImportError(errors)
    rows = []
    for number, raw in enumerate(reader, start=1):
        if None in raw:
            raise KnowledgeImportError(
                [{"row": number, "field": "", "message": "This row has more cells than the header."}]
            )
        row = {key.strip().lower(): (value or "") for key, value in raw.items()}
        for optional in ("tags", "status"):
            if not row.get(optional, "").strip():
                row.pop(optional, None)
        rows.append(row)
    return rows


@transaction.atomic
def import_entries(agent: Agent, rows: Any, *, actor: audit.Actor) -> list[KnowledgeEntry]:
    """Onboard an existing FAQ: all rows or none (KnowledgeImportError names each bad row and field)."""
    cleaned_rows = validate_import(rows)
    entries = [
        KnowledgeEntry.objects.create(agent=agent, source=KnowledgeEntry.Source.STAFF, **cleaned)
        for cleaned in cleaned_rows
    ]
    for entry in entries:
        _save_version(entry, change="imported", actor=actor)
    audit.record(
        AuditEntry.Action.KNOWLEDGE_IMPORTED,
        actor=actor,
        object_type="agent",
        object_id=agent.public_id,
        changes={"entries": [entry.public_id for entry in entries]},
    )
    forget_cached(agent.pk)
    return entries


def record_feedback(entry: KnowledgeEntry, *, helped: bool) -> KnowledgeEntry:
    """An integration reports whether the entry helped with a reply; the counts show in the Knowledge tab and
    weigh its rank. Not a change of the entry: no version, no audit entry (it comes once per reply), and the
    ranking reads the counts when the agent's index is next built (a write, or the cache's TTL)."""
    field = "helped_count" if helped else "not_helped_count"
    KnowledgeEntry.objects.filter(pk=entry.pk).update(**{field: F(field) + 1})
    entry.refresh_from_db(fields=["helped_count", "not_helped_count"])
    return entry


def export_entries(agent: Agent) -> list[dict[str, Any]]:
    """Every entry of the agent with its versions (JSON-ready), in the import's field names."""
    entries = KnowledgeEntry.objects.for_agent(agent).order_by("created_at", "id").prefetch_related("versions")
    return [
        {
            "id": entry.public_id,
            **snapshot(entry),
            "source": entry.source,
            "support_count": entry.support_count,
            "helped_count": entry.helped_count,
            "not_helped_count": entry.not_helped_count,
            "last_confirmed_at": entry.last_confirmed_at.isoformat(),
            "versions": [
                {"number": v.number, "change": v.change, "author": v.author, "at": v.created_at.isoformat()}
                for v in entry.versions.all()
            ],
        }
        for entry in entries
    ]


# --- Listing (UI and API) --------------------------------------------------------------------------


def search(agent: Agent, *, query: str = "", status: str = "", tag: str = "") -> Any:
    """The agent's entries, filtered, most recently changed first."""
    entries = KnowledgeEntry.objects.for_agent(agent)
    if status:
        entries = entries.filter(status=status)
    if tag:
        entries = entries.filter(tags__contains=[tag.strip().lower()])
    for word in query.split()[:8]:
        entries = entries.filter(Q(title__icontains=word) | Q(problem__icontains=word) | Q(resolution__icontains=word))
    return entries.order_by("-updated_at", "-id")


def tags_of(agent: Agent) -> list[str]:
    """Every tag the agent's entries use, sorted (the Knowledge tab's tag filter)."""
    tags: set[str] = set()
    for entry_tags in KnowledgeEntry.objects.for_agent(agent).values_list("tags", flat=True):
        tags.update(entry_tags)
    return sorted(tags)


# --- The context's read ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RelevantEntry:
    id: str
    title: str
    problem: str
    resolution: str
    tags: list[str]
    score: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "problem": self.problem,
            "resolution": self.resolution,
            "tags": list(self.tags),
            "score": round(self.score, 3),
        }


def _version_key(agent_id: int) -> str:
    return f"knowledge:{agent_id}:version"


def forget_cached(agent_id: int) -> None:
    """After a write: the agent's next context builds its index again (in every process)."""
    cache.delete(_version_key(agent_id))
    transaction.on_commit(lambda: cache.delete(_version_key(agent_id)))


@dataclass(frozen=True)
class KnowledgeIndex:
    """An agent's approved entries, ready to rank: each entry's terms, and which entries hold each term."""

    entries: list[dict[str, Any]]
    title_terms: list[frozenset[str]]
    postings: dict[str, list[int]]
    idf: dict[str, float]
    vectors: Any  # numpy array, one unit row per entry (llm.hash_embed of title, problem and tags)


# Indexes built in this process, by (schema, agent, version): the shared cache holds only the version, so
# a context pays one small cache read instead of unpickling every entry (measured: 500 entries cost 1.8 ms
# a context unpickled from the cache, 0.05 ms from here). A write changes the version everywhere.
_INDEXES: dict[tuple[str, int, str], KnowledgeIndex] = {}
_INDEXES_MAX = 256


def _index(agent: Agent) -> KnowledgeIndex:
    key = _version_key(agent.pk)
    version = cache.get(key)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(key, version, timeout=settings.MEMORY_CACHE_TTL)
    memo_key = (connection.schema_name, agent.pk, version)
    index = _INDEXES.get(memo_key)
    if index is None:
        index = _build_index(agent)
        if len(_INDEXES) >= _INDEXES_MAX:
            _INDEXES.pop(next(iter(_INDEXES)))
        _INDEXES[memo_key] = index
    return index


def _build_index(agent: Agent) -> KnowledgeIndex:
    """One query: the agent's approved entries (the most recently confirmed first, CACHED_ENTRIES_MAX at most)."""
    rows = list(
        KnowledgeEntry.objects.for_agent(agent)
        .approved()
        .order_by("-last_confirmed_at", "-id")
        .values(
            "public_id",
            "title",
            "problem",
            "resolution",
            "tags",
            "last_confirmed_at",
            "helped_count",
            "not_helped_count",
        )[:CACHED_ENTRIES_MAX]
    )
    title_terms: list[frozenset[str]] = []
    postings: dict[str, list[int]] = {}
    for position, row in enumerate(rows):
        title = frozenset(recall.query_terms(row["title"]))
        title_terms.append(title)
        for term in title | set(recall.query_terms(" ".join([row["problem"], *row["tags"]]))):
            postings.setdefault(term, []).append(position)
    total = len(rows)
    idf = {term: math.log(1 + (total + 1) / (len(found) + 0.5)) for term, found in postings.items()}
    vectors = np.array(
        [llm.hash_embed(" ".join([row["title"], row["problem"], *row["tags"]])) for row in rows] or [], dtype=float
    )
    return KnowledgeIndex(
        entries=[dict(row) for row in rows], vectors=vectors, title_terms=title_terms, postings=postings, idf=idf
    )


def feedback_weight(helped: int, not_helped: int) -> float:
    """How an entry's reports from integrations move its rank: 1 with none, towards 2 when it helps, towards
    0 when it does not (Laplace-smoothed share of "helped", so a few reports move it a little)."""
    return 2 * (helped + 1) / (helped + not_helped + 2)


def relevant(agent: Agent, *, query: str, issues: list[str] | None = None, now: datetime) -> list[RelevantEntry]:
    """The top approved, live entries for the query (and the customer's open issues): at most CONTEXT_LIMIT.

    Hybrid, as for episodes: the query's terms (folded, stemmed, function words left out, as recall does)
    found in the entry's title, problem and tags, each weighted by how rare it is among the agent's
    entries (IDF), the title counting more and the customer's open issues half, as a share of the best
    entry's, plus the cosine of the local embeddings; times the entry's feedback weight. An entry with no
    term in common is offered only when the embeddings alone are close (EMBEDDING_ONLY_MIN).
    """
    query_terms = recall.query_terms(query) if query.strip() else []
    issue_terms = [term for term in recall.query_terms(" ".join(issues or [])) if term not in query_terms]
    if not (query_terms or issue_terms):
        return []
    index = _index(agent)
    if not index.entries:
        return []
    text: dict[int, float] = {}
    for weight, wanted in ((1.0, query_terms), (0.5, issue_terms)):
        for term in wanted:
            for position in index.postings.get(term, ()):
                boost = 1.5 if term in index.title_terms[position] else 1.0
                text[position] = text.get(position, 0.0) + weight * boost * index.idf[term]
    cosines = index.vectors @ np.array(llm.hash_embed(" ".join([query, *(issues or [])])), dtype=float)
    best_text = max(text.values(), default=0.0) or 1.0
    scores = {
        position: text.get(position, 0.0) / best_text + EMBEDDING_WEIGHT * float(cosine)
        for position, cosine in enumerate(cosines)
        if position in text or cosine >= EMBEDDING_ONLY_MIN
    }
    since = kept_since(agent, now=now)
    ranked = []
    for position, score in scores.items():
        entry = index.entries[position]
        if since is not None and entry["last_confirmed_at"] < since:
            continue  # expired: never read, even before the daily job deletes it
        ranked.append((score * feedback_weight(entry["helped_count"], entry["not_helped_count"]), entry))
    ranked.sort(key=lambda pair: (-pair[0], pair[1]["public_id"]))
    # One common word ("while") is not relevance: an entry scoring under half the best one is left out.
    best = ranked[0][0] if ranked else 0.0
    return [
        RelevantEntry(
            id=entry["public_id"],
            title=entry["title"],
            problem=entry["problem"],
            resolution=entry["resolution"],
            tags=list(entry["tags"]),
            score=score,
        )
        for score, entry in ranked[:CONTEXT_LIMIT]
        if score >= best * RELATIVE_SCORE_MIN
    ]

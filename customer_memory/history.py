"""A memory's history in the audit log, and forgetting its values when the memory itself goes.

Entries about facts carry snapshots (key, value, previous value…) so that
History can show and undo edits. When the memory they describe is cleared or
purged by retention, keeping those values would undo the deletion: a Builder
could read them in History and restore them. So the values are scrubbed: who,
when and what kind of change (the key) stay; nothing can be restored.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tenants.keys_and_audit.models import AuditEntry

_KEPT = ("id", "key", "agent", "source", "confidence")


def _scrub(snapshot: Any, agent_public_id: str) -> tuple[Any, bool]:
    if isinstance(snapshot, dict) and snapshot.get("agent") == agent_public_id and "value" in snapshot:
        return {name: snapshot[name] for name in _KEPT if name in snapshot}, True
    return snapshot, False


def forget_values(pairs: Iterable[tuple[str, str]]) -> int:
    """Scrub the values of every audit entry about the (person public id, agent public id) memories."""
    scrubbed = 0
    by_person: dict[str, set[str]] = {}
    for person_public_id, agent_public_id in pairs:
        by_person.setdefault(person_public_id, set()).add(agent_public_id)
    for person_public_id, agents in by_person.items():
        for entry in AuditEntry.objects.filter(person_public_id=person_public_id):
            changes, touched = dict(entry.changes or {}), False
            for agent_public_id in agents:
                for side in ("before", "after"):
                    changes[side], hit = _scrub(changes.get(side), agent_public_id)
                    touched = touched or hit
                if entry.object_type == "memory" and entry.object_id == agent_public_id and "before" in changes:
                    before = changes["before"] or {}
                    if isinstance(before, dict) and (
                        before.get("summary") or any("value" in fact for fact in before.get("facts", []))
                    ):
                        changes["before"] = {"facts": [{"key": f.get("key")} for f in before.get("facts", [])]}
                        touched = True
            if touched:
                changes["values_forgotten"] = True
                AuditEntry.objects.filter(pk=entry.pk).update(changes=changes)
                scrubbed += 1
    return scrubbed

"""Writing the audit log: who did what, when, from where.

Services call `record()`; they are the only writers, so the UI, the API, the
admin and tasks are logged identically.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tenants.keys_and_audit.models import ApiKey, AuditEntry

if TYPE_CHECKING:
    from django.contrib.auth.models import User


@dataclass(frozen=True)
class Actor:
    """Who is acting and through which door."""

    origin: str
    user: User | None = None
    api_key: ApiKey | None = None
    # Who acts when it is neither a person nor a key, e.g. "AI (rules)" for what extraction learned.
    name: str = ""

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        if self.api_key is not None:
            return f"API key {self.api_key.name} ({self.api_key.prefix}…)"
        if self.user is not None and getattr(self.user, "is_authenticated", False):
            return self.user.get_username()
        return "system"

    @classmethod
    def from_request(cls, request: Any, *, origin: str) -> Actor:
        principal = getattr(request, "user", None)
        if isinstance(principal, ApiKey):
            return cls(origin=origin, api_key=principal)
        return cls(origin=origin, user=principal if getattr(principal, "is_authenticated", False) else None)


SYSTEM = Actor(origin=AuditEntry.Origin.TASK)


def record(
    action: str,
    *,
    actor: Actor,
    person_public_id: str = "",
    object_type: str = "",
    object_id: str = "",
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    return AuditEntry.objects.create(
        action=action,
        origin=actor.origin,
        actor_user=actor.user if getattr(actor.user, "pk", None) else None,
        actor_api_key=actor.api_key,
        actor_label=actor.label,
        person_public_id=person_public_id,
        object_type=object_type,
        object_id=object_id,
        changes=changes or {},
    )

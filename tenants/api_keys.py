"""Creating and revoking API keys (the CLI and the admin call these)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from tenants import audit
from tenants.keys_and_audit.models import ApiKey, AuditEntry


@transaction.atomic
def create_api_key(*, name: str, actor: audit.Actor) -> tuple[ApiKey, str]:
    """Create a key and return it with its plain text, which is never stored."""
    plain, prefix, key_hash = ApiKey.generate()
    key = ApiKey.objects.create(
        name=name, prefix=prefix, key_hash=key_hash, created_by=actor.user if getattr(actor.user, "pk", None) else None
    )
    audit.record(
        AuditEntry.Action.API_KEY_CREATED,
        actor=actor,
        object_type="api_key",
        object_id=key.public_id,
        changes={"after": {"name": name, "prefix": prefix}},
    )
    return key, plain


@transaction.atomic
def revoke_api_key(key: ApiKey, *, actor: audit.Actor) -> ApiKey:
    if key.revoked_at is None:
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])
        audit.record(
            AuditEntry.Action.API_KEY_REVOKED,
            actor=actor,
            object_type="api_key",
            object_id=key.public_id,
            changes={"before": {"name": key.name, "prefix": key.prefix}},
        )
    return key

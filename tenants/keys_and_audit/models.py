"""API keys and the audit log of one organization (tenant schema)."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any, Self

from django.conf import settings
from django.db import models
from django.utils import timezone

from tenants.public_ids import PUBLIC_ID_LENGTH, make_public_id

API_KEY_PREFIX = "cm"


def hash_api_key(plain_key: str) -> str:
    # Keys are 256-bit random secrets, so a fast hash is enough: there is no
    # low-entropy password to brute-force.
    return hashlib.sha256(plain_key.encode()).hexdigest()


def new_api_key_id() -> str:
    return make_public_id("key")


class ApiKeyQuerySet(models.QuerySet["ApiKey"]):
    def active(self) -> Self:
        return self.filter(revoked_at__isnull=True)


class ApiKey(models.Model):
    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_api_key_id, editable=False)
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, editable=False, help_text="First characters of the key, to recognise it.")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiKeyQuerySet.as_manager()

    # Set on a key just created, for the one response that shows it; never stored.
    plain_key: str

    # DRF treats the authenticated principal as `request.user`.
    is_authenticated = True
    is_anonymous = False

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "API key"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def generate(cls) -> tuple[str, str, str]:
        """Return (plain key, prefix, hash). Only the hash is ever stored."""
        plain = f"{API_KEY_PREFIX}_{secrets.token_urlsafe(32)}"
        return plain, plain[:10], hash_api_key(plain)

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def touch(self, *, min_interval_seconds: int = 60) -> None:
        """Record use, at most once a minute, so reads don't turn into writes."""
        now = timezone.now()
        if self.last_used_at is None or (now - self.last_used_at).total_seconds() > min_interval_seconds:
            ApiKey.objects.filter(pk=self.pk).update(last_used_at=now)
            self.last_used_at = now


class AuditEntry(models.Model):
    class Origin(models.TextChoices):
        UI = "ui", "UI"
        API = "api", "API"
        ADMIN = "admin", "Admin"
        TASK = "task", "Task"
        CLI = "cli", "Command line"

    class Action(models.TextChoices):
        FACT_CREATED = "fact.created", "Fact created"
        FACT_UPDATED = "fact.updated", "Fact updated"
        FACT_DELETED = "fact.deleted", "Fact deleted"
        FACT_RESTORED = "fact.restored", "Fact restored"
        MEMORY_CLEARED = "memory.cleared", "Memory cleared"
        PERSON_EXPORTED = "person.exported", "Person exported"
        PERSON_ERASED = "person.erased", "Person erased"
        PERSON_MERGED = "person.merged", "Duplicate person merged"
        AGENT_SETTINGS_CHANGED = "agent.settings_changed", "Agent memory settings changed"
        AGENT_CREATED = "agent.created", "Agent created"
        AGENT_DELETED = "agent.deleted", "Agent deleted"
        API_KEY_CREATED = "api_key.created", "API key created"
        API_KEY_REVOKED = "api_key.revoked", "API key revoked"
        ROLE_CHANGED = "user.role_changed", "Role changed"
        USER_CREATED = "user.created", "User created"
        USER_CHANGED = "user.changed", "User details changed"
        USER_PASSWORD_CHANGED = "user.password_changed", "Password changed"
        USER_ACTIVATED = "user.activated", "User activated"
        USER_DEACTIVATED = "user.deactivated", "User deactivated"
        USER_DELETED = "user.deleted", "User deleted"
        MEMORY_EXPIRED = "memory.expired", "Expired memory deleted"
        NOTE_ADDED = "note.added", "Note added"
        NOTE_DELETED = "note.deleted", "Note deleted"
        SUMMARY_UPDATED = "memory.summary_updated", "Summary edited"
        WEBHOOK_CREATED = "webhook.created", "Webhook endpoint created"
        WEBHOOK_DELETED = "webhook.deleted", "Webhook endpoint deleted"
        KNOWLEDGE_CREATED = "knowledge.created", "Knowledge entry created"
        KNOWLEDGE_UPDATED = "knowledge.updated", "Knowledge entry edited"
        KNOWLEDGE_APPROVED = "knowledge.approved", "Knowledge entry approved"
        KNOWLEDGE_RETIRED = "knowledge.retired", "Knowledge entry retired"
        KNOWLEDGE_REVERTED = "knowledge.reverted", "Knowledge entry reverted"
        KNOWLEDGE_PROPOSED = "knowledge.proposed", "Knowledge entry proposed"
        KNOWLEDGE_PROPOSED_AGAIN = "knowledge.proposed_again", "Knowledge entry proposed again"
        KNOWLEDGE_IMPORTED = "knowledge.imported", "Knowledge entries imported"
        KNOWLEDGE_EXPIRED = "knowledge.expired", "Expired knowledge deleted"

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_api_key = models.ForeignKey(ApiKey, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor_label = models.CharField(max_length=200, blank=True, help_text="Who, as shown at the time.")
    origin = models.CharField(max_length=10, choices=Origin.choices)
    action = models.CharField(max_length=40, choices=Action.choices)
    # Opaque ids only: erasure must be able to leave an entry that names no one.
    person_public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, blank=True, db_index=True)
    object_type = models.CharField(max_length=40, blank=True)
    object_id = models.CharField(max_length=PUBLIC_ID_LENGTH, blank=True)
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = "audit entry"
        verbose_name_plural = "audit log"

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label or 'system'} {self.get_action_display()}"

    @property
    def before(self) -> Any:
        return self.changes.get("before")

    @property
    def after(self) -> Any:
        return self.changes.get("after")

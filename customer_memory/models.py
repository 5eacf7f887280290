"""What was learned: per (person, agent) memory, facts, episodes, extraction runs."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Self

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import (
    BooleanField,
    Case,
    DateTimeField,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Replace
from django.utils import timezone
from pgvector.django import VectorField

from conversations.models import Agent, Conversation, Person, folded_text
from customer_memory.llm import EMBEDDING_DIMENSIONS
from tenants.public_ids import PUBLIC_ID_LENGTH, make_public_id


def new_fact_id() -> str:
    return make_public_id("fact")


def new_episode_id() -> str:
    return make_public_id("ep")


def new_note_id() -> str:
    return make_public_id("note")


class MemoryQuerySet(models.QuerySet["Memory"]):
    def for_agent(self, agent: Agent) -> Self:
        return self.filter(agent=agent)

    def live(self, now: datetime) -> Self:
        """Memories within their agent's retention, counted from the last update: the one retention
        rule. Everything that reads memory goes through it (customer_memory.recall); expired memory
        is never read, even before the daily job deletes it."""
        return self.filter(_live(now))

    def expired(self, now: datetime) -> Self:
        """Memories past their agent's retention (what the daily job deletes)."""
        return self.exclude(_live(now))

    def with_liveness(self, now: datetime) -> Self:
        """Each memory annotated with `is_live` (the panel shows an expired memory as such)."""
        return self.annotate(is_live=ExpressionWrapper(_live(now), output_field=BooleanField()))

    def learned(self) -> Self:
        """Memories holding something: a summary or a fact (an empty row is nothing learned)."""
        return self.filter(Q(summary__gt="") | Exists(Fact.objects.filter(memory=OuterRef("pk"))))


def _live(now: datetime) -> Q:
    # retention.kept_since() is the same rule for one agent in Python (a test holds them together).
    return within_retention(now, days="agent__memory_retention_days", since="updated_at")


def within_retention(now: datetime, *, days: str, since: str) -> Q:
    """Rows whose `since` date is within the agent's retention `days` (FOREVER keeps everything): the one
    retention rule, for memory and for agent knowledge."""
    retention = ExpressionWrapper(F(days) * timedelta(days=1), output_field=DurationField())
    kept_since = ExpressionWrapper(Value(now) - retention, output_field=DateTimeField())
    return Q(**{days: Agent.Retention.FOREVER}) | Q(**{f"{since}__gte": kept_since})


class Memory(models.Model):
    """What one agent remembers about one person; never shared between agents."""

    class SummarySource(models.TextChoices):
        AI = "ai", "AI"
        MANUAL = "manual", "Manual"

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memories")
    agent = models.ForeignKey(Agent, on_delete=models.CASCADE, related_name="memories")
    summary = models.TextField(blank=True, help_text="Rolling past-tense summary, about 8 sentences at most.")
    # Manual: a person wrote the summary; the next extraction folds its conversation into that text instead of
    # rewriting it (extraction.workflow.next_summary), and the summary is the AI's rolling one again.
    summary_source = models.CharField(max_length=10, choices=SummarySource.choices, default=SummarySource.AI)
    # The L4 items (open issues, personal details) this agent last wrote onto the person's profile, so that
    # clearing this memory takes them off the profile too (docs/memory-layers.md).
    learned_profile = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(db_index=True)

    objects = MemoryQuerySet.as_manager()

    is_live: bool  # not a column: annotated by MemoryQuerySet.with_liveness()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "agent"], name="memory_unique_person_agent")]
        verbose_name_plural = "memories"

    def __str__(self) -> str:
        return f"{self.agent} about {self.person}"


class FactQuerySet(models.QuerySet["Fact"]):
    def by_confidence(self) -> Self:
        """High confidence first, then the most recently updated."""
        return self.annotate(
            confidence_rank=Case(
                When(confidence=Fact.Confidence.HIGH, then=Value(0)),
                When(confidence=Fact.Confidence.MEDIUM, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        ).order_by("confidence_rank", "-updated_at", "id")


class Fact(models.Model):
    class Confidence(models.TextChoices):
        HIGH = "high", "High"
        MEDIUM = "medium", "Medium"
        LOW = "low", "Low"

    class Source(models.TextChoices):
        AI = "ai", "AI"
        MANUAL = "manual", "Manual"
        FORM = "form", "Form"

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_fact_id, editable=False)
    memory = models.ForeignKey(Memory, on_delete=models.CASCADE, related_name="facts")
    key = models.SlugField(max_length=64, allow_unicode=False, help_text="snake_case, e.g. occupation")
    value = models.CharField(max_length=500)
    confidence = models.CharField(max_length=10, choices=Confidence.choices, default=Confidence.MEDIUM)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.AI)
    previous_value = models.CharField(max_length=500, blank=True)
    source_conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Public ids of the messages of source_conversation the value was learned from (provenance); empty when
    # the extractor could not tell, or a person entered the value.
    source_messages = ArrayField(models.CharField(max_length=PUBLIC_ID_LENGTH), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The value's words, accents folded, so a customer search finds a city or a name learned in chat
    # (customer_memory.people.customer_search) through an index.
    search_document = models.GeneratedField(
        # With "@" as a space too, so a partial email ("linh@example") matches as a phrase, as on Person.
        expression=SearchVector(
            folded_text("value"),
            Replace(folded_text("value"), Value("@"), Value(" "), output_field=models.TextField()),
            config="simple",
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = FactQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["memory", "key"], name="fact_unique_memory_key")]
        indexes = [GinIndex(fields=["search_document"], name="fact_search_idx")]

    def __str__(self) -> str:
        return f"{self.key}: {self.value}"

    @property
    def is_manual(self) -> bool:
        return self.source == self.Source.MANUAL

    @property
    def humanized_key(self) -> str:
        return self.key.replace("_", " ").capitalize()


class Episode(models.Model):
    """One closed conversation: its summary, its masked transcript, indexed for recall (L3)."""

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_episode_id, editable=False)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="episodes")
    agent = models.ForeignKey(Agent, on_delete=models.CASCADE, related_name="episodes")
    conversation = models.OneToOneField(Conversation, on_delete=models.CASCADE, related_name="episode")
    summary = models.TextField()
    content = models.TextField(
        blank=True, default="", editable=False, help_text="The conversation's messages, secrets masked (recall.py)."
    )
    # Embedding and full-text vector of the summary and the content, written by recall.index_conversation().
    embedding = VectorField(dimensions=EMBEDDING_DIMENSIONS)
    search_vector = SearchVectorField(null=True, editable=False)
    # The conversation ended with the customer's problem solved: what agent knowledge is proposed from.
    resolved = models.BooleanField(default=False)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [
            # Search is per person: it reads the person's episodes through this index and ranks them
            # exactly. No query compares episodes across people, so there is no vector (HNSW) index: an
            # approximate scan with a person filter can return too few rows (docs/benchmarks.md, "HNSW").
            models.Index(fields=["person", "agent", "-created_at"], name="episode_person_idx"),
            GinIndex(fields=["search_vector"], name="episode_search_idx"),
        ]

    def __str__(self) -> str:
        return self.public_id


class Note(models.Model):
    """A staff note about a person (seed 003): shown to every agent's context, exported, erased with them."""

    MAX_LENGTH = 2000

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_note_id, editable=False)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField(max_length=MAX_LENGTH)
    author = models.CharField(max_length=200, help_text="Who wrote it, as shown at the time (user or API key).")
    # The signed-in user who wrote it, if any: they may delete it (as may Owners and Admins).
    author_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["person", "-created_at"], name="note_person_idx")]

    def __str__(self) -> str:
        return self.public_id


class Extraction(models.Model):
    """One run of memory extraction for a closed conversation (idempotency, health)."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SUCCEEDED = "succeeded", "Succeeded"
        SKIPPED = "skipped", "Skipped"
        FAILED = "failed", "Failed"

    class SkipReason(models.TextChoices):
        MEMORY_OFF = "memory_off", "Memory off"
        TOO_FEW_MESSAGES = "too_few_messages", "Fewer than 2 customer messages"
        TEST_SESSION = "test_session", "Test session"

    conversation = models.OneToOneField(Conversation, on_delete=models.CASCADE, related_name="extraction")
    agent = models.ForeignKey(Agent, on_delete=models.CASCADE, related_name="extractions")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    skip_reason = models.CharField(max_length=20, choices=SkipReason.choices, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True, help_text="Error class and status only; never content.")
    extractor = models.CharField(max_length=20, blank=True)
    facts_written = models.PositiveIntegerField(default=0)
    secrets_dropped = models.PositiveIntegerField(default=0)
    # Statements addressed to the AI ("ignore your instructions...") that were not kept (customer_memory.injection).
    injections_dropped = models.PositiveIntegerField(default=0)
    # What this conversation added to the person's counters (positive_interactions, escalations...), so that
    # learning it again replaces its share instead of adding it twice.
    counted = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # A failed attempt is retried by the "retry-extractions" schedule from next_attempt_at on (backoff), until
    # EXTRACTION_RETRY_HOURS after failing_since; then the extraction is failed for good, retryable by hand.
    failing_since = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["agent", "created_at"], name="extraction_agent_idx"),
            models.Index(
                fields=["next_attempt_at"], name="extraction_retry_due_idx", condition=models.Q(status="queued")
            ),
        ]

    def __str__(self) -> str:
        return f"{self.conversation_id}: {self.status}"


def new_knowledge_id() -> str:
    return make_public_id("kn")


class KnowledgeEntryQuerySet(models.QuerySet["KnowledgeEntry"]):
    def for_agent(self, agent: Agent) -> Self:
        return self.filter(agent=agent)

    def approved(self) -> Self:
        return self.filter(status=KnowledgeEntry.Status.APPROVED)

    def live(self, now: datetime) -> Self:
        """Entries within their agent's knowledge retention, counted from when they were last confirmed."""
        return self.filter(_knowledge_live(now))

    def expired(self, now: datetime) -> Self:
        """Entries past their agent's knowledge retention (what the daily job deletes)."""
        return self.exclude(_knowledge_live(now))


def _knowledge_live(now: datetime) -> Q:
    # knowledge.kept_since() is the same rule for one agent in Python.
    return within_retention(now, days="agent__knowledge_retention_days", since="last_confirmed_at")


class KnowledgeEntry(models.Model):
    """What an agent learned across customers (seed 001's agent memory): a common problem and what solved it.

    Shared by every customer of the agent, so it never holds anything about one of them: staff write it,
    or customer_memory.knowledge_proposals proposes it from what several customers had in common.
    """

    TITLE_MAX_LENGTH = 200
    TEXT_MAX_LENGTH = 2000
    TAG_MAX_LENGTH = 40
    TAGS_MAX = 10

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        APPROVED = "approved", "Approved"
        RETIRED = "retired", "Retired"

    class Source(models.TextChoices):
        STAFF = "staff", "Staff"
        PROPOSED = "proposed", "Proposed from conversations"

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_knowledge_id, editable=False)
    agent = models.ForeignKey(Agent, on_delete=models.CASCADE, related_name="knowledge_entries")
    title = models.CharField(max_length=TITLE_MAX_LENGTH)
    problem = models.TextField(max_length=TEXT_MAX_LENGTH)
    resolution = models.TextField(max_length=TEXT_MAX_LENGTH)
    tags = models.JSONField(default=list, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.STAFF)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.APPROVED)
    # For proposals: how many different customers had this problem resolved (recounted on each proposal run).
    support_count = models.PositiveIntegerField(default=0)
    # What integrations reported after using the entry in a reply (POST .../feedback); they weigh its rank.
    helped_count = models.PositiveIntegerField(default=0)
    not_helped_count = models.PositiveIntegerField(default=0)
    # For proposals: the shared words of the problem, which a later run matches to update instead of duplicating.
    signature = models.JSONField(default=list, blank=True, editable=False)
    last_confirmed_at = models.DateTimeField(default=timezone.now, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = KnowledgeEntryQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["agent", "status", "-updated_at"], name="knowledge_agent_status_idx")]
        verbose_name_plural = "knowledge entries"

    def __str__(self) -> str:
        return self.title


class KnowledgeVersion(models.Model):
    """One saved state of a knowledge entry: every edit is kept, who and when (revert writes a new one)."""

    entry = models.ForeignKey(KnowledgeEntry, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=KnowledgeEntry.TITLE_MAX_LENGTH)
    problem = models.TextField()
    resolution = models.TextField()
    tags = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=KnowledgeEntry.Status.choices)
    change = models.CharField(max_length=40, help_text="What made this version: created, edited, approved...")
    author = models.CharField(max_length=200, help_text="Who, as shown at the time (user, API key or system).")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "number"], name="knowledge_version_unique_number")]
        ordering = ["-number"]

    def __str__(self) -> str:
        return f"{self.entry_id} v{self.number}"


class RetentionRun(models.Model):
    """One run of the daily job that deletes expired memory."""

    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    memories_deleted = models.PositiveIntegerField(default=0)
    facts_deleted = models.PositiveIntegerField(default=0)
    knowledge_deleted = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M}: {self.memories_deleted} deleted"


def new_webhook_id() -> str:
    return make_public_id("wh")


class WebhookEndpoint(models.Model):
    """Where this organization wants to hear about memory events (customer_memory.webhooks)."""

    class Event(models.TextChoices):
        MEMORY_UPDATED = "memory.updated", "Memory updated"
        CONVERSATION_CLOSED = "conversation.closed", "Conversation closed"
        CUSTOMER_ERASED = "customer.erased", "Customer erased"

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_webhook_id, editable=False)
    url = models.URLField(max_length=500)
    # Kept in clear: signing needs it. Shown once, when the endpoint is created.
    secret = models.CharField(max_length=100, editable=False)
    events = models.JSONField(default=list, help_text="Event names; empty means every event.")
    description = models.CharField(max_length=200, blank=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.url

    def wants(self, event: str) -> bool:
        return not self.events or event in self.events


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one endpoint: the delivery log."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_webhook_id, editable=False)
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40, choices=WebhookEndpoint.Event.choices)
    # Opaque id only, so erasure can find and delete the deliveries about a person.
    person_public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, blank=True, db_index=True)
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.CharField(max_length=200, blank=True)
    response_status = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhook_due_idx")]
        verbose_name_plural = "webhook deliveries"

    def __str__(self) -> str:
        return f"{self.event} → {self.endpoint_id}: {self.status}"

"""Who talks to whom and what was said: agents, people, conversations, messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Self

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import OuterRef, Q, Subquery, Value
from django.db.models.functions import Concat, Left, Lower, Replace, Reverse

from tenants.public_ids import PUBLIC_ID_LENGTH, make_public_id


def new_agent_id() -> str:
    return make_public_id("agent")


def new_customer_id() -> str:
    return make_public_id("cust")


def new_conversation_id() -> str:
    return make_public_id("conv")


def new_message_id() -> str:
    return make_public_id("msg")


class ChannelType(models.TextChoices):
    """The channels with a name and an icon of their own; any other valid slug is accepted too."""

    WEB = "web", "Web"
    WHATSAPP = "whatsapp", "WhatsApp"
    FACEBOOK = "facebook", "Facebook"
    MESSENGER = "messenger", "Messenger"
    TELEGRAM = "telegram", "Telegram"
    SMS = "sms", "SMS"
    EMAIL = "email", "Email"
    VOICE = "voice", "Voice"
    PHONE = "phone", "Phone"
    PANCAKE = "pancake", "Pancake"
    ZALO = "zalo", "Zalo"
    INSTAGRAM = "instagram", "Instagram"
    LINE = "line", "LINE"
    VIBER = "viber", "Viber"


# Channels are an open set: integrations bring their own (seed 000's pancake), named by a slug.
CHANNEL_SLUG = re.compile(r"^[a-z][a-z0-9_-]{1,31}$")
CHANNEL_SLUG_MESSAGE = "Give the channel as a slug: a lowercase letter, then 1 to 31 of a-z, 0-9, _ or -."
validate_channel_slug = RegexValidator(CHANNEL_SLUG, CHANNEL_SLUG_MESSAGE)

# Channels whose identifier is a phone number: normalized to E.164 at ingest, and
# the number is the list label (seed 004).
PHONE_CHANNELS = frozenset(
    {ChannelType.WHATSAPP, ChannelType.SMS, ChannelType.VOICE, ChannelType.PHONE, ChannelType.VIBER}
)


def channel_label(channel: str) -> str:
    """A channel's display name: the known name ("WhatsApp"), or the slug itself."""
    return ChannelType(channel).label if channel in ChannelType.values else channel


class Agent(models.Model):
    class Retention(models.IntegerChoices):
        FOREVER = 0, "Keep indefinitely"
        DAYS_30 = 30, "30 days"
        DAYS_60 = 60, "60 days"
        DAYS_90 = 90, "90 days"
        DAYS_180 = 180, "180 days"
        YEAR = 365, "1 year"

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_agent_id, editable=False)
    name = models.CharField(max_length=100)
    memory_enabled = models.BooleanField("Enable customer memory", default=False)
    memory_retention_days = models.PositiveIntegerField(
        "Memory retention", choices=Retention.choices, default=Retention.FOREVER
    )
    # Agent knowledge (issue 18, seed 001): kept this long after it was last confirmed; 180 days by default.
    knowledge_retention_days = models.PositiveIntegerField(
        "Knowledge retention", choices=Retention.choices, default=Retention.DAYS_180
    )
    # A problem becomes a proposed knowledge entry once this many different customers had it resolved.
    knowledge_min_customers = models.PositiveIntegerField(
        "Customers before proposing", default=3, validators=[MinValueValidator(2), MaxValueValidator(100)]
    )
    conversation_history_enabled = models.BooleanField("Enable conversation history", default=False)
    conversation_history_max_messages = models.PositiveIntegerField(
        "Max messages", default=20, validators=[MinValueValidator(1), MaxValueValidator(200)]
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


# Letters with diacritics in the languages we serve, and the letter each folds to. One table folds both
# the search document (SQL translate(), which a generated column may call) and the query (Python), so
# `nguyen` finds `Nguyễn` and `Nguyễn` finds `Nguyen`.
_FOLDS = {
    "a": "àáâãäåāăąạảấầẩẫậắằẳẵặ",
    "c": "çćč",
    "d": "đď",
    "e": "èéêëēėęěẹẻẽếềểễệ",
    "i": "ìíîïīįịỉĩ",
    "n": "ñńň",
    "o": "òóôõöøōơọỏốồổỗộớờởỡợ",
    "u": "ùúûüūůưụủũứừửữự",
    "y": "ýÿỳỵỷỹ",
}
ACCENTED = "".join(_FOLDS.values())
FOLDED = "".join(base * len(letters) for base, letters in _FOLDS.items())
_FOLD_TABLE = str.maketrans(ACCENTED, FOLDED)
# Phone numbers are also indexed as "tel" + their digits reversed, so the last digits of a number,
# typed in any format, are a prefix search the GIN index serves ('tel876543':* for "…345678").
PHONE_TAIL_MARKER = "tel"
PHONE_TAIL_MIN_DIGITS = 6
# The national significant number's length in most plans: a query's trunk or country prefix is ignored.
PHONE_TAIL_MAX_DIGITS = 9


def fold_accents(text: str) -> str:
    return text.lower().translate(_FOLD_TABLE)


def folded_text(field: str) -> models.Func:
    """SQL: the field lower-cased with accents folded, as fold_accents() does in Python."""
    return models.Func(
        Lower(field), Value(ACCENTED), Value(FOLDED), function="translate", output_field=models.TextField()
    )


def _phone_tail(field: str) -> models.Func:
    digits = models.Func(
        field, Value(r"\D"), Value(""), Value("g"), function="regexp_replace", output_field=models.TextField()
    )
    return Concat(Value(PHONE_TAIL_MARKER), Reverse(digits), output_field=models.TextField())


def search_terms(query: str) -> str:
    """A tsquery matching every word of `query`, accents folded, as a prefix ("ngu van" -> ngu:* & van:*)."""
    words = re.findall(r"[\w@.+-]+", fold_accents(query))[:8]
    return " & ".join(f"'{word.replace(chr(39), '')}':*" for word in words if word.strip("'"))


PHONE_QUERY = re.compile(r"[\d\s+().-]+")


def phone_tail_term(query: str) -> str:
    """The tsquery for a number's last digits ("0912 345 678", "345678", "+84 912…"), or "" if not a number."""
    if not PHONE_QUERY.fullmatch(query):
        return ""
    digits = re.sub(r"\D", "", query).lstrip("0")[-PHONE_TAIL_MAX_DIGITS:]
    if len(digits) < PHONE_TAIL_MIN_DIGITS:
        return ""
    return f"'{PHONE_TAIL_MARKER}{digits[::-1]}':*"


@dataclass(frozen=True)
class PersonSearch:
    """What a search box query matches: word prefixes (name, email, identifier) and/or a phone number.

    One decision, two renderings: `condition()` for the ORM (the API, the
    admin) and `sql()` for the People list's written-out statement.
    """

    terms: str = ""  # a tsquery: every word as a prefix
    phone: str = ""  # E.164

    @classmethod
    def of(cls, query: str) -> PersonSearch | None:
        """The search for `query`, or None when there is nothing to search for."""
        from conversations.phones import normalize_phone

        query = query.strip()
        if not query:
            return None
        phone = normalize_phone(query)
        # A number typed in any format matches its E.164 form exactly, or its last digits; its parts
        # as word prefixes ('+1':*) would walk every number of the organization (benchmarks/).
        tail = phone_tail_term(query)
        terms = tail or search_terms(query)
        return cls(terms=terms, phone=phone or "")

    def condition(self, *, prefix: str = "") -> Q:
        """A Q on Person, or on a model reaching the person through `prefix` ("person__")."""
        condition = Q(pk__in=[])
        if self.terms:
            condition |= Q(**{f"{prefix}search_document": SearchQuery(self.terms, search_type="raw", config="simple")})
        if self.phone:
            # All channel types spelled out so the (channel_type, channel_identifier) index serves it.
            condition |= Q(**{f"{prefix}phone": self.phone}) | Q(
                **{f"{prefix}channel_type__in": ChannelType.values, f"{prefix}channel_identifier": self.phone}
            )
        return condition

    def sql(self, alias: str) -> tuple[str, list[Any]]:
        """The same condition as SQL on the person table under `alias`, with its parameters."""
        parts: list[str] = []
        params: list[Any] = []
        if self.terms:
            parts.append(f"{alias}.search_document @@ to_tsquery('simple'::regconfig, %s)")
            params.append(self.terms)
        if self.phone:
            parts.append(f"{alias}.phone = %s")
            parts.append(f"({alias}.channel_type = ANY(%s) AND {alias}.channel_identifier = %s)")
            params += [self.phone, list(ChannelType.values), self.phone]
        return "(" + (" OR ".join(parts) or "FALSE") + ")", params


class PersonQuerySet(models.QuerySet["Person"]):
    def search(self, query: str) -> Self:
        """Match name, email, channel identifier, or phone in any common format."""
        search = PersonSearch.of(query)
        return self if search is None else self.filter(search.condition())


class Person(models.Model):
    class Mood(models.TextChoices):
        NEUTRAL = "neutral", "Neutral"
        HAPPY = "happy", "Happy"
        EXCITED = "excited", "Excited"
        FRUSTRATED = "frustrated", "Frustrated"
        SAD = "sad", "Sad"
        ANXIOUS = "anxious", "Anxious"
        CONFUSED = "confused", "Confused"

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_customer_id, editable=False)
    channel_type = models.CharField(
        max_length=32, validators=[validate_channel_slug], help_text="A channel slug, e.g. whatsapp or pancake."
    )
    channel_identifier = models.CharField(max_length=255, blank=True)
    is_test = models.BooleanField(default=False, help_text="Created by an agent test session.")
    # L1 identity
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(max_length=254, blank=True)
    phone = models.CharField(max_length=32, blank=True, help_text="E.164 when it parses.")
    language = models.CharField(max_length=16, blank=True)
    timezone = models.CharField(max_length=64, blank=True)
    # L2 history, recomputed after each closed conversation
    first_contact_at = models.DateTimeField(null=True, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)
    conversation_count = models.PositiveIntegerField(default=0)
    trust_score = models.FloatField(null=True, blank=True)
    churn_risk = models.FloatField(null=True, blank=True)
    positive_interactions = models.PositiveIntegerField(default=0)
    escalations = models.PositiveIntegerField(default=0)
    complaints = models.PositiveIntegerField(default=0)
    unresolved_issues = models.PositiveIntegerField(default=0)
    positive_resolutions = models.PositiveIntegerField(default=0)
    # L4 preferences and mood
    tone_preference = models.CharField(max_length=50, blank=True)
    open_issues = models.JSONField(default=list, blank=True)
    personal_details = models.TextField(blank=True)
    last_mood = models.CharField(max_length=20, choices=Mood.choices, blank=True)
    last_mood_confidence = models.FloatField(null=True, blank=True)
    last_mood_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Word-prefix search over the identity fields. pg_trgm is not part of the
    # embedded PostgreSQL, so search uses full-text prefix matching instead.
    search_document = models.GeneratedField(
        # The email a second time with "@" as a space, so a partial address
        # ("ben@example") matches as the phrase ben <-> example.com.
        expression=SearchVector(
            "name",
            folded_text("name"),
            "email",
            Replace("email", Value("@"), Value(" ")),
            "phone",
            "channel_identifier",
            _phone_tail("phone"),
            _phone_tail("channel_identifier"),
            config="simple",
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = PersonQuerySet.as_manager()

    scores: dict[str, Any]  # not a column: set for the People list and profiles (customer_memory.context)

    class Meta:
        constraints = [
            # Organization + channel type + channel identifier is one person
            # (seed 004); the organization is the schema.
            models.UniqueConstraint(
                fields=["channel_type", "channel_identifier"],
                condition=~Q(channel_identifier=""),
                name="person_unique_channel_identity",
            )
        ]
        indexes = [
            models.Index(fields=["-last_seen_at", "-id"], name="person_recent_idx"),
            models.Index(fields=["phone"], name="person_phone_idx"),
            # Without GIN's pending list: every ingest updates the person, and searches scanned the
            # unmerged entries one by one, up to 4 MB of them (6.6 ms instead of 1.2; docs/benchmarks.md).
            GinIndex(fields=["search_document"], name="person_search_idx", fastupdate=False),
        ]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return f"{self.display_label} ({channel_label(self.channel_type)})"

    @property
    def display_label(self) -> str:
        """The list label: from the channel identifier, never a name typed in chat (seed 004)."""
        if self.is_test:
            return ""
        if self.channel_type in PHONE_CHANNELS:
            return self.phone or self.channel_identifier or "Voice caller"
        return self.channel_identifier or "Anonymous"

    @property
    def channels(self) -> list[str]:
        return [self.channel_type]

    def get_channel_type_display(self) -> str:
        # As Django would for a field with choices; channel types are an open set.
        return channel_label(self.channel_type)


class Contact(models.Model):
    """A person as one agent knows them: the rows of that agent's People view.

    Kept up to date on ingestion so the People list pages by an index
    instead of aggregating conversations.
    """

    agent = models.ForeignKey(Agent, on_delete=models.CASCADE, related_name="contacts")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="contacts")
    conversation_count = models.PositiveIntegerField(default=0)
    first_seen_at = models.DateTimeField()
    last_seen_at = models.DateTimeField()

    has_memory: bool  # not a column: set on the rows of the People list (customer_memory.people)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agent", "person"], name="contact_unique_agent_person")]
        indexes = [
            models.Index(fields=["agent", "-last_seen_at", "-id"], name="contact_agent_recent_idx"),
            # The People list sorted by conversations pages by this index as it does by last seen.
            models.Index(fields=["agent", "-conversation_count", "-id"], name="contact_agent_busiest_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.person} with {self.agent}"


# Characters of the last message a list row previews (CSS cuts it to one line).
PREVIEW_CHARS = 160


class ConversationQuerySet(models.QuerySet["Conversation"]):
    def open(self) -> Self:
        return self.filter(status=Conversation.Status.OPEN)

    def closed(self) -> Self:
        return self.filter(status=Conversation.Status.CLOSED)

    def idle_since(self, cutoff: datetime) -> Self:
        return self.filter(last_message_at__lt=cutoff)

    def for_agent(self, agent: Agent) -> Self:
        return self.filter(agent=agent)

    def with_preview(self) -> Self:
        """`preview`: the start of the last message, for a one-line preview in lists.

        A subquery per row that the thread index answers backwards; PostgreSQL runs it only for
        the rows a page returns.
        """
        last = Message.objects.filter(conversation=OuterRef("pk")).order_by("-sent_at", "-id")
        return self.annotate(preview=Subquery(last.annotate(start=Left("content", PREVIEW_CHARS)).values("start")[:1]))


class Conversation(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_conversation_id, editable=False)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="conversations")
    agent = models.ForeignKey(Agent, on_delete=models.CASCADE, related_name="conversations")
    channel = models.CharField(max_length=32, validators=[validate_channel_slug])
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    is_test_session = models.BooleanField(default=False)
    started_at = models.DateTimeField()
    last_message_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)
    message_count = models.PositiveIntegerField(default=0)
    customer_message_count = models.PositiveIntegerField(default=0)

    objects = ConversationQuerySet.as_manager()

    class Meta:
        constraints = [
            # At most one open conversation per person and agent, so that
            # concurrent ingestion joins it instead of opening two.
            models.UniqueConstraint(
                fields=["person", "agent"], condition=Q(status="open"), name="conversation_one_open_per_person_agent"
            )
        ]
        indexes = [
            models.Index(fields=["status", "last_message_at"], name="conversation_idle_idx"),
            models.Index(fields=["person", "agent", "-started_at"], name="conversation_person_agent_idx"),
            models.Index(fields=["agent", "-last_message_at", "-id"], name="conversation_agent_recent_idx"),
        ]

    def __str__(self) -> str:
        return self.public_id

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    def get_channel_display(self) -> str:
        # As Django would for a field with choices; channel types are an open set.
        return channel_label(self.channel)


class Message(models.Model):
    class Role(models.TextChoices):
        CUSTOMER = "customer", "Customer"
        AGENT = "agent", "Agent"
        SYSTEM = "system", "System"

    public_id = models.CharField(max_length=PUBLIC_ID_LENGTH, unique=True, default=new_message_id, editable=False)
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=10, choices=Role.choices)
    content = models.TextField()
    sent_at = models.DateTimeField()
    external_id = models.CharField(max_length=200, blank=True, help_text="The caller's message id (idempotency key).")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"], condition=~Q(external_id=""), name="message_unique_external_id"
            )
        ]
        indexes = [models.Index(fields=["conversation", "sent_at", "id"], name="message_thread_idx")]
        ordering = ["sent_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.content[:40]}"


class ConversationRecording(models.Model):
    """The audio of a (voice) conversation: at most one, replaced by a new upload.

    The file lives in the "recordings" storage (conversations.recordings), named
    under its organization's schema; `file_name` is the storage's name for it.
    It has no public URL: the recording view streams it to signed-in staff.
    """

    conversation = models.OneToOneField(Conversation, on_delete=models.CASCADE, related_name="recording")
    file_name = models.CharField(max_length=255, unique=True)
    content_type = models.CharField(max_length=50)
    size = models.PositiveBigIntegerField()
    # Unknown for formats whose length needs decoding (all but WAV).
    duration_seconds = models.FloatField(null=True, blank=True)
    uploaded_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Recording of {self.conversation_id}"

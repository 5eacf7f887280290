"""Look-alike data in two organizations, for isolation and role tests.

acme and globex each get the same person (same channel, same identifier,
same name), agent, conversation, memory, fact, episode, audit entry, API key,
user and failed task, with the same primary keys, so that anything keyed by
a bare primary key (a cache key, a global dict) would answer for the wrong
organization. Each organization's texts carry markers unique to it: finding
one organization's marker in a response to the other is a leak.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, models
from django.utils import timezone
from django_q.models import Task
from django_tenants.utils import schema_context

from conversations import recordings
from conversations.models import Agent, ChannelType, Contact, Conversation, Message, Person
from customer_memory.llm import EMBEDDING_DIMENSIONS
from customer_memory.models import (
    Episode,
    Extraction,
    Fact,
    KnowledgeEntry,
    KnowledgeVersion,
    Memory,
    WebhookEndpoint,
)
from tenants.keys_and_audit.models import ApiKey, AuditEntry
from tenants.roles import Role, assign_role
from tests.routes import LITERAL_PARAMS, Route

# Far above the ids other tests' rows get from the sequences.
PK = 4_000_001
SHARED_NAME = "Nguyen Van A"
SHARED_PHONE = "+84912345678"
SHARED_USERNAME = "owner@lookalike.test"
PASSWORD = "look-alike password 123"


@dataclass
class World:
    schema_name: str
    marker: str
    api_key: str
    objects: dict[type[models.Model], models.Model] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return f"{self.schema_name}.localhost"

    @property
    def markers(self) -> list[str]:
        """Strings found nowhere but in this organization's rows."""
        return [self.marker, *self.public_ids]

    @property
    def public_ids(self) -> list[str]:
        return [obj.public_id for obj in self.objects.values() if getattr(obj, "public_id", None)]

    def get(self, model: type[models.Model]) -> Any:
        return self.objects[model._meta.concrete_model]

    def value(self, route: Route, param: str) -> str:
        """The route parameter naming this organization's row."""
        model = route.model_of(param)
        if model is None:
            return LITERAL_PARAMS.get(param, "unknown")
        if model is ContentType:
            with schema_context(self.schema_name):
                return str(ContentType.objects.get_for_model(Person).pk)
        obj = self.objects.get(model._meta.concrete_model)
        if obj is None:
            # A model this module does not know yet: any row of this
            # organization, or an id that names none.
            with schema_context(self.schema_name):
                obj = model._default_manager.order_by("pk").first()
            if obj is None:
                return "0" if param in route.int_params else "none_0"
        if route.area == "admin" or param in route.int_params or not hasattr(obj, "public_id"):
            return str(obj.pk)
        return obj.public_id

    def values(self, route: Route) -> dict[str, str]:
        return {param: self.value(route, param) for param in route.params}

    def leaks_in(self, text: str) -> list[str]:
        lowered = text.lower()
        return [marker for marker in self.markers if marker.lower() in lowered]


def build_world(schema_name: str) -> World:
    """Create the look-alike rows in `schema_name`; commits nothing by itself."""
    marker = f"{schema_name}only{uuid.uuid4().hex[:10]}"
    plain, prefix, key_hash = ApiKey.generate()
    world = World(schema_name=schema_name, marker=marker, api_key=plain)
    now = timezone.now()
    with schema_context(schema_name):
        agent = Agent.objects.create(pk=PK, name="Support", memory_enabled=True, conversation_history_enabled=True)
        person = Person.objects.create(
            pk=PK,
            channel_type=ChannelType.WHATSAPP,
            channel_identifier=SHARED_PHONE,
            name=SHARED_NAME,
            phone=SHARED_PHONE,
            email=f"{marker}@example.com",
            personal_details=f"{marker} personal details",
            open_issues=[f"{marker} open issue"],
            first_contact_at=now - timedelta(days=3),
            last_seen_at=now - timedelta(hours=1),
            conversation_count=1,
        )
        Contact.objects.create(
            pk=PK,
            agent=agent,
            person=person,
            conversation_count=1,
            first_seen_at=now - timedelta(days=3),
            last_seen_at=now - timedelta(hours=1),
        )
        conversation = Conversation.objects.create(
            pk=PK,
            person=person,
            agent=agent,
            channel=ChannelType.WHATSAPP,
            status=Conversation.Status.CLOSED,
            started_at=now - timedelta(hours=2),
            last_message_at=now - timedelta(hours=1),
            closed_at=now,
            message_count=2,
            customer_message_count=2,
        )
        message = Message.objects.create(
            pk=PK,
            conversation=conversation,
            role=Message.Role.CUSTOMER,
            content=f"Hello, I am {marker}",
            sent_at=now - timedelta(hours=2),
            external_id=f"{marker}-message-1",
        )
        Message.objects.create(
            pk=PK + 1,
            conversation=conversation,
            role=Message.Role.CUSTOMER,
            content=f"I work as {marker}",
            sent_at=now - timedelta(hours=1),
            external_id=f"{marker}-message-2",
        )
        memory = Memory.objects.create(pk=PK, person=person, agent=agent, summary=f"{marker} summary.", updated_at=now)
        fact = Fact.objects.create(
            pk=PK,
            memory=memory,
            key="occupation",
            value=f"{marker} occupation",
            confidence=Fact.Confidence.HIGH,
            source=Fact.Source.AI,
            previous_value=f"{marker} previous",
            source_conversation=conversation,
        )
        episode = Episode.objects.create(
            pk=PK,
            person=person,
            agent=agent,
            conversation=conversation,
            summary=f"{marker} episode",
            embedding=[0.0] * (EMBEDDING_DIMENSIONS - 1) + [1.0],
            created_at=now,
        )
        extraction = Extraction.objects.create(
            pk=PK,
            conversation=conversation,
            agent=agent,
            status=Extraction.Status.SUCCEEDED,
            attempts=1,
            facts_written=1,
            finished_at=now,
        )
        knowledge_entry = KnowledgeEntry.objects.create(
            pk=PK,
            agent=agent,
            title=f"{marker} knowledge",
            problem=f"{marker} problem",
            resolution=f"{marker} resolution",
            tags=[marker],
        )
        KnowledgeVersion.objects.create(
            pk=PK,
            entry=knowledge_entry,
            number=1,
            title=knowledge_entry.title,
            problem=knowledge_entry.problem,
            resolution=knowledge_entry.resolution,
            tags=[marker],
            status=knowledge_entry.status,
            change="created",
            author=f"{marker} author",
        )
        # Its bytes carry the marker: another organization's responses must never hold them.
        recording = recordings.attach_recording(
            conversation, upload=SimpleUploadedFile("call.ogg", b"OggS" + f" {marker} audio".encode())
        )
        api_key = ApiKey.objects.create(pk=PK, name=f"{marker} key", prefix=prefix, key_hash=key_hash)
        webhook = WebhookEndpoint.objects.create(
            pk=PK, url=f"https://{marker}.example.com/hooks", secret=f"whsec_{marker}", description=marker
        )
        user = get_user_model().objects.create(
            pk=PK, username=SHARED_USERNAME, email=SHARED_USERNAME, first_name=marker
        )
        user.set_password(PASSWORD)
        user.save()
        assign_role(user, Role.OWNER)
        entry = AuditEntry.objects.create(
            pk=PK,
            actor_user=user,
            actor_label=f"{marker} actor",
            origin=AuditEntry.Origin.UI,
            action=AuditEntry.Action.FACT_UPDATED,
            person_public_id=person.public_id,
            object_type="fact",
            object_id=fact.public_id,
            changes={
                "before": {
                    "id": fact.public_id,
                    "key": "occupation",
                    "value": f"{marker} before",
                    "confidence": "high",
                    "source": "ai",
                    "previous_value": "",
                    "agent": agent.public_id,
                    "source_conversation": None,
                },
                "after": {"id": fact.public_id, "key": "occupation", "value": fact.value},
            },
        )
    # The queue lives in `public`, shared by every organization.
    task = Task.objects.create(
        id=uuid.uuid4().hex,
        name=f"{marker}-task",
        func="customer_memory.tasks.extract_memory",
        args=(schema_name, conversation.pk),
        kwargs={},
        result=f"{marker} failure",
        started=now,
        stopped=now,
        success=False,
    )
    for obj in (
        agent,
        person,
        conversation,
        recording,
        message,
        memory,
        fact,
        episode,
        extraction,
        knowledge_entry,
        api_key,
        webhook,
        user,
        entry,
        task,
    ):
        world.objects[type(obj)._meta.concrete_model] = obj
    return world


def globex_writes() -> int:
    """Rows globex's tables had inserted, updated or deleted in this transaction.

    Counted by PostgreSQL, including writes later rolled back, so an attempt
    wrapped in a rolled-back savepoint still shows.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_xact_user_tables"
            " WHERE schemaname = 'globex'"
        )
        return int(cursor.fetchone()[0])

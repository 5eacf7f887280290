"""The benchmark data set: one large organization filled by COPY, and many small ones.

`generate()` creates the organization (schema `bench`, host bench.localhost)
through the normal path, then writes people, conversations, messages,
contacts, memories, facts and episodes with PostgreSQL COPY in chunks of
people, secondary indexes dropped during the load and rebuilt afterwards.
Rows are consistent with what ingestion and extraction would have written:
each closed conversation has its messages and one episode, Contact rows hold
the per-agent conversation counts and last-seen times, Person holds the L2
aggregates.

Text fields come from small pools (`texts.py`) whose full-text vectors are
computed by PostgreSQL once and whose embeddings are computed once by the
product's embedder, so 1M episodes cost string concatenation, not 1M
embedding calls.
"""

from __future__ import annotations

import base64
import math
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any

import psycopg
from django.db import connection
from django.db.models import Model
from django_tenants.utils import schema_context

from benchmarks import texts
from benchmarks.copy_load import (
    CopyTable,
    connect,
    copy_lines,
    drop_secondary_indexes,
    iso,
    restore_indexes,
)
from benchmarks.progress import Progress
from conversations.models import Agent, Contact, Conversation, Message, Person
from customer_memory import recall
from customer_memory.llm import EMBEDDING_DIMENSIONS
from customer_memory.models import Episode, Fact, Memory


@dataclass(frozen=True)
class Size:
    people: int
    facts: int
    episodes: int
    messages: int


@dataclass(frozen=True)
class Target:
    """An organization the benchmarks run against."""

    schema: str
    domain: str
    name: str
    size: Size


FULL = Target("bench", "bench.localhost", "Bench", Size(100_000, 1_000_000, 1_000_000, 2_000_000))
QUICK = Target("bench_quick", "bench-quick.localhost", "Bench (quick)", Size(2_000, 20_000, 20_000, 40_000))

# The people the context benchmarks ask about, found again by identifier.
CONTEXT_PERSON = "bench-context-40-facts"
CONTEXT_PERSON_FACTS = 40
CONTEXT_PERSON_EPISODES = 100
LARGE_PERSON = "bench-5000-episodes"
LARGE_PERSON_EPISODES = 5_000
BUILDER_EMAIL = "builder@bench.test"
BUILDER_PASSWORD = "bench-builder-password"
SUPPORT_AGENT = "Support"
SALES_AGENT = "Sales"

PEOPLE_PER_CHUNK = 2_000
POOL_SIZE = 4_096
DAY = 86_400.0
CHANNEL_WEIGHTS = {
    "web": 30,
    "whatsapp": 25,
    "email": 10,
    "sms": 8,
    "voice": 7,
    "phone": 5,
    "messenger": 5,
    "facebook": 4,
    "telegram": 6,
}
PHONE_IDENTIFIED = {"whatsapp", "sms", "voice", "phone"}
AREA_CODES = ("212", "312", "415", "617", "713", "206", "303", "404", "512", "646")
TABLE_MODELS: tuple[type[Model], ...] = (Person, Contact, Conversation, Message, Memory, Fact, Episode)


def phone_number(index: int) -> str:
    """A distinct, valid US number in E.164 for each person index."""
    rest = index // len(AREA_CODES)
    return f"+1{AREA_CODES[index % len(AREA_CODES)]}{200 + (rest // 10_000) % 800}{rest % 10_000:04d}"


# --- public ids ------------------------------------------------------------

_B32 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", b"0123456789abcdefghjkmnpqrstvwxyz")


class PublicIds:
    """ULID-shaped ids (`cust_01h...`), unique by a counter in the random part; ~10x faster than ULID()."""

    def __init__(self) -> None:
        self._timestamp = int(time.time() * 1000) << 80
        self._random = random.getrandbits(40) << 40
        self._counter = 0

    def make(self, prefix: str) -> str:
        self._counter += 1
        value = (self._timestamp | self._random | self._counter) << 6
        return f"{prefix}_{base64.b32encode(value.to_bytes(17, 'big'))[:26].translate(_B32).decode()}"


# --- text pools ------------------------------------------------------------


def embed_texts(summaries: Sequence[str]) -> list[list[float]]:
    """Embeddings from the product's embedder when it is importable, else a local hashing embedder."""
    try:
        from customer_memory.llm import embed  # the engine's embedder (hashing by default)
    except ImportError:
        return [_hashing_embedding(text) for text in summaries]
    return [list(embed(text)) for text in summaries]


def _hashing_embedding(text: str) -> list[float]:
    import hashlib

    vector = [0.0] * EMBEDDING_DIMENSIONS
    for word in text.lower().split():
        digest = hashlib.blake2b(word.strip(".,;:!?").encode(), digest_size=8).digest()
        bucket = int.from_bytes(digest[:4], "big") % EMBEDDING_DIMENSIONS
        vector[bucket] += 1.0 if digest[4] & 1 else -1.0
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [x / norm for x in vector]


@dataclass
class Pools:
    episodes: list[tuple[str, str, str, str]]  # (summary, COPY-escaped transcript, embedding text, tsvector text)
    customer: list[str]
    agent: list[str]
    memory: list[str]


def build_pools(conn: psycopg.Connection, rng: random.Random) -> Pools:
    customer = texts.customer_messages(1_000, rng)
    agent = texts.agent_messages(1_000, rng)
    summaries = texts.episode_summaries(POOL_SIZE, rng)
    # Each episode indexes its whole conversation (issue 13), as customer_memory.recall.conversation_index does:
    # the summary then the transcript, one line per message, in the full-text vector and the embedding.
    transcripts = [_transcript(rng, customer, agent) for _ in summaries]
    indexed = [f"{summary}\n{content}" for summary, content in zip(summaries, transcripts, strict=True)]
    vectors = [recall.tsvector_literal(text) for text in indexed]
    embeddings = embed_texts([text[: recall.EMBEDDED_MAX_CHARS] for text in indexed])
    episodes = [
        (summary, content.replace("\n", "\\n"), "[" + ",".join(f"{x:.5f}" for x in embedding) + "]", vector)
        for summary, content, embedding, vector in zip(summaries, transcripts, embeddings, vectors, strict=True)
    ]
    return Pools(episodes=episodes, customer=customer, agent=agent, memory=texts.memory_summaries(1_000, rng))


def _transcript(rng: random.Random, customer: list[str], agent: list[str]) -> str:
    """A conversation of 6 to 14 messages, alternating, as recall.transcript writes one."""
    return "\n".join(
        f"Customer: {rng.choice(customer)}" if position % 2 == 0 else f"Agent: {rng.choice(agent)}"
        for position in range(rng.randint(6, 14))
    )


# --- the plan: who has how many conversations, agents and facts ---------------

SUPPORT_ONLY, SALES_ONLY, BOTH = 0, 1, 2


@dataclass
class Plan:
    conversations: list[int]  # per person index
    agents: list[int]  # SUPPORT_ONLY / SALES_ONLY / BOTH per person
    facts: list[int]  # per memory, in person order then Support before Sales

    @classmethod
    def build(cls, size: Size, rng: random.Random) -> Plan:
        special = CONTEXT_PERSON_EPISODES + LARGE_PERSON_EPISODES
        rest = size.people - 2
        if rest < 1 or size.episodes - special < rest:
            raise ValueError(f"need at least {special + rest} episodes for {size.people} people")
        conversations = [CONTEXT_PERSON_EPISODES, LARGE_PERSON_EPISODES] + [1] * rest
        weights = [rng.lognormvariate(0, 1) for _ in range(rest)]
        cumulative = []
        total = 0.0
        for weight in weights:
            total += weight
            cumulative.append(total)
        for index in rng.choices(range(rest), cum_weights=cumulative, k=size.episodes - special - rest):
            conversations[index + 2] += 1

        agents = [SUPPORT_ONLY, SUPPORT_ONLY]
        for count in conversations[2:]:
            draw = rng.random()
            agents.append(SALES_ONLY if draw < 0.1 else BOTH if draw < 0.25 and count > 1 else SUPPORT_ONLY)

        memories = sum(2 if mode == BOTH else 1 for mode in agents)
        cap = len(texts.FACT_KEYS)
        facts = [0] * memories
        facts[0], facts[1] = CONTEXT_PERSON_FACTS, 10
        remaining = max(size.facts - facts[0] - facts[1], 0)
        for index in rng.choices(range(2, memories), k=remaining):
            if facts[index] < cap:
                facts[index] += 1
            else:
                remaining_index = rng.randrange(2, memories)
                while facts[remaining_index] >= cap:
                    remaining_index = rng.randrange(2, memories)
                facts[remaining_index] += 1
        return cls(conversations=conversations, agents=agents, facts=facts)


# --- rows ---------------------------------------------------------------------


@dataclass
class Tables:
    person: CopyTable
    contact: CopyTable
    conversation: CopyTable
    message: CopyTable
    memory: CopyTable
    fact: CopyTable
    episode: CopyTable

    @classmethod
    def create(cls) -> Tables:
        return cls(
            person=CopyTable(
                Person,
                [
                    "id",
                    "public_id",
                    "channel_type",
                    "channel_identifier",
                    "name",
                    "email",
                    "phone",
                    "language",
                    "first_contact_at",
                    "last_seen_at",
                    "conversation_count",
                    "trust_score",
                    "churn_risk",
                    "positive_interactions",
                    "complaints",
                    "last_mood",
                    "last_mood_confidence",
                    "last_mood_at",
                    "created_at",
                    "updated_at",
                ],
            ),
            contact=CopyTable(
                Contact, ["id", "agent_id", "person_id", "conversation_count", "first_seen_at", "last_seen_at"]
            ),
            conversation=CopyTable(
                Conversation,
                [
                    "id",
                    "public_id",
                    "person_id",
                    "agent_id",
                    "channel",
                    "status",
                    "started_at",
                    "last_message_at",
                    "closed_at",
                    "message_count",
                    "customer_message_count",
                ],
            ),
            message=CopyTable(Message, ["id", "public_id", "conversation_id", "role", "content", "sent_at"]),
            memory=CopyTable(Memory, ["id", "person_id", "agent_id", "summary", "created_at", "updated_at"]),
            fact=CopyTable(
                Fact,
                [
                    "id",
                    "public_id",
                    "memory_id",
                    "key",
                    "value",
                    "confidence",
                    "source",
                    "source_conversation_id",
                    "created_at",
                    "updated_at",
                ],
            ),
            episode=CopyTable(
                Episode,
                [
                    "id",
                    "public_id",
                    "person_id",
                    "agent_id",
                    "conversation_id",
                    "summary",
                    "content",
                    "embedding",
                    "search_vector",
                    "created_at",
                ],
            ),
        )


def _empty_rows() -> dict[str, list[str]]:
    return {name: [] for name in ("person", "contact", "conversation", "message", "memory", "fact", "episode")}


class RowWriter:
    """Turns the plan into COPY text, one chunk of people at a time."""

    def __init__(self, plan: Plan, pools: Pools, agents: tuple[int, int], size: Size, rng: random.Random):
        self.plan = plan
        self.pools = pools
        self.agents = agents
        self.rng = rng
        self.ids = PublicIds()
        self.now = time.time()
        self.messages_per_conversation = size.messages / max(size.episodes, 1)
        self.next = {"contact": 0, "conversation": 0, "message": 0, "memory": 0, "fact": 0}
        self.memory_index = 0
        self.people = size.people
        self.held = _empty_rows()
        channels = list(CHANNEL_WEIGHTS)
        self.channel_choices = rng.choices(channels, weights=list(CHANNEL_WEIGHTS.values()), k=len(plan.conversations))
        self.channel_choices[0] = self.channel_choices[1] = "web"

    def _id(self, table: str) -> int:
        self.next[table] += 1
        return self.next[table]

    def identity(self, index: int) -> tuple[str, str, str, str, str]:
        """(channel type, identifier, name, email, phone) for a person index."""
        rng = self.rng
        channel = self.channel_choices[index]
        first, last = rng.choice(texts.FIRST_NAMES), rng.choice(texts.LAST_NAMES)
        name = f"{first} {last}" if rng.random() < 0.7 else ""
        email = f"{first}.{last}{index}@example.com".lower() if rng.random() < 0.4 else ""
        phone = phone_number(index) if channel in PHONE_IDENTIFIED or rng.random() < 0.2 else ""
        if index == 0:
            return channel, CONTEXT_PERSON, "Context Person", "context.person@example.com", phone_number(0)
        if index == 1:
            return channel, LARGE_PERSON, "Large Person", "large.person@example.com", phone_number(1)
        if channel in PHONE_IDENTIFIED:
            identifier = phone
        elif channel == "email":
            email = email or f"{first}.{last}{index}@example.com".lower()
            identifier = email
        elif channel == "web":
            identifier = f"visitor_{index:08x}"
        elif channel == "telegram":
            identifier = f"@{first}{last}{index}".lower()
        else:
            identifier = str(1_000_000_000_000_000 + index)
        return channel, identifier, name, email, phone

    def chunk(self, start: int, stop: int) -> dict[str, list[str]]:
        rows = _empty_rows()
        for index in range(start, stop):
            # The two context people's episodes and facts accumulated over years, between everyone
            # else's: they are spread over the whole load so each row lands on its own page, as in
            # production, instead of a few contiguous pages that would flatter the benchmarks.
            self._person(index, self.held if index < 2 else rows)
        for name in ("person", "contact", "conversation", "message", "memory"):
            rows[name] += self.held[name]
            self.held[name].clear()
        chunks_left = math.ceil((self.people - start) / PEOPLE_PER_CHUNK)
        for name in ("episode", "fact"):
            held = self.held[name]
            take = math.ceil(len(held) / chunks_left)
            for line in held[:take]:
                rows[name].insert(self.rng.randrange(len(rows[name]) + 1), line)
            del held[:take]
        return rows

    def _person(self, index: int, rows: dict[str, list[str]]) -> None:
        rng, pools, now = self.rng, self.pools, self.now
        channel, identifier, name, email, phone = self.identity(index)
        person_id = index + 1
        count = self.plan.conversations[index]
        mode = self.plan.agents[index]
        if index < 2:
            last_seen = now - 2 * 3600
            first_seen = now - 700 * DAY
        else:
            last_seen = now - rng.random() * 365 * DAY
            first_seen = last_seen - (rng.random() * 365 * DAY if count > 1 else 0)
        starts = sorted(first_seen + rng.random() * (last_seen - first_seen) for _ in range(count - 2))
        starts = [first_seen, *starts, last_seen] if count > 1 else [first_seen]

        support, sales = self.agents
        if mode == SUPPORT_ONLY:
            agent_of = [support] * count
        elif mode == SALES_ONLY:
            agent_of = [sales] * count
        else:
            agent_of = [support, sales] + [support if rng.random() < 0.7 else sales for _ in range(count - 2)]
            rng.shuffle(agent_of)

        per_conversation = self.messages_per_conversation
        base = int(per_conversation)
        extra = per_conversation - base
        contacts: dict[int, list[float]] = {}  # agent -> [count, first, last, last conversation id]
        last_message_seen = first_seen
        for start, agent in zip(starts, agent_of, strict=True):
            conversation_id = self._id("conversation")
            messages = max(base + (1 if rng.random() < extra else 0), 1)
            last_message = start + (messages - 1) * 40
            closed = last_message + 15 * 60
            start_text, last_text, closed_text = iso(start), iso(last_message), iso(closed)
            rows["conversation"].append(
                f"{conversation_id}\t{self.ids.make('conv')}\t{person_id}\t{agent}\t{channel}\tclosed\t"
                f"{start_text}\t{last_text}\t{closed_text}\t{messages}\t{(messages + 1) // 2}"
            )
            for position in range(messages):
                if position % 2 == 0:
                    role, content = "customer", rng.choice(pools.customer)
                else:
                    role, content = "agent", rng.choice(pools.agent)
                sent = start_text if position == 0 else iso(start + position * 40)
                rows["message"].append(
                    f"{self._id('message')}\t{self.ids.make('msg')}\t{conversation_id}\t{role}\t{content}\t{sent}"
                )
            summary, content, embedding, vector = rng.choice(pools.episodes)
            rows["episode"].append(
                f"{conversation_id}\t{self.ids.make('ep')}\t{person_id}\t{agent}\t{conversation_id}\t"
                f"{summary}\t{content}\t{embedding}\t{vector}\t{closed_text}"
            )
            contact = contacts.get(agent)
            if contact is None:
                contacts[agent] = [1, start, last_message, conversation_id]
            else:
                contact[0] += 1
                contact[2] = max(contact[2], last_message)
                contact[3] = conversation_id
            last_message_seen = max(last_message_seen, last_message)

        for agent in (support, sales):
            if agent not in contacts:
                continue
            conversations, first, last, last_conversation = contacts[agent]
            first_text, last_text = iso(first), iso(last)
            rows["contact"].append(
                f"{self._id('contact')}\t{agent}\t{person_id}\t{int(conversations)}\t{first_text}\t{last_text}"
            )
            memory_id = self._id("memory")
            rows["memory"].append(
                f"{memory_id}\t{person_id}\t{agent}\t{rng.choice(pools.memory)}\t{first_text}\t{last_text}"
            )
            facts = self.plan.facts[self.memory_index]
            self.memory_index += 1
            for key in rng.sample(texts.FACT_KEYS, facts):
                confidence = rng.choices(("high", "medium", "low"), weights=(4, 4, 2))[0]
                source = rng.choices(("ai", "manual", "form"), weights=(90, 7, 3))[0]
                rows["fact"].append(
                    f"{self._id('fact')}\t{self.ids.make('fact')}\t{memory_id}\t{key}\t"
                    f"{rng.choice(texts.FACT_VALUES[key])}\t{confidence}\t{source}\t{int(last_conversation)}\t"
                    f"{first_text}\t{last_text}"
                )

        mood = rng.choice(texts.MOODS)
        rows["person"].append(
            f"{person_id}\t{self.ids.make('cust')}\t{channel}\t{identifier}\t{name}\t{email}\t{phone}\ten\t"
            f"{iso(first_seen)}\t{iso(last_message_seen)}\t{count}\t{rng.random():.3f}\t{rng.random() * 0.6:.3f}\t"
            f"{rng.randint(0, 5)}\t{rng.randint(0, 2)}\t{mood}\t{rng.random():.2f}\t{iso(last_message_seen)}\t"
            f"{iso(first_seen)}\t{iso(last_message_seen)}"
        )


# --- the organization -----------------------------------------------------------


def ensure_organization(target: Target) -> Any:
    from tenants.organizations import create_organization

    organization, _ = create_organization(schema_name=target.schema, name=target.name, domain=target.domain)
    return organization


def drop_organization(target: Target) -> None:
    """Delete the organization, its domains and its schema (only ever a bench schema)."""
    from tenants.middleware import forget_cached_hosts
    from tenants.models import Organization

    if not target.schema.startswith("bench"):
        raise ValueError("refusing to drop a schema that is not a benchmark schema")
    with schema_context("public"):
        Organization.objects.filter(schema_name=target.schema).delete()
        with connection.cursor() as cursor:
            cursor.execute(f'DROP SCHEMA IF EXISTS "{target.schema}" CASCADE')
    forget_cached_hosts()


def is_generated(target: Target) -> bool:
    from tenants.models import Organization

    with schema_context("public"):
        if not Organization.objects.filter(schema_name=target.schema).exists():
            return False
    with schema_context(target.schema):
        return Person.objects.filter(channel_identifier=LARGE_PERSON).exists()


def _prepare_organization(target: Target) -> tuple[int, int]:
    """Agents and a Builder user in a fresh schema; returns the agents' ids (Support, Sales)."""
    from tenants.roles import Role
    from tenants.users import create_user

    with schema_context(target.schema):
        if Person.objects.exists():
            raise SystemExit(
                f"{target.schema} already has people; use `python -m benchmarks generate --reset` to start over"
            )
        support, _ = Agent.objects.get_or_create(
            name=SUPPORT_AGENT, defaults={"memory_enabled": True, "conversation_history_enabled": False}
        )
        sales, _ = Agent.objects.get_or_create(name=SALES_AGENT, defaults={"memory_enabled": True})
        from django.contrib.auth import get_user_model

        if not get_user_model().objects.filter(email=BUILDER_EMAIL).exists():
            create_user(email=BUILDER_EMAIL, password=BUILDER_PASSWORD, role=Role.BUILDER)
        return support.pk, sales.pk


def generate(target: Target, *, seed: int = 7, out: IO[str] = sys.stdout) -> dict[str, float]:
    """Create and fill `target`; returns phase timings in seconds."""
    progress = Progress(out)
    timings: dict[str, float] = {}
    rng = random.Random(seed)
    size = target.size
    started = time.perf_counter()
    ensure_organization(target)
    agents = _prepare_organization(target)
    timings["organization"] = time.perf_counter() - started

    conn = connect()
    phase = time.perf_counter()
    pools = build_pools(conn, rng)
    plan = Plan.build(size, rng)
    timings["plan"] = time.perf_counter() - phase
    tables = Tables.create()
    table_names = [model._meta.db_table for model in TABLE_MODELS]

    conn.execute("SET session_replication_role = replica")  # no FK triggers: the rows are consistent by construction
    saved = drop_secondary_indexes(conn, target.schema, table_names)
    try:
        phase = time.perf_counter()
        writer = RowWriter(plan, pools, agents, size, rng)
        bar = progress.bar("people", size.people)
        for start in range(0, size.people, PEOPLE_PER_CHUNK):
            stop = min(start + PEOPLE_PER_CHUNK, size.people)
            rows = writer.chunk(start, stop)
            for name, lines in rows.items():
                if lines:
                    copy_lines(conn, getattr(tables, name), target.schema, lines)
            bar.advance(stop - start)
        bar.done()
        timings["copy"] = time.perf_counter() - phase
    finally:
        conn.execute("SET session_replication_role = origin")
        phase = time.perf_counter()
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute("SET max_parallel_maintenance_workers = 0")
        index_timings = restore_indexes(conn, target.schema, saved, progress)
        timings["indexes"] = time.perf_counter() - phase
        for name, seconds in index_timings:
            timings[f"index {name}"] = seconds

    phase = time.perf_counter()
    for name in table_names:
        conn.execute(
            f"SELECT setval(pg_get_serial_sequence('\"{target.schema}\".\"{name}\"', 'id'), "
            f'coalesce((SELECT max(id) FROM "{target.schema}"."{name}"), 1))'
        )
        conn.execute(f'VACUUM (ANALYZE) "{target.schema}"."{name}"')
    timings["vacuum analyze"] = time.perf_counter() - phase

    conn.close()
    timings["total"] = time.perf_counter() - started
    return timings

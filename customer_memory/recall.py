"""Recall: what one agent remembers about one person, and which past conversations answer a query.

The one home for reading memory (DESIGN, "One home for reading memory"): the context, the People
view and its badge, the API profile and the admin read through here, and the one retention rule is
`MemoryQuerySet.live(now)` (`live_memory_condition()` writes it out for the statements that run
before every reply and on every People page, held to the QuerySet by a test).

Recall reads what was said (DESIGN, "Recall reads what was said"): each closed conversation is
indexed on its Episode (`index_conversation()`): its messages, both roles, secrets masked, as
`content`; a full-text vector of the summary and content, folded to one language-neutral form
(lower case, no accents, "đ" as "d", words cut to their first letters as a crude stem, so Vietnamese
with or without diacritics, Spanish and Hebrew match); and an embedding of the same text. A query
ranks the person's past conversations with a hybrid of BM25-style full text (each query word
weighted by its rarity among this person's conversations) and the embeddings, fused by reciprocal
rank, exactly over the person's own episodes (never the HNSW index); `evidence_lines()` then picks
the lines of each chosen conversation that best match the query.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from conversations.models import Agent, Conversation, Message, Person
from conversations.secrets import Redactor
from customer_memory import llm, retention
from customer_memory.models import Episode, Fact, Memory
from customer_memory.recall_terms import QUERY_STOPWORDS, STEM_CHARS, WORD, fold, query_terms, terms, tsvector_literal

# --- What an agent remembers: the People view, the API profile, the admin ------------------------

EPISODES_SHOWN = 20


@dataclass
class MemoryView:
    """What `agent` remembers about `person`, as the People panel shows it (an expired memory is
    shown as expired, its facts not as remembered)."""

    memory: Memory | None
    facts: list[Fact]
    expired: bool

    @property
    def is_empty(self) -> bool:
        return not self.facts and not (self.memory and self.memory.summary)


def memory_view(person: Person, agent: Agent, *, now: datetime | None = None) -> MemoryView:
    now = now or timezone.now()
    memory = Memory.objects.filter(person=person, agent=agent).with_liveness(now).first()
    if memory is None:
        return MemoryView(memory=None, facts=[], expired=False)
    return MemoryView(memory=memory, facts=facts_of([memory]), expired=not memory.is_live)


def live_memories(person: Person, *, agent: Agent | None = None, now: datetime | None = None) -> list[Memory]:
    """The person's live memories, one per agent (or just `agent`'s), by agent name."""
    memories = Memory.objects.live(now or timezone.now()).filter(person=person).select_related("agent")
    if agent is not None:
        memories = memories.for_agent(agent)
    return list(memories.order_by("agent__name", "agent_id"))


def facts_of(memories: list[Memory]) -> list[Fact]:
    """The facts of `memories`, high confidence first, with `fact.memory` already loaded."""
    by_pk = {memory.pk: memory for memory in memories}
    if not by_pk:
        return []
    facts = list(Fact.objects.filter(memory__in=list(by_pk)).select_related("source_conversation").by_confidence())
    for fact in facts:
        fact.memory = by_pk[fact.memory_id]
    return facts


def episodes_of(person: Person, memories: list[Memory], *, limit: int = EPISODES_SHOWN) -> list[Episode]:
    """The latest episodes of the agents whose memory of the person is live (`memories`), newest first."""
    agent_ids = [memory.agent_id for memory in memories]
    if not agent_ids:
        return []
    episodes = (
        Episode.objects.filter(person=person, agent_id__in=agent_ids)
        .select_related("agent", "conversation")
        .defer("embedding", "search_vector", "content")
        .order_by("-created_at", "-id")
    )
    return list(episodes[:limit])


def remembered_person_ids(agent: Agent, person_ids: list[int], *, now: datetime | None = None) -> set[int]:
    """Which of these people `agent` holds live facts or a summary about (the People list's badge)."""
    if not person_ids:
        return set()
    remembered = Memory.objects.live(now or timezone.now()).learned().filter(agent=agent, person_id__in=person_ids)
    return set(remembered.values_list("person_id", flat=True))


def remembered_by_anyone(person_ids: list[int], *, now: datetime | None = None) -> set[int]:
    """Which of these people some agent holds live facts or a summary about (the stage's "learned")."""
    if not person_ids:
        return set()
    remembered = Memory.objects.live(now or timezone.now()).learned().filter(person_id__in=person_ids)
    return set(remembered.values_list("person_id", flat=True))


def remembers(person: Person, agent: Agent, *, now: datetime | None = None) -> bool:
    """The People list's memory badge for one person (after an edit)."""
    return bool(remembered_person_ids(agent, [person.pk], now=now))


def remembers_anything(now: datetime) -> Exists:
    """On Person: some agent holds live facts or a summary about them (the admin's filter)."""
    return Exists(Memory.objects.live(now).learned().filter(person=OuterRef("pk")))


def live_memory_condition(alias: str, agent: Agent, *, now: datetime) -> tuple[str, list[Any]]:
    """SQL: MemoryQuerySet.live(now) for a memory `alias` of one known agent, written out.

    The statements that run before every reply and on every People page embed it: compiling the
    QuerySet took 2.6 ms a call (docs/benchmarks.md), more than the statement itself. A test holds
    it to the QuerySet for every retention period.
    """
    since = retention.kept_since(retention_days=agent.memory_retention_days, now=now)
    if since is None:
        return "TRUE", []
    return f"{alias}.updated_at >= %s", [since]


def remembers_sql(agent: Agent, person_column: str, *, now: datetime) -> tuple[str, list[Any]]:
    """SQL: `agent` holds live facts or a summary about the person whose id is in `person_column`
    (the badge, inside a statement written out): MemoryQuerySet.live(now).learned(), written out."""
    live, params = live_memory_condition("m", agent, now=now)
    sql = f"""EXISTS (
        SELECT 1 FROM {Memory._meta.db_table} m
        WHERE m.person_id = {person_column} AND m.agent_id = %s AND {live}
          AND (m.summary > '' OR EXISTS (SELECT 1 FROM {Fact._meta.db_table} f WHERE f.memory_id = m.id))
    )"""
    return sql, [agent.pk, *params]


# Stored transcript per conversation, and the part of it that is embedded (embedding models
# accept a few thousand tokens).
CONTENT_MAX_CHARS = 20_000
EMBEDDED_MAX_CHARS = 6_000
LINE_MAX_CHARS = 1_000


# --- Indexing a closed conversation --------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeIndex:
    """What is stored to find one conversation again: masked transcript, full-text vector, embedding."""

    summary: str
    content: str
    search_vector: str
    embedding: list[float]


def transcript(conversation: Conversation) -> str:
    """The conversation's messages, both roles, one line each, secrets masked, bounded."""
    redactor = Redactor()
    lines, used = [], 0
    messages = conversation.messages.exclude(role=Message.Role.SYSTEM).order_by("sent_at", "id")
    for role, content in messages.values_list("role", "content"):
        text = " ".join(redactor.redact(content or "").split())[:LINE_MAX_CHARS]
        if not text:
            continue
        line = f"{role.capitalize()}: {text}"
        if used + len(line) + 1 > CONTENT_MAX_CHARS:
            break
        lines.append(line)
        used += len(line) + 1
    return "\n".join(lines)


def conversation_index(
    conversation: Conversation, *, summary: str, embed: Callable[[str], list[float]] = llm.embed
) -> EpisodeIndex:
    """Read, mask and embed one conversation (the model call happens here, before any write).

    `embed` is llm.embed (the configured embeddings server, else the local embedder); the extraction
    passes llm.local_embed when the server failed after the model had answered.
    """
    content = transcript(conversation)
    # The summary is itself masked by the extraction; it leads the text, as it names the topic.
    text = f"{summary}\n{content}".strip()
    return EpisodeIndex(
        summary=summary,
        content=content,
        search_vector=tsvector_literal(text),
        embedding=embed(text[:EMBEDDED_MAX_CHARS]),
    )


def index_conversation(conversation: Conversation, *, prepared: EpisodeIndex | None = None) -> Episode | None:
    """(Re)index the episode of a closed conversation; idempotent. None when it has no episode yet.

    The extraction passes the index it prepared before its transaction (so the model is not called
    while rows are locked); the reindex command lets this build it.
    """
    episode = Episode.objects.filter(conversation=conversation).first()
    if episode is None:
        return None
    index = prepared if prepared is not None and prepared.summary == episode.summary else None
    index = index or conversation_index(conversation, summary=episode.summary)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Episode._meta.db_table} SET content = %s, search_vector = %s::tsvector, embedding = %s::vector "
            "WHERE id = %s",
            [index.content, index.search_vector, _vector_literal(index.embedding), episode.pk],
        )
    episode.content = index.content
    return episode


def reindex_episodes(*, batch_size: int = 100, on_progress: Any = None) -> int:
    """Index every episode of the current tenant again (after a change of the index or the embedder)."""
    done = 0
    last = 0
    while True:
        batch = list(Conversation.objects.filter(episode__isnull=False, pk__gt=last).order_by("pk")[:batch_size])
        if not batch:
            return done
        for conversation in batch:
            with transaction.atomic():
                index_conversation(conversation)
        done += len(batch)
        last = batch[-1].pk
        if on_progress is not None:
            on_progress(len(batch))


# --- Ranking past conversations ------------------------------------------------------------------

# Full text and embeddings are summed: the full-text score relative to the person's best match
# plus the cosine similarity times VECTOR_WEIGHT. On the recall benchmark this matched reciprocal
# rank fusion (within a point of recall@5) at a fraction of the cost: RRF needs two sorts of all the
# person's episodes, 30 ms more for 5,000 of them (docs/benchmarks.md). The hashing embedder only
# sees shared words and trigrams; re-measure the weight with another embedder.
TEXT_WEIGHT = 1.0
VECTOR_WEIGHT = 1.0
# ts_rank's normalisation: 1 divides by 1 + log(length of the conversation).
TEXT_NORMALIZATION = 1
# Each query term costs one ts_rank per episode of the person: a long query keeps its first terms.
QUERY_TERMS_MAX = 12


@dataclass
class RankedEpisode:
    id: str
    summary: str
    conversation_id: str
    created_at: datetime
    score: float | None
    content: str = ""
    # (position in the conversation, line), most useful first (with_evidence).
    evidence: list[tuple[int, str]] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        """The evidence lines in the order they were said."""
        return [line for _, line in sorted(self.evidence)]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "summary": self.summary,
            "conversation_id": self.conversation_id,
            "created_at": self.created_at,
            "score": round(float(self.score), 4) if self.score is not None else None,
            "lines": list(self.lines),
        }


def episodes_sql(person_id: int, agent_id: int, *, query: str, limit: int) -> tuple[str, list[Any]]:
    """Rows (public id, summary, conversation public id, created, score, position, content) of the
    person's episodes with the agent: ranked for `query`, or the most recent without one."""
    if query_terms(query):
        return episode_search_sql(person_id, agent_id, query=query, limit=limit)
    sql = f"""
        SELECT e.public_id, e.summary, c.public_id, e.created_at, NULL::float8,
               row_number() OVER (ORDER BY e.created_at DESC, e.id DESC), ''::text
        FROM {Episode._meta.db_table} e JOIN {Conversation._meta.db_table} c ON c.id = e.conversation_id
        WHERE e.person_id = %s AND e.agent_id = %s
        ORDER BY e.created_at DESC, e.id DESC
        LIMIT %s
    """
    return sql, [person_id, agent_id, limit]


def episode_search_sql(person_id: int, agent_id: int, *, query: str, limit: int) -> tuple[str, list[Any]]:
    """The exact hybrid ranking of one person's episodes with one agent.

    Every one of the person's episodes is scored in one pass, read through an index on the person
    (the scan is materialised first, never merged into an ORDER BY by distance), so the planner
    never reaches for the HNSW index, whose approximate scan with a person filter can return fewer rows than asked.
    Full text is BM25-like: per query term, ts_rank (saturating in the term's count, normalised by
    the length) weighted by the term's inverse document frequency among this person's episodes,
    where plain ts_rank would let a word found in every conversation ("order", "hello") decide.
    """
    vector = _query_vector(query)
    wanted = query_terms(query)[:QUERY_TERMS_MAX]
    vector_weight = VECTOR_WEIGHT if vector is not None else 0.0
    ranks = ", ".join(
        f"ts_rank(e.search_vector, %s::tsquery, {TEXT_NORMALIZATION}) AS r{n}" for n in range(len(wanted))
    )
    # Inverse document frequency per term, once per query (in float8: numeric's ln() is slow).
    frequencies = ", ".join(
        f"ln(1 + (count(*) - count(*) FILTER (WHERE r{n} > 0) + 0.5)::float8"
        f" / (count(*) FILTER (WHERE r{n} > 0) + 0.5)) AS w{n}"
        for n in range(len(wanted))
    )
    text_score = " + ".join(f"f.w{n} * s.r{n}" for n in range(len(wanted)))
    table = Episode._meta.db_table
    # Materialised steps, each a plain scan of the one before: the ranks are computed once per
    # episode, where window aggregates over them had PostgreSQL evaluate them again and again.
    sql = f"""
        WITH scored AS MATERIALIZED (
            SELECT e.id, e.created_at, 1 - (e.embedding <=> %s::vector) AS similarity, {ranks}
            FROM {table} e
            WHERE e.person_id = %s AND e.agent_id = %s
        ),
        frequency AS (SELECT {frequencies} FROM scored),
        weighted AS MATERIALIZED (
            SELECT s.id, s.created_at, s.similarity, {text_score} AS text_score FROM scored s, frequency f
        ),
        best AS (SELECT NULLIF(max(text_score), 0) AS text_score FROM weighted),
        top AS (
            SELECT w.id, w.created_at,
                   %s::float8 * COALESCE(w.text_score / best.text_score, 0) + %s::float8 * w.similarity AS score
            FROM weighted w, best
            ORDER BY score DESC, w.created_at DESC, w.id DESC
            LIMIT %s
        )
        SELECT e.public_id, e.summary, c.public_id, e.created_at, top.score::float8,
               row_number() OVER (ORDER BY top.score DESC, top.created_at DESC, top.id DESC), e.content
        FROM top
        JOIN {table} e ON e.id = top.id
        JOIN {Conversation._meta.db_table} c ON c.id = e.conversation_id
        ORDER BY top.score DESC, top.created_at DESC, top.id DESC
    """
    vector_literal = _vector_literal(vector) if vector is not None else _UNIT_VECTOR
    tsqueries = [f"'{term}'" for term in wanted]
    return sql, [vector_literal, *tsqueries, person_id, agent_id, TEXT_WEIGHT, vector_weight, limit]


def search_episodes(person: Person, agent: Agent, *, query: str = "", limit: int = 5) -> list[RankedEpisode]:
    """This person's episodes with this agent, best first for `query` (most recent first without one),
    each with the lines that best match the query: the ranking the context uses, on its own."""
    if limit <= 0:
        return []
    sql, params = episodes_sql(person.pk, agent.pk, query=query, limit=limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = [_ranked(*row) for row in cursor.fetchall()]
    return with_evidence(found, query=query)


def _ranked(
    public_id: str,
    summary: str,
    conversation_id: str,
    created_at: datetime,
    score: float | None,
    _position: int,
    content: str | None,
) -> RankedEpisode:
    return RankedEpisode(
        id=public_id,
        summary=summary,
        conversation_id=conversation_id,
        created_at=created_at,
        score=score,
        content=content or "",
    )


_UNIT_VECTOR = "[" + ",".join(["1"] + ["0"] * (llm.EMBEDDING_DIMENSIONS - 1)) + "]"


def _vector_literal(vector: list[float]) -> str:
    # Six significant digits: ranking does not need more, and the statement stays small.
    return "[" + ",".join(f"{v:.6g}" for v in vector) + "]"


def _query_vector(query: str) -> list[float] | None:
    if not re.search(r"\w", query):
        return None
    try:
        return llm.embed(query)
    except llm.LLMError:
        # Ranking by full text alone beats failing the reply.
        return None


# --- The recall statement: live memory, facts and ranked episodes in one round trip ------------

FACTS_MAX = 40


@dataclass(frozen=True)
class RememberedFact:
    public_id: str
    key: str
    value: str
    confidence: str
    source: str
    updated_at: datetime


@dataclass
class Remembered:
    """What the agent remembers about the person: the live memory's summary, facts and episodes."""

    exists: bool = False
    summary: str = ""
    updated_at: datetime | None = None
    facts: list[RememberedFact] = field(default_factory=list)
    episodes: list[RankedEpisode] = field(default_factory=list)
    # The summary of the agent's latest episode with the person: the returning customer's last topic.
    latest_episode_summary: str = ""

    @property
    def learned(self) -> bool:
        """Something was learned: the live memory holds a summary or a fact (the People badge's rule)."""
        return self.exists and bool(self.summary or self.facts)


def recall_sql(person_id: int, agent: Agent, *, now: datetime, query: str, episode_limit: int) -> tuple[str, list[Any]]:
    """One statement for this agent's live memory of the person: rows (part, position, ...) of the
    memory (part 0: summary, the latest episode's summary, updated), its top facts (1: high confidence first, FactQuerySet.by_confidence()'s
    order) and the best episodes for `query` (2: episodes_sql's ranking, with their content), nothing
    when the memory is missing or expired (MemoryQuerySet.live(), as live_memory_condition()).

    Written out rather than built by the ORM, and in one round trip: it runs before every AI reply.
    """
    high, medium = Fact.Confidence.HIGH.value, Fact.Confidence.MEDIUM.value
    live, live_params = live_memory_condition("memory", agent, now=now)
    sql = f"""
        WITH m AS (
            SELECT memory.id, memory.summary, memory.updated_at FROM {Memory._meta.db_table} memory
            WHERE memory.person_id = %s AND memory.agent_id = %s AND {live}
        )
        SELECT 0, 0::bigint, m.summary, (
            SELECT latest.summary FROM {Episode._meta.db_table} latest
            WHERE latest.person_id = %s AND latest.agent_id = %s
            ORDER BY latest.created_at DESC, latest.id DESC LIMIT 1
        ), NULL::text, NULL::text, NULL::text, m.updated_at, NULL::float8
        FROM m
        UNION ALL
        SELECT 1, f.position, f.public_id, f.key, f.value, f.confidence, f.source, f.updated_at, NULL
        FROM (
            SELECT fact.*, row_number() OVER (ORDER BY fact.rank, fact.updated_at DESC, fact.id) AS position
            FROM (
                SELECT id, public_id, key, value, confidence, source, updated_at,
                       CASE confidence WHEN %s THEN 0 WHEN %s THEN 1 ELSE 2 END AS rank
                FROM {Fact._meta.db_table}
                WHERE memory_id = (SELECT id FROM m)
            ) fact
        ) f
        WHERE f.position <= %s
    """
    params: list[Any] = [person_id, agent.pk, *live_params, person_id, agent.pk, high, medium, FACTS_MAX]
    if episode_limit > 0:
        episodes, episode_params = episodes_sql(person_id, agent.pk, query=query, limit=episode_limit)
        # The one-time EXISTS skips the ranking when there is no live memory.
        sql += f"""
        UNION ALL
        SELECT 2, e.position, e.public_id, e.summary, e.conversation_id, e.content, NULL, e.created_at, e.score
        FROM ({episodes}) AS e(public_id, summary, conversation_id, created_at, score, position, content)
        WHERE EXISTS (SELECT 1 FROM m)
        """
        params += episode_params
    return sql + " ORDER BY 1, 2", params


def remembered(person: Person, agent: Agent, *, query: str = "", episode_limit: int, now: datetime) -> Remembered:
    """The live memory of `agent` about `person`, its top facts and its best episodes for `query`
    (each with its evidence lines): what the context injects."""
    sql, params = recall_sql(person.pk, agent, now=now, query=query, episode_limit=episode_limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found = Remembered()
    for part, position, a, b, c, d, e, at, score in rows:
        if part == 0:
            found.exists, found.summary, found.updated_at = True, a or "", at
            found.latest_episode_summary = b or ""
        elif part == 1:
            found.facts.append(RememberedFact(public_id=a, key=b, value=c, confidence=d, source=e, updated_at=at))
        else:
            found.episodes.append(_ranked(a, b, c, at, score, position, d))
    found.episodes = with_evidence(found.episodes, query=query)
    return found


# --- Evidence: the lines that answer the query ---------------------------------------------------

# The best-matching lines of a conversation, each followed by the line after it (usually the
# answer to what the matching line asked): on the recall benchmark, 4 lines and their replies hold
# 93% of the evidence lines of the right conversation, 3 lines alone 69% (docs/benchmarks.md).
MATCHING_LINES = 4


def with_evidence(episodes: list[RankedEpisode], *, query: str) -> list[RankedEpisode]:
    """Fill each episode's `evidence` with the lines of its conversation that best answer `query`,
    most useful first: each matching line then the line after it, best match first.

    A word weighs by its rarity among the lines of these conversations (as in the ranking), so a
    line with the query's rare word beats one with its common words. With no line matching (a
    paraphrase), the customer's first line and its answer stand in: they say why they got in touch.
    Function words count here (weighed low by their frequency): among a handful of lines they are
    a signal, and the lines they bring hold more of the evidence (0.84 of it, 0.73 without).
    """
    wanted = set(query_terms(query, function_words=True))
    if not wanted:
        return episodes
    split = [[line for line in episode.content.split("\n") if line] for episode in episodes]
    line_terms = [[set(terms(line)) & wanted for line in lines] for lines in split]
    frequency: dict[str, int] = {}
    total = 0
    for per_line in line_terms:
        for found in per_line:
            total += 1
            for term in found:
                frequency[term] = frequency.get(term, 0) + 1
    weight = {term: math.log(1 + (total - n + 0.5) / (n + 0.5)) for term, n in frequency.items()}
    for episode, lines, per_line in zip(episodes, split, line_terms, strict=True):
        scored = sorted(
            ((sum(weight[t] for t in found), -index) for index, found in enumerate(per_line) if found), reverse=True
        )
        matching = [-negative for _, negative in scored[:MATCHING_LINES]]
        if not matching and lines:
            matching = [next((i for i, line in enumerate(lines) if line.startswith("Customer:")), 0)]
        order: list[int] = []
        for index in matching:
            order += [i for i in (index, index + 1) if i < len(lines) and i not in order]
        episode.evidence = [(index, lines[index]) for index in order]
    return episodes


def line_excerpt(line: str, query: str, limit: int) -> str:
    """The line, or the part of it around its first query word when it is longer than `limit`."""
    if len(line) <= limit:
        return line
    wanted = set(query_terms(query))
    start = 0
    for match in WORD.finditer(line):
        if match.group(0) and fold(match.group(0))[:STEM_CHARS] in wanted:
            start = max(0, match.start() - limit // 3)
            break
    role, _, _ = line.partition(": ")
    excerpt = line[start : start + limit - 2]
    prefix = "" if start == 0 else f"{role}: …"
    return f"{prefix}{excerpt}…"


__all__ = [
    "QUERY_STOPWORDS",
    "STEM_CHARS",
    "EpisodeIndex",
    "MemoryView",
    "RankedEpisode",
    "Remembered",
    "conversation_index",
    "episode_search_sql",
    "episodes_of",
    "episodes_sql",
    "facts_of",
    "fold",
    "index_conversation",
    "live_memories",
    "memory_view",
    "query_terms",
    "reindex_episodes",
    "remembered",
    "remembered_by_anyone",
    "remembered_person_ids",
    "remembers",
    "remembers_anything",
    "remembers_sql",
    "search_episodes",
    "terms",
    "tsvector_literal",
    "with_evidence",
]

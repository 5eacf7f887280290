"""Context assembly: what the AI is told about a person before it replies.

`build_context()` is the one service the API's context endpoint and the UI
preview call. It reads the hot layers (L1 identity, L2 history, L4 mood) from
the cache, this agent's memory (facts, summary) and episodes, and renders a
system-prompt block sized to the relationship stage's memory budget.

Memory is scoped to (person, agent): nothing here reads another agent's
facts, summary or episodes. Expired memory is treated as absent (read-time
retention), and with memory off nothing is injected.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Exists, Max
from django.utils import timezone

from conversations.models import Agent, Conversation, Message, Person
from customer_memory import llm, retention, scoring
from customer_memory.redaction import Redactor

FACTS_MAX = 40
SUMMARY_MAX_CHARS = 800
EPISODE_TEXT_MAX_CHARS = 300
HISTORY_MESSAGE_MAX_CHARS = 500
# Episodes offered per stage: a dormant relationship gets the last topic only.
EPISODES_PER_STAGE = {
    scoring.RelationshipStage.NEW: 0,
    scoring.RelationshipStage.BUILDING: 3,
    scoring.RelationshipStage.ESTABLISHED: 3,
    scoring.RelationshipStage.DEEP: 5,
    scoring.RelationshipStage.FADING: 2,
    scoring.RelationshipStage.DORMANT: 1,
}
# Hybrid ranking: cosine similarity of the embeddings plus full-text rank.
VECTOR_WEIGHT = 0.6
TEXT_WEIGHT = 0.4

FACTS_HEADING = "Returning Customer — Remembered Facts"
SUMMARY_HEADING = "Previous Conversation Summary"
EPISODES_HEADING = "Relevant Past Conversations"
HISTORY_HEADING = "Earlier Messages"

RELATION_KEYS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "spouse son daughter children mother father brother sister grandmother grandfather boss colleague friend "
        "assistant"
    ).split()
)
INSTRUCTION_KEYS = frozenset({"response_length", "preferred_language", "preferred_contact_channel", "tone_preference"})
PREFERENCE_KEYS = frozenset({"preferences", "likes", "dislikes", "habit", "preferred_time", "dietary", "allergies"})


def layer_cache_keys(person_id: int) -> list[str]:
    return [f"person:{person_id}:{layer}" for layer in ("identity", "history", "mood")]


def invalidate_cached_layers(person_id: int) -> None:
    """Forget the cached L1/L2/L4 layers of a person after any write."""
    cache.delete_many(layer_cache_keys(person_id))


@dataclass
class MemoryContext:
    contact: dict[str, Any]
    state: dict[str, Any]
    memories: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    episodes: list[dict[str, Any]] = field(default_factory=list)
    conversation_history: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""
    context_text: str = ""
    memory_budget: int = 0
    relationship_stage: str = scoring.RelationshipStage.NEW
    injected: bool = False
    tone_hint: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data with snake_case keys (datetimes as ISO 8601)."""
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


# --- Hot layers ------------------------------------------------------------------------------------


def person_layers(person: Person) -> dict[str, dict[str, Any]]:
    """L1 identity, L2 history and L4 mood of `person`, from the cache when fresh.

    Each layer carries the person's `updated_at`: a cached layer older than the
    row in hand is rebuilt, even if a writer forgot to invalidate.
    """
    keys = layer_cache_keys(person.pk)
    version = person.updated_at.isoformat() if person.updated_at else ""
    cached = cache.get_many(keys)
    if len(cached) == len(keys) and all(layer.get("version") == version for layer in cached.values()):
        identity, history, mood = (cached[key] for key in keys)
    else:
        identity, history, mood = _build_layers(person, version)
        cache.set_many(dict(zip(keys, (identity, history, mood), strict=True)), timeout=settings.MEMORY_CACHE_TTL)
    return {"identity": identity, "history": history, "mood": mood}


def _build_layers(person: Person, version: str) -> tuple[dict[str, Any], ...]:
    last_closed = Conversation.objects.filter(person=person).closed().aggregate(last=Max("last_message_at"))["last"]
    identity = {
        "version": version,
        "id": person.public_id,
        "name": person.name,
        "display_name": person.name or person.display_label,
        "channel": person.channel_type,
        "channels": person.channels,
        "phone": person.phone,
        "email": person.email,
        "language": person.language,
        "timezone": person.timezone,
    }
    history = {
        "version": version,
        "first_contact": person.first_contact_at,
        "total_conversations": person.conversation_count,
        "last_contact_at": last_closed or person.last_seen_at,
        "positive_interactions": person.positive_interactions,
        "escalations": person.escalations,
        "complaints": person.complaints,
        "unresolved_issues": person.unresolved_issues,
        "positive_resolutions": person.positive_resolutions,
    }
    mood = {
        "version": version,
        "tone_pref": person.tone_preference,
        "open_issues": list(person.open_issues or []),
        "personal_details": person.personal_details,
        "last_mood": person.last_mood,
        "last_mood_confidence": person.last_mood_confidence,
        "last_mood_at": person.last_mood_at,
    }
    return identity, history, mood


def history_scores(history: dict[str, Any], *, learned: bool, now: datetime) -> dict[str, Any]:
    """Trust, churn (seed 000) and the relationship stage from the L2 layer and whether anything was learned."""
    last_contact = history["last_contact_at"]
    days = max((now - last_contact).total_seconds() / 86400, 0) if last_contact else 0.0
    stage = scoring.relationship_stage(
        learned=learned, conversation_count=history["total_conversations"], days_since_last_contact=days
    )
    return {
        "trust_score": scoring.trust_score(
            base=settings.MEMORY_TRUST_BASE,
            positive_interactions=history["positive_interactions"],
            escalations=history["escalations"],
            complaints=history["complaints"],
        ),
        "churn_risk": scoring.churn_risk(
            base=settings.MEMORY_CHURN_BASE,
            days_since_last_interaction=days,
            unresolved_issues=history["unresolved_issues"],
            positive_resolutions=history["positive_resolutions"],
        ),
        "relationship_stage": stage,
        "days_since_last_contact": round(days, 1),
    }


# --- Episodes --------------------------------------------------------------------------------------


def search_episodes(person: Person, agent: Agent, *, query: str = "", limit: int = 3) -> list[dict[str, Any]]:
    """This person's episodes with this agent, best first for `query` (most recent first without one).

    Ranking is exact over the person's own episodes: every one of them is
    scored (cosine similarity blended with full-text rank), so the planner
    never reaches for the HNSW index, whose approximate scan with a person
    filter can return fewer rows than asked.
    """
    if limit <= 0:
        return []
    sql, params = episodes_sql(person.pk, agent.pk, query=query, limit=limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [_episode(*row[:5]) for row in cursor.fetchall()]


def episodes_sql(person_id: int, agent_id: int, *, query: str, limit: int) -> tuple[str, list[Any]]:
    """Rows (public id, summary, conversation public id, created, score, position) of search_episodes."""
    if query.strip():
        return episode_search_sql(person_id, agent_id, query=query.strip(), limit=limit)
    from customer_memory.models import Episode

    sql = f"""
        SELECT e.public_id, e.summary, c.public_id, e.created_at, NULL::float8,
               row_number() OVER (ORDER BY e.created_at DESC, e.id DESC)
        FROM {Episode._meta.db_table} e JOIN {Conversation._meta.db_table} c ON c.id = e.conversation_id
        WHERE e.person_id = %s AND e.agent_id = %s
        ORDER BY e.created_at DESC, e.id DESC
        LIMIT %s
    """
    return sql, [person_id, agent_id, limit]


def episode_search_sql(person_id: int, agent_id: int, *, query: str, limit: int) -> tuple[str, list[Any]]:
    """The exact hybrid ranking of one person's episodes with one agent (see search_episodes)."""
    from customer_memory.models import Episode

    vector = _query_vector(query)
    vector_weight = VECTOR_WEIGHT if vector is not None else 0.0
    vector_literal = _vector_literal(vector) if vector is not None else _UNIT_VECTOR
    # The inner query reads this person's rows through episode_person_idx and
    # scores every one of them; OFFSET 0 keeps it from being merged into the
    # outer query, and the blended score is not an ORDER BY the HNSW index can
    # serve. Full text counts any of the query's words (an OR query), relative
    # to the person's best text match. Only the top rows meet their conversations.
    sql = f"""
        SELECT top.public_id, top.summary, c.public_id, top.created_at, top.score,
               row_number() OVER (ORDER BY top.score DESC, top.created_at DESC, top.id DESC)
        FROM (
            SELECT ranked.id, ranked.public_id, ranked.summary, ranked.conversation_id, ranked.created_at,
                   %s * ranked.similarity
                   + %s * COALESCE(ranked.text_rank / NULLIF(max(ranked.text_rank) OVER (), 0), 0) AS score
            FROM (
                SELECT e.id, e.public_id, e.summary, e.conversation_id, e.created_at,
                       1 - (e.embedding <=> %s::vector) AS similarity,
                       CASE WHEN e.search_vector @@ q.terms THEN ts_rank(e.search_vector, q.terms) ELSE 0 END
                       AS text_rank
                FROM {Episode._meta.db_table} e,
                     (SELECT replace(plainto_tsquery('english', %s)::text, ' & ', ' | ')::tsquery) AS q(terms)
                WHERE e.person_id = %s AND e.agent_id = %s
                OFFSET 0
            ) ranked
            ORDER BY score DESC, ranked.created_at DESC, ranked.id DESC
            LIMIT %s
        ) top
        JOIN {Conversation._meta.db_table} c ON c.id = top.conversation_id
        ORDER BY top.score DESC, top.created_at DESC, top.id DESC
    """
    return sql, [vector_weight, TEXT_WEIGHT, vector_literal, query, person_id, agent_id, limit]


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


def _episode(
    public_id: str, summary: str, conversation_id: str, created_at: datetime, score: float | None
) -> dict[str, Any]:
    return {
        "id": public_id,
        "summary": summary,
        "conversation_id": conversation_id,
        "created_at": created_at,
        "score": round(float(score), 4) if score is not None else None,
    }


# --- Assembly --------------------------------------------------------------------------------------


def build_context(person: Person, agent: Agent, *, query: str = "", now: datetime | None = None) -> MemoryContext:
    """Everything `agent` should know about `person` before replying (seed 002's GET /context)."""
    now = now or timezone.now()
    layers = person_layers(person)
    identity, history, mood_layer = layers["identity"], layers["history"], layers["mood"]

    memory, facts, episodes = None, [], []
    if agent.memory_enabled:
        # The stage depends on what the recall finds; the episodes to ask for, on the stage it would have.
        if_learned = history_scores(history, learned=True, now=now)["relationship_stage"]
        memory, facts, episodes = _recall(
            person, agent, query=query, episode_limit=EPISODES_PER_STAGE[if_learned], now=now
        )
    learned = memory is not None and bool(memory[0] or facts)
    scores = history_scores(history, learned=learned, now=now)
    stage = scores["relationship_stage"]
    budget = scoring.memory_budget(stage)
    if not budget:
        memory, facts, episodes = None, [], []

    memories: list[dict[str, Any]] = []
    summary = ""
    if memory is not None:
        memories = [_memory_item(fact) for fact in facts]
        summary = truncate(memory[0], SUMMARY_MAX_CHARS)

    remembers = memory is not None
    mood = mood_layer["last_mood"] if remembers else ""
    hint = scoring.tone_hint(mood)
    state = {
        "mood": mood or None,
        "mood_confidence": mood_layer["last_mood_confidence"] if mood else None,
        "last_mood_at": mood_layer["last_mood_at"] if mood else None,
        "relationship_stage": str(stage),
        "trust_score": scores["trust_score"],
        "churn_risk": scores["churn_risk"],
        "total_conversations": history["total_conversations"],
        "days_since_last_contact": scores["days_since_last_contact"],
        "tone_hint": hint,
    }
    contact = {key: value for key, value in identity.items() if key != "version"}
    conversation_history = _conversation_history(person, agent, now=now)
    memory_text = _memory_text(contact, state, memories, summary, episodes, budget=budget) if remembers else ""
    sections = [memory_text] if memory_text else []
    if conversation_history:
        sections.append(_history_text(conversation_history))
    return MemoryContext(
        contact=contact,
        state=state,
        memories=memories,
        entities=_entities(memories),
        episodes=episodes,
        conversation_history=conversation_history,
        summary=summary,
        context_text="\n\n".join(sections),
        memory_budget=budget,
        relationship_stage=str(stage),
        injected=bool(memory_text),
        tone_hint=hint,
    )


@dataclass(frozen=True)
class _RememberedFact:
    public_id: str
    key: str
    value: str
    confidence: str
    source: str
    updated_at: datetime


def recall_sql(
    person_id: int, agent_id: int, *, since: datetime | None, query: str, episode_limit: int
) -> tuple[str, list[Any]]:
    """One statement for this agent's live memory of the person: rows (part, position, ...) of the
    memory (part 0: summary, updated), its top facts (1: high confidence first, FactQuerySet.by_confidence()'s
    order) and the best episodes for `query` (2: search_episodes' ranking), nothing when the memory is
    missing or older than `since` (retention).

    Written out rather than built by the ORM, and in one round trip: it runs before every AI reply.
    """
    from customer_memory.models import Fact, Memory

    high, medium = Fact.Confidence.HIGH.value, Fact.Confidence.MEDIUM.value
    sql = f"""
        WITH m AS (
            SELECT id, summary, updated_at FROM {Memory._meta.db_table}
            WHERE person_id = %s AND agent_id = %s AND (%s::timestamptz IS NULL OR updated_at >= %s)
        )
        SELECT 0, 0::bigint, m.summary, NULL::text, NULL::text, NULL::text, NULL::text, m.updated_at, NULL::float8
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
    params: list[Any] = [person_id, agent_id, since, since, high, medium, FACTS_MAX]
    if episode_limit > 0:
        episodes, episode_params = episodes_sql(person_id, agent_id, query=query, limit=episode_limit)
        # The one-time EXISTS skips the ranking when there is no live memory.
        sql += f"""
        UNION ALL
        SELECT 2, e.position, e.public_id, e.summary, e.conversation_id, NULL, NULL, e.created_at, e.score
        FROM ({episodes}) AS e(public_id, summary, conversation_id, created_at, score, position)
        WHERE EXISTS (SELECT 1 FROM m)
        """
        params += episode_params
    return sql + " ORDER BY 1, 2", params


def _recall(
    person: Person, agent: Agent, *, query: str, episode_limit: int, now: datetime
) -> tuple[tuple[str, datetime] | None, list[_RememberedFact], list[dict[str, Any]]]:
    """The live memory's (summary, updated), its top facts and the best episodes for `query`."""
    since = retention.kept_since(retention_days=agent.memory_retention_days, now=now)
    sql, params = recall_sql(person.pk, agent.pk, since=since, query=query, episode_limit=episode_limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    memory, facts, episodes = None, [], []
    for part, _position, a, b, c, d, e, at, score in rows:
        if part == 0:
            memory = (a, at)
        elif part == 1:
            facts.append(_RememberedFact(public_id=a, key=b, value=c, confidence=d, source=e, updated_at=at))
        else:
            episodes.append(_episode(a, b, c, at, score))
    return memory, facts, episodes


def truncate(text: str, limit: int) -> str:
    text = (text or "").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _memory_type(key: str) -> str:
    if key.startswith("instruction_") or key in INSTRUCTION_KEYS:
        return "instruction"
    if key.startswith("favourite_") or key in PREFERENCE_KEYS:
        return "preference"
    if key == "noted_contradiction":
        return "contradiction"
    return "fact"


def _memory_item(fact: _RememberedFact) -> dict[str, Any]:
    humanized_key = fact.key.replace("_", " ").capitalize()  # as Fact.humanized_key
    return {
        "id": fact.public_id,
        "memory_type": _memory_type(fact.key),
        "key": fact.key,
        "value": fact.value,
        "confidence": fact.confidence,
        "source": fact.source,
        "content": f"{humanized_key}: {fact.value}",
        "updated_at": fact.updated_at,
    }


_NAMED = re.compile(r"^(?P<name>.*?)\s*\((?P<kind>[^)]+)\)$")


def _entities(memories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """People and pets the customer mentioned (seed 002 entities), read off relation facts."""
    entities = []
    for item in memories:
        key = item["key"]
        if key != "pet" and key not in RELATION_KEYS:
            continue
        match = _NAMED.match(item["value"])
        name, kind = (match["name"], match["kind"]) if match else (item["value"], key)
        if key == "pet":
            entities.append({"entity_type": "pet", "display_name": name or kind, "metadata": {"species": kind}})
        else:
            entities.append({"entity_type": "person", "display_name": name, "metadata": {"relation": kind}})
    return entities


def _memory_text(
    contact: dict[str, Any],
    state: dict[str, Any],
    memories: list[dict[str, Any]],
    summary: str,
    episodes: list[dict[str, Any]],
    *,
    budget: int,
) -> str:
    """The system-prompt block, filled in priority order until the budget (≈4 characters a token) is spent."""
    if not (memories or summary or episodes):
        return ""
    limit = scoring.budget_chars(budget)
    header = [f"## {FACTS_HEADING}", f"Contact: {contact['display_name']} ({contact['channel']})"]
    if state["mood"]:
        mood_line = f"Last mood: {state['mood']}"
        if state["tone_hint"]:
            mood_line += f". {state['tone_hint']}"
        header.append(mood_line)
    header.append("Apply these facts automatically; don't ask the customer to repeat them.")
    used = sum(len(line) + 1 for line in header)
    if used > limit:
        return ""

    fact_lines = []
    for item in memories:
        line = f"- {item['content']}"
        if used + len(line) + 1 > limit:
            break
        fact_lines.append(line)
        used += len(line) + 1

    summary_lines = []
    heading = f"## {SUMMARY_HEADING}"
    room = limit - used - len(heading) - 3
    if summary and room >= 80:
        text = truncate(summary, room)
        summary_lines = [heading, text]
        used += len(heading) + len(text) + 3

    episode_lines = []
    heading = f"## {EPISODES_HEADING}"
    for episode in episodes:
        line = f"- {episode['created_at']:%d %b %Y}: {truncate(episode['summary'], EPISODE_TEXT_MAX_CHARS)}"
        extra = len(line) + 1 + (0 if episode_lines else len(heading) + 2)
        if used + extra > limit:
            break
        if not episode_lines:
            episode_lines.append(heading)
        episode_lines.append(line)
        used += extra

    if not (fact_lines or summary_lines or episode_lines):
        return ""
    blocks = ["\n".join(header + fact_lines)]
    if summary_lines:
        blocks.append("\n".join(summary_lines))
    if episode_lines:
        blocks.append("\n".join(episode_lines))
    return "\n\n".join(blocks)


def _conversation_history(person: Person, agent: Agent, *, now: datetime) -> list[dict[str, Any]]:
    """The last N messages of this person's earlier (closed) conversations with this agent, secrets masked.

    Masked here whatever is stored (an organization may keep raw text at ingest): the replay goes into
    the AI's prompt. Only messages within the agent's retention window are replayed, and none once the
    memory of this person has expired: retention covers what was said as well as what was learned.
    """
    if not agent.conversation_history_enabled:
        return []
    from customer_memory.models import Memory

    rows = Message.objects.filter(
        conversation__person=person, conversation__agent=agent, conversation__status=Conversation.Status.CLOSED
    ).exclude(role=Message.Role.SYSTEM)
    if (since := retention.kept_since(retention_days=agent.memory_retention_days, now=now)) is not None:
        rows = rows.filter(sent_at__gte=since).exclude(
            Exists(Memory.objects.filter(person=person, agent=agent, updated_at__lt=since))
        )
    rows = rows.order_by("-sent_at", "-id").values_list("role", "content", "sent_at", "conversation__public_id")
    redactor = Redactor()
    return [
        {"role": role, "content": redactor.redact(content), "sent_at": sent_at, "conversation_id": conversation_id}
        for role, content, sent_at, conversation_id in list(rows[: agent.conversation_history_max_messages])[::-1]
    ]


def _history_text(history: list[dict[str, Any]]) -> str:
    lines = [f"## {HISTORY_HEADING}"]
    for message in history:
        lines.append(f"{message['role'].capitalize()}: {truncate(message['content'], HISTORY_MESSAGE_MAX_CHARS)}")
    return "\n".join(lines)

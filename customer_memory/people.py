"""Reads behind the People view and the person panel.

Each read is a fixed number of queries whatever the number of people, facts or
conversations (the view tests assert it): lists page by keyset on indexed
columns, the memory badge is an EXISTS per row, and the list's count is capped. What an
agent remembers (the panel's memory, the badge) is read through
customer_memory.recall, the one home for reading memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Model, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language_info

from conversations.keyset import Cursor, Page
from conversations.models import Agent, Contact, Conversation, Person, PersonSearch
from customer_memory import context, recall, scoring
from customer_memory.extraction.merge import CONTRADICTION_KEY, noted_contradictions
from customer_memory.fact_keys import canonical_key
from customer_memory.memory_status import annotate_memory_status
from customer_memory.models import Fact, Memory, Note
from customer_memory.services import RESTORABLE_ACTIONS, newer_change
from tenants.keys_and_audit.models import AuditEntry

# A screenful; the API's default page is 20 too. Every row costs rendering time (docs/benchmarks.md).
PEOPLE_PAGE_SIZE = 20
# The count above the list stops here ("More than 10,000 people"): past it, counting is a long scan.
PEOPLE_COUNT_LIMIT = 10_000
SORT_LAST_SEEN, SORT_CONVERSATIONS = "last_seen", "conversations"
CONVERSATIONS_SHOWN = 50
HISTORY_SHOWN = 20


ModelT = TypeVar("ModelT", bound=Model)


def search_customers(queryset: QuerySet[Person], query: str, *, now: datetime | None = None) -> QuerySet[Person]:
    """People matching `query` by identity (PersonSearch) or by a fact value any agent still remembers
    (a city or a name learned in chat), accents folded."""
    search = PersonSearch.of(query)
    if search is None:
        return queryset
    # A UNION of the two id sets, not an OR: each side reads its own index (an OR with the facts' IN made the
    # planner scan every person, 34 ms of 100,000; docs/benchmarks.md).
    matches = Person.objects.filter(search.condition()).values("pk")
    if search.terms:
        facts = Fact.objects.filter(
            memory__in=Memory.objects.live(now or timezone.now()),
            search_document=SearchQuery(search.terms, search_type="raw", config="simple"),
        ).values("memory__person_id")
        matches = matches.union(facts)
    return queryset.filter(pk__in=matches)


def _fact_person_ids_sql(terms: str, agent: Agent, *, now: datetime) -> tuple[str, list[Any]]:
    """SQL: the people of whom `agent` holds a live fact whose value matches `terms` (a tsquery), through the
    fact index."""
    live, live_params = recall.live_memory_condition("fm", agent, now=now)
    sql = f"""SELECT fm.person_id FROM {Memory._meta.db_table} fm JOIN {Fact._meta.db_table} ff ON ff.memory_id = fm.id
        WHERE fm.agent_id = %s AND {live} AND ff.search_document @@ to_tsquery('simple'::regconfig, %s)"""
    return sql, [agent.pk, *live_params, terms]


@dataclass(frozen=True)
class PeopleFilter:
    """What the People list shows: a search, filters and an order (PeopleFilterForm reads them from the URL)."""

    query: str = ""
    channel: str = ""
    seen_since: datetime | None = None
    has_memory: bool | None = None  # None: anyone
    sort: str = SORT_LAST_SEEN


@dataclass(frozen=True)
class _Conditions:
    """The People list's filters as SQL on contacts `c` (and people `p`), with their parameters.

    `matches` is the search (the matching people's ids) as a CTE body, so a statement that counts the
    list and reads its page runs it once; the conditions refer to it as `matches`.
    """

    where: list[str]
    params: list[Any]
    matches: tuple[str, list[Any]] | None = None
    uses_person: bool = False  # whether `where` reads the person `p` (a count reads contacts alone otherwise)

    def cte(self) -> tuple[str, list[Any]]:
        if self.matches is None:
            return "", []
        sql, params = self.matches
        return f"WITH matches AS MATERIALIZED ({sql})", params


def _people_conditions(agent: Agent, filters: PeopleFilter, *, now: datetime) -> _Conditions:
    conditions: list[str] = ["c.agent_id = %s"]
    params: list[Any] = [agent.pk]
    matches, uses_person = None, False
    if search := PersonSearch.of(filters.query):
        # The matching people as a UNION of what each index finds (identity, then facts): an OR between them
        # made the planner read every contact (docs/benchmarks.md).
        sql, search_params = search.sql("sp")
        matches_sql = f"SELECT sp.id FROM {Person._meta.db_table} sp WHERE {sql}"
        if search.terms:
            facts_sql, facts_params = _fact_person_ids_sql(search.terms, agent, now=now)
            matches_sql, search_params = f"{matches_sql} UNION {facts_sql}", [*search_params, *facts_params]
        matches = (matches_sql, search_params)
        conditions.append("c.person_id IN (SELECT id FROM matches)")
    if filters.channel:
        conditions.append("p.channel_type = %s")
        params.append(filters.channel)
        uses_person = True
    if filters.seen_since:
        conditions.append("c.last_seen_at >= %s")
        params.append(filters.seen_since)
    if filters.has_memory is not None:
        remembers, remembers_params = recall.remembers_sql(agent, "c.person_id", now=now)
        conditions.append(remembers if filters.has_memory else f"NOT {remembers}")
        params += remembers_params
    return _Conditions(conditions, params, matches, uses_person)


@dataclass(frozen=True)
class PeopleList:
    page: Page[Contact]
    # How many people the whole list holds, counted up to PEOPLE_COUNT_LIMIT + 1 (the view says "more
    # than"); None when not asked for.
    total: int | None


def people_page(
    agent: Agent,
    *,
    filters: PeopleFilter | None = None,
    cursor: str = "",
    now: datetime | None = None,
    size: int = PEOPLE_PAGE_SIZE,
    counted: bool = False,
) -> PeopleList:
    """Everyone who talked to `agent` (matching `filters`), most recent first or most conversations first;
    rows carry `has_memory`. With `counted`, also how many people the whole list holds.

    One statement, written out: the page of contacts by the (agent, last seen) or (agent, conversations)
    index (a keyset after the cursor, the search and filters as conditions), then the memory badge of
    just those rows; the search runs once, for the page and the count. Through the ORM, building the
    page's queries took longer than running them (docs/benchmarks.md). The count is capped so it costs
    at most a bounded index scan whatever the filters: an exact count of 100,000 contacts with the
    memory filter is an EXISTS per row.
    """
    filters = filters or PeopleFilter()
    contact_columns = ("id", "person_id", "conversation_count", "last_seen_at")
    person_columns = ("public_id", "channel_type", "channel_identifier", "phone", "is_test", "name", "email")
    now = now or timezone.now()
    conditions = _people_conditions(agent, filters, now=now)
    with_sql, with_params = conditions.cte()
    page_where, page_params = list(conditions.where), list(conditions.params)
    by_conversations = filters.sort == SORT_CONVERSATIONS
    order = ("conversation_count", "id") if by_conversations else ("last_seen_at", "id")
    if after := Cursor.decode_or_none(cursor, counts=by_conversations):
        after_sql, after_params = after.after_sql(f"c.{order[0]}", "c.id")
        page_where.append(after_sql)
        page_params += after_params
    remembers, remembers_params = recall.remembers_sql(agent, "page.person_id", now=now)
    joined = f"{Contact._meta.db_table} c JOIN {Person._meta.db_table} p ON p.id = c.person_id"
    page_sql = f"""
            SELECT {", ".join(f"c.{column}" for column in contact_columns)},
                   {", ".join(f"p.{column}" for column in person_columns)}
            FROM {joined}
            WHERE {" AND ".join(page_where)}
            ORDER BY {", ".join(f"c.{column} DESC" for column in order)}
            LIMIT %s
    """
    if counted:
        # One row even when the page is empty: the count, and the page's columns NULL.
        counted_from = joined if conditions.uses_person else f"{Contact._meta.db_table} c"
        count_sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {counted_from} WHERE {' AND '.join(conditions.where)} LIMIT %s) x"
        )
        sql = f"""{with_sql}
            SELECT ({count_sql}), page.*, {remembers}
            FROM (SELECT 1) one LEFT JOIN ({page_sql}) page ON true
            ORDER BY {", ".join(f"page.{column} DESC" for column in order)}
        """
        params = [*with_params, *conditions.params, PEOPLE_COUNT_LIMIT + 1, *remembers_params]
    else:
        sql = f"""{with_sql}
            SELECT page.*, {remembers} FROM ({page_sql}) page
            ORDER BY {", ".join(f"page.{column} DESC" for column in order)}
        """
        params = [*with_params, *remembers_params]
    with connection.cursor() as db:
        db.execute(sql, [*params, *page_params, size + 1])
        found = db.fetchall()
    total = None
    if counted:
        total = found[0][0]
        found = [row[1:] for row in found if row[1] is not None]
    rows = []
    width = len(contact_columns)
    for row in found:
        contact = _load(Contact, contact_columns, row[:width])
        contact.person = _load(Person, ("id", *person_columns), (row[1], *row[width:-1]))
        contact.has_memory = row[-1]
        rows.append(contact)
    return PeopleList(Page.of(rows, limit=size, field=order[0]), total)


def count_label(total: int) -> str:
    """ "1 person", "1,284 people", or "More than 10,000 people" past the counting limit."""
    if total > PEOPLE_COUNT_LIMIT:
        return f"More than {PEOPLE_COUNT_LIMIT:,} people"
    return "1 person" if total == 1 else f"{total:,} people"


def _load(model: type[ModelT], names: tuple[str, ...], values: tuple[object, ...] | list[object]) -> ModelT:
    """`Model.from_db` with the columns given by name: from_db takes a partial row in the model's field order,
    and a column out of that order once put the phone number into `is_test` (issue 15, B1)."""
    by_name = dict(zip(names, values, strict=True))
    ordered = [f.attname for f in model._meta.concrete_fields if f.attname in by_name]
    return model.from_db(connection.alias, ordered, [by_name[name] for name in ordered])


def recent_conversations(person: Person, agent: Agent) -> list[Conversation]:
    """Up to 50 of the person's conversations with `agent`, newest first (seed 004), with their memory status."""
    conversations = annotate_memory_status(Conversation.objects.filter(person=person, agent=agent).with_preview())
    return list(conversations.order_by("-started_at", "-id")[:CONVERSATIONS_SHOWN])


@dataclass
class HistoryItem:
    entry: AuditEntry
    description: str
    can_undo: bool = False
    undone: bool = False
    # What changed the fact since (services.newer_change): undoing asks first.
    newer: str = ""


def _humanized(key: str) -> str:
    return Fact(key=key).humanized_key


_VERBS: dict[str, str] = {
    AuditEntry.Action.FACT_CREATED: "Added",
    AuditEntry.Action.FACT_UPDATED: "Changed",
    AuditEntry.Action.FACT_DELETED: "Deleted",
    AuditEntry.Action.FACT_RESTORED: "Restored",
}


def describe(entry: AuditEntry) -> str:
    before, after = entry.before or {}, entry.after or {}
    if (entry.changes or {}).get("values_forgotten") and entry.action in _VERBS:
        key = (after or before).get("key", "")
        return f"{_VERBS[entry.action]} {_humanized(key)} (value deleted with the memory)"
    match entry.action:
        case AuditEntry.Action.FACT_CREATED:
            return f"Added {_humanized(after.get('key', ''))}: {after.get('value', '')}"
        case AuditEntry.Action.FACT_UPDATED if before.get("value") != after.get("value"):
            return f"Changed {_humanized(after.get('key', ''))}: {before.get('value', '')} → {after.get('value', '')}"
        case AuditEntry.Action.FACT_UPDATED:
            return f"Confirmed {_humanized(after.get('key', ''))}: {after.get('value', '')}"
        case AuditEntry.Action.FACT_DELETED:
            return f"Deleted {_humanized(before.get('key', ''))}: {before.get('value', '')}"
        case AuditEntry.Action.FACT_RESTORED:
            return f"Restored {_humanized(after.get('key', ''))}: {after.get('value', '')}"
        case AuditEntry.Action.SUMMARY_UPDATED:
            return "Edited the summary"
        case AuditEntry.Action.MEMORY_CLEARED:
            count = len(before.get("facts", []))
            return f"Cleared memory ({count} fact{'' if count == 1 else 's'})"
    return entry.get_action_display()


def history(person: Person, agent: Agent) -> list[HistoryItem]:
    """The latest audit entries about this person that concern `agent` (or the whole person)."""
    entries = list(
        AuditEntry.objects.filter(person_public_id=person.public_id)
        .filter(
            Q(changes__before__agent=agent.public_id)
            | Q(changes__after__agent=agent.public_id)
            | Q(object_type="memory", object_id=agent.public_id)
            | Q(object_type="person")
        )
        .order_by("-at", "-id")[:HISTORY_SHOWN]
    )
    undone = {
        entry.changes.get("restored_from") for entry in entries if entry.action == AuditEntry.Action.FACT_RESTORED
    }
    current = {fact.key: fact for fact in Fact.objects.filter(memory__person=person, memory__agent=agent)}
    items = []
    for entry in entries:
        can_undo = entry.action in RESTORABLE_ACTIONS and bool(entry.before) and "value" in entry.before
        items.append(
            HistoryItem(
                entry=entry,
                description=describe(entry),
                can_undo=can_undo,
                undone=entry.pk in undone,
                newer=newer_change(entry, current.get(entry.before.get("key", ""))) if can_undo else "",
            )
        )
    return items


@dataclass(frozen=True)
class ContradictionChoice:
    """One noted contradiction as the panel offers it: keep the current value or take the other."""

    text: str
    label: str = ""
    current: str = ""
    other: str = ""

    @property
    def resolvable(self) -> bool:
        return bool(self.label and self.other and self.other != self.current)


def contradictions(facts: list[Fact]) -> list[ContradictionChoice]:
    """The items of the memory's noted_contradiction fact, each with the values to choose between."""
    by_key = {canonical_key(fact.key): fact for fact in facts}
    noted = by_key.get(CONTRADICTION_KEY)
    choices = []
    for item in noted_contradictions(noted.value if noted else ""):
        if not item.key:
            choices.append(ContradictionChoice(item.text))
            continue
        current = by_key[item.key].value if item.key in by_key else ""
        choices.append(ContradictionChoice(item.text, _humanized(item.key), current, item.other_than(current)))
    return choices


NOTES_SHOWN = 20


def notes(person: Person) -> list[Note]:
    """The latest staff notes about the person, newest first."""
    return list(person.notes.order_by("-created_at", "-id")[:NOTES_SHOWN])


def fact_keys_in_use() -> list[str]:
    """The fact keys this organization's memories hold, for the add-a-fact form's suggestions."""
    return list(Fact.objects.order_by("key").values_list("key", flat=True).distinct()[:300])


def history_entry(person: Person, entry_id: int) -> AuditEntry:
    """An audit entry about this person; another person's entry is a 404."""
    return get_object_or_404(AuditEntry, pk=entry_id, person_public_id=person.public_id)


@dataclass(frozen=True)
class ScoreLine:
    label: str
    value: str
    explanation: str


def _stage_explanation(stage: scoring.RelationshipStage) -> str:
    budget = f"about {scoring.memory_budget(stage):,} tokens of memory go into the agent's prompt"
    return {
        scoring.RelationshipStage.NEW: "Nothing learned yet for this agent, so no memory goes into its prompt.",
        scoring.RelationshipStage.BUILDING: (
            f"Memory learned, fewer than {scoring.ESTABLISHED_FROM_CONVERSATIONS} conversations: {budget}."
        ),
        scoring.RelationshipStage.ESTABLISHED: (
            f"{scoring.ESTABLISHED_FROM_CONVERSATIONS} or more conversations: {budget}."
        ),
        scoring.RelationshipStage.DEEP: f"{scoring.DEEP_FROM_CONVERSATIONS} or more conversations: {budget}.",
        scoring.RelationshipStage.FADING: f"No contact for {scoring.FADING_AFTER_DAYS} days or more: {budget}.",
        scoring.RelationshipStage.DORMANT: f"No contact for {scoring.DORMANT_AFTER_DAYS} days or more: {budget}.",
    }[stage]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def score_lines(history: dict[str, Any], scores: dict[str, Any]) -> list[ScoreLine]:
    """Trust, churn risk and stage as the panel header shows them, each with why it has that value.

    The values are scoring.relationship_scores' (through context.history_scores), never recomputed here.
    """
    stage = scoring.RelationshipStage(scores["relationship_stage"])
    days = scores["days_since_last_contact"]
    return [
        ScoreLine(
            "Trust",
            f"{scores['trust_score']:.2f}",
            f"Starts at {settings.MEMORY_TRUST_BASE:g}: +0.1 per positive interaction "
            f"({history['positive_interactions']}), −0.15 per escalation ({history['escalations']}), "
            f"−0.1 per complaint ({history['complaints']}).",
        ),
        ScoreLine(
            "Churn risk",
            f"{scores['churn_risk']:.2f}",
            f"Starts at {settings.MEMORY_CHURN_BASE:g}: grows with the days since the last contact "
            f"({days:g}), +0.25 per unresolved issue ({history['unresolved_issues']}), "
            f"−0.1 per positive resolution ({history['positive_resolutions']}).",
        ),
        ScoreLine("Stage", stage.value.capitalize(), _stage_explanation(stage)),
    ]


def language_name(code: str) -> str:
    """ "vi" → "Vietnamese"; a code Django doesn't know is shown as it is."""
    if not code:
        return ""
    try:
        return get_language_info(code.lower())["name"]
    except KeyError:
        try:
            return get_language_info(code.lower().split("-")[0])["name"]
        except KeyError:
            return code


@dataclass
class PersonPanel:
    person: Person
    agent: Agent
    contact: Contact | None
    memory: recall.MemoryView
    conversations: list[Conversation]
    history: list[HistoryItem] = field(default_factory=list)
    scores: list[ScoreLine] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    @property
    def conversation_count(self) -> int:
        return self.contact.conversation_count if self.contact else 0

    @property
    def last_seen_at(self) -> Any:
        return self.contact.last_seen_at if self.contact else self.person.last_seen_at

    @property
    def identity(self) -> list[tuple[str, str]]:
        """What is known of who the person is (form-captured or learned in chat), for the header."""
        person = self.person
        return [
            ("Name", person.name),
            ("Email", person.email),
            ("Phone", person.phone),
            ("Language", language_name(person.language)),
            ("Timezone", person.timezone),
        ]


def person_panel(person: Person, agent: Agent, *, now: datetime | None = None) -> PersonPanel:
    """Everything the person panel shows, in a fixed number of queries."""
    now = now or timezone.now()
    memory = recall.memory_view(person, agent, now=now)
    history_layer = context.person_layers(person)["history"]
    learned = not memory.expired and not memory.is_empty
    scores = context.history_scores(history_layer, learned=learned, now=now)
    return PersonPanel(
        person=person,
        agent=agent,
        contact=Contact.objects.filter(person=person, agent=agent).first(),
        memory=memory,
        conversations=recent_conversations(person, agent),
        history=history(person, agent),
        scores=score_lines(history_layer, scores),
        notes=notes(person),
    )

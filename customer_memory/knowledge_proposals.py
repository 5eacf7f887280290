"""Knowledge proposed from resolved conversations (issue 18), never carrying one customer into an entry.

After a conversation ends with the customer's problem solved, the agent's recent resolved episodes
are grouped by problem; a group raised by at least N different customers (the agent's
`knowledge_min_customers`, 3 by default) becomes a proposed entry, which waits for a Builder to
approve it before any context sees it.

How a problem is recognised: each episode's problem is the customer's sentence that best says what
they came about, and its resolution the agent's sentence saying what was done (the rules
summaries, customer_memory.extraction.rules.summaries), read from the episode's masked transcript.
Two episodes are about the same problem when the offline embeddings of their problems
(llm.hash_embed: words and character trigrams, so "crashes" meets "crashing") have a cosine of at
least SIMILARITY, or when they share at least half of the smaller one's terms (folded, stemmed,
function words left out, as recall reads a query). SIMILARITY was set on the multilingual cases of
test_knowledge_proposals: the same problem worded differently scored 0.45 to 0.8, different
problems of one product under 0.3.

What an entry may say: only words that at least N different customers' conversations share (so a
word one customer said, their name, street, order number or email, can't be among them), and
function words, which identify no one; then every token with a digit or an "@", every word of the
customers' names, emails and channel identifiers and every name or place the rules extractor's
identity patterns find is removed, and the secret detector masks what is left (its masks are
dropped). Re-proposing the same problem updates the entry's count instead of adding another.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from django.db import transaction
from django.utils import timezone

from conversations.models import Agent
from conversations.secrets import Redactor
from customer_memory import knowledge, llm, recall
from customer_memory.extraction.rules import identity, mood, summaries
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text, detect_language, fold, nfc, sentences
from customer_memory.extraction.rules.text import lower_fold as folded
from customer_memory.models import Episode, KnowledgeEntry, KnowledgeVersion
from tenants import audit
from tenants.keys_and_audit.models import AuditEntry

SIMILARITY = 0.45
TERM_OVERLAP = 0.5
# An existing entry is the same problem when this share of the smaller term set is shared.
SAME_ENTRY_OVERLAP = 0.6
# The most recent resolved episodes read per run, and how far back (at least the knowledge retention).
EPISODES_MAX = 500
LOOKBACK = timedelta(days=180)
MIN_WORDS = 3
TITLE_WORDS = 8
ACTOR = audit.Actor(origin=AuditEntry.Origin.TASK, name="Knowledge proposals")
_TOKEN = re.compile(r"\S+")
_WORD_PARTS = re.compile(r"[\s@._+\-'’]+")
_EDGE_PUNCTUATION = " \t,;:.!?()[]{}\"'“”‘’«»"


@dataclass
class Case:
    """One resolved conversation, as its problem and resolution."""

    person_id: int
    # When the conversation's episode was written (it ended with the problem solved).
    resolved_at: datetime
    problem: str
    resolution: str
    problem_terms: frozenset[str]
    customer_terms: frozenset[str]
    agent_terms: frozenset[str]
    embedding: list[float]
    identifiers: frozenset[str]


@dataclass
class Cluster:
    cases: list[Case] = field(default_factory=list)

    @property
    def customers(self) -> int:
        return len({case.person_id for case in self.cases})

    @property
    def last_resolved_at(self) -> datetime:
        return max(case.resolved_at for case in self.cases)


def propose(agent: Agent, *, now: datetime | None = None) -> list[KnowledgeEntry]:
    """Propose (or update) an entry for every problem at least N customers of `agent` had resolved."""
    now = now or timezone.now()
    threshold = max(agent.knowledge_min_customers, 2)
    cases = _cases(agent, now=now)
    written = []
    for cluster in _clusters(cases):
        if cluster.customers < threshold:
            continue
        entry = _propose_cluster(agent, cluster, threshold=threshold, now=now)
        if entry is not None:
            written.append(entry)
    return written


# --- Reading the episodes --------------------------------------------------------------------------


def _cases(agent: Agent, *, now: datetime) -> list[Case]:
    since = now - max(LOOKBACK, timedelta(days=agent.knowledge_retention_days))
    rows = (
        Episode.objects.filter(agent=agent, resolved=True, created_at__gte=since, person__is_test=False)
        .order_by("-created_at", "-id")
        .values_list(
            "person_id",
            "created_at",
            "content",
            "person__name",
            "person__email",
            "person__phone",
            "person__channel_identifier",
        )[:EPISODES_MAX]
    )
    packs = _packs()
    cases = []
    for person_id, resolved_at, content, *identifiers in rows:
        case = _case(person_id, resolved_at, content, identifiers, packs)
        if case is not None:
            cases.append(case)
    return cases


def _packs() -> dict[str, LanguagePack]:
    from customer_memory.extraction.rules import packs_by_code

    return packs_by_code()


def _case(
    person_id: int, resolved_at: datetime, content: str, identifiers: list[str], packs: dict[str, LanguagePack]
) -> Case | None:
    customer, agent = [], []
    for line in content.splitlines():
        role, _, text = line.partition(": ")
        if role == "Customer":
            customer.append(text)
        elif role == "Agent":
            agent.append(text)
    if not customer or not agent:
        return None
    language = detect_language(" ".join(customer)[:2000])
    main = packs.get(language, packs["en"])
    used = (main,) if main.code == "en" else (main, packs["en"])
    problem = summaries.topic(customer, used)
    resolution = _resolution(agent, used)
    if not problem or not resolution:
        return None
    return Case(
        person_id=person_id,
        resolved_at=resolved_at,
        problem=problem,
        resolution=resolution,
        problem_terms=frozenset(recall.query_terms(_without_numbers(problem))),
        customer_terms=frozenset(recall.query_terms(" ".join(customer), function_words=True)),
        agent_terms=frozenset(recall.query_terms(" ".join(agent), function_words=True)),
        embedding=llm.hash_embed(_without_numbers(problem)),
        identifiers=frozenset(_identifier_words(identifiers, customer, used)),
    )


def _resolution(agent_lines: list[str], packs: tuple[LanguagePack, ...]) -> str:
    """What the agent did: their longest plain sentence saying an action ("I reset...", "tôi đã xóa..."), or
    their longest plain sentence when none does in a phrasing the packs know. The longest, not the last (as
    the episode summary takes): a closing "glad it's solved!" says no more than that it worked."""
    statements = [
        sentence
        for line in agent_lines
        for sentence in sentences(line)
        if "?" not in sentence and "[redacted" not in sentence.lower() and len(sentence.split()) >= 4
    ]
    actions = [
        sentence
        for sentence in statements
        if any(mood.keywords(pack).actions.found_in(folded(sentence)) for pack in packs)
    ]
    return max(actions or statements, key=lambda sentence: len(sentence.split()), default="")


def _identifier_words(identifiers: list[str], customer_lines: list[str], packs: tuple[LanguagePack, ...]) -> set[str]:
    """The lower-cased words of who the customer is: their profile's name, email and ids, and the names and
    places the identity patterns find in what they said. An email's top-level domain ("de", "com") names no
    one and would take function words out of every entry."""
    values = []
    for value in identifiers:
        if "@" in value:
            local, _, domain = value.rpartition("@")
            value = f"{local} {domain.rpartition('.')[0]}"
        values.append(value)
    for line in customer_lines:
        text = Text(line)
        for pack in packs:
            values += [found.value for found in identity.facts(text, pack)]
    words: set[str] = set()
    for value in values:
        words.update(word for word in _WORD_PARTS.split(nfc(value).lower()) if word)
    return words


def names_someone(word: str, identifiers: dict[str, set[str]]) -> bool:
    """Whether a word of the text is one of the customers' identifier words. Accents are folded only when one
    side has none: "loi" may be "Lợi" (a street), while "lỗi" (error) is not "Lợi"."""
    for part in _WORD_PARTS.split(nfc(word).lower()):
        if not part:
            continue
        plain = folded(part)
        for known in identifiers.get(plain, ()):
            if known == part or plain == part or folded(known) == known:
                return True
    return False


def _by_folded(words: set[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for word in words:
        found[folded(word)].add(word)
    return found


def _without_numbers(text: str) -> str:
    return " ".join(token for token in text.split() if not _identifying_token(token))


def _identifying_token(token: str) -> bool:
    return any(char.isdigit() for char in token) or "@" in token or "://" in token or "[redacted" in token.lower()


# --- Grouping ---------------------------------------------------------------------------------------


def _shares_terms(case: Case, seed: Case) -> bool:
    smaller = min(len(case.problem_terms), len(seed.problem_terms))
    return smaller >= 2 and len(case.problem_terms & seed.problem_terms) / smaller >= TERM_OVERLAP


def _clusters(cases: list[Case]) -> list[Cluster]:
    """Greedy grouping, newest first: a case joins the first group whose seed (first case) it resembles.

    The cosines against every seed are one matrix product (500 different problems would otherwise be
    125,000 Python dot products of 384 numbers)."""
    clusters: list[Cluster] = []
    seeds = np.empty((0, llm.EMBEDDING_DIMENSIONS))
    for case in cases:
        vector = np.asarray(case.embedding)
        cosines = seeds @ vector
        for position, cluster in enumerate(clusters):
            if cosines[position] >= SIMILARITY or _shares_terms(case, cluster.cases[0]):
                cluster.cases.append(case)
                break
        else:
            clusters.append(Cluster(cases=[case]))
            seeds = np.vstack([seeds, vector])
    return clusters


# --- Writing what is shared -------------------------------------------------------------------------


def _shared_terms(cluster: Cluster, attribute: str, *, threshold: int) -> set[str]:
    """Terms found in the conversations of at least `threshold` different customers of the cluster."""
    people_by_term: dict[str, set[int]] = defaultdict(set)
    for case in cluster.cases:
        for term in getattr(case, attribute):
            people_by_term[term].add(case.person_id)
    return {term for term, people in people_by_term.items() if len(people) >= threshold}


def shared_text(text: str, *, shared: set[str], identifiers: dict[str, set[str]]) -> str:
    """`text` with only the words shared by enough customers, or function words; nothing identifying."""
    kept = []
    for token in _TOKEN.findall(text):
        word = token.strip(_EDGE_PUNCTUATION)
        if not word or _identifying_token(token):
            continue
        if names_someone(word, identifiers):
            continue
        terms = recall.query_terms(word, function_words=True)
        function_word = fold(word) in recall.QUERY_STOPWORDS or (len(word) == 1 and word.isalpha())
        if not function_word and not (terms and all(term in shared for term in terms)):
            continue
        kept.append(token)
    cleaned = Redactor().redact(" ".join(kept))
    cleaned = re.sub(r"\[redacted[^\]]*\]", "", cleaned, flags=re.IGNORECASE)
    cleaned = " ".join(cleaned.split()).strip(" ,;:")
    return cleaned


def _best_text(cluster: Cluster, attribute: str, *, shared: set[str], identifiers: dict[str, set[str]]) -> str:
    """The case whose shared version keeps the most words: the clearest common wording."""
    best = ""
    for case in cluster.cases:
        candidate = shared_text(getattr(case, attribute), shared=shared, identifiers=identifiers)
        if len(candidate.split()) > len(best.split()):
            best = candidate
    return best if len(best.split()) >= MIN_WORDS else ""


def _title(problem: str) -> str:
    title = summaries.clip(problem, TITLE_WORDS)
    return title[:1].upper() + title[1:]


def _overlap(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _matching_entry(agent: Agent, signature: set[str]) -> KnowledgeEntry | None:
    best, best_score = None, 0.0
    for entry in KnowledgeEntry.objects.for_agent(agent):
        terms = set(entry.signature) or set(recall.query_terms(f"{entry.title} {entry.problem}"))
        score = _overlap(terms, signature)
        if score >= SAME_ENTRY_OVERLAP and score > best_score:
            best, best_score = entry, score
    return best


@transaction.atomic
def _propose_cluster(agent: Agent, cluster: Cluster, *, threshold: int, now: datetime) -> KnowledgeEntry | None:
    identifiers = _by_folded(set().union(*(case.identifiers for case in cluster.cases)))
    signature = _shared_terms(cluster, "problem_terms", threshold=threshold) - set(identifiers)
    if not signature:
        return None
    count = cluster.customers
    existing = _matching_entry(agent, signature)
    if existing is not None:
        return _update_existing(existing, count=count, resolved_at=cluster.last_resolved_at)
    problem = _best_text(
        cluster,
        "problem",
        shared=_shared_terms(cluster, "customer_terms", threshold=threshold),
        identifiers=identifiers,
    )
    resolution = _best_text(
        cluster,
        "resolution",
        shared=_shared_terms(cluster, "agent_terms", threshold=threshold),
        identifiers=identifiers,
    )
    if not problem or not resolution:
        return None
    entry = KnowledgeEntry.objects.create(
        agent=agent,
        title=_title(problem),
        problem=problem,
        resolution=resolution,
        source=KnowledgeEntry.Source.PROPOSED,
        status=KnowledgeEntry.Status.PROPOSED,
        support_count=count,
        signature=sorted(signature),
        last_confirmed_at=now,
    )
    KnowledgeVersion.objects.create(
        entry=entry, number=1, change="proposed", author=ACTOR.label, **knowledge.snapshot(entry)
    )
    audit.record(
        AuditEntry.Action.KNOWLEDGE_PROPOSED,
        actor=ACTOR,
        object_type="knowledge",
        object_id=entry.public_id,
        changes={"agent": agent.public_id, "support_count": count, "after": knowledge.snapshot(entry)},
    )
    return entry


def _update_existing(entry: KnowledgeEntry, *, count: int, resolved_at: datetime) -> KnowledgeEntry | None:
    """The same problem again: the count follows, and a proposal or an approved entry is confirmed by the
    latest conversation that had it resolved (its retention starts again: a proposal still waiting for review
    is not purged while customers keep having the problem); a retired one stays retired (staff said no).

    Confirmed by when that conversation was resolved, not by when this run happens: every run reads the last
    180 days of episodes again, and an entry whose problem nobody had since must still expire. Audited; no
    version, as the versions keep the content, and this changes none of it."""
    if entry.status == KnowledgeEntry.Status.RETIRED:
        return None
    before = _confirmation(entry)
    changes: dict[str, Any] = {}
    if entry.support_count != count:
        changes["support_count"] = count
    if resolved_at > entry.last_confirmed_at:
        changes["last_confirmed_at"] = resolved_at
    if not changes:
        return entry
    KnowledgeEntry.objects.filter(pk=entry.pk).update(**changes)
    for name, value in changes.items():
        setattr(entry, name, value)
    audit.record(
        AuditEntry.Action.KNOWLEDGE_PROPOSED_AGAIN,
        actor=ACTOR,
        object_type="knowledge",
        object_id=entry.public_id,
        changes={"agent": entry.agent.public_id, "before": before, "after": _confirmation(entry)},
    )
    knowledge.forget_cached(entry.agent_id)
    return entry


def _confirmation(entry: KnowledgeEntry) -> dict[str, Any]:
    """What proposing an entry again may change, as kept in the audit log."""
    return {"support_count": entry.support_count, "last_confirmed_at": entry.last_confirmed_at.isoformat()}

"""`python -m benchmarks.recall_quality`: does the context bring back the right past conversation?

    python -m benchmarks.recall_quality                 # load the labelled people, measure, print
    python -m benchmarks.recall_quality --reuse         # measure again without reloading (after a ranking change)
    python -m benchmarks.recall_quality --reindex       # reuse, re-index the episodes first (after an index change)

Each person of benchmarks/data/recall/*.json (FORMAT.md) is loaded into the organization
`bench_recall` of the development database through the product's own services: every past
conversation is ingested with its dates, closed, and learned from by the extraction (rules, offline).
Then each question goes to `build_context(person, agent, query=question)`, and the run records the
rank of the evidence conversation among the context's ranked episodes (recall@1/3/5), whether each
evidence line is in `context_text`, and the context's size in tokens (characters / 4). In the same
run a plain BM25 ranks each person's whole conversations for the same questions, as the baseline.
See docs/benchmarks.md, "Recall quality".
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "recall"
SCHEMA = "bench_recall"
DOMAIN = "bench-recall.localhost"
CHANNEL = "web"
KS = (1, 3, 5)


# --- The labelled data -----------------------------------------------------------------------------


def load_people(paths: list[Path] | None = None) -> list[dict[str, Any]]:
    paths = paths or sorted(DATA.glob("people_*.json"))
    people = []
    for path in paths:
        people.extend(json.loads(path.read_text()))
    return people


# --- Loading through the product ---------------------------------------------------------------------


def load_into_current_schema(people: list[dict[str, Any]], *, now: datetime, out: Any = None) -> dict[str, Any]:
    """Ingest, close and learn from every person's conversations in the current schema.

    Returns, per person id, (person, agent, public ids of the conversations in the file's order).
    """
    from django.conf import settings
    from django_q.conf import Conf

    from conversations.ingest_item import MAX_BATCH_SIZE
    from conversations.ingestion import ingest_messages
    from conversations.models import Agent
    from conversations.services import close_conversation
    from customer_memory.extraction import extract_from_conversation

    loaded: dict[str, Any] = {}
    idle = timedelta(minutes=settings.CONVERSATION_IDLE_MINUTES)
    total = sum(len(person["conversations"]) for person in people)
    done = 0
    was_sync = Conf.SYNC
    Conf.SYNC = False  # the extraction is called here, in order, rather than through the queue
    try:
        for person in people:
            agent = Agent.objects.create(name=person["agent"][:100], memory_enabled=True)
            conversation_ids = []
            customer = None
            for index, conversation in enumerate(person["conversations"]):
                start = now - timedelta(days=conversation["days_ago"])
                items = [
                    {
                        "agent": agent,
                        "channel_type": CHANNEL,
                        "channel_identifier": person["id"],
                        "role": message["role"],
                        "content": message["text"],
                        "external_id": f"{person['id']}-c{index}-m{position}",
                        "sent_at": start + timedelta(minutes=position),
                    }
                    for position, message in enumerate(conversation["messages"])
                ]
                results = []
                for offset in range(0, len(items), MAX_BATCH_SIZE):
                    results += ingest_messages(items[offset : offset + MAX_BATCH_SIZE])
                stored = results[-1].conversation
                customer = results[-1].person
                close_conversation(stored, now=stored.last_message_at + idle)
                extract_from_conversation(stored)
                conversation_ids.append(stored.public_id)
                done += 1
                if out is not None:
                    out.write(f"\r  loading conversations {done}/{total}")
                    out.flush()
            assert customer is not None  # every person has at least one conversation
            customer.refresh_from_db()
            loaded[person["id"]] = (customer, agent, conversation_ids)
    finally:
        Conf.SYNC = was_sync
    if out is not None:
        out.write("\n")
    return loaded


def loaded_from_current_schema(people: list[dict[str, Any]]) -> dict[str, Any]:
    """The (person, agent, conversation ids) of people loaded by an earlier run."""
    from conversations.models import Conversation, Person

    loaded = {}
    for person in people:
        customer = Person.objects.get(channel_type=CHANNEL, channel_identifier=person["id"])
        conversations = list(Conversation.objects.filter(person=customer).order_by("started_at", "id"))
        loaded[person["id"]] = (customer, conversations[0].agent, [c.public_id for c in conversations])
    return loaded


# --- The baseline: BM25 over whole conversations ---------------------------------------------------


class BM25:
    """Okapi BM25 (k1 = 1.5, b = 0.75) over folded words, no stemming: the classic baseline."""

    def __init__(self, documents: list[str], *, k1: float = 1.5, b: float = 0.75) -> None:
        from customer_memory.recall import fold

        self.fold = fold
        self.k1, self.b = k1, b
        self.docs = [Counter(self._words(text)) for text in documents]
        self.lengths = [sum(doc.values()) for doc in self.docs]
        self.average = sum(self.lengths) / max(len(self.docs), 1)
        frequency: Counter[str] = Counter()
        for doc in self.docs:
            frequency.update(doc.keys())
        n = len(self.docs)
        self.idf = {word: math.log(1 + (n - df + 0.5) / (df + 0.5)) for word, df in frequency.items()}

    def _words(self, text: str) -> list[str]:
        import re

        return re.findall(r"\w+", self.fold(text))

    def ranking(self, query: str) -> list[int]:
        words = self._words(query)
        scores = []
        for index, (doc, length) in enumerate(zip(self.docs, self.lengths, strict=True)):
            score = 0.0
            for word in words:
                tf = doc.get(word, 0)
                if tf:
                    norm = tf + self.k1 * (1 - self.b + self.b * length / self.average)
                    score += self.idf[word] * tf * (self.k1 + 1) / norm
            scores.append((score, index))
        return [index for score, index in sorted(scores, key=lambda item: (-item[0], -item[1]))]


# --- Measuring ----------------------------------------------------------------------------------------


@dataclass
class Outcome:
    person: str
    language: str
    paraphrased: bool
    product_rank: int | None  # 1-based rank of the evidence conversation, None if not ranked
    bm25_rank: int | None
    evidence_found: int
    evidence_total: int
    tokens: int
    stage: str
    question: str = ""
    missing: list[str] = field(default_factory=list)


def evaluate(people: list[dict[str, Any]], loaded: dict[str, Any]) -> list[Outcome]:
    from customer_memory.context import build_context

    outcomes = []
    for person in people:
        customer, agent, conversation_ids = loaded[person["id"]]
        bm25 = BM25(
            [
                " ".join(message["text"] for message in conversation["messages"])
                for conversation in person["conversations"]
            ]
        )
        for question in person["questions"]:
            target = conversation_ids[question["conversation"]]
            ctx = build_context(customer, agent, query=question["q"])
            ranked = [episode["conversation_id"] for episode in ctx.episodes]
            bm25_ranking = bm25.ranking(question["q"])
            missing = [line for line in question["evidence"] if line not in ctx.context_text]
            outcomes.append(
                Outcome(
                    person=person["id"],
                    language=person["language"],
                    paraphrased=bool(question.get("paraphrased")),
                    product_rank=ranked.index(target) + 1 if target in ranked else None,
                    bm25_rank=bm25_ranking.index(question["conversation"]) + 1,
                    evidence_found=len(question["evidence"]) - len(missing),
                    evidence_total=len(question["evidence"]),
                    tokens=len(ctx.context_text) // 4,
                    stage=ctx.relationship_stage,
                    question=question["q"],
                    missing=missing,
                )
            )
    return outcomes


def recall_at(ranks: list[int | None], k: int) -> float:
    return sum(1 for rank in ranks if rank is not None and rank <= k) / max(len(ranks), 1)


@dataclass
class Summary:
    label: str
    questions: int
    product: dict[int, float]
    bm25: dict[int, float]
    evidence: float
    tokens_p50: float
    tokens_p95: float


def summarise(label: str, outcomes: list[Outcome]) -> Summary:
    tokens = sorted(outcome.tokens for outcome in outcomes) or [0]
    return Summary(
        label=label,
        questions=len(outcomes),
        product={k: recall_at([o.product_rank for o in outcomes], k) for k in KS},
        bm25={k: recall_at([o.bm25_rank for o in outcomes], k) for k in KS},
        evidence=sum(o.evidence_found for o in outcomes) / max(sum(o.evidence_total for o in outcomes), 1),
        tokens_p50=statistics.median(tokens),
        tokens_p95=tokens[min(len(tokens) - 1, math.ceil(0.95 * len(tokens)) - 1)],
    )


def summaries(outcomes: list[Outcome]) -> list[Summary]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[f"language {outcome.language}"].append(outcome)
    rows = [
        summarise("overall", outcomes),
        summarise("paraphrased", [o for o in outcomes if o.paraphrased]),
        summarise("not paraphrased", [o for o in outcomes if not o.paraphrased]),
    ]
    rows += [summarise(label, groups[label]) for label in sorted(groups)]
    return rows


def table(rows: list[Summary]) -> str:
    head = (
        f"| {'questions':<16} | {'n':>4} | {'product R@1':>11} | {'R@3':>5} | {'R@5':>5} | "
        f"{'BM25 R@1':>8} | {'R@3':>5} | {'R@5':>5} | {'evidence':>8} | {'tokens p50':>10} | {'p95':>5} |"
    )
    lines = [head, "|" + "|".join("-" * (len(cell)) for cell in head.split("|")[1:-1]) + "|"]
    for row in rows:
        lines.append(
            f"| {row.label:<16} | {row.questions:>4} | {row.product[1]:>11.2f} | {row.product[3]:>5.2f} | "
            f"{row.product[5]:>5.2f} | {row.bm25[1]:>8.2f} | {row.bm25[3]:>5.2f} | {row.bm25[5]:>5.2f} | "
            f"{row.evidence:>8.2f} | {row.tokens_p50:>10.0f} | {row.tokens_p95:>5.0f} |"
        )
    return "\n".join(lines)


# --- The command -------------------------------------------------------------------------------------


def _organization(*, reset: bool) -> bool:
    """Make sure the bench_recall organization exists; True when it was (re)created empty."""
    from django.db import connection
    from django_tenants.utils import schema_context

    from tenants.middleware import forget_cached_hosts
    from tenants.models import Organization
    from tenants.organizations import create_organization

    with schema_context("public"):
        exists = Organization.objects.filter(schema_name=SCHEMA).exists()
        if exists and reset:
            Organization.objects.filter(schema_name=SCHEMA).delete()
            with connection.cursor() as cursor:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE')
            forget_cached_hosts()
            exists = False
    if not exists:
        create_organization(schema_name=SCHEMA, name="Recall benchmark", domain=DOMAIN)
    return not exists


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.recall_quality", description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", action="store_true", help="measure the people loaded by an earlier run")
    parser.add_argument("--reindex", action="store_true", help="with --reuse: re-index every episode first")
    parser.add_argument("--json", help="also write the figures and every outcome to this file")
    parser.add_argument("--misses", type=int, default=0, help="print this many questions the product missed")
    parser.add_argument("data", nargs="*", type=Path, help="labelled files (default: benchmarks/data/recall/*.json)")
    args = parser.parse_args(argv)

    from benchmarks.__main__ import _setup_django

    _setup_django()
    from django.conf import settings
    from django.utils import timezone
    from django_tenants.utils import schema_context

    from customer_memory import recall

    # Offline and deterministic: the rules extractor and the local embedder.
    settings.MEMORY_EXTRACTOR = "rules"
    settings.OPENAI_API_KEY = ""
    people = load_people(args.data or None)
    started = time.perf_counter()
    fresh = _organization(reset=not args.reuse)
    with schema_context(SCHEMA):
        if fresh:
            loaded = load_into_current_schema(people, now=timezone.now(), out=sys.stdout)
        else:
            loaded = loaded_from_current_schema(people)
            if args.reindex:
                print(f"re-indexed {recall.reindex_episodes()} episodes")
        loaded_at = time.perf_counter()
        outcomes = evaluate(people, loaded)
    rows = summaries(outcomes)
    print(
        f"{len(people)} people, {sum(len(p['conversations']) for p in people)} conversations, "
        f"{len(outcomes)} questions; loaded in {loaded_at - started:.0f} s, "
        f"measured in {time.perf_counter() - loaded_at:.1f} s; stages: "
        + ", ".join(f"{stage} {n}" for stage, n in Counter(o.stage for o in outcomes).most_common())
    )
    print(table(rows))
    for outcome in [o for o in outcomes if o.product_rank is None or o.missing][: args.misses]:
        print(f"- {outcome.person} rank {outcome.product_rank} (BM25 {outcome.bm25_rank}): {outcome.question}")
        for line in outcome.missing:
            print(f"    missing: {line}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"summaries": [row.__dict__ for row in rows], "outcomes": [o.__dict__ for o in outcomes]},
                indent=1,
                ensure_ascii=False,
                default=str,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

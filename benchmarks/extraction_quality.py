"""Extraction quality on the labelled set (issue 12): `python -m benchmarks.extraction_quality`.

Reads benchmarks/data/extraction/*.json (format: FORMAT.md there), runs each case's conversations
through the offline rules extractor the way the product does (transcript masked by the secret
detector, result through the secret filter, facts merged into what the earlier conversations
left), and prints precision and recall per language and per fact kind, session-only items stored,
secrets stored, duplicate keys, follow-ups updated in place, and the extractor's p95 per message.
The English-only extractor from before (benchmarks/baselines/extraction_v1.py) runs in the same
pass as the baseline. Needs no database.

    python -m benchmarks.extraction_quality            # both, a table per language and kind
    python -m benchmarks.extraction_quality --misses   # also list every missed and wrong fact
    python -m benchmarks.extraction_quality --unseen   # the held-out set, written after the rules
    python -m benchmarks.extraction_quality --data benchmarks/data/extraction_unseen2   # any labelled folder
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "extraction"
# Written after the rules were tuned, by someone who had not seen them or the tuning set: generalization.
UNSEEN = Path(__file__).parent / "data" / "extraction_unseen"
TARGETS = {"precision": 0.9, "recall": 0.8, "recall_per_language": 0.7, "p95_ms": 2.0}


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    extracted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


@dataclass
class Report:
    name: str
    overall: Score = field(default_factory=Score)
    languages: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    kinds: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    session_only_stored: int = 0
    secrets_stored: int = 0
    duplicate_keys: int = 0
    followups: int = 0
    followups_updated: int = 0
    timings_ms: list[float] = field(default_factory=list)
    # CPU time of the same calls: what the extractor costs, whatever else the machine is doing.
    cpu_ms: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def load_cases(language: str = "", *, folder: Path = DATA) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.json")):
        cases += json.loads(path.read_text())
    if language:
        cases = [c for c in cases if c["language"] == language or language in c.get("languages", [])]
    return cases


def _extractors(*, baseline: bool) -> list[tuple[str, Any, Any]]:
    from customer_memory import extraction

    chosen: list[tuple[str, Any, Any]] = [("rules (now)", extraction, extraction.RulesExtractor())]
    if baseline:
        from benchmarks.baselines import extraction_v1

        chosen.append(("baseline v1", extraction_v1, extraction_v1.RulesExtractor()))
    return chosen


def run(
    *,
    show_misses: bool = False,
    language: str = "",
    baseline: bool = True,
    timings: bool = True,
    unseen: bool = False,
    folder: Path | None = None,
) -> list[Report]:
    from conversations.secrets import Redactor
    from customer_memory.extraction.rules.text import lower_fold
    from customer_memory.fact_keys import canonical_key

    cases = load_cases(language, folder=folder or (UNSEEN if unseen else DATA))
    reports = []
    for name, module, extractor in _extractors(baseline=baseline):
        report = Report(name)
        for case in cases:
            memory: dict[str, dict[str, str]] = {}
            texts: list[str] = []
            for conversation in case["conversations"]:
                redactor = Redactor()
                lines = [module.TranscriptLine(m["role"], redactor.redact(m["text"])) for m in conversation]
                known = {key: fact["value"] for key, fact in memory.items()}
                source = module.ExtractionInput(lines=lines, known_facts=known)
                result = module.filter_secrets(extractor.extract(source), redactor)
                keys = [canonical_key(f.key) for f in result.facts]
                report.duplicate_keys += len(keys) - len(set(keys))
                _merge(memory, result.facts, canonical_key)
                texts += [result.summary, result.episode_summary, result.personal_details, *result.open_issues]
                for message in conversation:
                    if message["role"] != "customer" or not timings:
                        continue
                    single = module.ExtractionInput(lines=[module.TranscriptLine("customer", message["text"])])
                    started, cpu = time.perf_counter(), time.thread_time()
                    extractor.extract(single)
                    report.timings_ms.append((time.perf_counter() - started) * 1000)
                    report.cpu_ms.append((time.thread_time() - cpu) * 1000)
            _score(report, case, memory, texts, lower_fold, canonical_key, show_misses)
        reports.append(report)
    return reports


def _merge(memory: dict[str, dict[str, str]], facts: list[Any], canonical_key: Any) -> None:
    """The product's merge rules for AI facts (customer_memory.extraction.merge), without a database."""
    from customer_memory.extraction.merge import MULTI_VALUED, _append_distinct

    rank = {"low": 0, "medium": 1, "high": 2}
    for fact in facts:
        key = canonical_key(fact.key)
        existing = memory.get(key)
        previous = getattr(fact, "previous", "")
        if existing is not None and key in MULTI_VALUED:
            existing["value"] = _append_distinct(existing["value"], fact.value)
        elif existing is None:
            memory[key] = {"value": fact.value, "previous": previous, "confidence": fact.confidence}
        elif existing["value"].casefold() != fact.value.casefold() and rank.get(fact.confidence, 1) >= rank.get(
            existing["confidence"], 1
        ):
            memory[key] = {"value": fact.value, "previous": existing["value"], "confidence": fact.confidence}


def _score(report: Report, case: dict[str, Any], memory: dict[str, dict[str, str]], texts: list[str],
           lower_fold: Any, canonical_key: Any, show_misses: bool) -> None:  # fmt: skip
    language = case["language"]
    values = {key: lower_fold(fact["value"]) for key, fact in memory.items()}
    matched_keys: set[str] = set()
    for gold in case["facts"]:
        key = canonical_key(gold["key"])
        kind = gold["kind"]
        tokens = [lower_fold(token) for token in gold.get("match", [])]
        hit = key in values and (not tokens or any(token in values[key] for token in tokens))
        for score in (report.overall, report.languages[language], report.kinds[kind]):
            score.gold += 1
            score.found += hit
        if hit:
            matched_keys.add(key)
        elif show_misses:
            report.misses.append(f"{case['id']}: missed {key} {tokens} (got {values.get(key)!r})")
    gold_kinds = {canonical_key(g["key"]): g["kind"] for g in case["facts"]}
    for key in values:
        correct = key in matched_keys
        kind = gold_kinds.get(key, _kind_of(key))
        for score in (report.overall, report.languages[language], report.kinds[kind]):
            score.extracted += 1
            score.correct += correct
        if not correct and show_misses:
            report.misses.append(f"{case['id']}: wrong {key} = {memory[key]['value']!r}")
    fact_text = " | ".join(values.values())
    for item in case.get("session_only", []):
        if lower_fold(item) in fact_text:
            report.session_only_stored += 1
            if show_misses:
                report.misses.append(f"{case['id']}: session-only stored {item!r}")
    everything = lower_fold(fact_text + " | " + " | ".join(t for t in texts if t))
    digits_everything = "".join(c for c in everything if c.isdigit())
    for secret in case.get("secrets", []):
        folded = lower_fold(secret)
        digits = "".join(c for c in folded if c.isdigit())
        leaked = folded in everything or (len(digits) >= 6 and digits in digits_everything)
        if leaked:
            report.secrets_stored += 1
            if show_misses:
                report.misses.append(f"{case['id']}: secret stored {secret!r}")
    for update in case.get("updates", []):
        report.followups += 1
        fact = memory.get(canonical_key(update["key"]))
        targets = update["to"] if isinstance(update["to"], list) else [update["to"]]
        if (
            fact
            and any(lower_fold(target) in lower_fold(fact["value"]) for target in targets)
            and lower_fold(update["from"]) in lower_fold(fact["previous"])
        ):
            report.followups_updated += 1
        elif show_misses:
            report.misses.append(f"{case['id']}: follow-up {update} not in place (got {fact})")


def _kind_of(key: str) -> str:
    if key in {"name", "preferred_name"}:
        return "name"
    if key in {"location", "hometown"}:
        return "location"
    if key in {"occupation", "employer"}:
        return key
    return "other"


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else (values[0] if values else 0.0)


def render(reports: list[Report]) -> str:
    lines = []
    for report in reports:
        o = report.overall
        lines.append(f"## {report.name}")
        lines.append(
            f"overall: precision {o.precision:.3f}  recall {o.recall:.3f}  ({o.found}/{o.gold} gold found, "
            f"{o.correct}/{o.extracted} stored facts right)"
        )
        lines.append("| language | precision | recall | gold |")
        lines.append("|---|---|---|---|")
        for language, score in sorted(report.languages.items()):
            lines.append(f"| {language} | {score.precision:.3f} | {score.recall:.3f} | {score.gold} |")
        lines.append("| kind | precision | recall | gold |")
        lines.append("|---|---|---|---|")
        for kind, score in sorted(report.kinds.items()):
            lines.append(f"| {kind} | {score.precision:.3f} | {score.recall:.3f} | {score.gold} |")
        lines.append(
            f"session-only stored {report.session_only_stored}; secrets stored {report.secrets_stored}; "
            f"duplicate keys {report.duplicate_keys}; follow-ups updated in place "
            f"{report.followups_updated}/{report.followups}; p95 per message {_p95(report.timings_ms):.3f} ms "
            f"(CPU time p50 {statistics.median(report.cpu_ms or [0]):.3f}, p95 {_p95(report.cpu_ms):.3f} ms)"
        )
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.extraction_quality")
    parser.add_argument("--misses", action="store_true", help="list every missed or wrong fact of the product")
    parser.add_argument("--unseen", action="store_true", help="the held-out set (benchmarks/data/extraction_unseen)")
    parser.add_argument("--data", type=Path, help="another folder of labelled transcripts (FORMAT.md)")
    parser.add_argument("--language", default="", help="only the cases of this language (en, vi, es, he, fr, de, pt)")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "customer_memory.settings")
    import django

    django.setup()
    reports = run(show_misses=args.misses, language=args.language, unseen=args.unseen, folder=args.data)
    print(render(reports))
    if args.misses:
        print("\n".join(reports[0].misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())

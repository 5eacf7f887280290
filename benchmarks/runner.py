"""`python -m benchmarks run`: measure every operation and print the table."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.urls import clear_url_caches
from django_tenants.utils import schema_context

from benchmarks import dataset, operations
from benchmarks.harness import Operation, Result, measure

BASE_DIR = Path(__file__).resolve().parent.parent


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu or platform.processor()}), Python {platform.python_version()}, {platform.system()}"


def _database_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('server_version'), (SELECT extversion FROM pg_extension WHERE extname = 'vector')"
        )
        version, vector = cursor.fetchone()
    return f"PostgreSQL {version}, pgvector {vector}"


def build(setup: operations.Setup, *, quick: bool) -> list[Operation]:
    built: list[Operation] = []
    built += operations.context_operations(setup)
    built += operations.extraction_operations(setup)
    built += operations.ingest_operations(setup)
    built += operations.people_operations(setup)
    built += operations.routing_operations(setup)
    built.append(operations.tenant_creation_operation(setup, rounds=2 if quick else 5))
    return built


def migrate_schemas_seconds() -> tuple[float, int, str]:
    """`manage.py migrate_schemas` with nothing to do, as an operator runs it: a new process.

    Not timed when a migration is pending: that run would migrate every organization of the
    development database (minutes with 1,000 of them), and it is not the case measured.
    """
    from tenants.models import Organization
    from tenants.schema_migrations import pending_schemas

    with schema_context("public"):
        schemas = list(Organization.objects.values_list("schema_name", flat=True))
        pending = pending_schemas(schemas)
    if pending:
        return (
            math.nan,
            len(schemas),
            f"not timed: {len(pending):,} schemas have migrations to apply; run it once first",
        )
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "manage.py", "migrate_schemas"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    tail = (completed.stdout + completed.stderr).strip().splitlines()[-1:] if completed.returncode else []
    return seconds, len(schemas), tail[0] if tail else ""


def main(args: argparse.Namespace) -> int:
    target = dataset.QUICK if args.quick else dataset.FULL
    if not dataset.is_generated(target):
        print(f"{target.schema} is not generated yet: generating it first")
        dataset.generate(target)

    settings.ROOT_URLCONF = "benchmarks.urls"
    clear_url_caches()
    setup = operations.Setup.create(target)
    try:
        built = build(setup, quick=args.quick)
        baselines = operations.baselines(setup)
        if args.list:
            for operation in [*baselines.values(), *built]:
                print(operation.name)
            return 0
        if args.only:
            built = [op for op in built if any(word.lower() in op.name.lower() for word in args.only)]
        rounds = args.rounds or (8 if args.quick else 30)
        print(f"{machine()}; {_database_version()}")
        print(f"organization {target.schema}: {_counts(target)}; {len(setup.small_hosts):,} small organizations")
        started = time.perf_counter()
        results = measure(built, baselines, rounds=rounds)
        seconds = time.perf_counter() - started
        migrate = None
        if not args.quick and (not args.only or any("migrate" in word for word in args.only)):
            migrate = migrate_schemas_seconds()
        _report(results, built, migrate, rounds=rounds, seconds=seconds)
        if args.json:
            Path(args.json).write_text(
                json.dumps(
                    {
                        "machine": machine(),
                        "database": _database_version(),
                        "organization": target.schema,
                        "small_organizations": len(setup.small_hosts),
                        "rounds": rounds,
                        "results": [result.as_dict() for result in results.values()],
                        "migrate_schemas": {
                            "seconds": None if math.isnan(migrate[0]) else migrate[0],
                            "organizations": migrate[1],
                            "note": migrate[2],
                        }
                        if migrate
                        else None,
                    },
                    indent=2,
                )
            )
        return 0
    finally:
        setup.finish()


def _counts(target: dataset.Target) -> str:
    from django.db import connection

    counts = []
    with connection.cursor() as cursor:
        for model in dataset.TABLE_MODELS:
            # The planner's estimate: counting 2M rows would take longer than some benchmarks.
            cursor.execute(
                "SELECT reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s AND c.relname = %s",
                [target.schema, model._meta.db_table],
            )
            counts.append(f"{int(cursor.fetchone()[0]):,} {model._meta.verbose_name_plural}")
    return ", ".join(counts)


def _ms(value: float) -> str:
    return "-" if math.isnan(value) else f"{value * 1000:.2f}"


def _report(
    results: dict[str, Result],
    built: list[Operation],
    migrate: tuple[float, int, str] | None,
    *,
    rounds: int,
    seconds: float,
) -> None:
    width = max(len(name) for name in results) + 2
    header = (
        f"{'operation':<{width}} {'calls':>6} {'median ms':>10} {'p95 ms':>9} {'x base':>7} {'SQL':>4} "
        f"{'CPU ms':>7}  result"
    )
    print()
    print(
        f"{rounds} interleaved rounds in {seconds:.0f} s, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
        "'x base': median of per-round ratios to the baseline; 'CPU ms': application + database CPU per call"
    )
    print(header)
    print("-" * len(header))
    for result in results.values():
        ratio = f"{result.ratio:.2f}" if result.ratios else "-"
        statements = "-" if result.statements is None else str(result.statements)
        if result.note:
            outcome = result.note
        elif result.met is None:
            outcome = result.target
        else:
            outcome = f"{'MET ' if result.met else 'MISSED '} {result.verdict}  [target: {result.target}]"
        print(
            f"{result.name:<{width}} {len(result.samples):>6} {_ms(result.median):>10} {_ms(result.p95):>9} "
            f"{ratio:>7} {statements:>4} {_ms(result.cpu_per_call):>7}  {outcome}"
        )
    print()
    for line in _comparisons(results):
        print(line)
    if migrate is not None:
        seconds_taken, count, error = migrate
        verdict = "MET" if seconds_taken <= 60 and not error else "MISSED" if not error else "NOT MEASURED"
        print(
            f"migrate_schemas with nothing to do, {count:,} organizations: {seconds_taken:.1f} s "
            f"({verdict}, target <= 60 s){'; ' + error if error else ''}"
        )


def _comparisons(results: dict[str, Result]) -> list[str]:
    lines = []

    def find(prefix: str) -> Result | None:
        return next((r for name, r in results.items() if name.startswith(prefix) and r.samples), None)

    for kind in ("UI", "API"):
        first, deep = find(f"People list ({kind}): page 1"), find(f"People list ({kind}): deep page")
        if first and deep:
            ratio = deep.median / first.median
            same = first.statements == deep.statements
            verdict = "MET" if ratio <= 1.5 and same else "MISSED"
            lines.append(
                f"People list ({kind}): deep page / page 1 = {ratio:.2f}x, SQL {first.statements} vs "
                f"{deep.statements} ({verdict}, target <= 1.5x and the same count)"
            )
    plain = find("context (API): 40 facts")
    crowded = find("context (API): same, after a request to one of")
    if plain and crowded and plain.ratios and crowded.ratios:
        change = crowded.ratio / plain.ratio - 1
        verdict = "MET" if abs(change) <= 0.10 else "MISSED"
        lines.append(
            f"context with other tenants' traffic vs without: {change:+.1%} in ratio to the api baseline "
            f"({verdict}, target within 10%)"
        )
    routing = find("tenant routing")
    if routing and routing.differences:
        lines.append(
            f"tenant routing overhead: {routing.difference * 1000:.3f} ms per request "
            f"({'MET' if routing.difference <= 0.0003 else 'MISSED'}, target <= 0.3 ms)"
        )
    return lines


def as_json(results: dict[str, Result]) -> list[dict[str, Any]]:
    return [result.as_dict() for result in results.values()]

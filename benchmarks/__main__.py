"""`python -m benchmarks`: generate the data set and run the benchmarks.

    python -m benchmarks generate                 # 100k people, 1M facts, 1M episodes, 2M messages (schema bench)
    python -m benchmarks generate --tenants 1000  # ... and 1,000 small organizations
    python -m benchmarks run                      # every operation against the bench organization
    python -m benchmarks run --quick              # a small organization (bench_quick), under a minute
    python -m benchmarks                          # same as `run`, generating what is missing first

Runs against the development database (the embedded PostgreSQL in .pgdata/
or DATABASE_URL), never the test database. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.dataset import Target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command")

    generate = commands.add_parser("generate", help="create and fill the benchmark organization(s)")
    generate.add_argument("--quick", action="store_true", help="the small organization (bench_quick)")
    generate.add_argument("--reset", action="store_true", help="drop the benchmark organization first")
    generate.add_argument("--people", type=int, help="override the number of people")
    generate.add_argument("--facts", type=int, help="override the number of facts")
    generate.add_argument("--episodes", type=int, help="override the number of episodes (= closed conversations)")
    generate.add_argument("--messages", type=int, help="override the number of messages")
    generate.add_argument("--tenants", type=int, default=0, help="also make sure this many small organizations exist")
    generate.add_argument("--seed", type=int, default=7)

    run = commands.add_parser("run", help="measure every operation in interleaved rounds")
    run.add_argument("--quick", action="store_true", help="against the small organization, fewer rounds")
    run.add_argument("--rounds", type=int, help="rounds per operation (default 30, --quick 8)")
    run.add_argument("--only", nargs="*", default=[], help="run only operations whose name contains one of these")
    run.add_argument("--json", help="also write the results to this file")
    run.add_argument("--list", action="store_true", help="list the operations and exit")

    drop = commands.add_parser("drop", help="delete benchmark organizations")
    drop.add_argument("--quick", action="store_true", help="the small organization (bench_quick)")
    drop.add_argument("--tenants", action="store_true", help="the small organizations instead")

    args = parser.parse_args(argv)
    _setup_django()

    if args.command == "generate":
        return _generate(args)
    if args.command == "drop":
        return _drop(args)
    if args.command is None:
        args = parser.parse_args(["run", *(argv or [])])
    return _run(args)


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "customer_memory.settings")
    # The throttle still runs on every request; its limit must not cut the measurement short.
    os.environ.setdefault("API_RATE_LIMIT", "100000000/min")
    import django
    from django.conf import settings

    django.setup()
    # Production-like: no query log kept in memory, no debug pages.
    settings.DEBUG = False


def _target(args: argparse.Namespace) -> Target:
    from dataclasses import replace

    from benchmarks import dataset

    target = dataset.QUICK if args.quick else dataset.FULL
    overrides: dict[str, int] = {
        name: getattr(args, name) for name in ("people", "facts", "episodes", "messages") if getattr(args, name, None)
    }
    if overrides:
        target = replace(target, size=replace(target.size, **overrides))
    return target


def _generate(args: argparse.Namespace) -> int:
    from benchmarks import dataset

    target = _target(args)
    if args.reset:
        print(f"dropping {target.schema}...")
        dataset.drop_organization(target)
    if dataset.is_generated(target):
        print(f"{target.schema} is already generated (use --reset to start over)")
    else:
        size = target.size
        print(
            f"generating {target.schema} ({target.domain}): {size.people:,} people, {size.facts:,} facts, "
            f"{size.episodes:,} episodes, {size.messages:,} messages"
        )
        timings = dataset.generate(target, seed=args.seed)
        for name, seconds in timings.items():
            print(f"  {name:<40} {seconds:8.1f} s")
    if args.tenants:
        from benchmarks import organizations

        organizations.ensure_small_organizations(args.tenants)
    return 0


def _drop(args: argparse.Namespace) -> int:
    from benchmarks import dataset

    if args.tenants:
        from benchmarks import organizations

        print(f"dropped {organizations.drop_small_organizations()} small organizations")
        return 0
    target = _target(args)
    dataset.drop_organization(target)
    print(f"dropped {target.schema}")
    return 0


def _run(args: argparse.Namespace) -> int:
    from benchmarks import runner

    return runner.main(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

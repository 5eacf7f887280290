"""Rules extraction, per message: p50/p95/p99 and their ratio to a trivial baseline measured in the same run.

    python -m benchmarks.bench_engine                  # 2,000 messages x 5 rounds
    python -m benchmarks.bench_engine --messages 500 --rounds 3

Each message goes through the whole offline pipeline: the secret filter on the
transcript, the rules (facts, mood, issues, classification), the episode and
rolling summary, and the secret filter on the result. The baseline is
`str.lower()` plus a dict lookup of the same message, timed in the same
interleaved loop, so the ratio holds on a faster or slower machine. The target
is p95 <= 2 ms per message (issue 12; issue 3's 1 ms was the English-only extractor's). No database is touched.

`rules_extraction_call()` is the hook the full harness (`python -m benchmarks`) uses.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

TARGET_P95_MS = 2.0  # issue 12

_TEMPLATES = [
    "Hi, my name is {name} and I live in {city}.",
    "I'm {age} years old and I work as a {job} at {company}.",
    "My wife {name} and I have two kids, and our dog {pet} loves your treats.",
    "Please keep your answers short. Always confirm before sending anything.",
    "I asked about the {product} yesterday and placed order #{number}, where is it?",
    "My {product} arrived broken and I'm really frustrated, this is the second time!",
    "I prefer email, and I usually shop on weekends.",
    "Can you check my order {number}? The tracking page says it is delayed.",
    "Thanks, that fixed it! You have been really helpful.",
    "I'm a {job} and I'm vegetarian, so no meat in the box please.",
    "My card is 4111 1111 1111 1111 and the cvv is 123, can you charge it?",
    "The verification code is {number} and my password is hunter{age}.",
    "Actually I moved to {city} last month, please update my address.",
    "I don't understand the invoice, what do you mean by service fee??",
    "I want to speak to a manager right now, this is unacceptable.",
    "hello",
    "ok thanks",
    "Could you tell me the opening hours of the {city} store on Sunday?",
    (
        "I have been a customer for years and I always buy the {product} in blue, but this time the colour was "
        "wrong and the size was too small, so I would like to exchange it for a larger one if that is possible, "
        "and please call me back on my mobile because I am at work during the day."
    ),
    "Never call me before 9am. Contact me by WhatsApp instead.",
]
_WORDS = {
    "name": ["Arjun", "Priya", "Linh", "Sofia", "Noah", "Grace", "Hugo", "Mia"],
    "city": ["Mumbai", "Lisbon", "Berlin", "Hanoi", "San Francisco", "Lyon", "Oslo"],
    "age": [str(n) for n in range(19, 80)],
    "job": ["nurse", "teacher", "software engineer", "chef", "architect", "student"],
    "company": ["Google", "the city hospital", "Acme Corp", "a small bakery"],
    "pet": ["Bruno", "Luna", "Max", "Coco"],
    "product": ["blue jacket", "desk lamp", "polo shirt", "coffee grinder", "running shoes"],
    "number": [str(n) for n in range(100000, 100050)],
}


def sample_messages(count: int, *, seed: int = 7) -> list[str]:
    """`count` plausible customer messages (secrets, chatter and long ones included)."""
    picker = random.Random(seed)
    messages = []
    for index in range(count):
        template = _TEMPLATES[index % len(_TEMPLATES)]
        values = {key: picker.choice(options) for key, options in _WORDS.items()}
        messages.append(template.format(**values))
    picker.shuffle(messages)
    return messages


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "customer_memory.settings")
    import django

    django.setup()


def _extract_one() -> Callable[[str], Any]:
    """The per-message pipeline, as the extraction task runs it offline."""
    from django.utils import timezone

    from conversations.secrets import Redactor
    from customer_memory.extraction import (
        ExtractionInput,
        RulesExtractor,
        TranscriptLine,
        filter_secrets,
    )

    extractor = RulesExtractor()
    when = timezone.now()

    def extract(text: str) -> Any:
        redactor = Redactor()
        line = TranscriptLine("customer", redactor.redact(text))
        return filter_secrets(extractor.extract(ExtractionInput(lines=[line], when=when, channel="WhatsApp")), redactor)

    return extract


def _baseline() -> Callable[[str], Any]:
    table = {"hello": 1}

    def baseline(text: str) -> Any:
        return table.get(text.lower())

    return baseline


def rules_extraction_call(messages: int = 50) -> tuple[Callable[[], None], int]:
    """For the harness: a call that extracts `messages` messages, and that count."""
    extract = _extract_one()
    texts = sample_messages(messages)

    def call() -> None:
        for text in texts:
            extract(text)

    return call, len(texts)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def measure(messages: int, rounds: int) -> dict[str, dict[str, float]]:
    """Per-message milliseconds, wall clock and this thread's CPU time, for the extraction and the baseline."""
    extract, baseline = _extract_one(), _baseline()
    texts = sample_messages(messages)
    for text in texts[:50]:  # warm up caches and the regex engine
        extract(text)
        baseline(text)
    timings: dict[str, list[float]] = {name: [] for name in SERIES}
    wall, cpu = time.perf_counter_ns, time.thread_time_ns
    picker = random.Random(11)
    for _ in range(rounds):
        picker.shuffle(texts)
        for text in texts:
            wall_start, cpu_start = wall(), cpu()
            baseline(text)
            wall_middle, cpu_middle = wall(), cpu()
            extract(text)
            wall_end, cpu_end = wall(), cpu()
            timings["baseline, wall"].append((wall_middle - wall_start) / 1e6)
            timings["baseline, cpu"].append((cpu_middle - cpu_start) / 1e6)
            timings["rules, wall"].append((wall_end - wall_middle) / 1e6)
            timings["rules, cpu"].append((cpu_end - cpu_middle) / 1e6)
    return {
        name: {
            "p50": statistics.median(samples),
            "p95": percentile(samples, 0.95),
            "p99": percentile(samples, 0.99),
            "max": max(samples),
        }
        for name, samples in timings.items()
    }


SERIES = ("rules, wall", "baseline, wall", "rules, cpu", "baseline, cpu")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_engine", description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    _setup_django()

    results = measure(args.messages, args.rounds)
    print(
        f"Rules extraction per message ({args.messages * args.rounds:,} samples; "
        "baseline: str.lower() + dict lookup of the same message, timed in the same loop)"
    )
    print(f"{'':16}{'p50':>12}{'p95':>12}{'p99':>12}{'max':>12}")
    for clock in ("wall", "cpu"):
        rules, base = results[f"rules, {clock}"], results[f"baseline, {clock}"]
        for name, row in ((f"rules, {clock}", rules), (f"baseline, {clock}", base)):
            print(f"{name:16}" + "".join(f"{row[key] * 1000:>9.1f} µs" for key in ("p50", "p95", "p99", "max")))
        ratios = "".join(
            f"{rules[key] / base[key]:>11.0f}x" if base[key] else f"{'-':>12}" for key in ("p50", "p95", "p99")
        )
        print(f"{'ratio, ' + clock:16}{ratios}")
    wall_p95, cpu_p95 = results["rules, wall"]["p95"], results["rules, cpu"]["p95"]
    passed = wall_p95 <= TARGET_P95_MS
    print(
        f"target p95 <= {TARGET_P95_MS:g} ms per message (wall clock): {'PASS' if passed else 'FAIL'} ({wall_p95:.3f} ms)"
    )
    if not passed and cpu_p95 <= TARGET_P95_MS:
        # Wall-clock tails on a busy machine are time spent waiting for a CPU.
        print(f"  CPU time p95 is {cpu_p95:.3f} ms: the wall-clock tail is the machine's load, not the extraction.")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())

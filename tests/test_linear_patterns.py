"""Every regular expression that reads customer text runs in linear time (issue 16, finding 2).

Any end customer can send any text up to the 20,000-character message limit,
so one pattern that backtracks polynomially stalls a worker for minutes: a
single `\\s*` too many made "account" + 400 spaces + "x 123456" take 34.8 s.

The patterns are discovered, not listed, so a rule added later is covered
without anyone remembering this file: every compiled pattern at module level
(also inside lists, tuples, sets, dicts, dataclasses and the modules' own
objects) of the modules that run on customer text. Each meets adversarial
texts built from its own literal words, at sizes doubling up to the limit,
so a slow pattern fails at a small size within a second instead of hanging
the run.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import random
import re
import time
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from conversations.ingest_item import MAX_CONTENT_LENGTH

# The modules whose patterns run on customer text (messages, facts learned from them, search boxes).
CUSTOMER_TEXT_MODULES = (
    "conversations.secrets",
    "customer_memory.extraction",
    "customer_memory.context",
    "customer_memory.context_items",
    "customer_memory.recall_terms",
    "conversations.models",
    "conversations.ingestion",
)
BUDGET_SECONDS = 0.050
# Growing, so a super-linear pattern fails at a small size instead of hanging the run (the old
# `_LINK` took 0.5 s at 100 characters and 35 s at 400); one under budget at 2,500 and quadratic
# costs at most 64x the budget at the limit.
SIZES = (100, 400, 2_500, MAX_CONTENT_LENGTH)
KEYWORDS_PER_PATTERN = 3
# Enough to show what is slow; more would only cost time.
MAX_SLOW_CASES = 3


def modules() -> Iterator[ModuleType]:
    for name in CUSTOMER_TEXT_MODULES:
        module = importlib.import_module(name)
        yield module
        # A package (extraction may become one): every module in it.
        if hasattr(module, "__path__"):
            for info in pkgutil.walk_packages(module.__path__, prefix=f"{name}."):
                yield importlib.import_module(info.name)


def patterns_in(value: Any, module: ModuleType, path: str, seen: set[int]) -> Iterator[tuple[str, re.Pattern[str]]]:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from patterns_in(key, module, f"{path}[{key!r}]", seen)
            yield from patterns_in(item, module, f"{path}[{key!r}]", seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for index, item in enumerate(value):
            yield from patterns_in(item, module, f"{path}[{index}]", seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from patterns_in(getattr(value, item.name), module, f"{path}.{item.name}", seen)
    elif type(value).__module__ == module.__name__ and not isinstance(value, type):
        # A rule object of the module's own making (a class with attributes or slots).
        attributes = dict(getattr(value, "__dict__", {}))
        for name in getattr(type(value), "__slots__", ()):
            if hasattr(value, name):
                attributes[name] = getattr(value, name)
        for name, item in attributes.items():
            yield from patterns_in(item, module, f"{path}.{name}", seen)


def discovered_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    seen_patterns: set[tuple[str, int]] = set()
    for module in modules():
        seen: set[int] = set()
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            for path, pattern in patterns_in(value, module, f"{module.__name__}.{name}", seen):
                # Imported or shared patterns are measured once.
                if (pattern.pattern, pattern.flags) not in seen_patterns:
                    seen_patterns.add((pattern.pattern, pattern.flags))
                    found[path] = pattern
    return found


PATTERNS = discovered_patterns()

# Syntax that is not literal text: escapes, group and flag openings, lookarounds, classes, repeats.
_SYNTAX = re.compile(
    r"\\[pPN]\{[^}]*\}|\\[a-zA-Z]|\\.|\(\?P?<\w+>|\(\?P=\w+\)|\(\?<?[=!]|\(\?[aiLmsux-]*[:)]|\(\?>"
    r"|\[(?:\\.|[^\]\\])*\]|\{\d*,?\d*\}"
)
_LITERAL = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")


def literal_words(pattern: re.Pattern[str]) -> list[str]:
    """The pattern's own words and phrases ("account", "would be", "mật khẩu"), in order of appearance."""
    words = dict.fromkeys(word.lower() for word in _LITERAL.findall(_SYNTAX.sub(" ", pattern.pattern)))
    return [word for word in words if len(word) > 1 or word in "ai"]


def chosen_words(name: str, pattern: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """Keywords to repeat (the first, where a rule starts, and a reproducible sample) and short linking words."""
    words = literal_words(pattern)
    keywords = words
    if len(words) > KEYWORDS_PER_PATTERN:
        keywords = words[:2] + random.Random(name).sample(words[2:], KEYWORDS_PER_PATTERN - 2)
    links = [word for word in words if len(word) <= 4 and word not in keywords][:KEYWORDS_PER_PATTERN]
    return keywords, links


def repeat(unit: str, size: int, *, head: str = "", tail: str = "") -> str:
    room = max(size - len(head) - len(tail), 0)
    return head + (unit * (room // len(unit) + 1))[:room] + tail


TextOfSize = Callable[[int], str]

GENERIC_CASES: dict[str, TextOfSize] = {
    "spaces": lambda n: " " * n,
    "tabs": lambda n: "\t" * n,
    "newlines": lambda n: "\n" * n,
    "mixed whitespace": lambda n: repeat(" \t\n\r\u00a0", n),
    "spaces then x 123456": lambda n: repeat(" ", n, tail="x 123456"),
    "digits": lambda n: "7" * n,
    "digits and spaces": lambda n: repeat("4 ", n),
    "digit groups with spaces": lambda n: repeat("4111 ", n),
    "digit groups with dashes": lambda n: repeat("12-", n),
    "digits and letters": lambda n: repeat("DE89", n),
    "punctuation": lambda n: repeat(".,;:!?()[]'\"#/-+=*", n),
    "open parentheses": lambda n: "(" * n,
    "dots": lambda n: "." * n,
    "letters": lambda n: "a" * n,
    "words": lambda n: repeat("ab ", n),
    "capitalised words": lambda n: repeat("Anna ", n),
    "capitals": lambda n: "A" * n,
    "vietnamese": lambda n: repeat("mật khẩu của tôi là số tài khoản mã OTP ", n),
    "vietnamese without diacritics": lambda n: repeat("mat khau cua toi la so tai khoan ma xac nhan ", n),
    "hebrew": lambda n: repeat("הסיסמה שלי היא תעודת זהות חשבון ", n),
    "accented latin": lambda n: repeat("contraseña número código é ü ß ç ", n),
}


def keyword_cases(words: list[str], links: list[str]) -> dict[str, TextOfSize]:
    """Each keyword repeated and followed by what could be read as its link or value, at length.

    The first keyword (where a rule starts) gets every shape; the others the ones that found
    slow patterns, to keep the run short.
    """
    cases: dict[str, TextOfSize] = {}
    for index, word in enumerate(words):
        cases |= {
            f"{word!r} repeated": lambda n, w=word: repeat(w + " ", n),
            f"{word!r} + spaces + 'x 123456'": lambda n, w=word: repeat(" ", n, head=w, tail="x 123456"),
            f"{word!r} + newlines + x": lambda n, w=word: repeat("\n", n, head=w, tail="x"),
            f"{word!r} + digits and spaces": lambda n, w=word: repeat("1 ", n, head=w + " "),
        }
        if index == 0:
            cases |= {
                f"{word!r} glued": lambda n, w=word: repeat(w, n),
                f"{word!r} + tabs + digits": lambda n, w=word: repeat("\t", n, head=w, tail="1"),
                f"{word!r} + colons": lambda n, w=word: repeat(":", n, head=w, tail="1"),
                f"{word!r} + ' is' repeated": lambda n, w=word: repeat(" is", n, head=w, tail=" x"),
                f"{word!r} + words": lambda n, w=word: repeat("ab ", n, head=w + " "),
                f"{word!r} + capitalised words": lambda n, w=word: repeat("Anna ", n, head=w.title() + " "),
            }
    # The first word, then another word of the pattern over and over ("password is is is ...").
    for other in [*words[1:], *links] if words else []:
        cases[f"{words[0]!r} + {other!r} repeated"] = lambda n, w=words[0], o=other: repeat(" " + o, n, head=w)
    return cases


def random_cases(name: str, words: list[str]) -> dict[str, TextOfSize]:
    """Texts stitched from the pattern's words and the pieces secrets are made of, at random but reproducible."""
    pieces = [*words, " ", "   ", "\t", "\n", "1", "123456", "4111 ", "-", ":", "=", ".", ",", "is", "x", "Anna", "ệ"]

    def stitched(seed: int) -> TextOfSize:
        def text(n: int) -> str:
            rng = random.Random(f"{name}:{seed}")
            parts: list[str] = []
            length = 0
            while length < n:
                piece = rng.choice(pieces) * rng.choice((1, 1, 2, 50))
                parts.append(piece)
                length += len(piece)
            return "".join(parts)[:n]

        return text

    return {f"random #{seed}": stitched(seed) for seed in range(2)}


def timed(run: Callable[[str], object], text: str) -> tuple[float, float]:
    """Wall time (time.perf_counter) and this thread's CPU time of one run."""
    started, started_cpu = time.perf_counter(), time.thread_time()
    run(text)
    return time.perf_counter() - started, time.thread_time() - started_cpu


def slowest_operation(pattern: re.Pattern[str], text: str) -> tuple[str, float]:
    """The slowest of search, findall and sub on `text`, and its wall time; 0 when it was within budget.

    Over budget on the wall clock only, not in CPU time, means the machine was busy (parallel
    tests, other runs on the two cores), not that the pattern worked: a slow pattern is slow in
    both. Just over budget in both, it runs once more and the faster run counts.
    """
    slowest = ("", 0.0)
    for operation, run in (
        ("search", pattern.search),
        ("findall", pattern.findall),
        ("sub", lambda t: pattern.sub("", t)),
    ):
        elapsed, cpu = timed(run, text)
        if BUDGET_SECONDS < cpu < 4 * BUDGET_SECONDS:
            elapsed, cpu = min((elapsed, cpu), timed(run, text))
        if elapsed > BUDGET_SECONDS and cpu > BUDGET_SECONDS and elapsed > slowest[1]:
            slowest = (operation, elapsed)
    return slowest


def test_the_patterns_are_discovered():
    names = set(PATTERNS)

    assert len(names) > 30
    assert "customer_memory.context_items._NAMED" in names
    assert sum(name.startswith("conversations.secrets.") for name in names) > 20
    assert any(name.startswith("customer_memory.extraction.") for name in names)


def test_literal_words_are_read_off_the_pattern_source():
    pattern = re.compile(r"\b(?:account|acct)\s*(?:is|would be)?(?P<v>[^\s.]{2,})(?=\s)", re.IGNORECASE)

    assert literal_words(pattern) == ["account", "acct", "is", "would be"]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_runs_in_linear_time_on_adversarial_text(name):
    pattern = PATTERNS[name]
    words, links = chosen_words(name, pattern)
    cases = GENERIC_CASES | keyword_cases(words, links) | random_cases(name, words + links)
    slow = []
    for case, text_of_size in cases.items():
        for size in SIZES:
            operation, elapsed = slowest_operation(pattern, text_of_size(size))
            if elapsed > BUDGET_SECONDS:
                slow.append(f"{case} ({size:,} characters): {operation} took {elapsed * 1000:.0f} ms")
                break
        if len(slow) >= MAX_SLOW_CASES:
            break

    assert not slow, f"{pattern.pattern!r} is slow on:\n" + "\n".join(slow)

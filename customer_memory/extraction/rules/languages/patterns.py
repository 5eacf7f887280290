"""Pattern builders shared by the language packs: regular expressions that the engine searches fast.

- `trie(entries)`: an alternation factored by shared beginnings, one branch per first letter.
- `gated_rx(pattern)`: compiled with a lookahead on the characters a match can start with, so most
  positions are rejected with one test (used where a pattern opens with a case-insensitive alternation).
- `lead(phrases)` / `opening(phrases, openers)`: literal phrases in lowercase and Capitalised,
  case-sensitive (several times faster than IGNORECASE); `opening` only where a clause opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from customer_memory.extraction.rules.languages import Pattern

_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = tuple(
    getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name)
)


def _first_chars(items, ignore_case: bool) -> tuple[set[str] | None, bool]:
    """The characters a match can start with (None: any) and whether the items can match nothing."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            return _cased(chars | {chr(av)}, ignore_case), False
        if op is _sre.IN:
            found: set[str] = set()
            for in_op, in_av in av:
                if in_op is _sre.LITERAL:
                    found.add(chr(in_av))
                elif in_op is _sre.RANGE and in_av[1] - in_av[0] <= 64:
                    found.update(chr(code) for code in range(in_av[0], in_av[1] + 1))
                else:
                    return None, False
            return _cased(chars | found, ignore_case), False
        if op is _sre.BRANCH:
            parts = [_first_chars(branch, ignore_case) for branch in av[1]]
        elif op is _sre.SUBPATTERN:
            _group, add, remove, sub = av
            parts = [_first_chars(sub, (ignore_case or bool(add & re.I)) and not remove & re.I)]
        elif op in _REPEATS:
            low, _high, sub = av
            first, empty = _first_chars(sub, ignore_case)
            parts = [(first, empty or low == 0)]
        elif op in _ZERO_WIDTH:
            continue
        else:
            return None, False
        if any(first is None for first, _ in parts):
            return None, False
        for first, _ in parts:
            chars |= first  # type: ignore[arg-type]
        if not any(empty for _, empty in parts):
            return chars, False
    return chars, True


def _cased(chars: set[str], ignore_case: bool) -> set[str]:
    return {variant for char in chars for variant in {char.lower(), char.upper()}} if ignore_case else chars


def trie(entries, *, capital: bool = False) -> str:
    """An alternation of `entries` factored by shared beginnings ("chauffeur|chef" -> "ch(?:auffeur|ef)"): the
    engine tries one branch per first letter instead of every entry, and a longer entry still wins. With
    `capital`, the first letter may be written in either case and the rest must be as given (case-sensitive
    use, cheaper than re.IGNORECASE)."""
    end = ""
    root: dict = {}
    for entry in entries:
        node = root
        for char in entry:
            node = node.setdefault(char, {})
        node[end] = {}

    def letter(char: str, first: bool) -> str:
        if first and capital and char.lower() != char.upper():
            return f"[{char.lower()}{char.upper()}]"
        return re.escape(char)

    def emit(node: dict, first: bool) -> str:
        branches = []
        for char in sorted(key for key in node if key != end):
            text, child = letter(char, first), node[char]
            while len(child) == 1 and end not in child:
                ((char, child),) = child.items()
                text += re.escape(char)
            branches.append(text + emit(child, False))
        if not branches:
            return ""
        body = "|".join(branches)
        if end in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return "(?:" + emit(root, True) + ")"


def gated_rx(pattern: str, flags: int = 0) -> Pattern:
    """`languages.rx`, gated: a lookahead on the characters a match can start with lets the engine reject most
    positions with one test instead of trying every branch of a case-insensitive alternation there."""
    parsed = _sre_parse.parse(pattern, flags)
    ignore_case = bool(parsed.state.flags & re.I)
    first, empty = _first_chars(parsed, ignore_case)
    if first is None or empty or len(first) > 40:
        return re.compile(pattern, flags)
    gate = "".join("\\" + char if char in "\\]^-[" else char for char in sorted(first))
    body = f"(?i:{pattern})" if ignore_case else f"(?:{pattern})"
    return re.compile(f"(?=[{gate}]){body}", flags & ~re.I)


def lead(phrases: str | Iterable[str], after: Callable[[str], str] | None = None) -> str:
    """Phrases that start a word, in lowercase and Capitalised: "vivo|resido" matches "Vivo" and "resido".

    Each phrase is a regex fragment starting with a plain lowercase letter; `after(phrase)` is appended to
    it. Phrases are grouped by their first letter, so the engine tries few alternatives at each word.
    """
    groups: dict[str, list[str]] = {}
    for phrase in _split(phrases) if isinstance(phrases, str) else phrases:
        if not phrase[0].isalpha():
            raise ValueError(f"a phrase starts with a letter: {phrase!r}")
        groups.setdefault(phrase[0], []).append(phrase[1:] + (after(phrase) if after else ""))
    alternatives = []
    for first, rests in groups.items():
        body = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        alternatives += [letter + body for letter in dict.fromkeys((first, first.upper()))]
    return r"\b(?:" + "|".join(alternatives) + ")"


def _split(phrases: str) -> list[str]:
    """ "a|b(?:c|d)" -> ["a", "b(?:c|d)"]: the top-level alternatives only."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(phrases):
        if char in "([" and phrases[index - 1 : index] != "\\":
            depth += 1
        elif char in ")]" and phrases[index - 1 : index] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(phrases[start:index])
            start = index + 1
    parts.append(phrases[start:])
    return [part.strip() for part in parts if part.strip()]


def opening(phrases: str, openers: tuple[str, ...]) -> str:
    """`lead` for literal phrases that must open a clause ("Hola, soy Ana", not "ya que soy Ana")."""
    return lead(phrases, lambda p: "(?:" + "|".join(f"(?<={o}.{{{len(p)}}})" for o in openers) + ")")

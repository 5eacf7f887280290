"""Language packs: the words and patterns of one language, one package each.

The concern modules (identity, family, occupation, instructions, preferences,
mood, corrections, summaries) hold the logic once; a pack only says how its
language says things. Every pattern runs on accent-folded text (`text.fold`),
so it is written without accents and matches text typed with or without them
("contrasena" and "contraseña", "toi ten la" and "tôi tên là"); values are then
cut from the original text. A pattern's named groups:

- `v`: the value (a name, a place, a job, an age, a preference…)
- `rel` (family): the relation word, looked up in `relations`
- `name`: a relative's or a pet's name; `species` (pets): looked up in `pets`

Patterns must run in linear time: bounded repeats only (`{1,60}`), no nested
or adjacent quantifiers over the same characters (tests/test_linear_patterns.py
feeds them adversarial input).

A pack's modules follow the concerns of `LanguagePack`: `identity`, `family`,
`work`, `instructions`, `preferences` and `conversation` hold the patterns and
words of its fields, `words` the vocabulary and the pattern fragments they
share (a leading underscore: used within the pack only), and the package's
`__init__` assembles `PACK` from them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

Pattern = re.Pattern[str]


@dataclass(frozen=True)
class Instruction:
    """A standing instruction: `key` is the canonical fact key; `value` a fixed value, or "" for the match."""

    pattern: Pattern
    key: str
    value: str = ""
    # Read only when no instruction before it in the pack found the same key in the message (a broader wording).
    fallback: bool = False


@dataclass(frozen=True)
class LanguagePack:
    code: str
    # Identity
    name: tuple[Pattern, ...] = ()
    age: tuple[Pattern, ...] = ()
    number_words: Mapping[str, int] = field(default_factory=dict)
    # Words that multiply what precedes them ("bảy mươi" = 7 x 10); empty for most languages.
    number_multipliers: Mapping[str, int] = field(default_factory=dict)
    location: tuple[Pattern, ...] = ()
    # A city we know (places.city_zone) after a preposition, in a sentence that says they live there
    # (`lives_words`) or moved there (`moved_words`): "Ich bin für mein Praktikum nach Wien gezogen", "En
    # Bogotá, vivo aquí hace diez años". `place_preps` say where one is ("in", "en", "ב"), `move_preps` where
    # one goes ("to", "a", "ל"); one-letter Hebrew prefixes are glued to the place.
    lives_words: tuple[str, ...] = ()
    moved_words: tuple[str, ...] = ()
    place_preps: tuple[str, ...] = ()
    move_preps: tuple[str, ...] = ()
    trip_words: tuple[str, ...] = ()  # "on holiday", "business trip": where they are, not where they live
    moved: tuple[Pattern, ...] = ()
    # The agent reads back the address ("Und Ihre Adresse ist noch in Wien-Döbling?", "Vous habitez toujours à
    # Nantes ?") and the customer's reply opens with a yes: `address_words` in the question, `yes_words` opening the
    # reply; the place after one of `place_preps` is where they live. Empty: not read.
    address_words: tuple[str, ...] = ()
    yes_words: tuple[str, ...] = ()
    hometown: tuple[Pattern, ...] = ()
    # Family and relationships
    relations: Mapping[str, str] = field(default_factory=dict)
    relation: tuple[Pattern, ...] = ()
    # The customer introducing themselves as a parent ("sou a Patrícia, mãe do Davi e do Lucas"): the pattern's
    # `name` (and `name2`) are their children, stored under the key beside it ("son", "daughter").
    parent_of: tuple[tuple[Pattern, str], ...] = ()
    marital: tuple[Pattern, ...] = ()
    children: tuple[Pattern, ...] = ()
    pets: Mapping[str, str] = field(default_factory=dict)
    pet: tuple[Pattern, ...] = ()
    # Occupation
    occupation: tuple[Pattern, ...] = ()
    # Job titles (folded) kept whole when a word of theirs also ends a clause ("bảo vệ": "về" is "back").
    job_titles: tuple[str, ...] = ()
    employer: tuple[Pattern, ...] = ()
    # An employer after a word that also says where ("trabajo en Acindar" / "trabajo en Madrid"): a place we
    # know is not an employer.
    employer_or_place: tuple[Pattern, ...] = ()
    # The answer to "what do you do for a living?" ("חקלאי, יש לי רפת."): `v` is the job. Empty: not read.
    occupation_answer: tuple[Pattern, ...] = ()
    # "I study nursing": `v` is the field; the occupation stored is `student_of` with {field} filled in.
    studies: tuple[Pattern, ...] = ()
    student_of: str = "{field} student"
    # Instructions, preferences, accessibility, devices, plans
    instructions: tuple[Instruction, ...] = ()
    preferences: tuple[tuple[Pattern, str], ...] = ()
    accessibility: tuple[Pattern, ...] = ()
    # Someone else in the sentence before an accessibility word ("der ist halb blind", "אבא שלי עיוור"):
    # their need, not the customer's. Searched over the folded sentence up to the word (80 characters at most).
    accessibility_others: Pattern | None = None
    # "mein Mann liest mit", "mon épouse et moi": a spouse mentioned without a name (group "rel": the word), read
    # when nothing in the conversation names the spouse or says the marital status.
    spouse_mention: Pattern | None = None
    device: tuple[Pattern, ...] = ()
    # Words said just before the vehicle the customer drives (folded, lowercase: "tengo", "ich fahre", "my"),
    # read by rules/vehicles.py with a make or model it knows after them.
    vehicle_cues: tuple[str, ...] = ()
    plan: tuple[Pattern, ...] = ()
    # A plan named after (or, in English and German, before) one of `plan_words`, in a sentence about the
    # customer (one of `self_words`, no question): "Tarif Mobil XL", "your Team plan", "plano de 500 mega".
    plan_words: tuple[str, ...] = ()
    # A routine: a clause about the customer with one of these ("every Friday", "tous les soirs", "כל ערב").
    frequency_words: tuple[str, ...] = ()
    # When to call, asked for: a sentence with a call word, a time word and a request word ("ruft mich bitte nur
    # abends an", "que sea por la mañanita", "רק בבקרים") holds the contact hours.
    call_words: tuple[str, ...] = ()
    time_words: tuple[str, ...] = ()
    request_words: tuple[str, ...] = ()
    self_words: tuple[str, ...] = ()
    languages: Mapping[str, str] = field(default_factory=dict)
    channels: Mapping[str, str] = field(default_factory=dict)
    # Where a value ends: words that start a new clause or a complement ("and", "but", "at", "since").
    clause_words: frozenset[str] = frozenset()
    # A capitalised clause word next to another capitalised word is part of a name or a place (Vietnamese names
    # fold to function words: "bệnh viện Chợ Rẫy", "phường Vỹ Dạ", where "chợ" folds to "cho", "dạ" to "da").
    capitals_in_names: bool = False
    # Family name first ("Phạm Tường Vy"): a given name said alone, then in full, becomes the full name.
    surname_first: bool = False
    # Words that are never (the start of) a name or a value ("sorry", "calling", "not").
    not_values: frozenset[str] = frozenset()
    # Corrections and the past: "actually", "sorry, I mean"; "I used to", "before".
    correction: tuple[str, ...] = ()
    past: tuple[str, ...] = ()
    # Mood and classification (folded keywords)
    moods: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    problem: tuple[str, ...] = ()
    resolved: tuple[str, ...] = ()
    escalation: tuple[str, ...] = ()
    complaint: tuple[str, ...] = ()
    positive: tuple[str, ...] = ()
    # What the agent did (for summaries): "I've reset", "we refunded", "he reiniciado".
    actions: tuple[str, ...] = ()
    # Session-only words: a value holding one is not a lasting fact ("order", "ticket", "pedido").
    session_only: tuple[str, ...] = ()
    # Summaries in this language: "{date}", "{topic}", "{action}" and "{outcome}" are filled in.
    episode_template: str = "The customer raised: “{topic}”.{action} Outcome: {outcome}."
    action_template: str = " The agent: “{action}”."
    rolling_template: str = "On {date} they got in touch about {topic}; {outcome}."
    outcomes: Mapping[str, str] = field(default_factory=dict)  # resolved, open, escalated -> words
    rolling_outcomes: Mapping[str, str] = field(default_factory=dict)


def rx(pattern: str, flags: int = 0) -> Pattern:
    return re.compile(pattern, flags)


def alternation(entries: Mapping[str, object] | tuple[str, ...] | list[str]) -> str:
    """`(?:longest|long|…)` of the keys, escaped, longest first so "grandson" wins over "son"."""
    return "(?:" + "|".join(re.escape(entry) for entry in sorted(entries, key=len, reverse=True)) + ")"


def all_packs() -> tuple[LanguagePack, ...]:
    from customer_memory.extraction.rules.languages import de, en, es, fr, he, pt, vi

    return (en.PACK, vi.PACK, es.PACK, he.PACK, fr.PACK, de.PACK, pt.PACK)

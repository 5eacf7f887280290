# Frozen copy of the rules extractor before issue 12 (English-only), kept as the extraction benchmark's baseline.
"""Memory extraction after a conversation closes: extract, filter secrets, merge, write.

Two extractors share one interface (`Extractor.extract(source) -> ExtractionResult`):
the offline rules extractor (deterministic, well under a millisecond per
message) and the LLM extractor (the openai client with JSON-schema structured
output), used when OPENAI_API_KEY is set. Whatever an extractor returns goes
through the same secret filter and the same smart merge (seed 003): an
existing key is updated in place, manual values win, a lower-confidence AI
value never replaces a higher-confidence one, the old value is kept.

`extract_from_conversation()` is the workflow the task calls. The model call
happens outside any transaction; everything learned from one conversation is
then written in one transaction, so a failing call leaves nothing half-learned.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import transaction
from django.utils import timezone

from conversations.models import Conversation, Message, Person
from conversations.secrets import MASK, Redactor, is_secret_key
from customer_memory import context, llm, retention, scoring
from customer_memory.models import Episode, Extraction, Fact, Memory
from customer_memory.services import normalize_fact_key

logger = logging.getLogger(__name__)

SUMMARY_MAX_SENTENCES = 8
OPEN_ISSUES_MAX = 10
FACT_VALUE_MAX = 500
# The model sees at most this much of a long conversation (its end matters most).
TRANSCRIPT_MAX_CHARS = 24_000

CONFIDENCE_RANK = {Fact.Confidence.LOW: 0, Fact.Confidence.MEDIUM: 1, Fact.Confidence.HIGH: 2}
# Values people entered (by hand or in a form) are never replaced by the AI.
PROTECTED_SOURCES = {Fact.Source.MANUAL, Fact.Source.FORM}


# --- What an extractor returns -------------------------------------------------------------------


@dataclass(frozen=True)
class ExtractedFact:
    key: str
    value: str
    confidence: str = Fact.Confidence.MEDIUM


@dataclass(frozen=True)
class Classification:
    """How one conversation went; each is 0 or 1 and feeds trust and churn (seed 000)."""

    positive_interaction: int = 0
    escalation: int = 0
    complaint: int = 0
    unresolved_issue: int = 0
    positive_resolution: int = 0


@dataclass(frozen=True)
class ExtractionResult:
    facts: list[ExtractedFact] = field(default_factory=list)
    summary: str = ""
    episode_summary: str = ""
    mood: str = ""
    mood_confidence: float = 0.0
    tone_preference: str = ""
    open_issues: list[str] = field(default_factory=list)
    personal_details: str = ""
    classification: Classification = Classification()
    language: str = ""


@dataclass(frozen=True)
class TranscriptLine:
    role: str
    content: str


@dataclass(frozen=True)
class ExtractionInput:
    """What an extractor may read: the conversation and what is already remembered."""

    lines: list[TranscriptLine]
    previous_summary: str = ""
    known_facts: dict[str, str] = field(default_factory=dict)
    open_issues: list[str] = field(default_factory=list)
    channel: str = ""
    when: datetime | None = None

    @property
    def customer_lines(self) -> list[str]:
        return [line.content for line in self.lines if line.role == Message.Role.CUSTOMER]


class Extractor(Protocol):
    name: str

    def extract(self, source: ExtractionInput) -> ExtractionResult: ...


class ExtractionFailed(Exception):
    """The extractor could not produce a usable result; the task is retried."""


# --- Keys ------------------------------------------------------------------------------------------

KEY_SYNONYMS = {
    "city": "location",
    "town": "location",
    "lives_in": "location",
    "living_in": "location",
    "based_in": "location",
    "home_city": "location",
    "current_city": "location",
    "current_location": "location",
    "residence": "location",
    "place_of_residence": "location",
    "job": "occupation",
    "job_title": "occupation",
    "profession": "occupation",
    "career": "occupation",
    "work": "occupation",
    "company": "employer",
    "works_at": "employer",
    "workplace": "employer",
    "full_name": "name",
    "customer_name": "name",
    "wife": "spouse",
    "husband": "spouse",
    "partner": "spouse",
    "kids": "children",
    "pets": "pet",
    "language": "preferred_language",
    "language_preference": "preferred_language",
    "contact_preference": "preferred_contact_channel",
    "preferred_contact": "preferred_contact_channel",
    "preferred_contact_method": "preferred_contact_channel",
    "preferred_channel": "preferred_contact_channel",
    "contact_method": "preferred_contact_channel",
    "answer_length": "response_length",
    "reply_length": "response_length",
    "email_address": "email",
    "phone_number": "phone",
    "mobile": "phone",
    "mobile_number": "phone",
    "date_of_birth": "birthday",
    "dob": "birthday",
    "birth_date": "birthday",
    "preference": "preferences",
    "allergy": "allergies",
    "diet": "dietary",
    "dietary_preference": "dietary",
    "dietary_restrictions": "dietary",
    "relationship_status": "marital_status",
    "habits": "habit",
    "contradiction": "noted_contradiction",
    "contradictions": "noted_contradiction",
    "noted_contradictions": "noted_contradiction",
}


@functools.lru_cache(maxsize=4096)
def canonical_key(raw: str) -> str:
    """`"City"` -> `"location"`; the one spelling each kind of fact is stored under."""
    key = normalize_fact_key(raw)
    if key.startswith("favorite_"):
        key = "favourite_" + key.removeprefix("favorite_")
    return KEY_SYNONYMS.get(key, key)


def _clean_value(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip(" \t\"'“”.,;:!?-")[:FACT_VALUE_MAX]


def _same_value(a: str, b: str) -> bool:
    return _clean_value(a).casefold() == _clean_value(b).casefold()


# --- Secrets ---------------------------------------------------------------------------------------


def filter_secrets(result: ExtractionResult, redactor: Redactor) -> ExtractionResult:
    """Drop facts that hold a secret and mask secrets in every text memory keeps."""
    facts = []
    for fact in result.facts:
        if is_secret_key(canonical_key(fact.key)):
            redactor.found.add(f"key:{canonical_key(fact.key)}:{fact.value.lower()}")
            continue
        if redactor.redact(fact.value) != fact.value or MASK in fact.value:
            continue
        facts.append(fact)
    return replace(
        result,
        facts=facts,
        summary=redactor.redact(result.summary),
        episode_summary=redactor.redact(result.episode_summary),
        tone_preference=redactor.redact(result.tone_preference),
        open_issues=[redactor.redact(issue) for issue in result.open_issues],
        personal_details=redactor.redact(result.personal_details),
    )


# --- The rules extractor ---------------------------------------------------------------------------


def _word_set(text: str, *, separator: str | None = None) -> frozenset[str]:
    return frozenset(text.split(separator))


_I = r"(?i:\bi)"
# A value ends at punctuation or at a word that starts a new clause.
# A value ends at punctuation or at a word that starts a new clause ...
_CLAUSE_WORDS = (
    r"and|but|so|because|since|though|although|which|who|where|when|while|if|or|these days|right now|now|too|also"
)
_END_OF_CLAUSE = r"(?=\s*(?:[.,;!?)\n]|$)|\s+(?i:" + _CLAUSE_WORDS + r")\b)"
# ... and a name, place or job also at a preposition ("a nurse at the clinic", "Lisbon last year").
_END = (
    r"(?=\s*(?:[.,;!?)\n]|$)|\s+(?i:" + _CLAUSE_WORDS + r"|for|with|as|at|in|on|near|from|last|next|this|"
    r"originally|ago|yesterday|today|tomorrow)\b)"
)
_PHRASE = r"(?P<v>[^.,;!?\n]{2,60}?)" + _END
_CLAUSE = r"(?P<v>[^.,;!?\n]{2,60}?)" + _END_OF_CLAUSE
_PLACE = r"(?P<v>[^.,;!?\n]{2,40}?)" + _END
_CAPITALISED_NAME = r"(?P<v>[A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+){0,2})"
_FIRST_NAME = r"(?P<name>[A-Z][a-zA-Z'-]+)"

_RELATIONS = {
    "wife": "spouse",
    "husband": "spouse",
    "partner": "spouse",
    "spouse": "spouse",
    "fiance": "spouse",
    "fiancé": "spouse",
    "fiancee": "spouse",
    "fiancée": "spouse",
    "boyfriend": "spouse",
    "girlfriend": "spouse",
    "son": "son",
    "daughter": "daughter",
    "mother": "mother",
    "mom": "mother",
    "mum": "mother",
    "father": "father",
    "dad": "father",
    "brother": "brother",
    "sister": "sister",
    "grandmother": "grandmother",
    "grandma": "grandmother",
    "grandfather": "grandfather",
    "grandpa": "grandfather",
    "boss": "boss",
    "colleague": "colleague",
    "coworker": "colleague",
    "friend": "friend",
    "assistant": "assistant",
}
_PETS = "dog|cat|puppy|kitten|parrot|rabbit|bunny|hamster|horse|guinea pig|bird|fish|turtle|tortoise|snake|ferret"
_OCCUPATIONS = (
    "nurse|teacher|doctor|physician|surgeon|engineer|developer|programmer|designer|student|lawyer|attorney|"
    "accountant|chef|cook|architect|photographer|writer|author|journalist|consultant|pharmacist|dentist|"
    "electrician|plumber|carpenter|farmer|pilot|driver|mechanic|scientist|researcher|professor|artist|musician|"
    "baker|barber|hairdresser|realtor|entrepreneur|freelancer|contractor|analyst|veterinarian|vet|firefighter|"
    "paramedic|therapist|psychologist|lecturer|tutor|translator|editor|banker|cashier|waiter|waitress|bartender|"
    "salesman|saleswoman|shop owner|business owner|small business owner|project manager|product manager|"
    "software engineer|web developer|data scientist|graphic designer|police officer|social worker|midwife|"
    "optician|physiotherapist|receptionist|secretary|librarian|soldier|retiree|homemaker|stay-at-home parent"
)
_LANGUAGES = (
    "english|spanish|french|german|italian|portuguese|dutch|polish|russian|ukrainian|turkish|arabic|hebrew|hindi|"
    "chinese|mandarin|cantonese|japanese|korean|vietnamese|thai|indonesian|swedish|norwegian|danish|finnish|greek|"
    "czech|romanian|hungarian"
)
_CHANNEL_WORDS = {
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "phone": "phone",
    "call": "phone",
    "calls": "phone",
    "text": "text message",
    "texts": "text message",
    "sms": "text message",
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "messenger": "Messenger",
    "chat": "chat",
}
_TIME_WORDS = re.compile(
    r"\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|mondays?|tuesdays?|wednesdays?|"
    r"thursdays?|fridays?|saturdays?|sundays?|\d{1,2} ?(?:am|pm))\b",
    re.IGNORECASE,
)
_EMPTY_VALUES = _word_set(
    "it|that|this|them|these|those|you|there|here|one|so|too|much|a lot|lots|yours|your service|you guys|"
    "that one|this one|everything|nothing|something",
    separator="|",
)
_NOT_NAMES = _word_set(
    "Sorry Not So Very Just Still Looking Interested Happy Fine Good Here Back Trying Going Confused "
    "Frustrated Also Really Glad Afraid Sure Ok Okay Done Ready Unable Able Calling Writing Asking Waiting "
    "Having Getting Thinking Wondering Annoyed Angry Sad Excited Worried Tired New Hoping Planning Currently "
    "Now Always Never Usually The A An In On At From With About Interested Moving Leaving Working Living Based "
    "Retired Married Single Divorced Allergic Vegetarian Vegan"
)

_RE_NAME = re.compile(r"(?i:\bmy name(?:'s| is)|\bname's)\s+" + _CAPITALISED_NAME)
_RE_NAME_LOWER = re.compile(r"\bmy name(?:'s| is)\s+(?P<v>[a-z][a-z'-]+(?: [a-z][a-z'-]+)?)" + _END, re.IGNORECASE)
_RE_IM_NAME = re.compile(r"(?:^|[.!?,]\s*|\bhi,?\s+|\bhello,?\s+)(?i:i'?m|i am)\s+" + _CAPITALISED_NAME + r"\b")
_RE_CALL_ME = re.compile(r"(?i:\bplease call me|\bcall me|\bi go by)\s+" + _CAPITALISED_NAME + r"\b")
_RE_AGE = re.compile(
    r"\b(?:i'?m|i am|i turned|i'll be|i will be)\s+(?P<v>\d{1,3})\s*(?:years? old|yrs? old|y/?o)\b"
    r"|\bmy age is (?P<v2>\d{1,3})\b|\baged (?P<v3>\d{1,3})\b",
    re.IGNORECASE,
)
_RE_LIVE = re.compile(
    r"\b(?:i|we)\s+(?:currently\s+|now\s+|still\s+)?(?:live|am living|are living|reside|'m living)\s+in\s+" + _PLACE,
    re.IGNORECASE,
)
_RE_BASED = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are)\s+(?:currently\s+|now\s+)?(?:based|located|living|staying)\s+in\s+" + _PLACE,
    re.IGNORECASE,
)
_RE_MOVED = re.compile(r"\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|recently\s+)?moved\s+to\s+" + _PLACE, re.IGNORECASE)
_RE_FROM = re.compile(r"\b(?:i'?m|i am|i come)\s+(?:originally\s+)?from\s+" + _PLACE, re.IGNORECASE)
_RE_RELATION = re.compile(
    r"(?i:\bmy\s+(?P<rel>" + "|".join(sorted(_RELATIONS, key=len, reverse=True)) + r"))"
    r"(?:'s name is|,| is called| is named| called| named|)\s+" + _FIRST_NAME + r"\b"
)
_RE_MARITAL = re.compile(r"\b(?:i'?m|i am)\s+(?:happily\s+)?(?P<v>married|single|divorced|widowed|engaged)\b", re.I)
_RE_CHILDREN = re.compile(
    r"\b(?:i|we)\s+have\s+(?P<n>a|an|one|two|three|four|five|six|\d)\s+(?P<what>kids?|children|child|sons?|daughters?)\b",
    re.IGNORECASE,
)
_RE_PET_HAVE = re.compile(
    r"(?i:\b(?:i|we)\s+have\s+(?:a|an|one|two|\d)\s+(?P<species>" + _PETS + r")s?)"
    r"(?:\s+(?i:named|called)\s+" + _FIRST_NAME + r")?"
)
_RE_PET_MY = re.compile(
    r"(?i:\b(?:my|our)\s+(?P<species>" + _PETS + r"))(?:'s name is|,| is called| called| named|)\s+" + _FIRST_NAME
)
_RE_WORK_AS = re.compile(r"\bi\s+(?:work|am working|'m working)\s+as\s+(?:an?\s+)?" + _PHRASE, re.IGNORECASE)
_RE_JOB_IS = re.compile(r"\bmy\s+(?:job|profession|occupation)\s+is\s+(?:an?\s+)?" + _PHRASE, re.IGNORECASE)
_RE_IM_A = re.compile(
    r"\b(?:i'?m|i am)\s+(?:an?\s+)(?P<v>(?:(?:senior|junior|retired|freelance|self-employed|part-time|full-time|"
    r"trainee|head|lead|registered|school|primary school|high school|nursing|medical|law|phd)\s+)?"
    r"(?:" + _OCCUPATIONS + r"))\b",
    re.IGNORECASE,
)
_RE_RETIRED = re.compile(r"\b(?:i'?m|i am)\s+(?:now\s+)?(?P<v>retired|unemployed|self-employed)\b", re.IGNORECASE)
_RE_WORK_AT = re.compile(
    r"\bi\s+(?:work|am working|'m working)\s+(?:as\s+[^.,;!?\n]{2,40}?\s+)?(?:at|for)\s+" + _PHRASE, re.IGNORECASE
)
_RE_RUN = re.compile(
    r"\bi\s+(?:run|own|have)\s+(?:a|an|my own|our)\s+(?P<v>(?:small\s+|little\s+|family\s+)?"
    r"(?:bakery|restaurant|cafe|café|shop|store|salon|studio|clinic|practice|company|business|startup|agency|farm|"
    r"hotel|bar|gym|garage|boutique|firm)(?:\s+(?i:called|named)\s+[^.,;!?\n]{2,40}?)?)" + _END,
    re.IGNORECASE,
)
_RE_STUDY = re.compile(r"\bi(?:'m| am)?\s+study(?:ing)?\s+" + _PHRASE, re.IGNORECASE)
_RE_SHORT_ANSWERS = re.compile(
    r"\bkeep\s+(?:your\s+|the\s+|all\s+|my\s+)?(?:answers|replies|responses|messages|emails|it|things)\s+"
    r"(?:\w+\s+)?(?P<v>short|brief|concise|simple|to the point)\b"
    r"|\b(?:i\s+prefer|please\s+give\s+me|i\s+like|i\s+want)\s+(?P<v2>short|brief|concise|detailed|long)\s+"
    r"(?:answers|replies|responses|messages)\b",
    re.IGNORECASE,
)
_RE_IMPERATIVE = re.compile(
    r"(?:^|[.!?\n][^\S\n]*)(?:please[, ]+)?(?P<v>(?:always|never|don'?t ever|do not ever)\s+[^.!?\n]{3,80})",
    re.IGNORECASE,
)
_RE_REPLY_IN = re.compile(
    r"\b(?:reply|respond|answer|write|talk|speak|communicate)(?:\s+to\s+me)?\s+(?:only\s+)?in\s+(?P<v>"
    + _LANGUAGES
    + r")\b",
    re.IGNORECASE,
)
_RE_CONTACT_BY = re.compile(
    r"\b(?:contact|reach|call|text|email|message)\s+me\s+(?:only\s+)?(?:by|via|on|through|over)\s+"
    r"(?P<v>e-?mail|mail|phone|text|sms|whatsapp|telegram|messenger|chat)\b",
    re.IGNORECASE,
)
_RE_TONE = re.compile(
    r"\b(?:be|sound|stay|keep it)\s+(?:more\s+|a bit more\s+)?(?P<v>formal|casual|informal|friendly|direct|"
    r"professional|brief|detailed)\b",
    re.IGNORECASE,
)
_RE_PREFER = re.compile(r"\bi\s+(?:really\s+|much\s+|strongly\s+|would\s+)?prefer\s+" + _CLAUSE, re.IGNORECASE)
_RE_FAVOURITE = re.compile(r"\bmy\s+fav(?:ou?rite)\s+(?P<thing>[a-z]+(?:\s[a-z]+)?)\s+is\s+" + _CLAUSE, re.IGNORECASE)
_RE_LIKE = re.compile(r"\bi\s+(?:really\s+|absolutely\s+|just\s+)?(?:love|like|enjoy|adore)\s+" + _CLAUSE, re.I)
_RE_DISLIKE = re.compile(
    r"\bi\s+(?:really\s+)?(?:hate|dislike|can'?t stand|don'?t like|do not like|don'?t enjoy)\s+" + _CLAUSE, re.I
)
_RE_DIET = re.compile(
    r"\b(?:i'?m|i am)\s+(?:a\s+)?(?P<v>vegetarian|vegan|pescatarian|gluten[- ]free|lactose intolerant|diabetic|"
    r"celiac|coeliac)\b",
    re.IGNORECASE,
)
_RE_ALLERGY = re.compile(r"\b(?:i'?m|i am)\s+allergic\s+to\s+" + _CLAUSE, re.IGNORECASE)
_RE_HABIT = re.compile(
    r"\bi\s+(?P<adv>usually|normally|typically|generally|often|always|mostly)\s+(?P<v>[^.,;!?\n]{3,60}?)"
    + _END_OF_CLAUSE,
    re.IGNORECASE,
)
_RE_EVERY = re.compile(
    r"\bevery\s+(?P<when>morning|evening|night|day|week|weekend|month|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday),?\s+i\s+" + _CLAUSE,
    re.IGNORECASE,
)
_NOT_IMPERATIVE_VERBS = _word_set("worry know understand have get think see want need mind care remember")
_WORDS = re.compile(r"[a-z']+")


class _Keywords:
    """Words and short phrases (up to three words), matched against a message's tokens in O(words)."""

    def __init__(self, text: str) -> None:
        entries = [entry.strip() for entry in text.split("|") if entry.strip()]
        self.words = frozenset(entry for entry in entries if " " not in entry)
        self.phrases = frozenset(entry for entry in entries if " " in entry)

    def hits(self, message: _Message) -> int:
        return len(self.words & message.words) + len(self.phrases & message.grams)

    def found_in(self, message: _Message) -> bool:
        return not self.words.isdisjoint(message.words) or not self.phrases.isdisjoint(message.grams)


class _Message:
    """One message, tokenised once: its lowercase text, words and two- and three-word phrases."""

    __slots__ = ("grams", "lower", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text.replace("’", "'")
        self.lower = self.text.lower()
        tokens = _TOKEN.findall(self.lower)
        # "my son's name" mentions a son.
        self.words = frozenset(tokens).union(token[:-2] for token in tokens if token.endswith("'s"))
        grams = {f"{a} {b}" for a, b in itertools.pairwise(tokens)}
        grams.update(f"{a} {b} {c}" for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False))
        self.grams = grams

    def has(self, *fragments: str) -> bool:
        return any(fragment in self.lower for fragment in fragments)


_TOKEN = re.compile(r"[a-z0-9']+")

_MOOD_KEYWORDS = {
    Person.Mood.FRUSTRATED: _Keywords(
        "frustrated|frustrating|frustration|annoyed|annoying|angry|furious|ridiculous|unacceptable|fed up|sick of|"
        "terrible|awful|horrible|worst|useless|pathetic|still not|still no|still waiting|wtf"
    ),
    Person.Mood.SAD: _Keywords("sad|upset|disappointed|unhappy|heartbroken|depressed|miserable|let down|devastated"),
    Person.Mood.ANXIOUS: _Keywords(
        "worried|anxious|nervous|concerned|scared|afraid|panic|panicking|urgent|urgently|asap|stressed|stressful"
    ),
    Person.Mood.EXCITED: _Keywords("excited|can't wait|cannot wait|amazing|awesome|fantastic|thrilled|love it|wow"),
    Person.Mood.CONFUSED: _Keywords(
        "confused|confusing|don't understand|do not understand|not sure how|not sure what|not sure why|"
        "what do you mean|unclear|doesn't make sense|lost"
    ),
    Person.Mood.HAPPY: _Keywords(
        "thanks|thank you|thx|appreciate|appreciated|great|perfect|happy|glad|helpful|excellent|wonderful|lovely|"
        "brilliant"
    ),
}
# Punctuation that says something about the mood, beyond the words.
_MOOD_MARKS = {
    Person.Mood.FRUSTRATED: ("again?", "seriously?"),
    Person.Mood.EXCITED: ("!!",),
    Person.Mood.CONFUSED: ("??",),
}
# When two moods score the same, the one needing more care wins.
_MOOD_PRIORITY = [
    Person.Mood.FRUSTRATED,
    Person.Mood.ANXIOUS,
    Person.Mood.CONFUSED,
    Person.Mood.SAD,
    Person.Mood.EXCITED,
    Person.Mood.HAPPY,
]
_ESCALATION_VERBS = _Keywords("speak|talk|chat|speaking|talking|transfer|connect|put me through")
_ESCALATION_TARGETS = _Keywords("human|person|manager|supervisor|representative|someone else|real agent|an agent")
_ESCALATION = _Keywords("escalate|escalation|escalated|supervisor|human please")
_COMPLAINT = _Keywords(
    "complain|complaining|complained|complaint|unacceptable|ridiculous|terrible|awful|horrible|worst|disgusted|"
    "disgusting|outrageous|poor service|bad service|not happy|very disappointed|rip off|ripoff|scam"
)
_PROBLEM = _Keywords(
    "broken|damaged|defective|faulty|doesn't work|does not work|not working|stopped working|won't start|"
    "won't turn|won't work|won't load|won't open|missing|never arrived|hasn't arrived|didn't arrive|not arrived|"
    "wrong item|wrong size|wrong color|wrong colour|wrong product|wrong address|overcharged|charged twice|"
    "double charged|error|problem|issue|bug|crash|crashes|crashed|crashing|tear|torn|ripped|leak|leaks|leaking|"
    "delayed|still waiting|can't log|can't login|can't access|can't find|can't open|can't sign|locked out"
)
_RESOLVED = _Keywords(
    "that fixed|that solved|that worked|that did it|that helps|that helped|it's working|it is working|"
    "it's fixed|it is fixed|it's resolved|it's sorted|everything's working|works now|working now|problem solved|"
    "issue resolved|issue fixed|all sorted|all good now|been resolved|been fixed|been refunded|been replaced|"
    "refund has been|refund was issued|refund was processed|resolved"
)
_POSITIVE = _Keywords(
    "thanks|thank you|thx|appreciate|appreciated|great|perfect|awesome|excellent|wonderful|helpful|love it"
)
# Things said in passing that aren't lasting facts (seed 004: session-only actions).
_SESSION_ONLY = _Keywords(
    "order|ordered|orders|tracking|ticket|invoice|receipt|purchase|purchased|purchases|bought|asked about|refund|"
    "delivery|package|parcel"
)
_HASH_NUMBER = re.compile(r"#\s?\d")
_CORRECTION = _Keywords("actually|i meant|correction|i mean|to correct")
_MARITAL_WORDS = _word_set("married single divorced widowed engaged")
_CHILD_WORDS = _word_set("kid kids child children son sons daughter daughters")
_PET_WORDS = _word_set(
    "dog dogs cat cats puppy kitten parrot rabbit bunny hamster horse guinea bird fish turtle tortoise snake ferret"
)
_OCCUPATION_WORDS = frozenset(word for phrase in _OCCUPATIONS.split("|") for word in phrase.split()[-1:])
_BUSINESS_WORDS = _word_set(
    "bakery restaurant cafe café shop store salon studio clinic practice company business startup agency farm hotel "
    "bar gym garage boutique firm"
)
_DIET_WORDS = _word_set("vegetarian vegan pescatarian gluten lactose diabetic celiac coeliac")
_LANGUAGE_NAMES = frozenset(_LANGUAGES.split("|"))
_TONE_WORDS = _word_set("formal casual informal friendly direct professional brief detailed")
_LIKE_WORDS = _word_set("love like enjoy adore")
_DISLIKE_WORDS = _word_set("hate dislike stand like enjoy")
_HABIT_WORDS = _word_set("usually normally typically generally often always mostly")
_LENGTH_WORDS = _word_set("short brief concise simple point detailed long")
_GREETING = re.compile(r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|dear \w+)\b[\s,!.]*", re.IGNORECASE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")

# Common function words per language, for a hint at the customer's language.
_LANGUAGE_OF_WORD: dict[str, list[str]] = {}
for _code, _words in {
    "en": "the and is are you my i have with for this that please thanks what not",
    "es": "el la los las y es son tengo mi para con por favor gracias que no pero",
    "fr": "le la les et est sont j'ai mon ma pour avec merci que pas mais je vous",
    "de": "der die das und ist sind ich habe mein meine für mit bitte danke nicht aber",
    "pt": "o os as e é são tenho meu minha para com obrigado obrigada não mas você",
    "it": "il lo gli e è sono ho mio mia per con grazie che non ma sei",
    "nl": "de het en is zijn ik heb mijn voor met bedankt niet maar jij",
}.items():
    for _word in _words.split():
        _LANGUAGE_OF_WORD.setdefault(_word, []).append(_code)


@dataclass
class _MessageSignals:
    facts: list[ExtractedFact]
    moods: Counter[str]
    problems: list[str]
    escalation: bool
    complaint: bool
    resolved: bool
    positive: bool
    tone: str


def _fact(key: str, value: str, confidence: str = Fact.Confidence.MEDIUM) -> ExtractedFact | None:
    value = _clean_value(value)
    if len(value) < 2 or value.casefold() in _EMPTY_VALUES or MASK in value:
        return None
    return ExtractedFact(key, value, confidence)


def _is_session_only(value: str) -> bool:
    lower = value.lower()
    return (
        not _SESSION_ONLY.words.isdisjoint(_TOKEN.findall(lower))
        or "asked about" in lower
        or ("#" in value and bool(_HASH_NUMBER.search(value)))
    )


def _place(value: str) -> str:
    words = value.split()
    if not words or words[0].lower() in {"a", "an", "the", "my", "our", "this", "that", "here", "there", "fear"}:
        return ""
    return value.title() if value.islower() else value


def _person_name(value: str) -> str:
    words = value.split()
    while words and words[-1] in _NOT_NAMES:
        words.pop()
    if not words or words[0] in _NOT_NAMES:
        return ""
    return " ".join(word.capitalize() if word.islower() else word for word in words)


def _slug_words(text: str, count: int) -> str:
    words = [w.replace("'", "") for w in _WORDS.findall(text.lower())]
    return "_".join(words[:count])


def analyse_message(text: str) -> _MessageSignals:
    """Everything the rules read in one customer message.

    Each pattern runs only when a cheap word or substring test says it could
    match: most messages say little about the customer, and the whole thing
    must stay well under a millisecond per message.
    """
    message = _Message(text)
    text, lower = message.text, message.lower
    facts = _identity_facts(message) + _work_facts(message)
    instruction_facts, tone = _instruction_facts(message)
    facts += instruction_facts + _preference_facts(message)

    correction = _CORRECTION.found_in(message)
    kept = []
    for fact in facts:
        if fact is None or _is_session_only(fact.value):
            continue
        if correction and fact.confidence != Fact.Confidence.HIGH:
            fact = ExtractedFact(fact.key, fact.value, Fact.Confidence.HIGH)
        kept.append(fact)

    moods: Counter[str] = Counter()
    for mood, keywords in _MOOD_KEYWORDS.items():
        hits = keywords.hits(message) + sum(lower.count(mark) for mark in _MOOD_MARKS.get(mood, ()))
        if hits:
            moods[mood] = hits
    problems = []
    if _PROBLEM.found_in(message):
        for sentence in _SENTENCE_SPLIT.split(text):
            if _PROBLEM.found_in(_Message(sentence)) and (issue := _issue_text(sentence)):
                problems.append(issue)
    escalation = _ESCALATION.found_in(message) or (
        _ESCALATION_VERBS.found_in(message) and _ESCALATION_TARGETS.found_in(message)
    )
    return _MessageSignals(
        facts=kept,
        moods=moods,
        problems=problems,
        escalation=escalation,
        complaint=_COMPLAINT.found_in(message),
        resolved=_RESOLVED.found_in(message),
        positive=_POSITIVE.found_in(message),
        tone=tone,
    )


def _identity_facts(message: _Message) -> list[ExtractedFact | None]:
    text, lower, words = message.text, message.lower, message.words
    high, medium = Fact.Confidence.HIGH, Fact.Confidence.MEDIUM
    facts: list[ExtractedFact | None] = []
    if "name" in lower:
        if match := _RE_NAME.search(text):
            facts.append(_fact("name", _person_name(match["v"]), high))
        elif match := _RE_NAME_LOWER.search(text):
            facts.append(_fact("name", _person_name(match["v"]), medium))
    elif message.has("i'm ", "i am ") and (match := _RE_IM_NAME.search(text)):
        facts.append(_fact("name", _person_name(match["v"]), medium))
    if message.has("call me", "go by") and (match := _RE_CALL_ME.search(text)):
        facts.append(_fact("preferred_name", _person_name(match["v"]), high))
    if message.has("old", "age", " y/o", " yo") and (match := _RE_AGE.search(text)):
        age = match["v"] or match["v2"] or match["v3"]
        if 0 < int(age) < 120:
            facts.append(_fact("age", age, high))
    if message.has("live", "resid", "based", "located", "staying", "moved"):
        for pattern in (_RE_LIVE, _RE_BASED, _RE_MOVED):
            if match := pattern.search(text):
                facts.append(_fact("location", _place(match["v"]), high))
                break
    if "from" in words and (match := _RE_FROM.search(text)):
        place = _place(match["v"])
        if place and place[0].isupper():
            facts.append(_fact("hometown", place, medium))
    if "my" in words and not words.isdisjoint(_RELATIONS):
        for match in _RE_RELATION.finditer(text):
            word = match["rel"].lower()
            if name := _person_name(match["name"]):
                facts.append(_fact(_RELATIONS[word], f"{name} ({word})", high))
    if not words.isdisjoint(_MARITAL_WORDS) and (match := _RE_MARITAL.search(text)):
        facts.append(_fact("marital_status", match["v"].lower(), high))
    if "have" in words and not words.isdisjoint(_CHILD_WORDS) and (match := _RE_CHILDREN.search(text)):
        facts.append(_fact("children", f"{match['n']} {match['what']}".lower(), high))
    if not words.isdisjoint(_PET_WORDS):
        for pattern in (_RE_PET_MY, _RE_PET_HAVE):
            if match := pattern.search(text):
                species = match["species"].lower()
                name = match["name"] if match["name"] and match["name"] not in _NOT_NAMES else ""
                facts.append(_fact("pet", f"{name} ({species})" if name else species, high))
                break
    return facts


def _work_facts(message: _Message) -> list[ExtractedFact | None]:
    text, words = message.text, message.words
    high, medium = Fact.Confidence.HIGH, Fact.Confidence.MEDIUM
    facts: list[ExtractedFact | None] = []
    working = "work" in words or "working" in words
    if (working or message.has("my job", "profession", "occupation")) and (
        match := (_RE_WORK_AS.search(text) or _RE_JOB_IS.search(text))
    ):
        facts.append(_fact("occupation", match["v"], high))
    elif (not words.isdisjoint(_OCCUPATION_WORDS) or message.has("retired", "employed")) and (
        match := (_RE_IM_A.search(text) or _RE_RETIRED.search(text))
    ):
        facts.append(_fact("occupation", match["v"].lower(), medium))
    if working and (match := _RE_WORK_AT.search(text)):
        facts.append(_fact("employer", match["v"], high))
    if not words.isdisjoint(_BUSINESS_WORDS) and (match := _RE_RUN.search(text)):
        facts.append(_fact("business", match["v"], high))
    if message.has("study", "studying") and (match := _RE_STUDY.search(text)):
        facts.append(_fact("studies", match["v"], medium))
    return facts


def _instruction_facts(message: _Message) -> tuple[list[ExtractedFact | None], str]:
    text, words = message.text, message.words
    high = Fact.Confidence.HIGH
    facts: list[ExtractedFact | None] = []
    tone = ""
    if not words.isdisjoint(_LENGTH_WORDS) and (match := _RE_SHORT_ANSWERS.search(text)):
        length = (match["v"] or match["v2"]).lower()
        length = "detailed" if length in {"detailed", "long"} else "short"
        facts.append(_fact("response_length", length, high))
        tone = "concise" if length == "short" else "detailed"
    if message.has("always", "never", "ever"):
        for match in _RE_IMPERATIVE.finditer(text):
            instruction = match["v"].strip()
            tokens = _WORDS.findall(instruction.lower())
            verb = next((w for w in tokens[1:] if w not in {"ever", "t"}), "")
            if verb in _NOT_IMPERATIVE_VERBS:
                continue
            key = "instruction_" + _slug_words(instruction, 4)
            facts.append(_fact(key[:64], instruction[0].upper() + instruction[1:], high))
    if not words.isdisjoint(_LANGUAGE_NAMES) and (match := _RE_REPLY_IN.search(text)):
        facts.append(_fact("preferred_language", match["v"].capitalize(), high))
    if "me" in words and (match := _RE_CONTACT_BY.search(text)):
        facts.append(_fact("preferred_contact_channel", _CHANNEL_WORDS.get(match["v"].lower(), match["v"]), high))
    if not words.isdisjoint(_TONE_WORDS) and (match := _RE_TONE.search(text)):
        word = match["v"].lower()
        tone = {"informal": "casual", "brief": "concise", "professional": "formal"}.get(word, word)
        facts.append(_fact("tone_preference", tone, high))
    return facts, tone


def _preference_facts(message: _Message) -> list[ExtractedFact | None]:
    text, words = message.text, message.words
    high, medium, low = Fact.Confidence.HIGH, Fact.Confidence.MEDIUM, Fact.Confidence.LOW
    facts: list[ExtractedFact | None] = []
    if "prefer" in words and (match := _RE_PREFER.search(text)):
        value = match["v"]
        parts = value.split()
        first_word = parts[0].lower().strip("'") if parts else ""
        channel = parts[-1].lower() if first_word == "to" and len(parts) > 1 else first_word
        if channel in _CHANNEL_WORDS:
            facts.append(_fact("preferred_contact_channel", _CHANNEL_WORDS[channel], medium))
        elif _TIME_WORDS.search(value):
            facts.append(_fact("preferred_time", value, medium))
        else:
            facts.append(_fact("preferences", value, medium))
    if "fav" in message.lower and (match := _RE_FAVOURITE.search(text)):
        facts.append(_fact("favourite_" + _slug_words(match["thing"], 2), match["v"], high))
    if not words.isdisjoint(_LIKE_WORDS) and (match := _RE_LIKE.search(text)):
        facts.append(_fact("likes", match["v"], low))
    if not words.isdisjoint(_DISLIKE_WORDS) and (match := _RE_DISLIKE.search(text)):
        facts.append(_fact("dislikes", match["v"], medium))
    if not words.isdisjoint(_DIET_WORDS) and (match := _RE_DIET.search(text)):
        facts.append(_fact("dietary", match["v"].lower(), high))
    if "allergic" in words and (match := _RE_ALLERGY.search(text)):
        facts.append(_fact("allergies", match["v"], high))
    if not words.isdisjoint(_HABIT_WORDS) and (match := _RE_HABIT.search(text)):
        facts.append(_fact("habit", f"{match['adv'].lower()} {match['v']}", medium))
    elif "every" in words and (match := _RE_EVERY.search(text)):
        facts.append(_fact("habit", f"every {match['when'].lower()} {match['v']}", medium))
    return facts


def _issue_text(sentence: str) -> str:
    sentence = _GREETING.sub("", sentence.strip())
    sentence = sentence.strip(" .!?,")
    if len(sentence) > 100:
        sentence = sentence[:100].rsplit(" ", 1)[0] + "…"
    return sentence[:1].lower() + sentence[1:] if sentence[:2] != "I " else sentence


def _language_hint(texts: list[str]) -> str:
    scores: Counter[str] = Counter()
    for text in texts:
        for word in _TOKEN.findall(text.lower()):
            for code in _LANGUAGE_OF_WORD.get(word, ()):
                scores[code] += 1
    if not scores:
        return ""
    ranked = scores.most_common(2)
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if count >= 3 and count > runner_up else ""


def _split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text or "") if s.strip()]


def limit_sentences(text: str, limit: int = SUMMARY_MAX_SENTENCES) -> str:
    """Keep the most recent `limit` sentences of a chronological summary."""
    sentences = _split_sentences(text)
    return " ".join(sentences[-limit:])


def _quote(text: str, limit: int = 90) -> str:
    text = _GREETING.sub("", text.strip()).strip(" .!?,")
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return f"“{text}”"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date_label(when: datetime | None) -> str:
    """`"05 Mar 2026"`, the same in every locale."""
    return f"{when.day:02d} {_MONTHS[when.month - 1]} {when.year}" if when else "an earlier date"


class RulesExtractor:
    """Deterministic keyword and pattern rules; no network, no model."""

    name = "rules"

    def extract(self, source: ExtractionInput) -> ExtractionResult:
        customer = source.customer_lines
        signals = [analyse_message(text) for text in customer]
        agent_resolved = any(
            _RESOLVED.found_in(_Message(line.content)) for line in source.lines if line.role == Message.Role.AGENT
        )
        facts = self._facts(signals)

        moods: Counter[str] = Counter()
        for index, signal in enumerate(signals):
            weight = 1 + index / max(len(signals), 1)  # the end of a conversation says more about the mood
            for mood, hits in signal.moods.items():
                moods[mood] += hits * weight
        mood, mood_confidence = Person.Mood.NEUTRAL, 0.5
        if moods:
            top = max(moods.values())
            mood = next(m for m in _MOOD_PRIORITY if moods.get(m) == top)
            share = top / sum(moods.values())
            mood_confidence = round(min(0.95, 0.4 + 0.15 * min(top, 3) + 0.1 * share), 2)

        problems = list(dict.fromkeys(p for signal in signals for p in signal.problems))
        resolved = any(signal.resolved for signal in signals) or agent_resolved
        escalation = any(signal.escalation for signal in signals)
        complaint = any(signal.complaint for signal in signals)
        positive = any(signal.positive for signal in signals) and not complaint and not escalation
        classification = Classification(
            positive_interaction=int(positive),
            escalation=int(escalation),
            complaint=int(complaint),
            unresolved_issue=int(bool(problems) and not resolved),
            positive_resolution=int(resolved and (bool(problems) or bool(source.open_issues))),
        )
        open_issues = self._open_issues(source, problems, resolved, " ".join(customer))
        tone = next((s.tone for s in reversed(signals) if s.tone), "")
        episode = self._episode_sentences(source, facts, problems, classification, mood)
        return ExtractionResult(
            facts=facts,
            summary=self._rolling_summary(source, problems, classification),
            episode_summary=" ".join(episode),
            mood=mood,
            mood_confidence=mood_confidence,
            tone_preference=tone,
            open_issues=open_issues,
            personal_details=self._personal_details(facts),
            classification=classification,
            language=_language_hint(customer),
        )

    def _facts(self, signals: list[_MessageSignals]) -> list[ExtractedFact]:
        """The last statement of each key wins; a change within the conversation is noted."""
        latest: dict[str, ExtractedFact] = {}
        contradictions = []
        for signal in signals:
            for fact in signal.facts:
                key = canonical_key(fact.key)
                earlier = latest.get(key)
                if earlier and not _same_value(earlier.value, fact.value) and key != "likes":
                    contradictions.append(f"{key.replace('_', ' ')}: said {earlier.value}, later {fact.value}")
                latest[key] = ExtractedFact(key, fact.value, fact.confidence)
        facts = list(latest.values())
        if contradictions:
            facts.append(ExtractedFact("noted_contradiction", "; ".join(contradictions)[:FACT_VALUE_MAX]))
        return facts

    def _open_issues(self, source: ExtractionInput, problems: list[str], resolved: bool, text: str) -> list[str]:
        issues = list(source.open_issues)
        if resolved:
            words = {w for w in _WORDS.findall(text.lower()) if len(w) > 3}
            issues = [issue for issue in issues if not words & set(_WORDS.findall(issue.lower()))]
        else:
            issues.extend(problems)
        return list(dict.fromkeys(issues))[-OPEN_ISSUES_MAX:]

    def _episode_sentences(
        self,
        source: ExtractionInput,
        facts: list[ExtractedFact],
        problems: list[str],
        classification: Classification,
        mood: str,
    ) -> list[str]:
        channel = f" via {source.channel}" if source.channel else ""
        sentences = [f"On {_date_label(source.when)} the customer got in touch{channel}."]
        if problems:
            sentences.append(f"They reported a problem: {_quote(problems[0], 120)}.")
        else:
            topic = next((t for t in source.customer_lines if len(t.split()) >= 3), "")
            if topic:
                sentences.append(f"They wrote about {_quote(topic, 120)}.")
        shared = [f"{f.key.replace('_', ' ')} ({f.value})" for f in facts if f.key != "noted_contradiction"][:4]
        if shared:
            sentences.append(f"They shared their {', '.join(shared)}.")
        if classification.escalation:
            sentences.append("They asked to speak to a person.")
        elif classification.complaint:
            sentences.append("They complained about the service.")
        if classification.positive_resolution:
            sentences.append("The issue was resolved.")
        elif classification.unresolved_issue:
            sentences.append("The issue was still open at the end.")
        if mood not in {"", Person.Mood.NEUTRAL}:
            sentences.append(f"They seemed {mood}.")
        return sentences

    def _rolling_summary(self, source: ExtractionInput, problems: list[str], classification: Classification) -> str:
        if problems:
            line = f"On {_date_label(source.when)} they reported {_quote(problems[0])}"
        else:
            topic = next((t for t in source.customer_lines if len(t.split()) >= 3), "")
            line = f"On {_date_label(source.when)} they got in touch" + (f" about {_quote(topic)}" if topic else "")
        if classification.positive_resolution:
            line += ", which was resolved"
        elif classification.unresolved_issue:
            line += ", which was still open"
        if classification.escalation:
            line += ", and asked for a person"
        return limit_sentences(f"{source.previous_summary} {line}.".strip())

    def _personal_details(self, facts: list[ExtractedFact]) -> str:
        details = [
            f.value
            for f in facts
            if f.key in {"preferences", "dietary", "allergies", "habit", "tone_preference"}
            or f.key.startswith("instruction_")
        ]
        if any(f.key == "response_length" and f.value == "short" for f in facts):
            details.insert(0, "Prefers short answers")
        return "; ".join(details)[:300]


# --- The LLM extractor ------------------------------------------------------------------------------

EXTRACTION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "facts",
        "summary",
        "episode_summary",
        "mood",
        "mood_confidence",
        "tone_preference",
        "open_issues",
        "personal_details",
        "classification",
        "language",
    ],
    "properties": {
        "facts": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["key", "value", "confidence"],
                "properties": {
                    "key": {"type": "string", "description": "short snake_case English key, e.g. occupation"},
                    "value": {"type": "string"},
                    "confidence": {"type": "string", "enum": ["high", "medium", "low"]},
                },
            },
        },
        "summary": {"type": "string"},
        "episode_summary": {"type": "string"},
        "mood": {"type": "string", "enum": list(Person.Mood.values)},
        "mood_confidence": {"type": "number"},
        "tone_preference": {"type": "string"},
        "open_issues": {"type": "array", "items": {"type": "string"}},
        "personal_details": {"type": "string"},
        "classification": {
            "type": "object",
            "additionalProperties": False,
            "required": [
                "positive_interaction",
                "escalation",
                "complaint",
                "unresolved_issue",
                "positive_resolution",
            ],
            "properties": {
                name: {"type": "integer", "enum": [0, 1]}
                for name in (
                    "positive_interaction",
                    "escalation",
                    "complaint",
                    "unresolved_issue",
                    "positive_resolution",
                )
            },
        },
        "language": {"type": "string", "description": "ISO 639-1 code of the customer's language, or empty"},
    },
}

EXTRACTION_PROMPT = """\
You maintain a support agent's long-term memory of one customer. Read the conversation and return JSON.

facts: persistent facts about the customer (never about the agent): identity (name, age, location, family,
relationships, pets), occupation and work, standing instructions (e.g. "keep answers short", "always confirm
before sending"), preferences and habits, other lasting facts, and a "noted_contradiction" fact when the customer
says conflicting things. Ignore session-only actions such as "asked about product X" or "placed order #123".
Reuse the key of a known fact when the information is about the same thing. Keys are short snake_case English
words. Confidence: high when stated explicitly, medium when implied, low when unsure.
summary: rewrite the previous summary to fold in this conversation: a concise past-tense narrative of issues
raised, outcomes, topics and decisions, at most 8 sentences.
episode_summary: one to three past-tense sentences about this conversation only.
mood: the customer's mood at the end of the conversation, with mood_confidence between 0 and 1.
tone_preference: how the customer likes to be addressed (e.g. "concise", "formal", "friendly"), or "".
open_issues: the customer's problems still unresolved after this conversation, keeping earlier ones unless they
were resolved. personal_details: one short line of lasting personal context, or "".
classification: 1 or 0 for positive_interaction, escalation (asked for a human or manager), complaint,
unresolved_issue and positive_resolution.
Never include card numbers, CVV codes, passwords, PINs, one-time codes or bank account numbers anywhere."""


def _transcript_text(source: ExtractionInput) -> str:
    lines = [f"{line.role.capitalize()}: {line.content}" for line in source.lines]
    text = "\n".join(lines)
    return text[-TRANSCRIPT_MAX_CHARS:]


class LLMExtractor:
    """The openai client with JSON-schema structured output (llm.complete_json)."""

    name = "llm"

    def extract(self, source: ExtractionInput) -> ExtractionResult:
        known = "\n".join(f"- {key}: {value}" for key, value in source.known_facts.items()) or "(none)"
        issues = "\n".join(f"- {issue}" for issue in source.open_issues) or "(none)"
        user = (
            f"Known facts:\n{known}\n\nPrevious summary:\n{source.previous_summary or '(none)'}\n\n"
            f"Open issues:\n{issues}\n\nConversation ({source.channel or 'chat'}, "
            f"{_date_label(source.when)}):\n{_transcript_text(source)}"
        )
        try:
            data = llm.complete_json(
                system=EXTRACTION_PROMPT, user=user, schema=EXTRACTION_SCHEMA, schema_name="customer_memory"
            )
        except llm.LLMError as error:
            raise ExtractionFailed(str(error)) from error
        return parse_llm_result(data)


def parse_llm_result(data: dict[str, Any]) -> ExtractionResult:
    """Validate the model's JSON; anything malformed fails the extraction (and it is retried)."""
    try:
        facts = []
        for item in data["facts"]:
            key = canonical_key(str(item["key"]))
            value = _clean_value(str(item["value"]))
            confidence = str(item.get("confidence", "medium")).lower()
            if confidence not in CONFIDENCE_RANK:
                confidence = Fact.Confidence.MEDIUM
            if key and value:
                facts.append(ExtractedFact(key, value, confidence))
        raw_classification = data["classification"]
        classification = Classification(
            **{name: 1 if int(raw_classification.get(name) or 0) else 0 for name in Classification.__annotations__}
        )
        mood = str(data["mood"]).lower()
        return ExtractionResult(
            facts=facts,
            summary=limit_sentences(str(data["summary"]).strip()),
            episode_summary=str(data["episode_summary"]).strip(),
            mood=mood if mood in Person.Mood.values else "",
            mood_confidence=round(scoring.clamp(float(data["mood_confidence"] or 0)), 2),
            tone_preference=str(data["tone_preference"]).strip()[:50],
            open_issues=[str(issue).strip()[:200] for issue in data["open_issues"] if str(issue).strip()][
                -OPEN_ISSUES_MAX:
            ],
            personal_details=str(data["personal_details"]).strip()[:500],
            classification=classification,
            language=str(data["language"]).strip().lower()[:16],
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ExtractionFailed("InvalidModelOutput") from error


def choose_extractor() -> Extractor:
    """The LLM extractor when OPENAI_API_KEY is set, else the rules. MEMORY_EXTRACTOR forces one."""
    forced = getattr(settings, "MEMORY_EXTRACTOR", "")
    if forced == "rules":
        return RulesExtractor()
    if forced == "llm" or llm.is_configured():
        return LLMExtractor()
    return RulesExtractor()


# --- Merge -----------------------------------------------------------------------------------------


def merge_facts(memory: Memory, extracted: list[ExtractedFact], *, conversation: Conversation | None = None) -> int:
    """Fold extracted facts into `memory` (seed 003 smart merge); returns how many facts changed.

    An existing key (after synonyms) is updated in place, never duplicated, and
    keeps its old value in previous_value. Values people entered win over the
    AI, and a lower-confidence AI value does not replace a higher-confidence
    one. Merging the same facts again changes nothing.
    """
    by_key: dict[str, Fact] = {}
    for fact in memory.facts.all():
        by_key.setdefault(canonical_key(fact.key), fact)
    changed = 0
    for item in extracted:
        key = canonical_key(item.key)
        value = _clean_value(item.value)
        confidence = item.confidence if item.confidence in CONFIDENCE_RANK else Fact.Confidence.MEDIUM
        if not key or not value or is_secret_key(key):
            continue
        fact = by_key.get(key)
        if fact is None:
            by_key[key] = Fact.objects.create(
                memory=memory,
                key=key,
                value=value,
                confidence=confidence,
                source=Fact.Source.AI,
                source_conversation=conversation,
            )
            changed += 1
            continue
        if fact.source in PROTECTED_SOURCES:
            continue
        if CONFIDENCE_RANK[confidence] < CONFIDENCE_RANK.get(fact.confidence, 0):
            continue
        if _same_value(fact.value, value):
            if confidence != fact.confidence:
                fact.confidence = confidence
                fact.save(update_fields=["confidence", "updated_at"])
                changed += 1
            continue
        fact.previous_value = fact.value
        fact.value = value
        fact.confidence = confidence
        fact.source_conversation = conversation
        fact.save(update_fields=["previous_value", "value", "confidence", "source_conversation", "updated_at"])
        changed += 1
    return changed


# --- The workflow ----------------------------------------------------------------------------------


def skip_reason(conversation: Conversation) -> str:
    """Why nothing is learned from this conversation, or "" (seed 004)."""
    if conversation.is_test_session or conversation.person.is_test:
        return Extraction.SkipReason.TEST_SESSION
    if not conversation.agent.memory_enabled:
        return Extraction.SkipReason.MEMORY_OFF
    if conversation.messages.filter(role=Message.Role.CUSTOMER).count() < 2:
        return Extraction.SkipReason.TOO_FEW_MESSAGES
    return ""


def _max_attempts() -> int:
    return int(getattr(settings, "Q_CLUSTER", {}).get("max_attempts") or 5)


def extract_from_conversation(conversation: Conversation) -> Extraction:
    """Learn from one closed conversation; idempotent, and safe to retry after a failure.

    Raises whatever the extractor raised (after recording the attempt), so the
    task queue retries it.
    """
    extraction, _ = Extraction.objects.get_or_create(
        conversation=conversation, defaults={"agent_id": conversation.agent_id}
    )
    if extraction.status == Extraction.Status.SUCCEEDED:
        return extraction

    if reason := skip_reason(conversation):
        # Nothing learned, but the closed conversation still moves the person's last contact (L2).
        context.invalidate_cached_layers(conversation.person_id)
        return _record_skip(extraction, reason)

    try:
        return _extract_and_write(conversation, extraction)
    except Exception as error:
        _record_failure(extraction, error)
        raise


def _record_skip(extraction: Extraction, reason: str) -> Extraction:
    extraction.status = Extraction.Status.SKIPPED
    extraction.skip_reason = reason
    extraction.finished_at = timezone.now()
    extraction.save(update_fields=["status", "skip_reason", "finished_at"])
    return extraction


def _record_failure(extraction: Extraction, error: BaseException) -> None:
    """Count the failed attempt in its own write: the failed transaction left nothing else."""
    cause = error.__cause__ if isinstance(error, ExtractionFailed) and error.__cause__ else error
    description = str(error) if isinstance(error, ExtractionFailed) else llm.describe_error(cause)
    attempts = extraction.attempts + 1
    Extraction.objects.filter(pk=extraction.pk).update(
        attempts=attempts,
        last_error=description[:200],
        status=Extraction.Status.FAILED if attempts >= _max_attempts() else Extraction.Status.QUEUED,
    )
    logger.warning("Extraction of conversation %s failed (%s)", extraction.conversation_id, description)


def _source_for(conversation: Conversation, memory: Memory | None, redactor: Redactor) -> ExtractionInput:
    messages = conversation.messages.exclude(role=Message.Role.SYSTEM).order_by("sent_at", "id")
    lines = [
        TranscriptLine(role, redactor.redact(content)) for role, content in messages.values_list("role", "content")
    ]
    known = {}
    if memory is not None:
        known = {fact.key: fact.value for fact in memory.facts.all()}
    return ExtractionInput(
        lines=lines,
        previous_summary=memory.summary if memory is not None else "",
        known_facts=known,
        open_issues=list(conversation.person.open_issues or []),
        channel=conversation.get_channel_display(),
        when=conversation.last_message_at or conversation.started_at,
    )


def _extract_and_write(conversation: Conversation, extraction: Extraction) -> Extraction:
    now = timezone.now()
    person, agent = conversation.person, conversation.agent
    memory = Memory.objects.filter(person=person, agent=agent).first()
    if memory is not None and retention.is_expired(
        updated_at=memory.updated_at, retention_days=agent.memory_retention_days, now=now
    ):
        memory = None  # expired memory is never read; it is replaced below

    redactor = Redactor()
    extractor = choose_extractor()
    source = _source_for(conversation, memory, redactor)
    result = filter_secrets(extractor.extract(source), redactor)
    episode_text = result.episode_summary or result.summary
    embedding = llm.embed(episode_text) if episode_text else None

    with transaction.atomic():
        extraction = Extraction.objects.select_for_update().get(pk=extraction.pk)
        if extraction.status == Extraction.Status.SUCCEEDED:
            return extraction  # another worker finished it while the model was thinking
        retention.delete_expired_memory_of(person, agent, now=now)
        memory, _ = Memory.objects.select_for_update().get_or_create(
            person=person, agent=agent, defaults={"updated_at": now}
        )
        facts_written = merge_facts(memory, result.facts, conversation=conversation)
        if result.summary and memory.summary != source.previous_summary:
            # Another conversation was learned from while the model worked: fold
            # this one's episode into that newer summary rather than overwrite it.
            memory.summary = limit_sentences(f"{memory.summary} {episode_text}")
        elif result.summary:
            memory.summary = result.summary
        memory.updated_at = now
        memory.save(update_fields=["summary", "updated_at"])
        if episode_text and embedding is not None:
            episode, _ = Episode.objects.update_or_create(
                conversation=conversation,
                defaults={
                    "person": person,
                    "agent": agent,
                    "summary": episode_text,
                    "embedding": embedding,
                    "created_at": conversation.closed_at or now,
                },
            )
            Episode.objects.filter(pk=episode.pk).update(search_vector=SearchVector("summary", config="english"))
        _update_person(person.pk, result, conversation, now=now)
        extraction.status = Extraction.Status.SUCCEEDED
        extraction.skip_reason = ""
        extraction.attempts += 1
        extraction.last_error = ""
        extraction.extractor = extractor.name
        extraction.facts_written = facts_written
        extraction.secrets_dropped = redactor.count
        extraction.finished_at = timezone.now()
        extraction.save()
        context.invalidate_cached_layers(person.pk)
        # A reader may cache the old layers between now and the commit.
        transaction.on_commit(lambda: context.invalidate_cached_layers(person.pk))
    return extraction


def _update_person(person_id: int, result: ExtractionResult, conversation: Conversation, *, now: datetime) -> None:
    """L2 history (counts, trust, churn) and L4 preferences and mood, from one conversation."""
    person = Person.objects.select_for_update().get(pk=person_id)
    counts = result.classification
    person.positive_interactions += counts.positive_interaction
    person.escalations += counts.escalation
    person.complaints += counts.complaint
    person.unresolved_issues += counts.unresolved_issue
    person.positive_resolutions += counts.positive_resolution
    person.trust_score = scoring.trust_score(
        base=settings.MEMORY_TRUST_BASE,
        positive_interactions=person.positive_interactions,
        escalations=person.escalations,
        complaints=person.complaints,
    )
    last_contact = person.last_seen_at or conversation.last_message_at or now
    person.churn_risk = scoring.churn_risk(
        base=settings.MEMORY_CHURN_BASE,
        days_since_last_interaction=max((now - last_contact).total_seconds() / 86400, 0),
        unresolved_issues=person.unresolved_issues,
        positive_resolutions=person.positive_resolutions,
    )
    if result.tone_preference:
        person.tone_preference = result.tone_preference[:50]
    person.open_issues = list(result.open_issues)
    if result.personal_details:
        person.personal_details = result.personal_details
    if result.mood:
        person.last_mood = result.mood
        person.last_mood_confidence = result.mood_confidence
        person.last_mood_at = conversation.last_message_at or now
    if not person.language and result.language:
        person.language = result.language
    if person.first_contact_at is None:
        person.first_contact_at = conversation.started_at
    person.save(
        update_fields=[
            "positive_interactions",
            "escalations",
            "complaints",
            "unresolved_issues",
            "positive_resolutions",
            "trust_score",
            "churn_risk",
            "tone_preference",
            "open_issues",
            "personal_details",
            "last_mood",
            "last_mood_confidence",
            "last_mood_at",
            "language",
            "first_contact_at",
            "updated_at",
        ]
    )

"""Preferences and habits, devices the customer owns, and the plan or tier they are on."""

from __future__ import annotations

import functools
import re

from customer_memory.extraction.places import known_place
from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, LOW, MEDIUM, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Keywords, Text, lower_fold, words

_CONFIDENCE = {"preferences": MEDIUM, "likes": LOW, "dislikes": MEDIUM, "dietary": HIGH, "allergies": HIGH}
# These values read as a whole phrase ("usually shop on weekends"); others end at the first new clause.
_WHOLE = frozenset({"habit", "business"})
_TIME = re.compile(
    r"\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|\d{1,2} ?(?:am|pm)|manana|tarde|noche|"
    r"matin|soir|morgens|abends|manha|noite|sang|chieu|toi)\b",
    re.IGNORECASE,
)
_MODEL_TOKEN = re.compile(r"^(?:[A-Z0-9][\w+-]*|\d+\w*|pro|max|plus|mini|ultra|air|se|lite|series)$")


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    for pattern, key in pack.preferences:
        match = pattern.search(text.folded)
        if match is None:
            continue
        raw = text.span(match, "v")
        value = raw.strip(" ,.;!?") if key in _WHOLE else values.cut(raw, pack)
        if key == "preferences" and _TIME.search(lower_fold(value)):
            key = "preferred_time"
        if key == "favourite":
            key = "favourite_" + "_".join(lower_fold(match["thing"]).split())
        channel = pack.channels.get(lower_fold(value))
        if channel:
            key, value = "preferred_contact_channel", channel
        if (key in _WHOLE and len(value) > 3) or values.usable(value, pack):
            found.append(Found(key, value, _CONFIDENCE.get(key, MEDIUM), match.start()))
    for pattern in pack.device:
        for match in pattern.finditer(text.folded):
            if value := _device(text.span(match, "v")):
                found.append(Found("device", value, HIGH, match.start()))
    for pattern in pack.plan:
        if match := pattern.search(text.folded):
            value = values.cut(text.span(match, "v"), pack, max_words=4)
            if values.usable(value, pack):
                found.append(Found("plan", value, HIGH, match.start()))
                break
    else:
        found += named_plans(text, pack)
    return found


# --- A plan named beside the word for plan -------------------------------------------------------------

# Tier words that name a plan in lower case too ("tarifa simples", "gói bảo hiểm Vàng"), folded.
_TIER_WORDS = (
    r"gold|silver|platinum|premium|vip|basic|basico|basica|standard|estandar|family|familia|familiar|plus|pro|max|"
    r"oro|plata|bronce|ouro|prata|bronze|simples|simple|essencial|esencial|essentiel|illimitee|illimite|ilimitado|"
    r"ilimitada|unlimited|starter|business|empresarial|negocios|team|enterprise|vang|bac|kim cuong|bach kim|dong|"
    r"זהב|כסף|פלטינום|ברונזה|עסקי|פרימיום|בסיסי|משפחתי"
)
_BANDWIDTH = r"\d{2,4}\s?(?:mega|megas|mb|mbps|giga|gigas|gb|ג'יגה|גיגה|מגה)\b"
_BANDWIDTH_RX = re.compile(_BANDWIDTH, re.IGNORECASE)


@functools.cache
def _plan_patterns(plan_words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(re.escape(word) for word in sorted(plan_words, key=len, reverse=True))
    # Not money or a card ("CHF 49", "Amex"), and not a code: a name starts with a capital letter.
    name = (
        r"(?!(?:CHF|EUR|USD|GBP|BRL|ILS|VND|Visa|Amex|Mastercard|PayPal|Facebook|Zalo|WhatsApp)\b)"
        r"[A-Z][\w&+-]{0,20}(?:\s[A-Z0-9][\w&+-]{0,20}){0,2}"
    )
    # Hebrew glues "in the" to the noun ("במסלול"); Vietnamese may put a word or two between ("gói bảo hiểm Vàng").
    after = re.compile(
        r"(?<![^\W\u05d5\u05d4\u05d1\u05dc\u05e9\u05de\u05db])(?i:" + nouns + r")\s(?:(?i:de|do|da|d')\s?|['\"“«])?"
        r"(?:(?P<v>(?i:"
        + _TIER_WORDS
        + r")(?!\w)|(?i:"
        + _BANDWIDTH
        + r"))|(?:[a-z]{2,10}\s){0,2}(?P<n>"
        + name
        + r"))"
    )
    # "on your Team plan", "im Tarif Starter" is above; "my Gold membership": a determiner of one's own first.
    before = re.compile(
        r"(?i:\b(?:my|our|your|on the|on a|on your|meinem|unserem|meinen|unseren)\s)(?P<n>"
        + name
        + r")\s(?i:plan|tier|tarif|membership|subscription|package)\b"
        r"(?!\s(?i:page|pages|price|prices|pricing|details|website|site|section|benefits|features|option|offer)\b)"
    )
    return after, before


def named_plans(text: Text, pack: LanguagePack) -> list[Found]:
    """ "Tarif Mobil XL", "im Tarif Starter", "your Team plan", "abonnée Fibre Max", "plano de 500 mega", "במסלול
    'עסקי'": a plan named beside the language's word for plan, in a sentence about the customer (a word like
    "my", "I", "we") that asks nothing ("is the Premium plan cheaper?" is a question about a plan)."""
    if not pack.plan_words:
        return []
    after, before = _plan_patterns(pack.plan_words)
    self_words = _self_words(pack.self_words)
    for sentence in sentences_with_spans(text.folded):
        chunk = sentence.group()
        lower = chunk.lower()
        if "?" in chunk or not self_words.found_in(lower):
            continue
        for pattern in (after, before):
            if (match := pattern.search(chunk)) and not _ASKING.found_in(_clause(lower, match.start(), match.end())):
                group = "v" if pattern is after and match["v"] else "n"
                value = values.cut(
                    text.original[sentence.start() + match.start(group) : sentence.start() + match.end(group)],
                    pack,
                    max_words=4,
                )
                usable = values.usable(value, pack) and lower_fold(value) not in pack.not_values
                bandwidth = _BANDWIDTH_RX.fullmatch(value) is not None
                if usable and (bandwidth or not (value[:1].isdigit() or known_place(value))):
                    return [Found("plan", value, MEDIUM, sentence.start() + match.start())]
    return []


# Asking about a plan is not having it ("Ich habe nach dem Tarif XL gefragt"), in every language, folded.
_ASKING = Keywords(
    words(
        "asked|asking|wondering|interested|considering|thinking about|want to know|how much|gefragt|fragen|frage|"
        "interessiere|uberlege|pregunte|preguntar|me interesa|cuanto cuesta|quisiera saber|perguntei|perguntar|"
        "me interessa|quanto custa|queria saber|demande|demander|interesse|combien coute|savoir|muon biet|"
        "bao nhieu|שאלתי|מתעניין|מתעניינת|כמה עולה|רוצה לדעת|שוקל|שוקלת"
    )
)


@functools.cache
def _self_words(words: tuple[str, ...]) -> Keywords:
    return Keywords(words)


def _clause(lower: str, start: int, end: int) -> str:
    """The comma-delimited part of the sentence around start..end."""
    return lower[lower.rfind(",", 0, start) + 1 : (lower.find(",", end) + 1 or len(lower) + 1) - 1]


_SENTENCE_SPANS = re.compile(r"[^.!?\n]{1,400}[.!?]?")


def sentences_with_spans(text: str):
    return _SENTENCE_SPANS.finditer(text)


def _device(raw: str) -> str:
    """The brand and model, not the rest of the sentence ("iPhone 13 Pro keeps crashing" -> "iPhone 13 Pro")."""
    tokens = raw.split()
    kept = tokens[:1]
    for token in tokens[1:4]:
        if not _MODEL_TOKEN.match(token.strip(",.")):
            break
        kept.append(token.strip(",."))
    return " ".join(kept).strip(" ,.")

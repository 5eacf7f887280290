"""Who the customer is: name, age, where they live and where they come from."""

from __future__ import annotations

import re

from customer_memory.extraction.places import known_place
from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, MEDIUM, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text, words


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    for index, pattern in enumerate(pack.name):
        match = pattern.search(text.folded)
        # The first pattern of each pack is the explicit "my name is": any case is a name there.
        value = values.name(text.span(match, "v"), pack, explicit=index == 0) if match else ""
        if match and value:
            key = "preferred_name" if "call me" in text.lower[match.start() : match.end()] else "name"
            found.append(Found(key, value, HIGH if index == 0 else MEDIUM, match.start()))
            break
    for pattern in pack.age:
        if match := pattern.search(text.folded):
            group = next((g for g in ("v", "v2", "v3") if g in pattern.groupindex and match[g]), None)
            if group and (value := values.age(text.span(match, group), pack)):
                found.append(Found("age", value, HIGH, match.start()))
                break
    for patterns, key in ((pack.moved, "location"), (pack.location, "location"), (pack.hometown, "hometown")):
        for pattern in patterns:
            for match in pattern.finditer(text.folded):
                if value := values.place(text.span(match, "v"), pack):
                    found.append(Found(key, value, HIGH if key == "location" else MEDIUM, match.start()))
    return found


# Greetings and courtesies that come capitalised in pairs ("Buenos Días", "Guten Morgen", "Thank You").
_COURTESIES = frozenset(
    words(
        "good|morning|afternoon|evening|day|night|dear|thank|thanks|you|buenos|buenas|dias|tardes|noches|hola|gracias|"
        "estimado|estimada|bom|boa|dia|tarde|noite|ola|oi|obrigado|obrigada|caro|cara|prezado|prezada|guten|tag|"
        "morgen|abend|hallo|danke|sehr|geehrte|geehrter|liebe|lieber|bonne|journee|soiree|cher|chere|merci|xin|chao|"
        "cam|on|hello|hi|hey|team|support|customer|service|happy|new|year|feliz|ano|navidad|natal"
    )
)
_SENTENCES = re.compile(r"[^.!?\n]{1,200}")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{0,20}(?:['’-][^\W\d_]{1,20})?")


def signed_name(text: Text, pack: LanguagePack) -> str:
    """A name said on its own at the start of the conversation, as people sign a call: "Bonjour Madame. Hervé
    Dumoulin. J'ai soixante-dix ans…". Two to four capitalised words making a whole sentence among the first
    three, none of them a word of the language's lists (greetings, pronouns, "thanks"), not a place. Read in
    the first customer message only, when no other name was said (the caller's way of introducing themself)."""
    for sentence in _SENTENCES.findall(text.original)[:3]:
        tokens = sentence.replace(",", " ").split()
        if not 2 <= len(tokens) <= 4:
            continue
        if all(
            token[:1].isupper()
            and _NAME_WORD.fullmatch(token)
            and values.lower_fold(token) not in pack.not_values
            and values.lower_fold(token) not in pack.clause_words
            and values.lower_fold(token) not in _COURTESIES
            for token in tokens
        ) and not known_place(sentence):
            return " ".join(tokens)
    return ""

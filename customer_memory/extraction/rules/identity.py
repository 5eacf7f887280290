"""Who the customer is: name, age, where they live and where they come from."""

from __future__ import annotations

from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, MEDIUM, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text


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

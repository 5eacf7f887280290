"""Family and relationships ("my grandson Tyler"), marital status, children and pets."""

from __future__ import annotations

from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text, lower_fold

# "seit mein Mann gestorben ist": the status the words say.
_WIDOWED = {"gestorben": "verwitwet", "verstorben": "verwitwet"}


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    for pattern in pack.relation:
        for match in pattern.finditer(text.folded):
            word = lower_fold(match["rel"]).strip()
            key = pack.relations.get(word)
            relative = values.name(text.span(match, "name"), pack)
            if key and relative:
                found.append(Found(key, f"{relative} ({text.span(match, 'rel').lower()})", HIGH, match.start()))
    for pattern in pack.marital:
        if match := pattern.search(text.folded):
            status = text.span(match, "v").lower()
            found.append(Found("marital_status", _WIDOWED.get(status, status), HIGH, match.start()))
            break
    for pattern in pack.children:
        if match := pattern.search(text.folded):
            how_many = text.span(match, "v") if "v" in pattern.groupindex else ""
            what = text.span(match, "what") if "what" in pattern.groupindex else text.span(match, 0)
            found.append(Found("children", f"{how_many} {what}".strip().lower(), HIGH, match.start()))
            break
    for pattern in pack.pet:
        for match in pattern.finditer(text.folded):
            species = text.span(match, "species").lower()
            if lower_fold(species) not in pack.pets:
                continue
            pet_name = values.name(text.span(match, "name"), pack) if match["name"] else ""
            found.append(Found("pet", f"{pet_name} ({species})" if pet_name else species, HIGH, match.start()))
    return found

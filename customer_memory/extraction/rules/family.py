"""Family and relationships ("my grandson Tyler"), marital status, children and pets."""

from __future__ import annotations

import functools
import re

from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text, lower_fold, words

# "seit mein Mann gestorben ist": the status the words say.
_WIDOWED = {
    "gestorben": "verwitwet", "verstorben": "verwitwet",
    # "since my husband passed", "desde que o meu marido faleceu", "desde que murió mi esposa".
    "passed": "widowed", "passed away": "widowed", "died": "widowed",
    "marido faleceu": "viúva", "marido morreu": "viúva", "mulher faleceu": "viúvo", "mulher morreu": "viúvo",
    "esposa faleceu": "viúvo", "esposa morreu": "viúvo",
    # "depuis que ma femme est décédée": widowed, said in French.
    "femme est decedee": "veuf", "femme est morte": "veuf", "epouse est decedee": "veuf", "epouse est morte": "veuf",
    "mari est decede": "veuve", "mari est mort": "veuve", "epoux est decede": "veuve", "epoux est mort": "veuve",
    "murio mi esposo": "viuda", "murio mi marido": "viuda", "fallecio mi esposo": "viuda", "fallecio mi marido": "viuda",
    "murio mi esposa": "viudo", "murio mi mujer": "viudo", "fallecio mi esposa": "viudo", "fallecio mi mujer": "viudo",
}  # fmt: skip


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    taken: list[tuple[int, int]] = []  # "meine Söhne Max und Leon": read once, by the first pattern that reads it
    for pattern in pack.relation:
        for match in pattern.finditer(text.folded):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            word = lower_fold(match["rel"]).strip()
            key = pack.relations.get(word)
            relative = values.name(text.span(match, "name"), pack)
            # "mis hijas Regina y Sofía", "my sons Tom and Jack": both names, one relation.
            second = values.name(text.span(match, "name2"), pack) if "name2" in pattern.groupindex else ""
            if relative and second:
                relative = f"{relative}, {second}"
            if key and relative:
                found.append(Found(key, f"{relative} ({text.span(match, 'rel').lower()})", HIGH, match.start()))
                taken.append(match.span())
    for pattern, key in pack.parent_of:
        if match := pattern.search(text.folded):
            children = [values.name(text.span(match, g), pack) for g in ("name", "name2") if g in pattern.groupindex]
            if named := [child for child in children if child]:
                found.append(Found(key, ", ".join(named), HIGH, match.start()))
    for pattern in pack.marital:
        if match := pattern.search(text.folded):
            status = text.span(match, "v").lower()
            found.append(Found("marital_status", _WIDOWED.get(lower_fold(status), status), HIGH, match.start()))
            break
    for pattern in pack.children:
        if match := pattern.search(text.folded):
            # "v": the number; "of": its construct form ("שלושת הילדים").
            how_many = next((text.span(match, g) for g in ("v", "of") if g in pattern.groupindex and match[g]), "")
            what = text.span(match, "what") if "what" in pattern.groupindex else text.span(match, 0)
            found.append(Found("children", f"{how_many} {what}".strip().lower(), HIGH, match.start()))
            break
    for pattern in pack.pet:
        for match in pattern.finditer(text.folded):
            species = text.span(match, "species").lower()
            if lower_fold(species) not in pack.pets:
                continue
            group = "name2" if "name2" in pattern.groupindex and match["name2"] else "name"
            pet_name = values.name(text.span(match, group), pack) if match[group] else ""
            if pet_name and any(item.key == "pet" and item.value.startswith(f"{pet_name} (") for item in found):
                continue  # "einen Schäferhund namens Rex": the breed and the animal, one pet
            found.append(Found("pet", f"{pet_name} ({species})" if pet_name else species, HIGH, match.start()))
    # "Ich habe eine Katze, sie heißt Luna": the cat is Luna, not a second, nameless cat.
    with_names = {
        item.value.rsplit(" (", 1)[-1].rstrip(")") for item in found if item.key == "pet" and " (" in item.value
    }
    # "a dog now as well, a collie called Bran": the nameless dog is the collie (the breed says the species).
    with_names |= {pack.pets.get(lower_fold(species), species) for species in with_names}
    found = [item for item in found if item.key != "pet" or " (" in item.value or item.value not in with_names]
    named = " ".join(lower_fold(item.value) for item in found if item.key == "pet")
    found += [pet for pet in named_pets(text, pack) if lower_fold(pet.value.split(" (")[0]) not in named]
    return found


# Breeds name the animal in every language ("my beagle", "mes deux labradors").
_BREEDS = words(
    "labrador|labradors|beagle|beagles|greyhound|golden retriever|retriever|poodle|chihuahua|pug|dachshund|teckel|"
    "bulldog|husky|border collie|collie|schnauzer|spaniel|terrier|yorkshire|shih tzu|maltese|bichon|pastor aleman|"
    "dackel|schaferhund|vira-lata|viralata|siamese|siames|maine coon|ragdoll|persa|perser|matou|galgo|caniche|"
    "boxer|rottweiler|pitbull|corgi|cocker|jack russell|westie|pomeranian|spitz|akita|shiba"
)
_NAME = r"[A-Z][\w'’-]{1,20}"
_PET_FILLER = r"(?:[\w'’]{1,8}\s){0,3}?"
_AND = r"(?:and|et|pis|y|e|und|voi|va|&)"  # "pis": "and" as Québec says it


@functools.cache
def _pet_patterns(species_words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    species = "(?i:" + "|".join(re.escape(w) for w in sorted(species_words, key=len, reverse=True)) + ")"
    # "Biscuit — my beagle", "Pixel (the cat, …)", "Mabel, my old greyhound", "Gribouille (un vieux matou …)".
    after_name = re.compile(
        r"(?<![\w'’])(?P<name>"
        + _NAME
        + r")\s?(?:\u2014|\u2013|\(|,| -)\s?"
        + _PET_FILLER
        + r"(?P<species>"
        + species
        + r")(?:s|es)?(?![\w'’])"
    )
    # "mes deux labradors, Moka et Pistache", "2 bé mèo, Mochi với Bông".
    two_names = re.compile(
        r"(?P<species>" + species + r")(?:s|es)?,?\s(?P<name>" + _NAME + r")\s" + _AND + r"\s(?P<name2>" + _NAME + r")"
    )
    return after_name, two_names


def named_pets(text: Text, pack: LanguagePack) -> list[Found]:
    """Pets named beside their kind: "Biscuit — my beagle", "mes deux labradors, Moka et Pistache". Not in
    Vietnamese, whose kinds fold into everyday words ("chó" and "cho", "thỏ" and "thơ"): its pack's own
    patterns read them with their classifiers ("con chó", "bé mèo")."""
    if pack.code == "vi":
        return []
    after_name, two_names = _pet_patterns(tuple(pack.pets) + _BREEDS)
    found: list[Found] = []
    for match in two_names.finditer(text.folded):
        kind = text.span(match, "species").lower()
        for group in ("name", "name2"):
            if _pet_name(text, match, group, pack):
                found.append(Found("pet", f"{text.span(match, group)} ({kind})", HIGH, match.start()))
    if not found:
        for match in after_name.finditer(text.folded):
            kind = text.span(match, "species").lower()
            if _pet_name(text, match, "name", pack):
                found.append(Found("pet", f"{text.span(match, 'name')} ({kind})", HIGH, match.start()))
    return found


# "Thanks, John, my dog is fine": a name after a courtesy is the person spoken to.
_SPOKEN_TO = re.compile(
    r"(?i:thanks|thank you|hi|hello|hey|dear|merci|bonjour|gracias|hola|obrigad[oa]|ola|danke|hallo|cam on|chao|"
    r"xin chao|תודה|שלום|היי)[,!\s]{1,3}$"
)


def _pet_name(text: Text, match: re.Match[str], group: str, pack: LanguagePack) -> bool:
    word = lower_fold(match[group])
    spoken_to = _SPOKEN_TO.search(text.folded[max(match.start(group) - 16, 0) : match.start(group)]) is not None
    # "Mein Hund, ein Dackel, heißt Waldi": "Hund" is the kind, not a name.
    kind = word in pack.pets or word in _BREEDS
    return word not in pack.not_values and word not in pack.clause_words and not spoken_to and not kind

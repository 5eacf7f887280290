"""The vehicle the customer drives: a make or model we know, right after the words a language uses for having
or driving one ("tengo una Tiguan 2021", "ich fahre jetzt einen Skoda Enyaq", "xe CX-5 đời 2020", "I drive a
2019 Honda CR-V"), kept as a `product` (seed 004's products the customer owns and keeps using).

A make or model alone is not enough ("my wife's Jetta", "if I bought a Tesla"): the pack's `vehicle_cues`
(folded, lowercase: "tengo un", "ich fahre", "my") must come just before it. A later conversation naming
another car replaces the first, keeping it as the previous value ("ya vendí la Tiguan, ahora traigo una
Tacoma"). Makes that are also everyday words ("Seat", "Triumph") count only when written with a capital.
"""

from __future__ import annotations

import functools
import re

from customer_memory.extraction.rules.found import HIGH, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.languages.patterns import trie
from customer_memory.extraction.rules.text import Text, lower_fold, words

KEY = "product"

# Makes sold in the markets of our seven languages (folded, lowercase).
MAKES = words(
    "toyota|honda|nissan|mazda|subaru|mitsubishi|suzuki|lexus|infiniti|acura|hyundai|kia|ford|chevrolet|chevy|"
    "gmc|dodge|jeep|chrysler|cadillac|buick|tesla|rivian|volkswagen|vw|audi|bmw|mercedes-benz|mercedes|porsche|"
    "opel|skoda|cupra|renault|peugeot|citroen|dacia|fiat|alfa romeo|lancia|maserati|volvo|land rover|range rover|"
    "jaguar|vauxhall|byd|geely|chery|great wall|haval|vinfast|proton|perodua|tata|mahindra|maruti|isuzu|polestar|"
    "lada|ssangyong|kgm|xpeng|nio|omoda|jaecoo|yamaha|kawasaki|ducati|harley-davidson|harley|vespa|piaggio|"
    "royal enfield|ktm|triumph|seat|mini cooper|mg|ds"
)
# Makes that are everyday words in some language: only with a capital ("un Seat León", not "my seat").
_CAPITALISED_ONLY = frozenset(words("seat|mini|mg|ds|triumph|harley|nio|tata|proton"))
# Models named without their make, unambiguous enough to stand alone (folded, lowercase).
MODELS = words(
    "corolla|camry|prius|rav4|rav 4|yaris|hilux|land cruiser|tacoma|tundra|highlander|sienna|c-hr|vios|innova|"
    "fortuner|civic|accord|cr-v|crv|hr-v|hrv|sentra|altima|qashqai|x-trail|juke|navara|micra|cx-3|cx-30|cx-5|cx5|"
    "cx-50|cx-60|cx-9|cx-90|mazda3|mazda 3|mazda2|mazda 2|mazda6|mazda 6|mx-5|outback|forester|impreza|outlander|"
    "pajero|lancer|xpander|jimny|vitara|elantra|tucson|santa fe|ioniq|creta|sportage|sorento|picanto|seltos|"
    "carnival|ev6|f-150|f150|fiesta|mondeo|mustang|kuga|ecosport|silverado|onix|cruze|equinox|wrangler|cherokee|"
    "renegade|model 3|model y|model s|model x|passat|jetta|tiguan|touareg|t-roc|t-cross|taigo|amarok|id.3|id.4|"
    "id.5|id.7|id. buzz|id.buzz|e-tron|corsa|astra|insignia|mokka|octavia|fabia|kodiaq|karoq|kamiq|enyaq|ibiza|"
    "arona|ateca|clio|megane|captur|kadjar|kangoo|duster|sandero|berlingo|ducato|xc40|xc60|xc90|evoque|"
    "atto 3|vf 8|vf8|vf 9|vf9|vf 5|vf5|vf 6|vf6|vf e34|fadil|hilux revo|ranger raptor|air blade|airblade|exciter"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# A word after the make, read in lowercase text (the original's capitals are checked in `_vehicle`).
_MODEL_WORD = r"(?:[a-z0-9][a-z0-9.-]{0,11}[a-z0-9]|[a-z0-9])"
# Between the cue and the vehicle, in any language: a time word, then an article or a possessive, then the
# year or "new" ("fahre jetzt einen", "traigo una", "tenho um", "I drive a 2019").
_FILLERS = words(
    "jetzt|now|ahora|agora|ya|ja|also|auch|aussi|tambien|tambem|still|todavia|ainda|encore|noch|seit kurzem"
)
_ARTICLES = words(
    "a|an|the|my|our|un|una|el|la|mi|nuestro|nuestra|um|uma|o|meu|minha|nosso|nossa|une|le|ma|mon|notre|"
    "einen|eine|ein|den|die|das|meinen|meine|mein|unseren|unsere|unser"
)
_BEFORE = words("new|used|nuevo|nueva|usado|usada|novo|nova|neuen|neue|neues|gebrauchten|nouvelle|nouveau")


@functools.cache
def _pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    cue = trie(sorted(set(cues)))
    known = trie(sorted(set(MAKES) | set(MODELS)))
    return re.compile(
        rf"(?<![\w-]){cue}(?:\s{trie(_FILLERS)})?(?:\s{trie(_ARTICLES)})?(?:\s(?:{_YEAR}|{trie(_BEFORE)}))?\s"
        rf"(?P<v>{known}(?![\w-])(?:\s{_MODEL_WORD}(?![\w-])){{0,2}})"
    )


# "if I bought a Tesla", "si me compro un Corolla", "wenn ich einen ID.3 hätte": a clause opening with one of
# these is a hypothetical, in any of our languages (folded).
_IF = re.compile(r"(?<![\w'])(?:if|si|se|wenn|falls|neu|nếu|אם)(?![\w'])")
_CLAUSE_BREAK = re.compile(r"[.,;:!?\n]")


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    pattern = _pattern(pack.vehicle_cues)
    if pattern is None:
        return []
    found: list[Found] = []
    for match in pattern.finditer(text.lower):
        start = match.start()
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text.lower, max(0, start - 80), start)), default=0)
        if _IF.search(text.lower, max(clause_start, start - 80), start):
            continue
        value = _vehicle(text.span(match, "v"))
        if value:
            found.append(Found(KEY, value, HIGH, match.start("v")))
    return found


def _vehicle(raw: str) -> str:
    """The make and model as written, with the model year kept and the rest of the sentence left out: words
    after the known name stay only when they have a capital or a digit ("Honda CR-V 2019", not "Tiguan y")."""
    tokens = raw.split()
    kept: list[str] = []
    for index, token in enumerate(tokens):
        token = token.strip(",.;:!?")
        if index == 0:
            first = token.lower()
            if any(first == make.split()[0] for make in _CAPITALISED_ONLY) and not token[:1].isupper():
                return ""
            kept.append(token)
            continue
        plain = token[:1].isupper() or token[:1].isdigit()
        if not token or not (plain or f"{kept[-1].lower()} {token.lower()}" in _KNOWN_PAIRS):
            break
        kept.append(token)
    return " ".join(kept)


# Two words of a known make or model ("land cruiser", "santa fe"): a lowercase second word is still the name.
_KNOWN_PAIRS = frozenset(
    " ".join(pair) for entry in MAKES + MODELS for pair in zip(entry.split(), entry.split()[1:], strict=False)
)


def not_devices(found: list[Found]) -> list[Found]:
    """A car the device patterns also took ("my Peugeot 208" after "my") is the product, not a device."""
    cars = [lower_fold(item.value) for item in found if item.key == KEY]
    if not cars:
        return found
    return [
        item
        for item in found
        if item.key != "device"
        or not any(car in lower_fold(item.value) or lower_fold(item.value) in car for car in cars)
    ]

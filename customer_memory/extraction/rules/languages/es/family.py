"""Spanish patterns for family and pets: relatives and their names, marital status, children, pets."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import alternation, rx
from customer_memory.extraction.rules.languages.es.words import PETS, RELATIONS
from customer_memory.extraction.rules.languages.patterns import lead

_REL = alternation(RELATIONS)
_PET = alternation(PETS)

RELATION = (
    rx(
        lead("mi|mis|nuestra|nuestro|nuestras|nuestros")
        + r"\s+(?:(?:querida|querido|difunta|difunto|pequena|pequeno|dos|tres)\s)?(?P<rel>"
        + _REL
        + r")(?:\s(?:mayor|menor|pequena|pequeno|chica|chico|mediana|mediano))?(?:,|\s(?:se llama|que se llama|"
        r"llamad[oa]|se llaman|que se llaman|llamad[oa]s)|)\s+(?:(?:la|el)\s)?(?:(?i:senora|senor|sra|sr|don|dona)"
        r"\.?\s)?(?P<name>[A-Z][\w'-]{1,30})(?:\s(?:y|e)\s(?P<name2>[A-Z][\w'-]{1,30}))?"
    ),
    rx(r"(?P<name>[A-Z][\w'-]{1,30}),?\s(?:mi|nuestra|nuestro)\s(?P<rel>" + _REL + r")\b"),
    rx(
        lead("tengo|tenemos")
        + r"\s(?:un|una)\s(?P<rel>"
        + _REL
        + r")(?:\s(?:mayor|menor))?,?\s(?:que se llama|llamad[oa])\s(?P<name>[A-Z][\w'-]{1,30})"
    ),
)

MARITAL = (
    rx(
        lead("soy|estoy|yo soy|yo estoy")
        + r"\s+(?:felizmente\s)?(?:(?:un|una)\s(?:hombre|mujer|senor|senora)\s)?(?P<v>casad[oa]|solter[oa]|viud[oa]|"
        r"divorciad[oa]|separad[oa]|comprometid[oa])\b"
    ),
    # "desde que murió mi esposo": widowed.
    rx(lead("desde que|despues de que|cuando") + r"\s(?P<v>(?:murio|fallecio)\smi\s(?:esposo|marido|esposa|mujer))\b"),
)

CHILDREN = (
    rx(
        lead("tengo|tenemos|mis|nuestros|nuestras") + r"\s+(?P<v>un|una|uno|dos|tres|cuatro|cinco|seis|\d)\s+"
        r"(?P<what>hij[oa]s?|nin[oa]s?|chic[oa]s|peques|crios)\b"
    ),
)

PET = (
    rx(
        lead("mi|mis|nuestra|nuestro")
        + r"\s+(?:[a-z]{3,12}\s)?(?P<species>"
        + _PET
        + r")(?:\sguia)?(?:,|\s(?:se llama|que se llama|llamad[oa])|)\s+(?:(?:el|la)\s)?(?P<name>[A-Z][\w'-]{1,20})"
    ),
    rx(r"(?P<name>[A-Z][\w'-]{1,20}),?\s(?:mi|nuestra|nuestro)\s(?P<species>" + _PET + r")\b"),
    rx(
        lead("tengo|tenemos")
        + r"\s+(?:(?:ahora|tambien|ya)\s)?(?:un|una|dos|tres|\d)\s+(?P<species>"
        + _PET
        + r")s?(?:(?:,|\s(?:que se llama|llamad[oa]))\s(?:(?:el|la)\s)?(?P<name>[A-Z][\w'-]{1,20}))?"
    ),
    rx(lead("es|era") + r"\s(?:un|una)\s(?P<species>" + _PET + r"),\s(?:(?:el|la)\s)?(?P<name>[A-Z][\w'-]{1,20})"),
    # "Toby es el schnauzer", "Luna es mi gata".
    rx(r"(?P<name>[A-Z][\w'-]{1,20})\s(?:es|era)\s(?:el|la|mi|nuestro|nuestra)\s(?P<species>" + _PET + r")\b"),
)

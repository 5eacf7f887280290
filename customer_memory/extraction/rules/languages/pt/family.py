"""Portuguese patterns for family and pets: relatives and their names, marital status, children, pets."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import alternation, rx
from customer_memory.extraction.rules.languages.patterns import lead
from customer_memory.extraction.rules.languages.pt.words import PETS, RELATIONS

_REL = alternation(RELATIONS)
_PET = alternation(PETS)

RELATION = (
    rx(
        lead("meu|minha|o meu|a minha|nosso|nossa|meus|minhas|os meus|as minhas|nossos|nossas")
        + r"\s+(?:(?:querid[oa]|falecid[oa]|saudos[oa]|dois|duas|tres)\s)?(?P<rel>"
        + _REL
        + r")(?:\s(?:mais velh[oa]|mais nov[oa]|cacula|mais pequen[oa]))?(?:,|\s(?:se chama|que se chama|"
        r"chama-se|chamad[oa]|se chamam|chamad[oa]s)|)\s+(?:(?:o|a|os|as)\s)?(?:(?i:dona|dom|seu|senhora|senhor|sra|"
        r"sr|dra|dr)\.?\s)?(?P<name>[A-Z][\w'-]{1,30})(?:\s(?:e|y)\s(?:(?:o|a)\s)?(?P<name2>[A-Z][\w'-]{1,30}))?"
    ),
    rx(r"(?P<name>[A-Z][\w'-]{1,30}),?\s(?:(?:o|a)\s)?(?:meu|minha|nosso|nossa)\s(?P<rel>" + _REL + r")\b"),
    rx(
        lead("tenho|temos")
        + r"\s(?:um|uma)\s(?P<rel>"
        + _REL
        + r")(?:\s(?:mais velh[oa]|mais nov[oa]))?,?\s(?:que se chama|chamad[oa])\s(?P<name>[A-Z][\w'-]{1,30})"
    ),
)

MARITAL = (
    rx(
        lead("sou|estou|eu sou|eu estou")
        + r"\s+(?:(?:feliz|felizmente)\s)?(?:(?:um|uma)\s(?:homem|mulher|senhor|senhora)\s)?(?P<v>casad[oa]|"
        r"solteir[oa]|viuv[oa]|divorciad[oa]|separad[oa]|noiv[oa])\b"
    ),
    # "desde que o meu marido faleceu": widowed.
    rx(
        lead("desde que|depois que|quando")
        + r"\s(?:o\s)?(?:meu|minha)\s(?P<v>(?:marido|mulher|esposa)\s(?:faleceu|morreu))\b"
    ),
)

CHILDREN = (
    rx(
        lead("tenho|temos|meus|nossos|minhas|nossas|os meus|os nossos")
        + r"\s+(?P<v>um|uma|dois|duas|tres|quatro|cinco|seis|\d)\s+(?P<what>filh[oa]s?|crianc[ao]s|miudos|"
        r"miudas|meninos|meninas)\b"
    ),
)

PET = (
    rx(
        lead("meu|minha|o meu|a minha|nosso|nossa|meus|minhas")
        + r"\s+(?:[a-z]{3,12}\s)?(?P<species>"
        + _PET
        + r")(?:-guia|\sguia)?(?:,|\s(?:se chama|que se chama|chamad[oa])|)\s+(?:(?:o|a)\s)?"
        r"(?P<name>[A-Z][\w'-]{1,20})"
    ),
    rx(r"(?P<name>[A-Z][\w'-]{1,20}),?\s(?:meu|minha|nosso|nossa)\s(?P<species>" + _PET + r")\b"),
    rx(
        lead("tenho|temos")
        + r"\s+(?:(?:agora|tambem|ja)\s)?(?:um|uma|dois|duas|tres|\d)\s+(?P<species>"
        + _PET
        + r")s?(?:(?:,|\s(?:que se chama|chamad[oa]))\s(?:(?:o|a)\s)?(?P<name>[A-Z][\w'-]{1,20}))?"
    ),
)

# "Sou a Patrícia Nogueira, mãe do Davi e do Lucas", "é o Jorge, pai da Inês": the customer's own children.
_PARENT = r"\b(?i:sou|e|aqui e)\s(?:(?i:a|o)\s)?(?:[A-Z][\w'-]{1,30},?\s){0,3}(?i:mae|pai|responsavel)\s"
_CHILD = r"(?P<name>[A-Z][\w'-]{1,30})"
PARENT_OF = (
    (
        rx(
            _PARENT
            + r"(?:do|dos (?:gemeos|meninos|filhos))\s"
            + _CHILD
            + r"(?:\s(?:e\s(?:do\s)?)(?P<name2>[A-Z][\w'-]{1,30}))?(?![\w'-])"
        ),
        "son",
    ),
    (
        rx(
            _PARENT
            + r"(?:da|das (?:gemeas|meninas|filhas))\s"
            + _CHILD
            + r"(?:\s(?:e\s(?:da\s)?)(?P<name2>[A-Z][\w'-]{1,30}))?(?![\w'-])"
        ),
        "daughter",
    ),
)

"""Spanish patterns for who the customer is: name, age, where they live, where they moved, where they are from."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import patterns, rx
from customer_memory.extraction.rules.languages.es.words import _ARTICLE
from customer_memory.extraction.rules.languages.patterns import lead
from customer_memory.extraction.rules.text import words

# Where a self-introduction can start: the message's start, after punctuation, after a greeting.
_OPENERS = (
    "^", r"\n", r"[.!?,;:¡¿]", r"[.!?,;:] ", r"[.!?,;:]  ", r"[Hh]ola ", r"[Bb]uenas ", r"dias ", r"tardes ",
    r"noches ", r"[Pp]ues ", r"[Oo]ye ", r"[Hh]ey ", r"[Bb]ueno ", r"\b[Yy] ", r"\b[Ss]i ",
)  # fmt: skip


def opening(phrases: str, openers: tuple[str, ...] = _OPENERS) -> str:
    """`patterns.opening` with the Spanish openers: literal phrases that must open a clause."""
    return patterns.opening(phrases, openers)


_TITLE = r"(?:(?:el|la)\s)?(?:(?:don|dona|senor|senora|sr|sra|srta|doctor|doctora|dr|dra|Don|Dona|Sr|Sra|Dr|Dra)\.?\s)?"
_NAME = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|del|de la|de los|y) )?[A-Z][\w'-]{1,30}){0,3})"
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}(?: [A-Za-z][\w'-]{1,30}){0,2})"

# A place as typed: capitalised words, with the particles of place names ("Alcalá la Real", "Río de la Plata").
_PLACE = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|del|de la|de los|la|las|el|los) )?[A-Z][\w'-]{1,30}){0,3})"
# Where someone lives: capitalised words as a place name ends ("Valencia el mes pasado" -> "Valencia"), or
# a place typed in lowercase, which the clause words end.
_WHERE = (
    r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|del|de la|de los|la|las|el|los) )?[A-Z][\w'-]{1,30}){0,3}(?![\w'-])"
    r"|[a-z][^.,;:!?\n]{0,59})"
)

# "tengo 20 años de experiencia", "llevo 10 años casada": years of something, not an age.
_NOT_YEARS_OF = r"(?!\s(?:de (?!edad)|en\b|aqui\b|aca\b|trabajando|casad|viviendo))"

NAME = (
    rx(
        r"(?:"
        + lead("mi nombre")
        + r"(?: completo)?(?: es|:)|"
        + opening("me llamo|yo me llamo")
        + r")\s+(?!(?:de|un|una|el|la|con|por|ayer|hoy|para|otra|otro|su|tu|mi|alguien|nadie|ya|a|al|"
        r"antes|despues|luego|anoche|hace|varias|muchas|desde|porque|cuando)\b)" + _ANY_NAME
    ),
    rx(opening("soy|yo soy") + r"\s+" + _TITLE + _NAME),
    rx(
        opening(
            "habla|escribe|le habla|te habla|les habla|le escribe|te escribe|les escribe|os escribe|al habla|"
            "le saluda|te saluda|les saluda|los saluda"
        )
        + r"\s+"
        + _TITLE
        + _NAME
        + r"(?![\w'-]|\s?\?)"
    ),
    rx(lead(r"me (?:dicen|llaman)|puede llamarme|pueden llamarme|llamame|llameme") + r"\s+" + _NAME),
)

AGE = (
    rx(
        lead("tengo|cumpli|cumplo|cumplire|voy a cumplir|acabo de cumplir|he cumplido")
        + r"\s+(?:ya\s)?(?P<v>\d{1,3}|[a-z]{4,12}(?: y [a-z]{2,6})?)\s+an(?:os|itos)\b"
        + _NOT_YEARS_OF
        + r"|"
        + lead("tengo|cumpli|he cumplido|acabo de cumplir")
        + r"\s+(?P<v2>\d{2})(?=\s{0,2}(?:[,.;!?]|$|y\b))"
    ),
    rx(
        lead("mi edad es")
        + r" (?:de )?(?P<v>\d{1,3})\b|"
        + lead("a mis|con mis")
        + r"\s(?:casi\s)?(?P<v2>\d{2}|[a-z]{4,12}(?: y [a-z]{2,6})?) anos\b|"
        + lead("edad:")
        + r"\s?(?P<v3>\d{1,3})\b"
    ),
)

LOCATION = (
    rx(
        lead("vivo|vivimos|resido|residimos|estoy viviendo|estamos viviendo")
        + r"\s+(?:(?:actualmente|ahora|ahorita|todavia|aun|ya|los dos|las dos|juntos|solos?|solas?|aqui|aca|"
        r"alli|alla)\s){0,2}en\s+" + _ARTICLE + _WHERE,
    ),
    rx(
        lead(r"mi (?:casa|piso|departamento|depto|apartamento|domicilio|direccion) (?:esta|queda) en")
        + r"\s+"
        + _ARTICLE
        + _WHERE
    ),
    rx(
        lead("en|aqui en|aca en|de|a")
        + r"\s"
        + _PLACE
        + r",?\s(?:(?:que es )?(?:donde|adonde) (?:vivo|vivimos|resido)|(?:llevo|llevamos|vivo|vivimos) "
        r"(?:[a-z0-9]{1,12} )?(?:anos|meses))\b"
    ),
    rx(lead("llevo|llevamos") + r"\s(?:[a-z0-9]{1,12}\s)?(?:anos|meses)\s(?:viviendo|ya)\sen\s" + _PLACE),
    # "vivo en Sevilla... bueno no, perdona, en Dos Hermanas": the place said after the correction.
    rx(
        lead("vivo|vivimos|resido")
        + r"\sen\s[^\n]{1,60}?(?:perdon|perdona|perdone|mejor dicho|quiero decir|me equivoque|miento)[,.]?\s"
        r"(?:[^.,;!?\n]{1,25},\s)?(?:en|aqui en)\s" + _PLACE
    ),
    rx(lead("aqui en casa|aca en casa") + r",? en\s" + _PLACE),
    rx(
        lead("mi|nuestro|nuestra")
        + r"\s(?:piso|casa|departamento|depto|apartamento|apto|chalet|hogar)\s(?:de|en)\s"
        + _PLACE
    ),
)

LIVES_WORDS = words(
    "vivo|vivimos|vive|viven|resido|residimos|radico|radicamos|estoy en|estamos en|aqui en|aca en|mi casa|domicilio"
    "|trabajo|trabajamos|tengo un negocio|tengo una tienda"
)

MOVED_WORDS = words(
    "mude|mudamos|mudado|mudo|me mude|nos mudamos|cambiamos|me cambie|nos cambiamos|trasladamos|traslade|mudanza|fui a vivir|fuimos a vivir"
)

PLACE_PREPS = words("en")
MOVE_PREPS = words("a|para|hacia")

TRIP_WORDS = words(
    "viaje|vacaciones|de visita|visitando|esta semana|congreso|de paso|hotel|por trabajo unos dias|vuelo|vuelos|"
    # A move only thought of ("si me sale el trabajo en Lima quizá me mudo").
    "quiza|quizas|tal vez|a lo mejor|capaz que|pienso mudarme|quiero mudarme|me gustaria mudarme|queremos mudarnos"
)

MOVED = (
    rx(
        lead(
            "me mude|nos mudamos|me he mudado|nos hemos mudado|me acabo de mudar|nos acabamos de mudar|"
            "me voy a vivir|me fui a vivir|nos fuimos a vivir|me vine a vivir|nos vinimos a vivir|"
            "me he ido a vivir|me cambie de casa|me traslade"
        )
        + r"\s+(?:de\s[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2}\s)?(?:a|al|para)\s+"
        + _WHERE,
    ),
)

HOMETOWN = (
    rx(
        lead("soy|yo soy|somos")
        + r"\s+(?:(?:originari[oa]s?|oriund[oa]s?|natural(?:es)?)\s+)?(?:[a-z]{3,15},\s+)?de\s+"
        + _PLACE
    ),
    rx(lead("naci|nacimos|me crie|creci|vengo originalmente") + r"\s+(?:en|de)\s+" + _PLACE),
)

# El agente lee dónde vive ("¿La dirección es en Coyoacán, CDMX?") y el sí que lo confirma.
ADDRESS_WORDS = words(
    "direccion|domicilio|residencia|sigue viviendo|sigues viviendo|sigue usted viviendo|vive usted|vive en|vives en"
)
YES_WORDS = words("si|sip|claro|correcto|exacto|asi es|eso es|efectivamente|ajam|aja")

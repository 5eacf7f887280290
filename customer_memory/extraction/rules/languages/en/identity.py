"""English patterns for who the customer is: name, age, where they live, where they moved, where they are from."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import Pattern, rx
from customer_memory.extraction.rules.languages.en.words import _I_AM, _SENTENCE_START, _VALUE, _WE_ARE, I, _w, _ws
from customer_memory.extraction.rules.text import words


def _opening(rest: str, *, comma: bool = True) -> tuple[Pattern, ...]:
    """`rest` where a message or a sentence opens: at the start, after . ! ? (and "," when `comma`) or after a
    greeting ("Hi, this is Tom"). Three patterns, in that order, each quick to search."""
    punctuation = "[.!?,]" if comma else "[.!?]"
    return (
        rx("^" + rest),
        rx(punctuation + r"\s{0,3}" + rest),
        rx(_w(*_GREETINGS) + r"[,!]?\s{1,3}" + rest),
    )


_GREETINGS = (
    "hi there", "hiya", "hi", "hey", "hello there", "hello", "yo", "morning", "good morning", "good afternoon",
    "good evening",
)  # fmt: skip

# A name is not glued to digits ("its Bluebird!2024" is a password, not a name).
_NAME = (
    r"(?P<v>(?!New\b)[A-Z][\w'-]{1,30}(?: (?:[A-Z][\w'-]{1,30}|de|da|van|von|del|di|le|la|bin|al)){0,3})"
    r"(?![^\s,;:]{0,20}\d)"
)
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}(?: [A-Za-z][\w'-]{1,30}){0,2})"
# A full name standing on its own: two or three capitalised words.
# No digit in a name ("Huawei EG8145" is a model).
_FULL_NAME = (
    r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:de|da|van|von|del|di|le|la|bin|al))? [A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30})?)"
    r"(?<!\d)(?!\w)"
)
# Two capitalised words that are not a person: "Good Morning", "Apple Watch", "Order Number", "Last Tuesday".
_NOT_A_NAME = (
    r"(?![^.,!\n]{0,40}(?i:support|service|team|desk|department|customer|care)\b)"
    r"(?!(?i:good|thank|thanks|happy|merry|great|dear|hello|hi|hey|hiya|heya|howdy|morning|evening|afternoon|ok|okay|yes|no|please|sorry|many|best|kind|warm|"
    r"excuse|just|not|still|the|my|our|last|next|this|every|order|ticket|invoice|account|booking|reference|case|"
    r"tracking|apple|google|samsung|amazon|microsoft|sony|netflix|spotify|paypal|new|san|los|las|st|saint|north|"
    r"south|east|west|united|royal|urgent|password|wrong|missing|re|subject|fw|fwd|"
    # Other languages' prepositions and articles: "En Bilbao.", "Em Lisboa."
    r"en|em|el|los|las|del|por|para|con|com|al|mi|meu|minha|su|na|nos|nas|das|dos)\b)"
)
# Brands and services said after "it's" ("Yes, it's Amazon Prime").
_NOT_A_BRAND = (
    r"(?!(?:Amazon|Apple|Google|Samsung|Microsoft|Sky|Netflix|Spotify|Disney|PayPal|Visa|Mastercard|Amex|BT|EE|O2|"
    r"Vodafone|Virgin|Three|Tesco|Windows|Android|Chrome|Facebook|Instagram|WhatsApp|Zoom|Teams|Outlook|Gmail|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|"
    r"September|October|November|December)\b)"
)
# "…so it's Rachel Donovan now": a new name (after a marriage), said as a full name with "now".
_NEW_NAME = tuple(
    f"{said}(?:(?<=, {said})|(?<=\\bso {said})|(?<=\\bso now {said}))"
    r"(?= (?-i:[A-Z][\w'-]{1,30} [A-Z][\w'-]{1,30}) now\b)"
    for said in ("it's", "it is", "its")
)

_PLACE = r"(?P<v>[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2})"

# Capitalised words after "I'm in" that are not a place: screens, apps, modes.
_NOT_A_PLACE = (
    r"(?!(?:Settings|Chrome|Safari|Firefox|Edge|Windows|Android|iOS|Incognito|Safe Mode|Airplane|Aeroplane|"
    r"Dark Mode|Account|Profile|Menu|My Account|Outlook|Gmail|Teams|Zoom)\b)"
)
# "I'm in Paris this week" is a trip, not where they live.
_NOT_A_TRIP = (
    r"(?![^.!?\n]{0,30}?(?i:\b(?:for (?:a |the |my |work|business|now|\d)|this (?:week|weekend|month|morning|"
    r"afternoon|evening)|on (?:holiday|vacation|business|a trip|a work trip)|visiting|until|till|right now|"
    r"at the moment|today|tonight|tomorrow|staying|airport|hotel|hospital)\b))"
)

NAME = (
    # 0: explicit, any case ("my name is priya"), and a new name: "…so it's Rachel Donovan now".
    rx(
        _w(
            "my (?:full |real |new |married )?name(?:'s| is)(?: now)?",
            "name's",
            "the name is",
            "changed my name to",
            *_NEW_NAME,
        )
        + r"\s+"
        + _ANY_NAME
    ),
    # "this is Tom …"; "it's Tom" only when the name stands alone ("it's Sky Sports I want" is no name).
    *_opening(
        r"(?:(?i:(?P<this>this is)|it's|it is|its)\s+)"
        + _NOT_A_BRAND
        + _NAME
        + r"(?(this)|(?=\s{0,2}[.,!;:?]|\s{0,2}$|\s(?i:here|again|calling|speaking|from)\b))"
    ),
    # "Dev here - Dev Malhotra": the full name said after the first.
    *_opening(r"[A-Z][\w'-]{1,30} (?i:here)\s{0,2}[-–—,:]\s{0,2}" + _FULL_NAME, comma=False),
    *_opening(_NAME + r"\s(?i:here|speaking|calling)\b"),
    # "Tom Becker again": the full name only (a first name alone would replace the full one).
    *_opening(_FULL_NAME + r"\s(?i:again)\b"),
    # Case-sensitive "I'm": German "im Log" or Portuguese "im-" are not introductions.
    *_opening(r"(?:I'm|I am|I'?m|i'm|i am)\s+" + _NAME),
    # "Hi, Niamh Gallagher. …"; "Sam Okoro. I'm an auditor" (answering "can I take your name?").
    rx(_w(*_GREETINGS) + r"[,!]?\s{1,3}" + _NOT_A_NAME + _FULL_NAME + r"(?=\s{0,2}[.,!;:]|\s[-–—]\s)"),
    rx("^" + _NOT_A_NAME + _FULL_NAME + r"(?=\s{0,2}[.,!]?\s{0,2}$|\s{0,2}[.,]\s{1,3}(?i:i'm|i am|im|i've|i|my)\b)"),
    # A letter's sign-off: "Kind regards, Edith Marsh" at the end of the message.
    rx(
        _ws("regards|kind regards|best regards|best wishes|warm regards|yours sincerely|yours faithfully")
        + r",?\s{1,3}"
        + _NAME
        + r"\s{0,3}[.!]?\s{0,3}$"
    ),
    rx(_ws("call me|i go by") + r"\s+" + _NAME),
)

AGE = (
    rx(
        _ws(_I_AM + "|i turned|i'll be|i will be|i just turned") + r"\s+(?P<v>\d{1,3}|[a-z]{3,9}(?:[- ][a-z]{3,9})?)"
        r"(?:\s+(?:years?|yrs?)(?:\s+old)?|\s+y/?o\b|(?=\s*(?:[,.;!?]|$|so\b|and\b|now\b|this\b|next\b|last\b)))",
        I,
    ),
    rx(
        _w(
            r"my age is (?P<v>\d{1,3})\b",
            r"aged (?P<v2>\d{1,3})\b",
            r"at (?P<v3>\d{2}|[a-z]{5,9}(?:[- ][a-z]{3,5})?) years? old\b",
        ),
        I,
    ),
    # "I'm an 82-year-old widow"
    rx(
        _ws(_I_AM) + r"\s+an?\s(?P<v>\d{1,3}|[a-z]{3,9}(?:-[a-z]{3,9})?)[- ]years?[- ]old\b",
        I,
    ),
)

LOCATION = (
    rx(
        _ws("i|we|and")
        + r"(?:\s+(?:currently\s|now\s|still\s|actually\s)?(?:live|am living|are living|reside|have lived|"
        r"have been living)|'m living|'re living|'ve lived|'ve been living)\s+(?:in|at|near|outside|just outside)\s+"
        + _VALUE,
        I,
    ),
    rx(
        _ws("i'm|i am|" + _WE_ARE) + r"\s+(?:currently\s|now\s)?(?:based|located|living)\s+(?:in|near)\s+" + _VALUE,
        I,
    ),
    rx(_w("my (?:home|house|flat|apartment) is in") + r"\s+" + _VALUE, I),
    # "I'm in Leeds if that matters", "I'm in Manchester now" — not a trip ("I'm in Paris this week").
    rx(
        _ws(_I_AM + "|" + _WE_ARE)
        + r"(?i:\s(?:now\s|currently\s|still\s|actually\s)?(?:over |down |up |out )?in\s)(?:the\s)?"
        + _NOT_A_PLACE
        + _PLACE
        + _NOT_A_TRIP
    ),
    rx(_w("here in") + r"\s(?:the\s)?" + _NOT_A_PLACE + _PLACE),
    # "i stay for Lekki phase 1", "I stay in Kilimani" (where one lives, in Nigerian, Kenyan and Indian English).
    rx(_ws("i|we") + r"(?i:\sstay\s(?:in|at|for|around)\s)(?:the\s)?" + _NOT_A_PLACE + _PLACE + _NOT_A_TRIP),
    # "a car park in Alcester, which is where I live", "we've bought a little terrace in Harrogate".
    rx(
        _ws("in|of|to")
        + r"\s"
        + _PLACE
        + r"(?i:,?\s(?:which is |that's |that is |it's )?where (?:i|we) (?:live|are based)\b)"
    ),
    rx(
        _ws("i've|we've|i have|we have|i|we")
        + r"(?i:\s(?:just\s|finally\s)?(?:bought|rented)\s(?:a|our|my|the)\s(?:\w{1,12}\s)?(?:house|flat|home|place|"
        r"terrace|bungalow|apartment|cottage|condo|semi)\sin\s)" + _PLACE + _NOT_A_TRIP
    ),
    # "We're driving down from home in Mullingar", "back home in Cork".
    rx(
        _w("from home in", "back home in", "at home in", "from our home in", "from my home in")
        + r"\s"
        + _PLACE
        + _NOT_A_TRIP
    ),
)

LIVES_WORDS = words(
    "live|lives|living|lived|based|reside|resident|home is|here in|i'm in|i am in|we're in|we are in|local to"
    "|work|working|i run|we run"
)

MOVED_WORDS = words("moved|relocated|move|moving back")
PLACE_PREPS = words("in|near|outside")
MOVE_PREPS = words("to|into")

TRIP_WORDS = words(
    "trip|holiday|holidays|vacation|visiting|conference|business trip|flying|this week|next week|for work|hotel|flight|flights|"
    # A move only thought of ("if the job comes through we might move to Leeds").
    "maybe|might|thinking of moving|thinking about moving|planning to move|hoping to move|considering moving"
)

MOVED = (
    rx(
        _ws("i|we") + r"(?:'ve|\shave)?\s(?:just\s|recently\s|finally\s|now\s)?(?:moved|relocated)"
        r"\s(?:house\s|home\s|back\s|over\s|down\s|up\s|out\s|across\s|away\s)?(?:from\s[^.,;!?\n]{1,30}?\s)?(?:to|into)\s(?:(?:a|the|our|my)\s(?:new\s)?(?:place|house|home|flat|"
        r"apartment|condo|bungalow)\s(?:in|at|on)\s)?" + _VALUE,
        I,
    ),
    # "…again. Moved into the new place in Sparks": no "I" at the start of the sentence.
    rx(
        _ws("moved|relocated|finally moved|just moved|recently moved", after=_SENTENCE_START)
        + r"\s(?:house\s|home\s|back\s|over\s|down\s|up\s|out\s|across\s|away\s)?(?:from\s[^.,;!?\n]{1,30}?\s)?(?:to|into)\s(?:(?:a|the|our|my)\s(?:new\s)?(?:place|house|home|"
        r"flat|apartment|condo|bungalow)\s(?:in|at|on)\s)?" + _VALUE,
        I,
    ),
)

HOMETOWN = (
    rx(_ws("i'm|i am|i come") + r"\s+(?:originally\s)?from\s+" + _VALUE, I),
    rx(_w("i was born(?: and (?:raised|bred))?", "i grew up") + r" in\s+(?P<v>[A-Za-z][^.,;:!?\n]{0,59})", I),
    # "Cork is where I grew up", "Lyon's where I was born".
    rx(r"(?<![\w'-])" + _PLACE + r"(?:'s|\sis)\s(?i:where\si\s(?:grew\sup|was\s(?:born|raised|brought\sup)))\b"),
)

# The agent reading back where they live ("Is the delivery address still the unit in West End, Brisbane?") and the
# yes that confirms it.
ADDRESS_WORDS = words(
    "address|delivery address|home address|do you still live|are you still living|still living|still based|"
    "still at the|still in"
)
YES_WORDS = words("yes|yep|yeah|yup|correct|that's right|thats right|right|sure|aye")

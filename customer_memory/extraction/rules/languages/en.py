"""English."""

from __future__ import annotations

import re
from collections.abc import Iterable

from customer_memory.extraction.rules.languages import Instruction, LanguagePack, Pattern, alternation, rx
from customer_memory.extraction.rules.languages.patterns import lead
from customer_memory.extraction.rules.text import words

I = re.IGNORECASE  # noqa: E741 (reads as a flag, like re.I)

RELATIONS = {
    "wife": "spouse", "husband": "spouse", "partner": "spouse", "fiance": "spouse", "fiancee": "spouse",
    "boyfriend": "spouse", "girlfriend": "spouse", "spouse": "spouse", "hubby": "spouse", "other half": "spouse",
    "son": "son", "daughter": "daughter", "mother": "mother", "mom": "mother", "mum": "mother", "mam": "mother",
    "mummy": "mother", "mommy": "mother", "father": "father", "dad": "father", "daddy": "father",
    "brother": "brother", "sister": "sister", "stepson": "son", "stepdaughter": "daughter",
    "grandson": "grandson", "granddaughter": "granddaughter", "grandchild": "grandchild", "grandkid": "grandchild",
    "sons": "son", "daughters": "daughter", "grandsons": "grandson", "granddaughters": "granddaughter",
    "grandmother": "grandmother", "grandma": "grandmother", "granny": "grandmother", "gran": "grandmother",
    "nan": "grandmother", "nana": "grandmother", "grandfather": "grandfather", "grandpa": "grandfather",
    "grandad": "grandfather", "granddad": "grandfather",
    "niece": "niece", "nephew": "nephew", "aunt": "aunt", "auntie": "aunt", "uncle": "uncle", "cousin": "cousin",
    "carer": "carer", "caregiver": "carer",
    "son-in-law": "son_in_law", "daughter-in-law": "daughter_in_law", "mother-in-law": "mother_in_law",
    "father-in-law": "father_in_law", "brother-in-law": "brother_in_law", "sister-in-law": "sister_in_law",
    "stepmother": "stepmother", "stepmum": "stepmother", "stepmom": "stepmother", "stepfather": "stepfather",
    "stepdad": "stepfather",
}  # fmt: skip
# "I'm a widow, my Arthur…": the relation is said by the customer's own status.
WIDOWED = {"widow": "spouse", "widower": "spouse", "widowed": "spouse"}
PETS = {
    "dog": "dog", "dogs": "dog", "puppy": "dog", "pup": "dog", "cat": "cat", "cats": "cat", "kitten": "cat",
    "kittens": "cat", "parrot": "parrot", "rabbit": "rabbit", "rabbits": "rabbit", "bunny": "rabbit",
    "hamster": "hamster", "horse": "horse", "pony": "horse", "guinea pig": "guinea pig", "guinea pigs": "guinea pig",
    "bird": "bird", "budgie": "bird", "cockatiel": "bird", "canary": "bird", "fish": "fish", "goldfish": "fish",
    "turtle": "turtle", "tortoise": "tortoise", "snake": "snake", "lizard": "lizard", "gecko": "lizard",
    "ferret": "ferret", "chickens": "chicken", "hens": "chicken",
    # Breeds, said instead of the species.
    "labrador": "dog", "golden retriever": "dog", "retriever": "dog", "spaniel": "dog",
    "cocker spaniel": "dog", "springer spaniel": "dog", "terrier": "dog", "jack russell": "dog", "poodle": "dog",
    "beagle": "dog", "collie": "dog", "border collie": "dog", "dachshund": "dog", "sausage dog": "dog", "pug": "dog",
    "bulldog": "dog", "french bulldog": "dog", "frenchie": "dog", "german shepherd": "dog", "husky": "dog",
    "greyhound": "dog", "whippet": "dog", "lurcher": "dog", "chihuahua": "dog", "shih tzu": "dog",
    "schnauzer": "dog", "labradoodle": "dog", "cockapoo": "dog", "cavapoo": "dog", "corgi": "dog",
    "staffie": "dog", "staffy": "dog", "rottweiler": "dog", "doberman": "dog", "great dane": "dog",
    "tabby": "cat", "siamese": "cat", "maine coon": "cat", "ragdoll": "cat", "bengal": "cat",
}  # fmt: skip
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100, "a": 1, "an": 1,
}  # fmt: skip
OCCUPATIONS = words(
    "machinist|manicurist|florist|barber|hairdresser|trucker|lorry driver|hgv driver|bookkeeper|beautician|tattoo artist|courier|delivery driver|warehouse worker|forklift driver|cleaner|carer|care worker|childminder|nanny|dog walker|dog groomer|groomer|welder|plumber|electrician|carpenter|joiner|bricklayer|roofer|decorator|baker|butcher|barista|cashier|bartender|waitress|waiter|nurse|teacher|doctor|physician|surgeon|engineer|developer|programmer|designer|student|lawyer|attorney|"
    "accountant|auditor|chef|cook|architect|photographer|writer|author|journalist|consultant|pharmacist|dentist|"
    "electrician|plumber|carpenter|farmer|pilot|driver|mechanic|scientist|researcher|professor|artist|musician|"
    "baker|barber|hairdresser|realtor|entrepreneur|freelancer|contractor|analyst|veterinarian|vet|firefighter|"
    "paramedic|therapist|psychologist|lecturer|tutor|translator|editor|banker|cashier|waiter|waitress|bartender|"
    "salesman|saleswoman|shop owner|business owner|project manager|product manager|manager|"
    "software engineer|web developer|data scientist|graphic designer|police officer|social worker|midwife|"
    "optician|physiotherapist|receptionist|secretary|librarian|soldier|homemaker|caregiver|carer|"
    "pensioner|retiree|teaching assistant|care worker|civil servant|nanny|cleaner|courier|delivery driver|"
    "truck driver|taxi driver|bus driver|student nurse|paralegal|bookkeeper|hr manager|sales rep|sales manager|"
    "care assistant|healthcare assistant|health care assistant|nursing assistant|support worker|dental nurse|"
    "dental hygienist|hygienist|shop assistant|sales assistant|retail assistant|personal assistant|"
    "administrator|admin assistant|office manager|clerk|technician|lab technician|pharmacy technician|"
    "operator|forklift operator|machine operator|warehouse worker|warehouse operative|security guard|porter|"
    "builder|painter|decorator|plasterer|welder|joiner|roofer|gardener|landscaper|estate agent|postman|postwoman|"
    "mail carrier|supervisor|team leader|store manager|barista|server|housekeeper|radiographer|sonographer|"
    "dietitian|nutritionist|optometrist|occupational therapist|speech therapist|counsellor|counselor|"
    "youth worker|childminder|nursery nurse|lorry driver|hgv driver|van driver|uber driver|driving instructor|"
    "instructor|personal trainer|fitness instructor|coach|actor|actress|dancer|singer|producer|videographer|"
    "illustrator|animator|copywriter|marketer|marketing manager|recruiter|data analyst|business analyst|"
    "civil engineer|mechanical engineer|electrical engineer|nurse practitioner|veterinary nurse|vet nurse|"
    "solicitor|barrister|judge|pastor|priest|vicar|rabbi|imam|detective|sailor|chemist|biologist|physicist|"
    "game designer|ux designer|devops engineer|sysadmin|it technician|teaching assistant|head teacher|headteacher|"
    "carpenter|tradesman|handyman|locksmith|butcher|fishmonger|florist|tailor|seamstress|cook|chef"
)
LANGUAGES = {
    "english": "English", "spanish": "Spanish", "french": "French", "german": "German", "portuguese": "Portuguese",
    "vietnamese": "Vietnamese", "hebrew": "Hebrew", "italian": "Italian", "arabic": "Arabic", "russian": "Russian",
    "chinese": "Chinese", "mandarin": "Mandarin", "japanese": "Japanese", "korean": "Korean", "polish": "Polish",
    "dutch": "Dutch", "turkish": "Turkish", "hindi": "Hindi", "cantonese": "Cantonese", "urdu": "Urdu",
    "romanian": "Romanian", "greek": "Greek", "ukrainian": "Ukrainian", "tagalog": "Tagalog", "welsh": "Welsh",
}  # fmt: skip
CHANNELS = {
    "email": "email", "e-mail": "email", "mail": "email", "phone": "phone", "call": "phone", "calls": "phone",
    "ring": "phone", "text": "SMS", "texts": "SMS", "text message": "SMS", "sms": "SMS", "whatsapp": "WhatsApp",
    "telegram": "Telegram", "messenger": "Messenger", "chat": "chat", "zalo": "Zalo", "write": "in writing",
    "in writing": "in writing", "writing": "in writing",
}  # fmt: skip
# Brands whose name alone says "a device I own" ("my Samsung", "it's a Doro 8100").
DEVICE_BRANDS = (
    "iphone|ipad|macbook|imac|chromebook|android phone|android tablet|samsung|galaxy|pixel|huawei|xiaomi|oppo|motorola|nokia|kindle|apple watch|fitbit|"
    "roku|chromecast|fire tv|fire stick|firestick|sonos|dell|hp|lenovo|asus|acer|surface|lg|sony|philips|bosch|"
    "netgear|tp-link|nest|ring doorbell|alexa|echo|playstation|ps4|ps5|xbox|nintendo|doro|tcl|hisense|vizio|"
    "panasonic|toshiba|oneplus|honor|realme|garmin|kobo|canon|epson|brother printer|linksys|eero|arlo|eufy|"
    "hue|philips hue|bt smart hub|bt hub|bt home hub|sky q|sky hub|virgin hub|hub 3|hub 4|hub 5|tesla|dyson|"
    "miele|siemens|beko|hotpoint|whirlpool|kenwood|ninja|nespresso|tado|hive|amazon echo|google home|google nest"
)
# Nouns for what a device is ("my router is a BT Smart Hub 2").
DEVICE_NOUNS = (
    "router|modem|phone|mobile|handset|tv|telly|television|laptop|tablet|computer|pc|printer|watch|speaker|camera|"
    "console|fridge|freezer|boiler|hub|doorbell|thermostat|hoover|vacuum|washer|washing machine|dryer|dishwasher|"
    "oven|car|e-reader|reader|smartwatch|headphones|earbuds|hearing aid"
)
TIERS = (
    "Basic|Standard|Premium|Plus|Pro|Gold|Silver|Bronze|Platinum|Titanium|Family|Unlimited|Starter|Essential|"
    "Essentials|Business|Enterprise|Team|Free|Lite|Max|Ultimate|Diamond|Elite|Student|Prime|Pay As You Go|PAYG|VIP"
)


def _w(*alternatives: str, after: str = "") -> str:
    r"""`\b(?i:alt|alt…)`, written so that Python's regex engine skips ahead to a possible first letter.

    The engine only skips quickly through text when a pattern starts with a character class; a leading `\b`,
    a case-insensitive letter or a group of alternatives makes it try every position, several times slower on
    a long message. So `\b(?:i'm|we are)` is written `[IWiw](?<!\w.)(?i:(?<=i)(?:'m)|(?<=w)(?:e are))`. Each
    alternative is a regex starting with a plain letter. `after`: lookbehinds, one of which must hold just
    before the first letter, written as seen from just after it (`(?<=, .)`).
    """
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        assert alternative[:1].isalpha(), alternative
        by_first.setdefault(alternative[0].lower(), []).append(alternative[1:])
    letters = "".join(sorted({case for first in by_first for case in (first, first.upper())}))
    rests = "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in by_first.items())
    return f"[{letters}](?<!\\w.){after}(?i:{rests})"


def _ws(alternatives: str, after: str = "") -> str:
    """`_w` of "|"-separated words."""
    return _w(*alternatives.split("|"), after=after)


def _each(starts: str, rest: str) -> tuple[str, ...]:
    """Alternatives for `_w`: each "|"-separated start followed by `rest`."""
    return tuple(start + rest for start in starts.split("|"))


def _after_words(alternatives: str) -> str:
    """Lookbehinds for `_w(after=…)`: one of these words and a space come just before."""
    by_length: dict[int, list[str]] = {}
    for word in alternatives.split("|"):
        by_length.setdefault(len(word), []).append(word)
    return "|".join(f"(?<=(?i:\\b(?:{'|'.join(same)})) .)" for same in by_length.values())


def _words(entries: Iterable[str]) -> str:
    """`_w` of plain words, longest first ("grandson" before "son"): a long list read letter by letter."""
    return _w(*sorted(entries, key=len, reverse=True))


def _gap(words: int, stop: str = ".!?\n") -> str:
    """Up to `words` whole words (and the spaces after them), as few as possible, not crossing `stop`."""
    return rf"(?:[^\s{stop}]{{1,25}}+\s{{1,3}}+){{0,{words}}}?"


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
# At the start of the text or of a sentence, seen from just after the first letter (for `_w(after=…)`).
_SENTENCE_START = r"(?:(?<![\s\S]{2})|(?<=[.!?]\s.)|(?<=[.!?]\s\s.)|(?<=[.!?]\s\s\s.))"
# A name is not glued to digits ("its Bluebird!2024" is a password, not a name).
_NAME = (
    r"(?P<v>(?!New\b)[A-Z][\w'-]{1,30}(?: (?:[A-Z][\w'-]{1,30}|de|da|van|von|del|di|le|la|bin|al)){0,3})"
    r"(?![^\s,;:]{0,20}\d)"
)
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}(?: [A-Za-z][\w'-]{1,30}){0,2})"
# A full name standing on its own: two or three capitalised words.
_FULL_NAME = (
    r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:de|da|van|von|del|di|le|la|bin|al))? [A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30})?)"
)
# Two capitalised words that are not a person: "Good Morning", "Apple Watch", "Order Number", "Last Tuesday".
_NOT_A_NAME = (
    r"(?![^.,!\n]{0,40}(?i:support|service|team|desk|department|customer|care)\b)"
    r"(?!(?i:good|thank|thanks|happy|merry|great|dear|hello|hi|hey|ok|okay|yes|no|please|sorry|many|best|kind|warm|"
    r"excuse|just|not|still|the|my|our|last|next|this|every|order|ticket|invoice|account|booking|reference|case|"
    r"tracking|apple|google|samsung|amazon|microsoft|sony|netflix|spotify|paypal|new|san|los|las|st|saint|north|"
    r"south|east|west|united|royal|urgent|password|wrong|missing|re|subject|fw|fwd)\b)"
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
_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"
# A proper noun (organisation, place): capitalised words, "of" and "&" between them.
_PROPER = r"(?P<v>[A-Z][\w'&.-]{0,30}(?: (?:[A-Z0-9][\w'&.-]{0,30}|of|&|on|upon)){0,4})"
_PLACE = r"(?P<v>[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2})"
# A relative's or pet's name at a word start, without a possessive "'s" ("my daughter Anaya's birthday" -> "Anaya").
_REL_NAME = r"(?P<name>[A-Z](?<![\w'-].)(?:[\w-]{1,30}+(?:'(?!s\b)[\w-]{1,20})?|'[A-Z][\w-]{1,20}))"
_REL = _words(RELATIONS)
_PET = _words(PETS)
_I_AM = "i'm|im|i am"
_WE_ARE = "we're|we are"
_JOB_WORDS = r"[a-z][a-z-]{1,20}(?: [a-z][a-z-]{1,20}){0,2}"
# Not a job when followed by "at Tesco": a customer, a member, a patient…
_NOT_JOB = r"(?<!customer)(?<!member)(?<!client)(?<!patient)(?<!guest)(?<!user)(?<!subscriber)(?<!regular)(?<!fan)"
_NOT_JOB_START = r"(?!(?:bit|little|big|huge|long-time|longtime|loyal|new|regular|happy|frequent|first-time|real)\b)"
# "a fish allergy", "cat food", "dog insurance": the animal word, not a pet.
_NOT_PET = (
    r"(?![\w-]|(?i: (?:food|allergy|allergies|insurance|bed|flap|toy|toys|hair|fur|tank|bowl|sitter|walker|owner|"
    r"person|lover|friendly|treats|litter|lead|collar|cage|hutch|test|appointment|results?)\b))"
)
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
_PERIOD = (
    r"(?:day|week|month|morning|evening|night|weekend|year|fortnight|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)"
)
_TIME_OF_DAY = r"\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)?"
_CONTACT_BY = r"(?:e-?mail|mail|phone|text|sms|whatsapp|telegram|messenger|chat)"
# "started at the Royal Infirmary": said by the customer ("I", "and", "just") or opening a clause.
_STARTED_AFTER = (
    r"(?:(?<![\s\S]{2})|(?<=(?:[.!?,;:-]|[^\x00-\x7f]).)|(?<=(?:[.!?,;:-]|[^\x00-\x7f])\s.)|"
    r"(?<=(?:[.!?,;:-]|[^\x00-\x7f])\s\s.)|"
    + _after_words("i|i've|i have|i just|i now|i've just|i recently|i have just|i've recently|and|then|just|recently")
    + ")"
)
_DETAILED = (
    r"(?:the\s)?(?:detailed|long|full|in-depth|thorough)\s+(?:technical\s)?(?:answers|replies|explanations|"
    r"explanation|details?|breakdown|picture)\b"
)
_LANGUAGE = alternation(LANGUAGES)
# "router is a …": a device noun just before "is" (lookbehinds, checked only where an "i" starts a word).
_AFTER_DEVICE_NOUN = "(?:" + _after_words(DEVICE_NOUNS) + ")"

# Fields of study: "I study nursing", "I'm studying law" make a student of that field.
_FIELDS = (
    r"(?i:medicine|nursing|law|(?:mechanical |civil |electrical |software )?engineering|architecture|psychology|"
    r"economics|business(?: administration)?|accounting|computer science|pharmacy|dentistry|veterinary medicine|"
    r"biology|chemistry|physics|maths|math|mathematics|history|journalism|education|physiotherapy|physical therapy|"
    r"nutrition|graphic design|music|philosophy|sociology|marketing|social work)"
)

PACK = LanguagePack(
    code="en",
    name=(
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
        rx(
            "^" + _NOT_A_NAME + _FULL_NAME + r"(?=\s{0,2}[.,!]?\s{0,2}$|\s{0,2}[.,]\s{1,3}(?i:i'm|i am|im|i've|i|my)\b)"
        ),
        # A letter's sign-off: "Kind regards, Edith Marsh" at the end of the message.
        rx(
            _ws("regards|kind regards|best regards|best wishes|warm regards|yours sincerely|yours faithfully")
            + r",?\s{1,3}"
            + _NAME
            + r"\s{0,3}[.!]?\s{0,3}$"
        ),
        rx(_ws("call me|i go by") + r"\s+" + _NAME),
    ),
    age=(
        rx(
            _ws(_I_AM + "|i turned|i'll be|i will be|i just turned")
            + r"\s+(?P<v>\d{1,3}|[a-z]{3,9}(?:[- ][a-z]{3,9})?)"
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
    ),
    number_words=NUMBERS,
    location=(
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
    ),
    lives_words=words(
        "live|lives|living|lived|based|reside|resident|home is|here in|i'm in|i am in|we're in|we are in|local to"
        "|work|working|i run|we run"
    ),
    moved_words=words("moved|relocated|move|moving back"),
    place_preps=words("in|near|outside"),
    move_preps=words("to|into"),
    trip_words=words(
        "trip|holiday|holidays|vacation|visiting|conference|business trip|flying|this week|next week|for work|hotel|flight|flights"
    ),
    moved=(
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
    ),
    hometown=(
        rx(_ws("i'm|i am|i come") + r"\s+(?:originally\s)?from\s+" + _VALUE, I),
        rx(_w("i was born(?: and (?:raised|bred))?", "i grew up") + r" in\s+(?P<v>[A-Za-z][^.,;:!?\n]{0,59})", I),
        # "Cork is where I grew up", "Lyon's where I was born".
        rx(r"(?<![\w'-])" + _PLACE + r"(?:'s|\sis)\s(?i:where\si\s(?:grew\sup|was\s(?:born|raised|brought\sup)))\b"),
    ),
    relations=RELATIONS | WIDOWED,
    relation=(
        rx(
            _w("my")
            + r"(?i:\s+(?:(?:eldest|oldest|youngest|little|older|younger|elder|baby|late|grown|twin|step|dear|two|three|four)\s)?"
            r"(?P<rel>" + _REL + r"))(?:'s name is|,| is called| is named| called| named|)\s+" + _REL_NAME
        ),
        rx(_REL_NAME + r",?\s(?i:my\s(?P<rel>" + _REL + r"))\b"),
        # "I'm a widow, my Arthur always dealt with this."
        rx(
            _ws("i'm|i am|i've been") + r"(?i:\s(?:a\s)?(?P<rel>widow|widower|widowed))\b[^.!?\n]{0,30}?"
            r"(?i:\bmy\s(?:late\s)?(?:husband\s|wife\s|partner\s)?)" + _REL_NAME
        ),
    ),
    marital=(
        rx(
            _ws(_I_AM + "|i've been")
            + r"\s+(?:happily\s|recently\s)?(?:an?\s)?(?P<v>married|single|divorced|widowed|engaged|separated|widow|"
            r"widower)\b",
            I,
        ),
    ),
    children=(
        rx(
            _ws("i|we") + r"(?:\s+(?:have|have got)|'ve got)\s+(?P<v>a|an|one|two|three|four|five|six|\d)\s+"
            r"(?:little\s|young\s|grown\s|grown-up\s)?(?P<what>kids?|children|child|sons?|daughters?|grandchildren|"
            r"grandkids)\b",
            I,
        ),
        rx(
            _ws("with|my") + r"\s(?P<v>two|three|four|five|six|seven|[2-9])\s(?:little\s|young\s|grown\s|grown-up\s)?"
            r"(?P<what>kids|children|grandchildren|grandkids)\b",
            I,
        ),
        rx(
            _ws("i'm|i am")
            + r"\s(?:a\s)?(?:mum|mom|mother|dad|father|parent) of (?P<v>two|three|four|five|six|[2-9])\b(?P<what>)",
            I,
        ),
    ),
    pets=PETS,
    pet=(
        rx(
            _ws("my|our")
            + r"(?i:\s(?:\w{1,20}\s)??(?P<species>"
            + _PET
            + r"))(?:'s name is|,| is called| called| named|)"
            r"\s+" + _REL_NAME
        ),
        rx(
            _ws("i|we")
            + r"(?i:(?:\s(?:have|have got|got|just got|also have|own|adopted|rescued)|'ve got|'ve just got)\s"
            r"(?:a|an|one|two|three|\d)\s(?:\w{1,20}\s)??(?P<species>" + _PET + r"))" + _NOT_PET + r"(?i:\snow)?"
            r"(?:(?:,\s|\s(?i:named|called)\s)" + _REL_NAME + r")?\b"
        ),
        rx(_REL_NAME + r"(?:,\s|\sis\s)(?i:(?:my|our)\s(?:\w{1,20}\s)??(?P<species>" + _PET + r"))\b"),
    ),
    studies=(
        rx(
            lead("i study|i'm studying|i am studying|im studying|i'm doing|i am doing|i'm majoring in|i major in")
            + r"\s(?:(?:a degree in|my degree in|a masters? in|an? (?:ba|bsc|ma|msc) in)\s)?(?P<v>"
            + _FIELDS
            + r")\b"
        ),
    ),
    student_of="{field} student",
    occupation=(
        rx(_ws("i work as|i am working as|i'm working as") + r"\s+(?:an?\s)?" + _VALUE, I),
        # "I work from home as a bookkeeper", "I work nights as a carer".
        rx(
            _ws("i work|i'm working|i am working")
            + r"\s(?:from home|remotely|part[- ]time|full[- ]time|nights|shifts|weekends|freelance|locally)\s"
            r"as\s(?:an?\s)?(?P<v>" + _words(OCCUPATIONS) + r")\b",
            I,
        ),
        rx(_w("my") + r"\s+(?:job|profession|occupation)\s+is\s+(?:an?\s)?" + _VALUE, I),
        rx(_w("my") + r"\s+(?:job|work|role)\s+as\s+an?\s(?P<v>" + _words(OCCUPATIONS) + r")\b", I),
        rx(
            _ws(_I_AM + "|i've been|i have been|i was") + r"\s+(?:now\s|currently\s|still\s)?(?:an?\s)"
            r"(?P<v>(?:(?:senior|junior|retired|freelance|self-employed|part-time|full-time|trainee|head|lead|"
            r"registered|school|primary school|high school|secondary school|nursing|medical|staff|night|agency|"
            r"qualified|newly qualified|student|apprentice|assistant|chief|deputy|locum|supply|community)\s)?"
            + _words(OCCUPATIONS)
            + r")\b",
            I,
        ),
        rx(
            _ws(_I_AM)
            + r"\s+(?:now\s)?(?:an?\s)?(?P<v>retired|unemployed|self-employed|stay-at-home (?:mum|mom|dad|parent)|"
            r"full-time (?:mum|mom|dad|parent|carer)|housewife|househusband)\b",
            I,
        ),
        # "I'm a forklift operator at the Amazon warehouse": a job said with where it is done.
        rx(
            _ws(_I_AM)
            + r"(?i:\s(?:now\s|currently\s)?an?\s)"
            + _NOT_JOB_START
            + r"(?P<v>"
            + _JOB_WORDS
            + r")"
            + _NOT_JOB
            + r"\s(?:at|for|with)\s(?:the\s)?[A-Z]"
        ),
    ),
    employer=(
        rx(
            _ws("i work|i am working|i'm working|i currently work|i still work")
            + r"\s+(?:as\s[^.,;!?\n]{2,40}\s)?(?:at|for)\s+(?:the\s)?"
            + _VALUE,
            I,
        ),
        rx(
            _ws(_I_AM)
            + r"(?i:\s(?:now\s|currently\s)?an?\s)"
            + _NOT_JOB_START
            + _JOB_WORDS
            + _NOT_JOB
            + r"\s(?:at|for|with)\s(?:the\s)?"
            + _PROPER
        ),
        # "I left in the spring and joined KPMG", "joined Deloitte as an auditor", "started at the Royal Infirmary".
        rx(_ws("left|quit") + r"\b[^.!?\n]{0,40}?(?i:\bjoined)\s(?:the\s)?" + _PROPER),
        rx(_w("joined") + r"\s(?:the\s)?" + _PROPER + r"(?= as\b)"),
        rx(
            _w("started", after=_STARTED_AFTER)
            + r"(?i: (?:work |working |a new job |my new job )?(?:at|with))\s(?:the\s)?"
            + _PROPER
        ),
        rx(_w("my (?:employer|company) is") + r"\s+(?:the\s)?" + _VALUE, I),
        # "switched jobs - I'm at Tesla now"
        rx(
            _ws("switched|changed|new|moved") + r"(?i:\s(?:jobs?|employers?|companies|company)\b)[^.!?\n]{0,30}?"
            r"(?i:\b(?:i'm|i am|i work|i'm working|now)\s(?:now\s)?(?:at|for|with))\s(?:the\s)?" + _PROPER
        ),
    ),
    instructions=(
        # "text me instead, always text", "please email me from now on", "email is better than calling for me".
        Instruction(
            rx(
                r"\b(?:e-?mail|text|message|whatsapp) me\b[^.!?\n]{0,40}?\b(?:instead|from now on|always|only|going forward|"
                r"in future|rather than)\b|\b(?:e-?mail|texts?|whatsapp|messages?)\s(?:is|are|works)\s(?:much\s|way\s)?"
                r"(?:best|better|easier)\b[^.!?\n]{0,30}?\bfor me\b|\b(?:always|only|just)\s(?:e-?mail|text|whatsapp)\b|"
                r"\bi'?m (?:writing|texting|messaging) instead of (?:calling|phoning|ringing)\b",
                I,
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                _w("go", "going", "take it", "explain(?: it| things| everything)?", "talk", "speak")
                + r"\s+(?:very\s|nice and\s|really\s|more\s)?(?:slowly|slow)\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                _w(
                    r"one (?:small\s)?(?:step|thing) at a time\b",
                    r"step[- ]by[- ]step\b",
                    r"be patient with me\b",
                    r"please be patient\b",
                    r"bear with me\b",
                    r"don't rush(?: me)?\b",
                    r"do not rush(?: me)?\b",
                    r"please don't rush(?: me)?\b",
                    r"explain (?:it |things )?(?:simply|in plain (?:english|words))\b",
                    r"no (?:the )?(?:technical )?jargon\b",
                    r"without (?:the )?(?:technical )?jargon\b",
                    r"avoid (?:the )?(?:technical )?jargon\b",
                    r"not (?:very )?(?:good|great) with (?:technology|computers|phones|tech|these things|this stuff|"
                    r"gadgets|apps)\b",
                    r"i(?:'m| am) not (?:very |at all |really )?(?:technical|techy|tech-savvy|tech savvy|computer "
                    r"literate|good with computers)\b",
                ),
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                _w(
                    r"keep\s+(?:your\s|the\s|all\s|my\s)?(?:answers|replies|responses|messages|emails|it|things)\s+"
                    r"(?:\w{1,12}\s)?(?:short|brief|concise|simple|to the point)\b",
                    r"short (?:answers|replies|messages) please\b",
                    r"brief (?:answers|replies|messages) please\b",
                    r"i (?:prefer|like|want)\s+(?:short|brief|concise)\s+(?:answers|replies|responses|messages)\b",
                    r"please give me\s+(?:short|brief|concise)\s+(?:answers|replies|responses|messages)\b",
                    r"get (?:straight )?to the point\b",
                    r"no long (?:messages|emails|texts|explanations)\b",
                    r"not long (?:messages|emails|texts|explanations)\b",
                    r"no essays\b",
                    r"don't have time for essays\b",
                    r"just the short version\b",
                ),
                I,
            ),
            "response_length",
            "short",
        ),
        Instruction(
            rx(
                _w(
                    r"i(?: prefer| like| want|'d like| need)\s+" + _DETAILED,
                    *_each("please give me|give me", r"\s+" + _DETAILED),
                    r"as much (?:technical )?detail\b",
                    r"all the (?:technical )?detail\b",
                    r"plenty of (?:technical )?detail\b",
                    r"more (?:technical )?detail\b",
                    r"explain (?:it |things |everything )?in (?:full |more )?detail\b",
                    r"don't (?:dumb|water) it down\b",
                ),
                I,
            ),
            "response_length",
            "detailed",
        ),
        Instruction(
            rx(
                _w(
                    *_each(
                        "always|please",
                        r"\s+(?:confirm|check|ask)\s+(?:with me\s|me\s)?(?:first\s)?before\s+(?:you\s)?[a-z]{3,12}"
                        r"(?:\s(?:anything|it|me|my|the|or|and|send|charge|change)){0,3}\b",
                    ),
                    *(
                        f"{never}" + r"\s+(?:charge|change|cancel|send|book|order|renew|upgrade|bill)\s+"
                        r"(?:me\s|my\s|anything\s)?(?:\w{1,15}\s)?without\s+(?:asking|checking|confirming|"
                        r"my (?:ok|okay|permission|approval))\b"
                        for never in ("never", "don't", "do not")
                    ),
                    r"i (?:want|need|like|'d like) to (?:approve|confirm|okay|ok) (?:every|each|any) (?:step|change|"
                    r"payment|charge|transfer|order)\b",
                ),
                I,
            ),
            "confirm_before_acting",
        ),
        Instruction(
            rx(
                _w(
                    *(
                        f"{channel}"
                        + r"\sme\b[,;:]?\s{1,3}"
                        + _gap(6)
                        + r"(?:rather than|instead of|not|don't|do not|never)\s"
                        r"(?:by\s|a\s|an\s|via\s|on\s)?(?:phone\s)?(?:call|phone|ring|email|e-mail|text|sms|whatsapp)\b"
                        for channel in (
                            "email",
                            "e-mail",
                            "text",
                            "whatsapp",
                            "message",
                            "call",
                            "ring",
                            "phone",
                            "write to",
                        )
                    ),
                    *(
                        f"{verb}"
                        + r"\s(?:me|it|things|everything)(?:\sknow)?\s(?:only\s)?(?:by|via|on|through|over)\s"
                        + _CONTACT_BY
                        + r"\b"
                        for verb in (
                            "contact",
                            "reach",
                            "call",
                            "text",
                            "email",
                            "message",
                            "confirm",
                            "update",
                            "notify",
                            "tell",
                            "send",
                            "reply to",
                            "get back to",
                            "let",
                        )
                    ),
                    *_each(
                        "confirm|contact me|reply|update|updates|notify me",
                        r"\s(?:only\s)?(?:by|via|over)\s(?:e-?mail|text|sms|whatsapp)\b",
                    ),
                    r"i (?:much\s|really\s)?prefer\s+(?:e-?mail|texts?|whatsapp|sms|phone calls?)\b",
                    *_each(
                        "come|comes|go|goes|be sent|get sent|arrive",
                        r" to me (?:only\s)?(?:by|via)\s" + _CONTACT_BY + r"\b",
                    ),
                    *_each("email|e-mail|texts?|whatsapp", r" (?:is|are|works) (?:best|better|easier) for me\b"),
                ),
                I,
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                _w(
                    *_each(
                        "please don't|please do not|please never|don't|do not|never|not to",
                        r"\s+(?:call|ring|phone|contact|text)\s+(?:me\s)?(?:before|after|in the|on|during|at)\s+"
                        r"[\w: ]{1,20}",
                    ),
                    *_each(
                        "only call|only ring|only contact|call|ring|contact",
                        r" me\s+(?:only\s)?(?:in the (?:mornings?|afternoons?|evenings?)|after "
                        + _TIME_OF_DAY
                        + r"|before "
                        + _TIME_OF_DAY
                        + r"|between [\w: ]{3,20}|on weekdays|on weekends|after work)",
                    ),
                    r"i(?:'m| am) (?:only\s)?(?:available|reachable) (?:in the (?:mornings?|afternoons?|evenings?)|"
                    r"after \d{1,2}|before \d{1,2}|on weekdays|on weekends)",
                    *_each(
                        "call|calls|ring|phone|contact|reach",
                        r"\b[,;:]?\s{1,3}" + _gap(6) + r"only (?:after|before) " + _TIME_OF_DAY,
                    ),
                    r"no calls? (?:before|after) " + _TIME_OF_DAY,
                    *_each("never|not", r" (?:before|after) \d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)\b"),
                    r"i can't take calls (?:during|at|in) (?:the day|work|the daytime|the morning|the evening)\b",
                ),
                I,
            ),
            "contact_hours",
        ),
        Instruction(
            rx(
                _ws("reply|respond|answer|write|talk|speak|communicate")
                + r"(?:\sto me)?\s(?:only\s)?in\s(?P<v>"
                + _LANGUAGE
                + r")\b",
                I,
            ),
            "preferred_language",
        ),
        Instruction(
            rx(_w("my (?:first|native|main|mother) (?:language|tongue) is") + r" (?P<v>" + _LANGUAGE + r")\b", I),
            "preferred_language",
        ),
        Instruction(
            rx(
                _w(
                    r"i (?:much |really |would )?prefer",
                    *_each("someone|somebody|anyone|an agent|a person", " who speaks"),
                    r"i'm more comfortable in",
                    r"i am more comfortable in",
                    r"i'd rather speak",
                    r"i would rather speak",
                )
                + r"\s(?P<v>"
                + _LANGUAGE
                + r")\b",
                I,
            ),
            "preferred_language",
        ),
        Instruction(
            rx(
                _ws("please be|please keep it|please stay|be|keep it|stay")
                + r"\s+(?:more\s|a bit more\s)?(?P<v>formal|casual|informal|friendly)\b",
                I,
            ),
            "tone_preference",
        ),
        Instruction(
            rx(
                _w(
                    *_each("call me|address me as", r"\s+(?:mr|mrs|ms|miss|dr)\.?\s"),
                    *_each("don't|do not|please don't", r" (?:call me by|use) my first name\b"),
                    r"i don't care for first names\b",
                ),
                I,
            ),
            "tone_preference",
        ),
        # Dropping the title: "you can drop the Mr", "no need for Mrs", "just Sam is fine".
        Instruction(
            rx(
                _w(
                    *_each(
                        "drop the|no need for (?:the\\s)?|skip the|forget the", r"\s?'?(?:mr|mrs|ms|miss|sir|madam)\b"
                    ),
                    *_each("first names?|my first name", r" (?:is|are) (?:fine|ok|okay|good)\b"),
                )
                + r"|\b(?i:just)\s[A-Z][a-z]{1,15}\s(?i:is\s(?:fine|ok|okay|good))\b",
            ),
            "tone_preference",
            "informal",
        ),
        # Standing delivery and shopping instructions, kept as said.
        Instruction(
            rx(
                _w("always")
                + r"\s(?:leave|drop|put|deliver)\s(?:my\s|the\s|all\s|any\s)?(?:parcels|packages|deliveries|it|them|"
                r"things|stuff|everything|boxes)\s(?:at|by|in|behind|with|under|on|next to|round|around|outside)\s"
                r"[^.,;!?\n]{2,30}",
                I,
            ),
            "preferences",
        ),
        Instruction(
            rx(
                _ws("never|don't ever|do not ever|no")
                + r"\s(?:substitute|substitutions|swap|replace)(?:\s(?:items|products|anything|things|brands|"
                r"my items))?\b",
                I,
            ),
            "preferences",
        ),
    ),
    preferences=(
        (
            rx(
                _w("i")
                + r"\s+(?:really\s|much\s|strongly\s|would\s)?prefer\s+(?!(?:to\s)?"
                + _LANGUAGE
                + r"\b)"
                + _VALUE,
                I,
            ),
            "preferences",
        ),
        (
            rx(_w("my") + r"\s+fav(?:ou?rite)\s+(?P<thing>[a-z]{2,15}(?:\s[a-z]{2,15})?)\s+is\s+" + _VALUE, I),
            "favourite",
        ),
        (rx(_w("i") + r"\s+(?:really\s|absolutely\s)?(?:love|enjoy|adore)\s+" + _VALUE, I), "likes"),
        (rx(_w("i") + r"\s+(?:really\s)?(?:hate|dislike|can't stand|cannot stand)\s+" + _VALUE, I), "dislikes"),
        (
            rx(
                _ws(_I_AM) + r"\s+(?:a\s)?(?P<v>vegetarian|vegan|pescatarian|gluten[- ]free|lactose intolerant|"
                r"diabetic|celiac|coeliac|halal|kosher)\b",
                I,
            ),
            "dietary",
        ),
        (rx(_ws(_I_AM) + r"\s+(?:very\s|severely\s)?allergic\s+to\s+" + _VALUE, I), "allergies"),
        (
            rx(
                r"(?P<v>"
                + _ws(
                    "tree nut|nut|peanut|seafood|shellfish|fish|gluten|dairy|milk|egg|soy|soya|wheat|sesame|latex|"
                    "penicillin|pollen|dust|bee|wasp|cat|dog"
                )
                + r")\sallerg(?:y|ies)\b",
                I,
            ),
            "allergies",
        ),
        (
            rx(
                _w("i")
                + r"\s+(?P<v>(?:usually|normally|typically|always|mostly)\s(?:shop|order|pay|buy|travel|fly|work|use|"
                r"check|watch|listen|read|go|call|book|drive|cook|eat)\b[^.,;!?\n]{2,50})",
                I,
            ),
            "habit",
        ),
        (
            rx(
                _w("i") + r"\s+(?:run|own|have)\s+(?:a|an|my own|our)\s+(?P<v>(?:small\s|little\s|family\s)?(?:bakery|"
                r"restaurant|cafe|shop|store|salon|studio|clinic|practice|company|business|startup|agency|farm|hotel|"
                r"bar|gym|garage|boutique|firm)(?:\s(?:called|named)\s(?-i:[A-Z0-9][\w&'-]{0,25}(?:\s(?:&\s|and\s|of\s)?"
                r"[A-Z0-9][\w&'-]{0,25}){0,4}))?)",
                I,
            ),
            "business",
        ),
        (rx(_w("every") + r"\s+" + _PERIOD + r",?\s+i\s+" + _VALUE, I), "habit"),
        # "I submit a reading every month on the 1st": a routine, said after the verb.
        (
            rx(
                _w("i")
                + r"\s(?P<v>(?!(?:am|was|have|had|will|would|can|could|did|do|don't|didn't|might|may|must|should|"
                r"shall|just|also|still|never|got|get|keep|keeps|kept|been)\b)(?![a-z]{1,15}ed\b)[a-z]{3,15}\s"
                + _gap(8, ".,;!?\n")
                + r"every\s(?:other\s|few\s|couple of\s|(?:two|three|four|five|six|eight|\d{1,2})\s)?"
                + _PERIOD
                + r"s?\b(?: on the \d{1,2}(?:st|nd|rd|th))?)",
                I,
            ),
            "habit",
        ),
        # "I work nights", "I work from home".
        (
            rx(
                _w("i") + r"\s(?:mostly\s|mainly\s)?(?P<v>work\s(?:nights|night shifts?|nightshifts|days|lates|earlies|"
                r"weekends|shifts|from home|remotely|part[- ]time|full[- ]time|evenings|mornings|12[- ]hour shifts|"
                r"twelve[- ]hour shifts|long hours))\b",
                I,
            ),
            "habit",
        ),
        # "I always want a window seat", "we always need a quiet room", "I only wear the cotton ones".
        (
            rx(
                _ws("i|we")
                + r"\s(?:(?:always|usually|normally|generally)\s(?:want|need|wear|ask for|choose|pick|take|go for|"
                r"request)|only\s(?:wear|eat|drink|use|buy|shop|fly|read))\s(?:an?\s|the\s|some\s)?" + _VALUE,
                I,
            ),
            "preferences",
        ),
        (
            rx(
                _w("i") + r"(?:'m| am| (?:usually |always |normally )?(?:wear|take))\s(?:an?\s|usually\s|always\s)?"
                r"(?P<v>size \w{1,4})\b",
                I,
            ),
            "preferences",
        ),
        (
            rx(
                r"(?P<v>"
                + _w("size")
                + r" \w{1,4}),?\s(?:as (?:usual|always)|like always|like last time|like before)\b",
                I,
            ),
            "preferences",
        ),
        (
            rx(
                _ws("can|could|would|please|always|prefer|best|like")
                + r"\b[,;:]?\s{1,3}"
                + _gap(8)
                + r"on the (?P<v>\d{1,2}(?:st|nd|rd|th) of (?:the|every|each) month)\b",
                I,
            ),
            "preferences",
        ),
        (
            rx(
                r"(?P<v>"
                + _w(r"large[- ]print", "big print", "braille", r"easy[- ]read", r"audio (?:versions?|format)")
                + r")\s(?:for everything|for all|only|always|please|letters|from now on|in future|in the future|"
                r"versions?|copies)\b",
                I,
            ),
            "preferences",
        ),
    ),
    accessibility=(
        rx(
            _w(
                r"i(?:'m| am)?\s+(?:\w{1,12}\s)?(?:wear|use|have|on)\s+(?:a\s|two\s)?hearing aids?\b",
                r"hearing aids?\b",
                r"i(?:'m|m| am)\s+(?:a bit\s|quite\s|very\s|partially\s)?(?:hard of hearing|deaf|blind|partially "
                r"sighted|visually impaired|colou?r[- ]?blind|dyslexic)\b",
                *_each("my|poor|bad|failing", r"\s+eyesight\b"),
                r"i (?:can't|cannot) see (?:very\s)?well\b",
                r"screen reader\b",
                *_each("in a|use a", r" wheelchair\b"),
                r"wheelchair user\b",
                r"i have (?:dyslexia|low vision|macular degeneration|a tremor|arthritis in my hands)\b",
                *_each("large|bigger|larger", r" (?:text|print|font)\b"),
            ),
            I,
        ),
    ),
    device=(
        rx(
            _ws("i have|i own|i use|i bought|i got|i've got|i'm using|i am using|my|our|it's|its|it is")
            + r"\s+(?:an?\s|the\s|new\s|old\s|brand new\s){0,2}(?P<v>"
            + _ws(DEVICE_BRANDS)
            + r"\b[\w +-]{0,24})",
            I,
        ),
        # "Bought the Hue starter kit from you": no "I" at the start of the sentence.
        rx(
            _ws("bought|got", after=_SENTENCE_START)
            + r"\s+(?:an?\s|the\s|new\s|old\s|brand new\s){0,2}(?P<v>"
            + _ws(DEVICE_BRANDS)
            + r"\b[\w +-]{0,24})",
            I,
        ),
        # "router is a BT Smart Hub 2", "my phone is an Oppo A17".
        rx(
            _w("is", after=_AFTER_DEVICE_NOUN)
            + r"(?i:\s(?:an?|the)\s)(?:new\s|old\s)?(?P<v>[A-Z][\w+-]{1,20}(?: [\w+-]{1,20}){0,3})"
        ),
    ),
    frequency_words=words(
        "every day|every morning|every evening|every night|every week|every weekend|every month|every monday|every tuesday|every wednesday|every thursday|every friday|every saturday|every sunday|most days|most evenings|most nights|most mornings|almost every|nearly every|twice a week|once a week|twice a month|once a month|on weekends|at weekends|every other"
    ),
    call_words=words("call|calls|calling me|ring|ring me|phone me|reach me|reachable"),
    time_words=words(
        "morning|mornings|afternoon|afternoons|evening|evenings|night|nights|weekend|weekends|weekday|weekdays|after|before|between|am|pm|o'clock|lunchtime|noon"
    ),
    request_words=words("please|only|don't|do not|never|pls|just"),
    plan_words=words(
        "plan|tier|package|membership|subscription|tariff|bundle|autoship|rewards|policy|cover|account|deal|broadband|fibre|fiber|card"
    ),
    self_words=words("i|i'm|im|my|me|we|we're|our|us"),
    plan=(
        rx(
            _ws(_I_AM + "|" + _WE_ARE)
            + r"\s+on\s+(?:the|a|your)\s+(?P<v>[\w-]{2,20}(?:\s[\w-]{2,20})?\s(?:plan|tier|package|membership|"
            r"subscription|bundle|contract|tariff|deal|rate|option))\b",
            I,
        ),
        rx(
            _ws(_I_AM)
            + r"\s+an?\s+(?P<v>(?:gold|silver|platinum|premium|vip|diamond|bronze|elite|prime|plus|pro|titanium)\s"
            r"(?:member|customer|subscriber))\b",
            I,
        ),
        rx(
            _ws("i have|i've got|i've had|i pay for")
            + r"\s+(?:the|a)\s+(?P<v>[\w-]{2,20}\s(?:plan|membership|subscription|tier|package|tariff))\b",
            I,
        ),
        rx(
            r"(?P<v>"
            + _ws("gold|silver|platinum|premium|vip|diamond|bronze|elite|titanium")
            + r"\smember)\b(?! (?:price|rate|discount|benefit|perk|lounge))(?![^.!?\n]{0,40}\?)",
            I,
        ),
        rx(
            _w("my") + r"\s+(?:plan|tier|membership|subscription|tariff)\s+is\s+(?:the\s)?"
            # "my plan is expensive": a judgement, not the plan's name.
            r"(?!(?:too|very|so|really|quite|way|expensive|cheap|pricey|wrong|broken|not|a|an|about|up|due|still|"
            r"the same|fine|ok|okay|good|bad|great|terrible|useless|slow|fast|limited|over|ending|expiring)\b)"
            r"(?P<v>[\w-]{2,20}(?:\s[\w-]{2,20})?)",
            I,
        ),
        # "…, on the annual Commuter pass": a named plan after "on the", without a subject.
        rx(
            _w("on") + r"\s(?:the|a|an|my)\s(?:(?i:annual|monthly|yearly|weekly|current|new)\s)?(?P<v>[A-Z][\w+-]{1,20}"
            r"(?:\s[A-Z][\w+-]{1,20})?\s(?i:plan|tier|pass|membership|subscription|package|tariff|bundle))\b"
            r"(?!\s(?i:page|website|site|price|prices|pricing|option))"
        ),
        # A short answer to "which plan are you on?": "Pro plan, annual."
        rx(r"^(?i:(?:the |on the |on )?)(?P<v>(?i:" + TIERS + r") (?i:plan|tier|membership))(?=\s{0,2}[,.!]|\s{0,2}$)"),
        # "I'm on Basic with ads", "I'll stay on Premium".
        rx(
            _ws(_I_AM + "|" + _WE_ARE + "|i'll stay|i will stay|i'll stick|staying|i'm staying")
            + r"(?i:\s(?:still\s|currently\s|now\s|just\s)?on\s)(?:the\s)?(?P<v>(?:[A-Z][\w+-]{1,15}\s)?(?:"
            + TIERS
            + r")\b(?:\s[A-Z][\w+-]{1,15})?)"
        ),
        # "I finally made Gold", "I've been upgraded to Platinum".
        rx(
            _ws("i|we")
            + r"(?:'ve|\shave)?\s(?:finally\s|just\s|now\s)?(?:made|reached|hit|(?:been\s|got\s|gotten\s)?(?:upgraded|"
            r"bumped up|bumped|moved up|promoted|downgraded|switched|put) to)\s(?P<v>(?:gold|silver|platinum|bronze|diamond|elite|titanium|vip)"
            r"(?:\s(?:status|tier|level|membership))?)\b",
            I,
        ),
    ),
    languages=LANGUAGES,
    channels=CHANNELS,
    clause_words=frozenset(
        words(
            "and|but|so|because|cause|since|though|although|which|who|where|when|while|if|or|as|at|in|on|for|with|from|"
            "near|by|to|than|that|then|now|too|also|currently|still|anymore|these|right|last|next|this|today|tomorrow|"
            "yesterday|ago|originally|until|till|after|before|during|about|is|was|are|were|has|have|had|keeps|won't|"
            "doesn't|isn't|can't|will|would|should|could|lol|haha|btw|thanks|thank|please|here|there|way|mate|"
            "tho|tbh|fyi|cheers"
        )
    ),
    not_values=frozenset(
        words(
            "sorry|not|so|very|just|still|looking|interested|happy|fine|good|here|back|trying|going|confused|frustrated|"
            "also|really|glad|afraid|sure|ok|okay|done|ready|unable|able|calling|writing|asking|waiting|having|getting|"
            "thinking|wondering|annoyed|angry|sad|excited|worried|tired|hoping|planning|currently|now|always|never|"
            "usually|the|a|an|another|in|on|at|from|with|about|moving|leaving|working|living|based|"
            "it|that|this|them|these|those|you|there|one|too|much|lots|yours|"
            "everything|nothing|something|someone|anything|nobody|everyone|customer|calling|contacting|reaching|a bit|"
            "having|your|my|our|his|her|their|me|him|us|what|why|how|who|when|where|which|hi|hello|hey|thanks|yes|no|"
            "dear|mr|mrs|ms|miss|madam|sir|still|stuck|locked|charged|billed|late|early|online|home|away|out|off|up|"
            "having|struggling|unhappy|disappointed|told|calling|phoning|messaging|emailing|texting|following|"
            "following up|replying|responding|returning|myself|settings|menu|inbox|queue|"
            "i|i'm|im|i've|i'll|i'd|we're|it's|its|hr|to|help|fear|denial|limbo|windows|android|ios|chrome|safari|firefox|wifi|bluetooth|monday|tuesday|wednesday|thursday|friday|saturday|sunday|again|speaking"
        )
    ),
    correction=words(
        "actually|i mean|i meant|sorry|correction|to correct|no wait|scratch that|rather|oops|my bad|"
        "not anymore|no longer"
    ),
    past=words(
        "used to|previously|formerly|before that|until last|back then|i was living|no longer|not anymore|"
        "years ago|in the past|once"
    ),
    moods={
        "frustrated": words(
            "frustrated|frustrating|frustration|annoyed|annoying|angry|furious|ridiculous|"
            "unacceptable|fed up|sick of|terrible|awful|horrible|worst|useless|pathetic|still not|"
            "still no|still waiting|wtf|again?|seriously"
        ),
        "sad": words("sad|upset|disappointed|unhappy|heartbroken|depressed|miserable|let down|devastated|gutted"),
        "anxious": words(
            "worried|anxious|nervous|concerned|scared|afraid|panic|panicking|urgent|urgently|asap|stressed|stressful"
        ),
        "excited": words("excited|can't wait|cannot wait|amazing|awesome|fantastic|thrilled|love it|wow"),
        "confused": words(
            "confused|confusing|don't understand|do not understand|not sure how|not sure what|"
            "what do you mean|unclear|doesn't make sense|lost"
        ),
        "happy": words(
            "thanks|thank you|thx|appreciate|appreciated|great|perfect|happy|glad|helpful|excellent|"
            "wonderful|lovely|brilliant"
        ),
    },
    problem=words(
        "broken|damaged|defective|tear|torn|ripped|hole|stain|scratched|cracked|dented|faulty|doesn't work|"
        "does not work|not working|stopped working|won't start|"
        "won't turn on|won't work|won't load|won't open|missing|never arrived|hasn't arrived|didn't arrive|"
        "wrong item|wrong size|wrong address|overcharged|charged twice|double charged|charged me twice|error|problem|"
        "issue|bug|crash|crashes|crashed|crashing|keeps|leak|leaking|delayed|late|still waiting|can't log in|"
        "can't login|can't access|can't find|can't open|can't sign|locked out|locked|blocked|declined|failed|"
        "cancelled|canceled|refund|dropping|drops|slow|no signal|no internet|no connection|outage|disconnected|"
        "restarting|reboots|frozen|freezes|stuck|lost|stolen|fraud|dispute|complaint|incorrect|wrong|help"
    ),
    resolved=words(
        "that fixed|that solved|that worked|that did it|that helped|it's working|it is working|it's fixed|"
        "it is fixed|it's resolved|it's sorted|everything's working|works now|working now|problem solved|"
        "issue resolved|issue fixed|all sorted|all good now|been resolved|been fixed|been refunded|been replaced|"
        "refund has been|refund was issued|refund was processed|resolved|perfect, thanks|great, thanks|sorted"
    ),
    escalation=words(
        "escalate|escalation|escalated|supervisor|manager|human please|real person|speak to a person|"
        "speak to someone|talk to a human|talk to a person|speak to a human|real human"
    ),
    complaint=words(
        "complain|complaining|complained|complaint|unacceptable|ridiculous|terrible|awful|horrible|"
        "worst|disgusted|disgusting|outrageous|poor service|bad service|not happy|very disappointed|"
        "rip off|ripoff|scam"
    ),
    positive=words(
        "thanks|thank you|thx|appreciate|appreciated|great|perfect|awesome|excellent|wonderful|helpful|"
        "love it|brilliant|lovely"
    ),
    actions=words(
        "i've|i have|we've|we have|i'll|we'll|i will|we will|i've just|i just|i can see|i reset|i refunded|"
        "i sent|i updated|i changed|i cancelled|i booked|i scheduled|i credited|i applied|i replaced|i unlocked|"
        "i restored|i fixed|i arranged|i processed|i added|i removed|i activated|i escalated|i issued|i opened|"
        "has been|have been|i've gone ahead"
    ),
    session_only=words(
        "order|ordered|orders|tracking|ticket|invoice|receipt|purchase|purchased|bought|asked about|"
        "refund|delivery|package|parcel|reference|booking|case number|confirmation number|"
        "right now|at the moment|today|this morning|tonight"
    ),
    episode_template="The customer raised: “{topic}”.{action} Outcome: {outcome}.",
    action_template=" The agent: “{action}”.",
    rolling_template="On {date} they got in touch about {topic}; {outcome}.",
    outcomes={
        "resolved": "resolved",
        "open": "still open",
        "escalated": "escalated to a person",
        "answered": "answered",
    },
    rolling_outcomes={
        "resolved": "it was resolved",
        "open": "it was still open at the end",
        "escalated": "they asked for a person",
        "answered": "their question was answered",
    },
)

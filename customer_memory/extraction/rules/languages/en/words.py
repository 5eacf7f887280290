"""English vocabulary tables and the pattern building blocks the pack's modules share."""

from __future__ import annotations

import re
from collections.abc import Iterable

from customer_memory.extraction.rules.languages import alternation
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
    "kelpie": "dog", "heeler": "dog", "blue heeler": "dog", "cattle dog": "dog", "staffordshire": "dog",
    "yorkie": "dog", "maltese": "dog", "bichon": "dog", "pomeranian": "dog", "shepherd": "dog", "sheepdog": "dog",
    "sheltie": "dog", "akita": "dog", "samoyed": "dog", "mastiff": "dog", "dalmatian": "dog", "vizsla": "dog",
    "weimaraner": "dog", "mutt": "dog", "moggy": "cat", "moggie": "cat", "persian": "cat", "sphynx": "cat",
    "british shorthair": "cat", "cockatoo": "bird", "budgerigar": "bird", "lovebird": "bird", "axolotl": "axolotl",
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
    "call center agent|call centre agent|customer service agent|customer service rep|customer service advisor|"
    "contact centre agent|contact center agent|travel agent|insurance agent|real estate agent|sales rep|"
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
    "swahili": "Swahili", "kiswahili": "Swahili", "tamil": "Tamil", "telugu": "Telugu", "kannada": "Kannada",
    "malayalam": "Malayalam", "marathi": "Marathi", "bengali": "Bengali", "bangla": "Bengali", "gujarati": "Gujarati",
    "punjabi": "Punjabi", "yoruba": "Yoruba", "igbo": "Igbo", "hausa": "Hausa", "zulu": "Zulu", "isizulu": "Zulu",
    "xhosa": "Xhosa", "afrikaans": "Afrikaans", "amharic": "Amharic", "somali": "Somali", "irish": "Irish",
    "gaelic": "Gaelic", "persian": "Persian", "farsi": "Farsi", "thai": "Thai", "indonesian": "Indonesian",
    "malay": "Malay", "swedish": "Swedish", "norwegian": "Norwegian", "danish": "Danish", "finnish": "Finnish",
    "czech": "Czech", "hungarian": "Hungarian", "catalan": "Catalan", "basque": "Basque", "bulgarian": "Bulgarian",
    "serbian": "Serbian", "croatian": "Croatian", "nepali": "Nepali", "sinhala": "Sinhala", "filipino": "Filipino",
}  # fmt: skip
CHANNELS = {
    "email": "email", "e-mail": "email", "mail": "email", "phone": "phone", "call": "phone", "calls": "phone",
    "ring": "phone", "text": "SMS", "texts": "SMS", "text message": "SMS", "sms": "SMS", "whatsapp": "WhatsApp",
    "telegram": "Telegram", "messenger": "Messenger", "chat": "chat", "zalo": "Zalo", "viber": "Viber", "write": "in writing",
    "in writing": "in writing", "writing": "in writing", "discord": "Discord",
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


# At the start of the text or of a sentence, seen from just after the first letter (for `_w(after=…)`).
_SENTENCE_START = r"(?:(?<![\s\S]{2})|(?<=[.!?]\s.)|(?<=[.!?]\s\s.)|(?<=[.!?]\s\s\s.))"

_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"

_I_AM = "i'm|im|i am"
_WE_ARE = "we're|we are"

_LANGUAGE = alternation(LANGUAGES)

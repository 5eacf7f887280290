"""English."""

from __future__ import annotations

import re

from customer_memory.extraction.rules.languages import Instruction, LanguagePack, alternation, rx
from customer_memory.extraction.rules.text import words

I = re.IGNORECASE  # noqa: E741 (reads as a flag, like re.I)

RELATIONS = {
    "wife": "spouse", "husband": "spouse", "partner": "spouse", "fiance": "spouse", "fiancee": "spouse",
    "boyfriend": "spouse", "girlfriend": "spouse", "spouse": "spouse", "hubby": "spouse", "other half": "spouse",
    "son": "son", "daughter": "daughter", "mother": "mother", "mom": "mother", "mum": "mother", "mam": "mother",
    "mummy": "mother", "mommy": "mother", "father": "father", "dad": "father", "daddy": "father",
    "brother": "brother", "sister": "sister", "stepson": "son", "stepdaughter": "daughter",
    "grandson": "grandson", "granddaughter": "granddaughter", "grandchild": "grandchild", "grandkid": "grandchild",
    "grandmother": "grandmother", "grandma": "grandmother", "granny": "grandmother", "gran": "grandmother",
    "nan": "grandmother", "nana": "grandmother", "grandfather": "grandfather", "grandpa": "grandfather",
    "grandad": "grandfather", "granddad": "grandfather",
    "niece": "niece", "nephew": "nephew", "aunt": "aunt", "auntie": "aunt", "uncle": "uncle", "cousin": "cousin",
    "carer": "carer", "caregiver": "carer",
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
    "labrador": "dog", "lab": "dog", "golden retriever": "dog", "retriever": "dog", "spaniel": "dog",
    "cocker spaniel": "dog", "springer spaniel": "dog", "terrier": "dog", "jack russell": "dog", "poodle": "dog",
    "beagle": "dog", "collie": "dog", "border collie": "dog", "dachshund": "dog", "sausage dog": "dog", "pug": "dog",
    "bulldog": "dog", "french bulldog": "dog", "frenchie": "dog", "german shepherd": "dog", "husky": "dog",
    "greyhound": "dog", "whippet": "dog", "lurcher": "dog", "chihuahua": "dog", "shih tzu": "dog",
    "schnauzer": "dog", "labradoodle": "dog", "cockapoo": "dog", "cavapoo": "dog", "corgi": "dog",
    "staffie": "dog", "staffy": "dog", "rottweiler": "dog", "doberman": "dog", "great dane": "dog",
    "tabby": "cat", "siamese": "cat", "persian": "cat", "maine coon": "cat", "ragdoll": "cat", "bengal": "cat",
}  # fmt: skip
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100, "a": 1, "an": 1,
}  # fmt: skip
OCCUPATIONS = words(
    "nurse|teacher|doctor|physician|surgeon|engineer|developer|programmer|designer|student|lawyer|attorney|"
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
    "telegram": "Telegram", "messenger": "Messenger", "chat": "chat", "zalo": "Zalo",
}  # fmt: skip
# Brands whose name alone says "a device I own" ("my Samsung", "it's a Doro 8100").
DEVICE_BRANDS = (
    "iphone|ipad|macbook|imac|samsung|galaxy|pixel|huawei|xiaomi|oppo|motorola|nokia|kindle|apple watch|fitbit|"
    "roku|chromecast|fire tv|fire stick|firestick|sonos|dell|hp|lenovo|asus|acer|surface|lg|sony|philips|bosch|"
    "netgear|tp-link|nest|ring doorbell|alexa|echo|playstation|ps4|ps5|xbox|nintendo|doro|tcl|hisense|vizio|"
    "panasonic|toshiba|oneplus|honor|realme|garmin|kobo|canon|epson|brother printer|linksys|eero|arlo|eufy|"
    "hue|philips hue|bt smart hub|bt hub|bt home hub|sky q|sky hub|virgin hub|hub 3|hub 4|hub 5|tesla|dyson|"
    "miele|siemens|beko|hotpoint|whirlpool|kenwood|ninja|nespresso|tado|hive|amazon echo|google home|google nest"
)
# Nouns for what a device is ("my router is a BT Smart Hub 2").
_DEVICE_NOUN = (
    r"(?:router|modem|phone|mobile|handset|tv|telly|television|laptop|tablet|computer|pc|printer|watch|speaker|"
    r"camera|console|fridge|freezer|boiler|hub|doorbell|thermostat|hoover|vacuum|washer|washing machine|dryer|"
    r"dishwasher|oven|car|e-reader|reader|smartwatch|headphones|earbuds|hearing aid)"
)
TIERS = (
    "Basic|Standard|Premium|Plus|Pro|Gold|Silver|Bronze|Platinum|Titanium|Family|Unlimited|Starter|Essential|"
    "Essentials|Business|Enterprise|Team|Free|Lite|Max|Ultimate|Diamond|Elite|Student|Prime|Pay As You Go|PAYG|VIP"
)

_NAME = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:[A-Z][\w'-]{1,30}|de|da|van|von|del|di|le|la|bin|al)){0,3})"
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}(?: [A-Za-z][\w'-]{1,30}){0,2})"
# A full name standing on its own: two or three capitalised words.
_FULL_NAME = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:de|da|van|von|del|di|le|la|bin|al))? [A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30})?)"
_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"
# A proper noun (organisation, place): capitalised words, "of" and "&" between them.
_PROPER = r"(?P<v>[A-Z][\w'&.-]{0,30}(?: (?:[A-Z0-9][\w'&.-]{0,30}|of|&|on|upon)){0,4})"
# A relative's or pet's name, without a possessive "'s" ("my daughter Anaya's birthday" -> "Anaya").
_REL_NAME = r"(?P<name>[A-Z][\w-]{1,30}(?:'(?!s\b)[\w-]{1,20})?|[A-Z]'[A-Z][\w-]{1,20})"
_REL = alternation(RELATIONS)
_PET = alternation(PETS)
_GREETING = r"(?i:\bhi|\bhello|\bhey|\bhiya|\byo|\bmorning|\bgood (?:morning|afternoon|evening)|\bhi there|\bhello there)"
_START = r"(?:^|[.!?]\s{0,3}|" + _GREETING + r"[,!]?\s{1,3})"
_START_OR_COMMA = r"(?:^|[.!?,]\s{0,3}|" + _GREETING + r"[,!]?\s{1,3})"
_I_AM = r"(?:i'm|im|i am)"
_JOB_WORDS = r"[a-z][a-z-]{1,20}(?: [a-z][a-z-]{1,20}){0,2}"
# Not a job when followed by "at Tesco": a customer, a member, a patient…
_NOT_JOB = r"(?<!customer)(?<!member)(?<!client)(?<!patient)(?<!guest)(?<!user)(?<!subscriber)(?<!regular)(?<!fan)"
_PERIOD = (
    r"(?:day|week|month|morning|evening|night|weekend|year|fortnight|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)"
)
_TIME_OF_DAY = r"\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)?"

PACK = LanguagePack(
    code="en",
    name=(
        # 0: explicit, any case ("my name is priya"); also a new name: "…so it's Rachel Donovan now".
        rx(
            r"(?:(?i:\bmy (?:full |real |new |married )?name(?:'s| is)(?: now)?|\bname's|\bthe name is|"
            r"\bchanged my name to)|(?:,|(?i:\bso|\bso now)) (?i:it's|it is|its)(?= [A-Z][\w'-]{1,30} [A-Z][\w'-]{1,30}"
            r" (?i:now)\b))\s+" + _ANY_NAME
        ),
        rx(_START_OR_COMMA + r"(?i:this is|it's|it is|its)\s+" + _NAME),
        # "Dev here - Dev Malhotra": the full name said after the first.
        rx(_START + r"[A-Z][\w'-]{1,30} (?i:here)\s{0,2}[-–—,:]\s{0,2}" + _FULL_NAME),
        rx(_START_OR_COMMA + _NAME + r"\s(?i:here|speaking|calling|again)\b"),
        rx(_START_OR_COMMA + r"(?i:i'm|im|i am)\s+" + _NAME),
        # "Hi, Niamh Gallagher. …", "Sam Okoro." (answering "can I take your name?").
        rx(
            _START
            + r"(?![^.,!\n]{0,40}(?i:support|service|team|desk|department|customer|care)\b)"
            + r"(?!(?i:good|thank|thanks|happy|merry|great|dear|hello|hi|hey|ok|okay|yes|no|please|sorry|many|best|"
            r"kind|warm|excuse|just|not|still|the|my|our)\b)"
            + _FULL_NAME
            + r"(?=\s{0,2}[.,!;:]|\s[-–—]\s)"
        ),
        rx(r"(?i:\bcall me|\bi go by)\s+" + _NAME),
    ),
    age=(
        rx(
            r"\b(?:i'm|im|i am|i turned|i'll be|i will be|i just turned)\s+(?P<v>\d{1,3}|[a-z]{3,9}(?:[- ][a-z]{3,9})?)"
            r"(?:\s+(?:years?|yrs?)(?:\s+old)?|\s+y/?o\b|(?=\s*(?:[,.;!?]|$|so\b|and\b|now\b|this\b|next\b)))",
            I,
        ),
        rx(
            r"\bmy age is (?P<v>\d{1,3})\b|\baged (?P<v2>\d{1,3})\b|\bat (?P<v3>\d{2}|[a-z]{5,9}(?:[- ][a-z]{3,5})?)"
            r" years? old\b",
            I,
        ),
    ),
    number_words=NUMBERS,
    location=(
        rx(
            r"\b(?:i|we)\s+(?:currently\s|now\s|still\s|actually\s)?(?:live|am living|are living|reside|'m living|"
            r"'ve lived|have lived|'ve been living|have been living)\s+(?:in|at|near|outside|just outside)\s+" + _VALUE,
            I,
        ),
        rx(
            r"\b(?:i'm|i am|we're|we are)\s+(?:currently\s|now\s)?(?:based|located|living)\s+(?:in|near)\s+" + _VALUE, I
        ),
        rx(r"\bmy (?:home|house|flat|apartment) is in\s+" + _VALUE, I),
        # "I'm in Leeds if that matters", "I'm in Manchester now" — not a trip ("I'm in Paris this week").
        rx(
            r"(?i:\b(?:i'm|im|i am|we're|we are)\s(?:now\s|currently\s|still\s|actually\s)?(?:over |down |up |out )?"
            r"in\s)(?:the\s)?(?P<v>[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2})"
            r"(?![^.!?\n]{0,30}?(?i:\b(?:for (?:a |the |my |work|business|now|\d)|this (?:week|weekend|month|morning|"
            r"afternoon|evening)|on (?:holiday|vacation|business|a trip|a work trip)|visiting|until|till|right now|"
            r"at the moment|today|tonight|tomorrow|staying|airport|hotel|hospital)\b))"
        ),
        rx(r"(?i:\bhere in\s)(?:the\s)?(?P<v>[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2})"),
    ),
    moved=(
        rx(
            r"(?:\b(?:i|we)(?:'ve| have)?\s|(?:^|[.!?]\s{1,3}))(?:just\s|recently\s|finally\s|now\s)?(?:moved|relocated)"
            r"\s(?:house\s|home\s|back\s|over\s)?(?:to|into)\s(?:(?:a|the|our|my)\s(?:new\s)?(?:place|house|home|flat|"
            r"apartment|condo|bungalow)\s(?:in|at|on)\s)?" + _VALUE,
            I,
        ),
    ),
    hometown=(
        rx(r"\b(?:i'm|i am|i come)\s+(?:originally\s)?from\s+" + _VALUE, I),
        rx(r"\bi (?:was born(?: and (?:raised|bred))?|grew up) in\s+" + _VALUE, I),
    ),
    relations=RELATIONS | WIDOWED,
    relation=(
        rx(
            r"(?i:\bmy\s+(?:(?:eldest|oldest|youngest|little|older|younger|elder|baby|late|grown|twin|step|dear)\s)?"
            r"(?P<rel>" + _REL + r"))(?:'s name is|,| is called| is named| called| named|)\s+" + _REL_NAME
        ),
        rx(_REL_NAME + r",?\s(?i:my\s(?P<rel>" + _REL + r"))\b"),
        # "I'm a widow, my Arthur always dealt with this."
        rx(
            r"(?i:\b(?:i'm|i am|i've been)\s(?:a\s)?(?P<rel>widow|widower|widowed))\b[^.!?\n]{0,30}?"
            r"(?i:\bmy\s(?:late\s)?(?:husband\s|wife\s|partner\s)?)" + _REL_NAME
        ),
    ),
    marital=(
        rx(
            r"\b(?:i'm|im|i am|i've been)\s+(?:happily\s|recently\s)?(?:an?\s)?(?P<v>married|single|divorced|widowed|"
            r"engaged|separated|widow|widower)\b",
            I,
        ),
    ),
    children=(
        rx(
            r"\b(?:i|we)\s+(?:have|have got|'ve got)\s+(?P<v>a|an|one|two|three|four|five|six|\d)\s+"
            r"(?:little\s|young\s|grown\s|grown-up\s)?(?P<what>kids?|children|child|sons?|daughters?|grandchildren|"
            r"grandkids)\b",
            I,
        ),
        rx(
            r"\b(?:with|my)\s(?P<v>two|three|four|five|six|seven|[2-9])\s(?:little\s|young\s|grown\s|grown-up\s)?"
            r"(?P<what>kids|children|grandchildren|grandkids)\b|\b(?:a\s)?(?:mum|mom|mother|dad|father|parent) of "
            r"(?P<v2>two|three|four|five|six|seven|[2-9])\b",
            I,
        ),
    ),
    pets=PETS,
    pet=(
        rx(
            r"(?i:\b(?:my|our)\s(?:\w{1,20}\s)??(?P<species>" + _PET + r"))(?:'s name is|,| is called| called| named|)"
            r"\s+" + _REL_NAME
        ),
        rx(
            r"(?i:\b(?:i|we)(?:\s(?:have|have got|got|just got|also have|own|adopted|rescued)|'ve got|'ve just got)\s"
            r"(?:a|an|one|two|three|\d)\s(?:\w{1,20}\s)??(?P<species>" + _PET + r"))(?i:\snow)?"
            r"(?:(?:,\s|\s(?i:named|called)\s)" + _REL_NAME + r")?\b"
        ),
        rx(_REL_NAME + r"(?:,\s|\sis\s)(?i:(?:my|our)\s(?:\w{1,20}\s)??(?P<species>" + _PET + r"))\b"),
    ),
    occupation=(
        rx(r"\bi\s+(?:work|am working|'m working)\s+as\s+(?:an?\s)?" + _VALUE, I),
        rx(r"\bmy\s+(?:job|profession|occupation)\s+is\s+(?:an?\s)?" + _VALUE, I),
        rx(
            r"\b(?:i'm|im|i am|i've been|i have been|i was)\s+(?:now\s|currently\s|still\s)?(?:an?\s)"
            r"(?P<v>(?:(?:senior|junior|retired|freelance|self-employed|part-time|full-time|trainee|head|lead|"
            r"registered|school|primary school|high school|secondary school|nursing|medical|staff|night|agency|"
            r"qualified|newly qualified|student|apprentice|assistant|chief|deputy|locum|supply|community)\s)?"
            + alternation(OCCUPATIONS)
            + r")\b",
            I,
        ),
        rx(
            r"\b(?:i'm|im|i am)\s+(?:now\s)?(?P<v>retired|unemployed|self-employed|a stay-at-home (?:mum|mom|dad))\b", I
        ),
        # "I'm a forklift operator at the Amazon warehouse": a job said with where it is done.
        rx(
            r"(?i:\b(?:i'm|im|i am)\s(?:now\s|currently\s)?an?\s)(?P<v>" + _JOB_WORDS + r")" + _NOT_JOB
            + r"\s(?:at|for|with)\s(?:the\s)?[A-Z]"
        ),
    ),
    employer=(
        rx(
            r"\bi\s+(?:work|am working|'m working|currently work|still work)\s+(?:as\s[^.,;!?\n]{2,40}\s)?(?:at|for)\s+"
            r"(?:the\s)?" + _VALUE,
            I,
        ),
        rx(
            r"(?i:\b(?:i'm|im|i am)\s(?:now\s|currently\s)?an?\s)" + _JOB_WORDS + _NOT_JOB
            + r"\s(?:at|for|with)\s(?:the\s)?" + _PROPER
        ),
        rx(
            r"(?:(?i:\bi(?:'ve| have)?\s(?:just\s|recently\s|now\s)?|\b(?:and|then|just|recently)\s)|"
            r"(?:^|[.!?,;:-]|[^\x00-\x7f])\s{0,3})(?i:joined|started (?:work\s|working\s|a new job\s|my new job\s)?"
            r"(?:at|with))\s(?:the\s)?" + _PROPER
        ),
        rx(r"\bmy (?:employer|company) is\s+(?:the\s)?" + _VALUE, I),
        # "switched jobs - I'm at Tesla now"
        rx(
            r"(?i:\b(?:switched|changed|new|moved)\s(?:jobs?|employers?|companies|company)\b)[^.!?\n]{0,30}?"
            r"(?i:\b(?:i'm|i am|i work|i'm working|now)\s(?:now\s)?(?:at|for|with))\s(?:the\s)?" + _PROPER
        ),
    ),
    instructions=(
        Instruction(
            rx(
                r"\b(?:go|going|take it|explain(?: it| things| everything)?|talk|speak)\s+(?:very\s|nice and\s|"
                r"really\s|more\s)?(?:slowly|slow|step by step)\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                r"\bone (?:small\s)?(?:step|thing) at a time\b|\bstep[- ]by[- ]step\b|\bbe patient with me\b|"
                r"\bplease be patient\b|\bbear with me\b|\b(?:don't|do not|please don't) rush(?: me)?\b|"
                r"\bexplain (?:it |things )?(?:simply|in plain (?:english|words))\b|"
                r"\b(?:no|without|avoid) (?:the )?(?:technical )?jargon\b|\bnot (?:very )?(?:good|great) with "
                r"(?:technology|computers|phones|tech|these things|this stuff|gadgets|apps)\b|"
                r"\b(?:i'm|i am) not (?:very |at all |really )?(?:technical|techy|tech-savvy|tech savvy|"
                r"computer literate|good with computers)\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                r"\bkeep\s+(?:your\s|the\s|all\s|my\s)?(?:answers|replies|responses|messages|emails|it|things)\s+"
                r"(?:\w{1,12}\s)?(?:short|brief|concise|simple|to the point)\b|\b(?:short|brief) (?:answers|replies|"
                r"messages) please\b|\b(?:i prefer|please give me|i like|i want)\s+(?:short|brief|concise)\s+"
                r"(?:answers|replies|responses|messages)\b|\bget (?:straight )?to the point\b|"
                r"\b(?:no|not) long (?:messages|emails|texts|explanations)\b|\b(?:no|don't have time for) essays\b|"
                r"\bjust the short version\b",
                I,
            ),
            "response_length",
            "short",
        ),
        Instruction(
            rx(
                r"\b(?:i prefer|please give me|give me|i like|i want|i'd like|i need)\s+(?:the\s)?(?:detailed|long|full|"
                r"in-depth|thorough)\s+(?:technical\s)?(?:answers|replies|explanations|explanation|details?|"
                r"breakdown|picture)\b|\b(?:as much|all the|plenty of|more) (?:technical )?detail\b|"
                r"\bexplain (?:it |things |everything )?in (?:full |more )?detail\b|\bdon't (?:dumb|water) it down\b",
                I,
            ),
            "response_length",
            "detailed",
        ),
        Instruction(
            rx(
                r"\b(?:always|please)\s+(?:confirm|check|ask)\s+(?:with me\s|me\s)?(?:first\s)?before\s+(?:you\s)?"
                r"[a-z]{3,12}(?:\s(?:anything|it|me|my|the|or|and|send|charge|change)){0,3}\b|\b(?:never|don't|"
                r"do not)\s+(?:charge|change|cancel|send|book|order|renew|upgrade|bill)\s+(?:me\s|my\s|anything\s)?"
                r"(?:\w{1,15}\s)?without\s+(?:asking|checking|confirming|my (?:ok|okay|permission|approval))\b|"
                r"\bi (?:want|need|like|'d like) to (?:approve|confirm|okay|ok) (?:every|each|any) (?:step|change|"
                r"payment|charge|transfer|order)\b",
                I,
            ),
            "confirm_before_acting",
        ),
        Instruction(
            rx(
                r"\b(?:email|e-mail|text|whatsapp|message|call|ring|phone)\sme\b[^.!?\n]{0,30}?\b(?:rather than|"
                r"instead of|not|don't|do not|never)\s(?:by\s|a\s|an\s|via\s|on\s)?(?:phone\s)?(?:call|phone|ring|"
                r"email|e-mail|text|sms|whatsapp)\b|"
                r"\b(?:contact|reach|call|text|email|message|confirm|update|notify|tell|send|reply to|get back to|"
                r"let)\s(?:me|it|things|everything)(?:\sknow)?\s(?:only\s)?(?:by|via|on|through|over)\s(?:e-?mail|"
                r"mail|phone|text|sms|whatsapp|telegram|messenger|chat)\b|"
                r"\b(?:confirm|contact me|reply|updates?|notify me)\s(?:only\s)?(?:by|via|over)\s(?:e-?mail|text|sms|"
                r"whatsapp)\b|"
                r"\bi (?:much\s|really\s)?prefer\s+(?:e-?mail|texts?|whatsapp|sms|phone calls?)\b|"
                r"\b(?:email|e-mail|texts?|whatsapp) (?:is|are|works) (?:best|better|easier) for me\b",
                I,
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                r"\b(?:please\s)?(?:don't|do not|never|not to)\s+(?:call|ring|phone|contact|text)\s+(?:me\s)?"
                r"(?:before|after|in the|on|during|at)\s+[\w: ]{1,20}|\b(?:only\s)?(?:call|ring|contact) me\s+"
                r"(?:only\s)?(?:in the (?:mornings?|afternoons?|evenings?)|after " + _TIME_OF_DAY + r"|before "
                + _TIME_OF_DAY + r"|between [\w: ]{3,20}|on weekdays|on weekends|after work)|"
                r"\bi(?:'m| am) (?:only\s)?(?:available|reachable) (?:in the (?:mornings?|afternoons?|evenings?)|"
                r"after \d{1,2}|before \d{1,2}|on weekdays|on weekends)|"
                r"\b(?:call|calls|ring|phone|contact|reach)\b[^.!?\n]{0,30}?\bonly (?:after|before) " + _TIME_OF_DAY
                + r"|\bno calls? (?:before|after) " + _TIME_OF_DAY + r"|\bi can't take calls (?:during|at|in) "
                r"(?:the day|work|the daytime|the morning|the evening)\b",
                I,
            ),
            "contact_hours",
        ),
        Instruction(
            rx(
                r"\b(?:reply|respond|answer|write|talk|speak|communicate)(?:\sto me)?\s(?:only\s)?in\s(?P<v>"
                + alternation(LANGUAGES)
                + r")\b|\bmy (?:first|native|main|mother) (?:language|tongue) is (?P<v2>"
                + alternation(LANGUAGES)
                + r")\b",
                I,
            ),
            "preferred_language",
        ),
        Instruction(
            rx(
                r"\b(?:i (?:much |really |would )?prefer|(?:someone|somebody|anyone|an agent|a person) who speaks|"
                r"i'm more comfortable in|i am more comfortable in|i'd rather speak|i would rather speak)\s(?P<v>"
                + alternation(LANGUAGES)
                + r")\b",
                I,
            ),
            "preferred_language",
        ),
        Instruction(
            rx(
                r"\b(?:please\s)?(?:be|keep it|stay)\s+(?:more\s|a bit more\s)?(?P<v>formal|casual|informal|"
                r"friendly)\b|\b(?:call me|address me as)\s+(?:mr|mrs|ms|miss|dr)\.?\s|\b(?:don't|do not|please "
                r"don't) (?:call me by|use) my first name\b|\bi don't care for first names\b",
                I,
            ),
            "tone_preference",
        ),
        # Standing delivery and shopping instructions, kept as said.
        Instruction(
            rx(
                r"\balways\s(?:leave|drop|put|deliver)\s(?:my\s|the\s|all\s|any\s)?(?:parcels|packages|deliveries|it|"
                r"them|things|stuff|everything|boxes)\s(?:at|by|in|behind|with|under|on|next to|round|around|"
                r"outside)\s[^.,;!?\n]{2,30}",
                I,
            ),
            "preferences",
        ),
        Instruction(
            rx(
                r"\b(?:never|don't ever|do not ever|no)\s(?:substitute|substitutions|swap|replace)(?:\s(?:items|"
                r"products|anything|things|brands|my items))?\b",
                I,
            ),
            "preferences",
        ),
    ),
    preferences=(
        (
            rx(
                r"\bi\s+(?:really\s|much\s|strongly\s|would\s)?prefer\s+(?!(?:to\s)?"
                + alternation(LANGUAGES)
                + r"\b)"
                + _VALUE,
                I,
            ),
            "preferences",
        ),
        (rx(r"\bmy\s+fav(?:ou?rite)\s+(?P<thing>[a-z]{2,15}(?:\s[a-z]{2,15})?)\s+is\s+" + _VALUE, I), "favourite"),
        (rx(r"\bi\s+(?:really\s|absolutely\s)?(?:love|enjoy|adore)\s+" + _VALUE, I), "likes"),
        (rx(r"\bi\s+(?:really\s)?(?:hate|dislike|can't stand|cannot stand)\s+" + _VALUE, I), "dislikes"),
        (
            rx(
                r"\b(?:i'm|im|i am)\s+(?:a\s)?(?P<v>vegetarian|vegan|pescatarian|gluten[- ]free|lactose intolerant|"
                r"diabetic|celiac|coeliac|halal|kosher)\b",
                I,
            ),
            "dietary",
        ),
        (rx(r"\b(?:i'm|im|i am)\s+(?:very\s|severely\s)?allergic\s+to\s+" + _VALUE, I), "allergies"),
        (
            rx(
                r"\bi\s+(?P<v>(?:usually|normally|typically|always|mostly)\s(?:shop|order|pay|buy|travel|fly|work|use|"
                r"check|watch|listen|read|go|call|book|drive|cook|eat)\b[^.,;!?\n]{2,50})",
                I,
            ),
            "habit",
        ),
        (
            rx(
                r"\bi\s+(?:run|own|have)\s+(?:a|an|my own|our)\s+(?P<v>(?:small\s|little\s|family\s)?(?:bakery|"
                r"restaurant|cafe|shop|store|salon|studio|clinic|practice|company|business|startup|agency|farm|hotel|"
                r"bar|gym|garage|boutique|firm)(?:\s(?:called|named)\s[^.,;!?\n]{2,40})?)",
                I,
            ),
            "business",
        ),
        (
            rx(
                r"\bevery\s+(?:morning|evening|night|day|week|weekend|month|monday|tuesday|wednesday|thursday|friday|"
                r"saturday|sunday),?\s+i\s+" + _VALUE,
                I,
            ),
            "habit",
        ),
        # "I submit a reading every month on the 1st": a routine, said after the verb.
        (
            rx(
                r"\bi\s(?P<v>(?!(?:am|was|have|had|will|would|can|could|did|do|don't|didn't|might|may|must|should|"
                r"shall|just|also|still|never)\b)(?![a-z]{1,15}ed\b)[a-z]{3,15}\s[^.,;!?\n]{0,40}?\bevery\s"
                + _PERIOD
                + r"\b(?: on the \d{1,2}(?:st|nd|rd|th))?)",
                I,
            ),
            "habit",
        ),
        # "I work nights", "I work from home".
        (
            rx(
                r"\bi\s(?:mostly\s|mainly\s)?(?P<v>work\s(?:nights|night shifts?|nightshifts|days|lates|earlies|"
                r"weekends|shifts|from home|remotely|part[- ]time|full[- ]time|evenings|mornings|12[- ]hour shifts|"
                r"twelve[- ]hour shifts|long hours))\b",
                I,
            ),
            "habit",
        ),
        # "I always want a window seat", "we always need a quiet room", "I only wear the cotton ones".
        (
            rx(
                r"\b(?:i|we)\s(?:always|only|usually|normally|generally)\s(?:want|need|get|wear|ask for|choose|pick|"
                r"take|go for|request|like|sit|stay)\s(?:an?\s|the\s|my\s|some\s)?" + _VALUE,
                I,
            ),
            "preferences",
        ),
        (
            rx(
                r"\b(?:i(?:'m| am)|i (?:usually |always |normally )?(?:wear|take|need|get))\s(?:an?\s|usually\s|"
                r"always\s)?(?P<v>size \w{1,4})\b",
                I,
            ),
            "preferences",
        ),
        (rx(r"\b(?P<v>size \w{1,4}),?\s(?:as (?:usual|always)|like always|like last time|like before)\b", I), "preferences"),
        (
            rx(
                r"\b(?:can|could|would|please|always|prefer|best|like)\b[^.!?\n]{0,40}?\bon the (?P<v>\d{1,2}"
                r"(?:st|nd|rd|th) of (?:the|every|each) month)\b",
                I,
            ),
            "preferences",
        ),
        (
            rx(
                r"\b(?P<v>large[- ]print|big print|braille|easy[- ]read|audio (?:versions?|format))\s(?:for everything|"
                r"for all|only|always|please|letters|from now on|in future|in the future|versions?|copies)\b",
                I,
            ),
            "preferences",
        ),
    ),
    accessibility=(
        rx(
            r"\b(?:i|i'm|i am)\s+(?:\w{1,12}\s)?(?:wear|use|have|on)\s+(?:a\s|two\s)?hearing aids?\b|\bhearing aids?\b|"
            r"\b(?:i'm|im|i am)\s+(?:a bit\s|quite\s|very\s|partially\s)?(?:hard of hearing|deaf|blind|partially "
            r"sighted|visually impaired|colou?r[- ]?blind|dyslexic)\b|\b(?:my|poor|bad|failing)\s+eyesight\b|"
            r"\bi (?:can't|cannot) see (?:very\s)?well\b|\bscreen reader\b|\b(?:in a|use a) wheelchair\b|"
            r"\bwheelchair user\b|\bi have (?:dyslexia|low vision|macular degeneration|a tremor|arthritis in my hands)\b"
            r"|\b(?:large|bigger|larger) (?:text|print|font)\b",
            I,
        ),
    ),
    device=(
        rx(
            r"(?:\bi\s(?:have|own|use|bought|got)|\bi've got|\bi'm using|\bi am using|\bmy|\bour|\b(?:it's|its|it is)"
            r"|(?:^|[.!?]\s{1,3})(?:bought|got))\s+(?:an?\s|the\s|new\s|old\s|brand new\s){0,2}(?P<v>(?:"
            + DEVICE_BRANDS
            + r")\b[\w +-]{0,24})",
            I,
        ),
        # "router is a BT Smart Hub 2", "my phone is an Oppo A17".
        rx(
            r"(?i:\b" + _DEVICE_NOUN + r"(?:'s| is)\s(?:an?|the)\s)(?:new\s|old\s)?(?P<v>[A-Z][\w+-]{1,20}"
            r"(?: [\w+-]{1,20}){0,3})"
        ),
    ),
    plan=(
        rx(
            r"\b(?:i'm|im|i am|we're|we are)\s+on\s+(?:the|a|your)\s+(?P<v>[\w-]{2,20}(?:\s[\w-]{2,20})?\s(?:plan|tier|"
            r"package|membership|subscription|bundle|contract|tariff|deal|rate|option))\b",
            I,
        ),
        rx(
            r"\b(?:i'm|im|i am)\s+an?\s+(?P<v>(?:gold|silver|platinum|premium|vip|diamond|bronze|elite|prime|plus|pro|"
            r"titanium)\s(?:member|customer|subscriber))\b",
            I,
        ),
        rx(
            r"\b(?:i have|i've got|i've had|i pay for)\s+(?:the|a)\s+(?P<v>[\w-]{2,20}\s(?:plan|membership|"
            r"subscription|tier|package|tariff))\b",
            I,
        ),
        rx(r"\bmy\s+(?:plan|tier|membership|subscription|tariff)\s+is\s+(?:the\s)?(?P<v>[\w-]{2,20}(?:\s[\w-]{2,20})?)", I),
        # "I'm on Basic with ads", "I'll stay on Premium".
        rx(
            r"(?i:\b(?:i'm|im|i am|we're|we are|i'll stay|i will stay|i'll stick|staying|i'm staying)\s(?:still\s|"
            r"currently\s|now\s|just\s)?on\s)(?:the\s)?(?P<v>(?:[A-Z][\w+-]{1,15}\s)?(?:" + TIERS + r")\b"
            r"(?:\s[A-Z][\w+-]{1,15})?)"
        ),
        # "I finally made Gold", "I've been upgraded to Platinum".
        rx(
            r"\b(?:i|we)(?:'ve|\shave)?\s(?:finally\s|just\s|now\s)?(?:made|reached|hit|been upgraded to|upgraded to|"
            r"moved up to|switched to|downgraded to)\s(?P<v>(?:gold|silver|platinum|bronze|diamond|elite|titanium|vip)"
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
            "tho|though|though|tbh|fyi|cheers|ta|x|xx"
        )
    ),
    not_values=frozenset(
        words(
            "sorry|not|so|very|just|still|looking|interested|happy|fine|good|here|back|trying|going|confused|frustrated|"
            "also|really|glad|afraid|sure|ok|okay|done|ready|unable|able|calling|writing|asking|waiting|having|getting|"
            "thinking|wondering|annoyed|angry|sad|excited|worried|tired|new|hoping|planning|currently|now|always|never|"
            "usually|the|a|an|in|on|at|from|with|about|moving|leaving|working|living|based|"
            "it|that|this|them|these|those|you|there|one|too|much|lots|yours|"
            "everything|nothing|something|someone|anything|nobody|everyone|customer|calling|contacting|reaching|a bit|"
            "having|your|my|our|his|her|their|me|him|us|what|why|how|who|when|where|which|hi|hello|hey|thanks|yes|no|"
            "dear|mr|mrs|ms|miss|madam|sir|still|stuck|locked|charged|billed|late|early|online|home|away|out|off|up|"
            "having|struggling|unhappy|disappointed|told|calling|phoning|messaging|emailing|texting|following|"
            "following up|replying|responding|returning|myself|settings|app|account|profile|menu|inbox|queue|"
            "member|patient|guest|client|regular|subscriber|user|bit|little|hr|monday|tuesday|wednesday|thursday|"
            "friday|saturday|sunday|again|speaking|afternoon|morning|evening"
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
    outcomes={"resolved": "resolved", "open": "still open", "escalated": "escalated to a person", "answered": "answered"},
    rolling_outcomes={
        "resolved": "it was resolved",
        "open": "it was still open at the end",
        "escalated": "they asked for a person",
        "answered": "their question was answered",
    },
)

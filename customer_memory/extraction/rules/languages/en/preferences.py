"""English patterns for preferences, accessibility, devices and plans; the words of routines and contact hours."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.en.words import (
    _I_AM,
    _LANGUAGE,
    _SENTENCE_START,
    _VALUE,
    _WE_ARE,
    DEVICE_BRANDS,
    DEVICE_NOUNS,
    TIERS,
    I,
    _after_words,
    _each,
    _gap,
    _w,
    _ws,
)
from customer_memory.extraction.rules.text import words

_PERIOD = (
    r"(?:day|week|month|morning|evening|night|weekend|year|fortnight|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)"
)

# "router is a …": a device noun just before "is" (lookbehinds, checked only where an "i" starts a word).
_AFTER_DEVICE_NOUN = "(?:" + _after_words(DEVICE_NOUNS) + ")"

PREFERENCES = (
    # "stop sending me promotions", "no more marketing emails": what they don't want sent.
    (
        rx(
            r"\b(?:stop sending me|don't send me|do not send me|no more|please no|i don't want|i do not want)\s(?:any\s)?"
            r"(?:more\s)?(?P<v>(?:promotions|promotional (?:texts|emails|messages|calls)|marketing(?: texts| emails| messages|"
            r" calls)?|special offers|newsletters?)(?:\sby\s(?:text|sms|email|e-mail|post))?)\b",
            I,
        ),
        "dislikes",
    ),
    (
        rx(
            _w("i") + r"\s+(?:really\s|much\s|strongly\s|would\s)?prefer\s+(?!(?:to\s)?" + _LANGUAGE + r"\b)"
            # "I prefer all communication by e-mail" says how to reach them (an instruction), not a taste.
            r"(?!(?:all|any)\s(?:further\s|future\s)?(?:communications?|correspondence|contact|updates|replies)\b)"
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
            _ws(_I_AM + "|we're both|we are both|we're all|we are all|we're|we are")
            + r"\s+(?:a\s)?(?P<v>vegetarian|vegan|pescatarian|gluten[- ]free|lactose intolerant|"
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
            _w("i") + r"\s(?P<v>(?!(?:am|was|have|had|will|would|can|could|did|do|don't|didn't|might|may|must|should|"
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
            r"(?P<v>" + _w("size") + r" \w{1,4}),?\s(?:as (?:usual|always)|like always|like last time|like before)\b",
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
)

ACCESSIBILITY = (
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
            # Mobility: "wheelchair assistance at airports", "I have a bad hip", "I walk with a stick".
            r"wheelchair (?:assistance|access|help|space)\b",
            r"i (?:have|'ve got|got) (?:a\s)?(?:bad|dodgy|replaced|new|artificial) (?:hips?|knees?)\b",
            r"i (?:use|walk with) (?:a\s)?(?:walking stick|stick|cane|walker|walking frame|zimmer frame|crutches|mobility "
            r"scooter)\b",
            r"i (?:can't|cannot|can not) (?:manage|do|climb|walk up) (?:the\s)?stairs\b",
            r"reduced mobility\b",
            r"i have (?:dyslexia|low vision|macular degeneration|a tremor|arthritis in my hands)\b",
            *_each("large|bigger|larger", r" (?:text|print|font)\b"),
        ),
        I,
    ),
)

DEVICE = (
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
)

FREQUENCY_WORDS = words(
    "every day|every morning|every evening|every night|every week|every weekend|every month|every monday|every tuesday|every wednesday|every thursday|every friday|every saturday|every sunday|most days|most evenings|most nights|most mornings|almost every|nearly every|twice a week|once a week|twice a month|once a month|on weekends|at weekends|every other"
)

CALL_WORDS = words("call|calls|calling me|ring|ring me|phone me|reach me|reachable")

TIME_WORDS = words(
    "morning|mornings|afternoon|afternoons|evening|evenings|night|nights|weekend|weekends|weekday|weekdays|after|before|am|pm|o'clock|lunchtime|noon"
)

REQUEST_WORDS = words("please|only|don't|do not|never|pls|just")

PLAN_WORDS = words(
    "plan|tier|package|membership|subscription|tariff|bundle|autoship|rewards|policy|cover|account|deal|broadband|fibre|fiber|card"
)

SELF_WORDS = words("i|i'm|im|my|me|we|we're|our|us")

PLAN = (
    # A change first: "switched from the Silver plan to the Gold plan", "I'd like to switch to the Fixed Saver 24",
    # "signed up for Fibre 250", "bumped up to Gold": a tier word, a number or the word plan says it is a plan.
    rx(
        _ws(
            "switch|switched|switching|upgrade|upgraded|upgrading|downgrade|downgraded|downgrading|bumped up|"
            "moved up|promoted|signed up|change|changed"
        )
        + r"(?i:\s(?:over\s|me\s|it\s)?(?:from\s(?:the\s|my\s)?[^.,;!?\n]{1,30}?\s)?(?:to|for|onto)\s(?:the\s|a\s|your\s)?)"
        # ("upgraded to Windows 11", "switched to the Galaxy S24": software and devices, not plans.)
        + r"(?!(?:Windows|Android|Mac|MacOS|Galaxy|Pixel|Samsung|Apple|Google|Chrome|Firefox|Office|Teams|Zoom|"
        r"Version|Xbox|PlayStation|PS\d|Nintendo|Kindle|Sky Q|Sonos|Dell|HP|Lenovo)\b)"
        + r"(?P<v>(?=[^.,;!?\n]{0,40}?(?:\d|\b(?i:"
        + TIERS
        + r")\b|\s(?i:plan|tier|package|tariff|bundle|membership)\b))[A-Z0-9][\w&+-]{0,20}(?:\s[A-Z0-9][\w&+-]{0,20}){0,3}"
        r"(?:\s(?i:plan|tier|package|tariff|bundle|membership)\b)?)"
    ),
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
)


# Said just before the vehicle the customer drives (rules/vehicles.py).
VEHICLE_CUES = words(
    "i have|i've got|i got|we have|we've got|i drive|we drive|i own|we own|i bought|we bought|i just bought|i leased|i lease|i'm driving|im driving|my|our|my car is|my car's|we got"
)

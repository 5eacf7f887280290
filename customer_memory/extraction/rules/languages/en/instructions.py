"""English standing instructions: what the customer asks of every later conversation (how to contact them, how to
answer, what to check first).
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import Instruction, rx
from customer_memory.extraction.rules.languages.en.words import _LANGUAGE, I, _each, _gap, _w, _ws

_TIME_OF_DAY = r"\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)?"
_CONTACT_BY = r"(?:e-?mail|mail|phone|text|sms|whatsapp|viber|signal|telegram|messenger|chat)"

_DETAILED = (
    r"(?:the\s)?(?:detailed|long|full|in-depth|thorough)\s+(?:technical\s)?(?:answers|replies|explanations|"
    r"explanation|details?|breakdown|picture)\b"
)

INSTRUCTIONS = (
    # "I prefer all communication by e-mail", "any contact to be made by text please": every message, one channel.
    Instruction(
        rx(
            r"\b(?:all|any)\s(?:further\s|future\s)?(?:communications?|correspondence|contact|updates|replies|"
            r"responses)\s(?:(?:should\s|to\s)?be\s(?:sent\s|made\s|done\s)?)?(?:only\s)?(?:by|via|over|through)\s"
            r"(?:e-?mail|text|sms|whatsapp|post|letter|phone)\b(?![^.!?\n]{0,60}\?)",
            I,
        ),
        "preferred_contact_channel",
    ),
    # "Also email me after 5", "text me in the evenings": the channel said with the hours.
    Instruction(
        rx(
            r"\b(?:e-?mail|text|whatsapp|message) me\s(?:only\s)?(?:after|before|between|in the (?:mornings?|"
            r"afternoons?|evenings?)|on (?:weekdays|weekends))\b(?![^.!?\n]{0,60}\?)",
            I,
        ),
        "preferred_contact_channel",
    ),
    # "honestly texts are better than calls", "Email is the best way to reach me", "email only please"; not a
    # question ("is email better?").
    Instruction(
        rx(
            r"\b(?:texts?|text messages|e-?mails?|whatsapp|viber|sms)\s(?:is|are|works)\s(?:(?:much|way|really|"
            r"honestly|always|definitely|just)\s)?(?:the\s)?(?:best|better|easiest|easier|preferred)\b"
            r"(?![^.!?\n]{0,60}\?)|\b(?:e-?mail|texts?|sms|whatsapp|viber) only\b(?=\s?(?:[,.!;\n]|please\b|pls\b|$))",
            I,
        ),
        "preferred_contact_channel",
    ),
    # "pls text me dont call", "please email me, I can't take calls at work"; not "text me the link", not a question.
    Instruction(
        rx(
            r"\b(?:e-?mail|text|whatsapp|message) me\b,?\s(?:(?:and|but|so)\s)?(?:please\s|pls\s)?(?:don'?t|do not|"
            r"never|no)\s(?:call|ring|phone)|\b(?:please|pls|plz)\s(?:just\s)?(?:e-?mail|text|whatsapp) me\b"
            r"(?![ ,](?:the|a|an|your|my|it|that|this|back|when|if|at|on|about|once|after|before)\b)(?![^.!?\n]{0,60}\?)",
            I,
        ),
        "preferred_contact_channel",
    ),
    # "text me instead, always text", "please email me from now on", "email is better than calling for me".
    Instruction(
        rx(
            r"\b(?:e-?mail|text|message|whatsapp) me\b[^.!?\n]{0,40}?\b(?:instead|from now on|always|only|going forward|"
            r"in future|rather than)\b|\b(?:e-?mail|texts?|whatsapp|messages?)\s(?:is|are|works)\s(?:much\s|way\s)?"
            r"(?:best|better|easier)\b[^.!?\n]{0,30}?\bfor me\b|\b(?:always|only|just)\s(?:e-?mail|text|whatsapp)\b|"
            r"\bi'?m (?:writing|texting|messaging) instead of (?:calling|phoning|ringing)\b|"
            # "Please email rather than call", "text instead of ringing".
            r"\b(?:e-?mail|text|whatsapp|message|write)\s(?:me\s|us\s)?(?:rather than|instead of)\s"
            r"(?:call|calling|phone|phoning|ring|ringing)\b",
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
                    r"(?:by\s|a\s|an\s|via\s|on\s)?(?:phone\s)?(?:call|phone|ring|email|e-mail|text|sms|whatsapp|letter|post)\b"
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
                    "only call|only ring|only contact|call|ring|contact|email|e-mail|text|message",
                    r" me\s+(?:only\s)?(?:in the (?:mornings?|afternoons?|evenings?)|after "
                    + _TIME_OF_DAY
                    + r"|before "
                    + _TIME_OF_DAY
                    + r"|between [\w: ]{3,20}|on weekdays|on weekends|after work)",
                ),
                r"i(?:'m| am) (?:only\s)?(?:available|reachable) (?:in the (?:mornings?|afternoons?|evenings?)|"
                r"after " + _TIME_OF_DAY + r"|before " + _TIME_OF_DAY + r"|on weekdays|on weekends)"
                r"(?: on (?:weekdays|weekends|week days))?",
                *_each(
                    "call|calls|ring|phone|contact|reach",
                    r"\b[,;:]?\s{1,3}" + _gap(6) + r"only (?:after|before) " + _TIME_OF_DAY,
                ),
                r"no calls? (?:before|after) " + _TIME_OF_DAY,
                *_each("never|not", r" (?:before|after) \d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)\b"),
                # "nothing before 3pm ever": said on its own, at the end of a clause.
                r"nothing (?:before|after) \d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)(?:\s(?:ever|please|pls|thanks))?"
                r"(?=\s{0,2}(?:[.!,;\n]|$))",
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
    # "and in Welsh if possible, please".
    Instruction(
        rx(
            r"\b(?i:in)\s(?P<v>" + _LANGUAGE + r")\b(?:,?\s(?i:if (?:possible|you can|at all possible)|preferably)|"
            r"\s(?i:please)(?!\s\w))\b",
            I,
        ),
        "preferred_language",
        fallback=True,
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
                *_each("drop the|no need for (?:the\\s)?|skip the|forget the", r"\s?'?(?:mr|mrs|ms|miss|sir|madam)\b"),
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
    # Where the paperwork goes: "send all the invoices to my accountant", "bills should go to my son".
    Instruction(
        rx(
            r"\b(?:send|forward|e-?mail|copy|cc|post|mail)\s(?:(?:all|every|each|any|the|my|our|future)\s){0,2}"
            r"(?:invoices?|bills?|statements?|receipts?|paperwork|letters|correspondence)\b[^.;!?\n]{0,30}?\bto\s"
            r"(?:my|our)\s[a-z]{3,20}\b|\b(?:all|every|each|any|the|my|our|future)\s(?:invoices?|bills?|statements?|"
            r"receipts?|paperwork|letters|correspondence)\s(?:should|must|need to|can|have to)\s(?:(?:also|all|always)\s)?"
            r"(?:go|be sent|be forwarded|be emailed|be copied)\s(?:also\s)?to\s(?:my|our)\s[a-z]{3,20}\b",
            I,
        ),
        "preferences",
    ),
    # How they pay, always: "I always pay cash on delivery", "I pay in cash, as always".
    Instruction(
        rx(
            r"\b(?:i|we)\s(?P<keep>(?:always|usually)\spay\s(?:in\s)?cash)\b|\b(?:i|we)\spay\s(?:in\s)?cash"
            r"(?:\son delivery)?\b[^.;!?\n]{0,20}?\b(?:always|as usual|as always|every time)\b",
            I,
        ),
        "preferences",
    ),
    # "explain what you're going to do before you do it": tell them first.
    Instruction(
        rx(
            r"\b(?:explain|tell me|talk me through)\s(?:what|everything)\s(?:you're|you are|you'll|you will)\s"
            r"(?:going to\s|gonna\s)?(?:do|change)\s(?:before|first)\b",
            I,
        ),
        "confirm_before_acting",
    ),
    # "best to email me", "easier if you text me", "I'd rather talk on the phone".
    Instruction(
        rx(
            r"\b(?:best|better|easiest|easier)\s(?:to|if you)\s(?:just\s)?(?:e-?mail|text|whatsapp|message|call|ring|phone)"
            r"\s(?:me|us)\b(?![^.!?\n]{0,60}\?)|\bi(?:'d| would)? (?:rather|prefer to) (?:talk|speak|chat)\s(?:on|over|by)\s"
            r"(?:the\s)?(?:phone|whatsapp|e-?mail)\b",
            I,
        ),
        "preferred_contact_channel",
    ),
)

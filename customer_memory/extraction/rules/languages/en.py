"""English."""

from __future__ import annotations

import re

from customer_memory.extraction.rules.languages import Instruction, LanguagePack, alternation, rx
from customer_memory.extraction.rules.text import words

I = re.IGNORECASE  # noqa: E741 (reads as a flag, like re.I)

RELATIONS = {
    "wife": "spouse", "husband": "spouse", "partner": "spouse", "fiance": "spouse", "fiancee": "spouse",
    "boyfriend": "spouse", "girlfriend": "spouse", "spouse": "spouse",
    "son": "son", "daughter": "daughter", "mother": "mother", "mom": "mother", "mum": "mother",
    "father": "father", "dad": "father", "brother": "brother", "sister": "sister",
    "grandson": "grandson", "granddaughter": "granddaughter", "grandchild": "grandchild",
    "grandmother": "grandmother", "grandma": "grandmother", "grandfather": "grandfather", "grandpa": "grandfather",
    "niece": "niece", "nephew": "nephew", "aunt": "aunt", "uncle": "uncle", "cousin": "cousin",
    "carer": "carer", "caregiver": "carer",
}  # fmt: skip
PETS = {
    "dog": "dog", "puppy": "dog", "cat": "cat", "kitten": "cat", "parrot": "parrot", "rabbit": "rabbit",
    "bunny": "rabbit", "hamster": "hamster", "horse": "horse", "guinea pig": "guinea pig", "bird": "bird",
    "budgie": "bird", "fish": "fish", "turtle": "turtle", "tortoise": "tortoise", "snake": "snake", "ferret": "ferret",
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
    "truck driver|taxi driver|bus driver|student nurse|paralegal|bookkeeper|hr manager|sales rep|sales manager"
)
LANGUAGES = {
    "english": "English", "spanish": "Spanish", "french": "French", "german": "German", "portuguese": "Portuguese",
    "vietnamese": "Vietnamese", "hebrew": "Hebrew", "italian": "Italian", "arabic": "Arabic", "russian": "Russian",
    "chinese": "Chinese", "mandarin": "Mandarin", "japanese": "Japanese", "korean": "Korean", "polish": "Polish",
    "dutch": "Dutch", "turkish": "Turkish", "hindi": "Hindi",
}  # fmt: skip
CHANNELS = {
    "email": "email", "e-mail": "email", "mail": "email", "phone": "phone", "call": "phone", "calls": "phone",
    "ring": "phone", "text": "SMS", "texts": "SMS", "text message": "SMS", "sms": "SMS", "whatsapp": "WhatsApp",
    "telegram": "Telegram", "messenger": "Messenger", "chat": "chat", "zalo": "Zalo",
}  # fmt: skip

_NAME = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:[A-Z][\w'-]{1,30}|de|da|van|von|del|di|le|la|bin|al)){0,3})"
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}(?: [A-Za-z][\w'-]{1,30}){0,2})"
_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"
_REL = alternation(RELATIONS)
_PET = alternation(PETS)

PACK = LanguagePack(
    code="en",
    name=(
        rx(r"(?i:\bmy name(?:'s| is)|\bname's|\bthe name is)\s+" + _ANY_NAME),
        rx(r"(?:^|[.!?,]\s{0,3}|(?i:\bhi|\bhello|\bhey|\byes|\boh),?\s{1,3})(?i:this is|it's|it is)\s+" + _NAME),
        rx(r"(?:^|[.!?]\s{0,3}|(?i:\bhi|\bhello|\bhey)[,!]?\s{1,3})" + _NAME + r"\s(?i:here)\b"),
        rx(r"(?:^|[.!?,]\s{0,3}|(?i:\bhi|\bhello|\bhey)[,!]?\s{1,3})(?i:i'm|im|i am)\s+" + _NAME),
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
            r"\b(?:i|we)\s+(?:currently\s|now\s|still\s|actually\s)?(?:live|am living|are living|reside|'m living)"
            r"\s+(?:in|at|near|outside|just outside)\s+" + _VALUE,
            I,
        ),
        rx(
            r"\b(?:i'm|i am|we're|we are)\s+(?:currently\s|now\s)?(?:based|located|living)\s+(?:in|near)\s+" + _VALUE, I
        ),
        rx(r"\bmy (?:home|house|flat|apartment) is in\s+" + _VALUE, I),
    ),
    moved=(
        rx(
            r"\b(?:i|we)(?:'ve| have)?\s+(?:just\s|recently\s|finally\s)?(?:moved|relocated)\s+(?:back\s)?(?:to|into)\s+"
            + _VALUE,
            I,
        ),
    ),
    hometown=(rx(r"\b(?:i'm|i am|i come)\s+(?:originally\s)?from\s+" + _VALUE, I),),
    relations=RELATIONS,
    relation=(
        rx(
            r"(?i:\bmy\s+(?:(?:eldest|oldest|youngest|little|older|younger|elder|baby|late|grown)\s)?(?P<rel>"
            + _REL
            + r"))(?:'s name is|,| is called| is named| called| named|)\s+(?P<name>[A-Z][\w'-]{1,30})"
        ),
        rx(r"(?P<name>[A-Z][\w'-]{1,30}),?\s(?i:my\s(?P<rel>" + _REL + r"))\b"),
    ),
    marital=(rx(r"\b(?:i'm|im|i am)\s+(?:happily\s)?(?P<v>married|single|divorced|widowed|engaged|separated)\b", I),),
    children=(
        rx(
            r"\b(?:i|we)\s+have\s+(?P<v>a|an|one|two|three|four|five|six|\d)\s+(?:little\s|young\s|grown\s)?"
            r"(?P<what>kids?|children|child|sons?|daughters?|grandchildren|grandkids)\b",
            I,
        ),
    ),
    pets=PETS,
    pet=(
        rx(
            r"(?i:\b(?:my|our)\s+(?:\w+\s)?(?P<species>" + _PET + r"))(?:'s name is|,| is called| called| named|)\s+"
            r"(?P<name>[A-Z][\w'-]{1,20})"
        ),
        rx(
            r"(?i:\b(?:i|we)\s+have\s+(?:a|an|one|two|\d)\s+(?:\w+\s)?(?P<species>" + _PET + r")s?)"
            r"(?:\s(?i:named|called)\s(?P<name>[A-Z][\w'-]{1,20}))?"
        ),
    ),
    occupation=(
        rx(r"\bi\s+(?:work|am working|'m working)\s+as\s+(?:an?\s)?" + _VALUE, I),
        rx(r"\bmy\s+(?:job|profession|occupation)\s+is\s+(?:an?\s)?" + _VALUE, I),
        rx(
            r"\b(?:i'm|im|i am|i've been|i have been|i was)\s+(?:now\s|currently\s|still\s)?(?:an?\s)"
            r"(?P<v>(?:(?:senior|junior|retired|freelance|self-employed|part-time|full-time|trainee|head|lead|"
            r"registered|school|primary school|high school|secondary school|nursing|medical|staff|night|agency)\s)?"
            + alternation(OCCUPATIONS)
            + r")\b",
            I,
        ),
        rx(
            r"\b(?:i'm|im|i am)\s+(?:now\s)?(?P<v>retired|unemployed|self-employed|a stay-at-home (?:mum|mom|dad))\b", I
        ),
    ),
    employer=(
        rx(
            r"\bi\s+(?:work|am working|'m working|currently work)\s+(?:as\s[^.,;!?\n]{2,40}\s)?(?:at|for)\s+" + _VALUE,
            I,
        ),
        rx(r"\bi(?:'ve| have)?\s+(?:just\s|recently\s)?(?:joined|started at|moved to work at)\s+" + _VALUE, I),
        rx(r"\bmy (?:employer|company) is\s+" + _VALUE, I),
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
                r"\bone (?:step|thing) at a time\b|\bstep[- ]by[- ]step\b|\bbe patient with me\b|"
                r"\bplease be patient\b|\bexplain (?:it |things )?(?:simply|in plain (?:english|words))\b|"
                r"\b(?:no|without|avoid) (?:the )?(?:technical )?jargon\b|\bnot (?:very )?(?:good|great) with "
                r"(?:technology|computers|phones|tech)\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                r"\bkeep\s+(?:your\s|the\s|all\s|my\s)?(?:answers|replies|responses|messages|emails|it|things)\s+"
                r"(?:\w+\s)?(?:short|brief|concise|simple|to the point)\b|\b(?:short|brief) (?:answers|replies|"
                r"messages) please\b|\b(?:i prefer|please give me|i like|i want)\s+(?:short|brief|concise)\s+"
                r"(?:answers|replies|responses|messages)\b|\bget (?:straight )?to the point\b|"
                r"\b(?:no|not) long (?:messages|emails|texts|explanations)\b",
                I,
            ),
            "response_length",
            "short",
        ),
        Instruction(
            rx(
                r"\b(?:i prefer|please give me|i like|i want)\s+(?:detailed|long|full)\s+(?:answers|replies|"
                r"explanations)\b",
                I,
            ),
            "response_length",
            "detailed",
        ),
        Instruction(
            rx(
                r"\b(?:always|please)\s+(?:confirm|check|ask)\s+(?:with me\s)?(?:first\s)?before\s+(?:you\s)?"
                r"[a-z]{3,12}(?:\s(?:anything|it|me|my|the)){0,2}\b|\b(?:never|don't|do not)\s+(?:charge|change|"
                r"cancel|send|book|order|renew|upgrade|bill)\s+(?:me\s|my\s|anything\s)?(?:\w+\s)?without\s+"
                r"(?:asking|checking|confirming|my (?:ok|okay|permission|approval))\b",
                I,
            ),
            "confirm_before_acting",
        ),
        Instruction(
            rx(
                r"\b(?:please\s)?(?:email|e-mail|text|whatsapp|message)\s+me(?:\sinstead)?,?\s+(?:don't|do not|"
                r"rather than|instead of|not|never)\s+(?:call|phone|ring)\b|\b(?:contact|reach|call|text|email|"
                r"message)\s+me\s+(?:only\s)?(?:by|via|on|through|over)\s+(?:e-?mail|mail|phone|text|sms|"
                r"whatsapp|telegram|messenger|chat)\b|\bi (?:much\s|really\s)?prefer\s+(?:e-?mail|texts?|"
                r"whatsapp|sms|phone calls?)\b|\b(?:email|e-mail) is (?:best|better) for me\b",
                I,
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                r"\b(?:please\s)?(?:don't|do not|never)\s+(?:call|ring|phone|contact|text)\s+(?:me\s)?"
                r"(?:before|after|in the|on|during|at)\s+[\w: ]{1,20}|\b(?:only\s)?(?:call|ring|contact) me\s+"
                r"(?:only\s)?(?:in the (?:mornings?|afternoons?|evenings?)|after \d{1,2}(?::\d\d)?\s?(?:am|pm)?|"
                r"before \d{1,2}(?::\d\d)?\s?(?:am|pm)?|between [\w: ]{3,20}|on weekdays|on weekends)|"
                r"\bi(?:'m| am) (?:only\s)?(?:available|reachable) (?:in the (?:mornings?|afternoons?|evenings?)|"
                r"after \d{1,2}|before \d{1,2}|on weekdays|on weekends)",
                I,
            ),
            "contact_hours",
        ),
        Instruction(
            rx(
                r"\b(?:reply|respond|answer|write|talk|speak|communicate)(?:\sto me)?\s(?:only\s)?in\s(?P<v>"
                + alternation(LANGUAGES)
                + r")\b|\bmy (?:first|native|main) language is (?P<v2>"
                + alternation(LANGUAGES)
                + r")\b",
                I,
            ),
            "preferred_language",
        ),
        Instruction(
            rx(
                r"\b(?:please\s)?(?:be|keep it|stay)\s+(?:more\s|a bit more\s)?(?P<v>formal|casual|informal|"
                r"friendly)\b|\b(?:call me|address me as)\s+(?:mr|mrs|ms|miss|dr)\.?\s",
                I,
            ),
            "tone_preference",
        ),
    ),
    preferences=(
        (rx(r"\bi\s+(?:really\s|much\s|strongly\s|would\s)?prefer\s+" + _VALUE, I), "preferences"),
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
    ),
    accessibility=(
        rx(
            r"\b(?:i|i'm|i am)\s+(?:\w+\s)?(?:wear|use|have|on)\s+(?:a\s|two\s)?hearing aids?\b|\bhearing aids?\b|"
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
            r"\b(?:i\s(?:have|own|use|bought|got)|i've got|i'm using|i am using|my|our)\s+(?:an?\s|the\s|new\s|old\s|"
            r"brand new\s){0,2}(?P<v>(?:iphone|ipad|macbook|imac|samsung|galaxy|pixel|huawei|xiaomi|oppo|motorola|"
            r"nokia|kindle|apple watch|fitbit|roku|chromecast|fire tv|sonos|dell|hp|lenovo|asus|acer|surface|lg|sony|"
            r"philips|bosch|netgear|tp-link|nest|ring|alexa|echo|playstation|xbox)\b[\w +-]{0,24})",
            I,
        ),
    ),
    plan=(
        rx(
            r"\b(?:i'm|im|i am|we're|we are)\s+on\s+(?:the|a|your)\s+(?P<v>[\w-]{2,20}(?:\s[\w-]{2,20})?\s(?:plan|tier|"
            r"package|membership|subscription|bundle|contract))\b",
            I,
        ),
        rx(
            r"\b(?:i'm|im|i am)\s+an?\s+(?P<v>(?:gold|silver|platinum|premium|vip|diamond|bronze|elite|prime|plus|pro)\s"
            r"(?:member|customer|subscriber))\b",
            I,
        ),
        rx(
            r"\b(?:i have|i've got|i've had|i pay for)\s+(?:the|a)\s+(?P<v>[\w-]{2,20}\s(?:plan|membership|"
            r"subscription|tier|package))\b",
            I,
        ),
        rx(r"\bmy\s+(?:plan|tier|membership|subscription)\s+is\s+(?:the\s)?(?P<v>[\w-]{2,20}(?:\s[\w-]{2,20})?)", I),
    ),
    languages=LANGUAGES,
    channels=CHANNELS,
    clause_words=frozenset(
        words(
            "and|but|so|because|cause|since|though|although|which|who|where|when|while|if|or|as|at|in|on|for|with|from|"
            "near|by|to|than|that|then|now|too|also|currently|still|anymore|these|right|last|next|this|today|tomorrow|"
            "yesterday|ago|originally|until|till|after|before|during|about|is|was|are|were|has|have|had|keeps|won't|"
            "doesn't|isn't|can't|will|would|should|could|lol|haha|btw|thanks|thank|please|here|there|way|mate"
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
            "following up|replying|responding|returning"
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
        "sad": words("sad|upset|disappointed|unhappy|heartbroken|depressed|miserable|let down|devastated"),
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
        "broken|damaged|defective|tear|torn|ripped|hole|stain|scratched|cracked|dented|faulty|doesn't work|does not work|not working|stopped working|won't start|"
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
    outcomes={"resolved": "resolved", "open": "still open", "escalated": "escalated to a person"},
    rolling_outcomes={
        "resolved": "it was resolved",
        "open": "it was still open at the end",
        "escalated": "they asked for a person",
    },
)

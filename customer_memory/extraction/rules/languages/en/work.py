"""English patterns for work and study: occupation, employer, field of study."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.en.words import (
    _I_AM,
    _VALUE,
    OCCUPATIONS,
    I,
    _after_words,
    _w,
    _words,
    _ws,
)
from customer_memory.extraction.rules.languages.patterns import lead

# A proper noun (organisation, place): capitalised words, "of" and "&" between them.
_PROPER = r"(?P<v>[A-Z][\w'&.-]{0,30}(?: (?:[A-Z0-9][\w'&.-]{0,30}|of|&|on|upon)){0,4})"

_JOB_WORDS = r"[a-z][a-z-]{1,20}(?: [a-z][a-z-]{1,20}){0,2}"
# Not a job when followed by "at Tesco": a customer, a member, a patient…
_NOT_JOB = r"(?<!customer)(?<!member)(?<!client)(?<!patient)(?<!guest)(?<!user)(?<!subscriber)(?<!regular)(?<!fan)"
_NOT_JOB_START = r"(?!(?:bit|little|big|huge|long-time|longtime|loyal|new|regular|happy|frequent|first-time|real)\b)"

# "started at the Royal Infirmary": said by the customer ("I", "and", "just") or opening a clause.
_STARTED_AFTER = (
    r"(?:(?<![\s\S]{2})|(?<=(?:[.!?,;:-]|[^\x00-\x7f]).)|(?<=(?:[.!?,;:-]|[^\x00-\x7f])\s.)|"
    r"(?<=(?:[.!?,;:-]|[^\x00-\x7f])\s\s.)|"
    + _after_words("i|i've|i have|i just|i now|i've just|i recently|i have just|i've recently|and|then|just|recently")
    + ")"
)

# Fields of study: "I study nursing", "I'm studying law" make a student of that field.
_FIELDS = (
    r"(?i:medicine|nursing|law|(?:mechanical |civil |electrical |software )?engineering|architecture|psychology|"
    r"economics|business(?: administration)?|accounting|computer science|pharmacy|dentistry|veterinary medicine|"
    r"biology|chemistry|physics|maths|math|mathematics|history|journalism|education|physiotherapy|physical therapy|"
    r"nutrition|graphic design|music|philosophy|sociology|marketing|social work)"
)

STUDIES = (
    rx(
        lead("i study|i'm studying|i am studying|im studying|i'm doing|i am doing|i'm majoring in|i major in")
        + r"\s(?:(?:a degree in|my degree in|a masters? in|an? (?:ba|bsc|ma|msc) in)\s)?(?P<v>"
        + _FIELDS
        + r")\b"
    ),
)

STUDENT_OF = "{field} student"

OCCUPATION = (
    rx(_ws("i work as|i am working as|i'm working as") + r"\s+(?:an?\s)?" + _VALUE, I),
    # "I work from home as a bookkeeper", "I work nights as a carer".
    rx(
        _ws("i work|i'm working|i am working")
        + r"\s(?:from home|remotely|part[- ]time|full[- ]time|nights|shifts|weekends|freelance|locally)\s"
        # "as an ER nurse", "as an IT consultant": an acronym before the job.
        # "as a software developer", "as a home care nurse": up to two words saying which kind.
        r"as\s(?:an?\s)?(?P<v>(?:(?-i:[A-Z]{2,4})\s)?(?:[a-z][a-z-]{2,14}\s){0,2}?" + _words(OCCUPATIONS) + r")\b",
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
    # "I'm a diesel mechanic", "im a shift nurse": a job after a word that says which kind; not a job people say of
    # their hobbies or their driving ("a nervous driver", "a keen cook"), not a judgement ("a terrible nurse").
    rx(
        _ws(_I_AM)
        + r"(?i:\s(?:now\s|currently\s)?an?\s)"
        + _NOT_JOB_START
        + r"(?!(?:former|ex|wannabe|aspiring|amateur|hobby|fellow|terrible|bad|good|great|lousy|awful|careful|"
        r"nervous|safe|keen|very|really|pretty|total|complete|proper|proud|busy|tired|single|working|young|old|"
        r"experienced|confident|named|main|learner|second|occasional|better|best|decent|poor|volunteer)\b)"
        r"(?P<v>(?:(?-i:[A-Z]{2,4})\s|(?i:[a-z]{3,14}\s))"
        r"(?i:(?!(?:driver|cook|writer|reader|artist|singer|dancer|baker|student|coach|musician|designer|photographer|"
        r"painter|gardener|builder|player|user|customer|fan|member)\b)" + _words(OCCUPATIONS) + r"))\b"
    ),
    # "I'm the office manager at Brightline Dental", "I'm the founder so all invoices come to me".
    rx(
        _ws(_I_AM)
        + r"(?i:\s(?:now\s|currently\s)?the\s)(?P<v>(?i:founder|co-founder|ceo|cto|cfo|coo|managing director|"
        r"practice manager|"
        + _words(OCCUPATIONS)
        + r"))\b(?!(?i:\s(?:of|on|for)\s(?:the|this|my|our)\s(?:account|booking|order|policy|card|reservation|"
        r"subscription|contract|bill)))"
    ),
    # "I drive a truck for a living", "I fix boilers for a living".
    rx(_ws("i") + r"(?i:\s(?P<v>[a-z]{2,12}\s(?:an?\s)?[a-z]{2,15}(?:\s[a-z]{2,15})?)\sfor a living)\b"),
    # "I teach during the day", "I teach third grade at Lincoln Elementary": not someone taught at home.
    rx(
        _ws("i")
        + r"(?i:\s(?P<v>teach(?!\s(?:my|him|her|them|myself|ourselves|us|me|it|you|your|our|his)\b)(?:\s(?!(?:during|at|in|on|from|for|and|but|so|because|every|all|the|my|him|her|them|"
        r"myself|ourselves|us|me|it|that|this|you|your|how|what|a|an|some)\b)[a-z0-9]{2,12}){0,2}))\b"
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
)

EMPLOYER = (
    rx(
        _ws("i work|i am working|i'm working|i currently work|i still work")
        + r"\s+(?:as\s[^.,;!?\n]{2,40}\s)?(?:at|for)\s+(?:the\s)?"
        + _VALUE,
        I,
    ),
    # "I work nights as an ER nurse at Banner Health": a named employer after the shift and the job.
    rx(
        _ws("i work|i'm working|i am working")
        + r"(?i:\s(?:nights|days|shifts|weekends|part[- ]time|full[- ]time)\s(?:as\s[^.,;!?\n]{2,40}\s)?(?:at|for)\s"
        r"(?:the\s)?)" + _PROPER
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
    # "I'm the office manager at Brightline Dental".
    rx(
        _ws(_I_AM) + r"(?i:\s(?:now\s|currently\s)?the\s)(?:(?i:founder|co-founder|ceo|cto|cfo|coo|managing director|"
        r"practice manager)|" + _words(OCCUPATIONS) + r")(?i:\s(?:at|of|for)\s)(?:the\s)?" + _PROPER
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
)

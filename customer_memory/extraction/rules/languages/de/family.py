"""German patterns for family and pets: relatives and their names, marital status, children, pets."""

from __future__ import annotations

from customer_memory.extraction.rules.languages.de.words import _GAP, PETS, RELATIONS, I
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import trie

_FAMILY = {word: key for word, key in RELATIONS.items() if word not in {"witwe", "witwer"}}

_REL = trie(_FAMILY)
_PET = trie(PETS)
_POSS = r"(?:mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer)"
_ADJ = r"(?:(?:kleine|grosse|große|altere|jungere|alteste|jungste|verstorbene|liebe|ex|neue|alte|zukunftige)[nmrs]?\s)"
# Names are not nouns: German capitalises both, so a word ending like an abstract noun is not taken.
_PERSON = r"(?P<name>[A-Z][\w'-]{1,30}+(?<!ung)(?<!heit)(?<!keit)(?<!schaft)(?<!tion)(?<!nis)(?<!geld))"

RELATION = (
    # "Ich habe zwei Söhne, Max und Leon", "unsere Töchter Lea und Mara": two children named, one relation.
    rx(
        r"(?i:\b(?:ich habe|ich hab|wir haben|haben wir|habe ich|und ich haben|meine|unsere|meinen|unseren)\s"
        r"(?:zwei\s)?(?P<rel>sohne|enkelinnen|(?<=zwei\s)(?:tochter|enkel)))\b,?\s" + _PERSON + r"\s(?i:und)\s"
        r"(?P<name2>[A-Z][\w'-]{1,30}+)(?![\w'-])"
    ),
    rx(
        r"(?i:\b"
        + _POSS
        + r"\s"
        + _ADJ
        + r"?(?P<rel>"
        + _REL
        + r"))\b,?\s(?:(?i:hei(?:ss|ß)t|namens|mit namen)\s)?"
        + _PERSON
    ),
    # "der Gerhard, mein Sohn, hat …": the spoken article, the name, then who they are.
    rx(
        r"(?i:\b(?:der|die)\s)"
        + _PERSON
        + r"(?i:,\s(?:mein|meine|unser|unsere)\s"
        + _ADJ
        + r"?(?P<rel>"
        + _REL
        + r"))\b(?=\s{0,3}[,.!]|$)"
    ),
    # "meine Frau, die Brigitte, hat Zöliakie": the name with its spoken article, between commas.
    rx(r"(?i:\b" + _POSS + r"\s" + _ADJ + r"?(?P<rel>" + _REL + r"))\b,\s(?i:die|der)\s" + _PERSON + r"(?=,)"),
    # "Petra und ich haben einen Sohn, Lukas (3)", "ich habe eine Tochter namens Mia": an article, then the name.
    rx(
        r"(?i:\b(?:ich habe|ich hab|wir haben|haben wir|habe ich|hab ich|und ich haben)\s(?:(?:auch|noch|schon|zusammen|nur)\s)?"
        r"(?:einen|eine|ein)\s"
        + _ADJ
        + r"?(?P<rel>sohn|tochter|enkel|enkelin|enkelsohn|enkeltochter))\b(?:,\s|\s(?i:namens|mit namen)\s)"
        + _PERSON
        + r"(?=\s{0,2}[,.!;(]|$|\s(?i:und|der|die)\b)"
    ),
    rx(r"(?i:\b(?P<rel>witwe|witwer)\b)" + _GAP + r"(?i:(?:mein|meine)\s)(?!(?i:" + _REL + r")\b)" + _PERSON),
)

# "mein Mann liest mit", "mit meiner Frau": the spouse without a name (not "meine Ex-Frau", not "meine Frau Mama").
SPOUSE_MENTION = rx(
    r"(?i:\b(?:mein|meine|meinem|meinen|meiner)\s(?P<rel>ehemann|mann|ehefrau|frau|partner|partnerin|lebensgefahrte|"
    r"lebensgefahrtin|lebensgefahrten|gatte|gattin)\b)(?!-|\s(?:[A-Z]|(?i:ist|war)\s(?:gestorben|verstorben|tot)\b))"
)

MARITAL = (
    # "seit mein Mann gestorben is": widowed, said as what happened.
    rx(
        r"\b(?:seit |nachdem |da )?(?:mein|meine) (?:mann|ehemann|frau|ehefrau) (?:ist |is )?"
        r"(?P<v>gestorben|verstorben)\b",
        I,
    ),
    rx(
        r"\b(?:ich bin|bin ich)\s(?:(?:seit(?: \w{1,12}){1,2}|jetzt|schon|inzwischen|glucklich|frisch)\s){0,2}(?P<v>"
        r"verheiratet|ledig|geschieden|verwitwet|witwe|witwer|verlobt|single|getrennt|alleinstehend|alleinerziehend|"
        r"alleinerziehende(?: mutter)?|alleinerziehender(?: vater)?|alleinerzieherin|alleinerzieher)\b",
        I,
    ),  # "Ich habe im Mai geheiratet", "wir haben letztes Jahr geheiratet" (not "nie geheiratet").
    # "Geschieden. Zwei Kinder, die wohnen bei mir.": the status as a sentence of its own (an answer).
    rx(
        r"(?:^|[.!?]\s{1,3})(?:ja,?\s|nein,?\s)?(?P<v>geschieden|verheiratet|ledig|verwitwet|getrennt lebend|getrennt|"
        r"verlobt|alleinerziehend)\s{0,2}(?:[.!]|$)",
        I,
    ),
    rx(
        r"\b(?:ich habe|ich hab|wir haben|habe ich|haben wir)\s(?:(?!(?:nicht|nie|noch|kein|keine)\b)[\w.]{1,12}\s){0,3}?"
        r"(?P<v>geheiratet)\b",
        I,
    ),
)

CHILDREN = (
    # "Geschieden. Zwei Kinder, die wohnen bei mir.": how many, as a sentence of its own (an answer).
    rx(
        r"(?:^|[.!?]\s{1,3})(?:ja,?\s|nein,?\s)?(?P<v>zwei|drei|vier|funf|sechs|ein|eins|\d)\s(?P<what>Kinder|Kind)"
        r"(?=\s{0,2}(?:[,.!;]|$)|\s(?:die|und|im|von)\b)",
        I,
    ),
    rx(
        r"\b(?:ich habe|ich hab|wir haben|mit|bei|meine|meinen|unsere|unseren|mutter von|vater von|"
        r"alleinerzieherin von|alleinerzieher von)\s(?:meinen\s|"
        r"unseren\s)?(?P<v>zwei|drei|vier|funf|sechs|ein|eine|einem|einen|\d)\s(?:(?:kleine[n]?|erwachsene[n]?|"
        r"kleinen)\s)?(?P<what>Kinder[n]?|Kind|Enkelkinder[n]?|Enkel[n]?|Sohne[n]?|Tochter[n]?|Jungs|Madchen)\b",
        I,
    ),
)

PET = (
    # "Mein Hund, ein Dackel, heißt Waldi", "Die Katze heißt übrigens Luna": the name said with "heißt".
    rx(
        r"(?i:\b(?:" + _POSS + r"|der|die|das)\s(?P<species>" + _PET + r"))\b(?:,\s(?i:ein|eine)\s[\w -]{2,25}?,)?\s"
        r"(?i:hei(?:ss|ß)t)\s(?:(?i:ubrigens|uebrigens|ubrigens|auch|ja)\s)?" + _PERSON
    ),
    # "einen Beagle, Oskar heißt er", "unsere Katze, sie heißt Mimi": the name said with "heißt".
    rx(
        r"(?i:\b(?:"
        + _POSS
        + r"|einen|eine|ein)\s(?P<species>"
        + _PET
        + r"))(?i:dame|herr|mix)?,?\s"
        + _PERSON
        + r"(?i:\shei(?:ss|ß)t\s(?:er|sie)\b)"
    ),
    rx(
        r"(?i:\b(?:" + _POSS + r"|einen|eine|ein)\s(?P<species>" + _PET + r"))(?i:dame|herr|mix)?,?\s"
        r"(?i:er|sie|der|die)\s(?i:hei(?:ss|ß)t)\s" + _PERSON
    ),
    rx(
        r"(?i:\b"
        + _POSS
        + r"\s(?:(?:kleine[rn]?|alte[rn]?|neue[rn]?|junge[rn]?|susse[rn]?)\s)?(?P<species>"
        + _PET
        + r"))(?i:dame|herr|mann|madchen|junge|mix)?,?\s(?:(?i:hei(?:ss|ß)t|namens)\s)?"
        + _PERSON
    ),
    rx(
        r"(?i:\b(?:ich habe|ich hab|wir haben|das ist|sie ist|er ist|das sind|haben wir|hab ich|habe ich)\s"
        r"(?:einen|eine|ein|zwei|drei|\d|meine|mein|meinen|unsere|unser|unseren)\s(?:\w+\s)?(?P<species>"
        + _PET
        + r"))(?i:dame|herr|mix)?\b(?:,?\s(?:(?i:namens|die|der)\s)?"
        + _PERSON
        + r")?"
    ),
    # "einen Berner Sennenhund, Bruno", "unsere Hauskatze Minka": a breed compound ending in the animal, then its name.
    rx(
        r"\b(?i:einen|eine|ein|unseren|unsere|unser|meinen|meine|mein)\s(?:[A-Z][a-z]{2,20}+(?:er)?\s)?"
        r"[A-Z][a-z]{2,20}?(?P<species>hund|katze|kater)\b,?\s(?:(?i:namens|der|die)\s)?"
        + _PERSON
        + r"(?=\s{0,2}[,.!;(]|$|\s(?i:und|der|die|hei(?:ss|ß)t)\b)"
    ),
)

"""German."""

from __future__ import annotations

import re

from customer_memory.extraction.rules.languages import Instruction, LanguagePack

# The gated `rx` (a first-character lookahead before each pattern) lives with the French pack.
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import lead, trie
from customer_memory.extraction.rules.text import words

I = re.IGNORECASE  # noqa: E741 (reads as a flag, like re.I)

# Keys are folded: "ä", "ö", "ü" lose their dots; "ß" stays, so both "ß" and "ss" spellings are given.
RELATIONS = {
    "mann": "spouse", "ehemann": "spouse", "frau": "spouse", "ehefrau": "spouse", "gatte": "spouse",
    "gattin": "spouse", "partner": "spouse", "partnerin": "spouse", "lebensgefahrte": "spouse",
    "lebensgefahrten": "spouse", "lebensgefahrtin": "spouse", "verlobte": "spouse", "verlobten": "spouse",
    "verlobter": "spouse",
    "sohn": "son", "sohnes": "son", "tochter": "daughter", "mutter": "mother", "mama": "mother", "mami": "mother",
    "vater": "father", "papa": "father", "bruder": "brother", "schwester": "sister", "enkel": "grandson",
    "enkelsohn": "grandson", "enkelin": "granddaughter", "enkeltochter": "granddaughter",
    "enkelkind": "grandchild", "oma": "grandmother", "omi": "grandmother", "großmutter": "grandmother",
    "grossmutter": "grandmother", "opa": "grandfather", "großvater": "grandfather", "grossvater": "grandfather",
    "nichte": "niece", "neffe": "nephew", "neffen": "nephew", "tante": "aunt", "onkel": "uncle",
    "cousin": "cousin", "cousine": "cousin", "schwiegermutter": "mother_in_law", "schwiegervater": "father_in_law",
    "schwiegersohn": "son_in_law", "schwiegertochter": "daughter_in_law", "schwager": "brother_in_law",
    "schwagerin": "sister_in_law", "pflegerin": "carer", "betreuerin": "carer", "betreuer": "carer",
    "witwe": "spouse", "witwer": "spouse",
}  # fmt: skip
_FAMILY = {word: key for word, key in RELATIONS.items() if word not in {"witwe", "witwer"}}
PETS = {
    "hund": "dog", "hunde": "dog", "hundin": "dog", "welpe": "dog", "welpen": "dog", "katze": "cat", "katzen": "cat",
    "kater": "cat", "katzchen": "cat", "kaninchen": "rabbit", "hase": "rabbit", "hasen": "rabbit",
    "papagei": "parrot", "wellensittich": "bird", "wellensittiche": "bird", "vogel": "bird", "hamster": "hamster",
    "meerschweinchen": "guinea pig", "pferd": "horse", "pferde": "horse", "pony": "horse", "fisch": "fish",
    "fische": "fish", "schildkrote": "tortoise", "schlange": "snake", "frettchen": "ferret", "ratte": "rat",
    "dackel": "dog", "schaferhund": "dog", "labrador": "dog", "pudel": "dog", "mops": "dog", "chihuahua": "dog",
    "terrier": "dog", "beagle": "dog", "husky": "dog", "golden retriever": "dog", "border collie": "dog",
    "boxer": "dog", "mischling": "dog", "spitz": "dog", "perserkatze": "cat", "maine coon": "cat",
}  # fmt: skip
# Compounds ("zweiundachtzig") are split on "und" by values.number_from_words.
NUMBERS = {
    "ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12, "dreizehn": 13, "vierzehn": 14, "funfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreissig": 30, "dreißig": 30, "vierzig": 40,
    "funfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "einhundert": 100,
}  # fmt: skip
# Job nouns that compound ("Softwareentwickler", "Elektroingenieur", "Pflegehelferin") and take "-in".
_JOB_HEADS = (
    "entwickler|programmierer|informatiker|ingenieur|manager|berater|techniker|mechaniker|mechatroniker|elektriker|"
    "elektroniker|lehrer|pfleger|helfer|arzt|kaufmann|kauffrau|verkaufer|assistent|referent|leiter|designer|"
    "architekt|analyst|administrator|journalist|redakteur|therapeut|fuhrer|meister|arbeiter|angestellter|"
    "angestellte|beamter|beamtin|erzieher|betreuer|sachbearbeiter|buchhalter|fachkraft|pflegekraft|lehrkraft|"
    "wissenschaftler|forscher|koch|backer|wirt|planer|prufer|gutachter|trainer|dozent"
)
_JOBS = (
    "krankenschwester|hebamme|apotheker|anwalt|rechtsanwalt|notar|richter|polizist|soldat|pilot|steward|stewardess|"
    "friseur|metzger|fleischer|maler|maurer|tischler|schreiner|zimmermann|dachdecker|klempner|installateur|gartner|"
    "landwirt|bauer|kellner|kassierer|busfahrer|taxifahrer|lkw-fahrer|lastwagenfahrer|berufskraftfahrer|"
    "kraftfahrer|zusteller|paketzusteller|postbote|brieftrager|student|werkstudent|werkstudentin|praktikant|praktikantin|azubi|auszubildender|auszubildende|professor|physiotherapeut|psychologe|"
    "psychologin|tagesmutter|azubi|auszubildender|auszubildende|beamter|beamtin|selbststandig|selbstandig|"
    "freiberufler|hausfrau|hausmann|rentner|pensionar|schuler|praktikant|grafiker|fotograf|kunstler|musiker|"
    "schauspieler|autor|ubersetzer|dolmetscher|sekretar|sekretarin|optiker|zahnarzt|tierarzt|feuerwehrmann|"
    "sanitater|rettungssanitater|notfallsanitater|altenpfleger|krankenpfleger|erzieherin|unternehmer|"
    "geschaftsfuhrer|selbststandiger"
)
# A capitalised compound ending in a job noun, or a job noun on its own (first letter in either case). Case-sensitive
# (`(?-i:...)`), so that trying it after every "ich bin" costs a few steps (tests/test_linear_patterns.py).
_OCC = (
    r"(?-i:(?:[A-Z][a-zß-]{1,20}"
    + trie(words(_JOB_HEADS))
    + r"|"
    + trie(words(_JOB_HEADS + "|" + _JOBS), capital=True)
    + r")(?:in|innen)?)"
)
BRANDS = words(
    "iphone|ipad|macbook|imac|apple watch|apple tv|airpods|samsung|galaxy|pixel|huawei|xiaomi|oppo|honor|oneplus|"
    "motorola|nokia|sony|lg|philips|panasonic|grundig|loewe|tcl|hisense|dell|hp|lenovo|asus|acer|fritz|speedport|"
    "easybox|vodafone station|gigacube|kindle|tolino|sonos|playstation|xbox|nintendo|volkswagen|vw|bmw|audi|"
    "mercedes|opel|skoda|seat|toyota|tesla|ford|fiat|renault|peugeot|hyundai|kia|thermomix|dyson|miele|nespresso|"
    "tado|netatmo|homematic|chromecast|fire tv|roku|alexa|google home|nest|fitbit|garmin|canon|epson|brother|gopro"
)
LANGUAGES = {
    "englisch": "English (Englisch)", "deutsch": "German (Deutsch)", "franzosisch": "French (Französisch)",
    "spanisch": "Spanish (Spanisch)", "portugiesisch": "Portuguese (Portugiesisch)",
    "italienisch": "Italian (Italienisch)", "turkisch": "Turkish (Türkisch)", "arabisch": "Arabic (Arabisch)",
    "russisch": "Russian (Russisch)", "polnisch": "Polish (Polnisch)", "vietnamesisch": "Vietnamese (Vietnamesisch)",
    "hebraisch": "Hebrew (Hebräisch)", "chinesisch": "Chinese (Chinesisch)", "japanisch": "Japanese (Japanisch)",
    "koreanisch": "Korean (Koreanisch)", "niederlandisch": "Dutch (Niederländisch)",
    "griechisch": "Greek (Griechisch)", "kroatisch": "Croatian (Kroatisch)", "serbisch": "Serbian (Serbisch)",
    "rumanisch": "Romanian (Rumänisch)", "ukrainisch": "Ukrainian (Ukrainisch)", "kurdisch": "Kurdish (Kurdisch)",
    "persisch": "Persian (Persisch)",
}  # fmt: skip
CHANNELS = {
    "e-mail": "email", "email": "email", "mail": "email", "sms": "SMS", "whatsapp": "WhatsApp",
    "telegram": "Telegram", "signal": "Signal", "anruf": "phone", "anrufen": "phone", "telefon": "phone",
    "telefonisch": "phone", "brief": "Post", "post": "Post", "postweg": "Post", "chat": "chat",
}  # fmt: skip

_NAME = r"(?P<v>[A-Z][\w'-]{1,30}+(?: (?:[A-Z][\w'-]{1,30}+|von|van|de|zu|vom)){0,3})"
_FULL_NAME = r"(?P<v>[A-Z][\w'-]{1,30}+(?: (?:von |van |de |zu )?[A-Z][\w'-]{1,30}+){1,2})"
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}+(?: [A-Za-z][\w'-]{1,30}+){0,2})"
_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"
# A company: capitalised; "St. Anna" keeps its abbreviation's full stop.
_ORG = r"(?P<v>[A-Z0-9](?:[^.,;:!?\n]|(?<=\bSt|\bDr)\.){0,59})"
_NOUN = r"(?P<v>[A-Z][\w-]{1,30}+(?:[ -][A-Z][\w-]{1,30}+)?)"
_TITLE = r"(?:Frau|Herr|Dr\.|Prof\.)"
_GREETING = (
    r"\b(?i:hallo|hallo nochmal|hallo noch mal|hi|hey|moin moin|moin|servus|gruß gott|gruss gott|guten tag|"
    r"guten morgen|guten abend|tag|nabend|n'abend|gruezi|gruzi|gruetzi)"
)
_HELLO = _GREETING + r"[,!.]?\s{1,3}"
_START = r"(?:^|[.!?]\s{1,3}|" + _HELLO + r")"
_OPENING = r"(?:^|" + _HELLO + r")"
_NOT_A_NAME = (
    r"(?!(?i:" + _OCC + r"|kunde|kundin|mitglied|neu|neukunde|neukundin|rentner|rentnerin|witwe|witwer|"
    r"verheiratet|allergisch|vegan|vegetarier|vegetarierin|veganer|veganerin|hier|dabei|gerade|froh|sauer|leider|der|"
    r"die|das|single|student|studentin|diabetiker|diabetikerin|allergiker|allergikerin|anfanger|anfangerin|laie|"
    r"[a-zß-]{0,20}(?:fahrer|fahrerin|kunde|kundin|nutzer|nutzerin))\b)"
)
_REL = trie(_FAMILY)
_PET = trie(PETS)
_POSS = r"(?:mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer)"
_ADJ = r"(?:(?:kleine|grosse|große|altere|jungere|alteste|jungste|verstorbene|liebe|ex|neue|alte|zukunftige)[nmrs]?\s)"
# Names are not nouns: German capitalises both, so a word ending like an abstract noun is not taken.
_PERSON = r"(?P<name>[A-Z][\w'-]{1,30}+(?<!ung)(?<!heit)(?<!keit)(?<!schaft)(?<!tion)(?<!nis)(?<!geld))"
_CH = trie(CHANNELS)
_LANG = trie(LANGUAGES)
_UNITS = r"(?:ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)"
_TENS = r"(?:zwanzig|dreissig|dreißig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)"
_AGE_WORD = (
    r"(?:"
    + _UNITS
    + r"und"
    + _TENS
    + r"|"
    + _TENS
    + r"|(?:drei|vier|funf|sech|sieb|acht|neun)zehn|zehn|elf|zwolf|hundert)"
)
_WHEN = (
    r"(?:(?:jetzt|inzwischen|mittlerweile|nun|aktuell|derzeit|momentan|noch|schon|seit kurzem|seit [^\s,.]{1,15})\s)"
)
_DAYS = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"

# A bounded gap of a few words (not characters): one step per word keeps "X ... Y" cheap to try anywhere.
_GAP = r"(?:[^\w.!?\n'-]{1,3}[\w'-]{1,25}+){0,6}?[^\w.!?\n'-]{1,3}"
_LONG_GAP = r"(?:[^\w.!?\n'-]{1,3}[\w'-]{1,25}+){0,14}?[^\w.!?\n'-]{1,3}"
# The same, across the dots of a hesitation ("Lille... non pardon, Roubaix").
_DOTS_GAP = r"(?:[^\w!?\n'-]{1,4}[\w'-]{1,25}+){0,6}?[^\w!?\n'-]{1,4}"

# Fields of study: "ich studiere Medizin" makes a student of that field.
_FIELDS = (
    r"(?i:medizin|jura|rechtswissenschaften|maschinenbau|elektrotechnik|wirtschaftsinformatik|informatik|"
    r"architektur|psychologie|bwl|vwl|betriebswirtschaftslehre|betriebswirtschaft|wirtschaftswissenschaften|"
    r"pharmazie|zahnmedizin|tiermedizin|biologie|chemie|physik|mathematik|mathe|geschichte|germanistik|anglistik|"
    r"journalismus|lehramt|pflegewissenschaft|pflege|design|musik|philosophie|soziologie|marketing|soziale arbeit)"
)

PACK = LanguagePack(
    code="de",
    name=(
        rx(
            r"(?i:\bmein name ist|\bmein name lautet|\bich hei(?:ss|ß)e|\bhei(?:ss|ß)e ich|\bmein vorname ist|\bmeine name ist)\s{1,3}(?:(?i:jetzt|nun|inzwischen)\s)?"
            + _ANY_NAME
        ),
        # "Hoffmann, guten Tag. Klaus-Dieter Hoffmann": the surname said twice, the full name last.
        rx(r"\b(?P<s>[A-Z][\w'-]{1,30}+)\b[^.!?\n]{0,25}?[,.]\s{1,3}(?P<v>[A-Z][\w'-]{1,30}+ (?P=s))\b"),
        rx(
            _OPENING
            # "Da ist der Florian Gruber", "ich bin d'Nadine Brunner": the article before a name, spoken.
            + r"(?i:(?:hier ist|da ist|hier spricht|es spricht)(?:\s{1,3}(?:der|die)(?=\s))?|hier|"
            r"ich bin(?:\s{1,3}d'(?=[A-Z]))?|ich bins|ich bin's)\s{0,3}(?:" + _TITLE + r"\s)?" + _NOT_A_NAME + _NAME
        ),
        # After a sentence, "ich bin" + a capitalised word is mostly a noun ("Ich bin Rollstuhlfahrer"): a full name only.
        rx(r"[.!?]\s{1,3}(?i:ich bin|hier ist|hier spricht)\s{1,3}" + _NOT_A_NAME + _FULL_NAME),
        rx(
            _START
            + r"(?:"
            + _TITLE
            + r"\s)?"
            + _NAME
            + r"\s(?:(?i:hier|am apparat)(?=\s{0,2}(?:[,.!:;]|$))|(?i:mein name)\b)"
        ),
        rx(
            r"(?:"
            + _HELLO
            + r")(?:"
            + _TITLE
            + r"\s)?"
            + _FULL_NAME
            + r"(?=\s{0,3}(?:[.,;!(\u2014\u2013-]|$|(?i:nochmal|noch mal|hier)\b))"
        ),
        rx(r"^" + _FULL_NAME + r",\s" + _GREETING + r"\b"),
        rx(r"(?i:\bnennen sie mich|\bnenn mich|\bsagen sie einfach|\bsag einfach)\s{1,3}" + _NAME),
    ),
    age=(
        rx(
            r"(?i:\b(?:ich bin|bin ich|ich werde|werde ich|ich wurde|ich bin jetzt)\s(?:(?:jetzt|schon|gerade|"
            r"inzwischen|bereits|fast|knapp|nun|ja|auch|doch|erst|stolze)\s){0,2}(?P<v>\d{1,3}|" + _AGE_WORD + r")"
            r"(?:\sjahre(?:\salt)?\b|(?=\s{0,2}(?:[,;!?]|\.(?!\d)|$|und\b|jetzt\b|geworden\b|seit\b|alt\b|"
            r"nein\b|oder\b|aber\b))))"
        ),
        rx(r"(?i:\b(?:mit|bei) (?:meinen |stolzen )?(?P<v>\d{1,3}|" + _AGE_WORD + r") jahren\b)"),
    ),
    number_words=NUMBERS,
    location=(
        rx(
            r"(?i:(?:\bich\s(?:wohne|lebe)|\bwir\s(?:wohnen|leben)|\bwohne ich|\bwohnen wir|\blebe ich|\bleben wir|"
            r"\bwohne)\s" + _WHEN + r"{0,2}(?:in|bei|nahe|nahe bei|in der nahe von|im raum|am rand von)\s)"
            r"(?!(?i:der|dem|einer|einem|meiner|meinen|meinem|einer|miete|untermiete)\b)" + _VALUE
        ),
        rx(r"(?i:\bbei uns (?:hier\s)?in\s)" + _NOUN),
        # "Ich wohne in München... sorry, Quatsch, in Garching": the place after the self-correction.
        rx(
            r"(?i:\b(?:wohne|wohnen|lebe|leben)\s(?:\w+\s)?in" + _DOTS_GAP + r"(?:quatsch|falsch|nein|sorry|ich meine|"
            r"ich meinte)\b[,.]?\s{1,3}in\s)" + _NOUN
        ),
        rx(r"(?i:\baus\s)[A-Z][\w'-]{0,25}+" + _LONG_GAP + r"(?i:hier in\s)" + _NOUN),
    ),
    lives_words=words(
        "wohne|wohn|wohnen|wohnt|lebe|leben|lebt|hier in|zuhause|daheim|ansassig|hier spricht|mein name ist|ich heisse"
        "|arbeite|arbeiten|fuhre|betreibe"
    ),
    moved_words=words("gezogen|umgezogen|hingezogen|zugezogen|umzug|ziehe|ziehen|umziehen"),
    place_preps=words("in|aus|bei"),
    move_preps=words("nach"),
    trip_words=words("reise|urlaub|dienstreise|geschaftsreise|besuch|zu besuch|diese woche|kongress|hotel|flug|fluge"),
    moved=(
        rx(
            r"(?i:\b(?:ich bin|wir sind|bin ich|sind wir|bin|sind)\s(?:(?:jetzt|gerade|kurzlich|vor kurzem|endlich|"
            r"inzwischen|letztes jahr|letzten monat|im \w{3,9}|im fruhjahr|im sommer|im herbst|im winter|nun)\s){0,2}"
            r"nach\s)" + _NOUN + r"(?i:\s(?:gezogen|umgezogen))"
        ),
        rx(r"(?i:\b(?:umgezogen|gezogen|umzug)\s(?:nach|in)\s)" + _NOUN),
    ),
    hometown=(
        rx(
            r"(?i:\b(?:ich\s(?:komme|stamme)|komme ich|stamme ich|ich bin)\s(?:(?:ursprunglich|eigentlich|"
            r"geburtig|original)\s)?aus\s)(?!(?i:dem|der|den|einem|einer)\b)" + _VALUE
        ),
        rx(r"(?i:\bgeboren\s(?:bin ich\s|wurde ich\s)?in\s)" + _NOUN),
        rx(r"(?i:\bich bin in\s)" + _NOUN + r"(?i:\s(?:geboren|aufgewachsen))"),
    ),
    relations=RELATIONS,
    relation=(
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
        rx(r"(?i:\b(?P<rel>witwe|witwer)\b)" + _GAP + r"(?i:(?:mein|meine)\s)(?!(?i:" + _REL + r")\b)" + _PERSON),
    ),
    marital=(
        # "seit mein Mann gestorben is": widowed, said as what happened.
        rx(
            r"\b(?:seit |nachdem |da )?(?:mein|meine) (?:mann|ehemann|frau|ehefrau) (?:ist |is )?"
            r"(?P<v>gestorben|verstorben)\b",
            I,
        ),
        rx(
            r"\b(?:ich bin|bin ich)\s(?:(?:seit \w{1,12}|jetzt|schon|inzwischen|glucklich|frisch)\s){0,2}(?P<v>"
            r"verheiratet|ledig|geschieden|verwitwet|witwe|witwer|verlobt|single|getrennt|alleinstehend)\b",
            I,
        ),  # "Ich habe im Mai geheiratet", "wir haben letztes Jahr geheiratet" (not "nie geheiratet").
        rx(
            r"\b(?:ich habe|ich hab|wir haben|habe ich|haben wir)\s(?:(?!(?:nicht|nie|noch|kein|keine)\b)[\w.]{1,12}\s){0,3}?"
            r"(?P<v>geheiratet)\b",
            I,
        ),
    ),
    children=(
        rx(
            r"\b(?:ich habe|ich hab|wir haben|mit|bei|meine|meinen|unsere|unseren|mutter von|vater von)\s(?:meinen\s|"
            r"unseren\s)?(?P<v>zwei|drei|vier|funf|sechs|ein|eine|einem|einen|\d)\s(?:(?:kleine[n]?|erwachsene[n]?|"
            r"kleinen)\s)?(?P<what>Kinder[n]?|Kind|Enkelkinder[n]?|Enkel[n]?|Sohne[n]?|Tochter[n]?|Jungs|Madchen)\b",
            I,
        ),
    ),
    pets=PETS,
    pet=(
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
    ),
    studies=(
        rx(
            lead("ich studiere|studiere|ich studier")
            + r"\s(?:(?:jetzt|gerade|noch|im (?:ersten|zweiten|dritten|vierten|funften|\d\.) semester)\s)?(?P<v>"
            + _FIELDS
            + r")\b"
        ),
    ),
    student_of="studiert {field}",
    occupation=(
        rx(r"\bich\s(?:arbeite|arbeit|jobbe)\s" + _WHEN + r"?als\s(?:eine?\s)?" + _VALUE, I),
        # "Da ich als Zahnärztin tagsüber …": a job said with "als" after "ich".
        rx(r"(?i:\bich als\s(?:eine?\s)?(?P<v>" + _OCC + r"))(?![\w-])"),
        rx(
            r"(?i:\b(?:ich bin|und bin|bin ich|bin)\s"
            + _WHEN
            + r"?(?:gelernte[rn]?\s|eine?\s)?(?P<v>"
            + _OCC
            + r"))(?![\w-])"
        ),
        rx(
            r"(?i:\b(?:ich bin|und bin|bin ich|bin|(?:seit|weil|da|dass|nachdem|wo|wenn|als) ich)\s"
            + _WHEN
            + r"?(?:in\s|im\s)?(?P<v>"
            + trie(
                words(
                    "rente|rentner|rentnerin|pensionar|pensionarin|pension|ruhestand|pensioniert|verrentet|"
                    "arbeitslos|arbeitssuchend|selbststandig|selbstandig|freiberuflich|fruhrentner|fruhrentnerin"
                )
            )
            + r")(?![\w-]))"
        ),
        rx(
            r"(?i:\b(?:ich bin|mein name ist|hier ist|ich hei(?:ss|ß)e))\s[A-Z][\w'-]{1,30}+(?: [A-Z][\w'-]{1,30}+){0,2},"
            r"\s(?i:(?:von beruf\s)?(?P<v>" + _OCC + r"))(?![\w-])"
        ),
        rx(
            r"(?i:\bvon beruf bin ich\s|\bich bin von beruf\s|\bmein beruf(?: ist)?:?\s|\bberuflich bin ich\s)(?:eine?\s)?"
            + _VALUE
        ),
    ),
    employer=(
        rx(
            r"(?i:\bich\s(?:arbeite|arbeit|jobbe)\s"
            + _WHEN
            + r"?(?:als\s[^.,;!?\n]{2,40}?\s)?(?:bei|fur|im|in der|an der|am|"
            r"beim)\s(?:der\s|dem\s|den\s|die\s)?)" + _ORG
        ),
        rx(
            r"(?i:\b(?:ich bin|und bin|bin ich|bin)\s"
            + _WHEN
            + r"?(?:"
            + _OCC
            + r")\b,?(?:\s(?!(?:und|aber|oder|sondern|kann|muss|darf|will|soll|habe|hab|lese|mache)\b)[^\s.;!?\n]{1,20}){0,3}?"
            r"\s(?:bei|an der|"
            r"am|im|in der|fur|beim)\s(?:der\s|dem\s|den\s|die\s)?)" + _ORG
        ),
        rx(
            r"(?i:\b(?:seit|ab)\s(?!jahren|langem|ewigkeiten|jahrzehnten)[^\s,.]{1,15}\s(?:bin ich|arbeite ich)\s"
            r"(?:jetzt\s)?bei\s(?:der\s|dem\s|den\s)?)" + _ORG
        ),
        rx(
            r"(?i:\b(?:mein|meinen|meinem|meiner|unser|unseren|unserem)\s(?:(?:neuer|neuen|neuem|jetziger|jetzigen|"
            r"aktueller|aktuellen)\s)?arbeitgeber(?:\sist)?,?\s)(?!(?i:ist|hat|war|der|die|das|ein|eine)\b)" + _ORG
        ),
        rx(r"(?i:\b(?:ich habe|ich hab)\s(?:jetzt\s|gerade\s|neu\s)?(?:bei|an der|am)\s(?:der\s|dem\s)?)" + _ORG),
        # "Werkstudent bei Siemens", "als Elektrotechniker bei der Andritz": a job, then where.
        rx(r"(?i:\b(?:" + _OCC + r")\sbei\s(?:der\s|dem\s|den\s)?)" + _ORG),
        # "ich hab im Jänner bei der voestalpine angefangen".
        rx(
            r"(?i:\b(?:ich habe|ich hab|hab)\s(?:[^\s.,;!?]{1,15}\s){0,3}?bei\s(?:der\s|dem\s|den\s)?)(?P<v>[\w&.-]{2,30}"
            r"(?:\s[A-Z][\w&.-]{1,30}){0,2})\s(?i:angefangen|begonnen|gestartet|angeheuert)\b"
        ),
    ),
    instructions=(
        Instruction(
            rx(
                r"\b(?:erklaren|sprechen|reden|machen|gehen|vorgehen|zeigen|erklar|sprich|mach)" + _GAP + r""
                r"\blangsam(?:er)?\b|\blangsam(?:er)?\s(?:bitte|erklaren|sprechen|vorgehen|reden)\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(r"\b(?:schritt fur schritt|eins nach dem anderen|ein schritt nach dem anderen)\b", I), "instruction_pace"
        ),
        Instruction(
            rx(
                r"\b(?:in einfachen worten|einfach erklaren|ganz einfach erklaren|ohne fachbegriffe|ohne fachchinesisch|"
                r"fur laien)\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                r"\b(?:mit der technik|mit technik|mit computern|mit dem internet|mit handys)\s(?:tu ich mich|tue ich "
                r"mich|habe ich es|hab ichs|hab ich es|kenne ich mich)\s(?:\w+\s)?(?:schwer|nicht aus)\b|\bich bin "
                r"(?:nicht so|keine?) (?:technik\w{0,6}|fit mit (?:der )?technik|computer\w{0,6})\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                r"\b(?:antworten|antwortet|antworte|schreiben|schreibt|fassen|halten)\s(?:(?:sie|mir|bitte|immer|sich|"
                r"doch|einfach|es|euch)\s){0,4}(?:kurz|knapp)\b|\bkurz halten\b|\bkurze antworten\b|\bkeine romane\b|"
                r"\bkeine langen (?:texte|nachrichten|erklarungen|e-mails)\b|\bkurz und knapp\b",
                I,
            ),
            "response_length",
            "short (kurz)",
        ),
        Instruction(
            rx(
                r"\b(?:mit allen|alle)\s(?:technischen\s)?details\b|\btechnischen details\b|\b(?:gern|gerne|bitte)\s"
                r"(?:ganz\s)?ausfuhrlich\b|\bausfuhrliche(?:n)? (?:antworten|erklarungen)\b|\b(?:detailliert|"
                r"ausfuhrlich) erklaren\b",
                I,
            ),
            "response_length",
            "detailed (ausführlich)",
        ),
        Instruction(
            rx(
                r"\b(?:fragen sie mich|fragt mich|frag mich|mich fragen|rufen sie mich|melden sie sich)\s(?:\w+\s){0,2}?"
                r"(?:vorher|zuerst|vorab)\b|\bbevor" + _LONG_GAP + r"(?:fragen sie mich|fragt mich|mich fragen|"
                r"rucksprache|bescheid)\b|\bnichts ohne (?:meine )?(?:zustimmung|ruckfrage|erlaubnis|bestatigung|"
                r"freigabe)\b|\bimmer (?:erst|zuerst|vorher) (?:fragen|nachfragen|rucksprache)\b",
                I,
            ),
            "confirm_before_acting",
        ),
        Instruction(
            rx(
                r"\b(?:schicken|senden|schreiben|kontaktieren|informieren|benachrichtigen|erreichen|melden|antworten|"
                r"bestatigung|infos?|unterlagen|rechnungen?)"
                + _GAP
                + r"(?:per|uber|via|auf|als)\s(?:die\s)?"
                + _CH
                + r"\b|\b(?:lieber|nur|bitte|am liebsten|ausschliesslich|ausschließlich)\s(?:per|uber|via|als|auf)\s"
                + _CH
                + r"\b|\b(?:per|uber|via)\s"
                + _CH
                + r"\s(?:statt|anstatt|und nicht|nicht)\b"
                # "Schreibt mir lieber eine SMS", "schicken Sie mir bitte eine E-Mail".
                + r"|\b(?:schreib|schreibt|schreiben sie|schick|schickt|schicken sie|sende|sendet|senden sie)\s"
                r"(?:mir|uns)\s(?:bitte\s|doch\s)?(?:lieber|besser|am liebsten|immer|nur|kunftig|in zukunft)\s(?:eine?\s|per\s)?"
                + _CH
                + r"\b",
                I,
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                r"\b(?:nicht|nie|erst|nur)\s(?:vor|nach|ab|zwischen)\s\d{1,2}(?:[:.]\d\d)?(?:\s?uhr)?(?:\s(?:und|bis)\s"
                r"\d{1,2}(?:[:.]\d\d)?(?:\s?uhr)?)?|\b(?:anrufe?|anrufen|erreichbar)\s(?:\w+\s){0,3}?(?:nur\s)?"
                r"(?:abends|morgens|vormittags|nachmittags|am wochenende|werktags|nach feierabend)\b",
                I,
            ),
            "contact_hours",
        ),
        Instruction(
            rx(
                r"\b(?:(?:antworten|schreiben|sprechen|reden|kommunizieren|beraten)(?:\ssie)?(?:\smit mir)?(?:\sbitte)?"
                r"\s(?:auf|in)|(?:lieber|am liebsten|bitte nur|bitte)\sauf|jemand\w{0,2}" + _GAP + r"(?:der|die)|"
                r"muttersprache ist)\s(?P<v>" + _LANG + r")\b|\bauf\s(?P<v2>" + _LANG + r")\s(?:kann ich|ware|wäre|"
                r"ist mir|bitte|lieber)",
                I,
            ),
            "preferred_language",
        ),
        Instruction(
            rx(r"(?<!nicht )(?<!nicht zu )\bsiez(?:en|t)\b|\bnicht (?:zu\s)?duzen\b|\bduzen sie mich nicht\b", I),
            "tone_preference",
            "formal (Siezen)",
        ),
        Instruction(
            rx(
                r"(?<!nicht )(?<!nicht zu )\bduz(?:en|t)\b(?! sie mich nicht)|\bnicht (?:zu\s)?siezen\b|\bper du\b",
                I,
            ),
            "tone_preference",
            "informal (Duzen)",
        ),
    ),
    preferences=(
        (
            rx(r"\bich\s(?:bevorzuge|bevorzugte)\s(?:einen\s|eine\s|ein\s|den\s|die\s|das\s)?" + _VALUE, I),
            "preferences",
        ),
        (
            rx(
                r"\b(?:ich|wir)\s(?:will|wollen|mochte|mochten|nehme|nehmen|buche|buchen|brauche|brauchen|hatte gern|"
                r"hatten gern)\s(?:immer|grundsatzlich|stets|lieber|am liebsten|jedes mal)\s(?:einen\s|eine\s|ein\s|"
                r"den\s|die\s|das\s)?" + _VALUE,
                I,
            ),
            "preferences",
        ),
        (
            rx(
                r"\b(?:ich|wir)\s(?:immer|grundsatzlich|stets|lieber|am liebsten)\s(?:einen\s|eine\s|ein\s|den\s|die\s|"
                r"das\s)?(?P<v>[^.,;!?\n]{2,40}?)\s(?:will|wollen|mochte|mochten|nehme|nehmen|buche|buchen|brauche|"
                r"brauchen|bevorzuge|hatte)\b",
                I,
            ),
            "preferences",
        ),
        (
            rx(
                r"(?i:\b(?:pakete?|lieferungen?|sendungen?|liefern|liefert|zustellen|abstellen|abgeben|schicken|"
                r"stellen)" + _GAP + r"(?:immer|grundsatzlich|kunftig|stets|nur noch|bitte nur)\s(?:an|in|bei|"
                r"vor|vorm|zu|zur|zum|auf|beim|im|am|hinter|hinters|neben)\s(?:die\s|den\s|das\s|der\s|dem\s|meine\s|meinen\s|"
                r"meiner\s|meinem\s)?)"
                r"(?P<v>[A-Z][\w-]{1,30}+)"
            ),
            "preferences",
        ),
        (
            rx(
                r"(?i:\b(?:immer|grundsatzlich|stets|nur)\s(?:am|zum|an|in|zur)\s(?:die\s|den\s)?)(?P<v>[A-Z][\w-]{2,30})"
                r"(?i:\s(?:liefern|geliefert|zustellen|zugestellt|schicken|geschickt|bringen|gebracht|stellen|"
                r"gestellt|abstellen|abgestellt|legen|gelegt|abbuchen|abgebucht)\b)"
            ),
            "preferences",
        ),
        (
            rx(
                r"(?i:\bbitte\s(?:immer|grundsatzlich|kunftig|stets|nur)\s(?:in|per|als|mit)\s)(?P<v>(?:[a-zß]{3,12}\s)?"
                r"[A-Z][\w-]{2,30})"
            ),
            "preferences",
        ),
        (
            rx(r"\b(?P<v>keine (?:ersatzartikel|ersatzprodukte|ersatzlieferungen|ersatz|alternativprodukte))\b", I),
            "preferences",
        ),
        (rx(r"\bich\s(?:liebe|mag sehr|bin ein gro(?:ss|ß)er fan von|bin fan von)\s" + _VALUE, I), "likes"),
        (rx(r"\bich\s(?:hasse|verabscheue)\s" + _VALUE, I), "dislikes"),
        (
            rx(
                r"\b(?:ich|wir)\s(?:bin|sind|ernahre mich|ernahren uns|lebe|leben|esse|essen)\s(?:\w+\s)?(?P<v>"
                r"vegetarisch|vegan|vegetarier(?:in)?|veganer(?:in)?|laktoseintolerant|glutenfrei|zoliakie|"
                r"diabetiker(?:in)?|halal|koscher|pescetarisch|pescetarier(?:in)?|kein fleisch|kein schweinefleisch|"
                r"keinen fisch)\b",
                I,
            ),
            "dietary",
        ),
        (
            rx(
                r"\b(?:ich|wir)\s(?:habe|hab|haben)\s(?:eine\s)?(?:(?:schwere|starke|leichte)\s)?(?P<v>[a-zß]{2,25}"
                r"allergie|allergie gegen [^.,;!?\n]{2,30})",
                I,
            ),
            "allergies",
        ),
        (rx(r"\b(?:ich bin|bin)\s(?:\w+\s)?allergisch\s(?:gegen|auf)\s" + _VALUE, I), "allergies"),
        (
            rx(
                r"\b(?:ich|wir)\s(?!(?:habe|hab|bin|war|kann|muss|werde|hatte|sind|haben)\b)(?P<v>[a-zß]{3,15}+\s"
                r"(?:[^\s.,;!?\n]{1,20}+\s){0,3}?(?:(?:jeden|jede|jedes)\s[a-zß]{3,20}|(?:immer\s)?(?:montags|dienstags|"
                r"mittwochs|donnerstags|freitags|samstags|sonntags|am wochenende)))\b",
                I,
            ),
            "habit",
        ),
    ),
    accessibility=(
        rx(
            r"\b(?:horgerate?n?|horgerats|schwerhorig|gehorlos|taub|blind|fast blind|sehbehindert|ich sehe (?:sehr\s|"
            r"ganz\s|so\s)?schlecht|ich (?:hore|hor|hör|höre) (?:sehr\s|ganz\s|so\s)?schlecht|grau(?:e[rn]?)? star|makuladegeneration|"
            r"rollstuhl(?:fahrer(?:in)?)?|rollator|screenreader|bildschirmleser|sprachausgabe|voiceover|talkback|"
            r"legasthenie|legastheniker(?:in)?|gebardensprache|gehbehindert|schwerbehindert)\b",
            I,
        ),
    ),
    device=(
        rx(
            r"(?i:\b(?:ich habe|ich hab|ich nutze|ich benutze|ich verwende|wir haben|wir nutzen|mein|meine|meinen|"
            r"meinem|meiner|unser|unsere|unseren|unserem|unserer|ein|eine|einen|einem|einer)\s(?:(?:neue[nmrs]?|"
            r"alte[nmrs]?)\s)?(?:(?:handy|smartphone|fernseher|tv|laptop|tablet|router|auto|wagen|drucker|kamera|uhr)"
            r"\s)?)(?P<v>(?i:" + trie(BRANDS) + r")\b[\w +-]{0,24})"
        ),
        rx(
            r"(?i:\b(?:ich habe|ich hab|wir haben|hab ich|habe ich)\s(?:bei ihnen\s|bei euch\s|mir\s)?(?:das|den|die|ein|"
            r"eine|einen|mein|meinen)\s)(?P<v>(?i:[\w-]{0,20}(?:thermostat|kamera|router|drucker|fernseher|tablet|"
            r"laptop|handy|smartphone|staubsauger|saugroboter|waschmaschine|spulmaschine|kaffeevollautomat|"
            r"lautsprecher|uhr)[\w-]{0,10}))"
        ),
    ),
    frequency_words=words(
        "jeden tag|jeden morgen|jeden abend|jede woche|jeden monat|jedes wochenende|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|abends immer|immer sonntags|taglich|wochentlich|am wochenende|einmal die woche|zweimal die woche|fast jeden"
    ),
    call_words=words("anrufen|ruft|rufen|anruf|anrufe|telefonieren|erreichbar|zuruckrufen|ruf"),
    time_words=words("morgens|vormittags|nachmittags|abends|nach|vor|zwischen|uhr|mittags|wochenende"),
    request_words=words("bitte|nur|nie|niemals|lieber"),
    plan_words=words(
        "tarif|paket|abo|abonnement|vertrag|mitgliedschaft|plan|konto|versicherung|police|mitglied|internet"
    ),
    self_words=words("ich|mein|meine|meinen|wir|unser|unsere|uns|nutzen|habe|haben"),
    plan=(
        rx(
            r"(?i:\b(?:ich bin|wir sind|bin ich|sind wir|ich bleibe|wir bleiben|bleiben wir|bleib ich|ich bleib|"
            r"vertrag|kunde|kundin|mitglied)\s(?:\w+\s)?(?:im|in|beim|bei|auf)\s(?:dem\s|den\s)?)(?P<v>(?i:tarif|abo|"
            r"paket|status|vertrag)\s[A-Z0-9][\w-]{0,20}(?:\s[A-Z][\w-]{1,20})?|[A-Z][\w-]{1,20}-(?i:tarif|abo|paket|"
            r"status|mitgliedschaft))"
        ),
        rx(
            r"(?i:\b(?:ich|und|wir)\s(?:habe|hab|haben)\s(?:[^,;!?\n]{1,25}?\s)?(?:das|den|die|einen|ein|eine)\s"
            r"(?:vertrag im\s)?)(?P<v>(?i:tarif|abo|paket)\s[A-Z0-9][\w-]{0,20}|[A-Z][\w-]{1,20}-(?i:tarif|abo|paket|"
            r"mitgliedschaft)|[A-Z][a-z]{2,12}[Cc]ard\s\d{2,3})"
        ),
        rx(r"(?i:\b(?:stell|stellen sie|stellt)\smich\s(?:\w+\s)?auf\s)(?P<v>[A-Z][\w-]{1,20})(?i:\sum)\b"),
        rx(r"(?i:\b(?:meine|mein|meinen)\s)(?P<v>[A-Z][a-z]{2,12}[Cc]ard\s\d{2,3})\b"),
    ),
    languages=LANGUAGES,
    channels=CHANNELS,
    clause_words=frozenset(
        words(
            "und|aber|oder|weil|denn|da|dass|wenn|als|ob|obwohl|seit|mit|bei|in|im|am|an|auf|aus|nach|von|vom|zu|zur|"
            "fur|für|ohne|um|gegen|jetzt|nun|schon|noch|auch|gerade|derzeit|momentan|aktuell|inzwischen|heute|"
            "gestern|morgen|falls|sonst|also|bitte|danke|ist|sind|war|bin|hat|habe|hab|haben|wird|werden|kann|"
            "gezogen|umgezogen|geboren|aufgewachsen|seitdem|bis|damit|hier|dort|dann|ja|nein|lol|haha|ich|wir|er|"
            "sie|es|mein|meine|meinen|meinem|mittlerweile|wo|wie|was|eigentlich|ubrigens|übrigens|trotzdem"
        )
    ),
    not_values=frozenset(
        words(
            "ich|du|er|sie|es|wir|ihr|mich|mir|dich|dir|uns|euch|ihnen|der|die|das|den|dem|des|ein|eine|einen|einem|"
            "einer|mein|meine|meinen|meinem|meiner|dein|deine|sein|seine|unser|unsere|ihr|ihre|hier|da|dort|nicht|"
            "kein|keine|sehr|so|ganz|gut|schon|noch|auch|nur|jetzt|gerade|immer|nie|bitte|danke|hallo|moin|servus|ja|"
            "nein|frau|herr|kunde|kundin|mitglied|zuhause|hause|haus|wohnung|miete|untermiete|einer|geld|bescheid|"
            "hilfe|zugang|probleme|problem|zeit|arger|ärger|frage|fragen|alles|nichts|etwas|jemand|niemand|was|wie|"
            "warum|wer|wo|wann|entschuldigung|sorry|sorgen|leider|froh|sauer|dabei|zwar|also|eigentlich|ok|okay|"
            "super|prima|genau|quatsch|falsch|moment|unterwegs|urlaub|arbeit|zug|bus|auto|termin|dank|guten|tag|"
            "tschuss|grusse|deutsch|deutscher|deutsche|neu|neue|neuer|ihren|ihrem|ihrer|ihre|hi|hey|ach|oh|oje|"
            "mal|nochmal|erstmal"
        )
    ),
    correction=words(
        "nein,|ah nein|äh nein|ah, nein|falsch|quatsch|sorry|entschuldigung, ich meine|ich meine|ich meinte|"
        "korrektur|verzeihung|stimmt nicht|unsinn|nee,|also eigentlich|moment,|ich habe mich vertan|"
        "hab mich vertan|verschrieben|verwechselt|vielmehr"
    ),
    past=words(
        "fruher|früher|damals|vorher|ehemals|ehemalige|ehemaligen|ehemaliger|bis letztes jahr|nicht mehr|"
        "war ich|ich war|vormals|bisher|zuvor|bis vor kurzem|mein alter|meine alte|meinen alten|meinem alten"
    ),
    moods={
        "frustrated": words(
            "argerlich|ärgerlich|argert|ärgert|genervt|nervig|nervt|sauer|wutend|wütend|frustriert|frustrierend|"
            "unverschamt|unverschämt|unmoglich|unmöglich|frechheit|zumutung|schon wieder|immer noch nicht|"
            "reicht mir|unfassbar|lacherlich|lächerlich|katastrophe|katastrophal|von wegen|klar 🙄|echt jetzt"
        ),
        "sad": words("traurig|enttauscht|enttäuscht|schade|bedauerlich|ungluecklich|unglucklich|unglücklich|ach je"),
        "anxious": words(
            "sorge|sorgen|besorgt|angst|nervos|nervös|dringend|eilig|panik|beunruhigt|gestresst|so schnell wie moglich"
        ),
        "excited": words(
            "toll|klasse|mega|wahnsinn|fantastisch|großartig|grossartig|freue mich|hammer|genial|wie schön"
        ),
        "confused": words(
            "verstehe nicht|versteh nicht|verstehe ich nicht|verwirrt|verwirrend|keine ahnung|unklar|kompliziert|"
            "wie geht das|was heißt das|was heisst das|komme nicht klar|tu mich schwer|tue mich schwer"
        ),
        "happy": words(
            "danke|vielen dank|danke schon|danke schön|dankeschon|dankeschön|super|perfekt|prima|toll|klasse|"
            "wunderbar|wie schön|freundlich|nett|hilfreich|top|geduldig"
        ),
    },
    problem=words(
        "funktioniert nicht|funktioniert nicht mehr|geht nicht|geht nicht mehr|kaputt|defekt|fehler|problem|probleme|"
        "storung|störung|sturzt ab|stürzt ab|absturzt|abstürzt|hangt sich auf|hängt sich auf|bricht ab|abbricht|"
        "gesperrt|blockiert|abgelehnt|ungultig|ungültig|nicht da|nicht angekommen|fehlt|fehlen|verspatet|"
        "verspätet|verspatung|verspätung|zu klein|zu gross|zu groß|beschadigt|beschädigt|kein signal|kein internet|"
        "keine verbindung|kein freizeichen|nachzahlung|doppelt abgebucht|betrug|gestohlen|verloren|komme nicht|"
        "lasst sich nicht|lässt sich nicht|fehlgeschlagen|pausiert|nicht bezahlen|verbinden sich nicht|"
        "falsche|falscher|ärgerlich|argerlich|nicht lesbar|liegt seit|nicht geoffnet|nicht öffnen"
    ),
    resolved=words(
        "funktioniert wieder|funktioniert es wieder|geht wieder|geht es wieder|lauft wieder|läuft wieder|läuft es wieder|"
        "klappt|hat geklappt|klappt wieder|gelost|gelöst|"
        "behoben|erledigt|passt|alles gut|tutet wieder|leuchtet alles|bin drin|geht jetzt|funktioniert jetzt|"
        "problem gelost|problem gelöst|works|hat funktioniert|ist wieder da"
    ),
    escalation=words(
        "vorgesetzten|vorgesetzter|vorgesetzte|ihren chef|teamleiter|beschwerdestelle|echten menschen|"
        "mit einem menschen|mit jemandem sprechen|eskalieren|supervisor|schlichtungsstelle|geschaftsfuhrung|"
        "geschäftsführung"
    ),
    complaint=words(
        "beschwerde|beschweren|unverschamt|unverschämt|frechheit|zumutung|unmoglich|unmöglich|inakzeptabel|"
        "skandalos|skandalös|katastrophal|miserabel|schlechter service|sauerei|nicht akzeptabel|von wegen|"
        "echt argerlich|echt ärgerlich"
    ),
    positive=words(
        "danke|vielen dank|danke schon|danke schön|dankeschon|super|perfekt|prima|toll|klasse|wunderbar|"
        "freundlich|nett|hilfreich|top|geduldig|mega"
    ),
    actions=words(
        "ich habe|ich hab|wir haben|habe ich|hab ich|ist erledigt|erledigt|ich sende|ich schicke|ich sperre|"
        "ich setze|ich andere|ich ändere|notiert|vermerkt|hinterlegt|gespeichert|ist umgestellt|umgestellt|"
        "ich starte|ich bestelle|ich erstatte|ich schliesse|ich schließe|gutgeschrieben|aktualisiert|"
        "freigeschaltet|geandert|geändert|ich stelle"
    ),
    session_only=words(
        "bestellung|bestellnummer|bestellt|sendung|sendungsnummer|sendungsverfolgung|paket|rechnung|ticket|"
        "auftrag|auftragsnummer|buchung|buchungsnummer|rucksendung|rücksendung|retoure|erstattung|referenz|"
        "vorgang|fallnummer|heute|gerade|im moment|jetzt gerade|gekauft|kaution|reklamation|terminnummer|"
        "nachforschungsauftrag|storungsmeldung|störungsmeldung|geschaftsreise|geschäftsreise|nr"
    ),
    episode_template="Der Kunde meldete: “{topic}”.{action} Ergebnis: {outcome}.",
    action_template=" Der Agent: “{action}”.",
    rolling_template="Am {date} meldete sich der Kunde wegen {topic}; {outcome}.",
    outcomes={
        "resolved": "gelöst",
        "open": "noch offen",
        "escalated": "an eine Person weitergeleitet",
        "answered": "beantwortet",
    },
    rolling_outcomes={
        "resolved": "das Anliegen wurde gelöst",
        "open": "das Anliegen war am Ende noch offen",
        "escalated": "der Kunde bat um einen Menschen",
        "answered": "die Frage wurde beantwortet",
    },
)

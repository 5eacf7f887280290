"""German vocabulary tables and the pattern building blocks the pack's modules share."""

from __future__ import annotations

import re

from customer_memory.extraction.rules.languages.patterns import trie
from customer_memory.extraction.rules.text import words

I = re.IGNORECASE  # noqa: E741 (reads as a flag, like re.I)

# Keys are folded: "ä", "ö", "ü" lose their dots; "ß" stays, so both "ß" and "ss" spellings are given.
RELATIONS = {
    "mann": "spouse", "ehemann": "spouse", "frau": "spouse", "ehefrau": "spouse", "gatte": "spouse",
    "gattin": "spouse", "partner": "spouse", "partnerin": "spouse", "lebensgefahrte": "spouse",
    "lebensgefahrten": "spouse", "lebensgefahrtin": "spouse", "verlobte": "spouse", "verlobten": "spouse",
    "verlobter": "spouse",
    "sohn": "son", "sohnes": "son", "sohne": "son", "tochter": "daughter", "mutter": "mother", "mama": "mother", "mami": "mother",
    "vater": "father", "papa": "father", "bruder": "brother", "schwester": "sister", "enkel": "grandson",
    "enkelsohn": "grandson", "enkelin": "granddaughter", "enkelinnen": "granddaughter", "enkeltochter": "granddaughter",
    "enkelkind": "grandchild", "oma": "grandmother", "omi": "grandmother", "großmutter": "grandmother",
    "grossmutter": "grandmother", "opa": "grandfather", "großvater": "grandfather", "grossvater": "grandfather",
    "nichte": "niece", "neffe": "nephew", "neffen": "nephew", "tante": "aunt", "onkel": "uncle",
    "cousin": "cousin", "cousine": "cousin", "schwiegermutter": "mother_in_law", "schwiegervater": "father_in_law",
    "schwiegersohn": "son_in_law", "schwiegertochter": "daughter_in_law", "schwager": "brother_in_law",
    "schwagerin": "sister_in_law", "pflegerin": "carer", "betreuerin": "carer", "betreuer": "carer",
    "witwe": "spouse", "witwer": "spouse",
}  # fmt: skip

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
    "wissenschaftler|forscher|koch|backer|wirt|planer|prufer|gutachter|trainer|dozent|direktor|jurist|"
    # Swiss and Austrian titles: "Pflegefachfrau", "Informatikfachmann", "Detailhandelsfachfrau".
    "fachfrau|fachmann"
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
    # "UX-Designerin", "IT-Berater": an abbreviation and a hyphen before the job noun.
    r"(?-i:(?:[A-Z]{1,4}-)?(?:(?!Allein)[A-Z][a-zß-]{1,20}"
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
    "englisch": "English (Englisch)", "deutsch": "German (Deutsch)",
    "hochdeutsch": "Standard German (Hochdeutsch)", "schweizerdeutsch": "Swiss German (Schweizerdeutsch)", "franzosisch": "French (Französisch)",
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
    # The mobile, not the landline ("auf dem Handy", Swiss "aufs Natel").
    "handy": "mobile (Handy)", "natel": "mobile (Natel)", "festnetz": "landline (Festnetz)",
}  # fmt: skip

_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"

_WHEN = (
    r"(?:(?:jetzt|inzwischen|mittlerweile|nun|aktuell|derzeit|momentan|noch|schon|seit kurzem|seit [^\s,.]{1,15})\s)"
)
_DAYS = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"

# A bounded gap of a few words (not characters): one step per word keeps "X ... Y" cheap to try anywhere.
_GAP = r"(?:[^\w.!?\n'-]{1,3}[\w'-]{1,25}+){0,6}?[^\w.!?\n'-]{1,3}"
_LONG_GAP = r"(?:[^\w.!?\n'-]{1,3}[\w'-]{1,25}+){0,14}?[^\w.!?\n'-]{1,3}"
# The same, across the dots of a hesitation ("Lille... non pardon, Roubaix").
_DOTS_GAP = r"(?:[^\w!?\n'-]{1,4}[\w'-]{1,25}+){0,6}?[^\w!?\n'-]{1,4}"

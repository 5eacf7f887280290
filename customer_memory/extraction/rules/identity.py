"""Who the customer is: name, age, where they live and where they come from."""

from __future__ import annotations

import functools
import re

from customer_memory.extraction.places import city_zone, known_place
from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, MEDIUM, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import (
    Keywords,
    Text,
    after_yes,
    answers,
    asked_at,
    keywords,
    lower_fold,
    sentence_spans,
    words,
)


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    for index, pattern in enumerate(pack.name):
        match = pattern.search(text.folded)
        # The first pattern of each pack is the explicit "my name is": any case is a name there.
        value = values.name(text.span(match, "v"), pack, explicit=index == 0) if match else ""
        if match and value:
            key = "preferred_name" if "call me" in text.lower[match.start() : match.end()] else "name"
            found.append(Found(key, value, HIGH if index == 0 else MEDIUM, match.start()))
            break
    for pattern in pack.age:
        if match := pattern.search(text.folded):
            group = next((g for g in ("v", "v2", "v3") if g in pattern.groupindex and match[g]), None)
            if group and (value := values.age(text.span(match, group), pack)):
                found.append(Found("age", value, HIGH, match.start()))
                break
    addresses: list[Found] = []
    for patterns, key in ((pack.moved, "location"), (pack.location, "location"), (pack.hometown, "hometown")):
        for pattern in patterns:
            for match in pattern.finditer(text.folded):
                if value := values.place(text.span(match, "v"), pack):
                    item = Found(key, value, HIGH if key == "location" else MEDIUM, match.start())
                    (addresses if "addr" in pattern.groupindex else found).append(item)
    # The town of an address only when the message does not say where they live ("J'habite à Carouge" and the
    # university's address under the signature: Carouge).
    if not any(item.key == "location" for item in found):
        found += addresses
    if not any(item.key == "location" for item in found):
        found += mentioned_cities(text, pack)
    return found


# --- A city we know, named where they say they live or moved --------------------------------------------

HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
_EDGES = " ,.;:!?()[]\"'“”«»"


def relatives(pack: LanguagePack) -> Keywords:
    """The language's words for relatives, as keywords ("mon mari", "אחותי"; Hebrew glues the possessive to the
    word, and Keywords reads through its prefixes)."""
    return keywords(tuple(pack.relations))


def place_cues(pack: LanguagePack) -> tuple[Keywords, Keywords, Keywords, re.Pattern[str], re.Pattern[str]]:
    return _compiled_cues(pack.lives_words, pack.moved_words, pack.trip_words, pack.place_preps, pack.move_preps)


@functools.cache
def _compiled_cues(
    lives: tuple[str, ...],
    moved: tuple[str, ...],
    trips: tuple[str, ...],
    place_preps: tuple[str, ...],
    move_preps: tuple[str, ...],
) -> tuple[Keywords, Keywords, Keywords, re.Pattern[str], re.Pattern[str]]:
    def prepositions(entries: tuple[str, ...]) -> re.Pattern[str]:
        words_ = [re.escape(entry) for entry in entries if not HEBREW_LETTER.match(entry)]
        prefixes = "".join(entry for entry in entries if HEBREW_LETTER.fullmatch(entry))
        parts = [r"(?<!\w)(?:" + "|".join(words_) + r")\s{1,3}"] if words_ else []
        if prefixes:  # "בפתח תקווה", "לרמת גן": the preposition is the word's first letter
            parts.append(r"(?<![\w\u05d0-\u05ea])[" + prefixes + r"](?=[\u05d0-\u05ea])")
        return re.compile("|".join(parts) or "(?!)")

    places, moves = prepositions(place_preps), prepositions(place_preps + move_preps)
    return keywords(lives), keywords(moved), keywords(trips), places, moves


def mentioned_cities(text: Text, pack: LanguagePack) -> list[Found]:
    """ "Ich bin für mein Praktikum nach Wien gezogen", "En Bogotá, vivo aquí": a city we know, after a
    preposition, in a sentence that says they moved there or live there (not a trip: "this week", "on
    holiday"). The city nearest after the word that says so, else nearest before it (German puts the verb
    last: "nach Wien gezogen"); up to three words, capitalised where the script has capitals."""
    if not pack.place_preps:
        return []
    lives, moved, trips, at, to = place_cues(pack)
    relatives_ = relatives(pack)
    found: list[Found] = []
    for sentence in sentence_spans(text.lower):
        lower = sentence.group()
        cue = moved.pattern.search(lower) or lives.pattern.search(lower)
        if cue is None or trips.found_in(lower):
            continue
        # "Mẹ chồng tôi sống ở Huế", "אחותי גרה בטבריה": a relative lives there, not the customer.
        if (relative := relatives_.pattern.search(lower)) and relative.start() < cue.start():
            continue
        move = moved.pattern.search(lower) is not None
        cities = [
            (preposition.end(), city)
            for preposition in (to if move else at).finditer(lower)
            if (city := city_at(text.original, sentence.start() + preposition.end()))
            and not asked_at(lower, preposition.end())
        ]
        after = [item for item in cities if item[0] >= cue.end()]
        before = [item for item in cities if item[0] < cue.start()]
        if chosen := (after[:1] or before[-1:]):
            position, city = chosen[0]
            found.append(Found("location", city, HIGH if move else MEDIUM, sentence.start() + position))
    return found


def city_at(original: str, start: int) -> str:
    tokens = original[start : start + 60].split()[:3]
    first = tokens[0][:1] if tokens else ""
    if not first or (first.lower() != first.upper() and not first.isupper()):
        return ""  # "in general", "en casa": a lowercase word in a script with capitals
    if values.is_street(tokens[0]):
        return ""  # "na Rua Augusta": an address (the town of A Rúa is not meant)
    # "Hamburg-Winterhude", "Graz-Andritz": a town we know and its district, joined.
    head, dash, district = tokens[0].strip(_EDGES).partition("-")
    if dash and district[:1].isupper() and district.isalpha() and city_zone(head):
        return f"{head}-{district}"
    for size in (3, 2, 1):
        words_ = [token.strip(_EDGES) for token in tokens[:size]]
        # A comma or a full stop ends the name: "Portland, Oregon" is Portland.
        if len(words_) == size and all(words_) and not any(t[-1:] in ",.;:!?" for t in tokens[: size - 1]):
            phrase = " ".join(words_)
            if city_zone(phrase):
                # "San Bartolo Coyotepec": a known place's name that goes on is a longer name.
                after = (
                    tokens[size].strip(_EDGES) if len(tokens) > size and tokens[size - 1][-1:] not in ",.;:!?" else ""
                )
                if after[:1].isupper() and after.isalpha() and len(after) > 2 and size < 3:
                    return f"{phrase} {after}"
                return phrase
    return ""


# --- The age given in answer to "how old are you?" -------------------------------------------------------

# The agent asking the customer's own age (not a relative's or a device's), folded.
_ASKS_AGE = re.compile(
    r"\b(?:how old are you|your age|quel age avez|vous avez quel age|votre age|quel age as-tu|tu as quel age|ton age|"
    r"wie alt sind sie|wie alt bist du|ihr alter|ihrem alter|dein alter|deinem alter|que edad tiene usted|que edad tienes|su edad|tu edad|"
    r"usted que edad tiene|que edad tiene(?! (?:su|el|la|tu) )|que idade (?:voce )?tem|"
    r"cuantos anos tiene usted|cuantos anos tienes|(?:qual (?:e )?)?a sua idade|quantos anos (?:voce|o senhor|"
    r"a senhora) tem|(?:anh|chi|em|ban|bac|co|chu|ong|ba)(?: \w{1,8})? (?:nam nay )?(?:bao nhieu|may) tuoi)\b|"
    r"בן כמה אתה|בת כמה את|מה הגיל שלך|מה גילך"
)
# …unless the question is about a relative ("bé nhà mình mấy tuổi?").
_RELATIVE_ASKED = re.compile(r"\b(?:be|con|chau|me|bo|vo|chong|ong ba)\b (?:nha|cua)|הבן|הבת|הילד|אמא|אבא")
_AGE_UNITS = frozenset(words("ans|an|jahre|jahr|alt|years|year|old|anos|años|tuoi|שנים"))
# What may surround the number in an answer: "Ba mươi tám tuổi ạ.", "בת 38".
_AGE_ANSWER = re.compile(
    r"^(?:(?:בן|בת)\s)?(?P<v>[^\W_][\w ]{0,30}?)(?:\s(?:tuoi|years old|שנה))?"
    r"(?:\s(?:roi|a|em|chau|con|nha|nhe)){0,3}\s?[.!]?$"
)


def answered_age(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "Soixante-dix-neuf ans.", "82.", "Ba mươi tám tuổi ạ.", "בת 38": the customer's answer right after the agent
    asked their own age, when it is a number (in digits or the language's words) and at most a unit or a polite
    particle: (age, message id)."""
    for previous, line in answers(lines, _ASKS_AGE):
        if _RELATIVE_ASKED.search(lower_fold(previous.content)):
            continue
        first = re.split(r"[.!?\n,;]", without_yes(line.content.strip()), maxsplit=1)[0]
        tokens = [token for token in lower_fold(first).split() if token not in _AGE_UNITS]
        if 1 <= len(tokens) <= 3 and (value := values.age(" ".join(tokens), pack)):
            return value, line.message_id
        answer = lower_fold(after_yes(line.content.strip()))
        if (match := _AGE_ANSWER.match(answer)) and (value := values.age(match["v"], pack)):
            return value, line.message_id
    return "", ""


# Greetings and courtesies that come capitalised in pairs ("Buenos Días", "Guten Morgen", "Thank You").
_COURTESIES = frozenset(
    words(
        "good|morning|afternoon|evening|day|night|dear|thank|thanks|you|buenos|buenas|dias|tardes|noches|hola|gracias|"
        "estimado|estimada|bom|boa|dia|tarde|noite|ola|oi|obrigado|obrigada|caro|cara|prezado|prezada|guten|tag|"
        "morgen|abend|hallo|danke|sehr|geehrte|geehrter|liebe|lieber|bonne|journee|soiree|cher|chere|merci|xin|chao|"
        "cam|on|hello|hi|hey|hiya|heya|howdy|greetings|team|support|customer|service|happy|new|year|feliz|ano|"
        "navidad|natal|saludos|alo|gruss|gruß|gott|gruezi|servus|moin|griass|di|salut|coucou|allo|bonjour|bonsoir"
    )
)
_SENTENCES = re.compile(r"[^.!?\n]{1,200}")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{0,20}(?:['’-][^\W\d_]{1,20})?")


# The agent asking for the name: the customer's next message starts with it ("Thiago.").
_ASKS_NAME = re.compile(
    r"\b(?:your (?:full )?name|name please|who am i (?:speaking|talking) (?:to|with)|(?:tu|su) nombre|nombre completo|"
    r"como te llamas|como se llama(?! (?:su|tu|el|la|vuestro|vuestra)\s)|(?:votre|ton) nom|nom complet|(?:ihren|deinen|ihr|dein) namen?|wie hei(?:ss|ß)(?:t du|en sie)|"
    r"(?:seu|teu) nome|nome completo|como se chama(?! (?:o|a|seu|sua|teu|tua)\s)|ho (?:va )?ten|xin (?:cho biet )?ten|cho (?:em|minh|toi) xin ten|"
    r"(?:anh|chi|ban|bac|co|chu) ten (?:gi|la gi)|xin ho ten|שמך|השם שלך|מה השם|שם מלא|איך קוראים לך|על שם מי|על איזה שם|"
    r"עם מי (?:אני )?(?:מדבר|מדברת|מדברים)|(?:what|which) name|name on the (?:account|booking|card|reservation|order)|"
    r"a nombre de quien|con quien tengo el gusto|con quien hablo|nombre del titular|nome do titular|"
    r"em nome de quem|com quem (?:tenho o prazer|falo))\b"
    # "Gracias. ¿Nombre?", "Name?": the word alone as the whole question.
    r"|(?:^|[.!?]\s{0,3})¿?(?:(?:full |your )?name|nombre(?: completo| y apellido)?|nome(?: completo)?)\s?\?"
)
# A polite particle closing the answer ("Trần Minh Khoa ạ", "Lê Lan nha"), not part of the name.
_PARTICLE_END = re.compile(r"(?<=\w)\s{1,3}(?:ạ|a|ah|à|nha|nhé|nhe)[\s.!]{0,3}$")
_SIGN_OFF = re.compile(r"(?:^|\s)[\u2014\u2013~-]\s?(?P<name>\w[\w'-]{1,20}(?: \w[\w'-]{1,20}){0,2})\s*$")


def said_name(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """A name said on its own, as people sign a call or answer "your name?": (the name, its message id).

    - "Bonjour Madame. Hervé Dumoulin. J'ai soixante-dix ans…": two to four capitalised words making a whole
      sentence, among the first three of the first message or the first of a later one;
    - "Thiago." after the agent asked for the name, "Claire Dubois, abonnée Fibre Max…" when the agent then
      calls them Claire, "… — Priya" at the end of a message: one word, or a name before a comma, when the
      conversation confirms it.
    None of the words may be a word of the language's lists (greetings, pronouns, "thanks") or a place.
    Read when no pattern found a name."""
    customer_seen = 0
    for index, line in enumerate(lines):
        if line.role != "customer":
            continue
        before = next((lines[i].content for i in range(index - 1, -1, -1) if lines[i].role == "agent"), "")
        after = next((lines[i].content for i in range(index + 1, len(lines)) if lines[i].role == "agent"), "")
        asked = bool(before) and _ASKS_NAME.search(values.lower_fold(before)) is not None
        answered_to = set(values.lower_fold(after).replace(",", " ").replace("!", " ").split())
        # "Mag. Elisabeth Gruber-Kern.", "Dr. Jan Weber": an academic title before the name is not a sentence.
        text = _ACADEMIC_TITLE.sub("", line.content.strip())
        spans = list(_SENTENCES.finditer(text))[: 3 if customer_seen == 0 else 1]
        customer_seen += 1
        for number, sentence in enumerate(spans):
            # "…in den 7. Bezirk, Neubau": a sentence cut after a number is not a signature.
            if text[max(sentence.start() - 2, 0) : sentence.start()].strip()[:1].isdigit():
                continue
            said = _PARTICLE_END.sub("", without_yes(sentence.group().strip()))
            # "Beste Grüße" on its own line closes a letter: no name.
            if _CLOSING.match(values.lower_fold(said).replace("ß", "ss")):
                continue
            whole = said.split()
            leading = said.split(",")[0].split()
            # "Griaß di, Florian Gruber wieder.": after the greeting, without "again".
            greeted = _AGAIN.sub("", said.split(",", 1)[1]).split() if "," in said else []
            candidates = ((whole, len(whole) < 2), (leading, True), (greeted, len(greeted) < 2))
            for tokens, needs_confirmation in candidates:
                # A script without capitals (Hebrew) says a name on its own only as the answer to "your name?",
                # first in the message.
                caseless = asked and number == 0
                if not 1 <= len(tokens) <= 4 or not name_like(tokens, pack, caseless=caseless):
                    continue
                # The agent answers with the first name, or with the surname after "Frau", "Madame", "Herr".
                confirmed = asked or any(values.lower_fold(token) in answered_to for token in tokens)
                if not needs_confirmation or confirmed:
                    return _fuller(
                        tokens, [span.group() for span in _SENTENCES.finditer(text[:300])], pack
                    ), line.message_id
        sign = _SIGN_OFF.search(text)
        if (
            sign is not None
            and name_like(sign["name"].split(), pack)
            and (len(sign["name"].split()) > 1 or values.lower_fold(sign["name"].split()[0]) in answered_to)
        ):
            return sign["name"], line.message_id
        if signature := _letter_signature(text, pack):
            return signature, line.message_id
        # "jay okafor", "Sí, Martín Echeverría.": the whole answer to "your name?", in any case.
        if (
            asked
            and (answer := _PARTICLE_END.sub("", without_yes(text).strip(" .!")))
            and 1 <= len(answer.split()) <= 4
        ):
            tokens = [token.capitalize() if token.islower() else token for token in answer.split()]
            if name_like(tokens, pack, caseless=True):
                return " ".join(tokens), line.message_id
        # "siobhan keane, 087 341 9922", "martina gorostiaga, av rivadavia 5100": the name first, in any case, then
        # after a comma the number or address asked for with it.
        if asked and "," in (answer := without_yes(text)):
            tokens = [token.capitalize() if token.islower() else token for token in answer.split(",", 1)[0].split()]
            if 2 <= len(tokens) <= 3 and name_like(tokens, pack, caseless=True):
                return " ".join(tokens), line.message_id
        # "נטע שפירא ההזמנה ORD-66120": a full name, then the order or its number, in answer to "in whose name?".
        if (
            asked
            and 2 <= len(named := _before_session_words(text, pack)) <= 3
            and name_like(named, pack, caseless=True)
        ):
            return " ".join(named), line.message_id
    return "", ""


# "Kind regards,\nMarcus Lindqvist\nSenior Consultant | Halvorsen Engineering": a letter's closing line, then the name.
_CLOSING = re.compile(
    r"^(?:kind regards|best regards|warm regards|regards|best wishes|best|thanks|thank you|many thanks|cheers|"
    r"sincerely|yours sincerely|yours faithfully|merci|merci beaucoup|cordialement|bien cordialement|bien a vous|"
    r"salutations|saludos|un saludo|saludos cordiales|atentamente|gracias|muchas gracias|obrigado|obrigada|"
    r"atenciosamente|abracos|cumprimentos|danke|vielen dank|viele grusse|liebe grusse|lg|beste grusse|"
    r"mit freundlichen grussen|freundliche grusse|gruss|grusse|תודה|תודה רבה|בברכה|בתודה|cam on|tran trong|"
    r"than ai)[,.!]?$"
)
# A letter's longer closing, at the end of its line: "Veuillez agréer, Madame, Monsieur, l'expression de mes
# salutations distinguées.", "Meilleures salutations,", "Mit freundlichen Grüßen" (folded; "ß" stays).
_CLOSING_END = re.compile(
    r"(?:\bsalutations(?: distinguees| cordiales| respectueuses| les meilleures)?|\bsentiments (?:les meilleurs|"
    r"distingues|respectueux)|\bgru(?:ss|ß)en|\bgru(?:ss|ß)e|\bgruessli|\bbien a vous|\bcordialement|"
    # "Com os melhores cumprimentos,", "Reciba un cordial saludo,", "With best wishes,".
    r"\bcumprimentos|\bsaudacoes|\bun (?:cordial )?saludo|\bsaludos cordiales|\bwith (?:best|kind|warm) (?:wishes|regards))"
    r"[,.!]?$"
)
# "Mag. pharm. Katharina Steiner", "Dr. med. …", "Dr Laurent Chappuis" (French writes "Dr" without the dot).
_ACADEMIC_TITLE = re.compile(
    r"^(?:(?:(?:Mag|Dr|Dra|Prof|Profa|Ing|DI|Dipl\.-Ing|Dipl\.-Kfm|Dott|Me|Lic|Lda|Licda|Arq)\.|(?:Dr|Dra|Pr|Prof|Me))\s{1,3}(?:(?:pharm|med|dent|vet|"
    r"phil|iur|techn|rer\. nat|h\.c)\.\s{1,3})?){1,2}(?=[A-Z])"
)
# "¿Con quién tengo el gusto?" "Con Wilfredo Quispe.", "Com quem falo?" "Com a Ana Lima."
_WITH = re.compile(r"^(?i:con|com)\s(?:(?i:el|la|o|a)\s)?(?=[A-Z])")


def without_yes(text: str) -> str:
    """An answer to the agent without the yes (or the "con"/"com") it opens with."""
    return _WITH.sub("", after_yes(text))


_AGAIN = re.compile(
    r"(?<=\S)\s{1,5}(?i:again|here|once more|wieder|nochmal|hier|otra vez|de nuevo|aqui|aquí|de novo|novamente|encore|"
    r"ici|de retour|lại|lai|đây|day|שוב|כאן)[\s.!]{0,5}$"
)


def _fuller(tokens: list[str], sentences: list[str], pack: LanguagePack) -> str:
    """ "Fennelly. Declan Fennelly.": a surname said alone, then with the first name, is the full name."""
    if len(tokens) == 1:
        for sentence in sentences:
            whole = without_yes(sentence.strip()).split()
            if 2 <= len(whole) <= 4 and tokens[0] in whole and name_like(whole, pack):
                return " ".join(whole)
    return " ".join(tokens)


_INITIAL = re.compile(r"[A-Z]\.")


def _letter_signature(text: str, pack: LanguagePack) -> str:
    """The name on the line after a letter's closing ("Merci,\n\nGeneviève Pelletier"), or a message's last line
    when it is a name under a letter (two or more lines before it)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines[:-1]):
        folded = values.lower_fold(line)
        if _CLOSING.match(folded) or (len(line) <= 160 and _CLOSING_END.search(folded)):
            # "Margaret (Peg) Holloway": the nickname in brackets is not part of the name.
            tokens = [t for t in _ACADEMIC_TITLE.sub("", lines[index + 1]).split() if not _NICKNAME.fullmatch(t)]
            # "Dolores M. Reyes-Whitfield": a middle initial (not "V. Lambotte", the first name cut short).
            named = tokens[:1] + [token for token in tokens[1:] if not _INITIAL.fullmatch(token)]
            if 1 <= len(tokens) <= 4 and named and name_like(named, pack):
                return " ".join(tokens)
            # Without capitals (Hebrew): a first name and a surname, closing the letter (at most a title, a
            # place and a phone number under them).
            if 2 <= len(tokens) <= 3 and len(lines) - index <= 5 and name_like(tokens, pack, caseless=True):
                return " ".join(tokens)
    # "תודה, שירה כהן", "Thanks, Ruth Adeyemi": the closing and the full name on the message's last line.
    if len(lines) >= 2 and ", " in lines[-1]:
        closing, name = lines[-1].split(", ", 1)
        tokens = name.strip(" .!").split()
        closed = _CLOSING.match(values.lower_fold(closing)) is not None
        if closed and 2 <= len(tokens) <= 3 and name_like(tokens, pack, caseless=True):
            return " ".join(tokens)
    # "…\n\nMag. pharm. Katharina Steiner\nApothekerin\n…": a titled name on a line of its own, near the end of a
    # letter, signs it without a closing.
    for index, line in enumerate(lines):
        if index >= 2 and len(lines) - index <= 5 and (title := _ACADEMIC_TITLE.match(line)):
            tokens = line[title.end() :].split()
            if 2 <= len(tokens) <= 3 and name_like(tokens, pack):
                return " ".join(tokens)
    return ""


_NICKNAME = re.compile(r"\([A-Z][\w'’-]{1,20}\)")


def home_after_name(text: str, name: str) -> str:
    """ "Florian Gruber aus Graz", "soy la Francisca Soto, de Viña del Mar", "נועה אברהמי מחיפה", and the city line
    under a letter's signature ("Marcus Lindqvist\nSenior Consultant\nMinneapolis, MN"): a city we know."""
    at = text.find(name)
    if not name or at < 0:
        return ""
    rest = text[at + len(name) :]
    # "אני אלון בן 14 מבאר שבע": their age may come between.
    if age := _AGE_AFTER_NAME.match(rest):
        rest = rest[age.end() :]
    if intro := _FROM.match(rest):
        return city_at(rest, intro.end())
    # "Heike Brandstätter, 28199 Bremen.": the postcode and the town right after the name.
    if postcode := _NAME_POSTCODE.match(rest):
        return city_at(rest, postcode.end())
    if "\n" in rest[:2]:  # a signature: the next lines hold a title, a company, a city
        for line in [line.strip() for line in rest.splitlines() if line.strip()][:3]:
            # "69007 Lyon", "CH-8004 Zürich": the town after its postcode; "Mobil 0171 5552398" is a phone line.
            # "Mobil 0171 5552398" is a phone line; "נתניה | 052-5551234" a town beside one.
            parts = [part for part in _LINE_PARTS.split(line) if sum(char.isdigit() for char in part) < 6]
            if not parts:
                continue
            line = _POSTCODE.sub("", parts[0], count=1)
            if city := city_at(line.replace("(", ", ").replace(")", ""), 0):
                return city
            # "Angleur (Liège)": a district and its town.
            if (locality := _LOCALITY.fullmatch(line)) and known_place(locality["town"]):
                return line
    return ""


def signature_role(text: str, name: str) -> tuple[str, str]:
    """The line under a letter's signature, when it says what the person does and where: "Senior Consultant |
    Halvorsen Engineering", "Directrice des ventes, Biscuits Lacroix inc." -> (job title, organization).
    Only right under the name, on a line of its own, with no digit or "@" (a phone number, an address)."""
    at, end = text.find(name), text.find(name) + len(name)
    if name and at >= 0 and "\n" not in text[end : end + 2] and (again := text.find(name + "\n", end)) >= 0:
        at, end = again, again + len(name)  # said in the letter, then signed
    if name and (at < 0 or "\n" not in text[end : end + 2]) and len(name.split()) >= 2:
        # "Marcelo K. Tanaka", "Margaret (Peg) Holloway": the name signed with an initial or a nickname.
        first, last = re.escape(name.split()[0]), re.escape(name.split()[-1])
        if signed := re.search(rf"(?m)^{first}\b[^\n]{{0,30}}\b{last}(?=[ \t]*$)", text):
            at, end = signed.span()
    if not name or at < 0 or "\n" not in text[end : end + 2]:
        return "", ""
    lines = [line.strip() for line in text[end:].splitlines() if line.strip()]
    line = lines[0] if lines else ""
    if not line or any(char.isdigit() for char in line) or "@" in line or len(line.split()) > 8 or city_at(line, 0):
        return "", ""
    if (locality := _LOCALITY.fullmatch(line)) and known_place(locality["town"]):
        return "", ""
    if _MAIL_FOOTER.match(values.lower_fold(line)):
        return "", ""
    parts = _TITLE_SEPARATOR.split(line, maxsplit=1)
    title, organization = parts[0].strip(" ,"), parts[1].strip(" ,") if len(parts) > 1 else ""
    if values.lower_fold(organization) in _ROLE_WORDS:  # "Tierärztin, Inhaberin": two roles, no organization
        title, organization = line, ""
    if not title[:1].isupper() or (organization and not organization[:1].isupper()):
        return "", ""
    # "Apotheke Zum Löwen", "voestalpine Stahl GmbH", "Giám đốc điều hành\nCông ty TNHH Cơ khí Nhật Quang": the
    # organization on the line under the job title, unless that line is a street.
    below = lines[1] if len(lines) > 1 else ""
    if not organization and below and not any(values.is_street(token) for token in below.split()):
        organization = _organization_line(below)
        plain = not any(char.isdigit() for char in below) and "@" not in below and len(below.split()) <= 10
        if not organization and plain and _ORGANIZATION_KIND.match(values.lower_fold(below)):
            organization = below
    return title, organization


def _organization_line(line: str) -> str:
    """The line under the job title, when it names an organization ("Apotheke Zum Löwen", "voestalpine Stahl GmbH",
    "Université de Genève, Département de géographie" -> its first part): no digit, "@", town or second role."""
    if any(char.isdigit() for char in line) or "@" in line or _MAIL_FOOTER.match(lower_fold(line)):
        return ""
    first = _TITLE_SEPARATOR.split(line, maxsplit=1)[0].strip(" ,")
    if not 1 <= len(first.split()) <= 6 or lower_fold(first) in _ROLE_WORDS or known_place(first):
        return ""
    return first if first[:1].isupper() or _LEGAL_FORM.search(first) else ""


# "voestalpine Stahl GmbH", "Biscuits Lacroix inc.": a company by its legal form, whatever its first letter.
_LEGAL_FORM = re.compile(
    r"\b(?:GmbH|AG|SE|KG|OG|e\.V\.|SA|SAS|SARL|Sàrl|Inc|inc|Ltd|LLC|S\.A\.|S\.L\.|Lda|Ltda|BV|NV)\b"
)
# A line that names an organization by its kind (folded): "Công ty TNHH …", "Ngân hàng …", "University of …".
_ORGANIZATION_KIND = re.compile(
    r"(?:cong ty|cty|tap doan|ngan hang|benh vien|truong dai hoc|dai hoc|vien|university|universite|universidad|"
    r"universidade|universitat|universitaet|hospital|hopital|krankenhaus|company|compania|companhia|societe|"
    r"banco|banque|bank)\s"
)


# A second role after the job title, not an organization ("Tierärztin, Inhaberin"), folded.
_ROLE_WORDS = frozenset(
    words(
        "owner|founder|co-founder|partner|inhaber|inhaberin|geschaftsfuhrer|geschaftsfuhrerin|grunder|grunderin|"
        "partnerin|proprietaire|gerant|gerante|fondateur|fondatrice|associe|associee|dueno|duena|socio|socia|"
        "fundador|fundadora|gerente|dono|dona"
    )
)
# What a mail program writes under the signature: no job title.
_MAIL_FOOTER = re.compile(
    r"^(?:sent from|sent via|get outlook|enviado desde|enviado do|enviado de|envoye de|envoye depuis|von meinem|"
    r"gesendet von|gui tu|נשלח מ)"
)
# "Senior Consultant | Halvorsen Engineering", "Directrice des ventes, Biscuits Lacroix inc.".
_TITLE_SEPARATOR = re.compile(r"\s[|·•–—]\s|,\s")
_LOCALITY = re.compile(r"[A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30})? \((?P<town>[A-Z][\w'’ -]{1,40})\)")
_POSTCODE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s{1,3}(?=[^\W\d])")
_LINE_PARTS = re.compile(r"\s[|·•]\s")
_FROM = re.compile(
    r",?[ \t]{1,3}(?:(?i:aus|us|from|de|da|do|di|von)\s{1,3}|מ(?=[\u05d0-\u05ea])|"
    # "I'm Darren Okafor, out in Toowoomba".
    r"(?i:(?:out|up|down|over|based)\s)(?i:in)\s{1,3})"
)
_AGE_AFTER_NAME = re.compile(r",?[ \t]{1,3}(?:בן|בת)[ \t]\d{1,3}(?=[ \t,])")
_NAME_POSTCODE = re.compile(r",[ \t]{1,3}(?:[A-Z]{1,2}-)?\d{4,5}[ \t]{1,3}(?=[^\W\d])")


def _before_session_words(text: str, pack: LanguagePack) -> list[str]:
    """The words of an answer before its first number or session-only word ("ההזמנה", "order"); [] when there is
    none (the whole answer is read as a name elsewhere)."""
    tokens = text.split()[:8]
    session = set(pack.session_only)
    for index, token in enumerate(tokens):
        word = values.lower_fold(token).strip(".,:;!?")
        bare = word[1:] if word[:1] in "הבלומש" else word
        if any(char.isdigit() for char in word) or word in session or bare in session:
            return [token.strip(".,:;!?") for token in tokens[:index]] if "," not in " ".join(tokens[:index]) else []
    return []


def name_like(tokens: list[str], pack: LanguagePack, *, caseless: bool = False, places: bool = False) -> bool:
    """Capitalised words that are no word of the language's lists nor a place; with `caseless`, words of a
    script without capitals (Hebrew) too; with `places`, a place's name too (asked for a person's name, "Kamala"
    is one)."""
    return all(
        (token[:1].isupper() or (caseless and _uncased(token)))
        and _NAME_WORD.fullmatch(token)
        and values.lower_fold(token) not in pack.not_values
        and values.lower_fold(token) not in pack.clause_words
        and values.lower_fold(token) not in _COURTESIES
        for token in tokens
    ) and (places or not known_place(" ".join(tokens)))


def _uncased(token: str) -> bool:
    """A word of a script without capitals ("מיכל"): every letter is its own upper and lower case."""
    return all(char.isalpha() and char.lower() == char.upper() for char in token.replace("'", "").replace("׳", ""))

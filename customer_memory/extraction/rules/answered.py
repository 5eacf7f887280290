"""Lasting facts the customer gives in short answers to the agent's questions ("What's the best time to reach
you?" – "Evenings, after six."; "¿Cómo se llama su hijo?" – "Thiago."; "Any drug allergies?" – "sulfa"): the
question says what the answer is about, the answer alone says too little. Each reader takes the first answer
that fits; `answered_facts` gives (key, value, message id) for each kind found."""

from __future__ import annotations

import re
from collections.abc import Callable

from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.identity import name_like, without_yes
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import answers, keywords, lower_fold, words

_FIRST_SENTENCE = re.compile(r"[^.!?\n]{1,200}")
_NEGATIVE = re.compile(
    r"^(?:no|nope|none|nothing|not that i know|no,|ninguna|ninguno|nada|nao|nenhuma|nenhum|nope)\b(?![^.!?\n]{0,10}"
    r"\b(?:que yo sepa|que eu saiba|that i know)\b[^.!?\n]{3,})"
)


# --- When to call: "What's the best time to reach you?" – "Evenings, after six." ------------------------------

_ASKS_HOURS = re.compile(
    r"\b(?:(?:best|good|convenient|what|which) times? (?:to|for us to|can we|should we|do you prefer) (?:call|reach|"
    r"contact|ring|phone|get hold of)|when (?:can|should|could|may|shall|is it best to|is best to) (?:we |i )?(?:call|"
    r"reach|contact|ring|phone)|what time (?:can|should|could|shall) (?:we|i) (?:call|reach|contact|ring|phone)|"
    r"a que horas? (?:(?:la|lo|le|te|les)\s)?(?:podemos|puedo|prefiere que|prefieres que|preferis que|quiere que|"
    r"quieres que|le|te|es mejor)\b[^?]{0,30}(?:llam|contact|localiz|ubic)|(?:en )?que horario (?:(?:la|lo|le|te)\s)?"
    r"(?:podemos|puedo|prefiere|prefieres|preferis|le viene|te viene|es mejor)|(?:mejor )?horario (?:para|de) "
    r"(?:llamar|contact)|a que horas? (?:(?:o|a|te|lhe)\s)?(?:podemos|posso|prefere|preferes|e melhor)\b[^?]{0,30}"
    r"(?:lig|contact|contat)|(?:qual|que) (?:o )?(?:melhor )?horario|melhor (?:hora|horario|altura) para "
    r"(?:(?:o|a|te|lhe)\s)?(?:ligar|contact|contat))"
)
_HOUR_DIGITS = re.compile(r"\b\d{1,2}(?:[:h.]\d\d)?\s?(?:am|pm|h|hs|hrs)?\b")


# Any other wording of the question, in any language (folded): a word for "when" and a word for calling in the
# agent's last sentence before its question mark ("Wann dürfen wir zurückrufen?", "On vous rappelle à quel moment ?",
# "Khi nào kỹ thuật gọi cho anh tiện ạ?", "מתי נוח שנתקשר?").
_ASKS_WHEN = re.compile(
    r"\b(?:wann|zu welcher (?:uhrzeit|zeit|tageszeit)|um wie viel uhr|a quel moment|a quelle heure|quand|"
    r"quels? (?:horaires?|moments?)|when|what time|what times|best time|cuando|a que hora|quando|que horas|"
    r"khi nao|luc nao|may gio|gio nao|buoi nao|מתי|באיזו שעה)\b"
)
_ASKS_CALL = re.compile(
    r"\b(?:zuruckrufen|anrufen|rufen|erreichen|erreichbar|kontaktieren|melden|telefonieren|appel\w{0,4}|rappel\w{0,4}|"
    r"joindre|joignable|contacter|telephoner|call|reach|ring|contact|llamar\w{0,2}|ligar\w{0,2}|contactar\w{0,2}|"
    r"goi|lien lac|lien he|להתקשר|שנתקשר|שנחזור|לחזור|נוח)\b"
)
_CLAUSE = re.compile(r"[^,;]{1,120}")


def _asks_hours(question: str) -> bool:
    if _ASKS_HOURS.search(question):
        return True
    asked = question[question.rfind(".", 0, max(0, question.rfind("?"))) + 1 :]
    return "?" in asked and bool(_ASKS_WHEN.search(asked) and _ASKS_CALL.search(asked))


def answered_hours(lines: list, packs: tuple[LanguagePack, ...]) -> tuple[str, str]:
    """ "Evenings, after six.", "Nur vormittags.", "Sau 5 giờ chiều, ban ngày anh chạy Grab.": in the first
    sentence of the answer to "when can we call you?", the clauses that name a time (a time word of the language
    or an hour in digits), from the first such clause while they go on naming one: (the hours, its message id)."""
    time_words = keywords(tuple(word for pack in packs for word in pack.time_words))
    for asked, line in answers(lines):
        if not _asks_hours(lower_fold(asked.content.strip())):
            continue
        answer = without_yes(line.content.strip())
        for sentence in _FIRST_SENTENCE.finditer(answer[:300]):
            text = sentence.group().strip(" ,;:-")
            lower = lower_fold(text)
            if "?" in lower or not 1 <= len(text.split()) <= 16 or _NEGATIVE.match(lower):
                continue
            timed = [
                clause
                for clause in _CLAUSE.finditer(text)
                if time_words.found_in(lower_fold(clause.group())) or _HOUR_DIGITS.search(lower_fold(clause.group()))
            ]
            if timed:
                value = text[timed[0].start() : _last_in_a_row(timed).end()].strip(" ,;:-")
                return value[:1].upper() + value[1:], line.message_id
            break  # the time is said first, or not at all
    return "", ""


def _last_in_a_row(clauses: list[re.Match[str]]) -> re.Match[str]:
    """The last of the clauses that follow the first one without another clause between them."""
    last = clauses[0]
    for clause in clauses[1:]:
        if clause.start() > last.end() + 1:
            break
        last = clause
    return last


# --- The language: "Preferred language for SMS updates, English or Swahili?" – "Swahili, please." ------------

_ASKS_LANGUAGE = re.compile(r"\b(?:languages?|idiomas?|lenguas?|linguas?|idioma)\b")
# …a language to be spoken with, not one to learn ("¿Qué idioma le interesa?" at a language school).
_TO_COMMUNICATE = re.compile(
    r"\b(?:prefer\w*|speak|talk|call|calls|sms|updates?|messages?|contact\w*|reminders?|letters?|emails?|"
    r"would you like|hablar|hablemos|atend\w*|comunic\w*|llamadas?|mensajes?|avisos?|correos?|le gustaria|"
    r"te gustaria|falar|falemos|ligac(?:ao|oes)|mensage(?:m|ns)|gostaria|cartas?|documentos?)\b"
)


def answered_language(lines: list, packs: tuple[LanguagePack, ...]) -> tuple[str, str]:
    """The first language named (and not refused) in the answer to "which language would you like…?": (the
    language, its message id)."""
    for asked, line in answers(lines):
        question = lower_fold(asked.content)
        if not (_ASKS_LANGUAGE.search(question) and _TO_COMMUNICATE.search(question)) and not _offers_two(
            question, packs
        ):
            continue
        lower = lower_fold(line.content)[:200]
        best, best_at = "", len(lower) + 1
        for pack in packs:
            for word, language in pack.languages.items():
                match = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lower)
                if (
                    match
                    and match.start() < best_at
                    and not _REFUSED.search(lower[max(0, match.start() - 12) : match.start()])
                ):
                    best, best_at = language, match.start()
        if best:
            return best, line.message_id
    return "", ""


_REFUSED = re.compile(r"\b(?:no|not|nao|ni|nunca|never)\s(?:en\s|em\s|in\s)?$")


def _offers_two(question: str, packs: tuple[LanguagePack, ...]) -> bool:
    """ "Do you want updates in English or Hebrew?", "אנגלית או עברית?": a question offering two languages."""
    if "?" not in question or _OR.search(question) is None:
        return False
    named = {
        language
        for pack in packs
        for word, language in pack.languages.items()
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", question)
    }
    return len(named) >= 2


_OR = re.compile(r"\s(?:or|o|ou|oder|hay|hoac|או)\s")


# --- Allergies: "Any drug allergies we should note for you?" – "sulfa" ----------------------------------------

# "Any drug allergies?", "¿Alguna alergia?", and "יש לך רגישות לתרופות?", "אלרגיה למשהו?"
_ASKS_ALLERGY = re.compile(
    r"\b(?:allerg\w*|alergi\w*|alergic\w*)\b|(?:אלרגי|אלרגית|אלרגיה|אלרגיות|רגישות|רגיש|רגישה)(?:\s|$|\?)"
)
_FOR_SOMEONE_ELSE = re.compile(
    r"\b(?:your (?:mother|father|son|daughter|wife|husband|child|children|dog|cat|pet)|(?:su|tu) (?:madre|padre|hijo|"
    r"hija|esposa|esposo|perro|gato|mascota)|(?:o seu|a sua|seu|sua|teu|tua) (?:mae|pai|filho|filha|esposa|marido|"
    r"cachorro|cao|gato))\b"
)
_NO_HE = re.compile(r"^(?:לא|אין|ממש לא|שום)(?![\u05d0-\u05ea])")
_ALLERGY_LEAD = re.compile(r"^(?i:(?:to|a|al|a la|ao|a|à|de|da|do)\s)")


def answered_allergy(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "sulfa", "dipirona", "Sí, a la penicilina": a short answer, not a no, to "any allergies?" about the
    customer: (the allergy, its message id)."""
    for asked, line in answers(lines, _ASKS_ALLERGY):
        if _FOR_SOMEONE_ELSE.search(lower_fold(asked.content)) or "?" not in asked.content:
            continue
        first = _FIRST_SENTENCE.match(line.content.strip())
        answer = _ALLERGY_LEAD.sub("", without_yes(first.group().strip()) if first else "").strip(" ,;:")
        lower = lower_fold(answer)
        if _NO_HE.match(line.content.strip()):
            continue  # "לא, כלום"
        if not answer or _NEGATIVE.match(lower_fold(line.content.strip())) or not 1 <= len(answer.split()) <= 4:
            continue
        if any(char.isdigit() for char in answer) or not values.usable(answer, pack):
            continue
        if lower in _NOT_AN_ALLERGY:
            continue
        return answer, line.message_id
    return "", ""


_NOT_AN_ALLERGY = frozenset(words("yes|si|sim|ok|okay|not sure|no se|nao sei|i don't know|dont know|maybe"))


# --- How many children: "¿Hijos a cargo?" – "Dos. Unai y Ane." -------------------------------------------------

# The customer's own children asked about: "¿Hijos a cargo?", "How many children do you have?", "Tem filhos?".
_ASKS_CHILDREN = re.compile(
    r"(?:^(?:y |e |and )?¿?|\b(?:how many|any|do you have|have you got|cuantos|cuantas|tiene|tienes|quantos|quantas|"
    r"tem)\s(?:\w+\s)?)(?:children|kids|hijos|hijas|ninos|filhos|filhas|criancas)\b[^?\n]{0,40}\?"
)
_COUNT = re.compile(r"^(?P<n>\d{1,2}|[^\W\d_]{2,12})(?=\s?[.,!]|\s(?:children|kids|hijos|hijas|filhos|filhas)\b|$)")


def answered_children(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "Dos. Unai y Ane.", "Two kids.", "Três.": a number opening the answer to "any children?" / "¿Hijos a cargo?":
    ("Dos (hijos)", its message id)."""
    for asked, line in answers(lines, _ASKS_CHILDREN):
        question = lower_fold(asked.content)
        if _FOR_SOMEONE_ELSE.search(question):
            continue
        answer = without_yes(line.content.strip())
        match = _COUNT.match(lower_fold(answer))
        if match is None:
            continue
        raw = match["n"]
        count = int(raw) if raw.isdecimal() else values.number_from_words(raw, pack)
        if count is None or not 1 <= count <= 15:
            continue
        noun = _ASKS_CHILDREN.search(question)
        word = noun.group().split()[0].strip("?¿,.") if noun else ""
        return f"{answer[: match.end()]} ({word})" if word else answer[: match.end()], line.message_id
    return "", ""


# --- A standing choice: "Shall we deliver it or will you pick up?" – "delivery always" -----------------------

_OFFERS_CHOICE = re.compile(r"\s(?:or|o|ou)\s[^?\n]{1,60}\?")
_ALWAYS = re.compile(r"\b(?:always|every time|each time|siempre|toda la vida|sempre|toda vez)\b")


def answered_choice(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "delivery always", "Virtuales, siempre.", "retiro na loja da av sete sempre": the option the customer picks,
    for good, when the agent offers two: (the choice as said, its message id)."""
    for asked, line in answers(lines):
        question = lower_fold(asked.content)
        if not _OFFERS_CHOICE.search(question):
            continue
        first = _FIRST_SENTENCE.match(line.content.strip())
        answer = first.group().strip(" ,;:") if first else ""
        lower = lower_fold(answer)
        if not _ALWAYS.search(lower) or not 2 <= len(answer.split()) <= 8 or _NEGATIVE.match(lower):
            continue
        if any(char.isdigit() for char in answer) or not values.usable(answer, pack):
            continue
        return answer[:1].upper() + answer[1:], line.message_id
    return "", ""


# --- An access need: "¿Tiene alguna dificultad en la vista que debamos saber?" – "Cataratas." ------------------

_ASKS_ACCESS = re.compile(
    r"\b(?:accessibility (?:needs?|requirements?)|(?:any|special) (?:access |mobility )?(?:needs|requirements|assistance)|"
    r"difficult(?:y|ies) (?:with )?(?:your )?(?:hearing|sight|seeing|vision|eyesight|mobility|walking|stairs)|"
    r"dificultad(?:es)? (?:en|con|de) (?:la |el )?(?:vista|vision|oido|audicion|movilidad)|necesidad(?:es)? "
    r"especial(?:es)?|discapacidad|dificuldade(?:s)? (?:na|no|de|com a|com o) (?:vista|visao|audicao|ouvido|"
    r"mobilidade|locomocao)|necessidade(?:s)? especia(?:l|is)|deficiencia)\b"
)


def answered_access(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "Cataratas.", "Hard of hearing, yes.": a short answer, not a no, to "any difficulty with your sight we should
    know about?": (the need, its message id)."""
    for asked, line in answers(lines, _ASKS_ACCESS):
        if "?" not in asked.content or _FOR_SOMEONE_ELSE.search(lower_fold(asked.content)):
            continue
        first = _FIRST_SENTENCE.match(line.content.strip())
        answer = without_yes(first.group().strip()).strip(" ,;:") if first else ""
        if not answer or _NEGATIVE.match(lower_fold(line.content.strip())) or not 1 <= len(answer.split()) <= 5:
            continue
        if any(char.isdigit() for char in answer) or not values.usable(answer, pack):
            continue
        if lower_fold(answer) in _NOT_AN_ALLERGY:
            continue
        return answer[:1].upper() + answer[1:], line.message_id
    return "", ""


# --- A relative's name: "Your mother's name for her profile?" – "Kamala" --------------------------------------

_ASKS_A_NAME = re.compile(r"\b(?:name|nombre|nome|llama|llaman|chama|chamam)\b")


def answered_relative(lines: list, pack: LanguagePack) -> tuple[str, str, str]:
    """The name alone answering "your mother's name?", "¿Cómo se llama su hijo?", "Como se chama a sua filha?":
    (the relation's key, "Name (relation word)", its message id)."""
    relations = keywords(tuple(pack.relations))
    for asked, line in answers(lines, _ASKS_A_NAME):
        question = lower_fold(asked.content)
        found = list(relations.pattern.finditer(question))
        if len(found) != 1 or "?" not in asked.content:
            continue
        word = found[0].group()
        first = _FIRST_SENTENCE.match(line.content.strip())
        answer = without_yes(first.group().strip()) if first else ""
        tokens = [token.capitalize() if token.islower() else token for token in answer.strip(" ,").split()]
        if not 1 <= len(tokens) <= 3 or not name_like(tokens, pack, places=True):
            continue
        return pack.relations[word], f"{' '.join(tokens)} ({word})", line.message_id
    return "", "", ""


# --- A pet's name: "E o nome do pet?" – "Paçoca. É uma vira-lata caramelo." ------------------------------------

_PET_WORDS = re.compile(r"\b(?:pet|pets|mascota|mascotas|bicho|bichinho|animal|animalito|animalzinho)\b")


def answered_pet(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """The name alone answering "your dog's name?", "¿Cómo se llama su perrita?", "E o nome do pet?": ("Name
    (species)" or the name, its message id)."""
    species = keywords(tuple(pack.pets))
    for asked, line in answers(lines, _ASKS_A_NAME):
        question = lower_fold(asked.content)
        named = species.pattern.search(question)
        if "?" not in asked.content or not (named or _PET_WORDS.search(question)):
            continue
        first = _FIRST_SENTENCE.match(line.content.strip())
        answer = without_yes(first.group().strip()) if first else ""
        tokens = [token.capitalize() if token.islower() else token for token in answer.strip(" ,").split()]
        if not 1 <= len(tokens) <= 2 or not name_like(tokens, pack, places=True):
            continue
        name = " ".join(tokens)
        return (f"{name} ({named.group()})" if named else name), line.message_id
    return "", ""


# --- Where they work: "Which school?" – "Moi Girls School." ---------------------------------------------------

_ASKS_WORKPLACE = re.compile(
    r"^(?:(?:and|y|e)\s)?(?:which|what|que|cual|qual|en que|em que|para que|para qual|en cual|em qual)\s(?:school|"
    r"hospital|hotel|company|firm|clinic|store|shop|bank|restaurant|office|escuela|colegio|empresa|clinica|tienda|"
    r"banco|restaurante|oficina|escola|loja|firma)\b[^?]{0,60}\?"
)
_WORKS = re.compile(
    r"\b(?:i (?:work|teach)|i'm (?:a|an)|trabajo|trabaja|laburo|doy clases|ensen\w+|trabalho|dou aulas|leciono)\b"
)
_NAMED_PLACE = re.compile(
    r"^(?:the\s|el\s|la\s|o\s|a\s)?(?P<v>[A-Z][\w'&.-]{1,30}(?: (?:[A-Z][\w'&.-]{1,30}|of|de|do|da|del|&)){0,4})$"
)


def answered_workplace(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """The name alone answering "which school?" / "¿Qué empresa?" / "Qual hotel?" right after the customer said they
    work or teach: (the workplace, its message id)."""
    for index in range(2, len(lines)):
        before, asked, line = lines[index - 2], lines[index - 1], lines[index]
        if before.role != "customer" or asked.role != "agent" or line.role != "customer":
            continue
        if not _ASKS_WORKPLACE.search(lower_fold(asked.content.strip())) or not _WORKS.search(
            lower_fold(before.content)
        ):
            continue
        first = _FIRST_SENTENCE.match(line.content.strip())
        match = _NAMED_PLACE.match(without_yes(first.group().strip()).strip(" ,")) if first else None
        if match and values.usable(match["v"], pack):
            return match["v"], line.message_id
    return "", ""


def answered_facts(lines: list, main: LanguagePack, english: LanguagePack) -> list[tuple[str, str, str]]:
    """(key, value, message id) of each kind of fact read from the customer's answers to the agent's questions."""
    packs = (main,) if main is english else (main, english)
    readers: tuple[tuple[str, Callable[[], tuple[str, str]]], ...] = (
        ("contact_hours", lambda: answered_hours(lines, packs)),
        ("preferred_language", lambda: answered_language(lines, packs)),
        ("allergies", lambda: answered_allergy(lines, main)),
        ("children", lambda: answered_children(lines, main)),
        ("preferences", lambda: answered_choice(lines, main)),
        ("accessibility", lambda: answered_access(lines, main)),
        ("pet", lambda: answered_pet(lines, main)),
        ("employer", lambda: answered_workplace(lines, main)),
    )
    found = [(key, *read()) for key, read in readers]
    found.insert(3, answered_relative(lines, main))  # the key is the relation the answer names
    return [(key, value, message_id) for key, value, message_id in found if key and value]

"""Preferences and habits, devices the customer owns, and the plan or tier they are on."""

from __future__ import annotations

import functools
import re

from customer_memory.extraction.places import known_place
from customer_memory.extraction.rules import identity, mood, values
from customer_memory.extraction.rules.found import HIGH, LOW, MEDIUM, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import (
    Keywords,
    Text,
    answers,
    asked_at,
    keywords,
    lower_fold,
    opens_with_yes,
    sentence_spans,
    words,
)

_CONFIDENCE = {"preferences": MEDIUM, "likes": LOW, "dislikes": MEDIUM, "dietary": HIGH, "allergies": HIGH}
# These values read as a whole phrase ("usually shop on weekends"); others end at the first new clause.
_WHOLE = frozenset({"habit", "business"})
_TIME = re.compile(
    r"\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|\d{1,2} ?(?:am|pm)|manana|tarde|noche|"
    r"matin|soir|morgens|abends|manha|noite|sang|chieu|toi)\b",
    re.IGNORECASE,
)
# ("s23", "g84": a lowercase series letter and its number is a model too.)
_MODEL_TOKEN = re.compile(
    r"^(?:[A-Z0-9][\w+-]*|\d+\w*|[a-z]{1,4}\d{1,4}\w{0,4}|pro|max|plus|mini|ultra|air|se|lite|series)$"
)


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    for pattern, key in pack.preferences:
        match = pattern.search(text.folded)
        if match is None:
            continue
        raw = text.span(match, "v")
        value = raw.strip(" ,.;!?") if key in _WHOLE else values.cut(raw, pack)
        if key == "preferences" and _TIME.search(lower_fold(value)):
            key = "preferred_time"
        if key == "favourite":
            key = "favourite_" + "_".join(lower_fold(match["thing"]).split())
        channel = pack.channels.get(lower_fold(value))
        if channel:
            key, value = "preferred_contact_channel", channel
        if (key in _WHOLE and len(value) > 3) or values.usable(value, pack):
            found.append(Found(key, value, _CONFIDENCE.get(key, MEDIUM), match.start()))
    for pattern in pack.device:
        for match in pattern.finditer(text.folded):
            if value := _device(text.span(match, "v")):
                found.append(Found("device", value, HIGH, match.start()))
    if not any(item.key == "habit" for item in found):
        found += routines(text, pack)
    for pattern in pack.plan:
        if match := pattern.search(text.folded):
            value = values.cut(text.span(match, "v"), pack, max_words=4)
            if values.usable(value, pack):
                found.append(Found("plan", value, HIGH, match.start()))
                break
    else:
        found += named_plans(text, pack)
    return found


# --- A plan named beside the word for plan -------------------------------------------------------------

# Tier words that name a plan in lower case too ("tarifa simples", "gói bảo hiểm Vàng"), folded.
_TIER_WORDS = (
    r"gold|silver|platinum|premium|vip|basic|basico|basica|standard|estandar|family|familia|familiar|plus|pro|max|"
    r"oro|plata|bronce|ouro|prata|bronze|simples|simple|essencial|esencial|essentiel|illimitee|illimite|ilimitado|"
    r"ilimitada|unlimited|starter|business|empresarial|negocios|team|enterprise|vang|bac|kim cuong|bach kim|dong|"
    r"זהב|כסף|פלטינום|ברונזה|עסקי|פרימיום|בסיסי|משפחתי|בלתי מוגבלת|בלתי מוגבל|ללא הגבלה"
)
_BANDWIDTH = r"\d{2,4}\s?(?:mega|megas|mb|mbps|giga|gigas|gb|go|mo|ג'יגה|גיגה|מגה)\b"
_BANDWIDTH_RX = re.compile(_BANDWIDTH, re.IGNORECASE)


@functools.cache
def _plan_patterns(plan_words: tuple[str, ...], *, fillers: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(re.escape(word) for word in sorted(plan_words, key=len, reverse=True))
    # Not money or a card ("CHF 49", "Amex"), and not a code: a name starts with a capital letter.
    name = (
        r"(?!(?:CHF|EUR|USD|GBP|BRL|ILS|VND|Visa|Amex|Mastercard|PayPal|Facebook|Zalo|WhatsApp)\b)"
        r"[A-Z][\w&+-]{0,20}(?:\s[A-Z0-9][\w&+-]{0,20}){0,2}"
    )
    # Hebrew glues "in the" to the noun ("במסלול"); Vietnamese may put a word or two between ("gói bảo hiểm Vàng").
    after = re.compile(
        r"(?<![^\W\u05d5\u05d4\u05d1\u05dc\u05e9\u05de\u05db])(?P<noun>(?i:" + nouns + r"))"
        # "Abo ist Inland Plus", "den Tarif, den Optima Klassik", "לחבילה הבלתי מוגבלת".
        r",?\s(?:(?i:ist|is|es|e|est|der|den|die|das|the|el|la|le|o|a)\s)?(?:(?i:de|do|da|d')\s?|['\"“«]|ה)?"
        r"(?:(?P<v>(?i:"
        + _TIER_WORDS
        + r")(?!\w)|(?i:"
        + _BANDWIDTH
        + r"))|"
        + (r"(?:[a-z]{2,10}\s){0,2}" if fillers else "")
        + r"(?P<n>"
        + name
        + r"))"
    )
    # "on your Team plan", "im Tarif Starter" is above; "my Gold membership": a determiner of one's own first.
    before = re.compile(
        r"(?i:\b(?:my|our|your|on the|on a|on your|for the|to the|(?:have|had|got|hold|held) (?:the|a)|meinem|unserem|"
        r"meinen|unseren|i'?m an?|i am an?|we'?re|we are)\s)(?P<n>"
        + name
        + r")\s(?i:plan|tier|tarif|membership|subscription|package|autoship|bundle|deal|policy|cover|card|members?)\b"
        r"(?!\s(?i:page|pages|price|prices|pricing|details|website|site|section|benefits|features|option|offer)\b)"
    )
    return after, before


def named_plans(text: Text, pack: LanguagePack) -> list[Found]:
    """ "Tarif Mobil XL", "im Tarif Starter", "your Team plan", "abonnée Fibre Max", "plano de 500 mega", "במסלול
    'עסקי'": a plan named beside the language's word for plan, in a sentence about the customer (a word like
    "my", "I", "we") that asks nothing ("is the Premium plan cheaper?" is a question about a plan)."""
    if not pack.plan_words:
        return []
    # Vietnamese names the kind of plan between ("gói bảo hiểm Vàng"); German capitalises every noun ("Tarif").
    after, before = _plan_patterns(pack.plan_words, fillers=pack.code == "vi")
    noun_in_name = pack.code != "de"
    for sentence in sentence_spans(text.folded):
        chunk = sentence.group()
        lower = chunk.lower()
        for pattern in (after, before):
            match = pattern.search(chunk)
            if match is None or _asks(lower, match.start(), match.end()):
                continue
            group = "v" if pattern is after and match["v"] else "n"
            start = match.start(group)
            # "la Tarifa Noche", "La Fibre Up", "la Box Mensuelle": a capitalised noun is part of the name.
            if noun_in_name and pattern is after and match["noun"][:1].isupper() and match.start() > 0:
                start = match.start("noun")
            raw = text.original[sentence.start() + start : sentence.start() + match.end(group)]
            value = values.cut(raw, pack, max_words=5)
            folded = lower_fold(value)
            usable = values.usable(value, pack) and folded not in pack.not_values and folded not in pack.plan_words
            bandwidth = _BANDWIDTH_RX.fullmatch(value) is not None
            # "PE0400123456", "DH-2291847": a code, not a plan's name.
            code = sum(char.isdigit() for char in value) >= 4
            if usable and (bandwidth or not (value[:1].isdigit() or code or known_place(value))):
                return [Found("plan", value, MEDIUM, sentence.start() + match.start())]
    return []


# --- The plan the agent names and the customer confirms --------------------------------------------------

_ASKED = re.compile(r"[^.!?\n]{1,300}\?")
# A question that reads the customer's plan back ends with a tag: "…, richtig?", "…, c'est bien ça ?", "…, đúng không
# ạ?", "…, נכון?" — or checks what is known: "Vous avez bien l'offre …?" (folded). "Kennen Sie schon den Tarif …?"
# offers one.
_TAG = re.compile(
    r"[,\s](?:richtig|oder|stimmt(?:'s| das| es)?|korrekt|nicht wahr|gell|c'est bien ca|c'est ca|c'est correct|"
    r"correct|n'est-ce pas|right|is that right|is that correct|verdad|cierto|correcto|certo|correto|ne|"
    r"(?:dung|phai) (?:khong|ko|k)(?: a| ha| nhi| nhe)?|נכון|כן)\s?\?$|"
    r"\b(?:vous avez bien|vous etes bien|avez-vous bien|etes-vous bien|sie haben noch|haben sie noch|sie sind noch|"
    r"sind sie noch|you still have|you're still on|you are still on|are you (?:still )?on (?:our|your|the)|"
    r"sigue (?:usted )?con|sigues con|sigue en el plan|continua (?:com|no|na)|ainda (?:esta|tem) (?:o|a|no|na))\b"
)
# A card named in the agent's question ("Vous avez votre carte Vitale ?", "thẻ" folds to "the") is no plan.
_CARDS = frozenset(words("card|carte|karte|tarjeta|cartao|the|כרטיס"))


def confirmed_plan(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "Sie haben den Tarif Mobil S, richtig?" – "Ja, Mobil S.", "Dạ Hân đang dùng gói Standard, đúng không ạ?" — "dạ
    đúng r": the plan the agent names in a short question, when the customer's next message opens with a yes (alone
    in its clause) and corrects nothing: (plan, message id)."""
    if not pack.plan_words:
        return "", ""
    after, before = _plan_patterns(pack.plan_words, fillers=pack.code == "vi")
    correction = keywords(pack.correction)
    for previous, line in answers(lines):
        # A short question of the agent's, not a letter.
        if len(previous.content) > 300:
            continue
        reply = lower_fold(line.content.strip())
        clause = re.split(r"[.!?\n,;:]", reply, maxsplit=1)[0]
        if not opens_with_yes(reply, pack.yes_words) or len(clause.split()) > 4 or correction.found_in(reply):
            continue
        for asked in _ASKED.findall(previous.content)[-1:]:
            question = Text(asked)
            if not _TAG.search(question.lower):
                continue
            for pattern in (after, before):
                match = pattern.search(question.folded)
                if match is None or (pattern is after and lower_fold(match["noun"]) in _CARDS):
                    continue
                group = "v" if pattern is after and match["v"] else "n"
                value = values.cut(question.span(match, group), pack, max_words=5)
                folded = lower_fold(value)
                code = sum(char.isdigit() for char in value) >= 4
                if values.usable(value, pack) and folded not in pack.plan_words and not code and not known_place(value):
                    return value, line.message_id
            # "You're on Unlimited Plus, is that right?" – "yep unlimited plus": a name the agent says they are on,
            # without the word "plan", when the yes repeats it.
            if (named := _ON_A_NAME.search(question.original)) and lower_fold(named["v"]) in clause:
                value = named["v"]
                if values.usable(value, pack) and not known_place(value) and sum(c.isdigit() for c in value) < 4:
                    return value, line.message_id
    return "", ""


_ON_A_NAME = re.compile(
    r"\b(?i:you're|you are|youre) (?i:still )?on (?:the |our |your )?(?P<v>[A-Z][\w+-]{1,20}(?: [A-Z0-9][\w+-]{0,20}){0,3})"
    r"(?=,|\s(?i:is that|right|correct|plan|tariff|package|bundle))"
)


# Asking about a plan is not having it ("Ich habe nach dem Tarif XL gefragt"), in every language, folded.
_ASKING = Keywords(
    words(
        "asked|asking|wondering|interested|considering|thinking about|want to know|how much|gefragt|fragen|frage|"
        "interessiere|uberlege|pregunte|preguntar|me interesa|cuanto cuesta|quisiera saber|perguntei|perguntar|"
        "me interessa|quanto custa|queria saber|demande|demander|interesse|combien coute|savoir|muon biet|"
        "bao nhieu|שאלתי|מתעניין|מתעניינת|כמה עולה|רוצה לדעת|שוקל|שוקלת"
    )
)


def _asks(lower: str, start: int, end: int) -> bool:
    """The clause around start..end asks about the plan ("is the Premium plan cheaper?", "I asked about Tarif XL")
    rather than saying they have it; a question later in the sentence, after a comma, is about something else."""
    return asked_at(lower, end) or _ASKING.found_in(_clause(lower, start, end))


def _clause(lower: str, start: int, end: int) -> str:
    """The comma-delimited part of the sentence around start..end."""
    return lower[lower.rfind(",", 0, start) + 1 : (lower.find(",", end) + 1 or len(lower) + 1) - 1]


def _device(raw: str) -> str:
    """The brand and model, not the rest of the sentence ("iPhone 13 Pro keeps crashing" -> "iPhone 13 Pro")."""
    tokens = raw.split()
    kept = tokens[:1]
    for index, token in enumerate(tokens[1:4], start=1):
        # "oppo reno 8", "galaxy note 20": a series name typed in lower case, then its number.
        following = tokens[index + 1].strip(",.") if index + 1 < len(tokens) else ""
        series = token.isalpha() and token.islower() and len(token) <= 8 and following.isdigit() and len(following) <= 3
        if not (_MODEL_TOKEN.match(token.strip(",.")) or series):
            break
        kept.append(token.strip(",."))
    return " ".join(kept).strip(" ,.")


# --- The device named in answer to "which phone do you have?" ----------------------------------------------

# The agent asking which device or model, in every language (folded).
_ASKS_DEVICE = re.compile(
    r"\b(?:what|which) (?:phone|device|model|router|modem|laptop|computer|tablet|tv|make|handset|console)\b|"
    r"\bwhat (?:are you using|do you use)\b|\bmodel (?:is it|number)\b|"
    r"\bque (?:telefono|movil|celular|dispositivo|modelo|router|ordenador|portatil|equipo)\b|"
    r"\bcual es (?:el|tu|su) (?:modelo|telefono|movil|celular|router)\b|"
    r"\bqual (?:e )?(?:o )?(?:celular|telefone|telemovel|aparelho|modelo|modem|roteador|router|dispositivo)\b|"
    r"\bque (?:aparelho|modelo|telemovel|telefone|smartphone)\b|\bquel(?:le)? (?:telephone|appareil|modele|portable|ordinateur|box|routeur|"
    r"tablette|marque|console)\b|\bwelche[sn]? (?:handy|smartphone|gerat|modell|telefon|router|laptop|marke|box|"
    r"konsole)\b|\b(?:dien thoai|may|dong may|thiet bi|laptop|router|modem|tivi)(?: (?:nha|cua) (?:anh|chi|em|ban|"
    r"minh|co|chu|bac))? (?:gi|nao|loai gi|loai nao|hieu gi|hieu nao|hang nao|cua hang nao)\b|\bdung (?:may|dien thoai|dong) (?:gi|nao)\b|"
    r"איזה (?:טלפון|מכשיר|דגם|נתב|מחשב|ראוטר|מודם)|מה (?:הדגם|המכשיר|סוג הטלפון|סוג המכשיר)"
)
# What people put before the name of the thing: "It's a", "C'est la", "Ein", "Dạ em dùng", "יש לי".
_DEVICE_LEAD = re.compile(
    r"^(?:(?:it'?s|it is|i have|i've got|i got|i use|i'm on|es|tengo|uso|e|tenho|uso|c'est|j'ai|ich habe|das ist|"
    r"es ist|da|em dung|chi dung|anh dung|toi dung|minh dung|dung|יש לי|זה)\s)?"
    r"(?:(?:a|an|the|un|una|el|la|um|uma|o|une|le|ein|eine|einen|der|die|das|cai|chiec|con)\s)?",
)
_DEVICE_WORD = re.compile(r"[\w+-]{1,20}")
# A yes alone opening the answer, folded ("Có", "Yes", "Dạ").
_YES_ALONE = frozenset(words("yes|yeah|yep|si|sim|oui|ja|co|da|vang|u|uh|ok|כן"))


def answered_device(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "Oppo Reno 8.", "אייפון 14.", "C'est la Box 4 grise.": the customer's answer right after the agent asked
    which phone, device or model, when it names one (a capital letter or a model number in the first words):
    (the device, its message id)."""
    for _asked, line in answers(lines, _ASKS_DEVICE):
        answer = line.content.strip()
        # "Pixel 6a. No wait, Pixel 7a": the corrected name.
        if corrections := list(keywords(pack.correction).pattern.finditer(lower_fold(answer))):
            answer = answer[corrections[-1].end() :].lstrip(" ,:;-")
        # "The black one. Hub 6, it says on the bottom.": the second part when the first names nothing.
        parts = [part.strip() for part in re.split(r"[.!?\n,;]", answer, maxsplit=2)[:2]]
        for index_, first in enumerate(parts):
            if value := _named_device(first, pack, script_names=index_ == 0):
                return value, line.message_id
    return "", ""


# Phone makers people type in lowercase before the model ("samsung galaxy a54", "tecno spark 10").
_PHONE_MAKERS = frozenset(
    words(
        "samsung|iphone|apple|google|pixel|huawei|xiaomi|redmi|oppo|motorola|moto|nokia|tecno|infinix|itel|realme|oneplus|honor"
    )
)


def _named_device(first: str, pack: LanguagePack, *, script_names: bool = True) -> str:
    """The device named at the start of `first`; a word in a script without capitals (Hebrew) names one only
    when `script_names` (the answer's first part)."""
    lead = _DEVICE_LEAD.match(lower_fold(first))
    tokens = first[lead.end() if lead else 0 :].split()[:4]
    kept: list[str] = []
    for token in tokens:
        word = lower_fold(token)
        if kept and (word in pack.clause_words or not _DEVICE_WORD.fullmatch(token)):
            break
        kept.append(token)
    value = " ".join(kept)
    # A name is a brand then a model ("iphone 13", "Galaxy S23"): two or more plain lowercase words before the
    # first capital or number are a sentence ("dang xai goi ST90"), not a device.
    plain = 0
    for token in kept:
        if not token[:1].islower() or any(c.isdigit() for c in token):
            break
        plain += 1
    # "samsung galaxy a54 got it last yr": a phone maker typed in lowercase, then its model up to the number.
    if (
        plain
        and lower_fold(kept[0]) in _PHONE_MAKERS
        and (model := next((i for i in range(len(kept)) if any(c.isdigit() for c in kept[i])), -1)) > 0
    ):
        kept = kept[: model + 1]
        value = " ".join(kept)
    elif plain >= 2 and plain < len(kept):
        return ""
    if lower_fold(value) in _YES_ALONE:
        return ""  # "Có, mới lắp điều hòa Daikin": the yes is no device
    named = any(
        t[:1].isupper() or any(c.isdigit() for c in t) or (script_names and "\u05d0" <= t[:1] <= "\u05ea") for t in kept
    )
    return value if value and named and values.usable(value, pack) and not known_place(value) else ""


# --- Routines said with how often ------------------------------------------------------------------------

# A clause that complains or reports a fault is not a routine ("it drops every evening", "I call every day").
_NOT_A_ROUTINE = Keywords(
    words(
        "call|called|calling|phone|phoned|ring|write|writing|wrote|try|tried|trying|contact|charged|charge|drops|"
        "crashes|fails|happens|keeps|still|again|llamo|llame|escribo|intento|cobran|falla|se cae|pasa|ligo|liguei|"
        "tento|cobram|cai|acontece|appelle|ecris|essaie|tombe|plante|arrive|rufe|schreibe|versuche|fallt|passiert|"
        "goi|nhan tin|loi|rot|mat song|מתקשר|מתקשרת|כותב|כותבת|נופל|קורה|check|checked|checking|deconnecte|coupe|"
        "se coupe|bug|verifie|verifica|prufe|nicht|kein|keine|null bock|נגמר|נגמרת|לא עובד|hago guardias|guardias|"
        "saute|sautent|ausfallt|bricht ab"
    )
)
_CLAUSE = re.compile(r"[^.!?\n,;:]{3,160}")


def routines(text: Text, pack: LanguagePack) -> list[Found]:
    """ "pido casi todos los viernes", "Je stream sur Twitch tous les soirs", "אני מזמין כמעט כל ערב": a clause
    about the customer that says how often they do something, and is no fault report or complaint."""
    if not pack.frequency_words:
        return []
    often, me = keywords(pack.frequency_words), keywords(pack.self_words)
    for clause in _CLAUSE.finditer(text.lower):
        lower = clause.group()
        when = often.pattern.search(lower)
        if when is None or _NOT_A_ROUTINE.found_in(lower) or mood.keywords(pack).problem.found_in(lower):
            continue  # a fault or a complaint: "se cae todas las noches", "jeden Tag Probleme"
        relative = identity.relatives(pack).pattern.search(lower)
        if relative is not None and relative.start() < when.start():
            continue  # someone else's routine: "mon mari gère la box d'habitude"
        if not me.found_in(lower) and not _first_person_verb(lower, pack):
            continue
        value = text.original[clause.start() : clause.end()].strip(" -–—")
        if 2 <= len(value.split()) <= 16:
            return [Found("habit", value, MEDIUM, clause.start())]
    return []


def _first_person_verb(lower: str, pack: LanguagePack) -> bool:
    """Spanish and Portuguese drop the pronoun: "pido", "peço", "corro" (a verb in -o first in the clause)."""
    first = lower.split()[:2]
    return pack.code in ("es", "pt") and any(word.endswith("o") and len(word) > 3 for word in first)


# --- The plan named in answer to "which package are you on?" -----------------------------------------------

# The agent asking which plan, package or tier the customer has (folded).
_ASKS_PLAN = re.compile(
    r"\b(?:(?:what|which) (?:plan|package|tariff|tier|bundle|subscription|policy|membership|cover|level of cover)\b|"
    r"(?:plan|package|tariff|tier|bundle|cover) (?:are|were) you on\b|"
    r"(?:que|cual|cual es (?:el|su|tu)) (?:tipo de )?(?:plan|paquete|tarifa|poliza|suscripcion|pase|cobertura|"
    r"modalidad|membresia)\b|"
    r"(?:qual|que) (?:e )?(?:o |a )?(?:seu |sua |teu |tua )?(?:tipo de )?(?:plano|pacote|tarifario|assinatura|passe|"
    r"cobertura|modalidade)\b|"
    # A plan named in a yes-or-no question: "Tem o pacote Fibra 50?" – "Não, o Fibra 100."
    r"(?:tem|tiene|tienes|have you got|are you on|do you have|esta no|estas en|esta en) (?:o |el |the |a )?"
    r"(?:plano|pacote|paquete|plan|package|tarifa|tariff) [^?\n]{1,30}\?|"
    r"(?:goi|goi cuoc|hang|hang the|hang thanh vien) (?:nao|gi)\b)"
)
# What people put before the plan's name: "I'm on", "It's the", "Tengo el", "É o".
_PLAN_LEAD = re.compile(
    r"^(?:(?:i'?m on|we'?re on|i have|i've got|it'?s|it is|tengo|es|estoy en|tenho|e|estou no|uso)\s)?"
    r"(?:(?:the|a|el|la|un|o|um)\s)?(?:(?:plan|package|plano|pacote|tarifa|paquete|goi|hang)\s(?:de\s)?)?"
)


_PLAN_JOINS = frozenset(("&", "+", "and", "y", "e"))
# "No, the Fibre 100.", "Não, o Fibra 100.": the plan said after the no to the one the agent named.
_NO_THEN = re.compile(r"^(?i:no|nope|nao|não)[,.!]\s{1,3}")


def answered_plan(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "Fibre 500 I think.", "El Básico.", "É o Controle 20 giga.": the customer's answer right after the agent
    asked which plan or package they are on, when it opens with a name (capitalised words or a number):
    (the plan, its message id)."""
    for _asked, line in answers(lines, _ASKS_PLAN):
        first = re.split(r"[.!?\n,;]", _NO_THEN.sub("", line.content.strip()), maxsplit=1)[0].strip()
        lead = _PLAN_LEAD.match(lower_fold(first))
        kept: list[str] = []
        tokens = first[lead.end() if lead else 0 :].split()[:5]
        for index, token in enumerate(tokens):
            word = lower_fold(token)
            named = (token[:1].isupper() and token != "I") or token[:1].isdigit()
            # "Accident & Illness Plus": a joining word between two named words.
            joined = kept and word in _PLAN_JOINS and tokens[index + 1 : index + 2] and tokens[index + 1][:1].isupper()
            if not joined and (not named or word in pack.clause_words or word in pack.not_values):
                break
            kept.append(token)
        value = " ".join(kept)
        if value and values.usable(value, pack) and not known_place(value) and sum(c.isdigit() for c in value) < 5:
            return value, line.message_id
    return "", ""

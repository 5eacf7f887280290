"""Standing instructions: how the customer wants to be helped (pace, length, confirmation, channel,
hours, language, tone), plus accessibility needs, which say the same thing from the other side."""

from __future__ import annotations

import re

from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.found import HIGH, Found
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import Text, answers, keywords, lower_fold


def facts(text: Text, pack: LanguagePack) -> list[Found]:
    found: list[Found] = []
    for instruction in pack.instructions:
        if instruction.fallback and any(item.key == instruction.key for item in found):
            continue
        match = instruction.pattern.search(text.folded)
        if match is None:
            continue
        value = instruction.value
        named = next(
            (g for g in ("v", "v2", "v3", "v4", "v5") if g in instruction.pattern.groupindex and match[g]), None
        )
        if instruction.key == "preferred_language" and named:
            value = pack.languages.get(lower_fold(match[named]), text.span(match, named).capitalize())
        elif instruction.key == "tone_preference" and named:
            word = lower_fold(match[named])
            value = {"informal": "informal", "casual": "informal", "friendly": "informal"}.get(word, word)
        elif instruction.key == "tone_preference" and not value:
            value = "formal"
        elif instruction.key == "preferred_contact_channel" and not value:
            value = _first_channel(text.lower[match.start() : match.end()], pack) or text.span(match, 0).strip(" ,.;")
        elif not value:
            # A `keep` group says which part to keep ("pago à entrega, em dinheiro": not the delivery).
            keep = "keep" in instruction.pattern.groupindex and match["keep"] is not None
            value = text.span(match, "keep" if keep else 0).strip(" ,.;")
            value = value[:1].upper() + value[1:]
        found.append(Found(instruction.key, value[: values.VALUE_MAX], HIGH, match.start()))
    if not any(item.key == "contact_hours" for item in found):
        found += asked_call_times(text, pack)
    for pattern in pack.accessibility:
        for match in pattern.finditer(text.folded):
            if _someone_else(text.folded, match.start(), pack):
                continue
            value = text.span(match, "v" if "v" in pattern.groupindex else 0).strip(" ,.;")
            found.append(Found("accessibility", value[:1].upper() + value[1:], HIGH, match.start()))
    return found


_SENTENCE_END = re.compile(r"[.!?;\n]")


def _someone_else(folded: str, start: int, pack: LanguagePack) -> bool:
    """The sentence before an accessibility word names someone else as its subject (a pet, a relative)."""
    if pack.accessibility_others is None:
        return False
    before = folded[max(0, start - 80) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return pack.accessibility_others.search(before[ends[-1] if ends else 0 :]) is not None


def _first_channel(lower: str, pack: LanguagePack) -> str:
    """The channel the customer asks for: the first one they name ("email me, don't call" -> email)."""
    named = []
    for word, channel in pack.channels.items():
        at = lower.find(word)
        if at < 0 or (at > 0 and lower[at - 1].isalnum()):
            continue
        end = at + len(word)
        whole = end == len(lower) or not lower[end].isalnum()
        negated = _CHANNEL_REFUSED.search(lower[max(0, at - 20) : at]) is not None
        named.append((negated, not whole, at, -len(word), end, channel))
    if not named:
        return ""
    # One not refused first ("nie telefonisch, nur per Mail": the mail), then a whole word first ("appelez-moi sur mon GSM": "gsm" before the start of "appel" in "appelez"), then the
    # first named, then the longest ("courrier électronique", email, before "courrier", post, at the same place).
    named.sort()
    _, _, _, _, end, best = named[0]
    # "nhắn tin Zalo", "הודעה בוואטסאפ": a message on the app named right after the word for a message.
    app = next((item for item in named[1:] if item[2] >= end and item[5] not in {"SMS", "phone"}), None)
    if best == "SMS" and app is not None and len(lower[end : app[2]].split()) <= 1:
        best = app[5]
    return best


# A channel refused right before it is named ("nie telefonisch", "pas par SMS", "not by phone").
_CHANNEL_REFUSED = re.compile(
    r"\b(?:nie|niemals|nicht|kein|keine|keinen|pas|jamais|not|never|no|nunca|nao)\s(?:(?:per|uber|via|par|au|by|"
    r"per|on|por|pelo|pela)\s)?(?:(?:le|la|l'|the|el|o|a|dem|die)\s?)?$"
)


_SENTENCE = re.compile(r"[^.!?\n]{3,240}")


def asked_call_times(text: Text, pack: LanguagePack) -> list[Found]:
    """ "Und ruft mich bitte nur abends nach 19 Uhr an", "que sea por la mañanita, antes del mediodía", "אם אתם
    מתקשרים — רק בבקרים": a sentence that asks (a request word) when to call (a call word and a time word),
    not a question and not a report of calls made."""
    if not (pack.call_words and pack.time_words and pack.request_words):
        return []
    calls, times, asks = keywords(pack.call_words), keywords(pack.time_words), keywords(pack.request_words)
    for sentence in _SENTENCE.finditer(text.lower):
        lower = sentence.group()
        if "?" in lower or not (calls.found_in(lower) and times.found_in(lower) and asks.found_in(lower)):
            continue
        # A long sentence: the clause that says it ("moro em Campinas, …, então só me respondam pelo whats e de
        # preferência de manhã").
        spans = [(sentence.start(), sentence.end())]
        if len(lower.split()) > 20:
            # One to three clauses in a row: "Y si me van a llamar, que sea por la mañanita, antes del mediodía".
            clauses = [(sentence.start() + m.start(), sentence.start() + m.end()) for m in _CLAUSE.finditer(lower)]
            spans = [
                (clauses[i][0], clauses[i + size - 1][1])
                for i in range(len(clauses))
                for size in (3, 2, 1)
                if i + size <= len(clauses)
            ]
        for start, end in spans:
            clause = text.lower[start:end]
            if len(spans) > 1 and not (calls.found_in(clause) and times.found_in(clause) and asks.found_in(clause)):
                continue
            value = text.original[start:end].strip(" ,;:-–—")
            if 3 <= len(value.split()) <= 20:
                return [Found("contact_hours", value[:1].upper() + value[1:], HIGH, start)]
    return []


_CLAUSE = re.compile(r"[^,;]{3,240}")


# --- The channel named in answer to "by phone or by e-mail?" ---------------------------------------------

_CHANNEL_WORD = (
    r"(?:e-?mails?|phone(?: calls?)?|calls?|texts?|sms|whatsapp|viber|telegram|signal|correo|llamadas?|telefono|"
    r"mensajes?|ligac(?:ao|oes)|chamadas?|telefone|telemovel|mensage(?:m|ns)|letters?|post|cartas?)"
)
# The agent asking how the customer wants to be reached (folded): two channels offered ("by call or WhatsApp?",
# "¿por llamada o por WhatsApp?", "e-mail ou SMS?") or the best way to reach them.
_ASKS_CHANNEL = re.compile(
    r"\b"
    + _CHANNEL_WORD
    + r"\b[^?.!\n]{0,16}?\s(?:or|o|ou)\s(?:by\s|via\s|on\s|por\s|pelo\s|pela\s|an?\s|un\s|uma?\s)?"
    + _CHANNEL_WORD
    + r"\b[^.!\n]{0,40}\?|"
    r"\b(?:best way to (?:(?:reach|contact|get hold of|update) you|keep you (?:updated|posted|informed))|how (?:would|do) you (?:like|prefer) (?:us )?to "
    r"(?:contact|reach) you|(?:el )?mejor (?:medio|forma|manera|via) de contact(?:o|arl[oae])|"
    r"(?:o )?melhor (?:contacto|contato|forma de contact[oa]r?|meio de contact[oa])|como prefere (?:ser contactad|ser "
    r"contatad|que (?:o|a|te) contact)|"
    # "How should we contact you?", "¿Cómo preferís que te avisemos?", "¿Por dónde le mandamos el borrador?",
    # "Posso te avisar por ligação?": how to reach them, asked.
    r"how (?:would|do|should|shall|can) (?:you (?:like|prefer|want) (?:us )?to|we|i) (?:contact|reach|notify|update|"
    r"confirm(?: with)?|get (?:back )?to|send (?:it|this|them) to) you|como (?:prefier[ea]s?|preferis|quier[ea]s?|"
    r"queres) que (?:le|te|lo|la|les|o|a|lhe|os|as) (?:avisemos|confirmemos|contactemos|contatemos|notifiquemos|"
    r"escribamos|llamemos|enviemos|mandemos|informemos|liguemos)|por donde (?:le|te|les|lo|la) (?:mandamos|enviamos|"
    r"avisamos|contactamos|escribimos|confirmamos|hacemos llegar)|por onde (?:o|a|te|lhe) (?:avisamos|contactamos|"
    r"contatamos|enviamos|mandamos)|(?:posso|podemos) (?:te |lhe |o |a )?(?:avisar|contactar|contatar|ligar|"
    r"mandar|enviar)[^?.!\n]{0,20}? (?:por|pelo|pela|via) "
    + _CHANNEL_WORD
    # "Would you like updates by SMS?", "¿Quiere los avisos por WhatsApp?", "Quer receber os lembretes por SMS?"
    + r"|(?:would you like|do you want|shall we send|should we send|want|quiere|quieres|prefiere|prefieres|quer|"
    r"prefere) (?:to (?:get|receive) |recibir |receber )?(?:the |your |los |las |sus |tus |os |as |seus |suas )?"
    r"(?:updates?|notifications?|reminders?|confirmations?|alerts?|avisos?|actualizaciones|notificaciones|"
    r"recordatorios|confirmaciones|atualizacoes|notificacoes|lembretes|alertas) (?:by|via|on|over|por|pelo|pela) "
    + _CHANNEL_WORD
    + r")"
    + r"|"
    # "On vous appelle ou on vous écrit ?", "On vous joint comment ?", "Wie dürfen wir Sie erreichen?".
    r"\bon vous (?:appelle|telephone|ecrit)\b[^?.!\n]{0,16}\sou\s(?:on vous\s)?(?:appelle|telephone|ecrit|envoie)"
    r"\b[^.!\n]{0,30}\?|\b(?:on vous joint comment|comment (?:on vous joint|vous joindre|peut-on vous joindre|"
    r"pouvons-nous vous joindre|souhaitez-vous etre (?:contacte|joint|informe)e?)|par quel (?:moyen|canal))\b|"
    r"\bwie (?:durfen|konnen|sollen) wir sie (?:am besten\s)?(?:erreichen|kontaktieren|informieren|benachrichtigen)\b|"
    r"\bwie mochten sie (?:am liebsten\s)?(?:kontaktiert|informiert|benachrichtigt|erreicht) werden\b"
)
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|nao|nunca|never|don'?t|ni)\s(?:\w+\s)?$")
# Portuguese "no" is "in the" ("manda msg no zap").
_NEGATED_BEFORE_PT = re.compile(r"\b(?:not|nao|nunca|never|don'?t|nem)\s(?:\w+\s)?$")


def answered_channel(lines: list, packs: tuple[LanguagePack, ...]) -> tuple[str, str]:
    """ "WhatsApp nomás.", "Email, please.", "então mandem e-mail, não adianta ligar": the customer's reply
    right after the agent asked how to reach them, when it names a channel (the first one not said with "no"):
    (the channel, its message id)."""
    negated = _NEGATED_BEFORE_PT if packs and packs[0].code == "pt" else _NEGATED_BEFORE
    for _asked, line in answers(lines, _ASKS_CHANNEL):
        lower = lower_fold(line.content)[:300]
        best, best_at = "", len(lower) + 1
        for pack in packs:
            for word, channel in pack.channels.items():
                at = lower.find(word)
                while at >= 0 and ((at and lower[at - 1].isalnum()) or negated.search(lower[max(0, at - 20) : at])):
                    at = lower.find(word, at + 1)
                if 0 <= at < best_at:
                    best, best_at = channel, at
        if best:
            return best, line.message_id
    return "", ""

"""Where the customer lives, from what they tell the agent: the address the agent reads back and they confirm,
the town in their answer to "where do you live?" or "are you still in …?", and the town of a postal address they
give as theirs. identity.py reads where they live from what they say of themselves ("I live in Leeds")."""

from __future__ import annotations

import re

from customer_memory.extraction.places import known_place
from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.identity import HEBREW_LETTER, city_at, place_cues, relatives, without_yes
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import (
    Keywords,
    Text,
    answers,
    keywords,
    opens_with_yes,
    words,
)

# --- The address the agent reads back and the customer confirms ------------------------------------------

_STREET_END = re.compile(r"(?:stra(?:ss|ß)e|str\.|gasse|weg|platz|allee|ring|damm|ufer|chaussee)\b", re.IGNORECASE)
# A yes that says no after all ("Dạ không ạ", "Sí, no, ya no"), folded.
_NO = Keywords(words("no|non|nein|nao|not|khong|ko|chua|sai|hong|לא"))
_ADDRESS_LEAD = re.compile(r"(?:dia chi|nha|so nha)\s")
_QUESTION = re.compile(r"[^.!?\n]{1,300}\?")
_PLACE_WORDS = re.compile(r"[A-Z][\w'’.-]{1,40}+(?: [A-Z][\w'’-]{1,30}+)?")


def confirmed_address(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "Und Ihre Adresse ist noch in Wien-Döbling, Billrothstraße?" – "Ja, passt.": the place in the agent's
    question about the address, when the customer's next message opens with a short yes and says nothing of a
    move or a correction: (the place, the reply's message id). The place follows a preposition of the pack and is
    a city we know (or holds one: "Leipzig-Connewitz"), or the question also names a street ("an die
    Birmensdorferstrasse 201 in Wiedikon?"). Asked whether they moved ("Sind Sie umgezogen?"), a yes that names
    where to ("Ja, von Kassel nach Göttingen") gives the town they moved to."""
    if not (pack.address_words and pack.yes_words and pack.place_preps):
        return "", ""
    asks = keywords(pack.address_words)
    other = keywords(pack.moved_words + pack.correction + pack.trip_words)
    _lives, moved, _trips, at, to = place_cues(pack)
    for previous, line in answers(lines):
        questions = _QUESTION.findall(previous.content)
        content = line.content.strip()
        reply = values.lower_fold(content)
        first = re.split(r"[.!?\n]", reply, maxsplit=1)[0]
        if not questions or not opens_with_yes(first, pack.yes_words):
            continue
        question = questions[-1]
        # "Sind Sie umgezogen?" – "Ja, von Kassel nach Göttingen.": the town they moved to.
        trip = keywords(pack.trip_words).found_in(reply)
        if moved.found_in(values.lower_fold(question)) and not trip and len(first.split()) <= 10:
            towns = [town for prep in to.finditer(first) if (town := city_at(content, prep.end()))]
            if towns:
                return towns[0], line.message_id
        street = _STREET_END.search(question) is not None or any(values.is_street(w) for w in question.split())
        # "Ja, passt.", "ouais, résidence Crous à Lille": a yes, alone in its clause, and no move or correction.
        clause = re.split(r"[,;:]", first, maxsplit=1)[0]
        if (
            not (asks.found_in(values.lower_fold(question)) or street)
            or len(clause.split()) > 4
            or other.found_in(reply)
            or _NO.found_in(clause)
        ):
            continue
        for preposition in at.finditer(values.lower_fold(question)):
            # "vẫn ở địa chỉ Lê Chân": the word for address before the place.
            lead = _ADDRESS_LEAD.match(values.lower_fold(question), preposition.end())
            words_ = _PLACE_WORDS.match(question, lead.end() if lead else preposition.end())
            if words_ is None:
                continue
            place = words_.group().rstrip(".")
            head = values.lower_fold(place.split()[0])
            if _STREET_END.search(place) or values.is_street(head) or head in pack.not_values:
                continue
            if known_place(place) or any(known_place(part) for part in place.split("-")) or street:
                return place, line.message_id
            # "ở địa chỉ Lê Chân, Hải Phòng": a district, then the city we know.
            town = _PLACE_WORDS.match(question, words_.end() + 2) if question[words_.end() :].startswith(", ") else None
            if town is not None and known_place(town.group().rstrip(".")):
                return f"{place}, {town.group().rstrip('.')}", line.message_id
    return "", ""


# The agent asking where the customer lives or their address (folded): the answer names the town.
_ASKS_WHERE = re.compile(
    r"\b(?:where do you live|which (?:city|town)|what city|your (?:home )?address|"
    r"(?:which|what) (?:estate|suburb|area|neighbou?rhood|district|part of (?:town|the city))\b[^?]{0,40}\?|"
    r"en (?:que|cual) (?:ciudad|distrito|barrio|colonia|comuna|municipio|localidad|zona|sector|reparto) (?:vive|vives|"
    r"reside|resides|esta|estas|queda)|donde (?:vive|vives|reside|resides)\b|"
    r"em que (?:cidade|bairro|concelho|municipio|freguesia|zona) (?:mora|vive|reside|esta|fica)|onde (?:mora|vive|"
    r"reside)\b|"
    r"(?:o|song o|nha o|nha) (?:dau|quan nao|"
    r"huyen nao|tinh nao|thanh pho nao|phuong nao|khu nao)\b|dia chi (?:nha|cua)|באיזו עיר|איפה (?:את|אתה|אתם) "
    r"(?:גר|גרה|גרים)|באיזה (?:יישוב|אזור|שכונה)|מה הכתובת|הכתובת (?:שלך|של)|(?:ל|ב)?איזו כתובת|(?:ל|ב)?איזה כתובת)"
    # Asked whether they still live there: "את עדיין גרה ברמת גן?", "Anh vẫn ở Quận 3 đúng không ạ?".
    r"|(?:את|אתה|אתם|אתן) (?:עדיין |עוד |עכשיו )?(?:גר|גרה|גרים|גרות) ב|"
    # The address read back: "הכרטיס יגיע לכתובת בבאר שבע, נכון?"
    r"(?:ל|ב|ה)כתובת (?:שלך |שלכם )?ב[^?.]{1,40}(?:נכון|כן)\?|"
    r"\b(?:van|con|hien) (?:dang )?o (?:[^?.]{1,40}) (?:dung khong|phai khong|khong)\b|"
    # "Chị chuyển về đâu ạ?": where they moved to.
    r"\bchuyen (?:nha )?(?:ve|den|toi|sang|qua|ra|vao|len) (?:dau|quan nao|tinh nao|thanh pho nao|phuong nao)\b"
)
# What comes before the town in an answer: "quận Bình Thạnh", "thành phố Huế".
_ADMIN_WORDS = re.compile(r"^(?:(?i:quận|quan|huyện|huyen|thành phố|thanh pho|tp\.?|tỉnh|tinh|phường|phuong)\s)")


# "vẫn Quận 3", "vẫn ở Cầu Giấy", "về Dĩ An": "still" or "to" before the place.
_STILL = re.compile(r"^(?:(?i:vẫn|van)\s(?:(?i:ở|o)\s)?|(?i:về|ve|ra|vào|vao|lên|len)\s)")
_NUMBERED_DISTRICT = re.compile(r"(?i:quận|quan)\s\d{1,2}(?!\w)")


def answered_place(lines: list) -> tuple[str, str]:
    """ "Bình Thạnh em.", "רחוב הרצל 15, רחובות.": the town we know in a short answer right after the agent asked
    where the customer lives or for their address: (the town, its message id). A district named before the town
    stays with it: "Kilimani, Nairobi.", "Wanchaq, aquí en Cusco."."""
    for _asked, line in answers(lines, _ASKS_WHERE):
        answer = without_yes(line.content.strip())
        first = re.split(r"(?<=[.!?\n])\s", answer, maxsplit=1)[0]
        if len(first.split()) > 12 or "?" in first:
            continue
        districts: list[str] = []
        for part in re.split(r"[,;\n]", first.rstrip(".!"))[:3]:
            # "Quận 3, gần chợ Bàn Cờ.": a district named by its number.
            part = _STILL.sub("", part.strip())
            if numbered := _NUMBERED_DISTRICT.match(part):
                return numbered.group(), line.message_id
            part = _ADMIN_WORDS.sub("", _HERE_IN.sub("", part.strip()))
            for start in (0, 1) if HEBREW_LETTER.match(part[:1]) and part[:1] in "בל" else (0,):
                if city := city_at(part, start):
                    return ", ".join([*districts[-1:], city]), line.message_id
            if _DISTRICT.fullmatch(part):
                districts.append(part)
            else:
                districts = []
    return "", ""


# "aquí en Cusco", "here in Leeds", "aqui em Salvador": the town after a word for here.
_HERE_IN = re.compile(r"^(?i:(?:aqui|aquí|aca|acá|here|right here|ali|alli|allí)\s(?:mismo\s)?(?:in|en|em|na|no)\s)")
# A district said before its town: one to three capitalised words.
_DISTRICT = re.compile(r"[A-Z][\w'’-]{2,30}(?: (?:de |del |da |do |la )?[A-Z][\w'’-]{1,30}){0,2}")


# --- The town of a postal address --------------------------------------------------------------------------

# Words that make a street ("14 Cardigan Road", "Rua da Aurora 1020", "Pasaje Los Aromos 2234"), folded.
_ADDRESS_STREET = frozenset(
    words(
        "rua|rue|calle|avenida|av|avda|avenue|ave|street|st|road|rd|lane|ln|drive|dr|way|close|crescent|court|ct|"
        "terrace|place|pl|boulevard|blvd|highway|hwy|parkway|pkwy|strasse|gasse|weg|travessa|tv|praca|plaza|"
        "pasaje|pje|jiron|jr|carrera|cra|calzada|privada|cerrada|callejon|paseo|camino|alameda|largo|estrada|"
        "rodovia|beco|viela|chemin|allee|impasse|quai|c/"
    )
) | frozenset(words("רחוב|רח'|שדרות|שד'|דרך|סמטת|ככר|כיכר"))
# Parts of an address that are not the town: the flat, the floor, the block ("ap 804", "segundo andar", "dpto 502").
_ADDRESS_UNIT = frozenset(
    words(
        "ap|apt|apto|apartamento|apartment|dpto|depto|departamento|piso|andar|planta|floor|esq|dto|dta|bloco|bloque|"
        "block|blk|flat|unit|suite|ste|torre|lote|lot|casa|interior|int|segundo|primeiro|terceiro|primer|segunda|"
        "tercer|rdc|po|box|caixa|casilla|cp|cep|apdo"
    )
) | frozenset(words('דירה|קומה|כניסה|בניין|מיקוד|ת"ד'))
_NAME_PARTICLES = frozenset(words("de|da|do|das|dos|del|la|las|los|el|di|du|des|le|van|von|y|e|upon|on|the"))
_ADDRESS_PARTS = re.compile(r"[^,;\n()]+")
# An address said to be somewhere else than home: work, a friend's, the office (folded).
_NOT_HOME = Keywords(
    words(
        "office|workplace|my work|at work|friend's|oficina|mi trabajo|el trabajo|del trabajo|la empresa|"
        "escritorio|meu trabalho|o trabalho|do trabalho|de un amigo|de una amiga|de um amigo|de uma amiga"
    )
)
# The agent asking for the address, folded.
_ASKS_ADDRESS = re.compile(
    r"\b(?:address|postcode|post code|zip code|zip|direccion|domicilio|morada|endereco|codigo postal|cep)\b"
)
# The customer saying the address that follows is theirs (folded).
_OWN_ADDRESS = re.compile(
    r"\b(?:i live at|we live at|account holder (?:for|at)|vivo en la calle|vivo en la avenida|moro na rua|"
    r"moro na avenida|"
    r"my (?:home |new )?address|our (?:home |new )?address|new address|mi (?:nueva )?direccion|"
    r"nuestra (?:nueva )?direccion|nueva direccion|(?:a )?minha (?:nova )?morada|(?:a )?nova morada|"
    r"(?:o )?meu (?:novo )?endereco|novo endereco)\b"
)


def address_town(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """The district and town of a postal address the customer gives as theirs: answering the agent's "your
    address?", after "my address is", or on its own line of a letter's signature ("1187 E Lind Rd\\nTucson, AZ
    85719"). The street comes first (a street word and a house number), then the parts after it that are names,
    past the flat, the floor and the postcode: "Rua da Aurora 1020, ap 804, Boa Vista, Recife" -> "Boa Vista,
    Recife". (the place, its message id)"""
    trips = place_cues(pack)[2]
    for index, line in enumerate(lines):
        if line.role != "customer":
            continue
        before = next((lines[i].content for i in range(index - 1, -1, -1) if lines[i].role == "agent"), "")
        text = line.content[:3000]
        asked = bool(before) and _ASKS_ADDRESS.search(values.lower_fold(before)) is not None
        town, start = _town_after_street(text, asked=asked or _OWN_ADDRESS.search(values.lower_fold(text)) is not None)
        # "It's my mother's: 3 Rose Close", "the hotel is at…": not where they live.
        lead_in = values.lower_fold(text[max(start - 120, 0) : start])
        with_street = values.lower_fold(re.split(r"\d", text[max(start - 120, 0) :], maxsplit=1)[0])
        with_street = re.split(r"[.!?](?=\s)", with_street)[-1]  # the sentence that leads to the street
        elsewhere = _NOT_HOME.found_in(lead_in) or trips.found_in(lead_in)
        if town and not elsewhere and not relatives(pack).found_in(with_street):
            return town, line.message_id
    return "", ""


def _town_after_street(text: str, *, asked: bool) -> tuple[str, int]:
    # A full stop ends a part unless it ends an abbreviation glued to the next word ("St.,", "Av. Caminos").
    parts = [(m.start(), m.group()) for m in _ADDRESS_PARTS.finditer(re.sub(r"\.(?=\s|$)", ",", text))]
    for index, (start, part) in enumerate(parts):
        tokens = [token.strip(".") for token in part.split()]
        folded = [values.lower_fold(token) for token in tokens]
        if not any(word in _ADDRESS_STREET for word in folded) or len(tokens) > 8:
            continue
        numbered = any(char.isdigit() for char in part) or (
            index + 1 < len(parts) and parts[index + 1][1].strip()[:1].isdigit()
        )
        # A line of its own in a letter: "1187 E Lind Rd".
        alone = text[max(start - 1, 0) : start] in ("\n", "") and text[start + len(part) : start + len(part) + 1] in (
            "\n",
            "",
        )
        # …or opening a short line of a letter: "2200 Commerce St, Suite 400, Dallas, TX 75201".
        line_end = text.find("\n", start)
        line = text[start : line_end if line_end >= 0 else len(text)]
        opens_line = text[max(start - 1, 0) : start] == "\n" and len(line) <= 80 and len(line.split()) <= 12
        # …not under an organisation's name ("Netcare Milpark Hospital\n9 Guild Road, …"): the office's address.
        above = text[: max(start - 1, 0)].rstrip().rsplit("\n", 1)[-1]
        opens_line = opens_line and not _ORGANISATION.search(values.lower_fold(above))
        if not numbered or not (asked or ((alone or opens_line) and "\n" in text)):
            continue
        names = _names_after(parts[index + 1 :])
        return ", ".join(names[-2:]), start
    return "", 0


_ORGANISATION = re.compile(
    r"\b(?:llp|ltd|limited|inc|plc|llc|gmbh|ag|sarl|sas|bv|pty|hospital|clinic|university|school|bank|group|corp|"
    r"corporation|company|s\.?a\.?|s\.?l\.?|lda|ltda|cooperativa|clinica|universidad|universidade|banco|grupo|empresa|"
    r"escola|colegio|hotel|associates|partners|solicitors|abogados|advogados)\b\.?$"
)


def _names_after(parts: list[tuple[int, str]]) -> list[str]:
    names: list[str] = []
    for _, part in parts:
        if ":" in part:
            break  # "Tel: 011 480 0000": a labelled line after the address
        tokens = [token for token in part.split() if not any(char.isdigit() for char in token)]
        folded = [values.lower_fold(token.strip(".")) for token in tokens]
        if folded[:1] and folded[0] in {"em", "en", "in", "na", "no"}:
            tokens, folded = tokens[1:], folded[1:]
        if not tokens or any(word in _ADDRESS_UNIT for word in folded):
            continue  # a number, a postcode, the flat or the floor
        name_like_ = (
            all(token[:1].isupper() or word in _NAME_PARTICLES for token, word in zip(tokens, folded, strict=True))
            and tokens[0][:1].isupper()
        ) or (
            # Hebrew has no capitals: a town we know ("רחוב הנביאים 14, ירושלים").
            all(HEBREW_LETTER.match(token) for token in tokens) and known_place(" ".join(tokens))
        )
        if not name_like_ or len(tokens) > 4 or any(word in _ADDRESS_STREET for word in folded[:1]):
            break
        names.append(" ".join(token.strip(".") for token in tokens))
    return names


# --- Where they live, answering "are you still in …?" ------------------------------------------------------

# The agent asking where the customer lives, or whether they still live there (folded).
_ASKS_HOME = re.compile(
    r"\b(?:still (?:live |living |based )?in|do you (?:still )?live in|where do you live|where are you based|"
    r"where are you located|where do you reside|donde tiene (?:la |su )?(?:residencia|domicilio)|donde reside|"
    r"onde (?:tem|fica) (?:a |sua |a sua )?(?:residencia|morada)|onde reside|"
    r"sigues? (?:(?:usted|viviendo|tu|todavia|aun) ){0,2}en|vives? (?:usted |todavia |aun )?en|donde vives?|"
    r"ainda (?:vive|mora|esta|estas) (?:em|no|na)|onde (?:vive|mora)|misma direccion|mesma morada|mesmo endereco|"
    r"wohnen sie (?:noch |immer noch |weiterhin )?(?:in|im)|wo wohnen sie|wohnst du (?:noch |immer noch )?(?:in|im)|"
    r"wo wohnst du|habitez-vous (?:toujours |encore )?(?:a|au|en)|vous habitez (?:toujours |encore )?(?:a|au|en)|"
    r"ou habitez-vous|vous habitez ou|tu habites (?:toujours |encore )?(?:a|au|en)|ou habites-tu|"
    # Québec and Belgium say "demeurer" and "résider": "Vous demeurez toujours à Chicoutimi?".
    r"vous (?:demeurez|residez) (?:toujours |encore )?(?:a|au|en)|(?:demeurez|residez)-vous|"
    r"vous etes (?:toujours|encore) (?:a|au|en|sur)|tu es (?:toujours|encore) (?:a|au|en)|"
    r"sind sie (?:noch|immer noch) in|bist du (?:noch|immer noch) in)\b"
)
# "Roubaix, maintenant.": the whole answer is a town we know, maybe with "now" or a "no" before it.
_BARE_TOWN = re.compile(
    r"^\s{0,3}(?:(?i:non|nein|no|nao|nee)[,.!]?\s{1,3})?(?P<v>[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30})?)"
    r"(?:,?\s(?i:maintenant|desormais|jetzt|inzwischen|mittlerweile|now|ahora|agora))?\s{0,2}[.!]?\s{0,2}$"
)
# "Oui, Chicoutimi. Parlez plus fort": a yes, then a town we know as the whole first sentence.
_YES_TOWN = re.compile(
    r"^\s{0,3}(?i:oui|ja|yes|si|sim|genau)[,.!]?\s{1,3}(?P<v>[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30})?)\s{0,2}(?:[.!]|$)"
)
_ANSWERED_HOME = re.compile(
    r"(?:^|[.!?]\s{1,3})(?:(?i:y|e|and)\s)?(?:(?i:si|yes|yeah|yep|sim|no|nao|nope|ja|nein|oui|non)[,.!]?\s{1,3})?"
    r"(?:(?i:ya|ja|ahora|agora|now|still|todavia|ainda)\s)?(?:(?i:estoy|estou|vivo|moro|seguimos|sigo|estamos|"
    r"vivimos|moramos|i'?m|we'?re|i live|we live|i'm still|we're still|ich wohne|wir wohnen|j'habite|on habite|"
    r"nous habitons)\s)?(?:(?i:ya|ja|ahora|agora|now|still|aqui|aca|jetzt|inzwischen|maintenant)\s)?"
    # "Ja, in St. Peter": a saint's name abbreviated.
    r"(?i:en|em|no|na|in|a|au)\s(?:(?:el|the)\s)?(?P<v>(?:(?:St|Ste|Sta)\.\s)?[A-Z][\w'-]{1,30}(?: (?:(?:de|del|da|do|la|las|los) )?[A-Z][\w'-]{1,30})"
    r"{0,2})(?![\w'-])"
)


def answered_home(lines: list, pack: LanguagePack) -> tuple[str, str]:
    """ "Sí, en Cayma.", "No, já estou no Kilamba há um ano.", "Y sí, seguimos en Benimaclet": the place the
    customer names right after the agent asked whether they still live where we thought, or where they live.
    (the place, its message id)"""
    trips = place_cues(pack)[2]
    for _asked, line in answers(lines, _ASKS_HOME):
        text = Text(line.content[:300])
        match = _ANSWERED_HOME.search(text.folded)
        if match is None and (bare := _BARE_TOWN.match(text.folded)) and known_place(bare["v"]):
            match = bare
        if match is None and (yes := _YES_TOWN.match(text.folded)) and known_place(yes["v"]):
            match = yes
        if match is None or trips.found_in(text.lower):
            continue
        raw = text.span(match, "v")
        # "St. Peter": the saint's abbreviation is no street ("St." after a house number is).
        saint = raw.split(" ", 1)[0] + " " if raw.startswith(("St. ", "Ste. ", "Sta. ")) else ""
        if place := values.place(raw[len(saint) :], pack):
            return saint + place, line.message_id
    return "", ""

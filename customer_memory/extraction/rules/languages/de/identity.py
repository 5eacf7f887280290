"""German patterns for who the customer is: name, age, where they live, where they moved, where they are from."""

from __future__ import annotations

from customer_memory.extraction.rules.languages.de.words import _DOTS_GAP, _LONG_GAP, _OCC, _VALUE, _WHEN
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.text import words

_NAME = r"(?P<v>[A-Z][\w'-]{1,30}+(?: (?:[A-Z][\w'-]{1,30}+|von|van|de|zu|vom)){0,3})"
_FULL_NAME = r"(?P<v>[A-Z][\w'-]{1,30}+(?: (?:von |van |de |zu )?[A-Z][\w'-]{1,30}+){1,2})"
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}+(?: [A-Za-z][\w'-]{1,30}+){0,2})"

_NOUN = r"(?P<v>[A-Z][\w-]{1,30}+(?:[ -][A-Z][\w-]{1,30}+)?)"
_TOWN = r"(?P<v>[A-Z][\w'-]{1,30}+(?: (?:am|an der|im|in|bei) [A-Z][\w'-]{1,30}+)?)"
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
    r"verheiratet|alleinerzieh[a-z]{0,6}|alleinstehend[a-z]{0,2}|allergisch|vegan|vegetarier|vegetarierin|veganer|veganerin|hier|dabei|gerade|froh|sauer|leider|der|"
    r"die|das|single|student|studentin|diabetiker|diabetikerin|allergiker|allergikerin|anfanger|anfangerin|laie|"
    r"[a-zß-]{0,20}(?:fahrer|fahrerin|kunde|kundin|nutzer|nutzerin))\b)"
)

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

NAME = (
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
)

AGE = (
    rx(
        r"(?i:\b(?:ich bin|bin ich|ich werde|werde ich|ich wurde|ich bin jetzt)\s(?:(?:jetzt|schon|gerade|"
        r"inzwischen|bereits|fast|knapp|nun|ja|auch|doch|erst|stolze)\s){0,2}(?P<v>\d{1,3}|" + _AGE_WORD + r")"
        r"(?:\sjahre(?:\salt)?\b|(?=\s{0,2}(?:[,;!?]|\.(?!\d)|$|und\b|jetzt\b|geworden\b|seit\b|alt\b|"
        r"nein\b|nee\b|oder\b|aber\b))))"
    ),
    rx(r"(?i:\b(?:mit|bei) (?:meinen |stolzen )?(?P<v>\d{1,3}|" + _AGE_WORD + r") jahren\b)"),
)

LOCATION = (
    rx(
        r"(?i:(?:\bich\s(?:wohne|wohn|lebe)|\bwir\s(?:wohnen|leben)|\bwohne ich|\bwohnen wir|\blebe ich|\bleben wir|"
        r"\bwohne)\s(?:(?:aber|doch|allerdings|jedoch|selbst)\s)?"
        + _WHEN
        + r"{0,2}(?:in|bei|nahe|nahe bei|in der nahe von|im raum|am rand von)\s)"
        r"(?!(?i:der|dem|einer|einem|meiner|meinen|meinem|einer|miete|untermiete)\b)" + _VALUE
    ),
    rx(r"(?i:\bbei uns (?:hier\s)?in\s)" + _NOUN),
    # "Ich wohne im 7. Bezirk in Wien", "wohnhaft in Dresden".
    rx(
        r"(?i:\b(?:wohne|wohnen|lebe|leben)\s(?:[\w-]{1,12}+\s){0,2}?im\s(?:\d{1,2}\.\s?|[a-z]{3,12}\s)(?:bezirk|kreis|"
        r"stadtteil|viertel|stadtbezirk)\s(?:in|von)\s|\bwohnhaft\s(?:in|im)\s)" + _NOUN
    ),
    # "aus dem Keller unseres Hauses in Hamburg-Winterhude", "meine Wohnung in Ottensen": their home, then where.
    rx(
        r"(?i:\b(?:meine|meiner|meinem|meines|unsere|unserer|unserem|unseres)\s(?:wohnung|haus|hauses|hause|"
        r"zuhause|eigenheim|einfamilienhaus|reihenhaus|eigentumswohnung|mietwohnung)\s(?:in|im)\s)" + _NOUN
    ),
    # "Ich wohne in München... sorry, Quatsch, in Garching": the place after the self-correction.
    rx(
        r"(?i:\b(?:wohne|wohnen|lebe|leben)\s(?:\w+\s)?in" + _DOTS_GAP + r"(?:quatsch|falsch|nein|sorry|ich meine|"
        r"ich meinte)\b[,.]?\s{1,3}in\s)" + _NOUN
    ),
    rx(r"(?i:\baus\s)[A-Z][\w'-]{0,25}+" + _LONG_GAP + r"(?i:hier in\s)" + _NOUN),
    # "Annenstraße 47, 8020 Graz", "Birmensdorferstrasse 201\nCH-8003 Zürich": the town of an address.
    rx(
        r"(?i:(?:stra(?:ss|ß)e|str\.|gasse|weg|platz|allee|ring|damm|ufer|chaussee)\s\d{1,4}(?:\s?[a-z])?,?\s{1,3}"
        r"(?:[A-Z]{1,2}-)?\d{4,5}\s)(?P<addr>)" + _TOWN
    ),
    # "Schöne Grüße aus Hannover!", "Liebe Grüße aus dem sonnigen Freiburg": signing off from home.
    rx(r"(?i:\bgru(?:ss|ß)e?\s(?:aus|vom|von)\s(?:dem\s(?:[a-zß]{3,15}\s)?)?)" + _NOUN + r"(?=\s{0,3}[!.\n]|$)"),
    # "Ja, bitte nach Hause, Berlin-Neukölln, Sonnenallee": home, then where that is.
    rx(r"(?i:\bnach hause,\s(?:in\s|nach\s)?)" + _NOUN + r"(?=\s{0,2}[,.!\n]|$)"),
    # "nicht an meine Privatadresse in Pinneberg", "meine Anschrift: Kiel".
    rx(r"(?i:\b(?:meine|unsere)\s(?:privat|wohn|heim|melde)?(?:adresse|anschrift)\s(?:ist\s)?(?:in|:)\s)" + _NOUN),
)

LIVES_WORDS = words(
    "wohne|wohn|wohnen|wohnt|lebe|leben|lebt|hier in|zuhause|daheim|ansassig|hier spricht|mein name ist|ich heisse"
    "|arbeite|arbeiten|fuhre|betreibe"
)

# Swiss German moves with "zügeln": "Bin nach Thun gezügelt".
MOVED_WORDS = words("gezogen|umgezogen|hingezogen|zugezogen|umzug|ziehe|ziehen|umziehen|gezugelt|zugeln|zugle|zugelt")
PLACE_PREPS = words("in|aus|bei")
MOVE_PREPS = words("nach")
# With them, where they would move ("falls wir nächstes Jahr nach Bern ziehen").
TRIP_WORDS = words(
    "falls|nachstes jahr|nächstes jahr|reise|urlaub|dienstreise|geschaftsreise|besuch|zu besuch|diese woche|kongress|hotel|flug|fluge"
)

# The agent reads the address back, the customer says yes (homes.confirmed_address).
ADDRESS_WORDS = words("adresse|anschrift|lieferadresse|wohnadresse|wohnen sie|wohnst du|wohnhaft")
YES_WORDS = words("ja|genau|stimmt|richtig|korrekt|jawohl|passt|exakt|jep|jo|yes")

MOVED = (
    rx(
        r"(?i:\b(?:ich bin|wir sind|bin ich|sind wir|bin|sind)\s(?:(?:jetzt|gerade|kurzlich|vor kurzem|endlich|"
        r"inzwischen|letztes jahr|letzten monat|im \w{3,9}|im fruhjahr|im sommer|im herbst|im winter|nun)\s){0,2}"
        r"nach\s)" + _NOUN + r"(?i:\s(?:gezogen|umgezogen))"
    ),
    # "wir sind vor zwei Jahren nach Meilen gezogen": any few words before the town, the verb last.
    rx(
        r"(?i:\b(?:ich bin|wir sind|bin ich|sind wir)\s(?:(?!nicht\b|nie\b|nach\b)[\w-]{1,15}+\s){1,5}?nach\s)"
        + _NOUN
        + r"(?i:\s(?:gezogen|umgezogen))"
    ),
    rx(r"(?i:\b(?:umgezogen|gezogen|umzug)\s(?:nach|in)\s)" + _NOUN),
    # "wir ziehen mit 1. März nach Linz": a move that is settled, with its date (not "vielleicht ziehen wir").
    rx(
        r"(?i:(?<!vielleicht )(?<!eventuell )(?<!wahrscheinlich )(?<!moglicherweise )\b(?:wir ziehen|ich ziehe|ziehen wir|"
        r"ziehe ich)\s(?:(?:mit|am|zum|im|ab|anfang|ende|mitte)\s(?:[\w.]{1,12}\s){1,2}?|(?:bald|demnachst|"
        r"nachste woche|nachsten monat)\s)nach\s)" + _NOUN
    ),
)

HOMETOWN = (
    rx(
        r"(?i:\b(?:ich\s(?:komme|stamme)|komme ich|stamme ich|ich bin)\s(?:(?:ursprunglich|eigentlich|"
        r"geburtig|original)\s)?aus\s)(?!(?i:dem|der|den|einem|einer)\b)" + _VALUE
    ),
    rx(r"(?i:\bgeboren\s(?:bin ich\s|wurde ich\s)?in\s)" + _NOUN),
    rx(r"(?i:\bich bin in\s)" + _NOUN + r"(?i:\s(?:geboren|aufgewachsen))"),
)

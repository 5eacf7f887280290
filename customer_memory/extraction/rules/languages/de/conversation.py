"""German words of the conversation itself: where a value ends, corrections and the past, moods and classification,
the agent's actions, session-only words, summaries.
"""

from __future__ import annotations

from customer_memory.extraction.rules.text import words

CLAUSE_WORDS = frozenset(
    words(
        "und|aber|oder|weil|denn|da|dass|wenn|als|ob|obwohl|seit|mit|bei|in|im|am|an|auf|aus|nach|von|vom|zu|zur|"
        "fur|für|ohne|um|gegen|jetzt|nun|schon|noch|auch|gerade|derzeit|momentan|aktuell|inzwischen|heute|"
        "gestern|morgen|falls|sonst|also|bitte|danke|ist|sind|war|bin|hat|habe|hab|haben|wird|werden|kann|"
        "gezogen|umgezogen|geboren|aufgewachsen|seitdem|bis|damit|hier|dort|dann|ja|nein|lol|haha|ich|wir|er|"
        "sie|es|mein|meine|meinen|meinem|mittlerweile|wo|wie|was|eigentlich|ubrigens|übrigens|trotzdem"
    )
)

NOT_VALUES = frozenset(
    words(
        "ich|du|er|sie|es|wir|ihr|mich|mir|dich|dir|uns|euch|ihnen|der|die|das|den|dem|des|ein|eine|einen|einem|"
        "einer|mein|meine|meinen|meinem|meiner|dein|deine|sein|seine|unser|unsere|ihr|ihre|hier|da|dort|nicht|"
        "kein|keine|sehr|so|ganz|gut|schon|noch|auch|nur|jetzt|gerade|immer|nie|bitte|danke|hallo|moin|servus|ja|"
        "nein|frau|herr|kunde|kundin|mitglied|zuhause|hause|haus|wohnung|miete|untermiete|einer|geld|bescheid|"
        "hilfe|zugang|probleme|problem|zeit|arger|ärger|frage|fragen|alles|nichts|etwas|jemand|niemand|was|wie|"
        "warum|wer|wo|wann|entschuldigung|sorry|sorgen|leider|froh|sauer|dabei|zwar|also|eigentlich|ok|okay|"
        "super|prima|genau|quatsch|falsch|moment|unterwegs|urlaub|arbeit|zug|bus|auto|termin|dank|guten|tag|"
        "tschuss|grusse|deutsch|deutscher|deutsche|neu|neue|neuer|ihren|ihrem|ihrer|ihre|hi|hey|ach|oh|oje|"
        "mal|nochmal|erstmal|ordnung|zukunft|kurze|elternzeit|behandlung|reha|kur|quarantane"
    )
)

CORRECTION = words(
    "nein,|ah nein|äh nein|ah, nein|falsch|quatsch|sorry|entschuldigung, ich meine|ich meine|ich meinte|"
    "korrektur|verzeihung|stimmt nicht|unsinn|nee,|nee|also eigentlich|moment,|ich habe mich vertan|"
    "hab mich vertan|verschrieben|verwechselt|vielmehr"
)

PAST = words(
    "fruher|früher|damals|vorher|ehemals|ehemalige|ehemaligen|ehemaliger|bis letztes jahr|nicht mehr|"
    "war ich|ich war|vormals|bisher|zuvor|bis vor kurzem|mein alter|meine alte|meinen alten|meinem alten"
)

MOODS = {
    "frustrated": words(
        "argerlich|ärgerlich|argert|ärgert|genervt|nervig|nervt|sauer|wutend|wütend|frustriert|frustrierend|"
        "unverschamt|unverschämt|unmoglich|unmöglich|frechheit|zumutung|schon wieder|immer noch nicht|"
        "reicht mir|unfassbar|lacherlich|lächerlich|katastrophe|katastrophal|von wegen|klar 🙄|echt jetzt"
    ),
    "sad": words("traurig|enttauscht|enttäuscht|schade|bedauerlich|ungluecklich|unglucklich|unglücklich|ach je"),
    "anxious": words(
        "sorge|sorgen|besorgt|angst|nervos|nervös|dringend|eilig|panik|beunruhigt|gestresst|so schnell wie moglich"
    ),
    "excited": words("toll|klasse|mega|wahnsinn|fantastisch|großartig|grossartig|freue mich|hammer|genial|wie schön"),
    "confused": words(
        "verstehe nicht|versteh nicht|verstehe ich nicht|verwirrt|verwirrend|keine ahnung|unklar|kompliziert|"
        "wie geht das|was heißt das|was heisst das|komme nicht klar|tu mich schwer|tue mich schwer"
    ),
    "happy": words(
        "danke|vielen dank|danke schon|danke schön|dankeschon|dankeschön|super|perfekt|prima|toll|klasse|"
        "wunderbar|wie schön|freundlich|nett|hilfreich|top|geduldig"
    ),
}

PROBLEM = words(
    "funktioniert nicht|funktioniert nicht mehr|geht nicht|geht nicht mehr|kaputt|defekt|fehler|problem|probleme|"
    "storung|störung|sturzt ab|stürzt ab|absturzt|abstürzt|hangt sich auf|hängt sich auf|bricht ab|abbricht|"
    "gesperrt|blockiert|abgelehnt|ungultig|ungültig|nicht da|nicht angekommen|fehlt|fehlen|verspatet|"
    "verspätet|verspatung|verspätung|zu klein|zu gross|zu groß|beschadigt|beschädigt|kein signal|kein internet|"
    "keine verbindung|kein freizeichen|nachzahlung|doppelt abgebucht|betrug|gestohlen|verloren|komme nicht|"
    "lasst sich nicht|lässt sich nicht|fehlgeschlagen|pausiert|nicht bezahlen|verbinden sich nicht|"
    "falsche|falscher|ärgerlich|argerlich|nicht lesbar|liegt seit|nicht geoffnet|nicht öffnen"
)

RESOLVED = words(
    "funktioniert wieder|funktioniert es wieder|geht wieder|geht es wieder|lauft wieder|läuft wieder|läuft es wieder|"
    "klappt|hat geklappt|klappt wieder|gelost|gelöst|"
    "behoben|erledigt|passt|alles gut|tutet wieder|leuchtet alles|bin drin|geht jetzt|funktioniert jetzt|"
    "problem gelost|problem gelöst|works|hat funktioniert|ist wieder da"
)

ESCALATION = words(
    "vorgesetzten|vorgesetzter|vorgesetzte|ihren chef|teamleiter|beschwerdestelle|echten menschen|"
    "mit einem menschen|mit jemandem sprechen|eskalieren|supervisor|schlichtungsstelle|geschaftsfuhrung|"
    "geschäftsführung"
)

COMPLAINT = words(
    "beschwerde|beschweren|unverschamt|unverschämt|frechheit|zumutung|unmoglich|unmöglich|inakzeptabel|"
    "skandalos|skandalös|katastrophal|miserabel|schlechter service|sauerei|nicht akzeptabel|von wegen|"
    "echt argerlich|echt ärgerlich"
)

POSITIVE = words(
    "danke|vielen dank|danke schon|danke schön|dankeschon|super|perfekt|prima|toll|klasse|wunderbar|"
    "freundlich|nett|hilfreich|top|geduldig|mega"
)

ACTIONS = words(
    "ich habe|ich hab|wir haben|habe ich|hab ich|ist erledigt|erledigt|ich sende|ich schicke|ich sperre|"
    "ich setze|ich andere|ich ändere|notiert|vermerkt|hinterlegt|gespeichert|ist umgestellt|umgestellt|"
    "ich starte|ich bestelle|ich erstatte|ich schliesse|ich schließe|gutgeschrieben|aktualisiert|"
    "freigeschaltet|geandert|geändert|ich stelle"
)

SESSION_ONLY = words(
    "bestellung|bestellnummer|bestellt|sendung|sendungsnummer|sendungsverfolgung|paket|rechnung|ticket|"
    "auftrag|auftragsnummer|buchung|buchungsnummer|rucksendung|rücksendung|retoure|erstattung|referenz|"
    "vorgang|fallnummer|heute|gerade|im moment|jetzt gerade|gekauft|kaution|reklamation|terminnummer|"
    "nachforschungsauftrag|storungsmeldung|störungsmeldung|geschaftsreise|geschäftsreise|nr"
)

EPISODE_TEMPLATE = "Der Kunde meldete: “{topic}”.{action} Ergebnis: {outcome}."
ACTION_TEMPLATE = " Der Agent: “{action}”."
ROLLING_TEMPLATE = "Am {date} meldete sich der Kunde wegen {topic}; {outcome}."

OUTCOMES = {
    "resolved": "gelöst",
    "open": "noch offen",
    "escalated": "an eine Person weitergeleitet",
    "answered": "beantwortet",
}

ROLLING_OUTCOMES = {
    "resolved": "das Anliegen wurde gelöst",
    "open": "das Anliegen war am Ende noch offen",
    "escalated": "der Kunde bat um einen Menschen",
    "answered": "die Frage wurde beantwortet",
}

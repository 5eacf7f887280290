"""German standing instructions: what the customer asks of every later conversation (how to contact them, how to
answer, what to check first).
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import Instruction
from customer_memory.extraction.rules.languages.de.words import _GAP, _LONG_GAP, CHANNELS, LANGUAGES, I
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import trie

_CH = trie(CHANNELS)
# A gap of a few words that does not run into the next clause's subject ("antworten Sie kurz, ich lese das auf dem
# Handy": where they read it, not how to send it).
_CLAUSE_GAP = r"(?:[^\w.!?\n'-]{1,3}(?!(?:ich|wir)\b)[\w'-]{1,25}+){0,6}?[^\w.!?\n'-]{1,3}"
_LANG = trie(LANGUAGES)

INSTRUCTIONS = (
    Instruction(
        rx(
            r"\b(?:erklaren|sprechen|reden|machen|gehen|vorgehen|zeigen|erklar|sprich|mach|schreiben|schreibt|"
            r"schreib)" + _GAP + r""
            r"\blangsam(?:er)?\b|\blangsam(?:er)?\s(?:bitte|erklaren|sprechen|vorgehen|reden)\b|"
            # "Aber langsam und deutlich bitte", "deutlich und langsam sprechen": how to speak to them.
            r"\b(?:langsam|deutlich|laut)\s(?:und|&)\s(?:langsam|deutlich|laut)\b(?:,?\s(?:bitte|sprechen|reden|"
            r"erklaren)\b)",
            I,
        ),
        "instruction_pace",
    ),
    Instruction(
        rx(
            r"\b(?:schritt fur schritt|eins nach dem anderen|ein schritt nach dem anderen)\b|"
            # "Bitte nicht so schnell, ich komme nicht mit".
            r"\b(?:bitte\s)?nicht so schnell\b(?=,?\s(?:bitte|ich)\b|\s{0,2}[.!])",
            I,
        ),
        "instruction_pace",
    ),
    Instruction(
        rx(
            r"\b(?:in einfachen worten|einfach erklaren|ganz einfach erklaren|ohne fachbegriffe|ohne fachchinesisch|"
            r"fur laien|wie (?:einem|einer) (?:kind|laien|anfanger|anfangerin)|(?:bitte\s|haben sie\s)?geduld mit mir|"
            r"bitte (?:etwas\s|ein bisschen\s)?geduld)\b|"
            # "bitte einfach deutsch schreiben", "in leichter Sprache erklären": plain language for a learner.
            r"\b(?:in\s)?(?:einfache[ms]?|einfach|leichte[ms]?|leichter)\s(?:deutsch|sprache)\b(?:\s(?:schreiben|"
            r"sprechen|reden|erklaren)\b)",
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
            r"\bkeine langen (?:texte|nachrichten|erklarungen|e-mails)\b|\bkurz und knapp\b|"
            # "kurz bitte in Zukunft": how to answer from now on.
            r"\bkurz bitte,?\s(?:in zukunft|kunftig|immer|ab jetzt)\b|"
            # "bitte kurz antworten": the adverb before the verb.
            r"\b(?:bitte|immer|nur)\s(?:nur\s)?kurz\s(?:antworten|schreiben|fassen)\b|"
            # "Bitte nur das Wichtigste", "Antworten gern in Stichpunkten".
            r"\b(?:bitte|gern|gerne|immer)\s(?:nur\s)?(?:das wichtigste|in stichpunkten|stichpunktartig)\b",
            I,
        ),
        "response_length",
        "short (kurz)",
    ),
    Instruction(
        rx(
            r"\b(?:mit allen|alle)\s(?:technischen\s)?details\b|\btechnischen details\b|\b(?:gern|gerne|bitte)\s"
            r"(?:ganz\s)?ausfuhrlich\b|\bausfuhrliche(?:n)? (?:antworten|erklarungen)\b|\b(?:detailliert|"
            r"ausfuhrlich) erklaren\b|\b(?:antworten|antwortet|antworte|schreiben|schreibt|erklaren|erklart)\s"
            r"(?:(?:sie|mir|bitte|immer|doch|einfach|es)\s){0,4}(?:ausfuhrlich|detailliert)\b",
            I,
        ),
        "response_length",
        "detailed (ausführlich)",
    ),
    Instruction(
        rx(
            r"\b(?:fragen sie mich|fragt mich|frag mich|mich fragen|rufen sie mich|melden sie sich)\s(?:\w+\s){0,2}?"
            r"(?:vorher|zuerst|vorab)\b|"
            # "Bevor Sie etwas ändern, rufen Sie mich bitte an": the agent's step waits for a call.
            r"\bbevor\s(?:sie|ihr)\b" + _LONG_GAP + r"(?:rufen sie mich|ruft mich|melden sie sich|meldet euch)\b"
            r"(?![^.!?\n]{0,40}\?)|\bbevor" + _LONG_GAP + r"(?:fragen sie mich|fragt mich|mich fragen|"
            r"rucksprache|bescheid)\b|\bnichts ohne (?:meine )?(?:zustimmung|ruckfrage|erlaubnis|bestatigung|"
            r"freigabe)\b|\bimmer (?:erst|zuerst|vorher) (?:fragen|nachfragen|rucksprache)\b|"
            # "bitte immer vorher anrufen und bestätigen, bevor Sie etwas abbuchen": asked first, before the step.
            r"\b(?:immer|bitte)\s(?:immer\s)?(?:vorher|zuerst|vorab)\s(?:anrufen|fragen|nachfragen|bescheid geben)\b"
            r"[^.!?\n]{0,40}?\bbevor\s(?:sie|ihr)\b|"
            # "Bei uns wird nichts geändert, ohne dass ich vorher zustimme", "… nichts, ohne vorher meine Bestätigung".
            r"\bnichts\b[^.!?\n]{0,60}?\bohne\s(?:mich|uns)\s(?:vorher\s|zuerst\s)?(?:zu\s)?(?:fragen|informieren|"
            r"kontaktieren|benachrichtigen|anzurufen)\b(?![^.!?\n]{0,40}\?)|"
            r"\bnichts\b[^.!?\n]{0,60}?\bohne\s(?:dass ich\s|vorher\s|zuerst\s){0,2}(?:meine\s)?(?:[a-z]{3,20}e\s)?(?:zustimme|zustimmung|"
            r"bestatigung|einverstandnis|erlaubnis|freigabe|okay)\b(?![^.!?\n]{0,40}\?)|\b(?:immer\s)?(?:zuerst|vorher|erst) mich fragen\b"
            # "schicken Sie mir vor jeder Einreichung den Entwurf zur Freigabe": shown before each step is taken.
            r"|\bvor jede[mr]?\s[\w-]{3,30}+" + _GAP + r"(?:zur|zu meiner)\s(?:freigabe|genehmigung|bestatigung|"
            r"durchsicht|kontrolle|prufung)\b",
            I,
        ),
        "confirm_before_acting",
    ),
    Instruction(
        rx(
            r"\b(?:schicken|senden|schreiben|kontaktieren|informieren|benachrichtigen|erreichen|melden|antworten|"
            r"bestatigung|infos?|unterlagen|rechnungen?|rufen|anrufen|schreibt|schreib|schickt|schick)"
            + _CLAUSE_GAP
            + r"(?:per|uber|via|auf|als|aufs|mit der)\s(?:die\s|dem\s|meinem\s|mein\s)?"
            + _CH
            + r"\b|\b(?:lieber|nur|bitte|am liebsten|ausschliesslich|ausschließlich)\s(?:per|uber|via|als|auf)\s"
            + _CH
            + r"\b|\b(?:per|uber|via)\s"
            + _CH
            + r"\s(?:statt|anstatt|und nicht|nicht)\b"
            # "Per Mail bitte.", "Gern per SMS, danke": a sentence that is only the channel and a please.
            + r"|(?:^|[.!?]\s{1,3})(?:(?:gern|gerne|lieber|am liebsten|nur|bitte nur|ausschliesslich|bitte)\s)?"
            r"(?:schriftlich\s)?(?:per|uber|via)\s"
            + _CH
            + r"(?:\s(?:als|mit|an)\s[\w-]{1,25}+)?(?:,?\s(?:bitte|gerne?|danke))?(?:[.!]|,?\s{0,3}(?:$|bitte\b|danke\b|\n))"
            # "Kontaktieren Sie mich am besten telefonisch": the channel as an adverb, not in a question or a "not".
            + r"|\b(?:kontaktieren|erreichen|informieren|benachrichtigen)\s(?:sie\s)?(?:mich|uns)\s"
            r"(?:(?!nicht\b|nie\b|niemals\b)[\w-]{1,15}+\s){0,4}?telefonisch\b(?![^.!?\n]{0,60}\?)"
            # "Mir wäre eine E-Mail lieber als ein Anruf", "bitte schriftlich", "keine Anrufe, lieber eine Nachricht".
            + r"|\bmir (?:ware|waere|ist) (?:eine?\s)?"
            + _CH
            + r"\slieber\b|\b(?:eine?\s)?"
            + _CH
            + r"\s(?:ware|waere|ist)\s"
            r"mir\slieber\b|\bkeine (?:anrufe|telefonate|e-mails|mails|briefe),?\s(?:lieber|sondern|nur|bitte)\s"
            r"(?:eine?\s|per\s)?"
            + _CH
            # "Bitte senden Sie Korrespondenz ausschließlich an diese private E-Mail-Adresse".
            + r"|\b(?:senden|schicken|schreiben|richten)\s(?:sie\s)?(?:[\w-]{1,20}+\s){0,3}?(?:nur\s|ausschliesslich\s|"
            r"ausschließlich\s)?an\s(?:diese|meine|die)\s(?:[a-z]{3,12}e\s)?(?P<mail>e-mail|mail)-?adresse\b"
            # "Schreibt mir lieber eine SMS", "schicken Sie mir bitte eine E-Mail".
             + r"|\b(?:schreib|schreibt|schreiben sie|schick|schickt|schicken sie|sende|sendet|senden sie)\s"
            r"(?:mir|uns)\s(?:bitte\s|doch\s)?(?:lieber|besser|am liebsten|immer|nur|kunftig|in zukunft)\s(?:eine?\s|per\s)?"
            + _CH
            + r"\b",
            I,
        ),
        "preferred_contact_channel",
    ),
    # "Telefonisch bin ich schlecht zu erreichen, bitte schriftlich", "keine Anrufe, lieber eine Nachricht".
    Instruction(
        rx(r"\b(?:bitte|lieber|nur)\s(?:nur\s)?schriftlich\s{0,2}(?:[.!,]|$)", I),
        "preferred_contact_channel",
        "written (schriftlich)",
        fallback=True,
    ),
    Instruction(
        rx(
            r"\bkeine (?:anrufe|telefonate),?\s(?:lieber|sondern|nur|bitte)\s(?:eine?\s)?(?:nachricht|textnachricht)\b",
            I,
        ),
        "preferred_contact_channel",
        "message (Nachricht)",
        fallback=True,
    ),
    # "schreib mir in der App statt anzurufen": a message in the app.
    Instruction(
        rx(
            r"\b(?:schreib|schreibt|schreiben sie|kontaktieren sie|kontaktiert|meldet euch|melden sie sich)\s(?:mir\s|mich\s)?"
            r"(?:(?:lieber|bitte|nur|einfach)\s){0,2}(?:in der|uber die|per|via) app\b",
            I,
        ),
        "preferred_contact_channel",
        "app",
        fallback=True,
    ),
    # "Nein, rufen Sie mich an.": asked how to reach them, the call they want (the sentence ends there).
    Instruction(
        rx(
            r"(?:^|[.!?]\s{1,3})(?:nein,?\s|lieber\s|bitte\s)?(?:rufen sie mich|ruft mich|ruf mich)\s(?:bitte\s|"
            r"lieber\s|einfach\s|direkt\s|immer\s){0,2}an\s{0,2}(?:[.!]|$)",
            I,
        ),
        "preferred_contact_channel",
        "phone",
        fallback=True,
    ),
    Instruction(
        rx(
            r"\b(?:nicht|nie|erst|nur)\s(?:vor|nach|ab|zwischen)\s\d{1,2}+(?:[:.]\d\d)?+(?:\s?uhr)?+(?:\s(?:und|bis)\s"
            r"\d{1,2}+(?:[:.]\d\d)?+(?:\s?uhr)?+)?+(?!\s(?:zu hause|zuhause|daheim)\b)|\b(?:anrufe?|anrufen|erreichbar)\s(?:\w+\s){0,3}?(?:nur\s)?"
            r"(?:abends|morgens|vormittags|nachmittags|am wochenende|werktags|nach feierabend)\b"
            # "Kontaktieren Sie mich telefonisch, und zwar vormittags": the time kept, not the whole request.
            r"|\b(?:kontaktieren|erreichen)\s(?:sie\s)?mich\s(?:(?!nicht\b|nie\b)[\w-]{1,15}+,?\s){0,6}?(?:nur\s)?"
            r"(?P<keep>abends|morgens|vormittags|nachmittags|am wochenende|werktags|nach feierabend)\b"
            r"(?![^.!?\n]{0,60}\?)|"
            # "schreibt mir nur abends", "nur abends anrufen bitte": the only time to write or call.
            r"(?<!ich )(?<!wir )\b(?:schreib|schreibt|schreiben sie|ruf|ruft|rufen sie|meldet euch|melden sie sich|kontaktiert)\s(?:mir\s|mich\s)?"
            r"(?:bitte\s)?(?:nur|lieber|erst|immer)\s(?:abends|morgens|vormittags|nachmittags|am wochenende|werktags|"
            r"nach feierabend)\b(?!\s(?:zuruck|wieder)\b)(?:\s(?:nach|ab|vor|zwischen)\s\d{1,2}+(?:[:.]\d\d)?+(?:\s?uhr)?+)?|"
            r"\bnur\s(?:abends|morgens|vormittags|nachmittags|am wochenende|werktags|nach feierabend)\s"
            r"(?:schreiben|anrufen|melden|kontaktieren)\b|"
            # "Vormittags bin ich nicht erreichbar": when not to call.
            r"\b(?:vormittags|nachmittags|abends|morgens|tagsuber|unter der woche|am wochenende)\s(?:bin ich|kann ich)\s"
            r"(?:nicht|nie|schlecht|kaum)\s(?:erreichbar|zu erreichen|ans telefon)\b",
            I,
        ),
        "contact_hours",
    ),
    Instruction(
        rx(
            r"\b(?:(?:antworten|schreiben|sprechen|reden|kommunizieren|beraten)(?:\ssie)?(?:\s(?:mit\s)?mir)?(?:\sbitte)?"
            r"\s(?:auf|in)|(?:lieber|am liebsten|bitte nur|bitte)\sauf|jemand\w{0,2}" + _GAP + r"(?:der|die)|"
            r"muttersprache ist)\s(?P<v>" + _LANG + r")\b|"
            # "Sprechen Sie bitte Englisch mit mir".
            r"\b(?:sprechen|schreiben|antworten|reden)\s(?:sie\s)?(?:bitte\s)?(?P<v3>"
            + _LANG
            + r")\s(?:mit mir|bitte)\b|\bauf\s(?P<v2>"
            + _LANG
            + r")\s(?:kann ich|ware|wäre|"
            r"ist mir|bitte|lieber)",
            I,
        ),
        "preferred_language",
    ),
    Instruction(
        rx(
            r"(?<!nicht )(?<!nicht zu )\bsiez(?:en|t)\b|\bbitte per sie\b|\bbleiben wir (?:beim|per) sie\b|\bnicht (?:zu\s)?duzen\b|\bduzen sie mich nicht\b|"
            r"\b(?:formliche|formelle)n?\s(?:anrede|ansprache)\b|"
            # "Mag. Steiner-Pichler, und bitte mit Titel, darauf lege ich Wert": addressed with the title.
            r"\b(?:bitte\s)?mit (?:meinem\s|dem\s)?(?:titel|doktortitel|doktor)\b(?:\s(?:ansprechen|anreden|anschreiben)\b|"
            r"\s{0,2}[,.!]\s{0,2}(?:darauf|das|bitte|danke|$))",
            I,
        ),
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
)

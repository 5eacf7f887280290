"""German patterns for work and study: occupation, employer, field of study."""

from __future__ import annotations

from customer_memory.extraction.rules.languages.de.words import _OCC, _VALUE, _WHEN, I
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import lead, trie
from customer_memory.extraction.rules.text import words

# A company: capitalised; "St. Anna" keeps its abbreviation's full stop.
# An aside between "ich bin" and the job: "Ich bin übrigens Juristin beim Land", "ich bin ja Lehrerin".
_ASIDE = r"(?:(?:ubrigens|ja|auch|selbst|eigentlich|nebenbei bemerkt)\s)?"
_ORG = r"(?P<v>[A-Z0-9](?:[^.,;:!?\n]|(?<=\bSt|\bDr)\.){0,59})"

# Fields of study: "ich studiere Medizin" makes a student of that field.
_FIELDS = (
    r"(?i:medizin|jura|rechtswissenschaften|maschinenbau|elektrotechnik|wirtschaftsinformatik|informatik|"
    r"architektur|psychologie|bwl|vwl|betriebswirtschaftslehre|betriebswirtschaft|wirtschaftswissenschaften|"
    r"pharmazie|zahnmedizin|tiermedizin|biologie|chemie|physik|mathematik|mathe|geschichte|germanistik|anglistik|"
    r"journalismus|lehramt|pflegewissenschaft|pflege|design|musik|philosophie|soziologie|marketing|soziale arbeit)"
)

STUDIES = (
    rx(
        lead("ich studiere|studiere|ich studier|studier")
        + r"\s(?:(?:jetzt|gerade|noch|im (?:ersten|zweiten|dritten|vierten|funften|\d\.) semester)\s)?(?P<v>"
        + _FIELDS
        + r")\b"
    ),
)

STUDENT_OF = "studiert {field}"

OCCUPATION = (
    # "Primarlehrerin, bei der Schule Bümpliz.": the job opening the answer, then where.
    rx(
        r"(?i:^\s{0,3}(?:ja,?\s|nein,?\s)?(?:ich bin\s)?(?P<v>"
        + _OCC
        + r"))(?![\w-])(?=\s{0,2}(?:[,.!]|$)|\s(?i:bei|im|am|an der|"
        r"in der|beim)\b)"
    ),
    # "bin seit 1. September als Ökonom in der Abteilung … tätig": the job said with "als … tätig".
    rx(
        r"(?i:\b(?:ich bin|bin ich|bin|ich war)\s(?:(?:[^.,;!?\n]|(?<=\d)\.){1,30}?\s)?als\s)(?P<v>[A-Z][\w-]{2,30}+)"
        r"(?:\s[^.;!?\n]{1,80}?)?(?i:\statig)\b"
    ),
    rx(r"\bich\s(?:arbeite|arbeit|jobbe)\s" + _WHEN + r"?als\s(?:eine?\s)?" + _VALUE, I),
    # "Als Lehrerin habe ich in den Ferien Zeit": the job opening the sentence, the verb, then "ich".
    rx(
        r"(?i:(?:^|[.!?]\s{1,3})(?:und\s|aber\s)?als\s(?:eine?\s)?(?P<v>"
        + _OCC
        + r"))\s(?i:(?:habe|hab|bin|kann|muss|arbeite|"
        r"darf|werde|mache|fahre)\s(?:ich)\b)"
    ),
    # "Ich mache eine Ausbildung zur Bankkauffrau": the job they train for.
    rx(
        r"(?i:\bich\s(?:mache|mach)\s(?:gerade\s|jetzt\s)?(?:eine|meine)\s(?:ausbildung|umschulung|lehre)\s"
        r"(?:zum|zur|als)\s)(?P<v>[A-Z][\w-]{2,30}+)"
    ),
    # "Ich arbeite bei der Sparkasse als Kundenberaterin": where, then the job.
    rx(r"(?i:\bich\s(?:arbeite|arbeit|jobbe)\s[^.,;!?\n]{1,40}?\sals\s(?:eine?\s)?(?P<v>" + _OCC + r"))(?![\w-])"),
    # "Da ich als Zahnärztin tagsüber …": a job said with "als" after "ich".
    rx(r"(?i:\bich als\s(?:eine?\s)?(?P<v>" + _OCC + r"))(?![\w-])(?!(?i:\s(?:in|im)\s(?:pension|rente|ruhestand)))"),
    rx(
        r"(?i:\b(?:ich bin|und bin|bin ich|bin)\s"
        + _ASIDE
        + _WHEN
        + r"?(?:gelernte[rn]?\s|eine?\s)?(?:(?:selbststandige|selbstandige|freiberufliche|freie|angestellte|"
        r"ausgebildete|examinierte|diplomierte)[rn]?\s)?(?P<v>" + _OCC + r"))(?![\w-])"
    ),
    rx(
        r"(?i:\b(?:ich bin|und bin|bin ich|bin|(?:seit|weil|da|dass|nachdem|wo|wenn|als) ich)\s"
        + _WHEN
        # "Seit ich als Volksschuldirektor in Pension bin": the job they retired from, between.
        + r"?(?:als\s[A-Z][\w-]{2,30}+\s)?(?:in\s|im\s)?(?P<v>"
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
)

EMPLOYER = (
    rx(
        r"(?i:\bich\s(?:arbeite|arbeit|jobbe)\s"
        + _WHEN
        # "Ich arbeite Schicht als Pflegefachfrau im Inselspital": how they work, before the job.
        + r"?(?:(?:im\s|in\s)?(?:schichtdienst|schicht|wechselschicht|nachtdienst|teilzeit|vollzeit)\s(?=als\s))?"
        r"(?:als\s[^.,;!?\n]{2,40}?\s)?(?:(?:im|in)\s(?:schichtdienst|schicht|wechselschicht|nachtdienst|homeoffice|"
        r"aussendienst|außendienst|innendienst|teilzeit|vollzeit|bereitschaftsdienst)\s)?(?:bei|fur|im|in der|an der|am|"
        r"beim)\s(?:der\s|dem\s|den\s|die\s)?)"
        r"(?!(?i:schichtdienst|schicht|wechselschicht|nachtdienst|homeoffice|aussendienst|außendienst|innendienst|"
        r"teilzeit|vollzeit|bereitschaftsdienst)\b)" + _ORG
    ),
    rx(
        r"(?i:\b(?:ich bin|und bin|bin ich|bin)\s"
        + _ASIDE
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
    rx(r"(?i:\b(?:" + _OCC + r"),?\sbei\s(?:der\s|dem\s|den\s)?)" + _ORG),
    # "ich hab im Jänner bei der voestalpine angefangen".
    rx(
        r"(?i:\b(?:ich habe|ich hab|hab)\s(?:[^\s.,;!?]{1,15}\s){0,3}?bei\s(?:der\s|dem\s|den\s)?)(?P<v>[\w&.-]{2,30}"
        r"(?:\s[A-Z][\w&.-]{1,30}){0,2})\s(?i:angefangen|begonnen|gestartet|angeheuert)\b"
    ),
)

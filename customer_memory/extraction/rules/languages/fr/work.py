"""French patterns for work and study: occupation, employer, field of study."""

from __future__ import annotations

from customer_memory.extraction.rules.languages.fr.words import _CAP_VALUE, _GAP, _VALUE, OCCUPATIONS, I
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import lead, trie

# Case-sensitive but for the first letter: cheap to try after every "je suis" (see `trie`).
_OCC = r"(?-i:" + trie(OCCUPATIONS, capital=True) + r")"
# Modifiers and the English loanwords French job titles take ("game designer", "chef de projet web").
_OCC_MOD = r"(?:(?:jeune|ancien|ancienne|simple|futur|future|web|ux|ui|game|data|product|software|sales|community|" \
    r"brand|account|digital|office|key account)\s)?"  # fmt: skip
# A qualifier after the title ("ingénieur agronome", "médecin généraliste", "dev web", "infirmière scolaire"), by its
# adjective ending, before where or a pause.
_OCC_QUAL = r"(?: (?:web|[a-z]{2,12}(?:ome|iste|ique|aire|al|ale|ien|ienne|el|elle))(?=\s?[,.;!?]|\s(?:a|au|aux|chez|dans|pour|la-bas|la|depuis|en|et|mais)\b|$))?"
_OCC_V = r"(?P<v>" + _OCC_MOD + _OCC + r"(?: (?:de|d')\s?[a-z]{3,15}|" + _OCC_QUAL[3:-2] + r")?)(?![\w'-])"
_JE_SUIS = r"\b(?:je suis|j'suis|jsuis|chuis|chu|et suis|mais suis)\s(?:(?:maintenant|desormais|actuellement|toujours|encore|" \
    r"aujourd'hui|moi-meme|moi aussi|aussi|bien|deja)\s)?(?:un\s|une\s|le\s|la\s|l')?"  # fmt: skip

# Fields of study: "j'étudie le droit", "je suis en médecine" make a student of that field.
_FIELDS = (
    r"(?i:medecine|soins infirmiers|droit|ingenierie|architecture|psychologie|economie|gestion|comptabilite|"
    r"informatique|pharmacie|odontologie|veterinaire|biologie|chimie|physique|mathematiques|maths|histoire|lettres|"
    r"journalisme|kinesitherapie|kine|nutrition|design|musique|philosophie|sociologie|marketing|staps)"
)

STUDIES = (
    rx(
        lead("j'etudie|je fais des etudes de|je fais des etudes d'|je fais|je suis en")
        + r"\s?(?:(?:le|la|l'|les|du|de la|de l'|fac de|(?:premiere|deuxieme|troisieme|quatrieme|cinquieme|"
        r"derniere) annee de|master de|licence de)\s?)?(?P<v>" + _FIELDS + r")\b"
    ),
    # "je suis en L2 d'info", "je suis en master de droit": a year of study, then the field.
    rx(
        r"(?i:\bje suis en\s(?:l[1-3]|m[12]|licence|master|bts|dut|but|prepa|premiere annee|deuxieme annee|"
        r"troisieme annee|derniere annee)\s(?:d'|de\s|en\s)(?P<v>[a-z][\w-]{2,20}))\b"
    ),
)

STUDENT_OF = "étudiant(e) en {field}"

OCCUPATION = (
    rx(
        r"\bje\s(?:travaille|bosse)\s(?:(?:maintenant|actuellement|desormais|encore|toujours)\s)?(?:(?:a mi-temps|"
        r"a temps partiel|a plein temps|a temps plein|de la maison|a domicile)\s)?comme\s(?:un\s|une\s)?" + _VALUE,
        I,
    ),
    rx(r"\b(?:mon metier|ma profession|mon poste)\s(?:est|c'est)\s(?:un\s|une\s|celui d'|celui de\s)?" + _VALUE, I),
    rx(r"(?i:" + _JE_SUIS + _OCC_V + ")"),
    rx(r"(?i:\b(?:depuis|avec) (?:ma|mon) (?P<v>retraite)\b)"),
    # "Je travaille à la mairie de Lyon comme secrétaire": where, then the job.
    rx(r"(?i:\bje\s(?:travaille|bosse)\s[^.,;!?\n]{1,40}?\scomme\s(?:un\s|une\s)?" + _OCC_V + r")"),
    # "je travaille de nuit chez Bombardier, soudeur": the job after where.
    rx(
        r"(?i:\bje\s(?:travaille|bosse)\s(?:[\w'-]{1,15}+\s){0,3}?chez\s[^.,;!?\n]{1,40},\s(?:comme\s)?(?:un\s|une\s)?"
        + _OCC_V
        + r")"
    ),
    # "en tant qu'institutrice maternelle, je ne suis pas joignable": the job said with "en tant que".
    rx(r"(?i:\ben tant qu(?:e\s|')(?:un\s|une\s)?" + _OCC_V + r")"),
    # "Oui, ancien policier à la SQ.": the job they had, said on its own.
    rx(r"(?i:(?:^|[.!?]\s{1,3})(?:(?:oui|non|si)\s?,?\s)?(?=ancien\s|ancienne\s)" + _OCC_V + r")"),
    rx(
        r"(?i:\bje suis\s(?:maintenant\s|desormais\s|actuellement\s)?(?:au\s|a la\s|en\s)(?P<v>chomage|retraite|"
        r"recherche d'emploi|preretraite)\b)"
    ),
    rx(
        r"(?i:\b(?:je m'appelle|je suis|c'est|moi c'est)\s)[A-Z][\w'-]{1,30}+(?: [A-Z][\w'-]{1,30}+){0,2},\s"
        r"(?i:(?:je suis\s)?" + _OCC_V + ")"
    ),
)

EMPLOYER = (
    # "Je suis fonctionnaire à la mairie de Nice", "prof de maths au lycée Victor-Hugo": a public employer in lower case,
    # with its name (not "au lycée" alone).
    rx(
        r"(?i:(?:"
        + _JE_SUIS
        + _OCC_MOD
        + r"(?:"
        + _OCC
        + r")\b[^.,;!?\n]{0,30}?|\bje\s(?:travaille|bosse)(?:\s[\w'-]{1,15}+){0,3}?)\s(?:a la|au|a l')\s?)"
        r"(?P<v>(?i:mairie|prefecture|poste|hopital|clinique|chu|lycee|college|ecole|universite|banque|ehpad|"
        r"maison de retraite|caisse d'allocations familiales|caf|cpam)(?=\s(?:de\s|du\s|des\s|d')?(?-i:[A-Z]))"
        r"[^.,;!?\n]{0,40})"
    ),
    # "je suis en L2 d'info à l'université de Lille": where they study.
    rx(
        r"(?i:\bje suis\s(?:etudiante?\s|en\s[^.,;!?\n]{1,30}?\s)(?:a l'|a la\s|au\s)"
        r"(?P<v>(?:universite|faculte|fac|ecole|iut|institut|haute ecole|hes|epfl|ethz)\b[^.,;!?\n]{0,40}))"
    ),
    rx(
        r"(?i:\b(?:je\s|j'|j)(?:travaille|bosse)\s(?:(?:maintenant|actuellement|desormais|aujourd'hui)\s)?(?:(?:de la maison|"
        r"de chez moi|a domicile|en teletravail|a distance|a temps partiel|a mi-temps|de nuit|de jour|la nuit)\s)?(?:comme\s"
        r"[^.,;!?\n]{2,40}?\s)?(?:(?:chez|pour)\s(?:la\s|le\s|les\s|l')?|(?:a la|au|a l'|aux)\s?))" + _CAP_VALUE
    ),
    rx(
        r"(?i:"
        + _JE_SUIS
        + _OCC_MOD
        + r"(?:"
        + _OCC
        + r")\b[^.,;!?\n]{0,30}?\s(?:(?:chez|pour)\s(?:la\s|le\s|les\s|l')?|(?:a la|au|a l'|aux)\s?))"
        + _CAP_VALUE
    ),
    rx(
        r"(?i:\b(?:un|mon|nouveau|nouvel)\s(?:nouveau\s|nouvel\s)?(?:job|poste|emploi|travail|boulot|cdi|cdd)\s"
        r"(?:chez|a la|au|a l')\s?)" + _CAP_VALUE
    ),
    rx(r"(?i:\b(?:mon employeur|mon entreprise|ma societe|ma boite)(?:\s(?:est|c'est)|,)\s)" + _CAP_VALUE),
    # "je suis retraité de la SNCF": where they worked until they retired.
    rx(
        r"(?i:\bje suis\s(?:a la\s)?retraitee?\s(?:de la\s|du\s|de l'|des\s|de\s)?)(?P<v>[A-Z][\w&'-]{1,30}+(?:\s[A-Z][\w&'-]{1,30}+)?)"
    ),
    rx(
        r"(?i:\bj'ai quitte" + _GAP + r"(?:et\s|mais\s)?(?:je suis|je travaille|je bosse)\s(?:maintenant\s|"
        r"desormais\s)?chez\s)" + _CAP_VALUE
    ),
    rx(
        r"(?i:\b(?:j'ai ete|je viens d'etre|je suis)\s(?:embauchee?|recrutee?|engagee?)\s(?:chez|par|a la|au|a l')"
        r"\s?|\b(?:je viens de rejoindre|j'ai rejoint)\s)" + _CAP_VALUE
    ),
)

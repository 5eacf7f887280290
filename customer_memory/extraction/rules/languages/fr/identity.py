"""French patterns for who the customer is: name, age, where they live, where they moved, where they are from."""

from __future__ import annotations

from customer_memory.extraction.rules.languages.fr.words import _CAP_VALUE, _DOTS_GAP, _LONG_GAP, _VALUE, OCCUPATIONS
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import trie
from customer_memory.extraction.rules.text import words

_NAME = (
    r"(?P<v>[A-Z][\w'-]{1,30}+(?: (?:[A-Z][\w'-]{1,30}+|(?:den|der|des|de|du|da|van|von|le|la|ben|el)(?![\w'-]))){0,3})"
)
_FULL_NAME = r"(?P<v>[A-Z][\w'-]{1,30}+(?: (?:de |du |le |la |ben |el )?[A-Z][\w'-]{1,30}+){1,2})"
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}+(?: [A-Za-z][\w'-]{1,30}+){0,2})"

# "chaussée de Waterloo" (Belgium), "rang", "montée" (Québec), "sentier", "faubourg" and "promenade" too.
_STREET = (
    r"(?:rue|avenue|av\.|boulevard|bd|chemin|ch\.|place|allee|impasse|route|quai|cours|square|rte|chaussee|rang|montee|"
    r"sentier|faubourg|promenade)"
)
_TOWN = r"(?P<v>[A-Z][\w'-]{1,30}+(?: [A-Z][\w'-]{1,30}+)?)"
_TITLE = r"(?:Madame|Monsieur|Mme|Mlle|Mademoiselle|M\.)"
_GREETING = r"\b(?i:bonjour|bonsoir|salut|coucou|hello|allo|re-bonjour|rebonjour|re|bjr|hello bonjour)"
_HELLO = _GREETING + r"[,!.]?\s{1,3}(?:(?i:bonjour|madame|monsieur)[,!]?\s{1,3})?"
_START = r"(?:^|[.!?]\s{1,3}|" + _HELLO + r")"
_OPENING = r"(?:^|" + _HELLO + r")"

_JOB = r"(?-i:" + trie(OCCUPATIONS, capital=True) + r")(?![\w'-])"
_MONTHS = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"

_AGE_WORDS = r"[a-z]{2,9}+(?:[- ][a-z]{2,9}+){0,4}"

NAME = (
    rx(
        r"(?i:\bje m'appelle|\bje m'apelle|\bje m appelle|\bjm'appelle|\bmon nom(?: de famille)? est|"
        r"\bmon nom c'est|\bje me nomme|\bmon nom complet est)\s{1,3}(?:maintenant\s)?" + _ANY_NAME
    ),
    # "Monsieur Dupuis à l'appareil, Gérard Dupuis": the surname said twice, the full name last.
    rx(r"\b(?P<s>[A-Z][\w'-]{1,30}+)\b[^.!?\n]{0,25}?[,.]\s{1,3}(?P<v>[A-Z][\w'-]{1,30}+ (?P=s))\b"),
    rx(_OPENING + r"(?i:c'est|moi,? c'est|ici)\s{1,3}(?:" + _TITLE + r"\s)?" + _NAME + r"(?!\s(?i:qui|que|qu')\b)"),
    rx(_START + r"(?i:je suis|moi je suis)\s{1,3}(?:" + _TITLE + r"\s)?" + _NAME),
    rx(_START + r"(?:" + _TITLE + r"\s)?" + _NAME + r"\s(?:(?i:ici)(?=\s{0,2}(?:[,.!:;]|$))|(?i:a l'appareil)\b)"),
    rx(_OPENING + r"(?:" + _TITLE + r"\s)?" + _FULL_NAME + r"(?=\s{0,3}(?:[.,;!(\u2014\u2013-]|$))"),
    rx(r"(?i:\bappelez-moi|\bvous pouvez m'appeler|\btout le monde m'appelle|\bon m'appelle)\s{1,3}" + _NAME),
)

AGE = (
    rx(
        r"(?i:\b(?:j'ai|j ai|jai|j'aurai|je vais avoir|je viens d'avoir|j'ai eu|je vais sur mes|je fete mes|"
        r"j'ai fete mes)\s(?:(?:deja|bientot|presque|maintenant|tout juste|plus de|quand meme)\s)?(?P<v>\d{1,3}|"
        + _AGE_WORDS
        + r")\s(?:ans|balais|printemps)\b(?!\s(?:de\b|d'|que\b|qu'|chez\b|avec\b|dans\b|d\b)))"
    ),
    # "elle a cinquante-cinq ans. Moi j'en ai cinquante-huit": "en" standing for the years said just before.
    rx(
        r"(?i:\bans\b[^\n]{0,80}?\b(?:moi\s)?j'en ai\s(?:(?:deja|bientot|presque|maintenant)\s)?(?P<v>\d{2,3}|"
        # An adult's age in words ("cinquante-huit", "septante-deux"), not "j'en ai trois" (children).
        r"(?:vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|quatre-vingts?|nonante)"
        r"(?:[- ](?:et[- ])?[a-z]{2,6}+){0,2})\b(?!\s(?:de\b|d'|mois\b|semaines\b|jours\b|enfants\b)))"
    ),
    rx(
        r"(?i:\b(?:du haut de|avec|a) mes\s(?P<v>\d{1,3}|" + _AGE_WORDS + r")\sans\b|\bage de\s(?P<v2>\d{1,3})\s"
        r"ans\b|\bmon age est\s(?P<v3>\d{1,3})\b)"
    ),
)

LOCATION = (
    rx(
        r"(?i:\b(?:j'habite|j habite|jhabite|on habite|nous habitons|je vis|on vit|nous vivons|je reside|"
        r"nous residons|je demeure|je suis installee?|nous sommes installes|on est installes)\s(?:(?:maintenant|"
        r"actuellement|desormais|toujours|encore|aujourd'hui|depuis peu|moi)\s)?(?:(?:a|au|aux|en|dans|pres de|"
        r"a cote de|vers|sur)\s|(?-i:(?=[A-Z]))))(?!\d|la gare\b|banlieue\b|peripherie\b|la banlieue\b|l'hotel\b|couple\b|colocation\b|location\b|face\b|cote\b|proximite\b|"
        r"(?:deux|trois|quatre|cinq|dix|quelques|vingt|trente)\s(?:rues|pas|minutes|km|kilometres|metres|maisons)\b)"
        + _VALUE
    ),
    rx(r"(?i:\bchez (?:nous|moi),?\s(?:a|au|en)\s)" + _CAP_VALUE),
    # "On habite en banlieue de Lille, à Lambersart": the town, else the city whose suburbs; "domicilié à Toulouse".
    rx(
        r"(?i:\b(?:j'habite|on habite|nous habitons|je vis|on vit|nous vivons)\s(?:en|dans la) (?:banlieue|peripherie)"
        r" (?:de\s|d')[^,.;!?\n]{1,30},\s(?:a|au)\s)" + _CAP_VALUE
    ),
    rx(
        r"(?i:\b(?:j'habite|on habite|nous habitons|je vis|on vit|nous vivons)\s(?:en|dans la) (?:banlieue|peripherie)"
        r" (?:de\s|d'))" + _TOWN + r"(?![^.;!?\n]{0,3},\s(?:a|au)\s)"
    ),
    rx(r"(?i:\bdomiciliee?s?\s(?:a|au|en)\s)" + _CAP_VALUE),
    # "J'habite à Lille... non pardon, à Roubaix": the place after the self-correction.
    rx(
        r"(?i:\b(?:habite|habitons|vis|vivons)\s(?:a|au|en)" + _DOTS_GAP + r"(?:pardon|non|enfin|je veux dire)\b"
        r"[,.]?\s{1,3}(?:a|au|en)\s)" + _CAP_VALUE
    ),
    rx(
        r"(?i:\b(?:originaire|viens|suis|venue?)\s(?:de\s|d'))[A-Z][\w'-]{0,25}+"
        + _LONG_GAP
        + r"(?i:ici,?\s(?:a|au|en)\s)"
        + _CAP_VALUE
    ),
    # "On reste à Lévis", "jreste à Laval mais jsuis jamais là": where they live, said with "rester" (Québec); not a
    # stay ("je reste à Paris jusqu'à lundi").
    rx(
        r"(?i:\b(?:je reste|j'reste|jreste|on reste|nous restons)\s(?:(?:maintenant|toujours|encore|rendu)\s)?(?:a|au)\s)"
        + _TOWN
        + r"(?![^.!?\n]{0,40}\b(?:jusqu|ce week|cette semaine|cette fin|pendant|pour (?:la|le|les|quelques|une|un|deux|"
        r"trois)|demain|ce soir|cet ete|cet hiver|en vacances|quelques jours)\b)"
    ),
    # "l'entrée de mon appart aux Chartrons, à Bordeaux", "notre maison à Rixensart": their home, then where.
    rx(
        r"(?i:\b(?:mon|notre|ma)\s(?:appart|appartement|maison|logement|domicile|condo|logis)\s(?:a|au|aux|en|dans le|"
        r"dans la|sur le|sur la)\s)(?!(?:" + _MONTHS + r")\b)" + _TOWN
    ),
    # "je suis prof des écoles, à Nantes", "je suis infirmière auxiliaire au CHUS à Sherbrooke": the town they work in,
    # said with the job (as "je travaille à …" is).
    rx(
        r"(?i:\bje suis\s(?:un\s|une\s)?"
        + _JOB
        + r"(?:[\s,]{1,3}(?!a\s(?-i:[A-Z]))[\w'-]{1,20}+){0,4}?,?\s(?:a)\s)"
        + _TOWN
    ),
    # "ma blonde Audrey, on reste ensemble à Laval": living together, said with "rester" (Québec).
    rx(
        r"(?i:\b(?:on reste|nous restons|on vit|nous vivons|on habite|nous habitons) ensemble (?:a|au|en|dans)\s)"
        + _TOWN
    ),
    # "chemin de Montelly 15, 1007 Lausanne", "23, rue de Marseille\n69007 Lyon": the town of an address.
    rx(
        r"(?i:\b"
        + _STREET
        + r"\s(?:[\w'-]{1,25}+\s){0,4}?[\w'-]{1,25}+,?\s{1,3}(?:[A-Z]{1,2}-)?\d{4,5}\s)(?P<addr>)"
        + _TOWN
    ),
    # "rue Saint-Gilles 112 à Liège".
    rx(r"(?i:\b" + _STREET + r"\s(?:[\w'-]{1,25}+\s){0,4}?\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:a|au)\s)(?P<addr>)" + _TOWN),
    # "dans le 7e arrondissement de Lyon, où j'habite depuis trente ans".
    rx(r"(?i:\b(?:a|au|de|en)\s)" + _TOWN + r"(?i:,?\s(?:ou|la ou)\s(?:j'habite|je vis|nous habitons|on habite)\b)"),
)

LIVES_WORDS = words(
    "habite|habitons|habitent|j'habite|vis|vivons|je vis|reste|je reste|reside|ici a|chez moi|moi je suis|moi, je suis"
    "|travaille|travaillons|je bosse"
)

MOVED_WORDS = words(
    "demenage|demenagee|demenages|demenagement|installe|installee|installes|installees|parti vivre|partie vivre|mute|mutee"
)

PLACE_PREPS = words("a|au|en|sur")
MOVE_PREPS = words("a|vers")
# With them, where they would move ("si jamais on déménage à Genève l'an prochain").
TRIP_WORDS = words(
    "si jamais|l'an prochain|l'annee prochaine|voyage|vacances|en deplacement|cette semaine|de passage|congres|hotel|en visite|vol|vols"
)

# The agent reads the address back, the customer says yes (homes.confirmed_address).
ADDRESS_WORDS = words("adresse|vous habitez|habitez-vous|habitez vous|tu habites|domicile|vous residez")
YES_WORDS = words(
    "oui|exact|exactement|c'est ca|c'est bien ca|tout a fait|correct|absolument|ouais|effectivement|toujours"
)

MOVED = (
    # "on a déménagé le mois dernier, c'est Vaulx-en-Velin maintenant": the move, then the new town.
    rx(
        r"(?i:\b(?:on a|j'ai|nous avons|on s'est|je me suis)\s(?:demenage|demenagee|demenages|installee?s?)\b"
        r"[^.!?\n]{0,40}?,\s(?:(?:et\s)?(?:maintenant|desormais)\s)?(?:c'est|on est a|je suis a|nous sommes a)\s)"
        + _TOWN
    ),
    rx(
        r"(?i:\b(?:(?:j'ai|on a|nous avons|je suis|nous sommes|on est)\s(?:(?:recemment|enfin|finalement|deja|"
        r"donc)\s)?(?:demenagee?s?|emmenagee?s?|installee?s?|partie?s? vivre|revenue?s? vivre)|(?:je viens|on vient|"
        r"nous venons)\s(?:de\s|d')(?:demenager|emmenager|m'installer|nous installer|arriver))\s(?:(?:recemment|"
        r"enfin)\s)?(?:a|au|aux|en|dans|sur|pres de)\s)(?!(?:" + _MONTHS + r"|debut|fin|juste|\d)\b)" + _VALUE
    ),
)

HOMETOWN = (
    rx(
        r"(?i:\b(?:je suis|moi je suis|je viens)\s(?:originaire\s)?(?:a l'origine\s)?(?:de\s|d')|"
        r"\boriginaire (?:de\s|d')|\bje suis nee?\s(?:a|au|en)\s|\bj'ai grandi\s(?:a|au|en)\s)(?i:la\s|le\s)?"
        + _CAP_VALUE
    ),
)

"""French patterns for preferences, accessibility, devices and plans; the words of routines and contact hours."""

from __future__ import annotations

from customer_memory.extraction.rules.languages.fr.words import _GAP, _VALUE, BRANDS, LANGUAGES, I
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import trie
from customer_memory.extraction.rules.text import words

_LANG = trie(LANGUAGES)
_DAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"

PREFERENCES = (
    (
        rx(
            r"\bje\sprefere\s(?!(?:que|qu'|parler|ecrire|etre|vous|pas|ne)\b)(?!(?:le\s|la\s|l')?(?:" + _LANG + r")\b)"
            r"(?:le\s|la\s|les\s|l'|"
            r"un\s|une\s|des\s)?" + _VALUE,
            I,
        ),
        "preferences",
    ),
    (
        rx(
            r"\b(?:je|nous|on)\s(?:prends|prenons|prend|choisis|choisit|reserve|reservons|demande|veux|paie|paye|"
            r"regle|commande)\s(?:toujours|systematiquement|de preference|habituellement)\s(?:en\s|par\s|le\s|la\s|"
            r"les\s|l'|un\s|une\s|des\s)?" + _VALUE,
            I,
        ),
        "preferences",
    ),
    (rx(r"\bil (?:me|nous) faut toujours\s(?:un\s|une\s|le\s|la\s|des\s)?" + _VALUE, I), "preferences"),
    (
        rx(
            r"\b(?:(?:toujours|systematiquement|desormais|dorenavant)\s(?:laisser|livrer|deposer|mettre|donner|"
            r"confier|laissez|livrez|deposez|mettez)|(?:laisser|livrer|deposer|mettre|laissez|livrez|deposez|"
            r"mettez)\s(?:toujours|systematiquement|desormais|dorenavant))\s(?:mes\s|les\s|le\s|la\s|mon\s|ma\s)?"
            r"(?:colis|paquets?|livraisons?|courriers?|commandes?)\s(?:a|chez|devant|dans|au|aux|a cote de)\s"
            r"(?:la\s|le\s|l'|les\s|ma\s|mon\s|mes\s)?" + _VALUE,
            I,
        ),
        "preferences",
    ),
    (
        rx(
            r"\b(?:livraisons?|livrer|livrez)" + _GAP + r"(?:toujours|uniquement|seulement|de preference)\s"
            r"(?:le\s|la\s|en\s|l')?(?P<v>(?:" + _DAYS + r"|matin|soir|apres-midi|week-end|semaine)s?)\b",
            I,
        ),
        "preferences",
    ),
    # "livraison le mercredi uniquement": the day, then "only".
    (
        rx(
            r"\b(?:livraisons?|livrer|livrez)\s(?:le\s|les\s|un\s)?(?P<v>(?:" + _DAYS + r")s?)\s(?:uniquement|"
            r"seulement|exclusivement)\b",
            I,
        ),
        "preferences",
    ),
    (
        rx(
            r"\b(?P<v>(?:pas de|aucun|aucune|jamais de|sans)\s(?:remplacements?|substitutions?|"
            r"produits? de (?:remplacement|substitution)))\b",
            I,
        ),
        "preferences",
    ),
    (
        rx(r"\b(?:j'adore|je suis fan d[eu']|je suis passionnee? d[eu'])\s?(?:le\s|la\s|les\s|l')?" + _VALUE, I),
        "likes",
    ),
    (
        rx(
            r"\b(?:je deteste|j'ai horreur d[eu']|je ne supporte pas|je supporte pas)\s?(?:le\s|la\s|les\s|l')?"
            + _VALUE,
            I,
        ),
        "dislikes",
    ),
    (
        rx(
            r"\b(?:je suis|sommes|on est|je mange|nous mangeons|on mange)\s(?:\w+\s)?(?P<v>vegetarien(?:ne)?s?|"
            r"vegan(?:e)?s?|vegetalien(?:ne)?s?|cœliaque|coeliaque|celiaque|diabetique|sans gluten|sans lactose|"
            r"halal|casher|kasher|pescetarien(?:ne)?s?|flexitarien(?:ne)?s?)\b",
            I,
        ),
        "dietary",
    ),
    # "un repas halal, mettez-le dans mon profil", "mes menus végétariens": the kind of meal they ask for.
    (
        rx(
            r"\b(?:un|le|mon|mes|des|les)\s(?:repas|menus?|plateaux?)\s(?P<v>halal|casher|kasher|vegetarien(?:ne)?s?|"
            r"vegan(?:e)?s?|vegetalien(?:ne)?s?|sans gluten|sans lactose|sans porc)\b",
            I,
        ),
        "dietary",
    ),
    (rx(r"\bintolerante?s?\s(?:au|a la|aux)\s(?P<v>lactose|gluten|fructose|histamine)\b", I), "dietary"),
    (
        rx(
            r"\b(?:j'ai|nous avons|on a)\s(?:une\s)?intolerance\s(?:au|a la|aux|a l')\s?(?P<v>lactose|gluten|fructose|"
            r"histamine)\b",
            I,
        ),
        "allergies",
    ),
    (
        rx(
            r"\b(?:je|nous|on)\s(?:ne\s|n')?(?P<v>mange(?:ons)? (?:pas|plus|jamais) de (?:viande|porc|poisson|"
            r"gluten|produits laitiers|fruits de mer|boeuf|bœuf))\b",
            I,
        ),
        "dietary",
    ),
    (
        rx(r"\b(?:je suis|suis)\s(?:tres\s|gravement\s)?allergiques?\s(?:a|au|aux)\s(?:la\s|l')?" + _VALUE, I),
        "allergies",
    ),
    (
        rx(r"\b(?:j'ai|avec)\s(?:une\s)?(?:grave\s|forte\s)?allergie\s(?:a|au|aux)\s(?:la\s|l')?" + _VALUE, I),
        "allergies",
    ),
    (
        rx(
            r"\b(?:je|nous|on)\s(?P<v>(?:fais|faisons|fait|commande|commandons|passe|vais|allons|achete|prends|"
            r"joue|teletravaille|travaille|regarde|paie|paye|nage|cours|mange)" + _GAP + r"(?:tous les|"
            r"chaque)\s(?:" + _DAYS + r"s?|jours?|matins?|soirs?|week-ends?|weekends?|mois|semaines?|ans)\b(?:\s"
            r"(?:soirs?|matins?|midi|apres-midi))?)",
            I,
        ),
        "habit",
    ),
)

ACCESSIBILITY = (
    rx(
        r"\b(?:appareils?\s(?:auditifs?|acoustiques?)|protheses? auditives?|(?:je suis|suis)\s(?:un peu\s|tres\s|"
        r"completement\s|partiellement\s)?(?:malentendante?|sourde?|malvoyante?|aveugle|non-voyante?|"
        r"daltonienne?|dyslexique|paraplegique|tetraplegique)|lecteur d'ecran|voiceover|talkback|loupe d'ecran|"
        r"fauteuil roulant|en fauteuil(?: roulant)?|pmr|mobilite reduite|(?:je (?:vois|entends)|j'entends) (?:tres\s)?mal|je n'(?:y\s)?"
        r"(?:vois|entends) (?:plus|pas) (?:tres\s)?bien|basse vision|gros caracteres|grands caracteres|"
        r"police plus grande|braille|langue des signes|dmla|cataracte|glaucome|deambulateur|"
        # "je n'entends presque rien", "prothèse de hanche", "une prothèse au genou": hearing, hip and knee.
        r"je n'(?:y\s)?(?:entends|vois) (?:presque|quasiment|plus|pratiquement) rien(?!\s(?:de|du|des|d')\b)|protheses? (?:de (?:la\s)?|du\s|"
        r"au\s|a la\s)(?:hanche|genou)|operee? de la hanche|operee? du genou|canne anglaise|cannes anglaises|"
        r"bequilles|je marche avec (?:une canne|un deambulateur|des cannes)|j'ai (?:beaucoup\s)?du mal a (?:entendre|marcher|"
        r"voir(?=\s{0,2}[,.!;]|$|\s(?:de loin|de pres|les petit)))|je suis appareillee?)\b",
        I,
    ),
)

DEVICE = (
    rx(
        r"(?i:\b(?:j'ai|j'utilise|je possede|on a|nous avons|mon|ma|mes|notre|nos|un|une|la|le|sur)\s(?:(?:nouveau|"
        r"nouvelle|vieux|vieille|vieil|ancien|ancienne)\s)?(?:(?:tele|tv|television|telephone|portable|smartphone|"
        r"ordinateur|ordi|pc|tablette|box|voiture|montre|enceinte|casque|imprimante|camera|frigo|"
        r"lave-linge|machine a laver)\s)?)(?P<v>(?i:" + trie(BRANDS) + r")\b[\w +-]{0,24})"
    ),
    rx(
        r"(?i:\b(?:j'ai installe|j'ai achete|j'ai recu|j'utilise|mon|ma)\s(?:la\s|le\s|une\s|un\s|ma\s|mon\s)?)"
        r"(?P<v>(?i:camera|imprimante|routeur|tablette|ordinateur portable|liseuse|enceinte connectee|"
        r"montre connectee|box internet|decodeur|thermostat|sonnette)(?: de surveillance| connectee?| wifi)?)\b"
    ),
)

FREQUENCY_WORDS = words(
    "tous les jours|tous les soirs|tous les matins|toutes les semaines|tous les mois|tous les lundis|tous les mardis|tous les mercredis|tous les jeudis|tous les vendredis|tous les samedis|tous les dimanches|chaque jour|chaque soir|chaque matin|chaque semaine|chaque mois|le week-end|les week-ends|d'habitude|une fois par semaine|deux fois par semaine"
)

CALL_WORDS = words("appeler|appelez|appelez-moi|appel|appels|telephoner|joignable|rappeler|rappelez|contacter|joindre")
TIME_WORDS = words("matin|matinee|apres-midi|soir|soiree|apres|avant|entre|midi|week-end")
REQUEST_WORDS = words("svp|s'il vous plait|seulement|jamais|uniquement|plutot|pas d'appel|de preference")

PLAN_WORDS = words(
    "forfait|offre|abonnement|formule|abonnee|abonne|option|carte|box|membre|carte|assurance|contrat|compte"
)

SELF_WORDS = words("je|j'ai|mon|ma|mes|nous|notre|abonnee|abonne|moi")

PLAN = (
    rx(
        r"(?i:\b(?:je suis|on est|nous sommes|j'ai|j'ai pris|je reste|on reste|je passe|je viens de passer|"
        r"passez-moi|je veux passer|j'ai souscrit|je garde|je suis passee?)(?:\s[^\s.!?\n]{1,20}+){0,5}?\s(?:l')?(?:offre|"
        r"formule|abonnement|forfait|statut|niveau|pack|option|tarif|programme)\s)"
        r"(?P<v>[A-Z0-9][\w-]{0,20}(?:\s[A-Z0-9][\w-]{0,20})?)"
    ),
    rx(
        r"(?i:\b(?:passer|passez-moi|je passe|je suis|je reste|on reste|on est|rester)\s(?:en|au|a l')\s(?:formule\s"
        r"|offre\s|abonnement\s)?(?P<v>tous risques|tiers(?: plus| etendu)?|premium|gold|platine|platinum|"
        r"essentiel|confort|basique|standard|integral|integrale|vip|pro)\b)"
    ),
    rx(
        r"(?i:\b(?:je suis|je suis client|je suis membre)\s(?:statut|niveau|membre|client|cliente|abonnee?)\s)"
        r"(?P<v>[A-Z][\w-]{1,20}+(?:\s[A-Z][\w-]{0,20}+)?)"
    ),
    # "Finalement j'ai pris la couverture tous risques": a tier in lower case after the kind of cover.
    rx(
        r"(?i:\b(?:j'ai|nous avons|on a)(?:\s(?:finalement|maintenant|donc|enfin))?(?:\s(?:pris|choisi|souscrit))?"
        r"\s(?:la\s|l'|une\s)(?:couverture|formule|assurance|offre|option)\s(?P<v>tous risques|tiers(?: plus| etendu)?|"
        r"premium|gold|platine|essentiel|confort|basique|standard|integrale?|vip|pro|de base)\b)"
    ),
    # "nous avons l'assurance ménage Confort chez vous", "j'ai la formule Duo": the name after a kind of plan.
    rx(
        r"(?i:\b(?:j'ai|nous avons|on a|j'ai pris|nous avons pris)\s(?:l'|la\s|le\s|une\s|un\s)(?:assurance|formule|"
        r"offre|abonnement|forfait|contrat|option)\s(?:[a-z]{3,12}\s)?)(?P<v>[A-Z][\w-]{1,20}+(?:\s[A-Z][\w-]{1,20}+)?)"
    ),
)


# Said just before the vehicle the customer drives (rules/vehicles.py).
VEHICLE_CUES = words(
    "j'ai|jai|je conduis|je roule en|je roule avec|j'ai achete|jai achete|on a|nous avons|ma|mon|ma voiture est"
)

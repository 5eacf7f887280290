"""French."""

from __future__ import annotations

import re

from customer_memory.extraction.rules.languages import Instruction, LanguagePack
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import lead, trie
from customer_memory.extraction.rules.text import words

I = re.IGNORECASE  # noqa: E741 (reads as a flag, like re.I)
# Keys are folded (no accents); "œ" does not fold, so both spellings are given.
RELATIONS = {
    "mari": "spouse", "femme": "spouse", "epouse": "spouse", "epoux": "spouse", "compagnon": "spouse",
    "compagne": "spouse", "conjoint": "spouse", "conjointe": "spouse", "concubin": "spouse", "concubine": "spouse",
    "fiance": "spouse", "fiancee": "spouse", "partenaire": "spouse", "copain": "spouse", "copine": "spouse",
    "fils": "son", "fille": "daughter", "mere": "mother", "maman": "mother", "pere": "father", "papa": "father",
    "frere": "brother", "soeur": "sister", "sœur": "sister", "petit-fils": "grandson",
    "petite-fille": "granddaughter", "petit-enfant": "grandchild", "grand-mere": "grandmother",
    "mamie": "grandmother", "grand-pere": "grandfather", "papi": "grandfather", "neveu": "nephew", "niece": "niece",
    "oncle": "uncle", "tante": "aunt", "cousin": "cousin", "cousine": "cousin", "belle-mere": "mother_in_law",
    "beau-pere": "father_in_law", "gendre": "son_in_law", "belle-fille": "daughter_in_law",
    "beau-frere": "brother_in_law", "belle-soeur": "sister_in_law", "belle-sœur": "sister_in_law",
    "aide-soignante": "carer", "auxiliaire de vie": "carer",
    "veuve": "spouse", "veuf": "spouse",
}  # fmt: skip
_FAMILY = {word: key for word, key in RELATIONS.items() if word not in {"veuve", "veuf"}}
PETS = {
    "chien": "dog", "chienne": "dog", "chiot": "dog", "chat": "cat", "chatte": "cat", "chaton": "cat",
    "lapin": "rabbit", "lapine": "rabbit", "perroquet": "parrot", "perruche": "bird", "canari": "bird",
    "oiseau": "bird", "hamster": "hamster", "cochon d'inde": "guinea pig", "cheval": "horse", "jument": "horse",
    "poney": "horse", "poisson": "fish", "poisson rouge": "fish", "tortue": "tortoise", "serpent": "snake",
    "furet": "ferret", "chinchilla": "chinchilla", "rat": "rat", "souris": "mouse",
    "beagle": "dog", "labrador": "dog", "berger allemand": "dog", "berger australien": "dog", "caniche": "dog",
    "teckel": "dog", "chihuahua": "dog", "bouledogue": "dog", "bouledogue francais": "dog", "carlin": "dog",
    "golden retriever": "dog", "yorkshire": "dog", "husky": "dog", "border collie": "dog", "jack russell": "dog",
    "cocker": "dog", "epagneul": "dog", "bichon": "dog", "shih tzu": "dog", "spitz": "dog", "boxer": "dog",
    "persan": "cat", "siamois": "cat", "maine coon": "cat", "sacre de birmanie": "cat",
}  # fmt: skip
# "vingt" multiplies what precedes it ("quatre-vingt-deux" = 4 x 20 + 2); "et" joins ("soixante et onze").
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "et": 0,
}  # fmt: skip
MULTIPLIERS = {"vingt": 20, "vingts": 20, "cent": 100, "cents": 100}
OCCUPATIONS = words(
    "fleuriste|camionneur|camionneuse|chauffeur routier|routier|institutrice|instituteur|estheticienne|coiffeur|coiffeuse|boulanger|boulangere|patissier|patissiere|boucher|bouchere|caissiere|caissier|serveur|serveuse|livreur|livreuse|cariste|magasinier|magasiniere|plombier|electricien|electricienne|menuisier|macon|notaire|comptable|infirmier|infirmiere|aide-soignant|aide-soignante|aide soignante|medecin|docteur|chirurgien|chirurgienne|"
    "dentiste|pharmacien|pharmacienne|kine|kinesitherapeute|sage-femme|osteopathe|psychologue|psychiatre|"
    "veterinaire|professeur|professeure|prof|enseignant|enseignante|instituteur|institutrice|educateur|educatrice|"
    "etudiant|etudiante|lyceen|lyceenne|doctorant|doctorante|developpeur|developpeuse|ingenieur|ingenieure|"
    "informaticien|informaticienne|programmeur|programmeuse|technicien|technicienne|graphiste|designer|architecte|"
    "avocat|avocate|notaire|juriste|comptable|expert-comptable|consultant|consultante|commercial|commerciale|"
    "vendeur|vendeuse|caissier|caissiere|serveur|serveuse|cuisinier|cuisiniere|chef cuisinier|chef de projet|"
    "chef d'entreprise|chef|boulanger|boulangere|boucher|bouchere|patissier|patissiere|coiffeur|coiffeuse|"
    "estheticienne|electricien|plombier|menuisier|charpentier|macon|peintre|mecanicien|mecanicienne|agriculteur|"
    "agricultrice|viticulteur|viticultrice|eleveur|eleveuse|chauffeur de bus|chauffeur de taxi|chauffeur routier|"
    "chauffeur livreur|chauffeur|livreur|livreuse|conducteur|conductrice|pilote|policier|policiere|gendarme|"
    "pompier|militaire|facteur|factrice|secretaire|assistant|assistante|assistante maternelle|nounou|"
    "auxiliaire de vie|aide a domicile|animateur|animatrice|journaliste|ecrivain|ecrivaine|auteur|autrice|"
    "traducteur|traductrice|photographe|artiste|musicien|musicienne|comedien|comedienne|fonctionnaire|"
    "agent immobilier|agent de securite|banquier|banquiere|conseiller bancaire|conseillere bancaire|artisan|"
    "artisane|retraite|retraitee|a la retraite|au chomage|sans emploi|demandeur d'emploi|demandeuse d'emploi|"
    "mere au foyer|pere au foyer|femme au foyer|auto-entrepreneur|auto-entrepreneuse|independant|independante|"
    "freelance|entrepreneur|entrepreneuse|gerant|gerante|directeur|directrice|manager|cadre|ouvrier|ouvriere|"
    "employe|employee|agent d'entretien|femme de menage|ambulancier|ambulanciere|opticien|opticienne|"
    "bibliothecaire|chercheur|chercheuse|orthophoniste|ergotherapeute|puericultrice|manutentionnaire|magasinier|"
    "cariste|steward|hotesse de l'air|data scientist|chef de chantier|agent de maitrise|aide-menagere|"
    "auxiliaire de puericulture|preparateur en pharmacie|preparatrice en pharmacie|interne|stagiaire|apprenti|"
    "apprentie|intermittent du spectacle"
)
BRANDS = words(
    "iphone|ipad|macbook|imac|apple watch|apple tv|airpods|samsung|galaxy|pixel|huawei|xiaomi|oppo|honor|oneplus|"
    "motorola|nokia|sony|lg|philips|panasonic|tcl|hisense|dell|hp|lenovo|asus|acer|livebox|freebox|bbox|sfr box|"
    "box sfr|neufbox|kindle|kobo|sonos|playstation|xbox|nintendo|peugeot|renault|citroen|dacia|volkswagen|toyota|"
    "tesla|fiat|opel|skoda|ford|bmw|audi|mercedes|nissan|kia|hyundai|thermomix|dyson|nespresso|netatmo|tado|"
    "chromecast|fire tv|roku|alexa|google home|nest|fitbit|garmin|canon|epson|brother|gopro"
)
LANGUAGES = {
    "anglais": "English (anglais)", "francais": "French (français)", "allemand": "German (allemand)",
    "espagnol": "Spanish (espagnol)", "portugais": "Portuguese (portugais)", "italien": "Italian (italien)",
    "arabe": "Arabic (arabe)", "vietnamien": "Vietnamese (vietnamien)", "hebreu": "Hebrew (hébreu)",
    "russe": "Russian (russe)", "chinois": "Chinese (chinois)", "mandarin": "Mandarin (mandarin)",
    "japonais": "Japanese (japonais)", "coreen": "Korean (coréen)", "turc": "Turkish (turc)",
    "polonais": "Polish (polonais)", "neerlandais": "Dutch (néerlandais)", "roumain": "Romanian (roumain)",
    "grec": "Greek (grec)", "ukrainien": "Ukrainian (ukrainien)", "english": "English",
}  # fmt: skip
CHANNELS = {
    "e-mail": "email", "email": "email", "mail": "email", "mel": "email", "courriel": "email",
    "sms": "SMS", "texto": "SMS", "textos": "SMS", "whatsapp": "WhatsApp", "telegram": "Telegram",
    "messenger": "Messenger", "signal": "Signal", "telephone": "phone", "appel": "phone", "appels": "phone",
    "appeler": "phone", "courrier": "courrier postal", "la poste": "courrier postal", "lettre": "courrier postal",
    "voie postale": "courrier postal", "chat": "chat", "messagerie": "chat",
}  # fmt: skip

_NAME = r"(?P<v>[A-Z][\w'-]{1,30}+(?: (?:[A-Z][\w'-]{1,30}+|de|du|des|da|van|von|le|la|ben|el)){0,3})"
_FULL_NAME = r"(?P<v>[A-Z][\w'-]{1,30}+(?: (?:de |du |le |la |ben |el )?[A-Z][\w'-]{1,30}+){1,2})"
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}+(?: [A-Za-z][\w'-]{1,30}+){0,2})"
_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"
_CAP_VALUE = r"(?P<v>[A-Z0-9][^.,;:!?\n]{0,59})"
_TITLE = r"(?:Madame|Monsieur|Mme|Mlle|Mademoiselle|M\.)"
_GREETING = r"\b(?i:bonjour|bonsoir|salut|coucou|hello|allo|re-bonjour|rebonjour|re|bjr|hello bonjour)"
_HELLO = _GREETING + r"[,!.]?\s{1,3}(?:(?i:bonjour|madame|monsieur)[,!]?\s{1,3})?"
_START = r"(?:^|[.!?]\s{1,3}|" + _HELLO + r")"
_OPENING = r"(?:^|" + _HELLO + r")"
_REL = trie(_FAMILY)
_PET = trie(PETS)
# Case-sensitive but for the first letter: cheap to try after every "je suis" (see `trie`).
_OCC = r"(?-i:" + trie(OCCUPATIONS, capital=True) + r")"
# Modifiers and the English loanwords French job titles take ("game designer", "chef de projet web").
_OCC_MOD = r"(?:(?:jeune|ancien|ancienne|simple|futur|future|web|ux|ui|game|data|product|software|sales|community|" \
    r"brand|account|digital|office|key account)\s)?"  # fmt: skip
_OCC_V = r"(?P<v>" + _OCC_MOD + _OCC + r"(?: (?:de|d')\s?[a-z]{3,15})?)(?![\w'-])"
_JE_SUIS = r"\b(?:je suis|j'suis|chuis|et suis|mais suis)\s(?:(?:maintenant|desormais|actuellement|toujours|encore|" \
    r"aujourd'hui|moi-meme|moi aussi|aussi|bien|deja)\s)?(?:un\s|une\s)?"  # fmt: skip
_MONTHS = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_DAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_CH = trie(CHANNELS)
_LANG = trie(LANGUAGES)
_AGE_WORDS = r"[a-z]{2,9}+(?:[- ][a-z]{2,9}+){0,4}"

# A bounded gap of a few words (not characters): one step per word keeps "X ... Y" cheap to try anywhere.
_GAP = r"(?:[^\w.!?\n'-]{1,3}[\w'-]{1,25}+){0,6}?[^\w.!?\n'-]{1,3}"
_LONG_GAP = r"(?:[^\w.!?\n'-]{1,3}[\w'-]{1,25}+){0,14}?[^\w.!?\n'-]{1,3}"
# The same, across the dots of a hesitation ("Lille... non pardon, Roubaix").
_DOTS_GAP = r"(?:[^\w!?\n'-]{1,4}[\w'-]{1,25}+){0,6}?[^\w!?\n'-]{1,4}"

# Fields of study: "j'étudie le droit", "je suis en médecine" make a student of that field.
_FIELDS = (
    r"(?i:medecine|soins infirmiers|droit|ingenierie|architecture|psychologie|economie|gestion|comptabilite|"
    r"informatique|pharmacie|odontologie|veterinaire|biologie|chimie|physique|mathematiques|maths|histoire|lettres|"
    r"journalisme|kinesitherapie|kine|nutrition|design|musique|philosophie|sociologie|marketing|staps)"
)

PACK = LanguagePack(
    code="fr",
    name=(
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
    ),
    age=(
        rx(
            r"(?i:\b(?:j'ai|j ai|jai|j'aurai|je vais avoir|je viens d'avoir|j'ai eu|je vais sur mes|je fete mes|"
            r"j'ai fete mes)\s(?:(?:deja|bientot|presque|maintenant|tout juste|plus de|quand meme)\s)?(?P<v>\d{1,3}|"
            + _AGE_WORDS
            + r")\s(?:ans|balais|printemps)\b(?!\s(?:de\b|d'|que\b|qu'|chez\b|avec\b|dans\b|d\b)))"
        ),
        rx(
            r"(?i:\b(?:du haut de|avec|a) mes\s(?P<v>\d{1,3}|" + _AGE_WORDS + r")\sans\b|\bage de\s(?P<v2>\d{1,3})\s"
            r"ans\b|\bmon age est\s(?P<v3>\d{1,3})\b)"
        ),
    ),
    number_words=NUMBERS,
    number_multipliers=MULTIPLIERS,
    location=(
        rx(
            r"(?i:\b(?:j'habite|j habite|jhabite|on habite|nous habitons|je vis|on vit|nous vivons|je reside|"
            r"nous residons|je demeure|je suis installee?|nous sommes installes|on est installes)\s(?:(?:maintenant|"
            r"actuellement|desormais|toujours|encore|aujourd'hui|depuis peu|moi)\s)?(?:(?:a|au|aux|en|dans|pres de|"
            r"a cote de|vers|sur)\s|(?-i:(?=[A-Z]))))(?!\d|la gare\b|l'hotel\b|couple\b|colocation\b|location\b|face\b)"
            + _VALUE
        ),
        rx(r"(?i:\bchez (?:nous|moi),?\s(?:a|au|en)\s)" + _CAP_VALUE),
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
    ),
    lives_words=words(
        "habite|habitons|habitent|j'habite|vis|vivons|je vis|reste|je reste|reside|ici a|chez moi"
        "|travaille|travaillons|je bosse"
    ),
    moved_words=words(
        "demenage|demenagee|demenages|demenagement|installe|installee|installes|installees|parti vivre|partie vivre|mute|mutee"
    ),
    place_preps=words("a|au|en|sur"),
    move_preps=words("a|vers"),
    trip_words=words("voyage|vacances|en deplacement|cette semaine|de passage|congres|hotel|en visite|vol|vols"),
    moved=(
        rx(
            r"(?i:\b(?:(?:j'ai|on a|nous avons|je suis|nous sommes|on est)\s(?:(?:recemment|enfin|finalement|deja|"
            r"donc)\s)?(?:demenagee?s?|emmenagee?s?|installee?s?|partie?s? vivre|revenue?s? vivre)|(?:je viens|on vient|"
            r"nous venons)\s(?:de\s|d')(?:demenager|emmenager|m'installer|nous installer|arriver))\s(?:(?:recemment|"
            r"enfin)\s)?(?:a|au|aux|en|dans|sur|pres de)\s)(?!(?:" + _MONTHS + r"|debut|fin|juste|\d)\b)" + _VALUE
        ),
    ),
    hometown=(
        rx(
            r"(?i:\b(?:je suis|moi je suis|je viens)\s(?:originaire\s)?(?:a l'origine\s)?(?:de\s|d')|"
            r"\boriginaire (?:de\s|d')|\bje suis nee?\s(?:a|au|en)\s|\bj'ai grandi\s(?:a|au|en)\s)(?i:la\s|le\s)?"
            + _CAP_VALUE
        ),
    ),
    relations=RELATIONS,
    relation=(
        rx(
            r"(?i:\b(?:ma|mon|notre|nos|mes)\s{1,3}(?:(?:petite?|grande?|chere?|aine|ainee|cadet|cadette|jeune|"
            r"defunte?|feue?|ex|futur|future|nouvelle|nouveau)\s)?(?P<rel>" + _REL + r"))(?![\w-])"
            r"(?:,| qui s'appelle| s'appelle| nommee?| appelee?|)\s{1,3}(?P<name>[A-Z][\w'-]{1,30}+)"
        ),
        rx(r"(?P<name>[A-Z][\w'-]{1,30}+),\s(?i:(?:ma|mon)\s(?P<rel>" + _REL + r"))(?![\w-])"),
        rx(
            r"(?i:\b(?P<rel>veuve|veuf)\b)" + _GAP + r"(?i:(?:mon|ma)\s)(?!(?i:" + _REL + r")\b)"
            r"(?P<name>[A-Z][\w'-]{1,30}+)"
        ),
    ),
    marital=(
        rx(
            r"\b(?:je suis|moi je suis)\s(?:(?:tres\s|heureusement\s|maintenant\s|desormais\s))?(?P<v>veuve|veuf|"
            r"mariee?|divorcee?|celibataire|separee?|pacsee?|fiancee?|en couple)\b",
            I,
        ),
    ),
    children=(
        rx(
            r"\b(?:j'ai|nous avons|on a|avec|mes|nos|maman de|papa de|mere de|pere de)\s(?:mes\s|nos\s)?(?P<v>deux|"
            r"trois|quatre|cinq|six|un|une|\d)\s(?:(?:petits?|petites?|jeunes|grands?|grandes?)\s)?(?P<what>enfants?|"
            r"gosses|petits-enfants|filles|garcons|ados|adolescents)\b",
            I,
        ),
    ),
    pets=PETS,
    pet=(
        rx(
            r"(?i:\b(?:mon|ma|notre)\s(?:(?:petit|petite|vieux|vieille|nouveau|nouvelle|jeune)\s)?(?P<species>"
            + _PET
            + r"))(?![\w-])(?:,| qui s'appelle| s'appelle| nommee?| appelee?|)\s(?P<name>[A-Z][\w'-]{1,20}+)"
        ),
        rx(
            r"(?i:\b(?:j'ai adopte|on a adopte|nous avons adopte|j'ai|nous avons|on a|c'est)\s(?:un|une|deux|trois|"
            r"\d|mon|ma)\s(?:(?:petit|petite|jeune|vieux|vieille|adorable)\s)?(?P<species>" + _PET + r")s?)(?![\w-])"
            r"(?:,?\s(?:(?i:qui s'appelle|nommee?|appelee?)\s)?(?P<name>[A-Z][\w'-]{1,20}+))?"
        ),
    ),
    studies=(
        rx(
            lead("j'etudie|je fais des etudes de|je fais des etudes d'|je fais|je suis en")
            + r"\s?(?:(?:le|la|l'|les|du|de la|de l'|fac de|(?:premiere|deuxieme|troisieme|quatrieme|cinquieme|"
            r"derniere) annee de|master de|licence de)\s?)?(?P<v>" + _FIELDS + r")\b"
        ),
    ),
    student_of="étudiant(e) en {field}",
    occupation=(
        rx(
            r"\bje\s(?:travaille|bosse)\s(?:(?:maintenant|actuellement|desormais)\s)?comme\s(?:un\s|une\s)?" + _VALUE, I
        ),
        rx(r"\b(?:mon metier|ma profession|mon poste)\s(?:est|c'est)\s(?:un\s|une\s|celui d'|celui de\s)?" + _VALUE, I),
        rx(r"(?i:" + _JE_SUIS + _OCC_V + ")"),
        rx(r"(?i:\b(?:depuis|avec) (?:ma|mon) (?P<v>retraite)\b)"),
        rx(
            r"(?i:\bje suis\s(?:maintenant\s|desormais\s|actuellement\s)?(?:au\s|a la\s|en\s)(?P<v>chomage|retraite|"
            r"recherche d'emploi|preretraite)\b)"
        ),
        rx(
            r"(?i:\b(?:je m'appelle|je suis|c'est|moi c'est)\s)[A-Z][\w'-]{1,30}+(?: [A-Z][\w'-]{1,30}+){0,2},\s"
            r"(?i:(?:je suis\s)?" + _OCC_V + ")"
        ),
    ),
    employer=(
        rx(
            r"(?i:\bje\s(?:travaille|bosse)\s(?:(?:maintenant|actuellement|desormais|aujourd'hui)\s)?(?:comme\s"
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
        rx(
            r"(?i:\bj'ai quitte" + _GAP + r"(?:et\s|mais\s)?(?:je suis|je travaille|je bosse)\s(?:maintenant\s|"
            r"desormais\s)?chez\s)" + _CAP_VALUE
        ),
        rx(
            r"(?i:\b(?:j'ai ete|je viens d'etre|je suis)\s(?:embauchee?|recrutee?|engagee?)\s(?:chez|par|a la|au|a l')"
            r"\s?|\b(?:je viens de rejoindre|j'ai rejoint)\s)" + _CAP_VALUE
        ),
    ),
    instructions=(
        Instruction(
            rx(
                r"\b(?:allez|allez-y|aller|allons|on y va|parlez|parler|parle|expliquez|expliquez-moi|expliquer|"
                r"explique|explique-moi|prenez|avancez|avancer|procedez|faites|faire|vas-y|va)\s(?:[\w'-]{1,12}+\s){0,3}?"
                r"(?:doucement|lentement)\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                r"\b(?:une (?:chose|etape|question) a la fois|etape par etape|pas a pas)\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                r"\b(?:avec des mots simples|(?:expliquez|expliquer|explique)(?:-moi|-le-moi|-la-moi)?\s"
                r"(?:[\w'-]{1,12}+\s){0,2}?simplement|en termes simples|sans jargon)\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                r"\b(?:soyez patiente?s? avec moi|(?:je suis|suis) (?:nulle?|pas (?:tres\s)?douee?) (?:en|avec) "
                r"(?:l'informatique|informatique|la technologie|la technique|tout ca|les ordinateurs|internet)|"
                r"je ne suis pas (?:tres\s)?(?:douee?|a l'aise) (?:en|avec) (?:l'informatique|informatique|"
                r"la technologie|tout ca|les ordinateurs|internet|la technique))\b",
                I,
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                r"\b(?:faites|fais|soyez|sois|restez|reste)\s(?:plus\s|tres\s)?(?:court|courte|courts|bref|breve|"
                r"brefs|concis|concise|succinct|succincte)\b|\b(?:des\s|vos\s)?(?:reponses?|messages?|explications?)\s"
                r"(?:plus\s|tres\s)?(?:courtes?|breves?|concises?|succinctes?)\b|\ballez (?:droit )?(?:a l'essentiel|"
                r"au but|au fait)\b|\bpas de (?:paves?|romans?|longs? (?:messages?|textes?|explications?))\b",
                I,
            ),
            "response_length",
            "short (court)",
        ),
        Instruction(
            rx(
                r"\b(?:les|des|tous les|avec les|avec tous les) details? techniques?\b|\b(?:reponses?|explications?)"
                r"\s(?:detaillees?|completes?|techniques?)\b|\bexpliquez(?:-moi)?\s(?:tout\s)?en detail\b|"
                r"\bavec tous les details\b|\bj'aime (?:les|avoir des) (?:details|explications detaillees)\b",
                I,
            ),
            "response_length",
            "detailed (détaillé)",
        ),
        Instruction(
            rx(
                r"\b(?:demandez|demander|demande)(?:-moi)?\s(?:toujours\s)?(?:moi\s)?(?:ma\s|une\s)?(?:confirmation|"
                r"mon accord|mon autorisation|la permission)\b|\bavant de\s(?:[\w'-]{1,15}+,?\s){1,8}?(?:demandez|"
                r"consultez|prevenez|contactez|appelez)(?:-moi)?\b|\b(?:jamais|rien)\s(?:[\w'-]{1,15}+\s){0,3}?sans\s"
                r"(?:mon accord|ma confirmation|mon autorisation|me (?:demander|consulter|prevenir))\b|"
                r"\btoujours\s(?:me\s)?(?:demander|consulter|prevenir)\savant\b",
                I,
            ),
            "confirm_before_acting",
        ),
        Instruction(
            rx(
                r"\b(?:m'|me\s|moi\s)?(?:envoyez|envoyer|ecrivez|ecrire|contactez|contacter|joignez|joindre|prevenez|"
                r"prevenir|repondez|repondre|recontactez|recontacter|informez|informer|transmettez|passez)(?:-moi|"
                r"-les-moi|-le-moi|-la-moi|-nous)?\s(?:[\w'-]{1,15}+\s){0,3}?(?:par|sur|via|en|un|une|des)\s(?:un\s|une\s|"
                r"le\s|la\s|l')?" + _CH + r"\b|\b(?:je prefere|plutot|de preference|uniquement|seulement|toujours)\s"
                r"(?:par|sur|via)\s(?:un\s|le\s|la\s|l')?"
                + _CH
                + r"\b|\bpar\s(?:le\s|la\s|l')?"
                + _CH
                + r""
                + _GAP
                + r"(?:pas|jamais|plutot que)\s(?:par|au|d'|de)|\b"
                + _CH
                + r"\s(?:plutot qu'|plutot que\s|au lieu d'|au lieu de\s|et pas\s|pas\s)(?:par\s|un\s|les\s|d')?"
                + _CH
                + r"\b|\b"
                # "des SMS plutôt que de m'appeler": the channel rather than a verb of the other one.
                + _CH
                + r"\s(?:plutot que\s|au lieu\s)(?:de\s|d')(?:m'|me\s)(?:appeler|telephoner|ecrire|envoyer)\b",
                I,
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                r"\bne (?:m'|me\s)?(?:appelez|contactez|rappelez|telephonez)(?:-moi)? (?:pas|jamais) (?:avant|apres|le soir|"
                r"le matin|le week-end)(?:\s\d{1,2}\s?h(?:\d\d)?)?|"
                r"\b(?:apres|avant|a partir de)\s\d{1,2}\s?h(?:\d\d)?\s(?:seulement|uniquement)\b|\b(?:seulement|"
                r"uniquement)\s(?:apres|avant|a partir de|entre)\s\d{1,2}\s?h[\w ]{0,12}|\b(?:pas|jamais)\s(?:avant|"
                r"apres)\s\d{1,2}\s?h(?:\d\d)?|\b(?:pas|jamais|aucun)\s(?:d'appels?|appel)\s(?:avant|apres)\s\d{1,2}\s?h(?:\d\d)?|"
                r"\b(?<!m')(?:appelle|rappelle)(?:-moi)?\s(?:le matin|le soir|l'apres-midi|en soiree|le week-end)\s"
                r"(?:uniquement|seulement)\b|\b(?:appelez|rappelez|contactez|m'appeler|me rappeler|me contacter|"
                r"me joindre|joignable|disponible)(?:-moi)?\s(?:[\w'-]{1,12}+\s){0,3}?(?:apres|avant|a partir de|"
                r"entre|le soir|le matin|l'apres-midi|en soiree|en fin de journee|le week-end)\b[\w: ]{0,14}",
                I,
            ),
            "contact_hours",
        ),
        Instruction(
            rx(
                r"\b(?:parler|parlez|ecrire|ecrivez|repondre|repondez|communiquer|echanger|continuer|discuter|"
                r"m'ecrire|me repondre|me parler)(?:-moi)?(?:\savec moi)?\sen\s(?P<v>" + _LANG + r")\b|"
                r"\bquelqu'un qui parle\s(?:l'|le\s)?(?P<v2>" + _LANG + r")\b",
                I,
            ),
            "preferred_language",
        ),
        Instruction(
            rx(r"\bma langue (?:maternelle|natale|principale) (?:est|c'est) (?:le |l')?(?P<v>" + _LANG + r")\b", I),
            "preferred_language",
        ),
        Instruction(
            rx(
                r"\bvouvo(?:yez|yer|yiez|ie|ies|iement)\b|\b(?:pas de|sans) tutoiement\b|\bne (?:me )?tutoyez pas\b",
                I,
            ),
            "tone_preference",
            "formal (vouvoiement)",
        ),
        Instruction(
            rx(
                r"\b(?:tutoyez-moi|tutoie-moi|vous pouvez me tutoyer|tu peux me tutoyer|on peut se tutoyer|"
                r"on se tutoie|pas besoin de me vouvoyer)\b",
                I,
            ),
            "tone_preference",
            "informal (tutoiement)",
        ),
    ),
    preferences=(
        (
            rx(
                r"\bje\sprefere\s(?!(?:que|qu'|parler|ecrire|etre|vous|pas|ne)\b)(?:le\s|la\s|les\s|l'|"
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
        (rx(r"\bintolerante?s?\s(?:au|a la|aux)\s(?P<v>lactose|gluten|fructose|histamine)\b", I), "dietary"),
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
    ),
    accessibility=(
        rx(
            r"\b(?:appareils?\s(?:auditifs?|acoustiques?)|protheses? auditives?|(?:je suis|suis)\s(?:un peu\s|tres\s|"
            r"completement\s|partiellement\s)?(?:malentendante?|sourde?|malvoyante?|aveugle|non-voyante?|"
            r"daltonienne?|dyslexique|paraplegique|tetraplegique)|lecteur d'ecran|voiceover|talkback|loupe d'ecran|"
            r"fauteuil roulant|en fauteuil|pmr|mobilite reduite|je (?:vois|entends) (?:tres\s)?mal|je n'(?:y\s)?"
            r"(?:vois|entends) (?:plus|pas) (?:tres\s)?bien|basse vision|gros caracteres|grands caracteres|"
            r"police plus grande|braille|langue des signes|dmla|cataracte|glaucome|deambulateur)\b",
            I,
        ),
    ),
    device=(
        rx(
            r"(?i:\b(?:j'ai|j'utilise|je possede|on a|nous avons|mon|ma|mes|notre|nos|un|une|la|le|sur)\s(?:(?:nouveau|"
            r"nouvelle|vieux|vieille|vieil|ancien|ancienne)\s)?(?:(?:tele|television|telephone|portable|smartphone|"
            r"ordinateur|ordi|pc|tablette|box|voiture|montre|enceinte|casque|imprimante|camera|frigo|"
            r"lave-linge|machine a laver)\s)?)(?P<v>(?i:" + trie(BRANDS) + r")\b[\w +-]{0,24})"
        ),
        rx(
            r"(?i:\b(?:j'ai installe|j'ai achete|j'ai recu|j'utilise|mon|ma)\s(?:la\s|le\s|une\s|un\s|ma\s|mon\s)?)"
            r"(?P<v>(?i:camera|imprimante|routeur|tablette|ordinateur portable|liseuse|enceinte connectee|"
            r"montre connectee|box internet|decodeur|thermostat|sonnette)(?: de surveillance| connectee?| wifi)?)\b"
        ),
    ),
    frequency_words=words(
        "tous les jours|tous les soirs|tous les matins|toutes les semaines|tous les mois|tous les lundis|tous les mardis|tous les mercredis|tous les jeudis|tous les vendredis|tous les samedis|tous les dimanches|chaque jour|chaque soir|chaque matin|chaque semaine|chaque mois|le week-end|les week-ends|d'habitude|une fois par semaine|deux fois par semaine"
    ),
    call_words=words("appeler|appelez|appelez-moi|appel|appels|telephoner|joignable|rappeler|rappelez"),
    time_words=words("matin|matinee|apres-midi|soir|soiree|apres|avant|entre|midi|week-end"),
    request_words=words("svp|s'il vous plait|seulement|jamais|uniquement|plutot|pas d'appel"),
    plan_words=words(
        "forfait|offre|abonnement|formule|abonnee|abonne|option|carte|box|membre|carte|assurance|contrat|compte"
    ),
    self_words=words("je|j'ai|mon|ma|mes|nous|notre|abonnee|abonne|moi"),
    plan=(
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
            r"(?i:\b(?:je suis|je suis client|je suis membre)\s(?:statut|niveau|membre|client)\s)(?P<v>[A-Z][\w-]{1,20})"
        ),
    ),
    languages=LANGUAGES,
    channels=CHANNELS,
    clause_words=frozenset(
        words(
            "et|mais|donc|car|parce|puisque|depuis|avec|pour|sans|chez|dans|sur|sous|vers|en|au|aux|a|à|qui|que|qu'|"
            "quand|lorsque|si|comme|alors|maintenant|actuellement|encore|aussi|toujours|deja|hier|aujourd'hui|demain|"
            "ce|cette|cet|c'est|j'ai|je|j'|il|elle|on|nous|vous|est|sont|etait|ont|puis|ensuite|enfin|merci|svp|"
            "s'il|lol|haha|mdr|jusqu'a|avant|apres|pendant|environ|ici|oui|non|parce|desormais|dorenavant|"
            "maintenant|près|pres|mon|ma|mes|ou|or|ni|sinon|quand|voila|bref|la-bas|là-bas|normalement"
        )
    ),
    not_values=frozenset(
        words(
            "je|tu|il|elle|on|nous|vous|ils|elles|moi|toi|lui|eux|le|la|les|l'|un|une|des|du|de|d'|ma|mon|mes|ta|ton|"
            "tes|sa|son|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces|ca|cela|ici|plus|tres|bien|desole|"
            "desolee|merci|bonjour|bonsoir|salut|oui|non|madame|monsieur|mademoiselle|mme|mlle|client|cliente|en|au|aux|"
            "a|chez|avec|pour|dans|sur|maison|rien|tout|personne|quelqu'un|encore|toujours|jamais|"
            "maintenant|deja|juste|vraiment|content|contente|perdu|perdue|bloque|bloquee|quoi|comment|pourquoi|qui|"
            "que|quand|ou|excusez|excusez-moi|pardon|allo|hello|coucou|re|la-bas|nul|nulle|pret|prete|sur|certain|"
            "certaine|en train|occupe|occupee|fatigue|fatiguee|presque|enfin|bref|alors|donc|mais|et|svp|ok|d'accord|"
            "parfait|super|genial|voila|couple|colocation|location|face|haut|bas|rez-de-chaussee|etage|"
            "je voudrais|voudrais|aimerais|appelle|contacte|ecris|il y a|dossier|commande|colis|abonne|abonnee|"
            "inscrit|inscrite|adherent|adherente|membre|francais|francaise|belge|suisse|anglais|anglaise|service|"
            "conseiller|conseillere|equipe|support|sav|m|mr|dr|cher|chere|chers|madame,|monsieur,"
        )
    ),
    correction=words(
        "pardon|non pardon|enfin non|enfin|je veux dire|je voulais dire|en fait|correction|rectification|"
        "je me suis trompe|je me suis trompee|je me trompe|qu'est-ce que je raconte|qu'est ce que je raconte|"
        "ah non|oups|erreur de ma part|au temps pour moi|autant pour moi|ou plutot"
    ),
    past=words(
        "auparavant|anciennement|autrefois|a l'epoque|dans le passe|je ne suis plus|je n'habite plus|"
        "je ne travaille plus|plus maintenant|avant ca|il y a quelques annees|j'etais|je travaillais|j'habitais|"
        "jusqu'a l'annee derniere|precedemment|mon ancien|mon ancienne|mon ex"
    ),
    moods={
        "frustrated": words(
            "enerve|enervee|agace|agacee|furieux|furieuse|ras le bol|ras-le-bol|j'en ai marre|marre|inadmissible|"
            "inacceptable|scandaleux|scandaleuse|n'importe quoi|c'est la deuxieme fois|c'est la troisieme fois|"
            "encore une fois|toujours pas|toujours rien|ridicule|lamentable|honteux|exaspere|exasperee|exasperant|"
            "insupportable|penible|c'est pas normal|ce n'est pas normal|pas normal|toujours le meme probleme"
        ),
        "sad": words("triste|decu|decue|decevant|malheureux|malheureuse|dommage|degoute|degoutee|tres decu|tres decue"),
        "anxious": words(
            "inquiet|inquiete|inquietude|angoisse|angoissee|stresse|stressee|j'ai peur|peur|urgent|urgence|"
            "panique|paniquee|nerveux|nerveuse|au plus vite|le plus vite possible|rapidement svp|je m'inquiete"
        ),
        "excited": words("genial|trop bien|j'ai hate|hate|incroyable|formidable|trop cool|top|youpi|enfin !"),
        "confused": words(
            "je ne comprends pas|je comprends pas|j'ai rien compris|je n'ai rien compris|rien compris|je suis perdu|"
            "je suis perdue|complique|compliquee|c'est quoi|je ne sais pas quoi faire|je ne sais pas comment|"
            "aucune idee|pas clair|confus|confuse|je n'y comprends rien|j'y comprends rien"
        ),
        "happy": words(
            "merci|merci beaucoup|parfait|super|genial|top|nickel|content|contente|ravi|ravie|gentil|gentille|"
            "formidable|impeccable|excellent|bravo|tres bien|c'est gentil|vous etes patient|adorable"
        ),
    },
    problem=words(
        "ne marche pas|ne marche plus|marche pas|marche plus|ne fonctionne pas|ne fonctionne plus|fonctionne pas|"
        "fonctionne plus|en panne|panne|bloque|bloquee|bloquant|erreur|probleme|souci|soucis|bug|beug|plante|"
        "casse|cassee|abime|abimee|endommage|endommagee|defectueux|defectueuse|manquant|manquante|jamais recu|"
        "pas recu|pas arrive|pas arrivee|retard|en retard|refuse|refusee|suspendu|suspendue|impossible|"
        "n'arrive pas|n'arrive plus|j'arrive plus|j'arrive pas|coupure|coupe|decroche|pas de signal|"
        "pas de connexion|pas d'internet|preleve deux fois|debite deux fois|double prelevement|trop petit|"
        "trop petites|trop petits|trop grand|trop grande|mauvaise taille|mauvais article|remboursement|fraude|"
        "pirate|piratee|vole|volee|ecran noir|incorrect|incorrects|invalide|ne s'affiche pas|s'affiche pas|"
        "a double|pas lisible|tourne en boucle|clignote|destinataire absent|remplace|pas de remplacement|"
        "perdu|perdue|ne passe pas|n'a pas ete pris en compte|pas adaptee|pas adapte"
    ),
    resolved=words(
        "ca marche|ca fonctionne|ca y est|c'est regle|c'est resolu|probleme resolu|probleme regle|ca remarche|"
        "c'est bon|ca fonctionne a nouveau|ca marche a nouveau|ca remarche|tout est en ordre|c'est reparti|"
        "j'ai l'image|nickel|resolu|c'est arrange|ca a marche|c'est valide|c'est fait|je suis connecte|"
        "je suis connectee|elle est connectee|la lumiere est verte|ca a fonctionne|c'est repare"
    ),
    escalation=words(
        "responsable|superviseur|un humain|une vraie personne|parler a quelqu'un|parler a un conseiller|"
        "mediateur|escalader|votre superieur|chef de service|conseiller humain|une personne reelle"
    ),
    complaint=words(
        "reclamation|plainte|porter plainte|inadmissible|inacceptable|scandaleux|scandaleuse|honteux|honteuse|"
        "lamentable|deplorable|pas normal|pas acceptable|arnaque|service nul|tres decu|tres decue|"
        "c'est la deuxieme fois|c'est la troisieme fois|n'importe quoi|ras le bol"
    ),
    positive=words(
        "merci|merci beaucoup|parfait|super|genial|top|nickel|excellent|formidable|impeccable|tres bien|"
        "gentil|gentille|c'est gentil|bravo|vous etes patient|vous etes patiente"
    ),
    actions=words(
        "j'ai|je vous ai|nous avons|on a|c'est fait|c'est note|c'est modifie|c'est enregistre|c'est ajoute|"
        "je viens de|j'ai enregistre|j'ai ajoute|j'ai active|j'ai modifie|j'ai transmis|je fais|je lance|"
        "je programme|je transmets|je vous envoie|je vous renvoie|je recalcule|je ferme|je mets|je passe|"
        "je retire|je rembourse|j'ai credite|j'ai masque|a ete|ont ete|est enregistre|est note|sera envoye|"
        "sera envoyee|je vous ai deplace|je vous ai deplacee"
    ),
    session_only=words(
        "commande|commandes|commande n|commandee|colis|numero de suivi|suivi|ticket|dossier|reference|facture|"
        "reservation|billet|e-billet|livraison|remboursement|retour|achete|achetee|achat|aujourd'hui|ce matin|"
        "ce soir|cet apres-midi|en ce moment|pour l'instant|a la gare|dans le train|avenant|contestation|"
        "rendez-vous|n°|numero"
    ),
    episode_template="Le client a signalé : « {topic} ».{action} Résultat : {outcome}.",
    action_template=" L'agent : « {action} ».",
    rolling_template="Le {date}, le client a pris contact au sujet de {topic} ; {outcome}.",
    outcomes={
        "resolved": "résolu",
        "open": "toujours en cours",
        "escalated": "transmis à une personne",
        "answered": "réponse apportée",
    },
    rolling_outcomes={
        "resolved": "le problème a été résolu",
        "open": "le problème restait ouvert à la fin",
        "escalated": "il a demandé à parler à une personne",
        "answered": "il a obtenu une réponse",
    },
)

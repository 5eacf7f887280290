"""French vocabulary tables and the pattern building blocks the pack's modules share."""

from __future__ import annotations

import re

from customer_memory.extraction.rules.text import words

I = re.IGNORECASE  # noqa: E741 (reads as a flag, like re.I)
# Keys are folded (no accents); "œ" does not fold, so both spellings are given.
RELATIONS = {
    "mari": "spouse", "femme": "spouse", "blonde": "spouse", "chum": "spouse", "epouse": "spouse", "epoux": "spouse", "compagnon": "spouse",
    "compagne": "spouse", "conjoint": "spouse", "conjointe": "spouse", "concubin": "spouse", "concubine": "spouse",
    "fiance": "spouse", "fiancee": "spouse", "partenaire": "spouse", "copain": "spouse", "copine": "spouse",
    "fils": "son", "fille": "daughter", "filles": "daughter", "garcon": "son", "garcons": "son", "mere": "mother", "maman": "mother", "pere": "father", "papa": "father",
    "frere": "brother", "soeur": "sister", "sœur": "sister", "petit-fils": "grandson",
    "petite-fille": "granddaughter", "petit-enfant": "grandchild", "grand-mere": "grandmother",
    "mamie": "grandmother", "grand-pere": "grandfather", "papi": "grandfather", "neveu": "nephew", "niece": "niece",
    "oncle": "uncle", "tante": "aunt", "cousin": "cousin", "cousine": "cousin", "belle-mere": "mother_in_law",
    "beau-pere": "father_in_law", "gendre": "son_in_law", "belle-fille": "daughter_in_law",
    "beau-frere": "brother_in_law", "belle-soeur": "sister_in_law", "belle-sœur": "sister_in_law",
    "aide-soignante": "carer", "auxiliaire de vie": "carer",
    "veuve": "spouse", "veuf": "spouse",
}  # fmt: skip

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
    "etudiant|etudiante|lyceen|lyceenne|doctorant|doctorante|developpeur|developpeuse|dev|ingenieur|ingenieure|"
    "informaticien|informaticienne|programmeur|programmeuse|technicien|technicienne|graphiste|designer|architecte|"
    "gestionnaire|avocat|avocate|notaire|juriste|comptable|expert-comptable|consultant|consultante|commercial|commerciale|"
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
    "apprentie|intermittent du spectacle|soudeur|soudeuse|carrossier|carrossiere|couvreur|carreleur|plaquiste|"
    "serrurier|chaudronnier|tourneur|fraiseur|grutier|machiniste|electromecanicien|bucheron|jardinier|jardiniere|"
    "paysagiste|fromager|fromagere|barman|barmaid|sommelier|sommeliere|ebeniste|couturier|couturiere|cordonnier|"
    "horloger|horlogere|bijoutier|bijoutiere|imprimeur|concierge|surveillant|surveillante|douanier|douaniere|"
    "sapeur-pompier|controleur|controleuse|agent de bord|preposee aux beneficiaires|prepose aux beneficiaires|"
    "prof des ecoles|professeur des ecoles|professeure des ecoles|maitre de conferences|enseignant-chercheur|"
    "enseignante-chercheuse|greffier|greffiere|huissier|magistrat|magistrate|podologue|orthoptiste|radiologue|"
    "pediatre|cardiologue|dermatologue|anesthesiste|urgentiste|pharmacien d'officine|laborantin|laborantine|"
    "technicien de laboratoire|conducteur de train|conductrice de train|cheminot|cheminote|docker|debardeur|"
    "operateur|operatrice|pecheur|pecheuse|vigneron|vigneronne|maraicher|maraichere|boulanger-patissier"
)
BRANDS = words(
    "iphone|ipad|macbook|imac|apple watch|apple tv|airpods|samsung|galaxy|pixel|huawei|xiaomi|oppo|honor|oneplus|"
    "motorola|nokia|sony|lg|philips|panasonic|tcl|hisense|dell|hp|lenovo|asus|acer|livebox|freebox|bbox|sfr box|"
    "box sfr|neufbox|kindle|kobo|sonos|playstation|ps4|ps5|xbox|nintendo|peugeot|renault|citroen|dacia|volkswagen|toyota|"
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
    "darija": "Moroccan Arabic (darija)", "wolof": "Wolof (wolof)", "berbere": "Berber (berbère)",
    "amazigh": "Amazigh (amazigh)", "lingala": "Lingala (lingala)", "creole": "Creole (créole)",
}  # fmt: skip
CHANNELS = {
    "e-mail": "email", "email": "email", "mail": "email", "mel": "email", "courriel": "email",
    "courrier electronique": "email",
    "sms": "SMS", "texto": "SMS", "textos": "SMS", "whatsapp": "WhatsApp", "telegram": "Telegram",
    "messenger": "Messenger", "signal": "Signal", "telephone": "phone", "appel": "phone", "appels": "phone",
    "appeler": "phone", "courrier": "courrier postal", "la poste": "courrier postal", "lettre": "courrier postal",
    "voie postale": "courrier postal", "chat": "chat", "messagerie": "chat",
    # "répondez-moi par écrit": in writing, not a call.
    "ecrit": "written (par écrit)",
    # The mobile, as France, Belgium and Switzerland say it ("sur mon GSM", "sur mon natel"); not the landline.
    "gsm": "mobile (GSM)", "natel": "mobile (natel)", "portable": "mobile (portable)", "fixe": "landline (fixe)",
}  # fmt: skip

_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"
_CAP_VALUE = r"(?P<v>[A-Z0-9][^.,;:!?\n]{0,59})"

# A bounded gap of a few words (not characters): one step per word keeps "X ... Y" cheap to try anywhere.
_GAP = r"(?:[^\w.!?\n'-]{1,3}[\w'-]{1,25}+){0,6}?[^\w.!?\n'-]{1,3}"
_LONG_GAP = r"(?:[^\w.!?\n'-]{1,3}[\w'-]{1,25}+){0,14}?[^\w.!?\n'-]{1,3}"
# The same, across the dots of a hesitation ("Lille... non pardon, Roubaix").
_DOTS_GAP = r"(?:[^\w!?\n'-]{1,4}[\w'-]{1,25}+){0,6}?[^\w!?\n'-]{1,4}"

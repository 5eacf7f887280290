"""French words of the conversation itself: where a value ends, corrections and the past, moods and classification,
the agent's actions, session-only words, summaries.
"""

from __future__ import annotations

from customer_memory.extraction.rules.text import words

# Not "or": mid-value it is the tier ("membre Privilège Or", "carte Or"), and as "now" it opens a sentence.
CLAUSE_WORDS = frozenset(
    words(
        "et|mais|donc|car|parce|puisque|depuis|avec|pour|sans|chez|dans|sur|sous|vers|en|au|aux|a|à|qui|que|qu'|"
        "quand|lorsque|si|comme|alors|maintenant|actuellement|encore|aussi|toujours|deja|hier|aujourd'hui|demain|"
        "ce|cette|cet|c'est|j'ai|je|j'|il|elle|on|nous|vous|est|sont|etait|ont|puis|ensuite|enfin|merci|svp|"
        "s'il|lol|haha|mdr|jusqu'a|avant|apres|pendant|environ|ici|oui|non|parce|desormais|dorenavant|"
        "maintenant|près|pres|mon|ma|mes|ou|ni|sinon|quand|voila|bref|la-bas|là-bas|normalement"
    )
)

NOT_VALUES = frozenset(
    words(
        "je|tu|il|elle|on|nous|vous|ils|elles|moi|toi|lui|eux|le|la|les|l'|un|une|des|du|de|d'|ma|mon|mes|ta|ton|par|"
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
)

CORRECTION = words(
    "pardon|non pardon|enfin non|enfin|je veux dire|je voulais dire|en fait|correction|rectification|"
    "je me suis trompe|je me suis trompee|je me trompe|qu'est-ce que je raconte|qu'est ce que je raconte|"
    "ah non|oups|erreur de ma part|au temps pour moi|autant pour moi|ou plutot"
)

PAST = words(
    "auparavant|anciennement|autrefois|a l'epoque|dans le passe|je ne suis plus|je n'habite plus|"
    "je ne travaille plus|plus maintenant|avant ca|il y a quelques annees|j'etais|je travaillais|j'habitais|"
    "jusqu'a l'annee derniere|precedemment|mon ancien|mon ancienne|mon ex"
)

MOODS = {
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
}

PROBLEM = words(
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
)

RESOLVED = words(
    "ca marche|ca fonctionne|ca y est|c'est regle|c'est resolu|probleme resolu|probleme regle|ca remarche|"
    "c'est bon|ca fonctionne a nouveau|ca marche a nouveau|ca remarche|tout est en ordre|c'est reparti|"
    "j'ai l'image|nickel|resolu|c'est arrange|ca a marche|c'est valide|c'est fait|je suis connecte|"
    "je suis connectee|elle est connectee|la lumiere est verte|ca a fonctionne|c'est repare"
)

ESCALATION = words(
    "responsable|superviseur|un humain|une vraie personne|parler a quelqu'un|parler a un conseiller|"
    "mediateur|escalader|votre superieur|chef de service|conseiller humain|une personne reelle"
)

COMPLAINT = words(
    "reclamation|plainte|porter plainte|inadmissible|inacceptable|scandaleux|scandaleuse|honteux|honteuse|"
    "lamentable|deplorable|pas normal|pas acceptable|arnaque|service nul|tres decu|tres decue|"
    "c'est la deuxieme fois|c'est la troisieme fois|n'importe quoi|ras le bol"
)

POSITIVE = words(
    "merci|merci beaucoup|parfait|super|genial|top|nickel|excellent|formidable|impeccable|tres bien|"
    "gentil|gentille|c'est gentil|bravo|vous etes patient|vous etes patiente"
)

ACTIONS = words(
    "j'ai|je vous ai|nous avons|on a|c'est fait|c'est note|c'est modifie|c'est enregistre|c'est ajoute|"
    "je viens de|j'ai enregistre|j'ai ajoute|j'ai active|j'ai modifie|j'ai transmis|je fais|je lance|"
    "je programme|je transmets|je vous envoie|je vous renvoie|je recalcule|je ferme|je mets|je passe|"
    "je retire|je rembourse|j'ai credite|j'ai masque|a ete|ont ete|est enregistre|est note|sera envoye|"
    "sera envoyee|je vous ai deplace|je vous ai deplacee"
)

SESSION_ONLY = words(
    "commande|commandes|commande n|commandee|colis|numero de suivi|suivi|ticket|dossier|reference|facture|"
    "reservation|billet|e-billet|livraison|remboursement|retour|achete|achetee|achat|aujourd'hui|ce matin|"
    "ce soir|cet apres-midi|en ce moment|pour l'instant|a la gare|dans le train|avenant|contestation|"
    "rendez-vous|n°|numero"
)

EPISODE_TEMPLATE = "Le client a signalé : « {topic} ».{action} Résultat : {outcome}."
ACTION_TEMPLATE = " L'agent : « {action} »."
ROLLING_TEMPLATE = "Le {date}, le client a pris contact au sujet de {topic} ; {outcome}."

OUTCOMES = {
    "resolved": "résolu",
    "open": "toujours en cours",
    "escalated": "transmis à une personne",
    "answered": "réponse apportée",
}

ROLLING_OUTCOMES = {
    "resolved": "le problème a été résolu",
    "open": "le problème restait ouvert à la fin",
    "escalated": "il a demandé à parler à une personne",
    "answered": "il a obtenu une réponse",
}

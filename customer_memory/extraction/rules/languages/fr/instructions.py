"""French standing instructions: what the customer asks of every later conversation (how to contact them, how to
answer, what to check first).
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import Instruction
from customer_memory.extraction.rules.languages.fr.words import _GAP, CHANNELS, LANGUAGES, I
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import trie

_CH = trie(CHANNELS)
_LANG = trie(LANGUAGES)

INSTRUCTIONS = (
    Instruction(
        rx(
            r"\b(?:allez|allez-y|aller|allons|on y va|parlez|parler|parle|expliquez|expliquez-moi|expliquer|"
            r"explique|explique-moi|prenez|avancez|avancer|procedez|faites|faire|vas-y|va|parlez-moi|parle-moi)\s(?:[\w'-]{1,12}+\s){0,3}?"
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
            r"\b(?:soyez patiente?s?|comme (?:a un enfant|si j'avais (?:cinq|5|six|6|dix|10) ans)|(?:je suis|suis) (?:nulle?|pas (?:tres\s)?douee?) (?:en|avec) "
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
            r"au but|au fait)\b|\bpas de (?:paves?|romans?|longs? (?:messages?|textes?|explications?))\b|"
            # "Répondez court svp", "réponds-moi brièvement".
            r"\b(?:repondez|reponds|ecrivez|ecris)(?:-moi|\smoi)?\s(?:court|brievement|en bref|en peu de mots)\b",
            I,
        ),
        "response_length",
        "short (court)",
    ),
    Instruction(
        rx(
            r"\b(?:les|des|tous les|avec les|avec tous les) details? techniques?\b|\b(?:reponses?|explications?)"
            r"\s(?:detaillees?|completes?|techniques?)\b|\bexpliquez(?:-moi)?\s(?:tout\s)?en detail\b|"
            r"\b(?:m'expliquer|me detailler)\s(?:[\w'-]{1,10}+\s){0,2}?en detail\b|"
            r"\bavec tous les details\b|\b(?:de|d'une) (?:maniere|facon) (?:detaillee|circonstanciee|exhaustive)\b|\bj'aime (?:les|avoir des) (?:details|explications detaillees)\b",
            I,
        ),
        "response_length",
        "detailed (détaillé)",
    ),
    Instruction(
        rx(
            r"\b(?:demandez|demander|demande)(?:-moi)?\s(?:toujours\s)?(?:moi\s)?(?:ma\s|une\s)?(?:confirmation|"
            r"mon accord|mon autorisation|la permission)\b|\bavant de\s(?:[\w'-]{1,15}+,?\s){1,8}?(?:demandez|"
            r"consultez|prevenez|contactez|appelez)(?:-moi)?\b|\b(?:jamais|rien)\s(?:[\w'-]{1,15}+\s){0,6}?sans\s"
            r"(?:mon accord|ma confirmation|mon autorisation|me (?:demander|consulter|prevenir))\b|"
            r"\btoujours\s(?:me\s)?(?:demander|consulter|prevenir)\savant\b|"
            # "Ne faites rien sans m'en parler d'abord", "rien sans mon feu vert".
            r"\b(?:jamais|rien)\s(?:[\w'-]{1,15}+\s){0,6}?sans\s(?:m'en parler|mon feu vert|mon ok|mon aval|m'avoir "
            r"(?:consultee?|demande|prevenue?))\b",
            I,
        ),
        "confirm_before_acting",
    ),
    Instruction(
        rx(
            r"\b(?:m'|me\s|moi\s)?(?:envoyez|envoyer|ecrivez|ecrire|contactez|contacter|joignez|joindre|prevenez|"
            r"prevenir|repondez|repondre|recontactez|recontacter|informez|informer|transmettez|passez|appelez|"
            r"appeler|rappelez|rappeler|telephonez)(?:-moi|"
            r"-les-moi|-le-moi|-la-moi|-nous)?\s(?:[\w'-]{1,15}+\s){0,3}?(?:par|sur|via|en|un|une|des|au)\s(?:un\s|une\s|"
            r"le\s|la\s|l'|mon\s|ma\s)?"
            + _CH
            + r"\b|\bqu'on (?:m'|me\s|nous\s)(?:ecrive|contacte|envoie|reponde|joigne|previenne|informe|appelle|"
            r"telephone|recontacte)\s(?:[\w'-]{1,15}+\s){0,3}?(?:par|sur|via|en)\s(?:un\s|une\s|le\s|la\s|l'|mon\s|ma\s)?"
            + _CH
            + r"\b|\b(?:je prefere|plutot|de preference|uniquement|seulement|toujours)\s"
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
            + r"\s(?:plutot que\s|au lieu\s)(?:de\s|d')(?:m'|me\s)(?:appeler|telephoner|ecrire|envoyer)\b"
            # "Par texto, s'il vous plaît.", "Par courriel, et envoyez une copie à…": a message that opens with the
            # channel alone, as an answer.
            # "Sur mon GSM après 17 heures.": the channel, then when, as the whole answer.
            + r"|(?:^|[.!?]\s{1,3})\s{0,3}(?:oui,?\s)?(?:plutot\s|de preference\s|uniquement\s)?(?:par|sur)\s(?:un\s|le\s|"
            r"la\s|l'|mon\s|ma\s)?"
            + _CH
            + r"(?:\s(?:apres|avant|entre|le matin|le soir|en soiree|l'apres-midi)(?:\s[\w'-]{1,10}+){0,3})?"
            r"(?:,?\s(?:s'il vous plait|svp|merci|de preference|plutot))?\s{0,2}(?:[.!]|$|,\s(?:et|merci|svp)\b)",
            I,
        ),
        "preferred_contact_channel",
    ),
    # "pas d'appel avant 18h svp, écrivez-moi plutôt", "difficilement joignable par téléphone, écrivez-moi": in writing
    # rather than a call.
    Instruction(
        rx(
            r"\b(?:ecrivez|ecris)-moi\s(?:plutot|de preference|uniquement|seulement|toujours)\b|\bplutot\s(?:m'ecrire|"
            r"ecrire)\b(?![^.!?\n]{0,40}\?)|\b(?:pas|peu|difficilement|rarement) joignable[^.!?\n]{0,30},\s(?:alors\s|donc\s)?"
            r"(?:ecrivez|ecris)-moi\b|\b(?:pas d'appels?|pas d'appel)\b[^.!?\n]{0,12},\s(?:plutot|mais)\s(?:un|des)\s"
            r"(?:message|messages)\b",
            I,
        ),
        "preferred_contact_channel",
        "written (écrit)",
        fallback=True,
    ),
    # "texte-moi au lieu d'appeler", "textez-moi": a text message (Québec).
    Instruction(rx(r"\b(?:textez|texte|textes)-moi\b", I), "preferred_contact_channel", "SMS", fallback=True),
    Instruction(
        rx(
            r"\bne (?:m'|me\s)?(?:appelez|contactez|rappelez|telephonez)(?:-moi)? (?:pas|jamais) (?:avant|apres|le soir|"
            r"le matin|le week-end)(?:\s\d{1,2}\s?h(?:\d\d)?)?|"
            r"\b(?:apres|avant|a partir de)\s\d{1,2}\s?h(?:\d\d)?\s(?:seulement|uniquement)\b|\b(?:seulement|"
            r"uniquement)\s(?:apres|avant|a partir de|entre)\s(?:\d{1,2}\s?h|midi)[\w ]{0,12}|\b(?:pas|jamais)\s(?:avant|"
            r"apres)\s(?:\d{1,2}\s?h(?:\d\d)?|midi\b)|\b(?:pas|jamais|aucun)\s(?:d'appels?|appel)\s(?:avant|apres)\s\d{1,2}\s?h(?:\d\d)?|"
            r"\b(?<!m')(?:appelle|rappelle)(?:-moi)?\s(?:le matin|le soir|l'apres-midi|en soiree|le week-end)\s"
            r"(?:uniquement|seulement)\b|\b(?:appelez|rappelez|contactez|m'appeler|me rappeler|me contacter|"
            r"me joindre|joignable|disponible)(?:-moi)?\s(?:[\w'-]{1,12}+,?\s){0,5}?(?:apres|avant|a partir de|"
            r"entre|le soir|le matin|l'apres-midi|en soiree|en fin de journee|le week-end)\b[\w: ]{0,14}|"
            # "je ne suis disponible qu'après 18h", "le matin je ne suis pas disponible": when (not) to call.
            r"\b(?:ne suis|suis) (?:disponible|joignable|libre) qu'(?:apres|avant|a partir de|entre|le soir|le matin|"
            r"l'apres-midi|le week-end|en soiree)\b[\w: ]{0,14}|\b(?:le matin|le soir|l'apres-midi|en journee|la journee|"
            r"en semaine),?\s(?:je ne suis|je suis) (?:pas|jamais) (?:disponible|joignable)\b|"
            # "je ne suis pas joignable en journée": when not to call.
            r"\b(?:ne suis pas|suis pas|pas|jamais) joignable\s(?:en journee|la journee|pendant la journee|de jour|le matin|"
            r"le soir|l'apres-midi|avant\s\d{1,2}\s?h(?:\d\d)?|apres\s\d{1,2}\s?h(?:\d\d)?)\b",
            I,
        ),
        "contact_hours",
    ),
    Instruction(
        rx(
            r"\b(?:parler|parlez|ecrire|ecrivez|repondre|repondez|communiquer|echanger|continuer|discuter|"
            r"m'ecrire|me repondre|me parler)(?:-moi|\smoi)?(?:\savec moi)?\sen\s(?P<v>" + _LANG + r")\b|"
            r"\bquelqu'un qui parle\s(?:l'|le\s)?(?P<v2>" + _LANG + r")\b|"
            # "Au téléphone je préfère la darija": a language they prefer.
            r"\bje prefere\s(?:le\s|la\s|l')?(?P<v3>" + _LANG + r")\b|"
            # "de préférence par mail, et en néerlandais si possible".
            r"\ben\s(?P<v4>" + _LANG + r")\s(?:si possible|de preference|idealement|s'il vous plait|svp)\b|"
            # "Par téléphone, en français.": the channel and the language together.
            r"\bpar\s(?:le\s|la\s|l'|un\s|une\s)?" + _CH + r",?\s(?:et\s)?en\s(?P<v5>" + _LANG + r")\b",
            I,
        ),
        "preferred_language",
    ),
    Instruction(
        rx(
            r"\bma langue (?:maternelle|natale|principale) (?:est|c'est) (?:le |l')?(?P<v>" + _LANG + r")\b|"
            # "Et en français, la dernière fois on m'a répondu en anglais", "En français svp.": the language alone.
            r"(?:^|[.!?]\s{1,3})(?:(?:et|mais)\sen\s(?=\w{4,15}[,\s])|en\s(?=\w{4,15}\s(?:svp|s'il vous plait|merci|"
            r"de preference|plutot|pas en)\b))(?P<v2>" + _LANG + r")\b",
            I,
        ),
        "preferred_language",
    ),
    Instruction(
        rx(
            r"\bvouvo(?:yez|yer|yiez|ie|ies|iement|yant)\b|\b(?:un ton|le ton) (?:formel|soutenu)\b|\b(?:pas de|sans) tutoiement\b|\bne (?:me )?tutoyez pas\b|\bne (?:pas|jamais|plus) me tutoyer\b|"
            # "je préfère que l'on m'appelle « Monsieur Lemaire » et non par mon prénom": by title and surname.
            r"\b(?:qu'on|que l'on|de) m'appeler?\s(?:\W{1,3})?(?:monsieur|madame|maitre|docteur)\b|\b(?:et\s)?(?:non|pas)\s"
            r"par mon prenom\b",
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
)

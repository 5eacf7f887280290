"""French patterns for family and pets: relatives and their names, marital status, children, pets."""

from __future__ import annotations

from customer_memory.extraction.rules.languages.fr.words import _GAP, PETS, RELATIONS, I
from customer_memory.extraction.rules.languages.patterns import gated_rx as rx
from customer_memory.extraction.rules.languages.patterns import trie

_FAMILY = {word: key for word, key in RELATIONS.items() if word not in {"veuve", "veuf"}}

_REL = trie(_FAMILY)
_PET = trie(PETS)

RELATION = (
    rx(
        r"(?i:\b(?:ma|mon|notre|nos|mes)\s{1,3}(?:(?:petite?|grande?|chere?|aine|ainee|cadet|cadette|jeune|"
        r"defunte?|feue?|ex|futur|future|nouvelle|nouveau)\s)?(?P<rel>" + _REL + r"))(?![\w-])"
        r"(?:,| qui s'appelle| s'appelle| nommee?| appelee?|)\s{1,3}(?P<name>[A-Z][\w'-]{1,30}+)"
    ),
    rx(r"(?P<name>[A-Z][\w'-]{1,30}+),\s(?i:(?:ma|mon)\s(?P<rel>" + _REL + r"))(?![\w-])"),
    # "Nous avons une fille, Inès, qui a cinq ans", "J'ai deux garçons, Tom et Noé": the children, then their names.
    rx(
        r"(?i:\b(?:j'ai|nous avons|on a)\s(?:un|une|deux|trois)\s(?P<rel>fils|filles?|garcons?))(?![\w-]),\s"
        r"(?P<name>[A-Z][\w'-]{1,30}+)(?:\s(?i:et|pis)\s(?P<name2>[A-Z][\w'-]{1,30}+))?(?=\s{0,2}[,.!;(]|$)"
    ),
    rx(
        r"(?i:\b(?P<rel>veuve|veuf)\b)" + _GAP + r"(?i:(?:mon|ma)\s)(?!(?i:" + _REL + r")\b)"
        r"(?P<name>[A-Z][\w'-]{1,30}+)"
    ),
)

# "mon épouse et moi sommes absents", "avec ma femme": the spouse without a name (not "ma femme de ménage").
SPOUSE_MENTION = rx(
    r"(?i:\b(?:mon|ma)\s(?P<rel>mari|femme|epouse|epoux|conjoint|conjointe|compagnon|compagne|chum|blonde)\b)"
    r"(?!-|\s(?:[A-Z]|(?i:de menage|de chambre|decede|decedee|est decede|est decedee|est mort|est morte)\b))"
)

MARITAL = (
    rx(
        r"\b(?:je suis|moi je suis)\s(?:(?:tres\s|heureusement\s|maintenant\s|desormais\s))?(?P<v>veuve|veuf|"
        r"mariee?|divorcee?|celibataire|separee?|pacsee?|fiancee?|en couple)\b",
        I,
    ),
    # "Depuis que ma femme est décédée, c'est elle qui m'aide": widowed, said as what happened.
    rx(
        r"\b(?:depuis que|depuis qu'|maintenant que|comme)\s?(?:ma|mon) (?P<v>(?:femme|epouse) est (?:decedee|morte)|"
        r"(?:mari|epoux) est (?:decede|mort))\b",
        I,
    ),
    # "je les élève seule depuis mon divorce": divorced, said as what happened to oneself.
    rx(r"\b(?:je\s[^.!?\n]{0,40}?|moi\s)(?:depuis|apres)\smon\s(?P<v>divorce|veuvage)\b", I),
    # "je suis mère célibataire de trois enfants", "papa solo": a single parent (after what happened).
    rx(r"\b(?:je suis|moi je suis)\s(?:une\s|un\s)?(?P<v>(?:mere|maman|pere|papa) (?:celibataire|solo))\b", I),
)

CHILDREN = (
    rx(
        r"\b(?:j'ai|nous avons|on a|avec|mes|nos|(?:maman|papa|mere|pere)(?:\s(?:solo|seule?|celibataire|"
        r"celibataire|divorcee?))?\sde)\s(?:mes\s|nos\s)?(?P<v>deux|"
        r"trois|quatre|cinq|six|un|une|\d)\s(?:(?:petits?|petites?|jeunes|grands?|grandes?)\s)?(?P<what>enfants?|"
        r"gosses|petits-enfants|filles|garcons|ados|adolescents)\b",
        I,
    ),
    # "pour garder les enfants (nous en avons deux)": how many, said with "en" right after the children.
    rx(
        r"\b(?:les|mes|nos|des)\s(?P<what>enfants|gosses|petits-enfants)\s{0,2}[(,:–-]?\s{0,2}(?:et\s)?(?:nous en avons|on en a|"
        r"j'en ai)\s(?P<v>deux|trois|quatre|cinq|six|\d)\b",
        I,
    ),
)

PET = (
    # "Mon chien, un teckel, s'appelle Oscar", "Le chat s'appelle Minou": the name said with "s'appelle".
    rx(
        r"(?i:\b(?:mon|ma|notre|le|la)\s(?P<species>" + _PET + r"))(?![\w-])(?:,\s(?i:un|une)\s[\w -]{2,25}?,)?\s"
        r"(?i:s'appelle|se nomme)\s(?P<name>[A-Z][\w'-]{1,20}+)"
    ),
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
    # "J'ai une chienne, elle s'appelle Praline": the name said with "il/elle s'appelle".
    rx(
        r"(?i:\b(?:j'ai|nous avons|on a|mon|ma|notre)\s(?:un\s|une\s)?(?:(?:petit|petite|jeune|vieux|vieille)\s)?"
        r"(?P<species>"
        + _PET
        + r"))(?![\w-]),?\s(?i:(?:il|elle)\s(?:s'appelle|se nomme))\s(?P<name>[A-Z][\w'-]{1,20}+)"
    ),
)

"""Portuguese patterns for who the customer is: name, age, where they live, where they moved, where they are from."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.patterns import lead, opening
from customer_memory.extraction.rules.text import words

# Where a self-introduction can start: the message's start, after punctuation, after a greeting.
_OPENERS = (
    "^", r"\n", r"[.!?,;:]", r"[.!?,;:] ", r"[.!?,;:]  ", r"[Oo]i ", r"[Oo]la ", r"[Aa]lo ", r"dia ", r"tarde ",
    r"noite ", r"[Ee] ai ", r"[Oo]pa ", r"[Pp]ois ", r"[Ee]ntao ", r"bem ", r"[Ss]im ",
)  # fmt: skip
# What may precede "Lucas aqui": the start, punctuation, a greeting.
_BEFORE_HERE = (
    "^", r"[.!?]", r"[.!?] ", r"[.!?]  ", r"\n", r"[Oo]i, ", r"[Oo]i ", r"[Oo]la, ", r"[Oo]la ", r"[Aa]lo, ",
    r"dia, ", r"tarde, ", r"noite, ", r"[Ee] ai, ", r"[Ee] ai ",
)  # fmt: skip
_TITLE = (
    r"(?:(?:o|a)\s)?(?:(?:dona|dom|seu|senhor|senhora|sr|sra|srta|doutor|doutora|dr|dra|professor|professora|prof|"
    r"engenheiro|engenheira|eng|Dona|Dom|Seu|Sr|Sra|Dr|Dra)\.?\s)?"
)
_NAME = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|da|do|das|dos) )?[A-Z][\w'-]{1,30}){0,3})"
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}(?: [A-Za-z][\w'-]{1,30}){0,2})"

# A place as typed: capitalised words, with the particles of place names ("Rio de Janeiro", "Foz do Iguaçu").
_PLACE = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|da|do|das|dos) )?[A-Z][\w'-]{1,30}){0,3})"
# Where someone lives: capitalised words as a place name ends ("Lisboa semana passada" -> "Lisboa"), or a
# place typed in lowercase, which the clause words end.
_WHERE = (
    r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|da|do|das|dos) )?[A-Z][\w'-]{1,30}){0,3}(?![\w'-])|[a-z][^.,;:!?\n]{0,59})"
)

# "tenho 20 anos de experiência", "faço 10 anos de casada": years of something, not an age.
_NOT_YEARS_OF = (
    r"(?!\s(?:de (?!idade)|d[ae]s?\s|na\b|no\b|em\b|aqui\b|ca\b|trabalhando|a trabalhar|casad|morando|a morar))"
)

NAME = (
    rx(
        lead(r"meu nome(?: completo)? e|o meu nome(?: completo)? e|me chamo|eu me chamo|chamo-me|meu nome:")
        + r"\s+(?!(?:de|um|uma|o|a|com|por|para)\b)"
        + _ANY_NAME
    ),
    rx(opening("sou|eu sou", _OPENERS) + r"\s+" + _TITLE + _NAME),
    # "aqui é a dona Zilda", "fala o Manuel", "Boa tarde, é o Tiago Mendes."
    rx(
        opening("aqui e|aqui quem fala e|quem fala e|aqui fala|fala|e", _OPENERS)
        + r"\s+(?:o|a)\s(?:(?:dona|dom|seu|senhor|senhora|sr|sra|doutor|doutora|dr|dra)\.?\s)?"
        + _NAME
        + r"(?=\s?[,.;!]|\s(?:aqui|outra vez|de novo|novamente|falando)\b|\s?$)"
    ),
    rx(opening("aqui e|aqui quem fala e|quem fala e", _OPENERS) + r"\s+" + _TITLE + _NAME),
    # "Oi, Lucas aqui.": the search starts at a capital letter; what precedes it is checked behind.
    rx(
        r"(?P<v>[A-Z](?:"
        + "|".join(f"(?<={opener}.)" for opener in _BEFORE_HERE)
        + r")[\w'-]{1,30}(?: (?:(?:de|da|do|das|dos) )?[A-Z][\w'-]{1,30}){0,3})\saqui\b"
    ),
)

AGE = (
    rx(
        lead("tenho|fiz|completei|completo|vou fazer|acabei de fazer|vou completar")
        + r"\s+(?:ja\s)?(?P<v>\d{1,3}|[a-z]{3,12}(?: e [a-z]{2,6})?)\s+anos\b"
        + _NOT_YEARS_OF
        + r"|"
        + lead("tenho|fiz|completei")
        + r"\s+(?P<v2>\d{2})(?=\s{0,2}(?:[,.;!?]|$|e\b))"
    ),
    rx(
        lead("a minha idade e|minha idade e")
        + r"\s(?:de\s)?(?P<v>\d{1,3})\b|"
        + lead("com os meus|aos meus|nos meus")
        + r"\s(?P<v2>\d{2}|[a-z]{4,12}(?: e [a-z]{2,6})?) anos\b|"
        + lead("idade:")
        + r"\s?(?P<v3>\d{1,3})\b"
    ),
)

LOCATION = (
    rx(
        lead("moro|moramos|vivo|vivemos|resido|residimos|estou morando|estamos morando|estou a viver|estamos a viver")
        + r"\s+(?:(?:atualmente|actualmente|agora|hoje|ainda|ja|aqui|ca|la|sozinh[oa]|junt[oa]s|so)\s){0,2}"
        r"(?:em|no|na|nos|nas)\s+" + _WHERE,
    ),
    rx(lead(r"minha casa (?:e|fica) (?:em|no|na)") + r"\s+" + _WHERE),
    rx(
        lead("em|aqui em|no|na|pra|para|de|da|do")
        + r"\s"
        + _PLACE
        + r",?\s(?:(?:sim,?\s)?(?:que\s)?(?:e\s)?onde (?:eu\s)?(?:moro|vivo|moramos|vivemos)|(?:eu\s)?(?:moro|vivo) "
        r"(?:aqui\s|ca\s|la\s)?(?:faz|ha)\s)"
    ),
    rx(_PLACE + r",\s(?:e|E) onde (?:eu\s)?(?:moro|vivo)\b"),
    # "Moro em Setúbal... perdão, em Palmela": the place said after the correction.
    rx(
        lead("moro|moramos|vivo|vivemos|resido")
        + r"\s(?:em|no|na)\s[^\n]{1,60}?(?:perdao|desculpa|desculpe|quer dizer|alias|ou melhor|minto|me enganei|"
        r"enganei-me)[,.]?\s(?:[^.,;!?\n]{1,25},\s)?(?:em|no|na|aqui em)\s" + _PLACE
    ),
    rx(lead("ca em casa|aqui em casa") + r",? (?:em|no|na)\s" + _PLACE),
    rx(lead("meu|minha|nosso|nossa") + r"\s(?:apartamento|apto|casa|ape)\s(?:em|no|na)\s" + _PLACE),
)

LIVES_WORDS = words(
    "moro|moramos|mora|moram|vivo|vivemos|resido|residimos|aqui em|aqui no|aqui na|estou em|minha casa"
    "|trabalho|trabalhamos|tenho uma loja"
)

MOVED_WORDS = words("mudei|mudamos|mudou|me mudei|mudanca|fui morar|fomos morar|mudando")
PLACE_PREPS = words("em|no|na")
MOVE_PREPS = words("para|pra|pro|pro")
TRIP_WORDS = words(
    "viagem|ferias|a passeio|visitando|esta semana|congresso|de passagem|hotel|a trabalho|voo|voos|"
    # A move only thought of ("se der certo, talvez eu me mude para Lisboa").
    "talvez|quem sabe|pensando em mudar|pensando em me mudar|quero me mudar|queria me mudar|quero mudar-me"
)

MOVED = (
    rx(
        lead(
            "me mudei|mudei-me|nos mudamos|mudamo-nos|mudei de casa|mudei de cidade|fui morar|vim morar|"
            "fomos morar|viemos morar|fui viver|vim viver|me mudo|vou me mudar|acabei de me mudar"
        )
        + r"\s+(?:(?:de|do|da)\s[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2}\s)?(?:para|pra|pro|pa|em|no|na)\s+"
        r"(?:(?:o|a)\s)?" + _WHERE,
    ),
)

HOMETOWN = (
    rx(
        lead("sou|eu sou|somos")
        + r"\s+(?:(?:natural|naturais|originari[oa]s?|originalmente)\s+)?(?:(?:do|da) interior (?:de|do|da) "
        r"[A-Z][\w'-]{1,20}(?: [A-Z][\w'-]{1,20})?,\s+|[a-z]{3,15},\s+)?(?:de|do|da|dos|das)\s+" + _PLACE
    ),
    rx(lead("nasci|nascemos|fui criado|fui criada|cresci") + r"\s+(?:em|no|na)\s+" + _PLACE),
)

# O agente lê onde mora ("O endereço continua em Belo Horizonte, bairro Savassi?") e o sim que o confirma.
ADDRESS_WORDS = words("endereco|morada|residencia|ainda mora|continua a morar|continua morando|mora em|mora no|mora na")
YES_WORDS = words("sim|isso|isso mesmo|exato|exatamente|correto|certo|pois|pois e|e sim|positivo")

"""Portuguese patterns for work and study: occupation, employer, field of study."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import alternation, rx
from customer_memory.extraction.rules.languages.patterns import lead
from customer_memory.extraction.rules.languages.pt.words import _ARTICLE, _VALUE, OCCUPATIONS

# Adjectives that follow a job ("médico reformado", "contabilista certificada", "designer freelancer").
_JOB_ADJECTIVES = (
    r"(?:reformad[oa]|aposentad[oa]|certificad[oa]|formad[oa]|licenciad[oa]|autonom[oa]|freelancer|freelance|"
    r"independente|senior|junior|comercial|public[oa]|social|grafic[oa]|civil|industrial|informatic[oa]|"
    r"substitut[oa]|efetiv[oa]|efectiv[oa]|concursad[oa]|de plantao|em formacao|residente)"
)

_ORG = (
    r"(?:[Gg]rupo|[Bb]anco|[Hh]ospital|[Cc]linica|[Cc]olegio|[Ee]scola|[Uu]niversidade|[Ff]aculdade|[Ii]nstituto|"
    r"[Ee]mpresa|[Hh]otel|[Ss]upermercado|[Ff]armacia|[Pp]refeitura|[Cc]amara|[Mm]inisterio|[Ff]undacao|"
    r"[Ll]aboratorio|[Cc]ompanhia|[Gg]abinete|[Ee]scritorio|[Rr]estaurante|[Ll]oja|[Cc]entro|[Cc]aixa|[Cc]orreios|"
    r"[Ss]anta [Cc]asa)"
)
# After a bare "em", only a name that says it is an organisation ("em Hospital X", not "em Lisboa").
_ORG_AHEAD = r"(?=" + _ORG + r"\b)"
# An employer: capitalised words ("Hospital de São João", "Pestana Palace", "Lopes & Filhos").
_EMPLOYER = r"(?P<v>[A-Z][\w&'+-]{0,30}(?: (?:(?:de|da|do|das|dos|e) )?[A-Z0-9&][\w&'+-]{0,30}){0,4})"
# Lowercase nouns that say what kind of place the employer is ("no gabinete Lopes", "no hotel Pestana").
_WORKPLACE = (
    r"(?:(?:fabrica|empresa|escritorio|loja|gabinete|estudio|hotel|restaurante|clinica|colegio|escola|"
    r"supermercado|farmacia|agencia|consultora|consultoria|hospital|banco|rede|franquia|oficina|armazem|"
    r"startup|firma)(?: d[aoe])? )?"
)

_JOB = alternation(OCCUPATIONS)
# "o trabalho na Rua Augusta": a street is no employer.
_NOT_A_STREET = r"(?!(?:Rua|Avenida|Av|Praca|Largo|Travessa|Estrada|Rodovia|Alameda|Calcada)\b)"

# Fields of study: "faço medicina", "estudo Direito", "curso Enfermagem" make a student of that field.
_FIELDS = (
    r"(?i:medicina(?: veterinaria)?|biomedicina|enfermagem|direito|engenharia(?: [a-z]{3,15})?|arquitetura|"
    r"psicologia|economia|administracao|contabilidade|ciencias contabeis|ciencia da computacao|computacao|"
    r"sistemas de informacao|farmacia|odontologia|veterinaria|biologia|quimica|fisica|matematica|historia|letras|"
    r"jornalismo|pedagogia|educacao fisica|fisioterapia|nutricao|design|musica|filosofia|sociologia|turismo|"
    r"marketing|publicidade)"
)

STUDIES = (
    rx(
        lead("estudo|estou estudando|estou a estudar|faco|curso|estou cursando|estou fazendo|tiro")
        + r"\s(?:(?:faculdade de|o curso de|curso de|graduacao em|mestrado em|o (?:primeiro|segundo|terceiro|"
        r"quarto|quinto|ultimo) ano de)\s)?(?P<v>" + _FIELDS + r")\b"
    ),
)

STUDENT_OF = "estudante de {field}"

OCCUPATION = (
    rx(lead("trabalho|trabalhamos|estou trabalhando|estou a trabalhar") + r"\s+como\s+(?:(?:um|uma)\s)?" + _VALUE),
    # "trabalho a partir de casa como programadora", "trabalho de casa como contadora".
    rx(
        lead("trabalho|estou trabalhando|estou a trabalhar")
        + r"\s(?:a partir de casa|de casa|em casa|remotamente|a distancia|em remoto|por conta propria|meio periodo|"
        r"de noite|a noite|aos fins de semana)\s(?:como|de)\s(?:(?:um|uma)\s)?(?P<v>" + _JOB + r")\b"
    ),
    rx(
        lead(r"a minha (?:profissao|ocupacao|funcao)|minha (?:profissao|ocupacao|funcao)")
        + r"\s+e\s+(?:(?:a de|o de|de)\s)?(?:(?:um|uma)\s)?"
        + _VALUE
    ),
    rx(
        # ("já não sou professora" says what they no longer are.)
        r"(?<![Nn]ao )"
        + lead("sou|ja sou|agora sou|eu sou|trabalho de|trabalho como|atuo como|exerco")
        + r"\s+(?:(?:um|uma|o|a)\s)?(?P<v>"
        + _JOB
        + r"(?:\sde\s[a-z]{3,15})?(?:\s"
        + _JOB_ADJECTIVES
        + r"){0,2})\b"
    ),
    rx(
        lead("sou|eu sou")
        + r"\s(?:(?:o|a)\s)?[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2},\s(?P<v>"
        + _JOB
        + r"(?:\s"
        + _JOB_ADJECTIVES
        + r"){0,2})\b"
    ),
    rx(lead("estou|ja estou|sou") + r"\s+(?P<v>aposentad[oa]|reformad[oa]|desempregad[oa])\b"),
    # "fui costureira a vida toda", "trabalhei 38 anos como maquinista": the job of a working life.
    rx(
        lead("trabalhei")
        + r"\s(?:(?:[a-z0-9]{1,12}\s)?anos\s)?(?:como|de)\s(?:(?:um|uma)\s)?(?P<v>"
        + _JOB
        + r"(?:\sde\s[a-z]{3,15})?)\b"
    ),
    rx(
        lead("fui")
        + r"\s(?:(?:um|uma)\s)?(?P<v>"
        + _JOB
        + r"(?:\sde\s[a-z]{3,15})?)\b(?=[^.;!?\n]{0,20}?\b(?:a vida toda|toda a (?:minha )?vida|"
        r"(?:[a-z0-9]{1,12}\s)?anos|ate (?:me )?reformar|ate (?:me )?aposentar)\b)"
    ),
    # "eu era professora primária", "Eu era enfermeiro no Santa Maria": the job they had, said of themselves; not
    # "quando eu era estudante" (a time of life).
    rx(
        r"(?<!quando )(?<!enquanto )(?<!se )"
        + lead("eu era")
        + r"\s(?:(?:um|uma)\s)?(?!estudante\b)(?P<v>"
        + _JOB
        + r"(?:\s(?:primari[oa]|de\s[a-z]{3,15}))?)\b"
    ),
)

EMPLOYER = (
    rx(
        lead(
            "trabalho|trabalhamos|estou trabalhando|estou a trabalhar|comecei a trabalhar|comecei|entrei|"
            "fui contratado|fui contratada|fui admitido|fui admitida|me contrataram"
        )
        + r"\s(?:(?:como|de)\s[^.,;!?\n]{2,40}?\s)?(?:(?:na|no|nas|nos|pela|pelo|para a|para o|pra|pro|para|numa|"
        r"num)\s" + _WORKPLACE + r"|em\s" + _ORG_AHEAD + r")" + _NOT_A_STREET + _EMPLOYER
    ),
    rx(
        lead("sou|eu sou|agora sou|ja sou|trabalho como|trabalho de")
        + r"\s(?:(?:um|uma|o|a)\s)?"
        # ("sou reformado da CP": a past employer.)
        + r"(?!(?:reformad|aposentad)[oa]s?\b)"
        + _JOB
        + r"(?:,\s(?:"
        + _JOB
        + r"|"
        + _JOB_ADJECTIVES
        + r"))?(?:\s(?!(?:que|mas|moro|vivo|aqui|ca|la|agora|hoje|num|numa)\b)[a-z]{2,15}){0,2}?"
        r"\s(?:(?:na|no|da|do|pela|pelo|para a|para o)\s" + _WORKPLACE + r"|(?:em|de)\s" + _ORG_AHEAD + r")" + _EMPLOYER
    ),
    rx(
        lead("sai|deixei|larguei")
        + r"\s(?:d[oa]s?|de)\s[^.;!?\n]{1,40}?[,;]\s(?:e\s)?(?:agora\s)?(?:estou|trabalho|to|entrei)\s"
        r"(?:na|no|em|pela|pelo|para a|para o)\s" + _EMPLOYER
    ),
    rx(
        lead("mudei de|troquei de")
        + r"\s(?:emprego|trabalho|empresa)\s?[,;:\u2014\u2013-]?\s(?:[^.;!?\n]{1,40}?,\s)?(?:e\s)?(?:agora\s)?"
        r"(?:estou|trabalho|to|entrei)\s(?:na|no|em|pela|pelo|para a|para o)\s" + _EMPLOYER
    ),
    rx(lead(r"a minha (?:empresa|entidade patronal) e|minha empresa e") + r"\s" + _ARTICLE + _EMPLOYER),
    # "a Natura, onde trabalho".
    rx(
        r"\b" + _EMPLOYER + r",?\s(?:onde|em que|na qual|no qual|para a qual|para o qual)\s(?:eu\s)?(?:agora\s)?"
        r"(?:trabalho|estou trabalhando|estou a trabalhar)\b"
    ),
)

# "trabalho em Embraer" ("trabalho em Lisboa" names a place: the caller checks).
EMPLOYER_OR_PLACE = (
    rx(lead("trabalho|trabalhamos|estou trabalhando|estou a trabalhar") + r"\sem\s" + _EMPLOYER),
    # "sou enfermeira no Santa Maria", "sou professor na Escola Sá da Bandeira": the job, then where.
    rx(
        lead("sou|eu sou|agora sou|ja sou")
        + r"\s(?:(?:um|uma|o|a)\s)?(?!(?:reformad|aposentad)[oa]s?\b)"
        + _JOB
        + r"(?:\s(?!(?:que|mas|moro|vivo|aqui|ca|la|agora|hoje|num|numa|em|no|na)\b)[a-z]{2,15}){0,2}?"
        r"\s(?:em|no|na)\s" + _NOT_A_STREET + _EMPLOYER
    ),
    # "uso todos os dias para ir para o trabalho na Fidelidade", "o meu trabalho no Itaú": not a street.
    rx(
        lead("para o trabalho|pro trabalho|ao trabalho|o meu trabalho|meu trabalho|do trabalho|o trabalho")
        + r"\s(?:na|no|em)\s"
        + _NOT_A_STREET
        + _EMPLOYER
    ),
)

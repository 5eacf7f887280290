"""Portuguese: Brazil and Portugal (você and tu, celular and telemóvel, "estou fazendo" and "estou a fazer").

Patterns are case-sensitive and start with the words they need, in lowercase and Capitalised (`lead`, as
in the Spanish pack): several times faster to search for than IGNORECASE.
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import Instruction, LanguagePack, alternation, rx
from customer_memory.extraction.rules.languages.patterns import lead, opening
from customer_memory.extraction.rules.text import words


def _gendered(stems: str) -> tuple[str, ...]:
    """ "enfermeir|professor" -> enfermeiro, enfermeira, professor, professora: the two genders of each job."""
    forms = []
    for stem in words(stems):
        forms += [stem + "o", stem + "a"] if not stem.endswith("or") else [stem, stem + "a"]
    return tuple(forms)


RELATIONS = {
    "esposa": "spouse", "esposo": "spouse", "marido": "spouse", "mulher": "spouse", "companheiro": "spouse",
    "companheira": "spouse", "namorado": "spouse", "namorada": "spouse", "noivo": "spouse", "noiva": "spouse",
    "filho": "son", "filha": "daughter", "mae": "mother", "mamae": "mother", "pai": "father", "papai": "father",
    "irmao": "brother", "irma": "sister", "neto": "grandson", "neta": "granddaughter", "avo": "grandparent",
    "vovo": "grandparent", "sobrinha": "niece", "sobrinho": "nephew", "tia": "aunt", "tio": "uncle",
    "prima": "cousin", "primo": "cousin", "sogra": "mother_in_law", "sogro": "father_in_law",
    "cuidadora": "carer", "cuidador": "carer",
}  # fmt: skip
PETS = {
    "cachorro": "dog", "cachorra": "dog", "cachorrinho": "dog", "cachorrinha": "dog", "cao": "dog",
    "caozinho": "dog", "cadela": "dog", "cadelinha": "dog", "vira-lata": "dog", "labrador": "dog",
    "gato": "cat", "gata": "cat", "gatinho": "cat", "gatinha": "cat", "papagaio": "parrot", "periquito": "bird",
    "calopsita": "bird", "canario": "bird", "passaro": "bird", "passarinho": "bird", "coelho": "rabbit",
    "coelha": "rabbit", "coelhinho": "rabbit", "hamster": "hamster", "cavalo": "horse", "egua": "horse",
    "peixe": "fish", "peixinho": "fish", "tartaruga": "turtle", "jabuti": "tortoise",
    "porquinho-da-india": "guinea pig", "furao": "ferret",
}  # fmt: skip
NUMBERS = {
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15,
    "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19,
    "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
    "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100, "e": 0,
}  # fmt: skip
OCCUPATIONS = _gendered(
    "enfermeir|medic|engenheir|advogad|arquitet|arquitect|cozinheir|padeir|cabeleireir|carpinteir|mecanic|"
    "fotograf|music|psicolog|farmaceutic|veterinari|secretari|bibliotecari|funcionari|empresari|tecnic|"
    "quimic|biolog|agronom|bombeir|caminhoneir|faxineir|porteir|bancari|estagiari|dentist|informatic|"
    "fazendeir|marceneir|pedreir|costureir|jardineir|enfermeir|pescador|garcon|ministr|odontolog|"
    "professor|contador|desenhador|programador|desenvolvedor|consultor|diretor|director|investigador|tradutor|"
    "escritor|administrador|cuidador|treinador|assessor|auditor|gestor|agricultor|vendedor|operador|"
    "supervisor|coordenador|educador|pesquisador|corretor|entregador|lavrador|locutor|apresentador|inspetor|"
    "reformad|aposentad"
) + words(
    "manicure|manicuri|confeiteira|confeiteiro|diarista|motorista de aplicativo|caminhoneiro|caminhoneira|entregador|entregadora|costureira|florista|esteticista|barbeiro|garcom|garconete|atendente|contabilista|economista|motorista|taxista|camionista|estafeta|motoboy|piloto|policia|militar|soldado|"
    "jornalista|artista|dentista|eletricista|electricista|fisioterapeuta|terapeuta|nutricionista|"
    "recepcionista|comerciante|representante comercial|representante|analista|designer|gerente|chefe|chef|"
    "estudante|aluno|aluna|pensionista|dona de casa|do lar|diarista|empregada domestica|baba|"
    "auxiliar de enfermagem|tecnico de enfermagem|tecnica de enfermagem|auxiliar|assistente social|assistente|"
    "vigilante|seguranca|zelador|zeladora|ator|atriz|cantor|cantora|atleta|cientista|personal trainer|"
    "manicure|canalizador|encanador|freelancer|freelance|autonomo|autonoma|empreendedor|empreendedora|"
    "servidor publico|servidora publica|funcionario publico|funcionaria publica|caixa|interprete|"
    "engenheiro de software|engenheira de software|pedagogo|pedagoga|professor universitario"
)
# Adjectives that follow a job ("médico reformado", "contabilista certificada", "designer freelancer").
_JOB_ADJECTIVES = (
    r"(?:reformad[oa]|aposentad[oa]|certificad[oa]|formad[oa]|licenciad[oa]|autonom[oa]|freelancer|freelance|"
    r"independente|senior|junior|comercial|public[oa]|social|grafic[oa]|civil|industrial|informatic[oa]|"
    r"substitut[oa]|efetiv[oa]|efectiv[oa]|concursad[oa]|de plantao|em formacao|residente)"
)
LANGUAGES = {
    "ingles": "English", "portugues": "Portuguese", "espanhol": "Spanish", "castelhano": "Spanish",
    "frances": "French", "alemao": "German", "vietnamita": "Vietnamese", "hebraico": "Hebrew",
    "italiano": "Italian", "arabe": "Arabic", "russo": "Russian", "chines": "Chinese", "mandarim": "Mandarin",
    "japones": "Japanese", "coreano": "Korean", "polaco": "Polish", "polones": "Polish", "romeno": "Romanian",
    "ucraniano": "Ukrainian", "crioulo": "Creole", "libras": "Libras",
}  # fmt: skip
# Keys are found at a word's start ("lig" in "liguem", "ligação"); values stay in Portuguese.
CHANNELS = {
    "email": "email", "e-mail": "email", "mail": "email", "correio eletronico": "email",
    "correio electronico": "email", "whatsapp": "WhatsApp", "whats": "WhatsApp", "zap": "WhatsApp",
    "wpp": "WhatsApp", "sms": "SMS", "mensagem de texto": "SMS",
    "mensagens de texto": "SMS", "torpedo": "SMS", "telefone": "telefone", "telemovel": "telefone",
    "celular": "telefone", "lig": "telefone", "chamada": "telefone", "telegram": "Telegram", "chat": "chat",
}  # fmt: skip
_CHANNEL = (
    r"(?:e-?mail|mail|correio (?:eletronico|electronico)|whatsapp|whats|zap|wpp|sms|mensage(?:m|ns) de texto|torpedos?|"
    r"telefone|telemovel|ligac(?:ao|oes)|chamadas?|telegram|chat|[Ee]-?mail|[Ww]hats[Aa]pp|WhatsApp|SMS|"
    r"[Tt]elegram)\b"
)
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
_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"
# A place as typed: capitalised words, with the particles of place names ("Rio de Janeiro", "Foz do Iguaçu").
_PLACE = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|da|do|das|dos) )?[A-Z][\w'-]{1,30}){0,3})"
# Where someone lives: capitalised words as a place name ends ("Lisboa semana passada" -> "Lisboa"), or a
# place typed in lowercase, which the clause words end.
_WHERE = (
    r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|da|do|das|dos) )?[A-Z][\w'-]{1,30}){0,3}(?![\w'-])|[a-z][^.,;:!?\n]{0,59})"
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
_ARTICLE = r"(?:(?:o|a|os|as|um|uma)\s)?"
_REL = alternation(RELATIONS)
_PET = alternation(PETS)
_JOB = alternation(OCCUPATIONS)
_TIERS = (
    r"(?:[Oo]uro|[Pp]rata|[Bb]ronze|[Pp]latina|[Dd]iamante|[Pp]remium|PREMIUM|VIP|[Vv]ip|[Gg]old|[Ss]ilver|"
    r"[Pp]latinum|[Bb]lack|[Ee]lite|[Pp]lus|[Pp]ro|[Bb]asic[oa]|[Ss]tandard|[Ff]amilia|[Ii]limitad[oa]|"
    r"[Ee]ssencial|[Ss]enior|[Tt]op|[Mm]ax|[Ii]nfinite|[Tt]otal|[Ll]ight|[Ss]tart|[Cc]ontrole)"
)
# A plan as named after "o plano", "o pacote", "o tarifário", or a tier word on its own ("o Premium", "pra Ouro").
_PLAN_VALUE = (
    r"(?:(?:plano|pacote|tarifario|assinatura|categoria|nivel|modalidade|franquia|programa)\s(?:de\s)?"
    r"(?=[A-Z0-9]|" + _TIERS + r"\b|(?:estudante|jovem|universitario|familiar|empresa|empresarial|pre-pago|"
    r"pos-pago|controle)\b)|(?=" + _TIERS + r"\b))(?P<v>[\w+-]{2,20}(?:\s[A-Z0-9][\w+-]{0,20}){0,2})"
)
_TIME = (
    r"(?:\d{1,2}(?:[:h]\d\d)?h?|uma|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|meio-dia)"
    r"(?:\s(?:da (?:manha|tarde|noite)|horas|em ponto|e meia))?"
)
# "tenho 20 anos de experiência", "faço 10 anos de casada": years of something, not an age.
_NOT_YEARS_OF = (
    r"(?!\s(?:de (?!idade)|d[ae]s?\s|na\b|no\b|em\b|aqui\b|ca\b|trabalhando|a trabalhar|casad|morando|a morar))"
)
# When they may be contacted: "antes das nove", "à tarde", "durante a semana".
_WHEN = (
    r"(?:(?:(?:antes|depois|a partir|apos) d(?:as?|e|o)|before|after) " + _TIME + r"|(?:a|de|pela|na|durante a|as|nas) "
    r"(?:manhas?|tardes?|noites?)\b|durante a semana\b|(?:aos|nos) fins de semana\b|de segunda a sexta\b)"
)

# Fields of study: "faço medicina", "estudo Direito", "curso Enfermagem" make a student of that field.
_FIELDS = (
    r"(?i:medicina(?: veterinaria)?|biomedicina|enfermagem|direito|engenharia(?: [a-z]{3,15})?|arquitetura|"
    r"psicologia|economia|administracao|contabilidade|ciencias contabeis|ciencia da computacao|computacao|"
    r"sistemas de informacao|farmacia|odontologia|veterinaria|biologia|quimica|fisica|matematica|historia|letras|"
    r"jornalismo|pedagogia|educacao fisica|fisioterapia|nutricao|design|musica|filosofia|sociologia|turismo|"
    r"marketing|publicidade)"
)

PACK = LanguagePack(
    code="pt",
    name=(
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
    ),
    age=(
        rx(
            lead("tenho|fiz|completei|completo|vou fazer|acabei de fazer|vou completar")
            + r"\s+(?:ja\s)?(?P<v>\d{1,3}|[a-z]{3,12}(?: e [a-z]{3,6})?)\s+anos\b"
            + _NOT_YEARS_OF
            + r"|"
            + lead("tenho|fiz|completei")
            + r"\s+(?P<v2>\d{2})(?=\s{0,2}(?:[,.;!?]|$|e\b))"
        ),
        rx(
            lead("a minha idade e|minha idade e")
            + r"\s(?:de\s)?(?P<v>\d{1,3})\b|"
            + lead("com os meus|aos meus|nos meus")
            + r"\s(?P<v2>\d{2}|[a-z]{4,12}(?: e [a-z]{3,6})?) anos\b|"
            + lead("idade:")
            + r"\s?(?P<v3>\d{1,3})\b"
        ),
    ),
    number_words=NUMBERS,
    location=(
        rx(
            lead(
                "moro|moramos|vivo|vivemos|resido|residimos|estou morando|estamos morando|estou a viver|estamos a viver"
            )
            + r"\s+(?:(?:atualmente|actualmente|agora|hoje|ainda|ja|aqui|ca|la|sozinh[oa]|junt[oa]s|so)\s){0,2}"
            r"(?:em|no|na|nos|nas)\s+" + _WHERE,
        ),
        rx(lead(r"minha casa (?:e|fica) (?:em|no|na)") + r"\s+" + _WHERE),
        rx(
            lead("em|aqui em|no|na|pra|para")
            + r"\s"
            + _PLACE
            + r",?\s(?:(?:que\s)?(?:e\s)?onde (?:eu\s)?(?:moro|vivo|moramos|vivemos)|(?:eu\s)?(?:moro|vivo) "
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
    ),
    lives_words=words(
        "moro|moramos|mora|moram|vivo|vivemos|resido|residimos|aqui em|aqui no|aqui na|estou em|minha casa"
        "|trabalho|trabalhamos|tenho uma loja"
    ),
    moved_words=words("mudei|mudamos|mudou|me mudei|mudanca|fui morar|fomos morar|mudando"),
    place_preps=words("em|no|na"),
    move_preps=words("para|pra|pro|pro"),
    trip_words=words("viagem|ferias|a passeio|visitando|esta semana|congresso|de passagem|hotel|a trabalho|voo|voos"),
    moved=(
        rx(
            lead(
                "me mudei|mudei-me|nos mudamos|mudamo-nos|mudei de casa|mudei de cidade|fui morar|vim morar|"
                "fomos morar|viemos morar|fui viver|vim viver|me mudo|vou me mudar|acabei de me mudar"
            )
            + r"\s+(?:(?:de|do|da)\s[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2}\s)?(?:para|pra|pro|pa|em|no|na)\s+"
            r"(?:(?:o|a)\s)?" + _WHERE,
        ),
    ),
    hometown=(
        rx(
            lead("sou|eu sou|somos")
            + r"\s+(?:(?:natural|naturais|originari[oa]s?|originalmente)\s+)?(?:(?:do|da) interior (?:de|do|da) "
            r"[A-Z][\w'-]{1,20}(?: [A-Z][\w'-]{1,20})?,\s+|[a-z]{3,15},\s+)?(?:de|do|da|dos|das)\s+" + _PLACE
        ),
        rx(lead("nasci|nascemos|fui criado|fui criada|cresci") + r"\s+(?:em|no|na)\s+" + _PLACE),
    ),
    relations=RELATIONS,
    relation=(
        rx(
            lead("meu|minha|o meu|a minha|nosso|nossa")
            + r"\s+(?:(?:querid[oa]|falecid[oa]|saudos[oa])\s)?(?P<rel>"
            + _REL
            + r")(?:\s(?:mais velh[oa]|mais nov[oa]|cacula|mais pequen[oa]))?(?:,|\s(?:se chama|que se chama|"
            r"chama-se|chamad[oa])|)\s+(?:(?:o|a|dona|seu)\s)?(?P<name>[A-Z][\w'-]{1,30})"
        ),
        rx(r"(?P<name>[A-Z][\w'-]{1,30}),?\s(?:(?:o|a)\s)?(?:meu|minha|nosso|nossa)\s(?P<rel>" + _REL + r")\b"),
        rx(
            lead("tenho|temos")
            + r"\s(?:um|uma)\s(?P<rel>"
            + _REL
            + r")(?:\s(?:mais velh[oa]|mais nov[oa]))?,?\s(?:que se chama|chamad[oa])\s(?P<name>[A-Z][\w'-]{1,30})"
        ),
    ),
    marital=(
        rx(
            lead("sou|estou|eu sou|eu estou")
            + r"\s+(?:(?:feliz|felizmente)\s)?(?P<v>casad[oa]|solteir[oa]|viuv[oa]|divorciad[oa]|separad[oa]|"
            r"noiv[oa])\b"
        ),
    ),
    children=(
        rx(
            lead("tenho|temos|meus|nossos|minhas|nossas|os meus|os nossos")
            + r"\s+(?P<v>um|uma|dois|duas|tres|quatro|cinco|seis|\d)\s+(?P<what>filh[oa]s?|crianc[ao]s|miudos|"
            r"miudas|meninos|meninas)\b"
        ),
    ),
    pets=PETS,
    pet=(
        rx(
            lead("meu|minha|o meu|a minha|nosso|nossa|meus|minhas")
            + r"\s+(?:[a-z]{3,12}\s)?(?P<species>"
            + _PET
            + r")(?:-guia|\sguia)?(?:,|\s(?:se chama|que se chama|chamad[oa])|)\s+(?:(?:o|a)\s)?"
            r"(?P<name>[A-Z][\w'-]{1,20})"
        ),
        rx(r"(?P<name>[A-Z][\w'-]{1,20}),?\s(?:meu|minha|nosso|nossa)\s(?P<species>" + _PET + r")\b"),
        rx(
            lead("tenho|temos")
            + r"\s+(?:(?:agora|tambem|ja)\s)?(?:um|uma|dois|duas|tres|\d)\s+(?P<species>"
            + _PET
            + r")s?(?:(?:,|\s(?:que se chama|chamad[oa]))\s(?:(?:o|a)\s)?(?P<name>[A-Z][\w'-]{1,20}))?"
        ),
    ),
    studies=(
        rx(
            lead("estudo|estou estudando|estou a estudar|faco|curso|estou cursando|estou fazendo|tiro")
            + r"\s(?:(?:faculdade de|o curso de|curso de|graduacao em|mestrado em|o (?:primeiro|segundo|terceiro|"
            r"quarto|quinto|ultimo) ano de)\s)?(?P<v>" + _FIELDS + r")\b"
        ),
    ),
    student_of="estudante de {field}",
    occupation=(
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
            lead("sou|ja sou|agora sou|eu sou|trabalho de|trabalho como|atuo como|exerco")
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
    ),
    employer=(
        rx(
            lead(
                "trabalho|trabalhamos|estou trabalhando|estou a trabalhar|comecei a trabalhar|comecei|entrei|"
                "fui contratado|fui contratada|fui admitido|fui admitida|me contrataram"
            )
            + r"\s(?:(?:como|de)\s[^.,;!?\n]{2,40}?\s)?(?:(?:na|no|nas|nos|pela|pelo|para a|para o|pra|pro|para|numa|"
            r"num)\s" + _WORKPLACE + r"|em\s" + _ORG_AHEAD + r")" + _EMPLOYER
        ),
        rx(
            lead("sou|eu sou|agora sou|ja sou|trabalho como|trabalho de")
            + r"\s(?:(?:um|uma|o|a)\s)?"
            + _JOB
            + r"(?:,\s(?:"
            + _JOB
            + r"|"
            + _JOB_ADJECTIVES
            + r"))?(?:\s(?!(?:que|mas|moro|vivo|aqui|ca|la|agora|hoje|num|numa)\b)[a-z]{2,15}){0,2}?"
            r"\s(?:(?:na|no|da|do|pela|pelo|para a|para o)\s"
            + _WORKPLACE
            + r"|(?:em|de)\s"
            + _ORG_AHEAD
            + r")"
            + _EMPLOYER
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
    ),
    # "trabalho em Embraer" ("trabalho em Lisboa" names a place: the caller checks).
    employer_or_place=(rx(lead("trabalho|trabalhamos|estou trabalhando|estou a trabalhar") + r"\sem\s" + _EMPLOYER),),
    instructions=(
        # "quando precisar falar comigo, me liga", "sempre me manda pelo zap".
        Instruction(
            rx(
                r"(?i:\b(?:quando precisar(?:em)?(?: falar comigo)?|sempre|so|prefiro que|de preferencia|melhor)\b[^.!?\n]{0,30}?"
                r"\b(?:me liga|me ligue|me ligar|liga pra mim|me mand[ae] (?:pelo |por |no )?(?:zap|whats|whatsapp|"
                r"mensagem|e-?mail|sms))\b)"
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                lead(
                    "explica|explique|expliquem|explicar|explica-me|explique-me|me explica|me explique|fala|fale|"
                    "falem|falar|va|vai|vamos|ir|escreva|escreve|escrevam|diga|digam|me diz|me diga"
                )
                + r"\s+(?:(?:mais|bem|muito|um pouco mais|tudo)\s)?(?:comigo\s)?(?:devagar(?:inho)?|com calma|"
                r"com paciencia|passo a passo|aos poucos|com calminha|sem pressa|bem explicadinho)\b|"
                + lead(
                    r"mais devagar,? (?:por favor|se faz favor)|um pouco mais devagar|passo a passo|um passo de cada vez|"
                    "um passo por vez|"
                    "uma coisa de cada vez|uma coisa por vez|uma etapa de cada vez|"
                    r"tenha (?:um pouco de |muita )?paciencia comigo|tenham (?:um pouco de |muita )?paciencia comigo|"
                    r"tem paciencia comigo|peco (?:um pouco de |muita )?paciencia|com palavras (?:simples|faceis)|"
                    "sem termos tecnicos"
                )
                + r"\b"
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                lead("respostas|mensagens|textos|explicacoes|e-mails|emails")
                + r"\s(?:mais\s|bem\s)?(?:curt[oa]s|curtinh[oa]s|breves|resumid[oa]s|objetiv[oa]s|diret[oa]s)\b|"
                + lead("resposta|mensagem|texto")
                + r"\s(?:mais\s|bem\s)?(?:curt[oa]|curtinh[oa]|breve|resumid[oa]|objetiv[oa]|diret[oa]),? (?:por favor|"
                r"pf|se faz favor)\b|"
                + lead("responde|responda|respondam|escreve|escreva|escrevam|fala|fale|falem|seja|sejam|se")
                + r"\s(?:mais\s|bem\s)?(?:curto|curtinho|breve|resumido|objetivo|direto|direta|objetiva)\b|"
                + lead(
                    "direto ao ponto|direto ao assunto|sem textao|sem textoes|sem testamento|sem enrolacao|"
                    r"sem rodeios|nao tenho paciencia (?:pra|para) (?:textao|textoes|testamento|textos longos|"
                    r"mensagens longas)"
                )
                + r"\b"
            ),
            "response_length",
            "short",
        ),
        Instruction(
            rx(
                lead("prefiro|quero|gosto de")
                + r"\s(?:respostas|explicacoes)\s(?:detalhadas|longas|completas)\b|"
                + lead(
                    "explica|explique|explicar|explica-me|explique-me|me explica|me explique|contar|me conta|me conte"
                )
                + r"\s(?:tudo\s)?(?:em detalhes?|com detalhes?|detalhadamente|tim-tim por tim-tim)\b|"
                + lead("com todos os detalhes")
                + r"\b"
            ),
            "response_length",
            "detailed",
        ),
        Instruction(
            rx(
                lead(
                    "confirme|confirmem|confirma|pergunte|perguntem|pergunta|consulte|consultem|avise|avisem|avisa|"
                    "fale|falem|me confirme|me confirmem|me pergunte|me perguntem|me consulte|me consultem|me avise|"
                    "me avisem"
                )
                + r"(?:-me)?\s(?:(?:sempre|comigo|primeiro|antes)\s){0,2}antes de\s[a-z]{3,14}\b|"
                + lead("antes de")
                + r"\s(?:me\s)?(?:fazer|cobrar|mudar|alterar|enviar|ativar|activar|cancelar|contratar|mexer|debitar|"
                r"renovar)(?:-me|[a-z]{0,3})\b[^.;!?\n]{0,60}?\b(?:me\s)?(?:confirm|pergunt|consult|avis)[a-z]{0,6}"
                r"(?:-me)?\b|"
                + lead("nao")
                + r" (?:facam|faca|cobrem|cobre|mudem|alterem|ativem|enviem|cancelem|mexam|debitem|renovem)\s"
                r"(?:nada|nenhuma alteracao|nenhuma cobranca|nada mais)\ssem\s(?:me\s)?(?:perguntar|consultar|avisar|"
                r"confirmar|a minha autorizacao|minha autorizacao|autorizacao|o meu ok|meu ok)\b"
            ),
            "confirm_before_acting",
        ),
        Instruction(
            rx(
                lead(
                    "manda|mande|mandem|envia|envie|enviem|fala|fale|falem|avisa|avise|avisem|contata|contate|"
                    "contatem|contacta|contacte|contactem|chama|chame|chamem|escreve|escreva|escrevam|responde|"
                    "responda|respondam"
                )
                + r"(?:-me)?\s(?:(?:sempre|so|apenas|somente|de preferencia|mensagem|mensagens|tudo)\s)?(?:pelo|pela|por|"
                r"via|no)\s"
                + _CHANNEL
                + r"|"
                + lead("tudo|sempre|so|apenas|somente|de preferencia")
                + r"\s(?:(?:pelo|pela|por|via)\s)?"
                + _CHANNEL
                + r"|"
                + lead("prefiro")
                + r"\s(?:que me (?:mandem|escrevam|contactem|contatem|avisem|enviem)\s(?:(?:uma |um )?(?:mensagem|"
                r"mensagens|tudo)\s)?(?:por|pelo|pela)\s|"
                r"(?:por|pelo|pela|o|a)\s)?(?:"
                + _CHANNEL
                + r"|que me (?:liguem|ligue|telefonem)\b)|"
                + lead("me manda|me mande|me mandem|me envia|me envie|me enviem|manda-me|mande-me|mandem-me")
                + r"\s(?:tudo|sempre)\s(?:(?:pelo|pela|por|via)\s)?"
                + _CHANNEL
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            # "sempre mensagem", "só por mensagem": a text message, unless a channel follows ("mensagem pelo WhatsApp").
            rx(
                lead("sempre|so|apenas|somente|prefiro|de preferencia")
                + r"\s(?:por\s|pela\s|via\s|uma\s)?mensage(?:m|ns)\b(?!\s(?:pelo|pela|por|no|via|de texto)\b)"
            ),
            "preferred_contact_channel",
            "SMS",
        ),
        Instruction(
            rx(
                # "não me liguem antes das 10h", "liguem-me só à tarde", "se me ligarem, que seja depois das 18h";
                # not "me ligaram ontem à tarde".
                lead("nao me|nunca me|nao|nunca")
                + r"\s(?:liguem|ligue|ligar|ligarem|contactem|contatem|contactar|contatar|telefonem)\b[^.;!?\n]{0,25}?"
                + _WHEN
                + r"|"
                + lead(
                    "liguem-me|ligue-me|me liguem|me ligue|contactem-me|me contactem|me contatem|podem me ligar|"
                    "pode me ligar|podem ligar-me|pode ligar-me|so estou disponivel|estou disponivel so|"
                    "so posso atender|so posso falar|so atendo"
                )
                + r"\s(?:(?:so|apenas|somente|sempre|de preferencia)\s)?"
                + _WHEN
                + r"|"
                + lead("quando me|se me")
                + r"\s(?:ligarem|liguem|contactarem|contatarem|(?:tiverem|precisarem|forem) (?:de |que )?(?:ligar|"
                r"contactar|contatar))\b[^.;!?\n]{0,30}?\b(?:que (?:nao )?seja|so|sempre|de preferencia)\s" + _WHEN
            ),
            "contact_hours",
        ),
        Instruction(
            rx(
                lead(
                    "fala|fale|falem|falar|escreve|escreva|escrevam|responde|responda|respondam|atenda|"
                    "prefiro falar|prefiro escrever|prefiro"
                )
                + r"\s(?:comigo\s)?(?:so\s|sempre\s|apenas\s)?em\s(?P<v>"
                + alternation(LANGUAGES)
                + r")\b|"
                + lead("a minha lingua|minha lingua|a minha idioma|meu idioma|o meu idioma")
                + r"(?: materna| nativa| principal)? e (?:o\s)?(?P<v2>"
                + alternation(LANGUAGES)
                + r")\b"
            ),
            "preferred_language",
        ),
        Instruction(
            rx(
                lead("me trate|me tratem|trate-me|tratem-me|me chame|me chamem|chame-me|chamem-me")
                + r"\s(?:sempre\s)?(?:por|de|como)\s(?:o\s|a\s)?(?:senhor|senhora|sr|sra|doutor|doutora|dona)\b|"
                + lead(
                    r"com (?:alguma |mais |toda a |a devida )?formalidade|sem (?:esse |este )?tratamento por tu|"
                    r"nao me trate(?:m)? por (?:tu|voce)"
                )
                + r"\b"
            ),
            "tone_preference",
            "formal",
        ),
        Instruction(
            rx(
                lead(
                    r"pode(?:s|m)? me (?:tratar|chamar) (?:por|de) (?:voce|tu)|pode(?:s|m)? tratar-me por tu|"
                    r"me trat[ae] por tu|trat[ae] por tu|sem formalidades?|sem cerimonia|"
                    r"nao precisa (?:de )?me chamar de senhor(?:a)?"
                )
                + r"\b"
            ),
            "tone_preference",
            "informal",
        ),
    ),
    preferences=(
        (
            rx(
                lead("prefiro|preferimos")
                + r"\s+(?!(?:que|nao|falar|escrever|respostas|mensagens|explicacoes)\b)(?:(?:o|a|os|as|um|uma)\s)?(?![a-z]{2,12}(?:ar|er|ir)\b)"
                + _VALUE
            ),
            "preferences",
        ),
        (
            rx(
                lead("sempre|normalmente|geralmente|quase sempre")
                + r"\s(?:peco|uso|calco|compro|escolho|tomo|levo|reservo|visto)\s(?:(?:o|a|os|as|um|uma|tamanho|"
                r"numero)\s){0,2}" + _VALUE
            ),
            "preferences",
        ),
        (
            rx(
                lead(r"sempre (?:vou|viajo|sento|fico)|normalmente (?:vou|viajo|sento|fico)")
                + r"\s(?:na|no|de|do|da)\s(?P<v>janela|corredor)\b"
            ),
            "preferences",
        ),
        (
            rx(
                lead("o meu|a minha|meu|minha")
                + r"\s+(?P<thing>[a-z]{2,15})\s+(?:favorit[oa]|preferid[oa])\s+e\s+"
                + _ARTICLE
                + _VALUE
            ),
            "favourite",
        ),
        (
            rx(
                lead("adoro|amo|eu amo|gosto muito de|gosto muito do|gosto muito da|curto muito")
                + r"\s+(?:(?:o|a|os|as)\s)?"
                + _VALUE
            ),
            "likes",
        ),
        (
            rx(
                lead("sou|eu sou")
                + r" (?:muito )?(?:fa|fanatic[oa]|torcedor|torcedora|adepto|adepta) (?:(?:doente|fervoros[oa]|"
                r"de carteirinha) )?(?:de|do|da)\s+(?:(?:o|a|os|as)\s)?" + _VALUE
            ),
            "likes",
        ),
        (
            # A supporter's word for the club is the club they like ("sou benfiquista").
            rx(
                lead("sou|eu sou")
                + r"\s(?:(?:muito|doente|bem)\s)?(?P<v>benfiquista|sportinguista|portista|flamenguista|corintiano|"
                r"corinthiano|palmeirense|sao-paulino|santista|gremista|colorado|vascaino|botafoguense|tricolor|"
                r"cruzeirense|atleticano)\b"
            ),
            "likes",
        ),
        (
            rx(
                lead("odeio|detesto|nao suporto|nao aguento|nao gosto nada de|nao gosto nada do|nao gosto nada da")
                + r"\s+(?:(?:o|a|os|as)\s)?"
                + _VALUE
            ),
            "dislikes",
        ),
        (
            rx(
                lead("sou|eu sou") + r"\s+(?P<v>vegetarian[oa]|vegan[oa]|celiac[oa]|diabetic[oa]|intolerante a lactose|"
                r"intolerante ao gluten)\b"
            ),
            "dietary",
        ),
        (
            rx(
                lead("sou|eu sou|tenho|eu tenho")
                + r"\s+(?:muito\s)?(?:alergic[oa]|alergia)\s+(?:a|ao|as|aos|de)\s+"
                + _VALUE
            ),
            "allergies",
        ),
        (
            rx(
                r"(?P<v>"
                + lead(r"vou|corro|nado|caminho|treino|jogo|faco|leio|acordo|pedalo|continuo [a-z]{3,12}ndo")
                + r"\b[^.;!?\n]{0,50}?\b(?:todo dia|todos os dias|toda (?:manha|tarde|noite|semana)|todas as "
                r"(?:manhas|tardes|noites|semanas)|todo (?:fim de semana|sabado|domingo)|todas as (?:segundas|tercas|"
                r"quartas|quintas|sextas)|cada (?:dia|manha|tarde|noite|semana)|diariamente))"
            ),
            "habit",
        ),
        (
            rx(
                r"(?P<v>"
                + lead("faco|trabalho|tenho")
                + r"\s(?:muitas\s|sempre\s|varias\s)?(?:noites|turnos? da noite|turnos? noturnos?|plantoes|"
                r"o turno da noite)|" + lead("trabalho") + r" (?:de|a) noite)\b"
            ),
            "habit",
        ),
        (
            rx(
                lead("tenho|eu tenho")
                + r"\s+(?:um|uma|o meu proprio|a minha propria|meu proprio|minha propria)\s+(?P<v>(?:pequen[oa]\s)?"
                r"(?:padaria|restaurante|cafe|lanchonete|loja|salao|estudio|clinica|consultorio|empresa|negocio|"
                r"startup|agencia|quinta|fazenda|hotel|academia|ginasio|oficina|boutique|escritorio|farmacia|"
                r"mercearia)(?:\s(?:chamad[oa]|que se chama)\s[^.,;!?\n]{2,40})?)"
            ),
            "business",
        ),
    ),
    accessibility=(
        rx(
            lead(
                r"nao enxergo (?:quase nada|nada|bem|direito|muito bem|de perto|de longe)(?: de perto| de longe)?|"
                r"enxergo (?:muito |bem |pouco )?mal|vejo (?:muito |bastante |pouco )?mal|nao vejo (?:muito |nada )?bem|"
                r"sou (?:quase |meio |parcialmente )?(?:ceg[oa]|surd[oa])|estou (?:quase |meio )?(?:ceg[oa]|surd[oa])|"
                r"uso (?:um |o |dois )?aparelhos? auditivos?|tenho (?:um |o |dois )?aparelhos? auditivos?|"
                r"com (?:um |o )?aparelhos? auditivos?|aparelhos? auditivos?|ouco (?:muito |bem |pouco )?mal|"
                r"escuto (?:muito |bem |pouco )?mal|nao ouco (?:muito |nada )?bem|nao escuto (?:muito |nada )?bem|"
                r"leitor de (?:tela|ecra)|degeneracao macular|baixa visao|cadeira de rodas|letra (?:maior|grande)|"
                r"fonte (?:maior|grande)|texto (?:maior|grande)|daltonic[oa]|"
                r"tenho (?:dislexia|tremores|parkinson|problemas de (?:visao|vista|audicao|mobilidade))|"
                r"deficiente (?:visual|auditivo|auditiva|fisico|fisica)|deficiencia (?:visual|auditiva|fisica)|"
                r"com a lupa|talkback|voiceover|nvda|jaws"
            )
            + r"\b|\b(?:TalkBack|VoiceOver|NVDA|JAWS)\b"
        ),
    ),
    device=(
        rx(
            r"(?:"
            + lead(
                "tenho|uso|comprei|temos|meu|minha|meus|minhas|no meu|na minha|do meu|da minha|pelo meu|pela minha|"
                "e um|e uma"
            )
            + r"|(?:^|[.!?]\s{0,3})(?:[Uu]m|[Uu]ma|[Oo]|[Aa]))\s+(?:(?:um|uma|o|a|novo|nova|velho|velha|celular|"
            r"telemovel|telefone|portatil|notebook|computador|tablet|relogio|robo|aspirador|router|roteador|modem|tv|"
            r"televisao|televisor|camera|consola|console|campainha|coluna|caixa de som)\s(?:de\s)?){0,2}"
            r"(?P<v>(?:[Ii][Pp]hone|i[Pp]ad|[Mm]ac[Bb]ook|i[Mm]ac|[Aa]pple [Ww]atch|[Ss]amsung|[Gg]alaxy|[Xx]iaomi|"
            r"[Rr]edmi|[Hh]uawei|[Hh]onor \d{1,3}|[Oo]ppo|[Rr]ealme|[Mm]otorola|[Mm]oto [GgEeZz]\d{1,3}|[Nn]okia|LG|"
            r"[Ss]ony|[Pp]hilips|[Ll]enovo|HP|[Dd]ell|[Aa]sus|ASUS|[Aa]cer|[Pp]ositivo|[Mm]ultilaser|[Rr]oborock|"
            r"[Rr]oomba|[Dd]yson|[Gg]armin|[Ff]itbit|[Kk]indle|[Aa]lexa|[Ee]cho [Dd]ot|[Gg]oogle [Nn]est|[Nn]est|"
            r"[Rr]ing|[Cc]hromecast|[Ff]ire TV|[Rr]oku|[Pp]lay[Ss]tation|PS[45]|[Xx]box|[Nn]intendo|TP-[Ll]ink|"
            r"[Nn]etgear|ZTE|[Aa]lcatel|[Ss]mart TV|[Ss]mart [Tt]v|[Pp]ixel|[Ss]urface|[Aa]mazfit|TCL|MEO [Bb]ox|"
            r"NOS [Bb]ox)\b[\w +-]{0,24})"
        ),
    ),
    frequency_words=words(
        "todo dia|todos os dias|toda manha|toda noite|toda semana|todo mes|todo fim de semana|quase todo|quase todos|quase toda|toda segunda|toda terca|toda quarta|toda quinta|toda sexta|todo sabado|todo domingo|todas as segundas|todas as sextas|costumo|diariamente|uma vez por semana|duas vezes por semana|aos fins de semana"
    ),
    call_words=words("ligar|liguem|ligue|ligacao|ligacoes|me liga|atendo|telefonar|contato"),
    time_words=words("manha|tarde|noite|meio-dia|depois das|antes das|a partir das|fim de semana|horario"),
    request_words=words("por favor|so|apenas|nunca|sempre|melhor"),
    plan_words=words(
        "plano|pacote|tarifa|tarifario|assinatura|modalidade|cliente|seguro|clube|conta|cartao|socio|socia|membro"
    ),
    self_words=words("meu|minha|tenho|temos|estou|sou|nosso|nossa|uso|pago|assino"),
    plan=(
        # A change first: "subi pra Ouro", "mudei para o Premium Desporto", "passar do plano Pro para o Essencial".
        rx(
            lead(
                "subi|passei|mudei|troquei|fui|me passaram|mudar|passar|trocar|subir|muda|mude|mudem|passa|passe|"
                "passem|troca|troque|troquem"
            )
            + r"(?:-me)?\s(?:(?:de|do|da)\s(?:plano\s|pacote\s|tarifario\s)?[\w+-]{2,20}\s)?(?:para|pra|pro|ao)\s"
            r"(?:o\s|a\s)?" + _PLAN_VALUE
        ),
        rx(lead("quero o|quero a") + r"\s(?=" + _TIERS + r"\b)(?P<v>[\w+-]{2,20}(?:\s[A-Z0-9][\w+-]{0,20}){0,2})"),
        rx(
            lead(
                "tenho|temos|uso|estou no|estou na|estou com|continuo com|continuo no|continuo na|assinei|contratei|pago"
            )
            + r"\s(?:(?:o|a|um|uma)\s)?"
            + _PLAN_VALUE
        ),
        rx(lead("categoria|nivel|cliente|socio|socia|membro|cartao|estatuto|status") + r"\s(?P<v>" + _TIERS + r")\b"),
        rx(
            lead(r"o meu (?:plano|pacote|tarifario) e|meu (?:plano|pacote|tarifario) e")
            + r"\s(?:o\s|a\s)?(?P<v>[\w+-]{2,20}(?:\s[A-Z0-9][\w+-]{0,20}){0,2})"
        ),
    ),
    languages=LANGUAGES,
    channels=CHANNELS,
    clause_words=frozenset(
        words(
            "e|mas|nao|porque|pois|que|quando|onde|enquanto|embora|se|ou|nem|com|sem|para|pra|pro|por|em|no|na|nos|nas|"
            "a|ao|as|ate|desde|faz|ha|durante|entre|sobre|agora|hoje|ontem|amanha|ja|ainda|tambem|sempre|nunca|"
            "esta|estou|era|foi|tenho|tem|sou|moro|trabalho|obrigado|obrigada|valeu|kkk|kkkk|haha|rs|ne|aqui|ali|"
            "la|ca|entao|depois|antes|mesmo|perto|junto|longe|me|te|lhe|vos|meu|minha|seu|sua|isso|isto|esse|essa|"
            "este|muito|mais|atualmente|tudo|toda|todo|pelo|pela|num|numa"
        )
    ),
    not_values=frozenset(
        words(
            "nao|sim|eu|tu|voce|voces|o|a|os|as|um|uma|uns|umas|me|te|se|nos|vos|lhe|meu|minha|meus|minhas|seu|sua|"
            "que|de|do|da|em|no|na|com|por|para|pra|muito|mais|ja|aqui|ali|agora|hoje|bem|mal|cliente|usuario|"
            "usuaria|titular|socio|desculpa|desculpe|perdao|oi|ola|obrigado|obrigada|valeu|ok|"
            "pois|claro|tudo|nada|algo|alguem|ninguem|isto|isso|este|esta|esse|essa|senhor|senhora|dona|deus|"
            "kkk|kkkk|pronto|perfeito|otimo|tambem|estou|sou|tenho|quero|preciso|posso|tento|ligo|escrevo|outra|"
            "outro|vez|casa|filha|filho|querida|querido|moca|moco|amigo|amiga|linda|lindo|mana|mano|"
            "tranquilo|tranquila|olha|olhe|favor|ligando|escrevendo|procurando|esperando|tentando|contente|"
            "preocupado|preocupada|cansado|cansada|so|sozinho|sozinha|assim|qual|como|quando|onde|quem|porque|"
            "nenhum|nenhuma|algum|alguma|cada|todos|todas|estes|estas|esses|essas|aquele|aquela|pouco|pouca|tao|"
            "tanto|igual|alem|entao|depois|antes|sempre|nunca|quase|ainda|seja|foi|era|e|ha|tem|tinha|"
            "verdade|certo|gente|pessoal|galera|beleza|show|fechou|tipo"
        )
    ),
    correction=words(
        "nao,|perdao|quer dizer|alias|ou melhor|na verdade|nao, espera|nao, espere|minto|me enganei|enganei-me|"
        "corrigindo|errei|retiro o que disse"
    ),
    past=words(
        "costumava|costumavamos|antes morava|antes vivia|antes trabalhava|antes era|antes tinha|antes estava|"
        "morava|moravamos|vivia|viviamos|trabalhava|trabalhavamos|anteriormente|antigamente|no passado|"
        "ate ha pouco|ate pouco tempo|ha anos|quando era pequeno|quando era pequena|em crianca|era antes|ja nao"
    ),
    moods={
        "frustrated": words(
            "farto|farta|frustrado|frustrada|frustrante|indignado|indignada|irritado|irritada|chateado|chateada|"
            "revoltado|revoltada|furioso|furiosa|uma vergonha|inaceitavel|ridiculo|absurdo|de novo|outra vez|"
            "continua igual|pessimo|pessima|horrivel|nao aguento mais|palhacada|descaso|sempre a cair|toda hora"
        ),
        "sad": words("triste|decepcionado|decepcionada|desapontado|desapontada|que pena|uma pena|infelizmente"),
        "anxious": words(
            "preocupado|preocupada|nervoso|nervosa|urgente|preciso muito|com pressa|aflito|aflita|ansioso|ansiosa|"
            "medo|socorro|desesperado|desesperada|o quanto antes|correria|misericordia"
        ),
        "excited": words("animado|animada|empolgado|empolgada|incrivel|maravilhoso|fantastico|adorei|amei|finalmente"),
        "confused": words(
            "confuso|confusa|nao entendo|nao entendi|nao percebo|nao percebi|nao sei como|nao sei o que|"
            "estou perdido|estou perdida|perco-me|me perco|o que significa"
        ),
        "happy": words(
            "obrigado|obrigada|valeu|perfeito|otimo|otima|show|beleza|excelente|contente|feliz|que bom|ainda bem|"
            "maravilha|salvou minha vida|deus te abencoe"
        ),
    },
    problem=words(
        "nao funciona|nao esta funcionando|nao esta a funcionar|parou de funcionar|parou de|nao consigo|nao da|"
        "nao chega|nao chegou|nao chegam|nao recebo|nao recebi|nao atualiza|quebrado|quebrada|estragado|estragada|"
        "avariado|avariada|avaria|defeito|erro|da erro|problema|falha|caiu|sempre a cair|travando|trava|travou|"
        "congela|congelou|bloqueado|bloqueada|bloquearam|recusado|recusada|recusou|cobrado duas vezes|"
        "cobranca indevida|veio errado|veio errada|faltou|atrasado|atrasada|atraso|lento|lenta|sem sinal|"
        "sem internet|sem rede|sem conexao|desconectado|desconectou|offline|reiniciou|nao liga|nao carrega|"
        "danificado|danificada|incorreto|incorreta|errado|errada|invalido|invalida|muito acima|fraude|roubado|"
        "roubada"
    ),
    resolved=words(
        "ja funciona|ja esta funcionando|ja esta a funcionar|funcionou|deu certo|ja deu|ja voltou|resolvido|"
        "resolvida|resolveu|consertado|consertada|ja chegou|pronto!|pronto, ja|tudo certo|ja consegui|ja entrou|"
        "agora apareceu|esta resolvido|fica resolvido|ja foi"
    ),
    escalation=words(
        "supervisor|supervisora|gerente|um humano|uma pessoa de verdade|pessoa real|atendente humano|"
        "falar com alguem|falar com uma pessoa|falar com um atendente|escalar|reclamacao formal"
    ),
    complaint=words(
        "reclamacao|reclamar|queixa|inaceitavel|uma vergonha|vergonhoso|pessimo atendimento|mau atendimento|"
        "mau servico|pessimo servico|absurdo|palhacada|descaso|golpe|procon|reclame aqui|livro de reclamacoes|"
        "deco|processar|anatel|isto nao se faz"
    ),
    positive=words(
        "obrigado|obrigada|valeu|perfeito|otimo|otima|show|excelente|maravilha|que bom|ainda bem|"
        "salvou minha vida|deus te abencoe|beleza"
    ),
    actions=words(
        "ja|enviei|mandei|cancelei|reiniciei|alterei|atualizei|actualizei|ativei|activei|desbloqueei|bloqueei|"
        "registei|registrei|agendei|reagendei|marquei|abri|forcei|liberei|estornei|reservei|troquei|aumentei|"
        "apliquei|coloquei|adicionei|removi|verifiquei|fiz|vou|vamos|fica registado|fica registrado|reenviei|devolvi|"
        "corrigi|resolvi|configurei|redefini|resetei|solicitei|encaminhei|ajustei|creditei|reembolsei|programei|"
        "ficou registado|ficou registrado|foi concluida|foi feito|foi feita"
    ),
    session_only=words(
        "pedido|pedidos|numero do pedido|encomenda|rastreio|rastreamento|protocolo|ticket|chamado|fatura|factura|"
        "boleto|nota fiscal|reserva|referencia|estorno|reembolso|entrega|hoje|agora mesmo|neste momento|"
        "esta manha|esta noite|nesse momento"
    ),
    episode_template="O cliente relatou: “{topic}”.{action} Resultado: {outcome}.",
    action_template=" O atendente: “{action}”.",
    rolling_template="Em {date} pediu ajuda com {topic}; {outcome}.",
    outcomes={
        "resolved": "resolvido",
        "open": "ainda em aberto",
        "escalated": "encaminhado para um atendente humano",
        "answered": "respondido",
    },
    rolling_outcomes={
        "resolved": "foi resolvido",
        "open": "ficou em aberto",
        "escalated": "pediu para falar com uma pessoa",
        "answered": "recebeu resposta",
    },
)

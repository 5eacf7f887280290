"""Portuguese patterns for preferences, accessibility, devices and plans; the words of routines and contact hours."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.patterns import lead
from customer_memory.extraction.rules.languages.pt.words import _ARTICLE, _VALUE
from customer_memory.extraction.rules.text import words

_TIERS = (
    r"(?:[Oo]uro|[Pp]rata|[Bb]ronze|[Pp]latina|[Dd]iamante|[Pp]remium|PREMIUM|VIP|[Vv]ip|[Gg]old|[Ss]ilver|"
    r"[Pp]latinum|[Bb]lack|[Ee]lite|[Pp]lus|[Pp]ro|[Bb]asic[oa]|[Ss]tandard|[Ff]amilia|[Ii]limitad[oa]|"
    r"[Ee]ssencial|[Ss]enior|[Tt]op|[Mm]ax|[Ii]nfinite|[Tt]otal|[Ll]ight|[Ss]tart|[Cc]ontrole)"
)
# A plan as named after "o plano", "o pacote", "o tarifário", or a tier word on its own ("o Premium", "pra Ouro").
_PLAN_VALUE = (
    r"(?:(?:plano|pacote|tarifario|assinatura|categoria|nivel|modalidade|franquia|programa|passe de temporada|"
    r"passe|seguro)\s(?:de\s)?"
    r"(?=[A-Z0-9]|" + _TIERS + r"\b|(?:estudante|jovem|universitario|familiar|empresa|empresarial|pre-pago|"
    r"pos-pago|controle|anual|mensal|semestral|trimestral)\b)|(?="
    + _TIERS
    + r"\b))(?P<v>[\w+-]{2,20}(?:\s[A-Z0-9][\w+-]{0,20}){0,2})"
)

PREFERENCES = (
    # "não me mandem mais promoções por SMS": o que não querem receber.
    (
        rx(
            lead("nao me|ja nao me|que nao me|nunca me")
            + r"\s(?:mandem|enviem|mandes|envies|liguem)\s(?:mais\s)?(?P<v>(?:promocoes|publicidade|ofertas|propaganda|"
            r"newsletters?)(?:\s(?:por|pelo|no)\s(?:SMS|sms|e-?mail|WhatsApp|whatsapp|zap))?)\b"
        ),
        "dislikes",
    ),
    (
        rx(
            lead("prefiro|preferimos")
            + r"\s+(?!(?:que|nao|falar|escrever|respostas|mensagens|explicacoes|ser|sempre ser)\b)(?:(?:o|a|os|as|um|uma)\s)?(?![a-z]{2,12}(?:ar|er|ir)\b)"
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
)

ACCESSIBILITY = (
    rx(
        lead(
            r"nao enxergo (?:quase nada|nada|bem|direito|muito bem|de perto|de longe)(?: de perto| de longe)?|"
            r"enxergo (?:muito |bem |pouco )?mal|vejo (?:muito |bastante |pouco )?mal|nao vejo (?:muito |nada )?bem|"
            r"sou (?:quase |meio |parcialmente )?(?:ceg[oa]|surd[oa])|estou (?:quase |meio )?(?:ceg[oa]|surd[oa])|"
            r"uso (?:um |o |dois )?aparelhos? auditivos?|tenho (?:um |o |dois )?aparelhos? auditivos?|"
            r"com (?:um |o )?aparelhos? auditivos?|aparelhos? auditivos?|uso (?:um |o )?aparelho (?:no|nos) ouvidos?|ouco (?:muito |bem |pouco )?mal|"
            r"escuto (?:muito |bem |pouco )?mal|nao ouco (?:muito |nada )?bem|nao escuto (?:muito |nada )?bem|"
            r"leitor de (?:tela|ecra)|degeneracao macular|baixa visao|cadeira de rodas|sou cadeirante|letra (?:maior|grande)|"
            r"fonte (?:maior|grande)|texto (?:maior|grande)|daltonic[oa]|"
            r"tenho (?:dislexia|tremores|parkinson|problemas de (?:visao|vista|audicao|mobilidade))|"
            r"deficiente (?:visual|auditivo|auditiva|fisico|fisica)|deficiencia (?:visual|auditiva|fisica)|"
            r"com a lupa|talkback|voiceover|nvda|jaws|"
            # Mobility: "tenho problemas no joelho", "ando de bengala", "não consigo subir escadas".
            r"tenho (?:problemas?|dores?|artrose) (?:de|no|na|nos|nas) (?:joelhos?|anca|ancas|quadril|coluna|costas|"
            r"pernas?)|ando (?:de|com) (?:bengala|muletas|andador)|caminho (?:de|com) (?:bengala|muletas|andador)|"
            r"uso (?:bengala|muletas|andador)|"
            r"nao (?:consigo|posso) (?:subir|descer) (?:escadas|as escadas)|mobilidade reduzida"
        )
        + r"\b|\b(?:TalkBack|VoiceOver|NVDA|JAWS)\b"
    ),
)

DEVICE = (
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
)

FREQUENCY_WORDS = words(
    "todo dia|todos os dias|toda manha|toda noite|toda semana|todo mes|todo fim de semana|quase todo|quase todos|quase toda|toda segunda|toda terca|toda quarta|toda quinta|toda sexta|todo sabado|todo domingo|todas as segundas|todas as sextas|costumo|diariamente|uma vez por semana|duas vezes por semana|aos fins de semana"
)

CALL_WORDS = words(
    "ligar|liguem|ligue|ligacao|ligacoes|me liga|atendo|telefonar|contato|contactado|contactada|contatado|contatada|"
    "contactar|contatar|contactem|contatem|me respondam|me responda|me avisem|me avise|contacto|contactos|"
    "chamada|chamadas|telefonema|telefonemas"
)
TIME_WORDS = words(
    "manha|tarde|noite|meio-dia|depois das|antes das|a partir das|fim de semana|horario|fim do dia|final do dia"
)
REQUEST_WORDS = words("por favor|so|apenas|nunca|sempre|melhor|prefiro|preferia|preferimos|de preferencia|nao me")

PLAN_WORDS = words(
    "plano|pacote|tarifa|tarifario|assinatura|modalidade|cliente|seguro|clube|conta|cartao|socio|socia|membro"
)

SELF_WORDS = words("meu|minha|tenho|temos|estou|sou|nosso|nossa|uso|pago|assino")

PLAN = (
    # A change first: "subi pra Ouro", "mudei para o Premium Desporto", "passar do plano Pro para o Essencial".
    rx(
        lead(
            "subi|passei|mudei|troquei|fui|me passaram|mudar|passar|trocar|subir|muda|mude|mudem|passa|passe|"
            "passem|troca|troque|troquem"
        )
        + r"(?:-me)?\s(?:(?:de|do|da)\s(?:plano\s|pacote\s|tarifario\s|passe\s)?[\w+-]{2,20}\s)?(?:para|pra|pro|ao|"
        r"a(?=\s" + _TIERS + r"\b))\s"
        r"(?:o\s|a\s)?" + _PLAN_VALUE
    ),
    # "Pago 500 mega e no speedtest dá 40": the speed they pay for (not the one they measure).
    rx(
        lead("pago|pagamos|contratei|contratamos|assinei|assino|tenho o plano de|tenho plano de|temos o plano de")
        + r"\s(?:(?:o|um)\s)?(?:(?:plano|pacote|internet)\s(?:de\s)?)?(?P<v>\d{2,4}\s?(?:mega|megas|mb|mbps|giga|gigas|gb))\b"
    ),
    rx(lead("quero o|quero a") + r"\s(?=" + _TIERS + r"\b)(?P<v>[\w+-]{2,20}(?:\s[A-Z0-9][\w+-]{0,20}){0,2})"),
    rx(
        lead("tenho|temos|uso|estou no|estou na|estou com|continuo com|continuo no|continuo na|assinei|contratei|pago")
        + r"\s(?:(?:convosco|com voces|com vcs|com a vossa empresa)\s)?(?:(?:o|a|um|uma)\s)?"
        + _PLAN_VALUE
    ),
    rx(lead("categoria|nivel|cliente|socio|socia|membro|cartao|estatuto|status") + r"\s(?P<v>" + _TIERS + r")\b"),
    rx(
        lead(r"o meu (?:plano|pacote|tarifario) e|meu (?:plano|pacote|tarifario) e")
        + r"\s(?:o\s|a\s)?(?P<v>[\w+-]{2,20}(?:\s[A-Z0-9][\w+-]{0,20}){0,2})"
    ),
)


# Said just before the vehicle the customer drives (rules/vehicles.py).
VEHICLE_CUES = words(
    "tenho|dirijo|conduzo|comprei|acabei de comprar|temos|meu|minha|nosso|nossa|meu carro e|o meu carro e"
)

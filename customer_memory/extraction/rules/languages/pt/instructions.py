"""Portuguese standing instructions: what the customer asks of every later conversation (how to contact them, how to
answer, what to check first).
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import Instruction, alternation, rx
from customer_memory.extraction.rules.languages.patterns import lead
from customer_memory.extraction.rules.languages.pt.words import LANGUAGES

_CHANNEL = (
    r"(?:e-?mail|mail|correio (?:eletronico|electronico)|whatsapp|whats|zap|wpp|sms|mensage(?:m|ns) de texto|torpedos?|"
    r"telefone|telemovel|ligac(?:ao|oes)|chamadas?|telegram|chat|[Ee]-?mail|[Ww]hats[Aa]pp|WhatsApp|SMS|"
    r"[Tt]elegram|[Vv]iber)\b"
)

_TIME = (
    r"(?:\d{1,2}(?:[:h]\d\d)?h?|uma|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|meio-dia)"
    r"(?:\s(?:da (?:manha|tarde|noite)|horas|em ponto|e meia))?"
)

# When they may be contacted: "antes das nove", "à tarde", "durante a semana".
_WHEN = (
    r"(?:(?:(?:antes|depois|a partir|apos) d(?:as?|e|o)|before|after) " + _TIME + r"|(?:a|de|pela|na|durante a|as|nas) "
    r"(?:manhas?|tardes?|noites?)\b|durante a semana\b|(?:aos|nos) fins de semana\b|de segunda a sexta\b)"
)

INSTRUCTIONS = (
    # "escrevam-me de forma objetiva, sem textos longos", "respondam de maneira breve": how long to answer.
    Instruction(
        rx(
            lead("escrev|respond|fal|comuniqu|expliqu")
            + r"[a-z]{0,6}(?:-me|-nos)?\s(?:(?:sempre|por favor|comigo)\s)?de (?:forma|modo|maneira) (?:mais\s)?"
            r"(?:objetiv[oa]|curt[oa]|breve|resumid[oa]|diret[oa]|sucint[oa])\b(?![^.!?\n]{0,60}\?)|"
            + lead("sem textos longos|sem mensagens longas|sem respostas longas")
            + r"\b"
        ),
        "response_length",
        "short",
    ),
    # "que qualquer contacto seja feito por e-mail", "que as respostas sejam enviadas para este e-mail": every
    # message, one channel.
    Instruction(
        rx(
            r"(?i:\b(?:toda a|todas as|todo o|todos os|qualquer|as|os)\s(?:comunicac(?:ao|oes)|correspondencia|"
            r"conta(?:c)?tos?|respostas?|notificac(?:ao|oes)|avisos?|novidades)(?:\s(?:seja|sejam|feit[oa]s?|"
            r"enviad[oa]s?|so|apenas|sempre)){0,3}\s(?:por|pelo|pela|via|para (?:este|o meu|o)|ao|no)\s"
            r"(?:meu\s|minha\s)?)" + _CHANNEL + r"(?![^.!?\n]{0,60}\?)"
        ),
        "preferred_contact_channel",
    ),
    # "só me respondam por aqui pelo whats", "me avisem sempre pelo zap", "manda SMS primeiro, não posso atender":
    # how to be reached, asked; not a question.
    Instruction(
        rx(
            lead(
                "me respondam|me responda|me responde|respondam-me|responda-me|me avisem|me avise|me avisa|"
                "avisem-me|avise-me|me escrevam|me escreva|escrevam-me|escreva-me|me contactem|me contatem|"
                "contactem-me|contatem-me|me chamem|me chama|me atendam|atendam-me|tratem|falem|fale"
            )
            + r"(?:\s(?:so|apenas|sempre|tudo|por aqui|aqui|de preferencia|comigo)){0,3}\s(?:pelo|pela|por|via|no|na)\s"
            + _CHANNEL
            + r"(?![^.!?\n]{0,60}\?)|"
            + lead("manda|mande|mandem|me manda|me mande|me mandem|envia|envie|enviem")
            + r"\s(?:(?:uma\s)?(?i:msg|mensagem)\s(?:no|pelo|pela|por)\s"
            + _CHANNEL
            + r"|(?:um\s)?(?i:sms|whatsapp|whats|zap|e-?mail)\b)(?=\s?[,.;!]|\s(?:primeiro|antes|sempre|por favor|que|porque|pq)\b)(?![^.!?\n]{0,60}\?)"
        ),
        "preferred_contact_channel",
    ),
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
            + lead("explica|explique|explicar|explica-me|explique-me|me explica|me explique|contar|me conta|me conte")
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
            r"renovar|mandar|vir|marcar|agendar|(?:qualquer|cada|alguma|algum|uma|um|nova|novo|outra|outro)\s"
            r"(?:cobranca|alteracao|mudanca|compra|visita|troca|pagamento|debito|encomenda|gasto|servico))"
            r"(?:-me|[a-z]{0,3})\b[^.;!?\n]{0,60}?\b(?:me\s)?(?:confirm|pergunt|consult|avis)[a-z]{0,6}"
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
            # ("falem comigo pelo WhatsApp")
            + r"(?:-me)?(?:\scomigo)?\s(?:(?:sempre|so|apenas|somente|de preferencia|mensagem|mensagens|tudo)\s)?"
            r"(?:pelo|pela|por|via|no)\s"
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
            # ("prefiro que me liguem depois das sete" says when, not how.)
            + r"|que me (?:liguem|ligue|telefonem)\b(?!\s(?:ao fim|ao final|depois|antes|de manha|de tarde|a tarde|"
            r"a noite|de noite|a partir|entre|as|so|apenas|pela manha|pela tarde|no fim|no final)\b))|"
            + lead("podem|pode|poderiam|podiam|me podem|me pode|me poderiam")
            + r"\s(?:me\s)?(?:mandar|enviar|avisar|contactar|contatar|escrever|responder)(?:-me)?\s(?:(?:sempre|so|"
            r"tudo)\s)?(?:pelo|pela|por|via|no)\s"
            + _CHANNEL
            + r"|"
            + lead("prefiro ser|prefiro sempre ser")
            + r"\s(?:contactad|contatad|avisad)[oa]s?\s(?:(?:sempre|so|apenas)\s)?(?:pelo|pela|por|via)\s"
            + _CHANNEL
            + r"|"
            + lead("telefonem|liguem|telefone|ligue")
            + r"(?:-me)?\ssempre\b(?!\s(?:depois|antes|a partir|apos|entre|de manha|a tarde|a noite|pela|de noite|"
            r"ao|as|das)\b)|"
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
            # ("escrevam-me sempre em português")
            + r"(?:-me)?\s(?:comigo\s)?(?:so\s|sempre\s|apenas\s)?em\s(?P<v>"
            + alternation(LANGUAGES)
            + r")\b|"
            + lead("a minha lingua|minha lingua|a minha idioma|meu idioma|o meu idioma")
            + r"(?: materna| nativa| principal)? e (?:o\s)?(?P<v2>"
            + alternation(LANGUAGES)
            + r")\b"
        ),
        "preferred_language",
    ),
    # "e em crioulo se possível": the language asked for, if possible.
    Instruction(
        rx(
            r"\b(?i:em)\s(?P<v>"
            + alternation(LANGUAGES)
            + r")\b(?:,?\s(?:se possivel|se puder|se der|de preferencia)|\s(?:por favor|melhor)(?!\s\w))\b"
        ),
        "preferred_language",
        fallback=True,
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
    # Para onde vai a papelada: "todas as faturas sejam enviadas para o meu contabilista".
    Instruction(
        rx(
            r"\b(?i:as|todas as|as minhas|minhas|a)\s(?:faturas?|contas?|recibos?|boletos?|notas fiscais)\b"
            r"[^.;!?\n]{0,40}?\b(?:sejam enviad[oa]s|sejam mandad[oa]s|enviem|mandem|enviar|mandar|vao|continuam a ir|"
            r"continuam a ser enviad[oa]s|devem ir)\b[^.;!?\n]{0,20}?\b(?:para|pra|ao|a)\s(?:o\s|a\s)?"
            r"(?:(?:meu|minha)\s[a-z]{3,15}\b|(?:[Dd]r|[Dd]ra|[Ss]r|[Ss]ra)\.?\s[A-Z][\w'-]{1,20})"
        ),
        "preferences",
    ),
    # Como paga, sempre: "pago à entrega, em dinheiro, como sempre".
    Instruction(
        rx(
            r"\b(?i:pago|pagamos)\b[^.;!?\n]{0,15}?\b(?P<keep>(?:em dinheiro|a dinheiro|em numerario|em especie)\b"
            r"[^.;!?\n]{0,20}?\b(?:como sempre|sempre)\b)|\b(?i:sempre)\s(?:pago|pagamos)\s(?:em dinheiro|a dinheiro)\b"
        ),
        "preferences",
    ),
    # "expliquem-me o que vão fazer antes": explicar antes de fazer.
    Instruction(
        rx(
            r"\b(?:(?i:me)\s(?:expliquem|explique|explicam|explica)|(?i:expliquem|explique|explica)-me)\s"
            r"(?:o que|aquilo que)\s(?:vao|vai)\s(?:fazer|mudar|mexer)\s(?:antes|primeiro)\b"
        ),
        "confirm_before_acting",
    ),
    # "prefiro falar ao telefone", "o melhor é me mandar mensagem no WhatsApp".
    Instruction(
        rx(
            lead("prefiro|preferimos")
            + r"\s(?:falar|tratar|conversar|resolver)\s(?:ao|por|pelo|pela|no)\s"
            + _CHANNEL
            + r"|"
            + lead("o melhor e|melhor e|e melhor")
            + r"\s(?:me\s(?:mandar|enviar|escrever|ligar|telefonar)|(?:mandar|enviar|escrever|ligar|telefonar)-me)\b"
            r"(?:\s(?:uma\s)?(?:mensagem|msg|"
            r"um e-?mail))?(?:\s(?:pelo|pela|por|no|via)\s" + _CHANNEL + r")?"
        ),
        "preferred_contact_channel",
    ),
    # "qq coisa me manda msg por aqui msm", "falem comigo só por aqui": this chat, not a call.
    Instruction(
        rx(
            lead("me manda|me mande|me mandem|manda|mande|mandem|me escreve|me escrevam|me respondam|falem comigo")
            + r"\s(?:(?:uma\s)?(?i:msg|mensagem|mensagens)\s)?(?:so\s|sempre\s)?(?:por aqui|aqui mesmo|por este chat|"
            r"neste chat|pelo chat)\b(?!\s(?:pelo|pela|no|na|via|por)\s)(?![^.!?\n]{0,60}\?)"
        ),
        "preferred_contact_channel",
        "chat",
        fallback=True,
    ),
)

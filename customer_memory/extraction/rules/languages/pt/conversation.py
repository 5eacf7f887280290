"""Portuguese words of the conversation itself: where a value ends, corrections and the past, moods and
classification, the agent's actions, session-only words, summaries.
"""

from __future__ import annotations

from customer_memory.extraction.rules.text import words

CLAUSE_WORDS = frozenset(
    words(
        "e|mas|nao|porque|pois|que|quando|onde|enquanto|embora|se|ou|nem|com|sem|para|pra|pro|por|em|no|na|nos|nas|"
        "a|ao|as|ate|desde|faz|ha|durante|entre|sobre|agora|hoje|ontem|amanha|ja|ainda|tambem|sempre|nunca|"
        "esta|estou|era|foi|tenho|tem|sou|moro|trabalho|obrigado|obrigada|valeu|kkk|kkkk|haha|rs|ne|aqui|ali|"
        "la|ca|entao|depois|antes|mesmo|perto|junto|longe|me|te|lhe|vos|meu|minha|seu|sua|isso|isto|esse|essa|"
        "este|muito|mais|atualmente|tudo|toda|todo|pelo|pela|num|numa"
    )
)

NOT_VALUES = frozenset(
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
)

CORRECTION = words(
    "nao,|perdao|quer dizer|alias|ou melhor|na verdade|nao, espera|nao, espere|minto|me enganei|enganei-me|"
    "corrigindo|errei|retiro o que disse"
)

PAST = words(
    "costumava|costumavamos|antes morava|antes vivia|antes trabalhava|antes era|antes tinha|antes estava|"
    "morava|moravamos|vivia|viviamos|trabalhava|trabalhavamos|anteriormente|antigamente|no passado|"
    "ate ha pouco|ate pouco tempo|ha anos|quando era pequeno|quando era pequena|em crianca|era antes|ja nao"
)

MOODS = {
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
}

PROBLEM = words(
    "nao funciona|nao esta funcionando|nao esta a funcionar|parou de funcionar|parou de|nao consigo|nao da|"
    "nao chega|nao chegou|nao chegam|nao recebo|nao recebi|nao atualiza|quebrado|quebrada|estragado|estragada|"
    "avariado|avariada|avaria|defeito|erro|da erro|problema|falha|caiu|sempre a cair|travando|trava|travou|"
    "congela|congelou|bloqueado|bloqueada|bloquearam|recusado|recusada|recusou|cobrado duas vezes|"
    "cobranca indevida|veio errado|veio errada|faltou|atrasado|atrasada|atraso|lento|lenta|sem sinal|"
    "sem internet|sem rede|sem conexao|desconectado|desconectou|offline|reiniciou|nao liga|nao carrega|"
    "danificado|danificada|incorreto|incorreta|errado|errada|invalido|invalida|muito acima|fraude|roubado|"
    "roubada"
)

RESOLVED = words(
    "ja funciona|ja esta funcionando|ja esta a funcionar|funcionou|deu certo|ja deu|ja voltou|resolvido|"
    "resolvida|resolveu|consertado|consertada|ja chegou|pronto!|pronto, ja|tudo certo|ja consegui|ja entrou|"
    "agora apareceu|esta resolvido|fica resolvido|ja foi"
)

ESCALATION = words(
    "supervisor|supervisora|gerente|um humano|uma pessoa de verdade|pessoa real|atendente humano|"
    "falar com alguem|falar com uma pessoa|falar com um atendente|escalar|reclamacao formal"
)

COMPLAINT = words(
    "reclamacao|reclamar|queixa|inaceitavel|uma vergonha|vergonhoso|pessimo atendimento|mau atendimento|"
    "mau servico|pessimo servico|absurdo|palhacada|descaso|golpe|procon|reclame aqui|livro de reclamacoes|"
    "deco|processar|anatel|isto nao se faz"
)

POSITIVE = words(
    "obrigado|obrigada|valeu|perfeito|otimo|otima|show|excelente|maravilha|que bom|ainda bem|"
    "salvou minha vida|deus te abencoe|beleza"
)

ACTIONS = words(
    "ja|enviei|mandei|cancelei|reiniciei|alterei|atualizei|actualizei|ativei|activei|desbloqueei|bloqueei|"
    "registei|registrei|agendei|reagendei|marquei|abri|forcei|liberei|estornei|reservei|troquei|aumentei|"
    "apliquei|coloquei|adicionei|removi|verifiquei|fiz|vou|vamos|fica registado|fica registrado|reenviei|devolvi|"
    "corrigi|resolvi|configurei|redefini|resetei|solicitei|encaminhei|ajustei|creditei|reembolsei|programei|"
    "ficou registado|ficou registrado|foi concluida|foi feito|foi feita"
)

SESSION_ONLY = words(
    "pedido|pedidos|numero do pedido|encomenda|rastreio|rastreamento|protocolo|ticket|chamado|fatura|factura|"
    "boleto|nota fiscal|reserva|referencia|estorno|reembolso|entrega|hoje|agora mesmo|neste momento|"
    "esta manha|esta noite|nesse momento"
)

EPISODE_TEMPLATE = "O cliente relatou: “{topic}”.{action} Resultado: {outcome}."
ACTION_TEMPLATE = " O atendente: “{action}”."
ROLLING_TEMPLATE = "Em {date} pediu ajuda com {topic}; {outcome}."

OUTCOMES = {
    "resolved": "resolvido",
    "open": "ainda em aberto",
    "escalated": "encaminhado para um atendente humano",
    "answered": "respondido",
}

ROLLING_OUTCOMES = {
    "resolved": "foi resolvido",
    "open": "ficou em aberto",
    "escalated": "pediu para falar com uma pessoa",
    "answered": "recebeu resposta",
}

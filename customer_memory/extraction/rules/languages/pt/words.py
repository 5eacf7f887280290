"""Portuguese vocabulary tables and the pattern building blocks the pack's modules share."""

from __future__ import annotations

from customer_memory.extraction.rules.text import words


def _gendered(stems: str) -> tuple[str, ...]:
    """ "enfermeir|professor" -> enfermeiro, enfermeira, professor, professora: the two genders of each job."""
    forms = []
    for stem in words(stems):
        forms += [stem + "o", stem + "a"] if not stem.endswith("or") else [stem, stem + "a"]
    return tuple(forms)


RELATIONS = {
    "filhas": "daughter", "filhos": "son", "irmas": "sister", "irmaos": "brother", "netas": "granddaughter", "netos": "grandson",
    "esposa": "spouse", "esposo": "spouse", "marido": "spouse", "mulher": "spouse", "companheiro": "spouse",
    "companheira": "spouse", "namorado": "spouse", "namorada": "spouse", "noivo": "spouse", "noiva": "spouse",
    "filho": "son", "filha": "daughter", "mae": "mother", "mamae": "mother", "pai": "father", "papai": "father",
    "irmao": "brother", "irma": "sister", "neto": "grandson", "neta": "granddaughter", "avo": "grandparent",
    "vovo": "grandparent", "sobrinha": "niece", "sobrinho": "nephew", "tia": "aunt", "tio": "uncle",
    "prima": "cousin", "primo": "cousin", "sogra": "mother_in_law", "sogro": "father_in_law",
    "cuidadora": "carer", "cuidador": "carer", "gemeas": "daughter", "gemeos": "son",
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
    "artesao|artesa|"
    "manicure|manicuri|confeiteira|confeiteiro|diarista|motorista de aplicativo|caminhoneiro|caminhoneira|entregador|entregadora|costureira|florista|esteticista|barbeiro|garcom|garconete|atendente|contabilista|economista|motorista|taxista|camionista|estafeta|motoboy|piloto|policia|militar|soldado|"
    "jornalista|artista|dentista|eletricista|electricista|fisioterapeuta|terapeuta|nutricionista|"
    "recepcionista|comerciante|representante comercial|representante|analista|designer|gerente|chefe|chef|"
    "estudante|aluno|aluna|pensionista|dona de casa|do lar|diarista|empregada domestica|baba|"
    "auxiliar de enfermagem|tecnico de enfermagem|tecnica de enfermagem|auxiliar|assistente social|assistente|"
    "vigilante|seguranca|zelador|zeladora|ator|atriz|cantor|cantora|atleta|cientista|personal trainer|"
    "manicure|canalizador|encanador|freelancer|freelance|autonomo|autonoma|empreendedor|empreendedora|"
    "servidor publico|servidora publica|funcionario publico|funcionaria publica|caixa|interprete|"
    "engenheiro de software|engenheira de software|pedagogo|pedagoga|professor universitario|"
    # European and African Portuguese spellings and trades.
    "rececionista|maquinista|carteiro|carteira|serralheiro|torneiro|talhante|estivador|lojista|operario|operaria|"
    "empregado de mesa|empregada de mesa|empregado de balcao|empregada de balcao|enfermeiro-chefe|cozinheira|"
    "motorista de pesados|camionista|mecanico de automoveis"
)

LANGUAGES = {
    "ingles": "English", "portugues": "Portuguese", "espanhol": "Spanish", "castelhano": "Spanish",
    "frances": "French", "alemao": "German", "vietnamita": "Vietnamese", "hebraico": "Hebrew",
    "italiano": "Italian", "arabe": "Arabic", "russo": "Russian", "chines": "Chinese", "mandarim": "Mandarin",
    "japones": "Japanese", "coreano": "Korean", "polaco": "Polish", "polones": "Polish", "romeno": "Romanian",
    "ucraniano": "Ukrainian", "crioulo": "Creole", "libras": "Libras", "kriolu": "Creole", "umbundu": "Umbundu",
    "kimbundu": "Kimbundu", "quimbundo": "Kimbundu", "tetum": "Tetum", "guarani": "Guarani", "catalao": "Catalan",
    "galego": "Galician", "lingua gestual": "Sign language",
}  # fmt: skip
# Keys are found at a word's start ("lig" in "liguem", "ligação"); values stay in Portuguese.
CHANNELS = {
    "email": "email", "e-mail": "email", "mail": "email", "correio eletronico": "email",
    "correio electronico": "email", "whatsapp": "WhatsApp", "whats": "WhatsApp", "zap": "WhatsApp",
    "wpp": "WhatsApp", "sms": "SMS", "mensagem de texto": "SMS",
    "mensagens de texto": "SMS", "torpedo": "SMS", "telefone": "telefone", "telemovel": "telefone",
    "celular": "telefone", "lig": "telefone", "chamada": "telefone", "telegram": "Telegram", "chat": "chat", "viber": "Viber",
    "discord": "Discord",
}  # fmt: skip

_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"

_ARTICLE = r"(?:(?:o|a|os|as|um|uma)\s)?"

"""Spanish vocabulary tables and the pattern building blocks the pack's modules share."""

from __future__ import annotations

from customer_memory.extraction.rules.text import words


def _gendered(stems: str) -> tuple[str, ...]:
    """ "enfermer|profesor" -> enfermero, enfermera, profesor, profesora: the two genders of each job."""
    forms = []
    for stem in words(stems):
        forms += [stem + "o", stem + "a"] if not stem.endswith("or") else [stem, stem + "a"]
    return tuple(forms)


RELATIONS = {
    "hijas": "daughter", "hijos": "son", "hermanas": "sister", "hermanos": "brother", "nietas": "granddaughter", "nietos": "grandson",
    "esposa": "spouse", "esposo": "spouse", "marido": "spouse", "mujer": "spouse", "pareja": "spouse",
    "novio": "spouse", "novia": "spouse", "prometido": "spouse", "prometida": "spouse", "companero": "spouse",
    "companera": "spouse", "hijo": "son", "hija": "daughter", "madre": "mother", "mama": "mother", "mami": "mother",
    "padre": "father", "papa": "father", "papi": "father", "hermano": "brother", "hermana": "sister",
    "nieto": "grandson", "nieta": "granddaughter", "abuela": "grandmother", "abuelo": "grandfather",
    "sobrina": "niece", "sobrino": "nephew", "tia": "aunt", "tio": "uncle", "prima": "cousin", "primo": "cousin",
    "suegra": "mother_in_law", "suegro": "father_in_law", "cuidadora": "carer", "cuidador": "carer",
    # Rioplatense: "la cuenta la paga mi vieja, Silvana".
    "vieja": "mother", "viejo": "father", "senora": "spouse", "gemelas": "daughter", "gemelos": "son",
}  # fmt: skip
PETS = {
    "perro": "dog", "perra": "dog", "perrito": "dog", "perrita": "dog", "cachorro": "dog", "cachorra": "dog",
    "labrador": "dog", "labradora": "dog", "caniche": "dog", "chihuahua": "dog", "gato": "cat", "gata": "cat",
    "gatito": "cat", "gatita": "cat", "loro": "parrot", "cotorra": "parrot", "periquito": "bird", "canario": "bird",
    "pajaro": "bird", "conejo": "rabbit", "coneja": "rabbit", "conejito": "rabbit", "hamster": "hamster",
    "caballo": "horse", "yegua": "horse", "pez": "fish", "tortuga": "turtle", "cobaya": "guinea pig",
    "cuyo": "guinea pig", "huron": "ferret", "iguana": "iguana", "schnauzer": "dog", "beagle": "dog",
    "poodle": "dog", "pug": "dog", "husky": "dog", "bulldog": "dog", "pastor aleman": "dog",
}  # fmt: skip
NUMBERS = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiun": 21,
    "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "y": 0,
}  # fmt: skip
OCCUPATIONS = _gendered(
    "enfermer|ingenier|medic|abogad|arquitect|maestr|cociner|camarer|meser|cajer|panader|peluquer|carpinter|"
    "mecanic|fotograf|music|psicolog|odontolog|farmaceutic|veterinari|secretari|bibliotecari|funcionari|"
    "empresari|informatic|tecnic|quimic|biolog|granjer|fontaner|plomer|obrer|miner|carter|bomber|camioner|"
    "administrativ|notari|paramedic|becari|niner|carnicer|costurer|zapater|ganader|jardiner|dependient|"
    "profesor|contador|disenador|programador|desarrollador|consultor|director|investigador|traductor|"
    "escritor|administrador|cuidador|limpiador|entrenador|asesor|auditor|gestor|pescador|agricultor|conductor|"
    "repartidor|vendedor|emprendedor|pintor|soldador|inspector|operador|supervisor|coordinador|educador|artesan"
) + words(
    "manicurista|estilista|barbero|barbera|florista|masajista|esteticista|modista|repostero|repostera|azafata|"
    "tatuador|tatuadora|camarera de piso|ninera|"
    "contable|periodista|electricista|dentista|taxista|chofer|piloto|policia|militar|soldado|chef|artista|"
    "economista|analista|gerente|estudiante|docente|agente|fisioterapeuta|terapeuta|nutricionista|"
    "recepcionista|comercial|auxiliar de enfermeria|auxiliar|profe|guia|socorrista|ama de casa|amo de casa|"
    "comerciante|freelance|matrona|partera|sacerdote|jefe|jefa|albanil|actor|actriz|cantante|"
    "deportista|futbolista|interprete|asistente|trabajador social|trabajadora social|agente inmobiliario|"
    "visitador medico|visitadora medica|guardia de seguridad|vigilante|contratista|autonomo|autonoma|"
    "jubilado|jubilada|pensionado|pensionada|representante comercial|representante"
)

LANGUAGES = {
    "ingles": "English", "espanol": "Spanish", "castellano": "Spanish", "frances": "French", "aleman": "German",
    "portugues": "Portuguese", "vietnamita": "Vietnamese", "hebreo": "Hebrew", "italiano": "Italian",
    "arabe": "Arabic", "ruso": "Russian", "chino": "Chinese", "mandarin": "Mandarin", "japones": "Japanese",
    "coreano": "Korean", "catalan": "Catalan", "euskera": "Euskera", "gallego": "Galician", "quechua": "Quechua",
    "guarani": "Guarani", "polaco": "Polish", "rumano": "Romanian", "vasco": "Basque", "valenciano": "Valencian",
    "aimara": "Aymara", "aymara": "Aymara", "nahuatl": "Nahuatl", "maya": "Maya", "ucraniano": "Ukrainian",
    "mapudungun": "Mapudungun", "lengua de senas": "Sign language",
}  # fmt: skip
# Keys are found at a word's start ("llam" in "llámenme", "llamadas"); values stay in Spanish.
CHANNELS = {
    "email": "email", "e-mail": "email", "mail": "email", "correo": "correo", "whatsapp": "WhatsApp",
    "wasap": "WhatsApp", "wsp": "WhatsApp", "sms": "SMS", "mensaje de texto": "SMS", "mensajes de texto": "SMS",
    "llam": "teléfono", "telefono": "teléfono", "fijo": "teléfono", "telegram": "Telegram", "chat": "chat", "viber": "Viber",
    "discord": "Discord", "whats": "WhatsApp", "guasap": "WhatsApp",
}  # fmt: skip

_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"

_ARTICLE = r"(?:(?:el|la|los|las|un|una)\s)?"

"""Spanish: Spain and Latin America (tú, usted, vosotros and ustedes; móvil and celular).

Patterns are case-sensitive and start with the words they need, each in lowercase and Capitalised
(`lead`): literal alternatives are several times faster to search for than IGNORECASE ones, which
keeps every message within budget. Text in capitals throughout is the price.
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import Instruction, LanguagePack, alternation, patterns, rx
from customer_memory.extraction.rules.languages.patterns import lead
from customer_memory.extraction.rules.text import words

# Where a self-introduction can start: the message's start, after punctuation, after a greeting.
_OPENERS = (
    "^", r"\n", r"[.!?,;:¡¿]", r"[.!?,;:] ", r"[.!?,;:]  ", r"[Hh]ola ", r"[Bb]uenas ", r"dias ", r"tardes ",
    r"noches ", r"[Pp]ues ", r"[Oo]ye ", r"[Hh]ey ", r"[Bb]ueno ", r"\b[Yy] ", r"\b[Ss]i ",
)  # fmt: skip


def opening(phrases: str, openers: tuple[str, ...] = _OPENERS) -> str:
    """`patterns.opening` with the Spanish openers: literal phrases that must open a clause."""
    return patterns.opening(phrases, openers)


def _gendered(stems: str) -> tuple[str, ...]:
    """ "enfermer|profesor" -> enfermero, enfermera, profesor, profesora: the two genders of each job."""
    forms = []
    for stem in words(stems):
        forms += [stem + "o", stem + "a"] if not stem.endswith("or") else [stem, stem + "a"]
    return tuple(forms)


RELATIONS = {
    "esposa": "spouse", "esposo": "spouse", "marido": "spouse", "mujer": "spouse", "pareja": "spouse",
    "novio": "spouse", "novia": "spouse", "prometido": "spouse", "prometida": "spouse", "companero": "spouse",
    "companera": "spouse", "hijo": "son", "hija": "daughter", "madre": "mother", "mama": "mother", "mami": "mother",
    "padre": "father", "papa": "father", "papi": "father", "hermano": "brother", "hermana": "sister",
    "nieto": "grandson", "nieta": "granddaughter", "abuela": "grandmother", "abuelo": "grandfather",
    "sobrina": "niece", "sobrino": "nephew", "tia": "aunt", "tio": "uncle", "prima": "cousin", "primo": "cousin",
    "suegra": "mother_in_law", "suegro": "father_in_law", "cuidadora": "carer", "cuidador": "carer",
}  # fmt: skip
PETS = {
    "perro": "dog", "perra": "dog", "perrito": "dog", "perrita": "dog", "cachorro": "dog", "cachorra": "dog",
    "labrador": "dog", "labradora": "dog", "caniche": "dog", "chihuahua": "dog", "gato": "cat", "gata": "cat",
    "gatito": "cat", "gatita": "cat", "loro": "parrot", "cotorra": "parrot", "periquito": "bird", "canario": "bird",
    "pajaro": "bird", "conejo": "rabbit", "coneja": "rabbit", "conejito": "rabbit", "hamster": "hamster",
    "caballo": "horse", "yegua": "horse", "pez": "fish", "tortuga": "turtle", "cobaya": "guinea pig",
    "cuyo": "guinea pig", "huron": "ferret", "iguana": "iguana",
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
    "repartidor|vendedor|emprendedor|pintor|soldador|inspector|operador|supervisor|coordinador|educador"
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
# Adjectives that follow a job ("diseñadora gráfica freelance", "profesora jubilada").
_JOB_ADJECTIVES = (
    r"(?:grafic[oa]|social|comercial|jubilad[oa]|retirad[oa]|freelance|autonom[oa]|independiente|senior|junior|"
    r"titular|interin[oa]|sustitut[oa]|suplente|informatic[oa]|industrial|civil|agronom[oa]|forense|"
    r"inmobiliari[oa]|de guardia|en practicas|residente)"
)
LANGUAGES = {
    "ingles": "English", "espanol": "Spanish", "castellano": "Spanish", "frances": "French", "aleman": "German",
    "portugues": "Portuguese", "vietnamita": "Vietnamese", "hebreo": "Hebrew", "italiano": "Italian",
    "arabe": "Arabic", "ruso": "Russian", "chino": "Chinese", "mandarin": "Mandarin", "japones": "Japanese",
    "coreano": "Korean", "catalan": "Catalan", "euskera": "Basque", "gallego": "Galician", "quechua": "Quechua",
    "guarani": "Guarani", "polaco": "Polish", "rumano": "Romanian",
}  # fmt: skip
# Keys are found at a word's start ("llam" in "llámenme", "llamadas"); values stay in Spanish.
CHANNELS = {
    "email": "email", "e-mail": "email", "mail": "email", "correo": "correo", "whatsapp": "WhatsApp",
    "wasap": "WhatsApp", "wsp": "WhatsApp", "sms": "SMS", "mensaje de texto": "SMS", "mensajes de texto": "SMS",
    "llam": "teléfono", "telefono": "teléfono", "telegram": "Telegram", "chat": "chat",
}  # fmt: skip
_CHANNEL = (
    r"(?:e-?mail|mail|correo(?: electronico)?|whatsapp|wasap|wsp|sms|mensajes? de texto|telefono|llamadas?|"
    r"telegram|chat|[Ee]-?mail|[Ww]hats[Aa]pp|WhatsApp|SMS|[Tt]elegram)\b"
)
_TITLE = r"(?:(?:el|la)\s)?(?:(?:don|dona|senor|senora|sr|sra|srta|doctor|doctora|dr|dra|Don|Dona|Sr|Sra|Dr|Dra)\.?\s)?"
_NAME = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|del|de la|de los|y) )?[A-Z][\w'-]{1,30}){0,3})"
_ANY_NAME = r"(?P<v>[A-Za-z][\w'-]{1,30}(?: [A-Za-z][\w'-]{1,30}){0,2})"
_VALUE = r"(?P<v>[^\s.,;:!?\n][^.,;:!?\n]{0,59})"
# A place as typed: capitalised words, with the particles of place names ("Alcalá la Real", "Río de la Plata").
_PLACE = r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|del|de la|de los|la|las|el|los) )?[A-Z][\w'-]{1,30}){0,3})"
# Where someone lives: capitalised words as a place name ends ("Valencia el mes pasado" -> "Valencia"), or
# a place typed in lowercase, which the clause words end.
_WHERE = (
    r"(?P<v>[A-Z][\w'-]{1,30}(?: (?:(?:de|del|de la|de los|la|las|el|los) )?[A-Z][\w'-]{1,30}){0,3}(?![\w'-])"
    r"|[a-z][^.,;:!?\n]{0,59})"
)
_ORG = (
    r"(?:[Gg]rupo|[Bb]anco|[Hh]ospital|[Cc]linica|[Cc]olegio|[Ee]scuela|[Uu]niversidad|[Ii]nstituto|[Ee]mpresa|"
    r"[Hh]otel|[Ss]upermercado|[Ff]armacia|[Aa]yuntamiento|[Mm]inisterio|[Ff]undacion|[Ll]aboratorio|"
    r"[Cc]orporacion|[Cc]ompania|[Dd]espacho|[Rr]estaurante|[Tt]ienda|[Cc]entro|[Cc]orreos|[Cc]aja)"
)
# After a bare "en", only a name that says it is an organisation ("en Grupo Bimbo", not "en Madrid").
_ORG_AHEAD = r"(?=" + _ORG + r"\b)"
# An employer: capitalised words ("Grupo Bimbo", "Hospital de Cruces", "Mercado Libre").
_EMPLOYER = r"(?P<v>[A-Z][\w&'+-]{0,30}(?: (?:(?:de|del|de la|de los|y|e) )?[A-Z0-9&][\w&'+-]{0,30}){0,4})"
# Lowercase nouns that say what kind of place the employer is ("la planta de Bosch", "el despacho Leal").
_WORKPLACE = (
    r"(?:(?:planta|fabrica|empresa|oficina|sucursal|tienda|despacho|estudio|hotel|restaurante|clinica|colegio|"
    r"escuela|supermercado|farmacia|agencia|consultora|hospital|banco|cadena|franquicia|bufete|consultorio|"
    r"taller|almacen)(?: de)? )?"
)
_ARTICLE = r"(?:(?:el|la|los|las|un|una)\s)?"
_REL = alternation(RELATIONS)
_PET = alternation(PETS)
_JOB = alternation(OCCUPATIONS)
_TIERS = (
    r"(?:[Oo]ro|[Pp]lata|[Bb]ronce|[Pp]latino|[Dd]iamante|[Pp]remium|PREMIUM|VIP|[Vv]ip|[Gg]old|[Ss]ilver|"
    r"[Pp]latinum|[Bb]lack|[Ee]lite|[Pp]lus|[Pp]ro|[Bb]asic[oa]|[Ee]standar|[Ss]tandard|[Ff]amiliar|"
    r"[Ii]limitad[oa]|[Ee]sencial|[Ss]enior|[Tt]op|[Mm]ax|[Ii]nfinity|[Tt]otal)"
)
# A plan as named after "el plan", "la tarifa de", or a tier word on its own ("el Básico", "a Oro").
_PLAN_VALUE = (
    r"(?:(?:plan|tarifa|paquete|abono|suscripcion|membresia|categoria|nivel|modalidad|bono)\s(?:de\s)?"
    r"(?=[A-Z0-9]|" + _TIERS + r"\b|(?:estudiante|joven|jubilado|pensionista|familia|empresas?|pyme|autonomos?|"
    r"hogar|prepago|pospago)\b)|(?=" + _TIERS + r"\b))(?P<v>[\w+-]{2,20}(?:\s[A-Z0-9][\w+-]{0,20}){0,2})"
)
_TIME = (
    r"(?:las?\s)?(?:\d{1,2}(?::\d\d)?(?:\s?h)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
    r"mediodia)(?:\s(?:de la (?:manana|tarde|noche)|am|pm|a\.\s?m\.|p\.\s?m\.|horas|en punto|y media))?"
)
# "tengo 20 años de experiencia", "llevo 10 años casada": years of something, not an age.
_NOT_YEARS_OF = r"(?!\s(?:de (?!edad)|en\b|aqui\b|aca\b|trabajando|casad|viviendo))"
# When they may be contacted: "antes de las nueve", "por las tardes", "entre semana".
_WHEN = (
    r"(?:(?:(?:antes|despues|a partir|mas tarde|luego) de|before|after) " + _TIME + r"|(?:por|en|durante) las? "
    r"(?:mananas?|tardes?|noches?)\b|entre semana\b|(?:los )?fines de semana\b|de lunes a viernes\b)"
)

# Fields of study: "estudio Enfermería", "hago Derecho", "curso Medicina" make a student of that field.
_FIELDS = (
    r"(?i:medicina(?: veterinaria)?|enfermeria|derecho|ingenieria(?: [a-z]{3,15})?|arquitectura|psicologia|economia|"
    r"administracion(?: de empresas)?|contabilidad|informatica|farmacia|odontologia|veterinaria|biologia|quimica|"
    r"fisica|matematicas|historia|filologia(?: [a-z]{3,15})?|periodismo|magisterio|educacion(?: [a-z]{3,15})?|"
    r"fisioterapia|nutricion|diseno(?: grafico)?|bellas artes|musica|filosofia|sociologia|turismo|marketing|"
    r"publicidad|trabajo social|ciencias(?: [a-z]{3,15})?)"
)

PACK = LanguagePack(
    code="es",
    name=(
        rx(
            r"(?:"
            + lead("mi nombre")
            + r"(?: completo)?(?: es|:)|"
            + opening("me llamo|yo me llamo")
            + r")\s+(?!(?:de|un|una|el|la|con|por|ayer|hoy|para|otra|otro|su|tu|mi|alguien|nadie|ya|a|al|"
            r"antes|despues|luego|anoche|hace|varias|muchas|desde|porque|cuando)\b)" + _ANY_NAME
        ),
        rx(opening("soy|yo soy") + r"\s+" + _TITLE + _NAME),
        rx(
            opening(
                "habla|escribe|le habla|te habla|les habla|le escribe|te escribe|les escribe|os escribe|al habla|"
                "le saluda|te saluda|les saluda|los saluda"
            )
            + r"\s+"
            + _TITLE
            + _NAME
            + r"(?![\w'-]|\s?\?)"
        ),
        rx(lead(r"me (?:dicen|llaman)|puede llamarme|pueden llamarme|llamame|llameme") + r"\s+" + _NAME),
    ),
    age=(
        rx(
            lead("tengo|cumpli|cumplo|cumplire|voy a cumplir|acabo de cumplir|he cumplido")
            + r"\s+(?:ya\s)?(?P<v>\d{1,3}|[a-z]{4,12}(?: y [a-z]{3,6})?)\s+an(?:os|itos)\b"
            + _NOT_YEARS_OF
            + r"|"
            + lead("tengo|cumpli|he cumplido|acabo de cumplir")
            + r"\s+(?P<v2>\d{2})(?=\s{0,2}(?:[,.;!?]|$|y\b))"
        ),
        rx(
            lead("mi edad es")
            + r" (?:de )?(?P<v>\d{1,3})\b|"
            + lead("a mis|con mis")
            + r"\s(?:casi\s)?(?P<v2>\d{2}|[a-z]{4,12}(?: y [a-z]{3,6})?) anos\b|"
            + lead("edad:")
            + r"\s?(?P<v3>\d{1,3})\b"
        ),
    ),
    number_words=NUMBERS,
    location=(
        rx(
            lead("vivo|vivimos|resido|residimos|estoy viviendo|estamos viviendo")
            + r"\s+(?:(?:actualmente|ahora|ahorita|todavia|aun|ya|los dos|las dos|juntos|solos?|solas?|aqui|aca|"
            r"alli|alla)\s){0,2}en\s+" + _ARTICLE + _WHERE,
        ),
        rx(
            lead(r"mi (?:casa|piso|departamento|depto|apartamento|domicilio|direccion) (?:esta|queda) en")
            + r"\s+"
            + _ARTICLE
            + _WHERE
        ),
        rx(
            lead("en|aqui en|aca en")
            + r"\s"
            + _PLACE
            + r",?\s(?:(?:que es )?(?:donde|adonde) (?:vivo|vivimos|resido)|(?:llevo|llevamos|vivo|vivimos) "
            r"(?:[a-z0-9]{1,12} )?(?:anos|meses))\b"
        ),
        rx(lead("llevo|llevamos") + r"\s(?:[a-z0-9]{1,12}\s)?(?:anos|meses)\s(?:viviendo|ya)\sen\s" + _PLACE),
        # "vivo en Sevilla... bueno no, perdona, en Dos Hermanas": the place said after the correction.
        rx(
            lead("vivo|vivimos|resido")
            + r"\sen\s[^\n]{1,60}?(?:perdon|perdona|perdone|mejor dicho|quiero decir|me equivoque|miento)[,.]?\s"
            r"(?:[^.,;!?\n]{1,25},\s)?(?:en|aqui en)\s" + _PLACE
        ),
        rx(lead("aqui en casa|aca en casa") + r",? en\s" + _PLACE),
        rx(
            lead("mi|nuestro|nuestra")
            + r"\s(?:piso|casa|departamento|depto|apartamento|apto|chalet|hogar)\s(?:de|en)\s"
            + _PLACE
        ),
    ),
    lives_words=words(
        "vivo|vivimos|vive|viven|resido|residimos|radico|radicamos|estoy en|estamos en|aqui en|aca en|mi casa|domicilio"
        "|trabajo|trabajamos|tengo un negocio|tengo una tienda"
    ),
    moved_words=words(
        "mude|mudamos|mudado|mudo|me mude|nos mudamos|cambiamos|me cambie|nos cambiamos|trasladamos|traslade|mudanza|fui a vivir|fuimos a vivir"
    ),
    place_preps=words("en"),
    move_preps=words("a|para|hacia"),
    trip_words=words(
        "viaje|vacaciones|de visita|visitando|esta semana|congreso|de paso|hotel|por trabajo unos dias|vuelo|vuelos"
    ),
    moved=(
        rx(
            lead(
                "me mude|nos mudamos|me he mudado|nos hemos mudado|me acabo de mudar|nos acabamos de mudar|"
                "me voy a vivir|me fui a vivir|nos fuimos a vivir|me vine a vivir|nos vinimos a vivir|"
                "me he ido a vivir|me cambie de casa|me traslade"
            )
            + r"\s+(?:de\s[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2}\s)?(?:a|al|para)\s+"
            + _WHERE,
        ),
    ),
    hometown=(
        rx(
            lead("soy|yo soy|somos")
            + r"\s+(?:(?:originari[oa]s?|oriund[oa]s?|natural(?:es)?)\s+)?(?:[a-z]{3,15},\s+)?de\s+"
            + _PLACE
        ),
        rx(lead("naci|nacimos|me crie|creci|vengo originalmente") + r"\s+(?:en|de)\s+" + _PLACE),
    ),
    relations=RELATIONS,
    relation=(
        rx(
            lead("mi|nuestra|nuestro")
            + r"\s+(?:(?:querida|querido|difunta|difunto|pequena|pequeno)\s)?(?P<rel>"
            + _REL
            + r")(?:\s(?:mayor|menor|pequena|pequeno|chica|chico|mediana|mediano))?(?:,|\s(?:se llama|que se llama|"
            r"llamad[oa])|)\s+(?:(?:don|dona|la|el)\s)?(?P<name>[A-Z][\w'-]{1,30})"
        ),
        rx(r"(?P<name>[A-Z][\w'-]{1,30}),?\s(?:mi|nuestra|nuestro)\s(?P<rel>" + _REL + r")\b"),
        rx(
            lead("tengo|tenemos")
            + r"\s(?:un|una)\s(?P<rel>"
            + _REL
            + r")(?:\s(?:mayor|menor))?,?\s(?:que se llama|llamad[oa])\s(?P<name>[A-Z][\w'-]{1,30})"
        ),
    ),
    marital=(
        rx(
            lead("soy|estoy|yo soy|yo estoy")
            + r"\s+(?:felizmente\s)?(?P<v>casad[oa]|solter[oa]|viud[oa]|divorciad[oa]|separad[oa]|comprometid[oa])\b"
        ),
    ),
    children=(
        rx(
            lead("tengo|tenemos|mis|nuestros|nuestras") + r"\s+(?P<v>un|una|uno|dos|tres|cuatro|cinco|seis|\d)\s+"
            r"(?P<what>hij[oa]s?|nin[oa]s?|chic[oa]s|peques|crios)\b"
        ),
    ),
    pets=PETS,
    pet=(
        rx(
            lead("mi|mis|nuestra|nuestro")
            + r"\s+(?:[a-z]{3,12}\s)?(?P<species>"
            + _PET
            + r")(?:\sguia)?(?:,|\s(?:se llama|que se llama|llamad[oa])|)\s+(?:(?:el|la)\s)?(?P<name>[A-Z][\w'-]{1,20})"
        ),
        rx(r"(?P<name>[A-Z][\w'-]{1,20}),?\s(?:mi|nuestra|nuestro)\s(?P<species>" + _PET + r")\b"),
        rx(
            lead("tengo|tenemos")
            + r"\s+(?:(?:ahora|tambien|ya)\s)?(?:un|una|dos|tres|\d)\s+(?P<species>"
            + _PET
            + r")s?(?:(?:,|\s(?:que se llama|llamad[oa]))\s(?:(?:el|la)\s)?(?P<name>[A-Z][\w'-]{1,20}))?"
        ),
        rx(lead("es|era") + r"\s(?:un|una)\s(?P<species>" + _PET + r"),\s(?:(?:el|la)\s)?(?P<name>[A-Z][\w'-]{1,20})"),
    ),
    studies=(
        rx(
            lead("estudio|estoy estudiando|curso|estoy cursando|hago|estoy haciendo|estoy en")
            + r"\s(?:(?:la carrera de|el grado (?:de|en)|(?:primero|segundo|tercero|cuarto|quinto|ultimo ano) de|"
            r"el master (?:de|en))\s)?(?P<v>" + _FIELDS + r")\b"
        ),
    ),
    student_of="estudiante de {field}",
    occupation=(
        rx(lead("trabajo|trabajamos|estoy trabajando|curro|laburo") + r"\s+como\s+(?:(?:un|una)\s)?" + _VALUE),
        # "trabajo desde casa como traductora", "trabajo por mi cuenta de fontanero".
        rx(
            lead("trabajo|estoy trabajando|curro|laburo")
            + r"\s(?:desde casa|en casa|en remoto|a distancia|por mi cuenta|por cuenta propia|a media jornada|"
            r"de noche|los fines de semana)\s(?:como|de)\s(?:(?:un|una)\s)?(?P<v>" + _JOB + r")\b"
        ),
        # "trabajo de cajera", not "trabajo de noche", "de lunes a viernes", "desde casa".
        rx(
            lead("trabajo|curro|laburo")
            + r"\s+de\s+(?!(?:noche|dia|tarde|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|casa|sol|"
            r"medio|media|tiempo|jornada|turno|fin|fines|lo que|todo|nuevo|momento|vez|forma|manera|[0-9])\b)" + _VALUE
        ),
        rx(
            lead(r"mi\s+(?:trabajo|profesion|oficio|puesto|ocupacion|cargo)")
            + r"\s+es\s+(?:(?:el|la) de\s)?(?:(?:un|una)\s)?"
            + _VALUE
        ),
        rx(
            lead("soy|ya soy|ahora soy|yo soy|estoy de|ejerzo de|ejerzo como")
            + r"\s+(?:(?:un|una)\s)?(?P<v>"
            + _JOB
            + r"(?:\sde\s(?:la\s|el\s)?[a-z]{3,15})?(?:\s"
            + _JOB_ADJECTIVES
            + r"){0,2})\b"
        ),
        rx(
            lead("soy|yo soy")
            + r"\s(?:(?:el|la)\s)?[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2},\s(?P<v>"
            + _JOB
            + r"(?:\s"
            + _JOB_ADJECTIVES
            + r"){0,2})\b"
        ),
        rx(lead("estoy|ya estoy|soy") + r"\s+(?P<v>jubilad[oa]|desemplead[oa]|en paro|pensionad[oa])\b"),
    ),
    employer=(
        rx(
            lead(
                "trabajo|trabajamos|estoy trabajando|curro|laburo|empece a trabajar|entre a trabajar|"
                "me han contratado|me contrataron|me contratan"
            )
            + r"\s(?:(?:como|de)\s[^.,;!?\n]{2,40}?\s)?(?:(?:en (?:el|la|los|las|una|un)|para(?: el| la)?)\s"
            + _WORKPLACE
            + r"|en\s"
            + _ORG_AHEAD
            + r")"
            + _EMPLOYER
        ),
        rx(
            lead("soy|ahora soy|ya soy|trabajo como|trabajo de")
            + r"\s(?:(?:un|una)\s)?"
            + _JOB
            + r"(?:\s(?!(?:que|pero|vivo|vivimos|aqui|aca|alli|ahora|hoy)\b)[a-z]{2,15}){0,2}?"
            r"\s(?:(?:en (?:el|la|una|un)|para(?: el| la)?|del|de la)\s"
            + _WORKPLACE
            + r"|(?:en|de)\s"
            + _ORG_AHEAD
            + r")"
            + _EMPLOYER
        ),
        rx(
            lead("cambie de|deje el|deje mi|cambie el")
            + r"\s(?:trabajo|laburo|empleo|curro|chamba|pega)\s?[,;:\u2014\u2013-]?\s(?:[^.;!?\n]{1,40}?,\s)?(?:y\s)?"
            r"(?:ahora\s)?(?:estoy|trabajo|entre|soy\s[a-z]{3,20})\s(?:en|para|a)\s" + _ARTICLE + _EMPLOYER
        ),
        rx(lead(r"mi (?:empresa|empleador) es") + r"\s" + _ARTICLE + _EMPLOYER),
        # "Deloitte, donde trabajo de contador".
        rx(
            r"\b"
            + _EMPLOYER
            + r",?\s(?:donde|en (?:la|el) que|para (?:la|el) que)\s(?:ahora\s)?(?:trabajo|laburo|curro|estoy trabajando)\b"
        ),
    ),
    # "trabajo en Acindar" ("trabajo en Madrid" names a place: the caller checks).
    employer_or_place=(rx(lead("trabajo|trabajamos|estoy trabajando|curro|laburo") + r"\sen\s" + _EMPLOYER),),
    instructions=(
        Instruction(
            rx(
                lead(
                    "vaya|vayamos|vamos|ve|hable|hableme|hablame|hablen|explique|expliqueme|expliquemelo|explicame|"
                    "explicamelo|expliquen|explicar|explicarme|lo explique|me lo explique|me lo explica|"
                    "me lo expliquen|escriba|escribame|escribeme|hazlo|hagalo|digame|dimelo"
                )
                + r"\s+(?:(?:mas|muy|bien|un poco mas|todo)\s)?(?:despacio|despacito|lento|con calma|con paciencia|"
                r"paso a paso|poco a poco|con calmita|sin prisa|facil|sencillo|clarito)\b|"
                + lead(
                    r"mas despacio,? (?:por favor|porfa)|un poco mas despacio|paso a paso|poco a poco,? por favor|"
                    r"un paso a la vez|un paso cada vez|una cosa a la vez|una cosa cada vez|de uno en uno|"
                    r"le pido (?:mucha )?paciencia|les pido (?:mucha )?paciencia|os pido (?:mucha )?paciencia|"
                    r"te pido (?:mucha )?paciencia|tenga paciencia conmigo|tengan paciencia conmigo|"
                    r"ten paciencia conmigo|tened paciencia conmigo|"
                    r"con palabras (?:sencillas|faciles|simples)|sin tecnicismos"
                )
                + r"\b"
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                lead("respuestas|mensajes|contestaciones|explicaciones|textos|correos")
                + r"\s(?:mas\s|muy\s)?(?:cort[oa]s|cortit[oa]s|cortic[oa]s|breves|concis[oa]s)\b|"
                + lead("respuesta|mensaje")
                + r"\s(?:mas\s|muy\s)?(?:cort[oa]|cortit[oa]|breve|concis[oa]),? (?:por favor|porfa)\b|"
                + lead(
                    "escribame|escribeme|escribanme|escribidme|contestame|conteste|contesteme|contesten|responde|"
                    "respondeme|responda|respondame|respondan|hableme|hablame|sea|sean|se breve|se conciso|se concisa"
                )
                + r"\s(?:mas\s|muy\s)?(?:corto|cortito|cortico|breve|conciso|concisa|al grano)\b|"
                + lead(
                    "al grano, por favor|al grano por favor|al grano, porfa|vamos al grano|sin rollos|sin tochos|"
                    "nada de rollos|nada de tochos|sin textos largos|sin mensajes largos|no me mandeis tochos|"
                    "no me manden tochos"
                )
                + r"\b"
            ),
            "response_length",
            "short",
        ),
        Instruction(
            rx(
                lead("prefiero|quiero|deme|denme|dame")
                + r"\s(?:respuestas|explicaciones)\s(?:detalladas|largas|completas)\b|"
                + lead("con todo detalle|con mucho detalle")
                + r"\b|"
                + lead("explicar|explicarme|expliqueme|explicame|contar|contarme|expliquen|expliquenme")
                + r"(?:lo)? (?:todo |las cosas )?(?:en detalle|con detalle|detalladamente)\b"
            ),
            "response_length",
            "detailed",
        ),
        Instruction(
            rx(
                lead(
                    "consulte|consulten|consultenme|consulteme|consultame|pregunte|pregunten|preguntenme|"
                    "pregunteme|preguntame|confirme|confirmen|confirmenme|avise|avisen|avisenme|aviseme|avisame"
                )
                + r"(?:me)?\s(?:(?:siempre|conmigo|primero)\s){0,2}antes de\s[a-z]{3,14}\b|"
                + lead("antes de")
                + r"\s(?:hacer|realizar|cobrar|cambiar|enviar|activar|cancelar|contratar|tocar|modificar|cargar|"
                r"tramitar|renovar)[a-z]{0,4}\b[^.;!?\n]{0,60}?\b(?:(?:me lo|me la|me los|me|lo|que me)\s"
                r"(?:consult|pregunt|confirm|avis)[a-z]{0,6}|(?:consult|pregunt|confirm|avis)[a-z]{0,6}me)\b|"
                + lead("no")
                + r" (?:hagan|hagais|hagas|cobren|cambien|activen|envien|contraten|toquen|cancelen|modifiquen)\s"
                r"(?:nada|ningun cambio|ningun cargo|nada mas)\ssin\s(?:consultarme|preguntarme|avisarme|"
                r"confirmarlo conmigo|mi (?:permiso|autorizacion|confirmacion|consentimiento))\b"
            ),
            "confirm_before_acting",
        ),
        Instruction(
            rx(
                lead(
                    "avisen|avisenme|avisame|aviseme|avisadme|me avisen|me aviseis|contactenme|contactame|"
                    "contacteme|contactadme|me contacten|me contacteis|escribanme|escribame|escribeme|escribidme|"
                    "me escriban|me escribais|llamenme|llameme|llamame|llamadme|me llamen|me llameis|hablenme|"
                    "notifiquenme|me notifiquen|comuniquense conmigo"
                )
                + r"\s(?:(?:siempre|solo|solamente|mejor|unicamente)\s)?(?:por|via|al|a mi|mediante)\s(?:el\s|mi\s)?"
                + _CHANNEL
                + r"|"
                + lead("todo")
                + r"\s[^.;!?\n]{0,60}?\b(?:por|al|a mi)\s(?:el\s)?"
                + _CHANNEL
                + r"|"
                + lead("solo|siempre|unicamente|solamente|mejor")
                + r"\s(?:por|al|via)\s(?:el\s|mi\s)?"
                + _CHANNEL
                + r"|"
                + lead("prefiero")
                + r"\s(?:que me (?:escriban|contacten|avisen|escribais|contacteis|manden|mandeis|envien) (?:(?:un |los )?"
                r"(?:mensajes?|todo) )?(?:por|al)\s|por\s|el\s|los\s|las\s|un\s)?(?:" + _CHANNEL + r"|que me (?:llamen|"
                r"llameis|llames|llame)\b)"
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                # "no me llamen antes de las diez", "llámenme solo por las tardes", "si me tienen que llamar, que
                # sea después de las seis"; not "me llamaron ayer por la tarde".
                lead("no me|nunca me")
                + r" (?:llamen|llames|llameis|llame|llamar|contacten|contactes|escriban|telefoneen)\b[^.;!?\n]{0,25}?"
                + _WHEN
                + r"|"
                + lead(
                    "llamenme|llameme|llamame|llamadme|contactenme|contacteme|contactame|escribanme|me pueden llamar|"
                    "me puede llamar|me podeis llamar|pueden llamarme|puede llamarme|solo estoy disponible|"
                    "estoy disponible solo|solo puedo atender|solo puedo hablar|solo contesto"
                )
                + r"\s(?:(?:solo|unicamente|siempre|mejor)\s)?"
                + _WHEN
                + r"|"
                + lead("cuando me|si me")
                + r" (?:llamen|llaman|contacten|contactan|escriban|(?:tengan|tienen|vayan|van|quieran|quieren|necesiten|"
                r"necesitan) (?:que |a )?(?:llamar|contactar|escribir))\b[^.;!?\n]{0,30}?\b(?:que (?:no )?sea|solo|"
                r"siempre|mejor)\s" + _WHEN
            ),
            "contact_hours",
        ),
        Instruction(
            rx(
                lead(
                    "hableme|hablame|hablenme|escribame|escribeme|escribanme|respondame|respondeme|contesteme|"
                    "contestame|atiendame|atiendanme|hablar|hablemos|prefiero|mejor"
                )
                + r"\s(?:hablar\s|escribir\s)?(?:solo\s|siempre\s)?en\s(?P<v>"
                + alternation(LANGUAGES)
                + r")\b|"
                + lead("mi idioma|mi lengua")
                + r"(?: materna| nativa| principal)? es (?:el )?(?P<v2>"
                + alternation(LANGUAGES)
                + r")\b"
            ),
            "preferred_language",
        ),
        Instruction(
            rx(
                lead("trateme|tratenme|me trate|me traten|hableme|hablenme|me hable|me hablen|dirijase a mi")
                + r"\s(?:siempre\s|por favor\s)?de usted\b|"
                + lead(
                    "no me tutee|no me tuteen|no me tutees|no me tuteeis|no me gusta el tuteo|no me gusta nada el tuteo|"
                    "odio el tuteo|detesto el tuteo|sin tutear|nada de tuteo"
                )
                + r"\b"
            ),
            "tone_preference",
            "formal",
        ),
        Instruction(
            rx(
                lead(
                    "puede tutearme|pueden tutearme|podeis tutearme|puedes tutearme|tuteame|tuteeme|hablame de tu|"
                    "tratame de tu|hableme de tu|trateme de tu|sin formalidades|nada de usted|no me hable de usted"
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
                lead("prefiero|preferimos")
                + r"\s+(?!(?:que|no|hablar|escribir|respuestas|mensajes|explicaciones)\b)(?:(?:el|la|los|las|un|una)\s)?"
                r"(?![a-z]{2,12}(?:ar|er|ir)\b)" + _VALUE
            ),
            "preferences",
        ),
        (
            rx(
                lead("siempre|normalmente|casi siempre")
                + r"\s(?:pido|uso|calzo|compro|elijo|escojo|tomo|llevo|reservo|me pido|me compro|gasto|visto)\s"
                r"(?:(?:el|la|los|las|un|una|talla|numero)\s){0,2}" + _VALUE
            ),
            "preferences",
        ),
        (
            rx(lead("mi") + r"\s+(?P<thing>[a-z]{2,15})\s+(?:favorit[oa]|preferid[oa])\s+es\s+" + _ARTICLE + _VALUE),
            "favourite",
        ),
        (
            rx(
                lead(
                    "me encanta|me encantan|me fascina|me fascinan|me chifla|me chiflan|adoro|me apasiona|"
                    "me apasionan|me gusta mucho|me gustan mucho"
                )
                + r"\s+(?:(?:el|la|los|las)\s)?"
                + _VALUE
            ),
            "likes",
        ),
        (
            rx(
                lead("soy") + r" (?:muy )?(?:fan|hincha|aficionad[oa]|forof[oa]|seguidor|seguidora|fanatic[oa]) "
                r"(?:(?:a muerte|total|de toda la vida) )?(?:de|del)\s+(?:(?:el|la|los|las)\s)?" + _VALUE
            ),
            "likes",
        ),
        (
            rx(
                lead("odio|detesto|no soporto|no aguanto|no me gusta nada|no me gustan nada")
                + r"\s+(?:(?:el|la|los|las)\s)?(?!tuteo|que me tuteen)"
                + _VALUE
            ),
            "dislikes",
        ),
        (
            rx(
                lead("soy|yo soy|como")
                + r"\s+(?P<v>vegetarian[oa]|vegan[oa]|celiac[oa]|diabetic[oa]|intolerante a la lactosa|"
                r"intolerante al gluten|intolerante a la fructosa|sin gluten|sin lactosa|halal|kosher)\b"
            ),
            "dietary",
        ),
        (
            rx(
                lead("soy|yo soy|tengo")
                + r"\s+(?:muy\s|una\s)?(?:alergic[oa]|alergia)\s+(?:a|al)\s+"
                + _ARTICLE
                + _VALUE
            ),
            "allergies",
        ),
        (
            rx(
                r"(?P<v>"
                + lead(
                    "voy|vamos|salgo|corro|nado|camino|entreno|juego|hago|sigo|leo|veo|me levanto|desayuno|paseo|"
                    "monto|practico|trabajo"
                )
                + r"\b[^.;!?\n]{0,50}?\b(?:todos los dias|todas las (?:mananas|tardes|noches|semanas)|todos los "
                r"(?:lunes|martes|miercoles|jueves|viernes|sabados|domingos|fines de semana)|cada (?:dia|manana|tarde|"
                r"noche|semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)|a diario|"
                r"diariamente))"
            ),
            "habit",
        ),
        (
            rx(
                r"(?P<v>"
                + lead("hago|trabajo|tengo")
                + r"\s(?:muchas\s|siempre\s)?(?:noches|turnos? de noche|guardias|el turno de noche)|"
                + lead("trabajo")
                + r" (?:de|por las) noches?)\b"
            ),
            "habit",
        ),
        (
            rx(
                lead("tengo|llevo|regento")
                + r"\s+(?:un|una|mi propio|mi propia|nuestro|nuestra)\s+(?P<v>(?:pequen[oa]\s)?(?:panaderia|restaurante|"
                r"cafeteria|bar|tienda|peluqueria|estudio|clinica|consulta|empresa|negocio|startup|agencia|granja|"
                r"hotel|gimnasio|taller|boutique|despacho|farmacia|ferreteria)(?:\s(?:llamad[oa]|que se llama)\s"
                r"[^.,;!?\n]{2,40})?)"
            ),
            "business",
        ),
    ),
    accessibility=(
        rx(
            lead(
                r"oigo (?:muy |bastante |un poco )?mal|escucho (?:muy |bastante |un poco )?mal|"
                r"no oigo (?:muy |nada )?bien|no escucho (?:muy |nada )?bien|"
                r"soy (?:un poco |medio |bastante |casi )?(?:sord[oa]|ciego|ciega|invidente|dur[oa] de oido)|"
                r"estoy (?:un poco |medio |bastante |casi )?(?:sord[oa]|ciego|ciega)|"
                r"llevo (?:un |el |los |dos )?audifonos?|uso (?:un |el |los |dos )?audifonos?|"
                r"tengo (?:un |el |los |dos )?audifonos?|audifonos? en (?:los dos|ambos|un) oidos?|"
                r"veo (?:muy |bastante |un poco )?mal|no veo (?:muy |nada )?bien|lector de pantalla|"
                r"degeneracion macular|baja vision|vision reducida|con la lupa|con una lupa|silla de ruedas|"
                r"letra (?:mas )?grande|fuente (?:mas )?grande|texto (?:mas )?grande|soy daltonic[oa]|"
                r"tengo (?:dislexia|temblores|parkinson|artrosis en las manos|problemas de (?:vista|audicion|oido|"
                r"movilidad))|discapacidad (?:visual|auditiva|motriz)|nvda|jaws|voiceover"
            )
            + r"\b|\b(?:NVDA|JAWS|VoiceOver|TalkBack|talkback)\b"
        ),
    ),
    device=(
        rx(
            r"(?:"
            + lead("tengo|uso|compre|me compre|tenemos|mi|mis|con mi|desde mi|en mi|es un|es una")
            + r"|(?:^|[.!?]\s{0,3})(?:[Uu]n|[Uu]na|[Ee]l|[Ll]a))\s+(?:(?:un|una|el|la|nuevo|nueva|viejo|vieja|movil|"
            r"celular|telefono|portatil|ordenador|computadora|tablet|reloj|robot|aspiradora|router|modem|tele|"
            r"televisor|camara|consola|timbre|altavoz)\s(?:de\s)?){0,2}(?P<v>(?:[Ii][Pp]hone|i[Pp]ad|[Mm]ac[Bb]ook|"
            r"i[Mm]ac|[Aa]pple [Ww]atch|[Ss]amsung|[Gg]alaxy|[Xx]iaomi|[Rr]edmi|[Hh]uawei|[Hh]onor \d{1,3}|[Oo]ppo|"
            r"[Rr]ealme|[Mm]otorola|[Mm]oto [GgEeZz]\d{1,3}|[Nn]okia|LG|[Ss]ony|[Pp]hilips|[Ll]enovo|HP|[Dd]ell|"
            r"[Aa]sus|ASUS|[Aa]cer|[Rr]oborock|[Rr]oomba|[Dd]yson|[Gg]armin|[Ff]itbit|[Kk]indle|[Aa]lexa|"
            r"[Ee]cho [Dd]ot|[Gg]oogle [Nn]est|[Nn]est|[Rr]ing|[Cc]hromecast|[Ff]ire TV|[Rr]oku|[Pp]lay[Ss]tation|"
            r"PS[45]|[Xx]box|[Nn]intendo|TP-[Ll]ink|[Nn]etgear|ZTE|[Aa]lcatel|[Ss]mart TV|[Ss]mart [Tt]v|[Pp]ixel|"
            r"[Ss]urface|[Aa]mazfit|TCL|[Hh]isense|[Bb]osch|[Nn]espresso)\b[\w +-]{0,24})"
        ),
    ),
    frequency_words=words(
        "todos los dias|todas las mananas|todas las noches|todas las tardes|todas las semanas|todos los meses|todos los lunes|todos los martes|todos los miercoles|todos los jueves|todos los viernes|todos los sabados|todos los domingos|todos los fines de semana|cada dia|cada semana|cada mes|cada manana|cada noche|casi todos|casi todas|a diario|una vez por semana|dos veces por semana|los fines de semana"
    ),
    call_words=words("llamar|llamen|llamame|llamada|llamadas|llamarme|me llamen|contesto|localizable"),
    time_words=words(
        "manana|mananas|mananita|tarde|tardes|noche|noches|mediodia|despues de|antes de|a partir de|fines de semana|horario"
    ),
    request_words=words("por favor|solo|nunca|que sea|mejor|porfa"),
    plan_words=words(
        "plan|tarifa|paquete|abono|suscripcion|membresia|modalidad|contratada la de|contratado el de|seguro|poliza|cuenta|tarjeta|socio|cliente"
    ),
    self_words=words("mi|tengo|tenemos|estoy|soy|me|nuestro|nuestra|contratada|contratado|uso|pago"),
    plan=(
        # A change first: "me pasé al Plus", "subí a Oro", "cambiarme al plan Personal", "pasadme a la Premium".
        rx(
            lead(
                "subi|ascendi|me subieron|me pase|me he pasado|me han pasado|me pasaron|me cambie|me he cambiado|"
                "cambie|cambiar|cambiarme|pasar|pasarme|subir|subirme|pasadme|pasenme|pasame|paseme|cambiadme|"
                "cambienme|cambiame|cambieme"
            )
            + r"\s(?:(?:de|del|de la)\s(?:plan\s|tarifa\s)?[\w+-]{2,20}\s)?(?:al|a la|a)\s"
            + _PLAN_VALUE
        ),
        rx(
            lead(
                "tengo|tenemos|uso|estoy en|estoy con|sigo con|seguimos con|sigo en|tengo contratado|"
                "tengo contratada|contrate|pago"
            )
            + r"\s(?:el|la|un|una)\s"
            + _PLAN_VALUE
        ),
        rx(lead("categoria|nivel|cliente|socio|socia|miembro|tarjeta|estatus|status") + r"\s(?P<v>" + _TIERS + r")\b"),
        rx(lead(r"mi\s(?:plan|tarifa|categoria|membresia|suscripcion)\ses") + r"\s(?:el\s|la\s)?(?P<v>[\w+-]{2,20})"),
    ),
    languages=LANGUAGES,
    channels=CHANNELS,
    clause_words=frozenset(
        words(
            "y|e|o|u|ni|no|pero|sino|porque|pues|que|como|cuando|donde|mientras|aunque|si|con|sin|para|por|en|a|al|"
            "hacia|desde|hasta|hace|durante|entre|sobre|ahora|ahorita|hoy|ayer|manana|ya|todavia|aun|tambien|tampoco|"
            "siempre|nunca|es|son|esta|estan|estoy|era|fue|tengo|tiene|tienen|soy|vivo|trabajo|gracias|porfa|jaja|"
            "jajaja|jeje|lol|xd|eh|vale|bueno|asi|muy|mas|ese|esa|este|esto|eso|aqui|alli|ahi|aca|alla|antes|despues|"
            "luego|entonces|cerca|junto|lejos|le|les|me|te|se|lo|nos|os|mi|mis|tu|su|sus|llevo|mismo|misma|"
            "actualmente|todo|toda"
        )
    ),
    not_values=frozenset(
        words(
            "no|si|yo|tu|usted|ustedes|el|la|los|las|un|una|unos|unas|lo|le|les|me|te|se|nos|os|mi|mis|su|sus|que|de|"
            "del|en|con|por|para|muy|mas|ya|aqui|alli|aca|ahora|hoy|bien|mal|cliente|usuario|usuaria|titular|socio|"
            "socia|perdon|perdona|perdone|hola|buenas|gracias|vale|ok|bueno|pues|claro|todo|nada|algo|"
            "alguien|nadie|esto|eso|este|esta|ese|esa|senor|senora|don|dona|dios|jaja|jajaja|listo|perfecto|genial|"
            "tampoco|tambien|sigo|estoy|soy|tengo|quiero|necesito|puedo|intento|llamo|escribo|otra|otro|vez|casa|"
            "sorry|hija|hijo|mijo|mija|joven|senorita|amigo|amiga|guapa|guapo|carino|reina|rey|"
            "tranquila|tranquilo|disculpa|disculpe|oiga|oye|mire|mira|favor|porfa|consultar|llamando|escribiendo|"
            "buscando|esperando|intentando|contento|contenta|preocupado|preocupada|harto|harta|solo|sola|asi|"
            "cual|como|cuando|donde|quien|porque|ninguno|ninguna|alguno|alguna|cada|todos|todas|estos|estas|esos|"
            "esas|aquel|aquella|mucho|mucha|poco|poca|tan|tanto|igual|ademas|entonces|luego|despues|antes|siempre|"
            "nunca|casi|aun|todavia|sea|fue|era|es|son|hay|he|ha|han|hemos|cierto|verdad|vos"
        )
    ),
    correction=words(
        "no,|perdon|perdona|perdone|mejor dicho|quiero decir|o sea|en realidad|bueno no|no, espera|no espera|"
        "miento|me equivoque|corrijo|rectifico|ay no|me confundi|error mio"
    ),
    past=words(
        "solia|soliamos|antes vivia|antes viviamos|antes trabajaba|antes era|antes tenia|antes estaba|ya no|"
        "anteriormente|antiguamente|en el pasado|hasta hace poco|vivia|viviamos|trabajaba|trabajabamos|hace anos|"
        "de joven|de pequeno|de pequena|de nino|de nina|era antes"
    ),
    moods={
        "frustrated": words(
            "harto|harta|frustrado|frustrada|frustrante|indignado|indignada|enfadado|enfadada|enojado|enojada|"
            "molesto|molesta|furioso|furiosa|cabreado|cabreada|una verguenza|inaceptable|ridiculo|es el colmo|"
            "otra vez|sigo esperando|sigue igual|pesimo|pesima|fatal|un desastre|no puede ser|cada dos por tres"
        ),
        "sad": words("triste|decepcionado|decepcionada|desilusionado|desilusionada|que pena|una pena|lastima"),
        "anxious": words(
            "preocupado|preocupada|nervioso|nerviosa|urgente|urge|lo necesito ya|la necesito ya|angustiado|"
            "angustiada|asustado|asustada|me preocupa|estresado|estresada|con prisa|miedo|cuanto antes"
        ),
        "excited": words("emocionado|emocionada|que ilusion|me hace ilusion|increible|maravilloso|fantastico|por fin"),
        "confused": words(
            "confundido|confundida|no entiendo|no se como|no se que|me pierdo|estoy perdido|estoy perdida|me lio|"
            "no me aclaro|confuso|confusa|que significa"
        ),
        "happy": words(
            "gracias|perfecto|genial|estupendo|excelente|encantado|encantada|contento|contenta|muy amable|"
            "que alivio|de maravilla|joya|chevere|buenisimo|que bien"
        ),
    },
    problem=words(
        "no funciona|no va|no anda|no me deja|no puedo|no consigo|no llega|no llego|no ha llegado|no me llega|"
        "no llegan|roto|rota|averiado|averiada|averia|falla|fallo|error|problema|incidencia|se cae|se me cae|"
        "se corta|se congela|bloqueado|bloqueada|bloquearon|rechazado|rechazada|rechaza|me cobraron|me cobran|"
        "me han cobrado|doble cargo|cobrado dos veces|no he recibido|lento|lenta|sin senal|sin internet|"
        "sin conexion|no carga|se reinicia|se apaga|no enciende|no prende|danado|danada|defectuoso|defectuosa|"
        "equivocado|equivocada|incorrecto|incorrecta|no me devuelven|no me han devuelto|no vuelve|no entra|"
        "estafa|fraude|robado|robada|carisima|carisimo|no reconocido|expiro|caducado"
    ),
    resolved=words(
        "ya funciona|ya va|ya anda|ya entre|ya esta hecho|ya esta hecha|ya volvio|solucionado|solucionada|resuelto|"
        "resuelta|arreglado|arreglada|funciono|ha funcionado|ya me llego|se soluciono|se arreglo|ya quedo|"
        "todo bien|listo ya|listo, ya|ya timbro|parece que va bien|anduvo|ya puedo|pagado|queda resuelto"
    ),
    escalation=words(
        "supervisor|supervisora|encargado|encargada|un humano|una persona real|persona de verdad|"
        "hablar con alguien|hablar con una persona|hablar con un responsable|escalar|escalen|gerente|"
        "atencion humana"
    ),
    complaint=words(
        "queja|quejarme|reclamacion|reclamo|reclamar|inaceptable|una verguenza|vergonzoso|pesimo servicio|"
        "mal servicio|estafa|timo|abuso|indignante|denunciar|denuncia|hoja de reclamaciones|libro de reclamaciones|"
        "defensa del consumidor|profeco|sernac|indecopi|no hay derecho"
    ),
    positive=words(
        "gracias|perfecto|genial|excelente|estupendo|muy amable|que alivio|maravilloso|fantastico|de maravilla|"
        "joya|chevere|buenisimo"
    ),
    actions=words(
        "he|hemos|ya le|ya te|le envio|te envio|le envie|te envie|deje|dejo|queda|quedo|le abono|te abono|"
        "le devuelvo|te devuelvo|le programo|te paso|le paso|registre|reporte|active|cancele|envie|cambie|"
        "actualice|desbloquee|bloquee|amplie|solicite|programe|abri|asigne|reembolse|te la desbloqueo|"
        "se la desbloqueo|la doy de baja|lo doy de baja|acabo de|se ha|se han|ya esta|le abro|te abro|reenvie|devolvi|"
        "corregi|resolvi|configure|restableci|reinicie|tramite|gestione|abone|acredite"
    ),
    session_only=words(
        "pedido|pedidos|numero de pedido|seguimiento|envio|ticket|incidencia|referencia|factura|recibo|reserva|"
        "localizador|folio|radicado|expediente|solicitud|orden|reembolso|devolucion|paquete|hoy|ahora mismo|"
        "en este momento|esta manana|esta tarde|esta noche|ahorita"
    ),
    episode_template="El cliente planteó: “{topic}”.{action} Resultado: {outcome}.",
    action_template=" El agente: “{action}”.",
    rolling_template="El {date} consultó por {topic}; {outcome}.",
    outcomes={
        "resolved": "resuelto",
        "open": "sigue abierto",
        "escalated": "derivado a una persona",
        "answered": "respondido",
    },
    rolling_outcomes={
        "resolved": "se resolvió",
        "open": "quedó pendiente",
        "escalated": "pidió hablar con una persona",
        "answered": "se le respondió",
    },
)

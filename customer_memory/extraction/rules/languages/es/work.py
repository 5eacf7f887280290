"""Spanish patterns for work and study: occupation, employer, field of study."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import alternation, rx
from customer_memory.extraction.rules.languages.es.words import _ARTICLE, _VALUE, OCCUPATIONS
from customer_memory.extraction.rules.languages.patterns import lead

# Adjectives that follow a job ("diseñadora gráfica freelance", "profesora jubilada").
_JOB_ADJECTIVES = (
    r"(?:grafic[oa]|social|comercial|jubilad[oa]|retirad[oa]|freelance|autonom[oa]|independiente|senior|junior|"
    r"titular|interin[oa]|sustitut[oa]|suplente|informatic[oa]|industrial|civil|agronom[oa]|forense|"
    r"inmobiliari[oa]|de guardia|en practicas|residente)"
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

_JOB = alternation(OCCUPATIONS)

# Fields of study: "estudio Enfermería", "hago Derecho", "curso Medicina" make a student of that field.
_FIELDS = (
    r"(?i:medicina(?: veterinaria)?|enfermeria|derecho|ingenieria(?: [a-z]{3,15})?|arquitectura|psicologia|economia|"
    r"administracion(?: de empresas)?|contabilidad|informatica|farmacia|odontologia|veterinaria|biologia|quimica|"
    r"fisica|matematicas|historia|filologia(?: [a-z]{3,15})?|periodismo|magisterio|educacion(?: [a-z]{3,15})?|"
    r"fisioterapia|nutricion|diseno(?: grafico)?|bellas artes|musica|filosofia|sociologia|turismo|marketing|"
    r"publicidad|trabajo social|ciencias(?: [a-z]{3,15})?)"
)

STUDIES = (
    rx(
        lead("estudio|estoy estudiando|curso|estoy cursando|hago|estoy haciendo|estoy en")
        + r"\s(?:(?:la carrera de|el grado (?:de|en)|(?:primero|segundo|tercero|cuarto|quinto|ultimo ano) de|"
        r"el master (?:de|en))\s)?(?P<v>" + _FIELDS + r")\b"
    ),
)

STUDENT_OF = "estudiante de {field}"

OCCUPATION = (
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
        # ("ya no soy autónomo" says what they no longer are.)
        r"(?<![Nn]o )"
        + lead("soy|ya soy|ahora soy|yo soy|estoy de|ejerzo de|ejerzo como")
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
    # "Fui maestro de primaria toda la vida", "trabajé treinta años de camionero": the job of a working life.
    rx(
        lead("fui|he sido|trabaje|estuve")
        + r"\s(?:(?:[a-z0-9]{1,12}\s)?anos\s)?(?:de\s|como\s)?(?:(?:un|una)\s)?(?P<v>"
        + _JOB
        + r"(?:\sde\s[a-z]{3,15})?)\b(?=[^.;!?\n]{0,20}?\b(?:toda (?:la|mi) vida|(?:[a-z0-9]{1,12}\s)?anos|hasta "
        r"(?:jubilarme|que me jubile))\b)"
    ),
    # "trabajo por cuenta ajena en Petronor, de fontanero de mantenimiento": the job after the employer.
    rx(
        lead("trabajo|trabajamos|curro|laburo|estoy trabajando")
        + r"\s[^.;!?\n]{0,40}?\ben\s[A-Z][^,.;!?\n]{0,30}?,?\s(?:de|como)\s(?:(?:un|una)\s)?(?P<v>"
        + _JOB
        + r"(?:\sde\s[a-z]{3,15})?)\b"
    ),
)

EMPLOYER = (
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
        # ("soy jubilado de Renfe": a past employer.)
        + r"(?!(?:jubilad|pensionad|retirad)[oa]s?\b)"
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
)

# "trabajo en Acindar" ("trabajo en Madrid" names a place: the caller checks).
EMPLOYER_OR_PLACE = (
    rx(
        lead("trabajo|trabajamos|estoy trabajando|curro|laburo")
        # "trabajo por cuenta ajena en Petronor", "trabajo ahora en Inditex".
        + r"(?:\s(?:por cuenta (?:ajena|propia)|a (?:tiempo|jornada) (?:completo|completa|parcial)|a media jornada|"
        r"ahora|ya|todavia|aun)){0,2}\sen\s" + _EMPLOYER
    ),
    # "Soy enfermera en Jackson Memorial", "soy contador en Deloitte desde 2019": the job, then where.
    rx(
        lead("soy|ahora soy|ya soy")
        + r"\s(?:(?:un|una)\s)?(?!(?:jubilad|pensionad|retirad)[oa]s?\b)"
        + _JOB
        + r"(?:\s(?!(?:que|pero|vivo|vivimos|aqui|aca|alli|ahora|hoy|en)\b)[a-z]{2,15}){0,2}?\sen\s"
        + _EMPLOYER
    ),
)

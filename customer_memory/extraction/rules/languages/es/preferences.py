"""Spanish patterns for preferences, accessibility, devices and plans; the words of routines and contact hours."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.es.words import _ARTICLE, _VALUE
from customer_memory.extraction.rules.languages.patterns import lead
from customer_memory.extraction.rules.text import words

_TIERS = (
    r"(?:[Oo]ro|[Pp]lata|[Bb]ronce|[Pp]latino|[Dd]iamante|[Pp]remium|PREMIUM|VIP|[Vv]ip|[Gg]old|[Ss]ilver|"
    r"[Pp]latinum|[Bb]lack|[Ee]lite|[Pp]lus|[Pp]ro|[Bb]asic[oa]|[Ee]standar|[Ss]tandard|[Ff]amiliar|"
    r"[Ii]limitad[oa]|[Ee]sencial|[Ss]enior|[Tt]op|[Mm]ax|[Ii]nfinity|[Tt]otal)"
)
# A plan as named after "el plan", "la tarifa de", or a tier word on its own ("el Básico", "a Oro").
_PLAN_VALUE = (
    r"(?:(?:plan|tarifa|paquete|abono|suscripcion|membresia|categoria|nivel|modalidad|bono|pase de temporada|"
    r"pase|seguro|poliza)\s(?:de\s)?"
    r"(?=[A-Z0-9]|" + _TIERS + r"\b|(?:estudiante|joven|jubilado|pensionista|familia|empresas?|pyme|autonomos?|"
    r"hogar|prepago|pospago|anual|mensual|semestral|trimestral)\b)|(?="
    + _TIERS
    + r"\b))(?P<v>[\w+-]{2,20}(?:\s[A-Z0-9][\w+-]{0,20}){0,2})"
)

PREFERENCES = (
    # "ya no me manden promociones por SMS": lo que no quieren recibir.
    (
        rx(
            lead("no me|ya no me|que no me|nunca me")
            + r"\s(?:manden|envien|mandes|envies|mandeis|envieis|llamen|escriban)\s(?:mas\s)?(?P<v>(?:promociones|"
            r"publicidad|ofertas|propaganda|boletines|newsletters?)(?:\s(?:por|al)\s(?:SMS|sms|correo|mail|e-?mail|"
            r"WhatsApp|whatsapp))?)\b"
        ),
        "dislikes",
    ),
    (
        rx(
            lead("prefiero|preferimos")
            + r"\s+(?!(?:que|no|hablar|escribir|respuestas|mensajes|explicaciones|ser)\b)(?:(?:el|la|los|las|un|una)\s)?"
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
        rx(lead("soy|yo soy|tengo") + r"\s+(?:muy\s|una\s)?(?:alergic[oa]|alergia)\s+(?:a|al)\s+" + _ARTICLE + _VALUE),
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
)

ACCESSIBILITY = (
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
            r"movilidad))|discapacidad (?:visual|auditiva|motriz)|nvda|jaws|voiceover|"
            # Mobility: "tengo problemas de rodilla", "ando con bastón", "no puedo subir escaleras".
            r"tengo (?:problemas|un problema|mal|dolor|artrosis) (?:de|en) (?:la |las |los )?(?:rodillas?|caderas?|"
            r"espalda|columna|piernas?)|ando con (?:baston|muletas|andador)|camino con (?:baston|muletas|andador)|"
            r"uso (?:baston|muletas|"
            r"andador)|no puedo (?:subir|bajar) (?:escaleras|las escaleras)|movilidad reducida"
        )
        + r"\b|\b(?:NVDA|JAWS|VoiceOver|TalkBack|talkback)\b"
    ),
)

DEVICE = (
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
)

FREQUENCY_WORDS = words(
    "todos los dias|todas las mananas|todas las noches|todas las tardes|todas las semanas|todos los meses|todos los lunes|todos los martes|todos los miercoles|todos los jueves|todos los viernes|todos los sabados|todos los domingos|todos los fines de semana|cada dia|cada semana|cada mes|cada manana|cada noche|casi todos|casi todas|a diario|una vez por semana|dos veces por semana|los fines de semana"
)

CALL_WORDS = words(
    "llamar|llamen|llamame|llamada|llamadas|llamarme|me llamen|contesto|localizable|contactar|contactarme|"
    "me contacten|contactenme|me respondan|me avisen|me escriban|contestar|atender|atiendo"
)

TIME_WORDS = words(
    "manana|mananas|mananita|tarde|tardes|noche|noches|mediodia|despues de|antes de|a partir de|fines de semana|horario"
)

REQUEST_WORDS = words(
    "por favor|solo|nunca|que sea|mejor|porfa|de preferencia|preferiblemente|prefiero|no me|no nos|no puedo"
)

PLAN_WORDS = words(
    "plan|tarifa|paquete|abono|suscripcion|membresia|modalidad|contratada la de|contratado el de|seguro|poliza|cuenta|tarjeta|socio|cliente"
)

SELF_WORDS = words("mi|tengo|tenemos|estoy|soy|me|nuestro|nuestra|contratada|contratado|uso|pago")

PLAN = (
    # "Pago 300 megas y me llegan 20": the speed they pay for (not the one they measure).
    rx(
        lead("pago|pagamos|contrate|contratamos|tengo contratad[oa]s?|tengo el plan de|tenemos el plan de")
        + r"\s(?:(?:el|un)\s)?(?:(?:plan|paquete|internet)\s(?:de\s)?)?(?P<v>\d{2,4}\s?(?:megas?|mb|mbps|gigas?|gb))\b"
    ),
    # A change first: "me pasé al Plus", "subí a Oro", "cambiarme al plan Personal", "pasadme a la Premium".
    rx(
        lead(
            "subi|ascendi|me subieron|me pase|me he pasado|me han pasado|me pasaron|me cambie|me he cambiado|"
            "baje|me baje|bajarme|bajar|me he bajado|"
            "cambie|cambiar|cambiarme|pasar|pasarme|subir|subirme|pasadme|pasenme|pasame|paseme|cambiadme|"
            "cambienme|cambiame|cambieme"
        )
        + r"\s(?:(?:de|del|de la)\s(?:plan\s|tarifa\s|pase\s)?[\w+-]{2,20}\s)?(?:al|a la|a)\s"
        + _PLAN_VALUE
    ),
    rx(
        lead(
            "tengo|tenemos|uso|estoy en|estoy con|sigo con|seguimos con|sigo en|tengo contratado|"
            "tengo contratada|contrate|pago|compre|he comprado|me compre|renove|he renovado"
        )
        + r"\s(?:(?:con ustedes|con vosotros|con usted)\s)?(?:el|la|un|una)\s"
        + _PLAN_VALUE
    ),
    rx(lead("categoria|nivel|cliente|socio|socia|miembro|tarjeta|estatus|status") + r"\s(?P<v>" + _TIERS + r")\b"),
    rx(lead(r"mi\s(?:plan|tarifa|categoria|membresia|suscripcion)\ses") + r"\s(?:el\s|la\s)?(?P<v>[\w+-]{2,20})"),
)


# Said just before the vehicle the customer drives (rules/vehicles.py).
VEHICLE_CUES = words(
    "tengo|traigo|manejo|conduzco|compre|me compre|acabo de comprar|tenemos|mi|nuestro|nuestra|mi carro es|mi coche es|mi auto es|mi camioneta es"
)

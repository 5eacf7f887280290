"""Spanish standing instructions: what the customer asks of every later conversation (how to contact them, how to
answer, what to check first).
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import Instruction, alternation, rx
from customer_memory.extraction.rules.languages.es.words import LANGUAGES
from customer_memory.extraction.rules.languages.patterns import lead

_CHANNEL = (
    r"(?:e-?mail|mail|correo(?: electronico)?|whatsapp|whats|guasap|wasap|wsp|sms|mensajes? de texto|telefono|llamadas?|"
    r"telegram|viber|discord|chat|(?:telefono )?fijo|[Ee]-?mail|[Ww]hats[Aa]pp|WhatsApp|SMS|[Tt]elegram|Viber|"
    r"[Dd]iscord)\b"
)

_TIME = (
    r"(?:las?\s)?(?:\d{1,2}(?::\d\d)?(?:\s?h)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
    r"mediodia)(?:\s(?:de la (?:manana|tarde|noche)|am|pm|a\.\s?m\.|p\.\s?m\.|horas|en punto|y media))?"
)

# When they may be contacted: "antes de las nueve", "por las tardes", "entre semana".
_WHEN = (
    r"(?:(?:(?:antes|despues|a partir|mas tarde|luego) de|before|after) " + _TIME + r"|(?:por|en|durante) las? "
    r"(?:mananas?|tardes?|noches?)\b|entre semana\b|(?:los )?fines de semana\b|de lunes a viernes\b)"
)

INSTRUCTIONS = (
    # "escribime x acá, no me llames", "escríbanme por aquí por favor": keep writing here, in this chat.
    Instruction(
        rx(
            lead(
                "escribime|escribeme|escribinos|escribanme|escribame|escribenos|respondeme|respondanme|contestame|"
                "contestenme|mandame mensaje|mandenme mensaje"
            )
            + r"\s(?:(?:siempre|solo|mejor)\s)?(?:x|por)\s(?:aca|aqui|este (?:medio|chat)|el chat|chat)\b"
            r"(?![^.!?\n]{0,60}\?)"
        ),
        "preferred_contact_channel",
        "chat",
    ),
    # "que toda la comunicación sea por correo", "cualquier aviso me llegue por WhatsApp": every message, one channel.
    Instruction(
        rx(
            r"(?i:\b(?:toda la|todas las|toda|cualquier|todo|todos los)\s(?:comunicacion(?:es)?|correspondencia|"
            r"contacto|respuestas?|notificacion(?:es)?|avisos?|novedades)(?:\s(?:que|sea|sean|se haga|se hagan|me "
            r"llegue|me lleguen|vaya|vayan|hech[oa]s?|enviad[oa]s?|solo|solamente|siempre)){0,3}\s(?:por|via|al|a mi)\s"
            r"(?:el\s|mi\s)?)" + _CHANNEL + r"(?![^.!?\n]{0,60}\?)"
        ),
        "preferred_contact_channel",
    ),
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
            r"tramitar|renovar|mandar|venir|pasar|programar|agendar|(?:cualquier|cada|algun|un|una|otro|otra|nuevo|"
            r"nueva)\s(?:cargo|cobro|cambio|compra|visita|pago|gasto|envio|pedido))[a-z]{0,4}\b[^.;!?\n]{0,60}?\b"
            r"(?:(?:me lo|me la|me los|me|lo|que me)\s"
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
            # ("No me llamen al fijo" says how not to.)
            r"(?<!\b[Nn]o )(?<!\b[Nn]unca )"
            + lead(
                "avisen|avisenme|avisame|aviseme|avisadme|me avisen|me aviseis|contactenme|contactame|"
                "confirmenmelo|confirmenmela|confirmemelo|confirmamelo|confirmenme|confirmeme|confirmame|"
                "me lo confirmen|me lo confirme|escribime|contestame|respondeme|"
                "contacteme|contactadme|me contacten|me contacteis|escribanme|escribame|escribeme|escribidme|"
                "me escriban|me escribais|llamenme|llameme|llamame|llamadme|me llamen|me llameis|hablenme|"
                "notifiquenme|me notifiquen|comuniquense conmigo|contestenme|contesteme|contestame|me contesten|"
                "respondanme|respondame|respondeme|me respondan|"
                "me (?:pueden|puede|podrian|podria|podeis|podes) (?:avisar|escribir|contactar|contestar|responder|"
                "notificar|llamar)"
            )
            # ("x" is "por" in a text: "mandame todo x whatsapp", "solo x mail".)
            + r"\s(?:(?:siempre|solo|solamente|mejor|unicamente)\s)?(?:por|x|via|al|a mi|mediante)\s(?:el\s|mi\s)?"
            + _CHANNEL
            + r"|"
            + lead("todo")
            + r"\s[^.;!?\n]{0,60}?\b(?:por|x|al|a mi)\s(?:el\s)?"
            + _CHANNEL
            + r"|"
            + lead("por")
            + r"\s(?:el\s)?"
            + _CHANNEL
            + r",?\s(?:siempre|nomas|nada mas|solamente|unicamente)\b|"
            + lead("solo|siempre|unicamente|solamente|mejor")
            + r"\s(?:por|x|al|via)\s(?:el\s|mi\s)?"
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
            # "…por la mañana: si necesitan hablar conmigo, a partir de las 15:00": when they may, said after.
            + r"(?:[:,]?\s[^.;!?\n]{0,60}?"
            + _WHEN
            + r")?|"
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
    # "Y en euskera si puede ser; si no, en castellano": the language asked for, if possible.
    Instruction(
        rx(
            r"\b(?i:en)\s(?P<v>"
            + alternation(LANGUAGES)
            + r")\b(?:,?\s(?:si puede ser|si es posible|si se puede|preferiblemente|de preferencia|mejor(?=\s?[,.;!\n]|$))|"
            r"\s(?:por favor|porfa)(?!\s\w))\b"
        ),
        "preferred_language",
        fallback=True,
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
    # Adónde va el papeleo: "que todas las facturas se las manden a mi contador", "la boleta mándenmela al correo".
    Instruction(
        rx(
            r"\b(?i:las|todas las|mis|la)\s(?:facturas?|boletas?|recibos?|comprobantes?)\b[^.;!?\n]{0,40}?\b"
            r"(?:se\s(?:las|la|los|lo)\s)?(?:manden|mande|envien|envie|mandar|enviar|lleguen|vayan)\b[^.;!?\n]{0,15}?"
            r"\ba\s(?:mi|nuestro|nuestra)\s[a-z]{3,15}\b|\b(?i:manden|envien|mandenle|envienle)\s(?:todas\s)?(?:las|los)\s"
            r"(?:facturas|boletas|recibos|comprobantes)\b[^.;!?\n]{0,20}?\ba\s(?:mi|nuestro|nuestra)\s[a-z]{3,15}\b|"
            r"\b(?i:la|las|mi|mis)\s(?:boletas?|facturas?|recibos?)\s(?:mandenmelas?|envienmelas?|me las? manden|"
            r"me las? envien|quiero|prefiero)\s(?:(?:siempre|solo)\s)?(?:al correo|por correo|por e-?mail|por mail|"
            r"electronicas?|digitales?)\b"
        ),
        "preferences",
    ),
    # Cómo paga, siempre: "pago en efectivo, como siempre", "siempre pago contra entrega".
    Instruction(
        rx(
            r"\b(?i:pago|pagamos)\s(?:siempre\s)?(?:en efectivo|al contado|contra entrega|contraentrega)\b[^.;!?\n]{0,20}?"
            r"\b(?:siempre|como siempre|de siempre)\b|\b(?i:siempre)\s(?:pago|pagamos)\s(?:en efectivo|contra entrega|"
            r"contraentrega|al contado)\b"
        ),
        "preferences",
    ),
    # "si me explicáis lo que vais a hacer antes de hacerlo, mejor": explicarlo antes.
    Instruction(
        rx(
            r"\b(?i:me)\s(?:explicais|explican|explicas|explique|expliquen|expliques|explica|expliqueis)\s"
            r"(?:lo que|que)\s(?:vais|van|vas|va)\s(?:a\s)?(?:hacer|cambiar|tocar)\s(?:antes|primero)\b"
        ),
        "confirm_before_acting",
    ),
    # "prefiero hablar por teléfono", "lo mejor es llamarme".
    Instruction(
        rx(
            lead("prefiero|preferimos")
            + r"\s(?:hablar|tratar|conversar|resolverlo|resolver las cosas)\s(?:por|al)\s(?:el\s)?"
            + _CHANNEL
            + r"|"
            + lead("lo mejor es|mejor")
            + r"\s(?:llamarme|escribirme|mandarme un (?:correo|mensaje|whatsapp)|que me llamen)\b"
        ),
        "preferred_contact_channel",
    ),
)

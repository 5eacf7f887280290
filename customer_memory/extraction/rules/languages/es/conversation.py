"""Spanish words of the conversation itself: where a value ends, corrections and the past, moods and classification,
the agent's actions, session-only words, summaries.
"""

from __future__ import annotations

from customer_memory.extraction.rules.text import words

CLAUSE_WORDS = frozenset(
    words(
        "y|e|o|u|ni|no|pero|sino|porque|pues|que|como|cuando|donde|mientras|aunque|si|con|sin|para|por|en|a|al|"
        "hacia|desde|hasta|hace|durante|entre|sobre|ahora|ahorita|hoy|ayer|manana|ya|todavia|aun|tambien|tampoco|"
        "siempre|nunca|es|son|esta|estan|estoy|era|fue|tengo|tiene|tienen|soy|vivo|trabajo|gracias|porfa|jaja|"
        "jajaja|jeje|lol|xd|eh|vale|bueno|asi|muy|mas|ese|esa|este|esto|eso|aqui|alli|ahi|aca|alla|antes|despues|"
        "luego|entonces|cerca|junto|lejos|le|les|me|te|se|lo|nos|os|mi|mis|tu|su|sus|llevo|mismo|misma|"
        "actualmente|todo|toda"
    )
)

NOT_VALUES = frozenset(
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
)

CORRECTION = words(
    "no,|perdon|perdona|perdone|mejor dicho|quiero decir|o sea|en realidad|bueno no|no, espera|no espera|"
    "miento|me equivoque|corrijo|rectifico|ay no|me confundi|error mio"
)

PAST = words(
    "solia|soliamos|antes vivia|antes viviamos|antes trabajaba|antes era|antes tenia|antes estaba|ya no|"
    "anteriormente|antiguamente|en el pasado|hasta hace poco|vivia|viviamos|trabajaba|trabajabamos|hace anos|"
    "de joven|de pequeno|de pequena|de nino|de nina|era antes"
)

MOODS = {
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
}

PROBLEM = words(
    "no funciona|no va|no anda|no me deja|no puedo|no consigo|no llega|no llego|no ha llegado|no me llega|"
    "no llegan|roto|rota|averiado|averiada|averia|falla|fallo|error|problema|incidencia|se cae|se me cae|"
    "se corta|se congela|bloqueado|bloqueada|bloquearon|rechazado|rechazada|rechaza|me cobraron|me cobran|"
    "me han cobrado|doble cargo|cobrado dos veces|no he recibido|lento|lenta|sin senal|sin internet|"
    "sin conexion|no carga|se reinicia|se apaga|no enciende|no prende|danado|danada|defectuoso|defectuosa|"
    "equivocado|equivocada|incorrecto|incorrecta|no me devuelven|no me han devuelto|no vuelve|no entra|"
    "estafa|fraude|robado|robada|carisima|carisimo|no reconocido|expiro|caducado"
)

RESOLVED = words(
    "ya funciona|ya va|ya anda|ya entre|ya esta hecho|ya esta hecha|ya volvio|solucionado|solucionada|resuelto|"
    "resuelta|arreglado|arreglada|funciono|ha funcionado|ya me llego|se soluciono|se arreglo|ya quedo|"
    "todo bien|listo ya|listo, ya|ya timbro|parece que va bien|anduvo|ya puedo|pagado|queda resuelto"
)

ESCALATION = words(
    "supervisor|supervisora|encargado|encargada|un humano|una persona real|persona de verdad|"
    "hablar con alguien|hablar con una persona|hablar con un responsable|escalar|escalen|gerente|"
    "atencion humana"
)

COMPLAINT = words(
    "queja|quejarme|reclamacion|reclamo|reclamar|inaceptable|una verguenza|vergonzoso|pesimo servicio|"
    "mal servicio|estafa|timo|abuso|indignante|denunciar|denuncia|hoja de reclamaciones|libro de reclamaciones|"
    "defensa del consumidor|profeco|sernac|indecopi|no hay derecho"
)

POSITIVE = words(
    "gracias|perfecto|genial|excelente|estupendo|muy amable|que alivio|maravilloso|fantastico|de maravilla|"
    "joya|chevere|buenisimo"
)

ACTIONS = words(
    "he|hemos|ya le|ya te|le envio|te envio|le envie|te envie|deje|dejo|queda|quedo|le abono|te abono|"
    "le devuelvo|te devuelvo|le programo|te paso|le paso|registre|reporte|active|cancele|envie|cambie|"
    "actualice|desbloquee|bloquee|amplie|solicite|programe|abri|asigne|reembolse|te la desbloqueo|"
    "se la desbloqueo|la doy de baja|lo doy de baja|acabo de|se ha|se han|ya esta|le abro|te abro|reenvie|devolvi|"
    "corregi|resolvi|configure|restableci|reinicie|tramite|gestione|abone|acredite"
)

SESSION_ONLY = words(
    "pedido|pedidos|numero de pedido|seguimiento|envio|ticket|incidencia|referencia|factura|recibo|reserva|"
    "localizador|folio|radicado|expediente|solicitud|orden|reembolso|devolucion|paquete|hoy|ahora mismo|"
    "en este momento|esta manana|esta tarde|esta noche|ahorita"
)

EPISODE_TEMPLATE = "El cliente planteó: “{topic}”.{action} Resultado: {outcome}."
ACTION_TEMPLATE = " El agente: “{action}”."
ROLLING_TEMPLATE = "El {date} consultó por {topic}; {outcome}."

OUTCOMES = {
    "resolved": "resuelto",
    "open": "sigue abierto",
    "escalated": "derivado a una persona",
    "answered": "respondido",
}

ROLLING_OUTCOMES = {
    "resolved": "se resolvió",
    "open": "quedó pendiente",
    "escalated": "pidió hablar con una persona",
    "answered": "se le respondió",
}

"""The Spanish rules pack: each pattern family with a sentence it must read and a look-alike it must not.

Plain functions, no database: the rules extractor runs in memory.
"""

from __future__ import annotations

import re
import time

import pytest

from customer_memory.extraction import ExtractionInput, ExtractionResult, RulesExtractor, TranscriptLine
from customer_memory.extraction.rules.languages import es


def extract(*customer: str, agent: tuple[str, ...] = ()) -> ExtractionResult:
    lines = [TranscriptLine("customer", text) for text in customer] + [TranscriptLine("agent", t) for t in agent]
    return RulesExtractor().extract(ExtractionInput(lines=lines))


def facts(*customer: str) -> dict[str, str]:
    result = RulesExtractor().extract(ExtractionInput(lines=[TranscriptLine("customer", t) for t in customer]))
    return {f.key: f.value for f in result.facts}


# --- Name ---------------------------------------------------------------------------------------


def test_name_me_llamo():
    assert facts("Hola, me llamo Beatriz Olmedo y necesito ayuda con mi cuenta.")["name"] == "Beatriz Olmedo"


def test_name_me_llamo_is_not_he_called_me():
    assert "name" not in facts("Ayer me llamó Ricardo del servicio técnico y no resolvió nada de nada.")


def test_name_mi_nombre_es_in_lowercase():
    assert facts("mi nombre es julia sanchez y no puedo entrar en la aplicación")["name"] == "Julia Sanchez"


def test_name_soy_after_a_greeting():
    assert facts("Buenas tardes, soy Álvaro Quintana, cliente desde hace años.")["name"] == "Álvaro Quintana"


def test_name_soy_inside_a_clause_is_not_a_name():
    assert "name" not in facts("Como ya soy Premium desde hace años, quiero que me hagan un descuento.")


def test_name_le_habla():
    assert facts("Buenas noches, le habla Rosario Medina, tengo un problema con la factura.")["name"] == (
        "Rosario Medina"
    )


def test_name_te_saluda():
    assert facts("Buenas, te saluda Jimena Ruiz, tengo un problema con mi tarjeta.")["name"] == "Jimena Ruiz"


def test_name_habla_a_language_is_not_a_name():
    assert "name" not in facts("¿Alguien aquí habla Inglés? No entiendo nada de la factura que me llegó.")


# --- Age ----------------------------------------------------------------------------------------


def test_age_in_digits():
    assert facts("Tengo 74 años y el móvil nuevo me cuesta mucho, la verdad.")["age"] == "74"


def test_years_of_experience_are_not_an_age():
    assert "age" not in facts("Tengo 20 años de experiencia en contabilidad y nunca vi una factura así.")


def test_age_in_words():
    assert facts("Tengo setenta y nueve años, así que le pido paciencia con el internet.")["age"] == "79"


def test_a_number_of_children_is_not_an_age():
    assert "age" not in facts("Tengo dos hijos y un perro, y los tres usamos la misma cuenta.")


def test_age_corrected_with_no():
    assert facts("Tengo 52, no, 53 años, ya ni me acuerdo de la edad.")["age"] == "53"


# --- Where they live ----------------------------------------------------------------------------


def test_location_vivo_en():
    assert facts("Vivo en San Sebastián con mi marido y el wifi va fatal desde el lunes.")["location"] == (
        "San Sebastián"
    )


def test_being_somewhere_now_is_not_where_they_live():
    found = facts("Ahora mismo estoy en el aeropuerto de Barajas y no me deja pagar con la tarjeta.")
    assert "location" not in found


def test_moved_to_ends_at_the_place():
    assert facts("Me mudé a Valencia el mes pasado y quiero cambiar la dirección de envío.")["location"] == "Valencia"


def test_moving_to_a_plan_is_not_a_move():
    found = facts("Me cambié a la tarifa Plus el mes pasado y me siguen cobrando la antigua.")
    assert "location" not in found
    assert found["plan"] == "Plus"


def test_hometown_and_location():
    found = facts("Soy de Rosario pero vivo en Córdoba desde hace diez años.")
    assert (found["hometown"], found["location"]) == ("Rosario", "Córdoba")


def test_soy_de_an_opinion_is_not_a_hometown():
    assert "hometown" not in facts("Soy de la opinión de que esto es un abuso, la verdad.")


def test_location_corrected_after_perdon():
    assert facts("Vivo en Mérida... perdón, en Badajoz, que siempre me confundo.")["location"] == "Badajoz"


def test_ya_no_vivo_is_the_past():
    assert facts("Ya no vivo en Toledo, ahora vivo en Madrid con mi hermana.")["location"] == "Madrid"


# --- Family and pets ----------------------------------------------------------------------------


def test_family_with_a_name():
    assert facts("Mi hija Lucía me ayuda con estas cosas porque yo no me entero.")["daughter"] == "Lucía (hija)"


def test_mi_hija_as_an_endearment_is_not_a_daughter():
    assert "daughter" not in facts("Muchas gracias, mi hija, Dios se lo pague, qué paciencia tiene.")


def test_family_name_before_the_relation():
    assert facts("Ramón, mi esposo, se encarga de pagar todas las facturas.")["spouse"] == "Ramón (esposo)"


def test_family_tengo_una_hija_que_se_llama():
    assert facts("Tengo una hija que se llama Marta y vive en Lima desde hace años.")["daughter"] == "Marta (hija)"


def test_marital_status():
    assert facts("Estoy divorciada desde hace tres años y la cuenta estaba a su nombre.")["marital_status"] == (
        "divorciada"
    )


def test_separated_parcels_are_not_a_marital_status():
    assert "marital_status" not in facts("El pedido está separado en dos paquetes y solo me llegó uno.")


def test_children():
    assert facts("Tengo tres hijos y todos usan la misma cuenta de la plataforma.")["children"] == "tres hijos"


def test_pet_with_a_name():
    assert facts("Mi perro Toby se comió el cable del router, ¿me pueden mandar otro?")["pet"] == "Toby (perro)"


def test_a_saying_about_dogs_is_not_a_pet():
    assert "pet" not in facts("Perro que ladra no muerde, dice mi abuela, pero esto ya es demasiado.")


# --- Work ---------------------------------------------------------------------------------------


def test_occupation_soy():
    assert facts("Soy enfermera en el turno de noche y casi nunca puedo atender.")["occupation"] == "enfermera"


def test_occupation_trabajo_como():
    assert facts("Trabajo como conductor de autobús y no tengo tiempo para esperar.")["occupation"] == (
        "conductor de autobús"
    )


def test_being_a_customer_is_not_an_occupation():
    assert "occupation" not in facts("Soy cliente desde 2015 y nunca me había pasado esto con ustedes.")


def test_working_at_night_is_not_an_occupation():
    assert "occupation" not in facts("Trabajo de noche y por eso no contesto el teléfono por la mañana.")


def test_employer():
    assert facts("Trabajo en la Telefónica desde hace años, así que sé de lo que hablo.")["employer"] == "Telefónica"


def test_working_in_a_city_is_not_an_employer():
    assert "employer" not in facts("Trabajo en Madrid pero vivo en Getafe, y el técnico no vino.")


# --- Standing instructions ----------------------------------------------------------------------


def test_pace():
    assert "instruction_pace" in facts("Por favor, explíquemelo despacio y paso a paso, que me pierdo.")


def test_slow_internet_is_not_a_pace():
    assert "instruction_pace" not in facts("El internet va muy despacio desde ayer por la tarde, no se ve nada.")


def test_short_answers():
    assert facts("Respuestas cortas, por favor, que leo todo desde el móvil en el bus.")["response_length"] == "short"


def test_a_short_message_received_is_not_an_instruction():
    assert "response_length" not in facts("Ayer recibí un mensaje corto del banco con un código raro.")


def test_detailed_answers():
    assert facts("Prefiero respuestas detalladas, con todos los pasos explicados.")["response_length"] == "detailed"


def test_confirm_before_acting():
    assert "confirm_before_acting" in facts("Antes de cobrarme nada, pregúntenme siempre, que luego hay sorpresas.")


def test_before_calling_is_not_a_confirmation():
    assert "confirm_before_acting" not in facts("Antes de llamar revisé el router y estaba todo encendido.")


def test_contact_channel():
    assert facts("Prefiero que me escriban por WhatsApp, las llamadas no las cojo.")["preferred_contact_channel"] == (
        "WhatsApp"
    )


def test_a_whatsapp_received_is_not_a_channel():
    assert "preferred_contact_channel" not in facts("Me llegó un WhatsApp raro de un número desconocido.")


def test_contact_channel_in_spanish_words():
    assert facts("Mejor llámenme por teléfono, los mensajes no los veo bien.")["preferred_contact_channel"] == (
        "teléfono"
    )


def test_contact_hours():
    assert "nueve" in facts("No me llamen antes de las nueve de la mañana, por favor.")["contact_hours"]


def test_a_call_yesterday_afternoon_is_not_contact_hours():
    assert "contact_hours" not in facts("Me llamaron ayer por la tarde y no pude contestar a tiempo.")


def test_preferred_language():
    assert facts("Por favor, háblenme en inglés, mi español no es muy bueno.")["preferred_language"] == "English"


def test_speaking_a_language_once_is_not_a_preference():
    assert "preferred_language" not in facts("Hablé en inglés con el técnico ayer y no me entendió.")


def test_tone_formal():
    assert facts("Le ruego que me trate de usted, por favor.")["tone_preference"] == "formal"


def test_usted_alone_is_not_a_tone():
    assert "tone_preference" not in facts("Usted me dijo que hoy llegaba el técnico y no vino nadie.")


def test_tone_informal():
    assert facts("Puedes tutearme, no pasa nada, así es más fácil.")["tone_preference"] == "informal"


# --- Preferences, accessibility, devices, plans -------------------------------------------------


def test_preference():
    assert facts("Prefiero el asiento de ventanilla en los vuelos largos.")["preferences"] == "asiento de ventanilla"


def test_preferring_not_to_say_is_not_a_preference():
    assert "preferences" not in facts("Prefiero no decirlo, si no le importa.")


def test_habitual_preference():
    assert facts("Yo siempre pido pasillo cuando vuelo con ustedes.")["preferences"] == "pasillo"


def test_likes_and_dislikes():
    assert facts("Me encanta el ciclismo de montaña.")["likes"] == "ciclismo de montaña"
    assert facts("Odio las llamadas comerciales a la hora de la siesta.")["dislikes"] == "llamadas comerciales"


def test_disliking_being_addressed_informally_is_a_tone_not_a_dislike():
    found = facts("Trátenme de usted, no me gusta nada el tuteo de estas aplicaciones.")
    assert "dislikes" not in found
    assert found["tone_preference"] == "formal"


def test_dietary_and_allergies():
    assert facts("Soy vegetariana desde hace años, el menú con carne no me sirve.")["dietary"] == "vegetariana"
    assert facts("Soy alérgico a los frutos secos, revisen bien el pedido.")["allergies"] == "frutos secos"


def test_habit():
    assert "todas las mañanas" in facts("Salgo a correr todas las mañanas antes del trabajo.")["habit"]


def test_accessibility():
    assert facts("Soy sordo y prefiero que todo sea por escrito.")["accessibility"] == "Soy sordo"


def test_deafening_music_is_not_accessibility():
    assert "accessibility" not in facts("Mi hijo pone la música tan alta que me va a dejar sordo.")


def test_device():
    assert facts("Tengo un Samsung Galaxy S23 y no carga desde la actualización.")["device"] == "Samsung Galaxy S23"


def test_a_device_asked_about_is_not_owned():
    assert "device" not in facts("¿Venden el Samsung Galaxy S23 en color negro?")


def test_plan():
    assert facts("Tengo el plan Fibra 600 desde enero y va peor que el anterior.")["plan"] == "Fibra 600"


def test_asking_about_plans_is_not_a_plan():
    assert "plan" not in facts("¿Qué plan me recomiendan para una familia de cuatro?")


def test_plan_changed_in_the_same_message():
    assert facts("Tengo el Básico... no, espera, me pasé al Plus en julio.")["plan"] == "Plus"


# --- Session-only, mood, summaries --------------------------------------------------------------


def test_order_numbers_are_never_kept():
    found = facts("Mi número de pedido es 48213 y vivo en Lugo, ¿dónde está el paquete?")
    assert found["location"] == "Lugo"
    assert not any("48213" in value for value in found.values())


def test_mood_and_an_open_problem():
    result = extract("Estoy harto, el router no funciona otra vez y nadie me ayuda.")
    assert result.mood == "frustrated"
    assert result.classification.unresolved_issue == 1


def test_resolved_problem():
    result = extract("El router no funciona desde ayer por la tarde.", "Ya funciona, muchas gracias por todo.")
    assert result.classification.positive_resolution == 1


def test_episode_and_rolling_summary_in_spanish():
    result = extract(
        "Hola, no me llega la factura de este mes al correo.",
        "Perfecto, ya me llegó, muchas gracias.",
        agent=("Le he reenviado la factura a su correo electrónico ahora mismo.",),
    )
    assert result.episode_summary.startswith("El cliente planteó: “")
    assert "El agente: “Le he reenviado la factura" in result.episode_summary
    assert result.episode_summary.endswith("Resultado: resuelto.")
    assert "consultó por “" in result.summary
    assert result.summary.endswith("; se resolvió.")
    assert re.fullmatch(r"[^.]*“[^”]*”[^.]*\.", result.summary)  # one sentence


# --- Patterns run in linear time ----------------------------------------------------------------


def _patterns():
    pack = es.PACK
    groups = ("name", "age", "location", "moved", "hometown", "relation", "marital", "children", "pet")
    groups += ("occupation", "employer", "device", "plan", "accessibility")
    for group in groups:
        yield from getattr(pack, group)
    yield from (instruction.pattern for instruction in pack.instructions)
    yield from (pattern for pattern, _ in pack.preferences)


@pytest.mark.parametrize(
    "text",
    ["a " * 10_000, "Aa " * 6_000, "1" * 20_000, "de " * 6_000, "soy Ana de " * 1_800, "me llamo, no, " * 1_400],
)
def test_patterns_are_linear(text):
    for pattern in _patterns():
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        assert time.perf_counter() - started < 0.5, pattern.pattern[:80]


# --- Studies and employers named plainly ------------------------------------------------------------


def test_studies_make_a_student_of_the_field():
    assert facts("Estudio Enfermería en la universidad y el horario de la piscina me viene fatal.")["occupation"] == (
        "estudiante de Enfermería"
    )


def test_studying_a_case_is_not_an_occupation():
    assert "occupation" not in facts("Estudio el caso con mi marido y les digo algo mañana, gracias.")


def test_employer_with_and_in_its_name():
    assert facts("Soy contadora en el despacho Leal y Asociados, aquí en Guadalajara.")["employer"] == (
        "Leal y Asociados"
    )


def test_employer_after_a_bare_en():
    assert facts("Trabajo en Acindar y ayer cobramos el sueldo, por eso fui al cajero.")["employer"] == "Acindar"


def test_working_in_a_city_after_a_bare_en_is_not_an_employer():
    assert "employer" not in facts("Trabajo en Madrid pero vivo en las afueras, en un pueblo pequeño.")


def test_employer_named_before_donde_trabajo():
    assert facts("Tengo el seguro por medio de Deloitte, donde trabajo de contador.")["employer"] == "Deloitte"


def test_a_name_said_on_its_own_after_the_greeting():
    assert facts("Hola. Marta Quiroga Vidal. Me cobraron dos veces el mismo mes.")["name"] == "Marta Quiroga Vidal"


def test_buenos_dias_in_capitals_is_not_a_name():
    assert "name" not in facts("Buenos Días. Tengo un problema con la factura de este mes.")


def test_working_from_home_as_a_job():
    assert facts("Trabajo desde casa como traductora y el internet se cae cada rato.")["occupation"] == "traductora"


def test_a_known_city_they_moved_to():
    assert facts("Ya nos cambiamos a Guadalajara y necesito actualizar el domicilio.")["location"] == "Guadalajara"


def test_a_known_city_said_before_vivo():
    assert facts("En Bogotá, vivo aquí hace diez años aunque soy de Pasto.")["location"] == "Bogotá"


def test_a_city_on_a_trip_is_not_where_they_live():
    assert "location" not in facts("Estoy de viaje, vivo la semana en un hotel en Sevilla por trabajo.")


def test_a_plan_named_after_tarifa():
    assert facts("Tengo la tarifa Fibra Total y desde el martes va fatal.")["plan"] == "Fibra Total"


def test_a_question_about_a_tarifa_is_not_having_it():
    assert "plan" not in facts("¿Mi hermana puede pasarse a la tarifa Fibra Total?")


def test_the_city_said_with_the_name():
    assert facts("Hola, soy la Francisca Soto, de Viña del Mar. Tengo un problema.")["location"] == "Viña del Mar"


def test_a_capitalised_plan_word_is_part_of_the_plan_name():
    assert (
        facts("Soy Jordi Puig, cliente vuestro con la Tarifa Noche en mi piso de Valencia.")["plan"] == "Tarifa Noche"
    )


def test_an_order_code_after_a_plan_word_is_not_a_plan():
    assert "plan" not in facts("Mi cuenta DH-2291847 no funciona desde ayer.")


def test_a_routine_said_with_how_often():
    assert "viernes" in facts("Es que pido casi todos los viernes a la noche para mí y mi novio.")["habit"]


def test_a_fault_every_evening_is_not_a_routine():
    assert "habit" not in facts("La fibra se cae todas las noches a las ocho y nadie me ayuda.")


def test_more_trades_are_jobs():
    assert facts("oye, soy manicurista y todo el día tengo las manos ocupadas")["occupation"] == "manicurista"


def test_when_to_call_asked_for():
    assert "mañanita" in facts("Y si me van a llamar, que sea por la mañanita, antes del mediodía.")["contact_hours"]


# --- Canal de contacto: "contéstenme por correo", "me pueden avisar por WhatsApp", la respuesta al agente -----


def _conversation(*turns: tuple[str, str]) -> dict[str, str]:
    lines = [TranscriptLine(role, text) for role, text in turns]
    return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_channel_contestenme_por_correo():
    said = facts("Sigo sin recibir el reembolso. Contéstenme por correo, que en la obra no tengo señal.")
    assert said["preferred_contact_channel"] == "correo"


def test_channel_me_pueden_avisar_por_whatsapp():
    said = facts("Se me volvió a cortar el agua. ¿Me pueden avisar por WhatsApp cuando vuelva?")
    assert said["preferred_contact_channel"] == "WhatsApp"


def test_channel_por_correo_siempre():
    assert facts("Y los recibos por correo siempre, por favor.")["preferred_contact_channel"] == "correo"


def test_channel_they_wrote_to_me_is_not_a_preference():
    assert "preferred_contact_channel" not in facts("Ayer me escribieron por WhatsApp para confirmar la cita.")


def test_channel_answered_to_the_agents_question():
    said = _conversation(
        ("customer", "Quiero reclamar por el cobro doble de este mes."),
        ("agent", "¿Prefiere que le avisemos por llamada o por correo?"),
        ("customer", "Correo nomás, que trabajo de noche."),
    )
    assert said["preferred_contact_channel"] == "correo"


def test_channel_answer_without_the_question_is_not_a_preference():
    said = _conversation(
        ("customer", "Quiero reclamar por el cobro doble de este mes."),
        ("agent", "Claro, ya lo reviso."),
        ("customer", "El correo que me mandaron decía otra cosa."),
    )
    assert "preferred_contact_channel" not in said


# --- Dónde vive: el barrio y la ciudad de la dirección que da ---------------------------------------------


def test_location_from_the_address_the_agent_asked_for():
    said = _conversation(
        ("customer", "Buenas, se me cortó el internet otra vez."),
        ("agent", "Lo siento. ¿Me indica la dirección de la instalación?"),
        ("customer", "Calle Los Jazmines 418, dpto 3B, San Borja, Lima. Desde el lunes estamos sin señal."),
    )
    assert said["location"] == "San Borja, Lima"


def test_a_hotel_address_is_not_where_they_live():
    said = _conversation(
        ("customer", "Quiero que me manden el cargador que olvidé."),
        ("agent", "Claro. ¿A qué dirección se lo enviamos?"),
        ("customer", "Estoy de viaje, al hotel: Avenida del Mar 120, Mazatlán."),
    )
    assert "location" not in said


# --- Familiares con nombre: "mis hijas Regina y Sofía", "mi mamá, la señora Ximena" -----------------------


def test_relatives_two_names_after_the_plural():
    assert facts("Mis hijos Tomás y Bruno usan la tablet por las tardes.")["son"] == "Tomás, Bruno (hijos)"


def test_relative_named_with_a_title():
    assert facts("Vivo con mi suegra, la señora Amparo, que ya no sale de casa.")["mother_in_law"] == (
        "Amparo (suegra)"
    )


def test_relatives_without_names_are_not_named():
    said = facts("Mis hijos viven en Valencia y casi no vienen.")
    assert "son" not in said
    assert "location" not in said


def test_name_answering_con_quien_tengo_el_gusto():
    said = _conversation(
        ("agent", "Buenas tardes, le atiende Mariela. ¿Con quién tengo el gusto?"),
        ("customer", "Con Eusebio Mamani Condori."),
    )
    assert said["name"] == "Eusebio Mamani Condori"


def test_con_a_place_is_not_a_name():
    said = _conversation(
        ("agent", "¿Con quién tengo el gusto?"),
        ("customer", "Con mucho gusto le cuento, pero primero quiero saber el estado del reclamo."),
    )
    assert "name" not in said


def test_occupation_soy_artesano():
    assert facts("Soy artesano desde hace treinta años y vendo mis piezas en línea.")["occupation"] == "artesano"


def test_artisan_goods_are_not_an_occupation():
    assert "occupation" not in facts("Vendo artesanías que compro en el mercado.")


def test_plan_the_speed_they_pay_for():
    assert facts("Pago 300 megas y me llegan 20, así no se puede trabajar.")["plan"] == "300 megas"


def test_plan_the_speed_they_measure_is_not_a_plan():
    assert "plan" not in facts("El test de velocidad me da 20 megas nomás.")


# --- Instrucciones guardadas como preferencias: adónde van las facturas, cómo paga ------------------------


def test_invoices_to_my_accountant():
    said = facts("Les pido que todas las facturas se las manden a mi contadora, no a mí.")
    assert "contadora" in said["preferences"]


def test_bill_by_email_not_on_paper():
    assert "correo" in facts("Las boletas mándenmelas al correo, que el cartero las pierde.")["preferences"]


def test_an_invoice_they_sent_is_no_instruction():
    assert "preferences" not in facts("La factura que me mandaron a mi casa venía mal.")


def test_pay_cash_as_always():
    assert "efectivo" in facts("Pago en efectivo, como siempre, al repartidor.")["preferences"]


def test_location_answering_sigue_en():
    said = _conversation(
        ("customer", "Quiero actualizar mis datos."),
        ("agent", "Claro. ¿Sigue usted en Cusco?"),
        ("customer", "Sí, en Wanchaq."),
    )
    assert said["location"] == "Wanchaq"


def test_a_place_said_without_the_question_is_not_home():
    said = _conversation(
        ("customer", "Quiero actualizar mis datos."),
        ("agent", "¿Qué dato quiere cambiar?"),
        ("customer", "Sí, en Wanchaq perdí la tarjeta."),
    )
    assert "location" not in said


def test_location_a_known_place_name_that_goes_on():
    assert facts("Vivo aquí en San Bartolo Coyotepec desde niña.")["location"] == "San Bartolo Coyotepec"


def test_age_in_words_with_y_un():
    assert facts("Tengo setenta y un años y no entiendo la aplicación.")["age"] == "71"


def test_pet_named_es_el_breed():
    assert facts("Rocky es el beagle y come muchísimo.")["pet"] == "Rocky (beagle)"


def test_a_person_es_el_is_not_a_pet():
    assert "pet" not in facts("Marcos es el encargado de la tienda.")


def test_no_me_manden_promociones():
    assert facts("Por favor no me manden promociones por correo.")["dislikes"] == "promociones"


def test_explicar_antes_de_hacer():
    said = facts("Me dan miedo los dentistas, así que si me explican lo que van a hacer antes, mejor.")
    assert "confirm_before_acting" in said


def test_explicar_lo_que_hicieron_is_no_instruction():
    assert "confirm_before_acting" not in facts("¿Me explican lo que hicieron ayer con mi cuenta?")


def test_channel_prefiero_hablar_por_telefono():
    said = facts("Prefiero hablar por teléfono, no me llevo bien con los correos.")
    assert said["preferred_contact_channel"] == "teléfono"


def test_x_for_por_names_the_channel():
    assert facts("mandame todo x whatsapp que el mail no lo abro")["preferred_contact_channel"] == "WhatsApp"


def test_llameme_al_fijo_is_the_phone():
    assert facts("Llámeme al fijo, que el móvil no lo oigo.")["preferred_contact_channel"] == "teléfono"


def test_a_bill_of_the_landline_is_no_channel():
    assert "preferred_contact_channel" not in facts("tengo 2 x 3 cargos en la factura del fijo")


def test_respuestas_hora_de_llamar_e_hijo():
    said = _conversation(
        ("agent", "¿Cómo se llama su hijo?"),
        ("customer", "Thiago."),
        ("agent", "¿Y a qué hora la podemos llamar?"),
        ("customer", "Después de las siete de la noche, de día estoy con los turistas."),
    )
    assert said["son"] == "Thiago (hijo)"
    assert said["contact_hours"].startswith("Después de las siete")


def test_respuestas_que_no_son_hechos():
    said = _conversation(
        ("agent", "¿Qué idioma le interesa?"),
        ("customer", "Inglés, para el trabajo."),
        ("agent", "¿Es alérgico a algún medicamento?"),
        ("customer", "No, a ninguno."),
    )
    assert "preferred_language" not in said
    assert "allergies" not in said


def test_canal_confirmenmelo_por_correo_no_el_fijo_y_respuestas():
    said = facts("Avísenme con un día de antelación y confírmenmelo por correo. No me llamen al fijo, que no lo uso.")
    assert said["preferred_contact_channel"] == "correo"
    said = _conversation(
        ("agent", "¿Cómo preferís que te avisemos?"),
        ("customer", "escribime por discord, el mail no lo miro nunca."),
    )
    assert said["preferred_contact_channel"] == "Discord"
    said = _conversation(
        ("customer", "Quería hacer la declaración de la renta con ustedes."),
        ("agent", "¿Por dónde le mandamos el borrador?"),
        ("customer", "Al correo."),
    )
    assert said["preferred_contact_channel"] == "correo"


def test_canal_no_me_llamen_no_es_telefono():
    assert facts("No me llamen al fijo, que no lo uso.").get("preferred_contact_channel") != "teléfono"


def test_lugar_respondido_con_barrio_y_mudanza_hipotetica():
    said = _conversation(
        ("customer", "Quiero inscribirme en el curso de inglés."),
        ("agent", "¿En qué distrito vive?"),
        ("customer", "Wanchaq, aquí en Cusco. Si me sale el trabajo en Lima quizá me mudo, pero no sé."),
    )
    assert "Cusco" in said["location"]
    said = _conversation(
        ("customer", "Una de las sillas vino rajada."),
        ("agent", "Para la silla de reemplazo, ¿sigue en Centro Habana?"),
        ("customer", "no ya estoy en el Vedado"),
    )
    assert said["location"] == "Vedado"
    assert "location" not in facts("Si me sale el trabajo en Lima quizá me mudo.")


def test_en_bilbao_respondido_es_donde_vive_no_un_nombre():
    said = _conversation(
        ("agent", "Gestoría Renta Fácil, le atiende Marcos. ¿Nombre completo?"),
        ("customer", "Íñigo Etxeberria."),
        ("agent", "¿Dónde tiene la residencia?"),
        ("customer", "En Bilbao."),
    )
    assert said["name"] == "Íñigo Etxeberria"
    assert said["location"] == "Bilbao"


def test_trabajo_por_cuenta_ajena_en_empresa_de_oficio():
    said = facts("Desde enero ya no soy autónomo: trabajo por cuenta ajena en Petronor, de fontanero de mantenimiento.")
    assert said["employer"] == "Petronor"
    assert said["occupation"] == "fontanero de mantenimiento"
    assert "occupation" not in facts("Ya no soy autónomo desde enero.")


def test_horario_no_me_llamen_a_la_manana():
    said = facts("y mandame todo x whatsapp. y no me llamen a la mañana que laburo en la panaderia de 6 a 14")
    assert "mañana" in said["contact_hours"]
    assert "contact_hours" not in facts("No me llamaron en toda la mañana, qué desastre.")


def test_pase_de_temporada_y_cambio_de_pase():
    assert facts("che compré el pase de temporada Oro y no me aparecen las gemas")["plan"] == "Oro"
    assert facts("y al final me pasé al pase Diamante")["plan"] == "Diamante"
    assert "plan" not in facts("si me devuelven la plata capaz me compro el pase Diamante jaja")


def test_movilidad_problemas_de_rodilla():
    said = facts("no es un cuarto piso sin elevador y yo tengo problemas de rodilla asi que que me la suban ellos")
    assert "rodilla" in said["accessibility"]
    assert "accessibility" not in facts("Mi vecino tuvo problemas con la rodilla del sofá.")


def test_idioma_si_puede_ser_y_avisar_antes_de_mandar_a_nadie():
    assert facts("Al correo. Y en euskera si puede ser; si no, en castellano.")["preferred_language"] == "Euskera"
    assert "preferred_language" not in facts("El folleto venía en inglés, por favor revísenlo.")
    said = facts("Antes de mandar a nadie avísenme siempre con un día de antelación.")
    assert "confirm_before_acting" in said
    assert "confirm_before_acting" not in facts("Antes de mandar el paquete me llegó un aviso.")


def test_mi_vieja_silvana_edad_respondida_y_jubilado_de():
    assert facts("tengo 16 pero la cuenta la paga mi vieja, Silvana.")["mother"] == "Silvana (vieja)"
    said = _conversation(
        ("customer", "Quiero matricularme en el curso de inglés."),
        ("agent", "¿Y usted qué edad tiene, para el grupo de adultos?"),
        ("customer", "Cuarenta y cuatro."),
    )
    assert said["age"] == "44"
    said = _conversation(
        ("customer", "Quiero matricular a mi hijo."),
        ("agent", "¿Qué edad tiene su hijo?"),
        ("customer", "Doce."),
    )
    assert "age" not in said
    assert "employer" not in facts("Soy jubilado de Renfe desde hace años.")


def test_direccion_leida_por_el_agente_y_confirmada():
    said = _conversation(
        ("customer", "No me llegó el paquete."),
        ("agent", "Claro. ¿La dirección es en Coyoacán, CDMX?"),
        ("customer", "sí, Coyoacán. la guía es 7788123400"),
    )
    assert said["location"].startswith("Coyoacán")
    said = _conversation(
        ("customer", "Tengo una fuga en el baño."),
        ("agent", "¿Sigue usted viviendo en Triana?"),
        ("customer", "Sí, en Triana, en la calle Betis, toda la vida."),
    )
    assert said["location"] == "Triana"
    said = _conversation(
        ("customer", "No me llegó el paquete."),
        ("agent", "¿La dirección es en Coyoacán, CDMX?"),
        ("customer", "No, ahora estoy de viaje, mándelo a la oficina."),
    )
    assert "location" not in said


def test_de_lugar_que_es_donde_vivo():
    said = facts("Ayer tuve un golpe en un aparcamiento de Alcalá de Henares, que es donde vivo, y quisiera dar parte.")
    assert said["location"] == "Alcalá de Henares"
    assert "location" not in facts("Tuve un golpe en un aparcamiento de Alcalá de Henares, donde trabajo.")


def test_fui_maestro_toda_la_vida():
    assert (
        facts("Fui maestro de primaria toda la vida, pero de tecnología nada.")["occupation"] == "maestro de primaria"
    )
    assert "occupation" not in facts("Fui cliente de ustedes toda la vida.")


def test_escribeme_por_whats_y_horario_en_varias_clausulas():
    assert facts("oye y mejor escríbeme por whats, soy manicurista")["preferred_contact_channel"] == "WhatsApp"
    said = facts(
        "Gracias por todo lo de hoy. Y si me van a llamar a este número, que sea por la mañanita, antes del mediodía, "
        "que en la tarde ya no contesto nunca."
    )
    assert "mediodía" in said["contact_hours"]


def test_bajarme_del_plan_y_seguro_contratado_con_ustedes():
    assert facts("Quiero bajarme del plan Black al plan Smart.")["plan"] == "Smart"
    said = facts("Tengo contratado con ustedes el seguro Hogar Plus para el piso.")
    assert said["plan"].startswith("Hogar Plus")
    assert "plan" not in facts("Quiero bajar a Madrid el sábado.")


def test_mi_senora_florencia_y_mis_gemelas():
    assert facts("Viajamos tres: yo, mi señora Florencia y nuestra hija Juana.")["spouse"] == "Florencia (señora)"
    assert "spouse" not in facts("Buenas tardes señora, mi señora madre está enferma.")


def test_necesidad_de_acceso_respondida():
    said = _conversation(
        ("customer", "Quiero pedir cita para renovar el carné."),
        ("agent", "¿Tiene alguna dificultad en la vista que debamos saber?"),
        ("customer", "Cataratas. Me operaron del ojo izquierdo el año pasado."),
    )
    assert said["accessibility"] == "Cataratas"
    said = _conversation(
        ("customer", "Quiero pedir cita para renovar el carné."),
        ("agent", "¿Tiene alguna dificultad en la vista que debamos saber?"),
        ("customer", "No, ninguna."),
    )
    assert "accessibility" not in said


def test_eleccion_fija_respondida_con_siempre():
    said = _conversation(
        ("customer", "Quiero inscribirme en el curso."),
        ("agent", "¿Clases presenciales o virtuales?"),
        ("customer", "Virtuales, siempre."),
    )
    assert said["preferences"] == "Virtuales, siempre"


def test_hijos_a_cargo_respondido_con_un_numero():
    said = _conversation(
        ("agent", "¿Declaración individual o conjunta?"),
        ("customer", "Conjunta, con mi mujer, Amaia."),
        ("agent", "¿Hijos a cargo?"),
        ("customer", "Dos. Unai y Ane."),
    )
    assert said["children"] == "Dos (hijos)"
    said = _conversation(
        ("customer", "Quiero reservar una mesa."),
        ("agent", "¿Cuántas personas, vienen con niños?"),
        ("customer", "Dos adultos."),
    )
    assert "children" not in said


def test_no_me_llamen_por_la_manana_y_cuando_si():
    said = facts(
        "porfa no me llaméis por la mañana que estoy siempre reunida, si tenéis que llamar que sea a partir de las 4 de la tarde"
    )
    assert said["contact_hours"].endswith("a partir de las 4 de la tarde")
    said = facts("No me llamen por la mañana, que duermo.")
    assert said["contact_hours"] == "No me llamen por la mañana"


def test_viuda_desde_que_murio_mi_esposo():
    assert facts("Vivo sola desde que murió mi esposo.")["marital_status"] == "viuda"
    assert "marital_status" not in facts("El esposo de mi vecina murió el año pasado.")


def test_nombre_respondido_y_despues_la_direccion():
    said = _conversation(
        ("customer", "hola no me llega la factura"),
        ("agent", "¡Hola! ¿Me decís tu nombre y la dirección?"),
        ("customer", "lucia barrionuevo, san lorenzo 420 nueva cordoba"),
    )
    assert said["name"] == "Lucia Barrionuevo"
    said = _conversation(
        ("customer", "hola no me llega el pedido"),
        ("agent", "Gracias. ¿Nombre?"),
        ("customer", "rodrigo palacios"),
    )
    assert said["name"] == "Rodrigo Palacios"
    said = _conversation(
        ("customer", "Quiero agregar a mi hijo al plan."),
        ("agent", "Claro. ¿Cómo se llama su hijo?"),
        ("customer", "tomas herrera"),
    )
    assert said.get("name") != "Tomas Herrera"


def test_toda_la_comunicacion_por_correo():
    said = facts("Les pido que toda la comunicación sea por correo electrónico, trabajo en turnos.")
    assert "preferred_contact_channel" in said
    assert "preferred_contact_channel" not in facts("¿Toda la comunicación es por correo ahora?")


def test_soy_oficio_en_empleador():
    assert facts("Soy enfermera en Clínica Alemana y me cambiaron el turno.")["employer"] == "Clínica Alemana"
    assert "employer" not in facts("Soy profesora en Santiago hace años y nunca tuve problemas.")


def test_escribime_por_aca():
    assert facts("dale, escribime x acá no me llames que estoy en la obra")["preferred_contact_channel"] == "chat"
    assert "preferred_contact_channel" not in facts("¿me escribís por acá cuando llegue?")

"""The Portuguese rules pack (Brazil and Portugal): each pattern family with a sentence it must read and a
look-alike it must not.

Plain functions, no database: the rules extractor runs in memory.
"""

from __future__ import annotations

import re
import time

import pytest

from customer_memory.extraction import ExtractionInput, ExtractionResult, RulesExtractor, TranscriptLine
from customer_memory.extraction.rules.languages import pt


def extract(*customer: str, agent: tuple[str, ...] = ()) -> ExtractionResult:
    lines = [TranscriptLine("customer", text) for text in customer] + [TranscriptLine("agent", t) for t in agent]
    return RulesExtractor().extract(ExtractionInput(lines=lines))


def facts(*customer: str) -> dict[str, str]:
    result = RulesExtractor().extract(ExtractionInput(lines=[TranscriptLine("customer", t) for t in customer]))
    return {f.key: f.value for f in result.facts}


# --- Name ---------------------------------------------------------------------------------------


def test_name_o_meu_nome_e():
    assert facts("Olá, o meu nome é Joana Ribeiro e preciso de ajuda com a minha conta.")["name"] == "Joana Ribeiro"


def test_name_meu_nome_e_in_lowercase():
    assert facts("Oi, meu nome é carlos eduardo e não consigo entrar no aplicativo.")["name"] == "Carlos Eduardo"


def test_name_me_chamo_and_chamo_me():
    assert facts("Me chamo Rita e moro em Niterói há pouco tempo.")["name"] == "Rita"
    assert facts("Chamo-me Rui, vivo no Funchal e a box não liga.")["name"] == "Rui"


def test_being_called_by_someone_is_not_a_name():
    assert "name" not in facts("Ontem me chamou um técnico e não resolveu nada do problema.")


def test_name_sou_a():
    assert facts("Bom dia, sou a Fernanda Lima, cliente há muitos anos.")["name"] == "Fernanda Lima"


def test_sou_inside_a_clause_is_not_a_name():
    assert "name" not in facts("Como eu sou Premium há anos, quero um desconto na mensalidade.")


def test_name_aqui_e_and_x_aqui():
    assert facts("Boa tarde, aqui é o seu Jorge, da padaria da esquina.")["name"] == "Jorge"
    assert facts("Oi, Paulo aqui. O boleto deste mês não chegou.")["name"] == "Paulo"


def test_and_someone_is_not_a_name():
    assert "name" not in facts("Ah, e o Tareco veio comigo para a casa nova, claro.")


def test_asking_a_company_is_not_a_name():
    assert "name" not in facts("Boa tarde, é a Vodafone? Preciso de ajuda com a fatura.")


# --- Age ----------------------------------------------------------------------------------------


def test_age_in_digits():
    assert facts("Tenho 67 anos e o telemóvel novo confunde-me muito.")["age"] == "67"


def test_years_in_a_job_are_not_an_age():
    assert "age" not in facts("Tenho 15 anos de casa nesta empresa e nunca vi isto acontecer.")


def test_age_in_words():
    assert facts("Tenho oitenta e dois anos, então tenha paciência comigo, por favor.")["age"] == "82"


def test_a_number_of_children_is_not_an_age():
    assert "age" not in facts("Tenho dois filhos e uma cadela, e todos usamos a mesma conta.")


def test_age_corrected_with_nao():
    assert facts("Tenho 52, não, 53 anos, já nem me lembro da idade.")["age"] == "53"


# --- Where they live ----------------------------------------------------------------------------


def test_location_moro_em():
    assert facts("Moro em Belo Horizonte com a minha esposa e a internet cai toda hora.")["location"] == (
        "Belo Horizonte"
    )


def test_being_somewhere_now_is_not_where_they_live():
    assert "location" not in facts("Agora estou no aeroporto de Guarulhos e o cartão não passa.")


def test_moved_to_ends_at_the_place():
    assert facts("Me mudei para Florianópolis semana passada e quero mudar o endereço.")["location"] == (
        "Florianópolis"
    )


def test_moving_to_a_plan_is_not_a_move():
    found = facts("Mudei para o plano Controle no mês passado e continuam cobrando o antigo.")
    assert "location" not in found
    assert found["plan"] == "Controle"


def test_hometown_and_location():
    found = facts("Sou de Recife mas moro em São Paulo há dez anos.")
    assert (found["hometown"], found["location"]) == ("Recife", "São Paulo")


def test_sou_da_opiniao_is_not_a_hometown():
    assert "hometown" not in facts("Sou da opinião de que isso é um absurdo total.")


def test_location_corrected_after_desculpa():
    assert facts("Moro em Olinda... desculpa, em Paulista, sempre confundo.")["location"] == "Paulista"


def test_ja_nao_moro_is_the_past():
    assert facts("Já não moro em Braga, agora moro no Porto com a minha irmã.")["location"] == "Porto"


# --- Family and pets ----------------------------------------------------------------------------


def test_family_with_a_name():
    assert facts("Minha filha Ana me ajuda com essas coisas de celular.")["daughter"] == "Ana (filha)"


def test_meu_filho_as_an_endearment_is_not_a_son():
    assert "son" not in facts("Obrigada, meu filho, Deus te abençoe pela paciência.")


def test_family_chama_se_and_name_first():
    assert facts("A minha mãe chama-se Fátima e vive comigo.")["mother"] == "Fátima (mãe)"
    assert facts("Luís, o meu marido, é que trata das contas.")["spouse"] == "Luís (marido)"


def test_family_tenho_uma_filha_chamada():
    assert facts("Tenho uma filha chamada Beatriz que mora em Lisboa.")["daughter"] == "Beatriz (filha)"


def test_marital_status():
    assert facts("Sou divorciada há três anos e a conta estava no nome dele.")["marital_status"] == "divorciada"


def test_separated_parcels_are_not_a_marital_status():
    assert "marital_status" not in facts("O pedido veio separado em duas caixas e só chegou uma.")


def test_children():
    assert facts("Temos três filhos e todos usam a mesma conta da plataforma.")["children"] == "três filhos"


def test_pet_with_a_name():
    assert facts("Meu cachorro Thor roeu o cabo do carregador novo.")["pet"] == "Thor (cachorro)"
    assert facts("O meu gato, o Tareco, roeu o carregador outra vez.")["pet"] == "Tareco (gato)"


def test_a_saying_about_dogs_is_not_a_pet():
    assert "pet" not in facts("Cachorro que late não morde, já dizia a minha avó.")


# --- Work ---------------------------------------------------------------------------------------


def test_occupation_sou():
    assert facts("Sou enfermeira no turno da noite e quase nunca posso atender.")["occupation"] == "enfermeira"


def test_occupation_retired_portugal():
    assert facts("Sou médico reformado e agora tenho tempo para estas coisas.")["occupation"] == "médico reformado"


def test_occupation_trabalho_como():
    assert facts("Trabalho como motorista de ônibus e não tenho tempo para esperar.")["occupation"] == (
        "motorista de ônibus"
    )


def test_being_a_customer_is_not_an_occupation():
    assert "occupation" not in facts("Sou cliente desde 2015 e nunca tinha acontecido isto.")


def test_employer():
    assert facts("Trabalho na Petrobras há anos, então sei do que estou falando.")["employer"] == "Petrobras"


def test_working_in_a_city_is_not_an_employer():
    assert "employer" not in facts("Trabalho em Lisboa mas moro em Almada, e o técnico não apareceu.")


def test_employer_after_a_job():
    assert facts("Agora sou chef no hotel Pestana Palace, em Lisboa.")["employer"] == "Pestana Palace"


# --- Standing instructions ----------------------------------------------------------------------


def test_pace():
    assert "instruction_pace" in facts("Vai devagar comigo, um passo de cada vez, tá bom?")


def test_slow_internet_is_not_a_pace():
    assert "instruction_pace" not in facts("A internet está mais devagar desde ontem, não dá para ver um vídeo.")


def test_short_answers():
    assert facts("Respostas curtas, por favor, que leio tudo no celular.")["response_length"] == "short"


def test_a_short_message_received_is_not_an_instruction():
    assert "response_length" not in facts("Recebi uma mensagem curta do banco com um código estranho.")


def test_detailed_answers():
    assert facts("Pode me explicar em detalhe o que aconteceu da próxima vez?")["response_length"] == "detailed"


def test_confirm_before_acting():
    assert "confirm_before_acting" in facts("Antes de me cobrar qualquer coisa, me perguntem sempre, por favor.")


def test_before_calling_is_not_a_confirmation():
    assert "confirm_before_acting" not in facts("Antes de ligar, reiniciei o router e estava tudo aceso.")


def test_contact_channel():
    assert facts("Manda pelo WhatsApp, por favor, e-mail eu nunca olho.")["preferred_contact_channel"] == "WhatsApp"


def test_a_message_then_a_channel_is_that_channel():
    found = facts("Prefiro que me mandem mensagem pelo WhatsApp, ligação eu não atendo.")
    assert found["preferred_contact_channel"] == "WhatsApp"


def test_always_a_text_message():
    found = facts("Não adianta me ligar que eu não escuto. Manda mensagem, por favor, sempre mensagem.")
    assert found["preferred_contact_channel"] == "SMS"


def test_a_whatsapp_received_is_not_a_channel():
    assert "preferred_contact_channel" not in facts("Recebi um WhatsApp estranho de um número desconhecido.")


def test_contact_hours():
    assert "10h" in facts("Peço que não me liguem antes das 10h, trabalho por turnos.")["contact_hours"]


def test_a_call_yesterday_afternoon_is_not_contact_hours():
    assert "contact_hours" not in facts("Me ligaram ontem à tarde e eu não consegui atender a tempo.")


def test_preferred_language():
    assert facts("Por favor, fale comigo em inglês, o meu português não é muito bom.")["preferred_language"] == (
        "English"
    )


def test_tone_formal():
    assert facts("Peço desde já que me tratem por senhor e com alguma formalidade.")["tone_preference"] == "formal"


def test_senhor_alone_is_not_a_tone():
    assert "tone_preference" not in facts("O senhor disse que o técnico vinha hoje e ninguém veio.")


def test_tone_informal():
    assert facts("Pode me tratar por você, sem problema nenhum.")["tone_preference"] == "informal"


# --- Preferences, accessibility, devices, plans -------------------------------------------------


def test_habitual_preference():
    assert facts("Eu sempre calço 42, pedi 42 e veio 40.")["preferences"] == "42"


def test_preferring_not_to_say_is_not_a_preference():
    assert "preferences" not in facts("Prefiro não dizer, se não se importa.")


def test_likes_and_dislikes():
    assert facts("Adoro ciclismo de montanha, por isso comprei o relógio.")["likes"] == "ciclismo de montanha"
    assert facts("Odeio ligações de telemarketing na hora do almoço.")["dislikes"] == "ligações de telemarketing"


def test_dietary_and_allergies():
    assert facts("Sou vegetariana há anos, então o menu com carne não serve.")["dietary"] == "vegetariana"
    assert facts("Sou alérgico a amendoim, verifiquem bem o pedido.")["allergies"] == "amendoim"


def test_habit():
    assert "todo dia" in facts("Eu corro todo dia às 6 da manhã antes do trabalho.")["habit"]


def test_accessibility():
    assert "auditivo" in facts("Tenho 74 anos e uso aparelho auditivo, não escuto o telefone.")["accessibility"]


def test_deafening_music_is_not_accessibility():
    assert "accessibility" not in facts("Meu filho ouve música tão alta que vou ficar surdo.")


def test_device():
    assert facts("Tenho um Samsung Galaxy S23 e ele não carrega desde a atualização.")["device"] == (
        "Samsung Galaxy S23"
    )


def test_a_device_asked_about_is_not_owned():
    assert "device" not in facts("Vocês vendem o Samsung Galaxy S23 na cor preta?")


def test_plan():
    assert facts("Tenho o plano Fibra 1 Giga desde janeiro e está pior.")["plan"] == "Fibra 1 Giga"


def test_asking_about_plans_is_not_a_plan():
    assert "plan" not in facts("Que plano vocês recomendam para uma família de quatro?")


def test_plan_tier_upgrade():
    assert facts("Subi para a categoria Gold no mês passado, mas o app não mostra.")["plan"] == "Gold"


# --- Session-only, mood, summaries --------------------------------------------------------------


def test_order_numbers_are_never_kept():
    found = facts("O número do meu pedido é 48213 e moro em Maringá, onde está a encomenda?")
    assert found["location"] == "Maringá"
    assert not any("48213" in value for value in found.values())


def test_mood_and_an_open_problem():
    result = extract("Estou farto, a internet não funciona outra vez e ninguém resolve.")
    assert result.mood == "frustrated"
    assert result.classification.unresolved_issue == 1


def test_resolved_problem():
    result = extract("A box não liga desde ontem à noite.", "Já funciona, muito obrigado pela ajuda.")
    assert result.classification.positive_resolution == 1


def test_episode_and_rolling_summary_in_portuguese():
    result = extract(
        "Olá, a fatura deste mês não chegou no meu e-mail.",
        "Pronto, já chegou, muito obrigada.",
        agent=("Reenviei a fatura para o seu e-mail agora mesmo.",),
    )
    assert result.episode_summary.startswith("O cliente relatou: “")
    assert "O atendente: “Reenviei a fatura" in result.episode_summary
    assert result.episode_summary.endswith("Resultado: resolvido.")
    assert "pediu ajuda com “" in result.summary
    assert result.summary.endswith("; foi resolvido.")
    assert re.fullmatch(r"[^.]*“[^”]*”[^.]*\.", result.summary)  # one sentence


# --- Patterns run in linear time ----------------------------------------------------------------


def _patterns():
    pack = pt.PACK
    groups = ("name", "age", "location", "moved", "hometown", "relation", "marital", "children", "pet")
    groups += ("occupation", "employer", "device", "plan", "accessibility")
    for group in groups:
        yield from getattr(pack, group)
    yield from (instruction.pattern for instruction in pack.instructions)
    yield from (pattern for pattern, _ in pack.preferences)


@pytest.mark.parametrize(
    "text",
    ["a " * 10_000, "Aa " * 6_000, "1" * 20_000, "de " * 6_000, "sou o Rui da " * 1_500, "moro em, não, " * 1_400],
)
def test_patterns_are_linear(text):
    for pattern in _patterns():
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        assert time.perf_counter() - started < 0.5, pattern.pattern[:80]


# --- Studies and employers named plainly ------------------------------------------------------------


def test_studies_make_a_student_of_the_field():
    assert facts("Moro em Ribeirão Preto e faço medicina na USP, por isso corro cedo.")["occupation"] == (
        "estudante de medicina"
    )


def test_doing_something_else_is_not_studying():
    assert "occupation" not in facts("Faço questão de pagar em dia, então quero entender essa cobrança.")


def test_employer_after_a_bare_em():
    assert facts("Trabalho em Embraer faz dez anos e preciso do comprovante.")["employer"] == "Embraer"


def test_working_in_a_city_after_a_bare_em_is_not_an_employer():
    assert "employer" not in facts("Trabalho em Lisboa mas moro na margem sul, em Almada.")


def test_employer_named_before_onde_trabalho():
    assert facts("O plano vem pela Natura, onde trabalho há cinco anos.")["employer"] == "Natura"


def test_working_from_home_as_a_job():
    assert facts("Trabalho a partir de casa como programadora e a fibra cai toda hora.")["occupation"] == (
        "programadora"
    )


def test_working_from_home_alone_is_not_a_job():
    assert "occupation" not in facts("Trabalho a partir de casa e a fibra cai toda hora.")


def test_a_known_city_said_with_aqui_em():
    assert facts("Moro com a minha namorada, no Batel, aqui em Curitiba.")["location"] == "Curitiba"


def test_a_city_on_holiday_is_not_where_they_live():
    assert "location" not in facts("Estou de férias e moro num hotel em Lisboa até domingo.")


def test_a_bandwidth_plan():
    assert facts("minha internet cai toda hora, plano de 500 mega e não chega nem a 100")["plan"] == "500 mega"


def test_a_question_about_a_plan_is_not_having_it():
    assert "plan" not in facts("Meu filho quer saber: o plano Premium tem desconto?")


def test_call_me_when_you_need_me_is_the_channel():
    assert facts("Olha, quando precisar falar comigo, me liga, viu?")["preferred_contact_channel"] == "telefone"


def test_call_me_tomorrow_is_not_a_standing_channel():
    assert "preferred_contact_channel" not in facts("Me liga amanhã às dez para confirmar a entrega.")


def test_a_street_is_not_the_location_the_town_after_it_is():
    assert facts("Moro na Rua António Augusto Gonçalves, em Santa Clara.")["location"] == "Santa Clara"


def test_a_routine_said_with_how_often_without_a_pronoun():
    assert "almoço" in facts("peço almoço quase todo dia útil aqui no escritório")["habit"]


def test_when_to_call_asked_for():
    assert "manhã" in facts("Sim, liguem para o telefone fixo, e sempre de manhã, por favor.")["contact_hours"]


# --- Canal de contacto: "prefiro ser contactada por e-mail", "podem mandar pelo WhatsApp", "telefonem sempre" --


def _conversation(*turns: tuple[str, str]) -> dict[str, str]:
    lines = [TranscriptLine(role, text) for role, text in turns]
    return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_channel_prefiro_ser_contactada_por_email():
    said = facts("Prefiro ser contactado por e-mail, estou sempre em reuniões.")
    assert said["preferred_contact_channel"] == "email"
    assert "preferences" not in said


def test_channel_podem_mandar_pelo_whatsapp():
    said = facts("O boleto não chegou. Podem mandar pelo WhatsApp neste número mesmo?")
    assert said["preferred_contact_channel"] == "WhatsApp"


def test_channel_telefonem_sempre():
    assert facts("Não leio mensagens, telefonem sempre.")["preferred_contact_channel"] == "telefone"


def test_channel_call_me_after_ten_is_an_hour_not_a_channel():
    assert "preferred_contact_channel" not in facts("Liguem sempre depois das 10, de manhã estou a dormir.")


def test_channel_answered_to_the_best_contact_question():
    said = _conversation(
        ("customer", "Tenho uma compra no cartão que não reconheço."),
        ("agent", "Vamos verificar. Qual o melhor contacto para lhe darmos resposta?"),
        ("customer", "Mandem e-mail, ao telefone não consigo atender no trabalho."),
    )
    assert said["preferred_contact_channel"] == "email"


def test_channel_said_in_passing_is_not_a_preference():
    said = _conversation(
        ("customer", "Tenho uma compra no cartão que não reconheço."),
        ("agent", "Vamos verificar. Recebeu algum SMS do banco?"),
        ("customer", "Recebi um e-mail estranho ontem."),
    )
    assert "preferred_contact_channel" not in said


# --- Onde mora: o bairro e a cidade da morada que dá ---------------------------------------------------


def test_location_from_the_address_past_the_floor():
    said = _conversation(
        ("customer", "Boa tarde, preciso da segunda via da fatura."),
        ("agent", "Com certeza. Qual é a sua morada?"),
        ("customer", "Rua do Carmo, 15, terceiro andar. Em Viseu, perto do mercado."),
    )
    assert said["location"] == "Viseu"


def test_location_from_the_address_with_the_district():
    said = _conversation(
        ("customer", "A internet caiu de novo."),
        ("agent", "Pode confirmar o endereço da instalação?"),
        ("customer", "Avenida Boa Viagem 3200, ap 1201, Pina, Recife."),
    )
    assert said["location"] == "Pina, Recife"


def test_an_address_of_a_relative_is_not_where_they_live():
    said = _conversation(
        ("customer", "Quero enviar um presente."),
        ("agent", "Qual o endereço de entrega?"),
        ("customer", "É a casa da minha mãe, Rua Augusta 90, Lisboa."),
    )
    assert "location" not in said


# --- Familiares com nome: "meus filhos Davi e Lucas", "a minha esposa, a Dona Esperança" ----------------


def test_relatives_two_names_after_the_plural():
    assert facts("As minhas filhas Clara e Beatriz também usam a conta.")["daughter"] == "Clara, Beatriz (filhas)"


def test_relative_named_with_a_title():
    assert facts("A minha sogra, a Dona Fátima, mora connosco.")["mother_in_law"] == "Fátima (sogra)"


def test_relatives_without_names_are_not_named():
    assert "son" not in facts("Os meus filhos moram no Porto e vêm cá pouco.")


def test_name_answering_nome_do_titular_before_the_address():
    said = _conversation(
        ("customer", "A internet está lenta desde ontem."),
        ("agent", "Pode confirmar o nome do titular e o endereço?"),
        ("customer", "Bruna Tavares Quintela, Rua das Flores 88, Centro, Natal."),
    )
    assert said["name"] == "Bruna Tavares Quintela"
    assert said["location"] == "Centro, Natal"


def test_occupation_sou_artesa():
    assert facts("Sou artesã há vinte anos, vendo as peças pela internet.")["occupation"] == "artesã"


def test_plan_the_speed_they_pay_for():
    assert facts("Pago 300 mega e no teste dá 30, assim não dá.")["plan"] == "300 mega"


def test_plan_the_speed_they_measure_is_not_a_plan():
    assert "plan" not in facts("No speedtest deu só 40 mega hoje de manhã.")


# --- Instruções guardadas como preferências: para onde vão as faturas, como paga -------------------------


def test_invoices_to_my_accountant():
    said = facts("Peço que as faturas sejam enviadas também para o meu contabilista.")
    assert "contabilista" in said["preferences"]


def test_invoices_to_a_named_doctor():
    assert "Dr. Paulo" in facts("As faturas continuam a ir para o Dr. Paulo Reis.")["preferences"]


def test_pay_cash_as_always_keeps_the_payment_not_the_delivery():
    assert facts("Pago na entrega, em dinheiro, como sempre.")["preferences"] == "Em dinheiro, como sempre"


def test_paying_cash_once_is_no_preference():
    assert "preferences" not in facts("Ontem paguei em dinheiro ao estafeta.")


def test_location_answering_ainda_vive_em():
    said = _conversation(
        ("customer", "Tenho um débito que não reconheço."),
        ("agent", "Confirma que ainda vive em Matola?"),
        ("customer", "Não, já estou na Machava há dois anos."),
    )
    assert said["location"] == "Machava"


def test_age_in_words_with_e_um():
    assert facts("Eu tenho setenta e um anos e não percebo nada disto.")["age"] == "71"


def test_sou_cadeirante():
    assert facts("Sou cadeirante, preciso de um carro com porta-malas grande.")["accessibility"] == "Sou cadeirante"


def test_nao_me_mandem_promocoes():
    assert facts("Não me mandem mais promoções por SMS, por favor.")["dislikes"] == "promoções"


def test_parent_of_two_sons():
    said = facts("Bom dia, sou a Carla Menezes, mãe do Tiago e do Rafael, do 5º ano.")
    assert said["son"] == "Tiago, Rafael"


def test_parent_of_a_daughter():
    assert facts("Boa tarde, é o Jorge Lima, pai da Inês, do 3º ano.")["daughter"] == "Inês"


def test_someone_elses_parent_is_not_a_child_of_the_customer():
    said = facts("Falei ontem com o pai do Pedro sobre a excursão da turma.")
    assert "son" not in said


def test_explicar_antes_de_fazer():
    assert "confirm_before_acting" in facts("Por favor expliquem-me o que vão fazer antes, fico nervosa.")


def test_channel_o_melhor_e_me_mandar_no_whatsapp():
    assert facts("O melhor é me mandar mensagem no WhatsApp.")["preferred_contact_channel"] == "WhatsApp"


def test_channel_o_melhor_e_ligar_para_a_loja_is_no_preference():
    assert "preferred_contact_channel" not in facts("O melhor é ligar para a loja amanhã de manhã.")


def test_channel_prefiro_falar_ao_telefone():
    assert facts("Podem me ligar, prefiro falar ao telefone.")["preferred_contact_channel"] == "telefone"


def test_a_lowercase_model_number_stays_with_the_brand():
    assert facts("meu celular é um redmi note13 e o app não abre")["device"] == "redmi note13"


def test_falem_comigo_pelo_canal_is_the_channel():
    said = facts("Mudei de ideia: prefiro que falem comigo pelo Telegram, o e-mail vive cheio")
    assert said["preferred_contact_channel"] == "Telegram"


def test_asking_which_channel_they_use_is_no_channel():
    assert "preferred_contact_channel" not in facts("Vocês falam comigo pelo WhatsApp ou por e-mail?")


def test_prefiro_que_me_liguem_at_a_time_is_the_contact_hours_not_the_channel():
    said = facts("prefiro que me liguem ao fim do dia, depois das seis")
    assert "preferred_contact_channel" not in said
    assert "seis" in said["contact_hours"]


def test_prefiro_que_me_liguem_alone_is_still_the_phone():
    assert facts("prefiro que me liguem, não leio e-mail")["preferred_contact_channel"] == "telefone"


def test_escrevam_me_em_uma_lingua_is_the_preferred_language():
    assert facts("Respondam-me sempre em inglês, por favor.")["preferred_language"] == "English"


def test_asking_if_they_write_in_a_language_is_no_preference():
    assert "preferred_language" not in facts("Vocês escrevem em português?")


def test_respostas_alergia_e_local_de_trabalho():
    said = _conversation(
        ("agent", "Você tem alergia a algum medicamento?"),
        ("customer", "dipirona"),
        ("agent", "Há alguém em casa para o técnico?"),
        ("customer", "A minha mãe está sempre em casa. Eu trabalho no hotel."),
        ("agent", "Qual hotel?"),
        ("customer", "Hotel Praia Mar. Sou rececionista."),
    )
    assert said["allergies"] == "dipirona"
    assert said["employer"] == "Hotel Praia Mar"


def test_respostas_negativas_nao_sao_fatos():
    said = _conversation(
        ("agent", "Tem alergia a algum medicamento?"),
        ("customer", "Não, nenhuma."),
        ("agent", "Qual hotel?"),
        ("customer", "Hotel Praia Mar."),
    )
    assert "allergies" not in said
    assert "employer" not in said


def test_canal_me_respondam_pelo_whats_e_manda_sms_primeiro():
    said = facts("sou enfermeira de plantão, então só me respondam por aqui pelo whats")
    assert said["preferred_contact_channel"] == "WhatsApp"
    assert (
        facts("Para mim, mas manda SMS primeiro, no trabalho não posso atender.")["preferred_contact_channel"] == "SMS"
    )
    said = _conversation(
        ("agent", "Posso te avisar por ligação quando chegar?"),
        ("customer", "manda msg no zap, ligação eu não escuto direito"),
    )
    assert said["preferred_contact_channel"] == "WhatsApp"


def test_canal_mandar_um_documento_ou_pergunta_nao_e_canal():
    assert "preferred_contact_channel" not in facts("me manda o boleto por email?")
    assert "preferred_contact_channel" not in facts("vocês me respondem pelo whats?")


def test_morada_na_assinatura_da_carta():
    carta = (
        "Exmos. Senhores,\n\nO meu neto diz que não devia mandar isto por email, mas pronto.\n\n"
        "Com os melhores cumprimentos,\nJoaquim Alves Ferreira\nRua do Almada, 211, 2.º Esq.\n4050-038 Porto"
    )
    assert facts(carta)["location"] == "Porto"
    assert "location" not in facts("Talvez eu me mude para Lisboa no ano que vem.")


def test_corrigindo_um_numero_nao_corrige_o_nome():
    said = facts("Sou o Marcelo Kenji Tanaka e instalei o sistema de 8 kWp — corrigindo: são 8,6 kWp.")
    assert said["name"] == "Marcelo Kenji Tanaka"


def test_assinatura_com_inicial_cargo_e_organizacao_em_linhas():
    carta = (
        "Prezados,\n\nSou o Marcelo Kenji Tanaka e instalei com vocês o sistema.\n\nAtenciosamente,\n"
        "Marcelo K. Tanaka\nEngenheiro Agrônomo\nCooperativa Agroverde\nRod. SP-107, km 24 – Holambra/SP"
    )
    said = facts(carta)
    assert said["occupation"].lower() == "engenheiro agrônomo"
    assert said["employer"] == "Cooperativa Agroverde"


def test_rececionista_e_o_trabalho_na_empresa():
    assert facts("Hotel Praia Mar. Sou rececionista.")["occupation"] == "rececionista"
    said = facts("Uso todos os dias para ir para o trabalho na Fidelidade, no Marquês.")
    assert said["employer"] == "Fidelidade"
    assert "employer" not in facts("Vou a pé para o trabalho na Rua Augusta.")
    assert "occupation" not in facts("Já não sou professora há dois anos.")


def test_horario_numa_frase_longa_e_contacto_telefonico():
    said = facts(
        "moro em Campinas, sou enfermeira no Hospital Vera Cruz, trabalho de plantão, então só me respondam por "
        "aqui pelo whats e de preferência de manhã"
    )
    assert said["contact_hours"].endswith("de manhã")
    said = facts("Como trabalho a tempo inteiro, qualquer contacto telefónico só depois das 18h.")
    assert "18h" in said["contact_hours"]
    assert "contact_hours" not in facts("Ligaram-me de manhã e não atendi.")


def test_passe_anual_e_mudanca_para_o_mensal():
    assert facts("Tenho o passe anual, uso todos os dias.")["plan"] == "anual"
    assert facts("Passei do passe anual para o passe mensal.")["plan"] == "mensal"
    assert "plan" not in facts("Quanto custa o passe anual?")


def test_mobilidade_problemas_no_joelho():
    assert "joelho" in facts("Moro num terceiro andar e tenho problemas no joelho.")["accessibility"]
    assert "accessibility" not in facts("A minha mãe teve um problema no joelho da cadeira.")


def test_antes_de_qualquer_cobranca_me_consultem():
    assert "confirm_before_acting" in facts("Antes de qualquer cobrança extra, me consultem.")
    assert "confirm_before_acting" not in facts("Antes de qualquer cobrança, o sistema envia um email.")


def test_reformado_da_empresa_e_assinatura_apos_cumprimentos():
    assert "employer" not in facts("Sou reformado da CP, trabalhei 38 anos como maquinista.")
    carta = "Exmos. Senhores,\n\nVenho pedir ajuda com o IRS.\n\nCom os melhores cumprimentos,\nJoaquim Alves Ferreira"
    assert facts(carta)["name"] == "Joaquim Alves Ferreira"


def test_endereco_lido_pelo_agente_e_confirmado():
    said = _conversation(
        ("customer", "Quero incluir meu marido no plano."),
        ("agent", "Combinado, WhatsApp. O endereço continua em Belo Horizonte, bairro Savassi?"),
        ("customer", "Sim, Savassi. Meu marido também é dependente no plano."),
    )
    assert said["location"] == "Belo Horizonte"


def test_a_de_braga_e_onde_moramos():
    assert facts("A de Braga, sim, é onde moramos.")["location"] == "Braga"
    assert "location" not in facts("A de Braga, sim, é onde trabalhamos.")


def test_fui_costureira_a_vida_toda_e_trabalhei_como():
    assert facts("tenho sessenta e seis anos e fui costureira a vida toda")["occupation"] == "costureira"
    assert facts("Sou reformado, trabalhei 38 anos como maquinista.")["occupation"] in ("maquinista", "reformado")
    assert "occupation" not in facts("Fui cliente a vida toda desta loja.")


def test_tratem_tudo_comigo_por_email_e_me_atendam_por_chat():
    said = facts("Está bem. E por favor tratem tudo comigo por email, raramente consigo atender o telefone.")
    assert said["preferred_contact_channel"] == "email"
    said = facts("Olá. Sou surda, então por favor só me atendam por chat ou mensagem, nunca por ligação.")
    assert said["preferred_contact_channel"] == "chat"
    assert "preferred_contact_channel" not in facts("Vocês tratam tudo comigo por email?")


def test_passei_a_gold_e_seguro_convosco():
    assert facts("Passei a Gold no Miles&Go esta semana.")["plan"] == "Gold"
    assert facts("Tenho convosco o seguro Lar Essencial para o apartamento.")["plan"].startswith("Lar Essencial")
    assert "plan" not in facts("Passei a tarde toda ao telefone.")


def test_nome_do_pet_respondido():
    said = _conversation(
        ("customer", "Quero um seguro para o meu pet."),
        ("agent", "E o nome do pet?"),
        ("customer", "Paçoca. É uma vira-lata caramelo, tem sete anos."),
    )
    assert said["pet"] == "Paçoca"
    said = _conversation(
        ("customer", "Quero um seguro para o meu pet."),
        ("agent", "E o nome do pet?"),
        ("customer", "ainda não escolhemos, é filhote"),
    )
    assert "pet" not in said


def test_minhas_gemeas_alice_e_helena():
    said = facts("Preciso autorizar uma consulta para as minhas gêmeas, Alice e Helena, estão com febre")
    assert said["daughter"] == "Alice, Helena (gêmeas)"
    assert "daughter" not in facts("As gêmeas da vizinha, Alice e Helena, vieram cá.")


def test_uso_aparelho_no_ouvido():
    assert "aparelho" in facts("Mas fala alto que eu uso aparelho no ouvido")["accessibility"]
    assert "accessibility" not in facts("O aparelho novo chegou ontem.")


def test_escolha_fixa_respondida_com_sempre():
    said = _conversation(
        ("customer", "oi queria saber se vcs tem o remédio"),
        ("agent", "Quer entrega ou retira na loja?"),
        ("customer", "retiro na loja da av sete sempre"),
    )
    assert said["preferences"] == "Retiro na loja da av sete sempre"


def test_me_manda_msg_por_aqui_e_chat():
    said = facts("ah e qq coisa me manda msg por aqui msm, não atendo ligação de número desconhecido")
    assert said["preferred_contact_channel"] == "chat"
    said = facts("então só me respondam por aqui pelo whats e de preferência de manhã")
    assert said["preferred_contact_channel"] == "WhatsApp"
    assert "preferred_contact_channel" not in facts("vocês me mandam msg por aqui quando chegar?")


def test_viuva_e_homem_casado():
    assert facts("o meu neto é que me ajuda com tudo desde que o meu marido faleceu.")["marital_status"] == "viúva"
    assert facts("Tenho novidades: agora sou um homem casado.")["marital_status"] == "casado"
    assert "marital_status" not in facts("O marido da vizinha faleceu no ano passado.")


def test_qualquer_contacto_por_email():
    said = facts("Solicito que qualquer contacto seja feito por e-mail, estou sempre em obra.")
    assert "preferred_contact_channel" in said
    said = facts("Peço que as respostas sejam enviadas para este e-mail, por favor.")
    assert "preferred_contact_channel" in said
    assert "preferred_contact_channel" not in facts("Qualquer contacto por e-mail chega a tempo?")


def test_nome_com_particula_entre_dois_nomes():
    said = facts("Bom dia, sou a Ana dos Reis Moura e tenho uma dúvida sobre a fatura.")
    assert said["name"] == "Ana dos Reis Moura"
    said = facts("Bom dia, sou o João do Porto, tenho uma dúvida sobre a fatura.")
    assert said["name"] == "João"


def test_canal_respondido_entre_telefone_ou_carta():
    said = _conversation(
        ("customer", "Recebi uma fatura muito alta."),
        ("agent", "Vamos rever. Prefere que o contactemos por telefone ou por carta?"),
        ("customer", "Por carta, que eu não ouço bem o telefone."),
    )
    assert said["preferred_contact_channel"]
    said = _conversation(
        ("customer", "Recebi uma fatura muito alta."),
        ("agent", "Quer ver a carta ou o resumo?"),
        ("customer", "O resumo chega."),
    )
    assert "preferred_contact_channel" not in said


def test_telemovel_respondido():
    said = _conversation(
        ("customer", "Os dados acabam muito depressa."),
        ("agent", "Vou verificar. Que telemóvel usa?"),
        ("customer", "Um Infinix Hot 30, comprei este ano."),
    )
    assert said["device"] == "Infinix Hot 30"
    said = _conversation(
        ("customer", "Os dados acabam muito depressa."),
        ("agent", "Vou verificar. Que telemóvel usa?"),
        ("customer", "Não sei bem, é um antigo."),
    )
    assert "device" not in said


def test_sou_profissao_no_empregador():
    assert facts("Sou enfermeira no Santa Maria há dez anos.")["employer"] == "Santa Maria"
    assert "employer" not in facts("Sou professor em Braga há muitos anos.")


def test_assinatura_com_titulo_feminino():
    said = facts(
        "Boa tarde,\n\nEnvio a fatura da consulta.\n\nAtenciosamente,\nDra. Beatriz Lunda\n"
        "Médica Dentista – Clínica Sorriso\nLuanda"
    )
    assert said["name"] == "Beatriz Lunda"
    said = facts("Boa tarde,\n\nA consulta foi com a Dra. Beatriz Lunda e o reembolso não chegou.\n\nObrigado")
    assert "name" not in said


def test_resposta_de_forma_objetiva():
    assert facts("Uma nota: respondam-me de forma breve, sem textos longos.")["response_length"] == "short"
    assert "response_length" not in facts("O técnico explicou de forma objetiva?")


def test_eu_era_profissao():
    assert facts("Explique com calma, eu era enfermeira mas isto da internet não é comigo.")["occupation"] == (
        "enfermeira"
    )
    assert "occupation" not in facts("Quando eu era estudante morava em Coimbra.")

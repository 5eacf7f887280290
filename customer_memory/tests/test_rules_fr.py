"""The French language pack: each pattern family with one thing it must find and one look-alike it must not.

Plain functions, no database: the rules extractor is pure.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from customer_memory.extraction import ExtractionInput, RulesExtractor, TranscriptLine
from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.languages import fr


def facts(*customer: str) -> dict[str, str]:
    result = RulesExtractor().extract(ExtractionInput(lines=[TranscriptLine("customer", t) for t in customer]))
    return {f.key: f.value for f in result.facts}


def extract(*customer: str, agent: tuple[str, ...] = (), when: datetime | None = None):
    lines = [TranscriptLine("customer", t) for t in customer] + [TranscriptLine("agent", t) for t in agent]
    return RulesExtractor().extract(ExtractionInput(lines=lines, when=when))


# --- Positive: what each family finds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "key", "value"),
    [
        # name: every usual self-introduction
        ("Bonjour, je m'appelle Maëlle Caron et j'ai un souci de facture.", "name", "Maëlle Caron"),
        ("Mon nom est Rousseau, Denis Rousseau.", "name", "Rousseau"),
        ("Bonsoir, ici Pascal Fournier, je vous écris pour mon compteur.", "name", "Pascal Fournier"),
        ("Salut, c'est Yasmine Cherif, la box ne redémarre plus.", "name", "Yasmine Cherif"),
        ("Coucou, moi c'est Théo, j'ai une question.", "name", "Théo"),
        ("Bonjour. Je suis Odile Marchand, cliente depuis dix ans.", "name", "Odile Marchand"),
        ("Bonjour, Chantal Perrin à l'appareil, je rappelle pour mon dossier.", "name", "Chantal Perrin"),
        ("Bonjour, Madame Blanc, Huguette Blanc.", "name", "Huguette Blanc"),
        ("Bonjour, Kevin Lopez. Le terminal affiche une erreur.", "name", "Kevin Lopez"),
        # age: digits and words, French compounds
        ("J'ai 58 ans et je n'y comprends rien.", "age", "58"),
        ("J'ai quatre-vingt-sept ans, soyez indulgent.", "age", "87"),
        ("J'ai soixante et onze ans depuis hier.", "age", "71"),
        ("Je vais avoir quatre-vingt-dix ans en mai.", "age", "90"),
        # location, moves, hometown
        ("J'habite à Clermont-Ferrand depuis peu.", "location", "Clermont-Ferrand"),
        ("Nous vivons en Bretagne, près de la mer.", "location", "Bretagne"),
        ("Je viens de déménager à Annecy avec les enfants.", "location", "Annecy"),
        ("Je suis originaire de Perpignan mais je n'y vis plus.", "hometown", "Perpignan"),
        # family with a name
        ("Ma petite-fille Inès m'a installé l'application.", "granddaughter", "Inès (petite-fille)"),
        ("C'est mon gendre, Farid, qui s'occupe des papiers.", "son_in_law", "Farid (gendre)"),
        ("Mon épouse Sylvie a le même forfait.", "spouse", "Sylvie (épouse)"),
        ("Je suis veuf depuis que ma Jeanne est partie.", "spouse", "Jeanne (veuf)"),
        ("Je suis divorcée.", "marital_status", "divorcée"),
        ("J'ai deux enfants en bas âge.", "children", "deux enfants"),
        # pets
        ("Mon chat Pacha a mordu le câble.", "pet", "Pacha (chat)"),
        ("On a un labrador, Réglisse, qui aboie au facteur.", "pet", "Réglisse (labrador)"),
        # occupation and employer
        ("Je suis pharmacienne, je travaille de nuit.", "occupation", "pharmacienne"),
        ("Je travaille comme agent de sécurité.", "occupation", "agent de sécurité"),
        ("Je suis ingénieure chez Airbus à Toulouse.", "employer", "Airbus"),
        ("Je travaille pour la Société Générale depuis 2019.", "employer", "Société Générale"),
        ("J'ai quitté la Poste et je suis maintenant chez Decathlon.", "employer", "Decathlon"),
        # instructions, one key each
        ("Expliquez-moi ça tout doucement, s'il vous plaît.", "instruction_pace", "Expliquez-moi ça tout doucement"),
        ("On fait pas à pas, je suis perdue.", "instruction_pace", "Pas à pas"),
        ("Soyez brefs, je lis sur mon téléphone.", "response_length", "short (court)"),
        ("Je veux des explications détaillées, pas le script.", "response_length", "detailed (détaillé)"),
        (
            "Demandez-moi toujours mon accord avant un prélèvement.",
            "confirm_before_acting",
            "Demandez-moi toujours mon accord",
        ),
        ("Écrivez-moi plutôt par SMS, je ne décroche jamais.", "preferred_contact_channel", "SMS"),
        ("Contactez-moi uniquement par e-mail.", "preferred_contact_channel", "email"),
        ("Ne m'appelez pas avant 9h, je dors.", "contact_hours", "Ne m'appelez pas avant 9h"),
        ("Je préférerais parler en espagnol si possible.", "preferred_language", "Spanish (espagnol)"),
        ("Merci de me vouvoyer.", "tone_preference", "formal (vouvoiement)"),
        ("Vous pouvez me tutoyer, hein.", "tone_preference", "informal (tutoiement)"),
        # preferences
        ("Je prends toujours une place côté couloir.", "preferences", "place côté couloir"),
        ("Merci de toujours déposer les colis chez le gardien.", "preferences", "gardien"),
        ("Je suis végane depuis trois ans.", "dietary", "végane"),
        ("Je suis allergique aux arachides.", "allergies", "arachides"),
        ("Je fais mes courses tous les samedis matin.", "habit", "fais mes courses tous les samedis matin"),
        # accessibility, device, plan
        ("Je suis malentendant, écrivez-moi plutôt.", "accessibility", "Je suis malentendant"),
        ("J'utilise un lecteur d'écran sur mon ordinateur.", "accessibility", "Lecteur d'écran"),
        ("Mon téléphone est un Xiaomi Redmi 12.", "device", "Xiaomi Redmi 12"),
        ("Je suis en formule Sérénité Plus depuis janvier.", "plan", "Sérénité Plus"),
        ("Je viens de passer au statut Platine.", "plan", "Platine"),
    ],
)
def test_finds(message, key, value):
    assert facts(message).get(key) == value


# --- Negative: look-alikes that must stay out -------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "key"),
    [
        # name
        ("Bonjour Julie, merci pour votre réponse.", "name"),  # the agent's name
        ("Bonjour, Bonne Journée à vous.", "name"),
        ("C'est Orange qui m'a facturé deux fois.", "name"),
        ("Je suis perdue avec cette application.", "name"),
        # age
        ("J'ai 3 ans de retard sur mes factures.", "age"),
        ("J'ai 10 ans d'ancienneté chez vous.", "age"),
        # location
        ("Je suis à la gare de Lyon en ce moment.", "location"),
        ("J'ai déménagé en mars, l'adresse a changé.", "location"),
        ("Je vis en colocation depuis peu.", "location"),
        # family
        ("Ma fille est malade aujourd'hui.", "daughter"),
        ("Mon fils Bonjour", "son"),
        # pets
        ("Vous avez des croquettes pour chat ?", "pet"),
        # occupation and employer
        ("Je suis perdu, rien ne marche.", "occupation"),
        ("Je suis chez moi toute la journée.", "employer"),
        ("Je suis chez Free depuis dix ans.", "employer"),
        ("Je suis infirmière à la retraite.", "employer"),
        # instructions
        ("La page charge lentement depuis hier.", "instruction_pace"),
        ("Votre réponse était courte et sèche.", "response_length"),
        ("J'ai confirmé la commande hier.", "confirm_before_acting"),
        ("J'ai reçu un mail de votre part.", "preferred_contact_channel"),
        ("Vous m'avez appelé à 9h ce matin.", "contact_hours"),
        ("Le manuel est-il en anglais ?", "preferred_language"),
        ("La lettre était très formelle.", "tone_preference"),
        # preferences
        ("Je préfère que vous me rappeliez demain.", "preferences"),
        ("Je préfère parler en italien.", "preferences"),
        ("Il y a toujours une erreur au paiement.", "preferences"),
        # accessibility, device, plan
        ("Je vois bien ce que vous voulez dire.", "accessibility"),
        ("Vous avez l'iPhone 15 en stock ?", "device"),
        ("J'ai une carte Visa.", "plan"),
        ("Je suis en France pour le week-end.", "plan"),
        ("J'avais demandé le prix de la formule Premium.", "plan"),
    ],
)
def test_ignores(message, key):
    assert key not in facts(message)


def test_session_only_never_stored():
    stored = facts(
        "Bonjour, ma commande n° 5521-889 n'est jamais arrivée, le suivi indique livré.",
        "Je suis à l'aéroport en ce moment, réservation QX7PLM.",
    )
    assert stored == {}


def test_french_number_words():
    assert values.number_from_words("quatre-vingt-deux", fr.PACK) == 82
    assert values.number_from_words("soixante-dix-neuf", fr.PACK) == 79
    assert values.number_from_words("quatre-vingt-dix-neuf", fr.PACK) == 99
    assert values.number_from_words("vingt et un", fr.PACK) == 21
    assert values.number_from_words("cent deux", fr.PACK) == 102


# --- Corrections, the past, follow-ups ------------------------------------------------------------


def test_en_fait_corrects_the_value_in_place():
    result = extract("J'habite à Nancy... non pardon, Metz, je confonds toujours.")
    (location,) = [f for f in result.facts if f.key == "location"]
    assert (location.value, location.previous) == ("Metz", "Nancy")


def test_a_corrected_age_in_words():
    result = extract("J'ai soixante-quatre ans, enfin non, soixante-cinq depuis lundi.")
    (age,) = [f for f in result.facts if f.key == "age"]
    assert (age.value, age.previous) == ("65", "64")


def test_used_to_is_history_not_the_present():
    assert "employer" not in facts("Auparavant je travaillais chez Renault.")
    stored = facts("Autrefois j'habitais à Brest, mais maintenant j'habite à Quimper.")
    assert stored["location"] == "Quimper"


def test_a_later_statement_replaces_the_earlier_one():
    result = extract("Je suis en formule Essentiel.", "Je viens de passer à l'offre Confort.")
    (plan,) = [f for f in result.facts if f.key == "plan"]
    assert (plan.value, plan.previous) == ("Confort", "Essentiel")


# --- Mood, problem, resolved, summaries ----------------------------------------------------------


def test_mood_problem_and_resolution():
    result = extract(
        "C'est inadmissible, ma box ne marche plus et j'en ai marre.",
        "Ah ça y est, ça remarche, merci !",
    )
    assert result.mood == "frustrated"
    assert result.classification.positive_resolution == 1
    assert result.classification.unresolved_issue == 0


def test_a_problem_left_open_is_an_open_issue():
    result = extract("Mon lave-linge affiche une erreur et ne fonctionne plus.")
    assert result.classification.unresolved_issue == 1
    assert result.open_issues


def test_a_thank_you_is_no_problem():
    result = extract("Merci beaucoup pour votre aide, bonne journée.")
    assert result.classification.unresolved_issue == 0
    assert result.mood == "happy"


def test_episode_and_rolling_summary_in_french():
    when = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    result = extract(
        "Bonjour. L'écran de ma tablette est cassé depuis la mise à jour.",
        agent=("J'ai programmé une réparation gratuite et je vous envoie l'étiquette.",),
        when=when,
    )
    assert result.episode_summary.startswith("Le client a signalé : « L'écran de ma tablette est cassé")
    assert "L'agent : « J'ai programmé une réparation gratuite" in result.episode_summary
    assert result.episode_summary.endswith("Résultat : toujours en cours.")
    assert result.summary == (
        "Le 05 Mar 2026, le client a pris contact au sujet de “L'écran de ma tablette est cassé depuis la mise à "
        "jour” ; le problème restait ouvert à la fin."
    )


def test_summary_of_a_plain_question():
    result = extract("Comment est-ce que je change le nom sur mon compte ?")
    assert result.summary.endswith("il a obtenu une réponse.")


# --- Linear time ----------------------------------------------------------------------------------


def _patterns():
    pack = fr.PACK
    for field in ("name", "age", "location", "moved", "hometown", "relation", "marital", "children", "pet",
                  "occupation", "employer", "accessibility", "device", "plan"):  # fmt: skip
        yield from getattr(pack, field)
    yield from (instruction.pattern for instruction in pack.instructions)
    yield from (pattern for pattern, _ in pack.preferences)


def test_channel_rather_than_calling_me():
    assert facts("Envoyez-moi des SMS plutôt que de m'appeler.")["preferred_contact_channel"] == "SMS"
    assert facts("Un mail plutôt que de m'appeler, svp")["preferred_contact_channel"] == "email"


def test_contact_hours_no_call_before_and_only_in_the_evening():
    assert facts("Pas d'appel avant 9h, merci.")["contact_hours"] == "Pas d'appel avant 9h"
    assert "uniquement" in facts("Qu'il appelle le soir uniquement.")["contact_hours"]
    assert "contact_hours" not in facts("Je m'appelle Marie.")


# --- Studies ------------------------------------------------------------------------------------------


def test_studies_make_a_student_of_the_field():
    assert facts("Je suis en deuxième année de droit à Lyon et mon forfait ne marche plus.")["occupation"] == (
        "étudiant(e) en droit"
    )


def test_being_in_a_hurry_is_not_studying():
    assert "occupation" not in facts("Je suis en retard pour le travail, pouvez-vous faire vite ?")


def test_a_name_said_on_its_own_after_the_greeting():
    assert (
        facts("Bonjour Madame. Hervé Dumoulin. J'ai soixante-dix ans et je ne reconnais pas ce prélèvement.")["name"]
        == "Hervé Dumoulin"
    )


def test_a_courtesy_in_capitals_is_not_a_name():
    assert "name" not in facts("Merci Beaucoup. Mon colis n'est jamais arrivé et personne ne répond.")


def test_a_known_city_with_rester_as_live():
    assert facts("Je reste à Lévis et je finis le travail à 17h.")["location"] == "Lévis"


def test_a_city_on_a_trip_is_not_where_they_live():
    assert "location" not in facts("Je suis en déplacement, je travaille cette semaine à Lille.")


def test_a_plan_named_after_abonnee():
    assert facts("Claire Dubois, abonnée Fibre Max depuis 3 ans, ma box se déconnecte.")["plan"] == "Fibre Max"


def test_a_card_brand_is_not_a_plan():
    assert "plan" not in facts("Je paie mon abonnement Visa chaque mois, et la box plante.")


def test_the_box_named_when_the_agent_asks_which():
    lines = [
        TranscriptLine("customer", "Internet coupe tous les soirs."),
        TranscriptLine("agent", "Quelle box avez-vous ?"),
        TranscriptLine("customer", "C'est la Box 4 grise."),
    ]
    assert {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}["device"] == (
        "Box 4 grise"
    )


def test_a_yes_to_the_device_question_is_not_a_device():
    lines = [
        TranscriptLine("customer", "Internet coupe tous les soirs."),
        TranscriptLine("agent", "Quel appareil utilisez-vous, un ordinateur ?"),
        TranscriptLine("customer", "oui un ordinateur portable"),
    ]
    assert "device" not in {f.key for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_a_letter_signature_gives_the_name_and_the_city():
    lines = [
        TranscriptLine(
            "customer",
            "Bonjour,\nma facture est fausse.\nMerci,\n\nGeneviève Pelletier\nDirectrice des ventes\nLévis (Québec)",
        )
    ]
    found = {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}
    assert (found["name"], found["location"]) == ("Geneviève Pelletier", "Lévis")


def test_two_pets_named_after_their_kind():
    assert facts("Je voyage toujours avec mes deux labradors, Moka et Pistache.")["pet"] == (
        "Moka (labradors); Pistache (labradors)"
    )


def test_a_routine_said_with_how_often():
    assert "Twitch" in facts("Je stream sur Twitch tous les soirs après mon shift.")["habit"]


def test_someone_elses_routine_is_not_the_customers():
    assert "habit" not in facts("C'est mon mari qui gère la box d'habitude, moi je ne sais pas.")


def test_more_trades_are_jobs():
    assert facts("Je suis fleuriste, je bosse tôt et toute la journée.")["occupation"] == "fleuriste"


def test_the_title_and_company_under_a_letters_signature():
    lines = [
        TranscriptLine(
            "customer",
            "Bonjour,\nma facture est fausse.\nMerci,\n\nGeneviève Pelletier\nDirectrice des ventes, Biscuits Lacroix inc.",
        )
    ]
    found = {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}
    assert (found["occupation"], found["employer"]) == ("Directrice des ventes", "Biscuits Lacroix inc.")


# --- Addresses, signatures and the address read back --------------------------------------------------


def dialogue(*turns: tuple[str, str]) -> dict[str, str]:
    lines = [TranscriptLine(role, text) for role, text in turns]
    return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_the_town_of_an_address_with_its_postcode():
    assert facts("La fuite est chez nous, 8 avenue des Tilleuls, 35000 Rennes.")["location"] == "Rennes"
    assert facts("Nous logeons au chemin des Vignes 4, 1260 Nyon.")["location"] == "Nyon"
    assert "location" not in facts("J'ai payé 12000 euros pour la rue, c'est trop.")


def test_the_town_after_a_street_and_number():
    assert facts("Karim Haddad, rue des Guillemins 48 à Namur")["location"] == "Namur"


def test_where_i_live_said_after_the_place():
    assert facts("Le quartier de Nantes, où j'habite depuis 2010, est calme.")["location"] == "Nantes"


def test_a_move_that_may_happen_is_not_home():
    assert "location" not in facts("Si jamais on déménage à Bordeaux l'an prochain, le contrat suit ?")


def test_a_letter_with_a_long_closing_then_the_name():
    letter = (
        "Madame, Monsieur,\n\nMa facture est fausse.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes "
        "salutations distinguées.\n\nOdile Marchetti-Blanc\n12, rue Pasteur\n33000 Bordeaux"
    )
    said = facts(letter)
    assert said["name"] == "Odile Marchetti-Blanc"
    assert said["location"] == "Bordeaux"


def test_a_district_and_its_town_under_a_signature_is_no_job():
    letter = "Bonjour,\n\nle colis est abîmé.\n\nMeilleures salutations,\nLéa Dubuis\nPlainpalais (Genève)"
    said = facts(letter)
    assert "occupation" not in said
    assert said["location"] == "Plainpalais (Genève)"


def test_me_against_a_relative_where_they_live():
    said = facts("Mon frère habite à Gand. Moi je suis à Charleroi.")
    assert said["location"] == "Charleroi"
    assert "location" not in facts("Mon frère habite à Gand, il est à Charleroi ce week-end.")


def test_the_address_read_back_and_confirmed():
    said = dialogue(
        ("customer", "Je voudrais décaler la livraison."),
        ("agent", "Vous habitez toujours rue Nationale à Tours ?"),
        ("customer", "Oui, c'est ça."),
    )
    assert said["location"] == "Tours"
    moved = dialogue(
        ("agent", "Vous habitez toujours rue Nationale à Tours ?"),
        ("customer", "Oui mais j'ai déménagé le mois dernier."),
    )
    assert "location" not in moved


def test_the_mobile_as_a_channel():
    assert facts("Appelez-moi sur mon GSM, pas sur le fixe.")["preferred_contact_channel"] == "mobile (GSM)"
    assert facts("Merci de me contacter sur mon natel.")["preferred_contact_channel"] == "mobile (natel)"
    assert "preferred_contact_channel" not in facts("Mon GSM est tombé dans l'eau hier.")


def test_when_to_call_after_the_channel():
    said = facts("Merci de me joindre sur mon portable, de préférence entre midi et deux.")
    assert "midi" in said["contact_hours"]
    assert "contact_hours" not in facts("Vous m'avez joint hier entre midi et deux ?")


def test_a_connection_that_drops_every_evening_is_no_habit():
    assert "habit" not in facts("Ma connexion saute tous les soirs vers 21h.")


def test_a_tier_of_two_words_and_a_plan_after_its_kind():
    assert facts("Je suis membre Privilège Or depuis 2018.")["plan"] == "Privilège Or"
    assert facts("Nous avons l'assurance habitation Sérénité chez vous.")["plan"] == "Sérénité"
    assert "plan" not in facts("Est-ce que l'assurance habitation Sérénité couvre les vols ?")


def test_an_employer_when_working_from_home():
    said = facts("Je travaille de la maison pour Axelis, je suis gestionnaire de sinistres.")
    assert said["employer"] == "Axelis"
    assert said["occupation"] == "gestionnaire de sinistres"
    assert "employer" not in facts("Mon mari travaille de la maison pour Axelis.")


def test_the_age_given_when_asked():
    said = dialogue(("agent", "Vous avez quel âge, pour la fiche ?"), ("customer", "Quatre-vingt-deux ans."))
    assert said["age"] == "82"
    assert "age" not in dialogue(("agent", "Quel âge a votre fils ?"), ("customer", "Il a douze ans, pourquoi ?"))


def test_language_tv_and_intolerance():
    assert facts("svp repondez moi en anglais")["preferred_language"] == "English (anglais)"
    assert facts("Ma télé ne marche plus, une tv Philips.")["device"].lower().startswith("philips")
    assert facts("J'ai une intolérance au gluten.")["allergies"] == "gluten"
    assert "allergies" not in facts("Est-ce que ce plat convient à une intolérance au gluten ?")


def test_the_channel_as_the_answer():
    assert facts("Par texto, s'il vous plaît.")["preferred_contact_channel"] == "SMS"
    assert facts("Par courriel, et copie à mon fils.")["preferred_contact_channel"] == "email"
    assert "preferred_contact_channel" not in facts("Par mail, vous m'aviez promis un remboursement.")


def test_electronic_mail_is_email():
    said = facts("Merci de me répondre par courrier électronique de préférence.")
    assert said["preferred_contact_channel"] == "email"


def test_a_job_part_time_and_a_quebec_partner():
    assert facts("Je travaille à mi-temps comme comptable.")["occupation"] == "comptable"
    assert facts("Appelez ma blonde Josée si je réponds pas.")["spouse"] == "Josée (blonde)"
    assert "spouse" not in facts("Ma fille est blonde et grande.")


def test_the_address_confirmed_with_a_yes_then_more():
    said = dialogue(
        ("agent", "Adresse : la résidence universitaire à Rennes ?"),
        ("customer", "ouais, la résidence à Rennes, bâtiment B"),
    )
    assert said["location"] == "Rennes"


def test_living_together_with_a_relative():
    assert facts("Appelez mon chum Marc, on reste ensemble à Gatineau.")["location"] == "Gatineau"
    assert "location" not in facts("Mon chum Marc reste à Gatineau.")


def test_a_single_mother_of_three_and_divorced():
    said = facts("Je suis maman solo de trois enfants, je vis seule depuis mon divorce.")
    assert said["children"] == "trois enfants"
    assert said["marital_status"] == "divorce"
    assert "marital_status" not in facts("Ma sœur va mieux depuis son divorce.")


def test_two_streets_away_is_no_place():
    assert "location" not in facts("J'habite à deux rues de la salle, c'est pratique.")


def test_the_plan_read_back_and_confirmed():
    said = dialogue(
        ("agent", "Vous êtes sur l'abonnement Zen avec la télé, c'est bien ça ?"), ("customer", "Oui c'est ça.")
    )
    assert said["plan"] == "Zen"
    assert "plan" not in dialogue(("agent", "Connaissez-vous l'abonnement Zen ?"), ("customer", "Oui, de nom."))


def test_a_card_asked_for_is_no_plan():
    assert "plan" not in dialogue(("agent", "Vous avez votre carte Vitale ?"), ("customer", "Oui, la voici."))


def test_the_plan_checked_with_bien():
    said = dialogue(("agent", "Vous avez bien l'offre Fibre Solo ?"), ("customer", "Oui, c'est ça."))
    assert said["plan"] == "Fibre Solo"
    assert "plan" not in dialogue(("agent", "Vous avez bien l'offre Fibre Solo ?"), ("customer", "Non, la Duo."))


def test_answer_length_tone_and_confirmation_said_plainly():
    assert facts("Répondez court svp.")["response_length"] == "short (court)"
    assert "response_length" not in facts("Il a répondu court, sans rien expliquer.")
    assert facts("Merci de vous adresser à moi en me vouvoyant.")["tone_preference"] == "formal (vouvoiement)"
    said = facts("Ne faites jamais de virement depuis mon compte épargne sans mon accord.")
    assert "confirm_before_acting" in said


def test_the_language_alone_a_lowercase_tier_a_former_employer():
    assert facts("Merci. Et en espagnol, c'est plus simple pour moi.")["preferred_language"] == "Spanish (espagnol)"
    assert "preferred_language" not in facts("En anglais, on dit router.")
    assert facts("Finalement j'ai pris la couverture tous risques.")["plan"] == "tous risques"
    assert "plan" not in facts("Est-ce que la couverture tous risques couvre le vol ?")
    assert facts("Je suis retraitée de Michelin depuis 2019.")["employer"] == "Michelin"
    assert "employer" not in facts("Mon père est retraité de Michelin.")
    assert facts("Je suis cliente Premier depuis 2015.")["plan"] == "Premier"


def test_a_surname_with_van_den_and_a_trailing_de():
    assert facts("Bonjour, ici Joost Van der Meer, du cabinet Lintz.")["name"] == "Joost Van der Meer"
    assert facts("Bonjour, ici Claire Morel de la mutuelle Azur.")["name"] == "Claire Morel"
    assert "name" not in facts("Vous connaissez Van der Meer ?")


def test_the_town_answering_where_they_live():
    said = dialogue(("agent", "Vous habitez toujours à Tours ?"), ("customer", "Non, à Joué-lès-Tours maintenant."))
    assert said["location"] == "Joué-lès-Tours"
    trip = dialogue(("agent", "Vous habitez toujours à Tours ?"), ("customer", "Non, au Portugal en vacances."))
    assert "location" not in trip
    assert "location" not in dialogue(("agent", "Vous travaillez où ?"), ("customer", "À Amboise."))


def test_spoken_contractions_of_je_for_the_job_and_the_employer():
    assert facts("Appelez le soir, jtravaille de jour chez Hydrofix.")["employer"] == "Hydrofix"
    assert facts("bon ben jsuis plombier, c'est pour ça")["occupation"] == "plombier"
    assert facts("chu électricien depuis dix ans")["occupation"] == "électricien"
    assert "employer" not in facts("Ma blonde travaille de nuit chez Hydrofix.")
    assert "occupation" not in facts("Chu pas sûr que ça marche")


def test_the_channel_wished_with_quon_texte_moi_par_ecrit_and_an_answer_sentence():
    said = facts("Bonjour. Désormais je préfère qu'on me contacte par courriel, merci.")
    assert said["preferred_contact_channel"] == "email"
    assert facts("Pas la peine d'appeler, textez-moi.")["preferred_contact_channel"] == "SMS"
    assert facts("Merci de me répondre par écrit.")["preferred_contact_channel"] == "written (par écrit)"
    assert facts("Je rentre tard du travail tous les soirs. Par SMS, merci.")["preferred_contact_channel"] == "SMS"
    assert "preferred_contact_channel" not in facts("Il a décrit le problème par téléphone hier ?")
    assert "preferred_contact_channel" not in facts("Qu'on m'envoie le colis, c'est tout.")


def test_the_channel_and_the_hours_answered_to_the_agent():
    said = dialogue(("agent", "On vous joint comment ?"), ("customer", "Par courriel, le téléphone je l'entends pas."))
    assert said["preferred_contact_channel"] == "email"
    said = dialogue(("agent", "À quelle heure peut-on vous rappeler ?"), ("customer", "Après 18h, je travaille."))
    assert said["contact_hours"] == "Après 18h"
    assert "contact_hours" not in dialogue(("agent", "Quand avez-vous reçu la facture ?"), ("customer", "Le soir."))


def test_detail_tone_language_and_hours_said_in_a_letter():
    said = facts("Je vous prie de me répondre de façon détaillée et de ne jamais me tutoyer.")
    assert said["response_length"] == "detailed (détaillé)"
    assert said["tone_preference"] == "formal (vouvoiement)"
    said = facts("Au guichet je préfère le wolof, pis venez pas avant midi.")
    assert said["preferred_language"] == "Wolof (wolof)"
    assert said["contact_hours"] == "Pas avant midi"
    assert "preferences" not in said
    assert "tone_preference" not in facts("Mon fils a appris à ne pas tutoyer ses profs.")


def test_hearing_and_a_hip_or_knee_replacement():
    assert "accessibility" in facts("Au téléphone je n'entends quasiment rien.")
    assert "accessibility" in facts("J'ai une prothèse au genou depuis l'an dernier.")
    assert "accessibility" not in facts("Je n'entends plus rien de votre part depuis lundi.")


def test_a_job_after_the_employer_and_a_former_job_said_alone():
    assert facts("Je travaille chez Alstom, soudeur, depuis dix ans.")["occupation"] == "soudeur"
    said = dialogue(("agent", "Vous êtes retraitée ?"), ("customer", "Oui, ancienne infirmière au CHU."))
    assert said["occupation"] == "ancienne infirmière"
    assert "occupation" not in facts("Je travaille chez Alstom, malheureusement, depuis dix ans.")
    assert "occupation" not in facts("Mon ancien infirmier est parti à la retraite.")


def test_two_named_pets_joined_with_pis_and_a_titled_signature():
    said = facts("On a deux chiens Caramel pis Réglisse qui jappent beaucoup.")
    assert said["pet"] == "Caramel (chien); Réglisse (chien)"
    assert "Réglisse" not in facts("On a deux chiens, pis Réglisse nous garde.").get("pet", "")
    said = facts(
        "Madame,\n\nMerci de corriger la facture. J'habite à Lancy.\n\nCordialement,\n\nDr Anne Borel\nChercheuse\n"
        "Hôpital cantonal\nRue Gabrielle-Perret-Gentil 4, 1205 Genève"
    )
    assert said["name"] == "Anne Borel"
    assert said["location"] == "Lancy"
    assert said["employer"] == "Hôpital cantonal"


def test_rester_in_quebec_a_home_noun_and_a_bare_town_answered():
    assert facts("Bonjour, moi je reste à Longueuil depuis dix ans.")["location"] == "Longueuil"
    assert "location" not in facts("Je reste à Paris jusqu'à lundi pour le congrès.")
    assert facts("Il y a une fuite dans mon appartement à Schaerbeek, au plafond.")["location"] == "Schaerbeek"
    assert "location" not in facts("Mon appartement a une fuite au plafond.")
    said = dialogue(("agent", "Vous êtes toujours à Lille ?"), ("customer", "Non, Tourcoing maintenant."))
    assert said["location"] == "Tourcoing"
    assert "location" not in dialogue(("agent", "Vous êtes toujours à Lille ?"), ("customer", "Exactement."))


def test_the_surname_asked_for_a_language_if_possible_and_le_gerant():
    said = facts("Merci d'avance. Je préfère qu'on m'appelle Madame Girard, et non par mon prénom.")
    assert said["tone_preference"] == "formal (vouvoiement)"
    said = facts("Je suis la responsable, écrivez-moi en allemand si possible, sinon en anglais.")
    assert said["preferred_language"] == "German (allemand)"
    assert facts("Bonjour, je suis le gérant du magasin de la rue Haute.")["occupation"] == "gérant"
    assert "tone_preference" not in facts("On m'appelle souvent pour rien, c'est pénible.")
    assert "preferred_language" not in facts("Le manuel en allemand est-il disponible ?")


def test_en_tant_que_not_reachable_by_day_parlez_moi_doucement_and_ecrivez_moi_plutot():
    said = facts("En tant que boulangère, je ne suis pas joignable le matin.")
    assert said["occupation"] == "boulangère"
    assert said["contact_hours"] == "Ne suis pas joignable le matin"
    assert "instruction_pace" in facts("Parlez-moi lentement, s'il vous plaît, j'entends mal.")
    assert facts("Pas d'appel au bureau, écrivez-moi plutôt.")["preferred_contact_channel"] == "written (écrit)"
    assert "contact_hours" not in facts("Le service n'est pas joignable le dimanche ?")
    assert "occupation" not in facts("En tant que client fidèle, je trouve ça injuste.")


def test_a_spouse_without_a_name_and_a_year_of_study_at_a_university():
    assert facts("Mon mari et moi partons en mai, merci de noter.")["spouse"] == "mari"
    assert "spouse" not in facts("Ma femme de ménage vient le jeudi.")
    said = facts("Je suis en master de chimie à l'université de Rennes, je paie tout seul.")
    assert said["occupation"] == "étudiant(e) en chimie"
    assert said["employer"] == "université de Rennes"
    assert "employer" not in facts("Je suis passée à l'université de Rennes hier.")


def test_the_town_said_with_the_job_and_the_language_with_the_channel():
    assert facts("Bonjour, je suis pharmacienne à l'hôpital, à Besançon.")["location"] == "Besançon"
    assert facts("Je suis caissière au Carrefour à Bourges depuis dix ans.")["location"] == "Bourges"
    assert "location" not in facts("Je suis retraitée à la campagne depuis peu.")
    said = facts("Écrivez-moi par courriel, en anglais si vous voulez bien.")
    assert said["preferred_language"] == "English (anglais)"
    assert "preferred_language" not in facts("Le contrat est arrivé par courrier, en plusieurs exemplaires.")


def test_nothing_without_my_say_needs_a_single_parent_and_the_job_after_the_employer():
    assert "confirm_before_acting" in facts("Ne changez rien sans m'en parler, merci.")
    assert "accessibility" in facts("Je marche avec une canne, il me faut un rez-de-chaussée.")
    assert "accessibility" in facts("J'ai du mal à entendre, parlez fort.")
    assert facts("Je suis maman solo de deux enfants.")["marital_status"] == "maman solo"
    assert facts("J'ai un chat, il s'appelle Filou.")["pet"] == "Filou (chat)"
    assert facts("Je travaille à la mairie comme secrétaire.")["occupation"] == "secrétaire"
    assert "accessibility" not in facts("J'ai du mal à voir comment payer en ligne.")
    assert "confirm_before_acting" not in facts("Rien ne marche sans le code.")


def test_children_named_after_how_many():
    assert facts("Nous avons une fille, Inès, qui a cinq ans.")["daughter"] == "Inès (fille)"
    assert facts("J'ai deux garçons, Tom et Noé.")["son"] == "Tom, Noé (garçons)"
    assert "son" not in facts("J'ai deux garçons, mais ils sont grands.")


def test_a_move_then_the_new_town_and_a_public_employer_with_its_name():
    said = facts("On a déménagé en mars, c'est Bron maintenant, pas Lyon.")
    assert said["location"] == "Bron"
    assert facts("Je suis secrétaire à la mairie de Brest.")["employer"] == "mairie de Brest"
    assert "employer" not in facts("Je suis prof de maths au lycée, je ne décroche pas en journée.")


def test_more_everyday_wishes_for_channel_hours_pace_and_detail():
    said = facts("Je suis difficilement joignable au bureau, écrivez-moi.")
    assert said["preferred_contact_channel"] == "written (écrit)"
    assert "contact_hours" in facts("En semaine, je ne suis disponible qu'après 18h.")
    assert "contact_hours" in facts("Le matin, je ne suis pas joignable.")
    assert "instruction_pace" in facts("Soyez patiente, je ne comprends pas tout.")
    assert facts("Pouvez-vous m'expliquer la facture en détail ?")["response_length"] == "detailed (détaillé)"
    assert "contact_hours" not in facts("Le magasin n'est disponible qu'en ligne.")
    assert "preferred_contact_channel" not in facts("Écrivez-moi la référence sur le bon.")


def test_the_pets_name_said_with_sappelle_after_its_kind():
    assert facts("Mon chien, un beagle, s'appelle Filou.")["pet"] == "Filou (chien)"
    assert facts("Le chat s'appelle Minou, il a peur.")["pet"] == "Minou (chat)"
    assert "pet" not in facts("Le vétérinaire s'appelle Martin.")


def test_a_suburb_then_the_town_and_domicilie():
    assert facts("On habite en banlieue de Lille, à Lambersart.")["location"] == "Lambersart"
    assert facts("Nous habitons en banlieue de Nantes depuis peu.")["location"] == "Nantes"
    assert facts("Domiciliée à Toulouse, je vous écris pour ma facture.")["location"] == "Toulouse"
    assert "location" not in facts("La banlieue de Lille est mal desservie, non ?")


def test_an_age_said_with_en_after_another_age():
    assert facts("Ma femme a cinquante-cinq ans. Moi j'en ai cinquante-huit.")["age"] == "58"
    assert facts("Elle a 40 ans, moi j'en ai 71.")["age"] == "71"
    assert "age" not in facts("Mon fils a 12 ans et j'en ai trois.")


def test_a_job_title_with_its_qualifier():
    said = facts("Je suis ingénieur agronome à la SODAGRI, on a un séminaire.")
    assert said["occupation"] == "ingénieur agronome"
    assert facts("je suis dev web là-bas")["occupation"] == "dev web"
    assert facts("Je suis infirmière depuis dix ans.")["occupation"] == "infirmière"
    assert "occupation" not in facts("Je suis devant la porte.")


def test_demeurer_in_the_agents_question_and_a_yes_then_the_town():
    said = dialogue(
        ("agent", "Vous demeurez toujours à Chicoutimi?"), ("customer", "Oui, Chicoutimi. Parlez plus fort.")
    )
    assert said["location"] == "Chicoutimi"
    assert "location" not in dialogue(("agent", "Vous demeurez toujours à Chicoutimi?"), ("customer", "Oui, Merci."))


def test_a_belgian_chaussee_address_and_the_meal_they_ask_for():
    assert facts("Atelier Lambert – Chaussée de Waterloo 410, 1050 Ixelles")["location"] == "Ixelles"
    assert facts("Et un repas halal, mettez-le dans mon profil.")["dietary"] == "halal"
    assert "dietary" not in facts("Le repas était froid.")


def test_widowed_said_as_what_happened_hearing_and_the_phone_as_an_answer():
    assert facts("Depuis que ma femme est décédée, c'est elle qui m'aide.")["marital_status"] == "veuf"
    assert facts("Depuis que mon mari est mort, je vis seule.")["marital_status"] == "veuve"
    assert "marital_status" not in facts("Ma femme est morte de rire.")
    assert facts("Parlez plus fort, j'entends mal.")["accessibility"] == "J'entends mal"
    assert facts("Appelez-moi au téléphone à la place.")["preferred_contact_channel"] == "phone"
    assert facts("Sur mon GSM après 17 heures.")["preferred_contact_channel"] == "mobile (GSM)"
    assert "preferred_contact_channel" not in facts("Sur le site, je ne trouve rien.")


def test_the_delivery_day_then_uniquement():
    assert facts("Retenez : livraison le mercredi uniquement.")["preferences"] == "mercredi"
    assert "preferences" not in facts("On peut livrer le mardi ?")


def test_how_many_children_said_with_en_right_after_them():
    said = facts("je ne travaille pas le mercredi pour garder les enfants (nous en avons deux).")
    assert said["children"] == "deux enfants"
    assert "children" not in facts("les enfants veulent des jeux, j'en ai deux à vendre")

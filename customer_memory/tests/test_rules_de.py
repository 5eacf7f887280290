"""The German language pack: each pattern family with one thing it must find and one look-alike it must not.

Plain functions, no database: the rules extractor is pure.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from customer_memory.extraction import ExtractionInput, RulesExtractor, TranscriptLine
from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.languages import de


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
        ("Guten Tag, mein Name ist Ulrike Hartmann, ich habe eine Frage.", "name", "Ulrike Hartmann"),
        ("hallo, ich heiße jonas meier und brauche Hilfe", "name", "Jonas Meier"),
        ("Hallo, hier ist Dieter Lange. Mein Internet ist weg.", "name", "Dieter Lange"),
        ("Guten Abend, hier spricht Renate Vogt.", "name", "Renate Vogt"),
        ("Moin, ich bin Kai Brandt, ich rufe wegen der Rechnung an.", "name", "Kai Brandt"),
        ("Servus, Sebastian hier. Die App stürzt ab.", "name", "Sebastian"),
        ("Grüß Gott, Berger mein Name.", "name", "Berger"),
        ("Weber, guten Tag. Annette Weber.", "name", "Annette Weber"),
        ("Guten Morgen, Hannah Roth. Mein Router blinkt rot.", "name", "Hannah Roth"),
        # age: digits and words, German compounds
        ("Ich bin 63 und kenne mich damit nicht aus.", "age", "63"),
        ("Ich bin einundneunzig Jahre alt, junger Mann.", "age", "91"),
        ("Ich werde nächste Woche siebzig, ach nein, ich bin siebzig.", "age", "70"),
        ("Mit meinen 85 Jahren ist das nicht so einfach.", "age", "85"),
        # location, moves, hometown
        ("Ich wohne in Bielefeld, falls das wichtig ist.", "location", "Bielefeld"),
        ("Wir leben seit kurzem in Potsdam.", "location", "Potsdam"),
        ("Wir sind im Sommer nach Rostock gezogen.", "location", "Rostock"),
        ("Ich komme ursprünglich aus Kassel, wohne aber woanders.", "hometown", "Kassel"),
        # family with a name
        ("Meine Enkelin Lara hat mir das Handy eingerichtet.", "granddaughter", "Lara (enkelin)"),
        ("Ich möchte meiner Schwester Bettina etwas schicken.", "sister", "Bettina (schwester)"),
        ("Mein Lebensgefährte Uwe kümmert sich sonst darum.", "spouse", "Uwe (lebensgefährte)"),
        ("Ich bin Witwer, seit meine Helga verstorben ist.", "spouse", "Helga (witwer)"),
        ("Ich bin geschieden.", "marital_status", "geschieden"),
        ("Ich habe zwei Kinder im Grundschulalter.", "children", "zwei kinder"),
        # pets
        ("Mein Kater Moritz hat das Kabel angeknabbert.", "pet", "Moritz (kater)"),
        ("Wir haben einen Schäferhund namens Rex.", "pet", "Rex (schäferhund)"),
        # occupation and employer
        ("Ich bin Altenpflegerin, ich arbeite im Schichtdienst.", "occupation", "altenpflegerin"),
        ("Ich bin Maschinenbauingenieur.", "occupation", "maschinenbauingenieur"),
        ("Ich arbeite als Erzieherin in einer Kita.", "occupation", "erzieherin"),
        ("Ich arbeite bei der Sparkasse Köln.", "employer", "Sparkasse Köln"),
        ("Ich bin Verkäuferin bei Rewe, daher die Schichten.", "employer", "Rewe"),
        ("Seit Januar bin ich bei Zalando.", "employer", "Zalando"),
        # instructions, one key each
        ("Erklären Sie das bitte ganz langsam.", "instruction_pace", "Erklären Sie das bitte ganz langsam"),
        ("Bitte eins nach dem anderen.", "instruction_pace", "Eins nach dem anderen"),
        ("Antworten Sie mir bitte kurz, ich bin unterwegs.", "response_length", "short (kurz)"),
        ("Gerne ausführlich, ich bin vom Fach.", "response_length", "detailed (ausführlich)"),
        ("Fragen Sie mich bitte immer vorher.", "confirm_before_acting", "Fragen Sie mich bitte immer vorher"),
        ("Schicken Sie mir das bitte per WhatsApp.", "preferred_contact_channel", "WhatsApp"),
        ("Rufen Sie mich bitte nicht nach 18 Uhr an.", "contact_hours", "Nicht nach 18 Uhr"),
        (
            "Können Sie mir auf Englisch antworten? Auf Englisch wäre mir lieber.",
            "preferred_language",
            "English (Englisch)",
        ),
        ("Bitte siezen Sie mich.", "tone_preference", "formal (Siezen)"),
        ("Sie können mich gerne duzen.", "tone_preference", "informal (Duzen)"),
        # preferences
        ("Ich möchte immer einen Gangplatz.", "preferences", "Gangplatz"),
        ("Pakete bitte immer beim Nachbarn abgeben.", "preferences", "Nachbarn"),
        ("Ich bin Vegetarierin.", "dietary", "Vegetarierin"),
        ("Ich habe eine Nussallergie.", "allergies", "Nussallergie"),
        ("Ich gehe jeden Samstag einkaufen.", "habit", "gehe jeden Samstag"),
        # accessibility, device, plan
        ("Ich bin schwerhörig, bitte schreiben Sie mir.", "accessibility", "Schwerhörig"),
        ("Ich sitze im Rollstuhl.", "accessibility", "Rollstuhl"),
        ("Mein Handy ist ein Samsung Galaxy A54.", "device", "Samsung Galaxy A54"),
        ("Ich bin im Tarif Komfort Plus.", "plan", "Tarif Komfort Plus"),
        ("Wir haben das Familien-Abo.", "plan", "Familien-Abo"),
    ],
)
def test_finds(message, key, value):
    assert facts(message).get(key) == value


# --- Negative: look-alikes that must stay out -------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "key"),
    [
        # name
        ("Hallo Frau Schmidt, danke für die Antwort.", "name"),  # the agent's name
        ("Nächste Woche, Montag oder Dienstag.", "name"),
        ("Ich bin Rollstuhlfahrer und brauche einen Termin.", "name"),
        ("Hallo, ich bin Kunde seit zehn Jahren.", "name"),
        ("Das Internet hier ist furchtbar langsam.", "name"),
        # age
        ("Ich bin 5 Minuten zu spät gekommen.", "age"),
        ("Ich bin 100% sicher.", "age"),
        # location
        ("Ich bin gerade in Hamburg auf Geschäftsreise.", "location"),
        ("Ich wohne in einer WG.", "location"),
        ("Ich wohne bei meinen Eltern.", "location"),
        # family
        ("Meine Tochter ist krank.", "daughter"),
        ("Ich möchte meinem Sohn Geld überweisen.", "son"),
        # pets
        ("Haben Sie Hundefutter für Welpen?", "pet"),
        # occupation and employer
        ("Ich bin keine Technikerin.", "occupation"),
        ("Ich bin Kunde bei der Telekom.", "employer"),
        ("Seit Jahren bin ich bei der Telekom.", "employer"),
        # instructions
        ("Das Internet ist sehr langsam.", "instruction_pace"),
        ("Die Antwort war kurz und unfreundlich.", "response_length"),
        ("Ich habe die Bestellung gestern bestätigt.", "confirm_before_acting"),
        ("Ich habe eine E-Mail von Ihnen bekommen.", "preferred_contact_channel"),
        ("Sie haben mich um 9 Uhr angerufen.", "contact_hours"),
        ("Gibt es die Anleitung auf Englisch?", "preferred_language"),
        ("Der Brief war sehr förmlich.", "tone_preference"),
        # preferences
        ("Ich habe immer Probleme mit der App.", "preferences"),
        ("Ich habe jeden Tag Probleme mit dem WLAN.", "habit"),
        # accessibility, device, plan
        ("Mein Finger ist verstaucht.", "accessibility"),
        ("Haben Sie das iPhone 15 vorrätig?", "device"),
        ("Ich habe nach dem Tarif XL gefragt.", "plan"),
        ("Ich bin in der Warteschleife.", "plan"),
    ],
)
def test_ignores(message, key):
    assert key not in facts(message)


def test_declining_siezen_is_informal():
    assert facts("Sie müssen mich nicht siezen.")["tone_preference"] == "informal (Duzen)"


def test_session_only_never_stored():
    stored = facts(
        "Hallo, meine Bestellung 302-5512 ist nicht angekommen, laut Sendungsverfolgung zugestellt.",
        "Ich bin gerade am Flughafen, Buchungsnummer QX7PLM.",
    )
    assert stored == {}


def test_german_number_words():
    assert values.number_from_words("zweiundachtzig", de.PACK) == 82
    assert values.number_from_words("neunundsiebzig", de.PACK) == 79
    assert values.number_from_words("einundzwanzig", de.PACK) == 21
    assert values.number_from_words("siebzehn", de.PACK) == 17
    assert values.number_from_words("fünfundsechzig".replace("ü", "u"), de.PACK) == 65


# --- Corrections, the past, follow-ups ------------------------------------------------------------


def test_a_self_correction_replaces_the_value():
    result = extract("Ich wohne in Mainz... nein, Quatsch, in Wiesbaden, seit März.")
    (location,) = [f for f in result.facts if f.key == "location"]
    assert (location.value, location.previous) == ("Wiesbaden", "Mainz")


def test_a_corrected_age_in_words():
    result = extract("Ich bin sechsundsiebzig... nein, siebenundsiebzig seit Montag.")
    (age,) = [f for f in result.facts if f.key == "age"]
    assert (age.value, age.previous) == ("77", "76")


def test_frueher_is_history_not_the_present():
    result = extract("Früher war ich bei Siemens, seit Mai bin ich bei Bosch.")
    (employer,) = [f for f in result.facts if f.key == "employer"]
    assert employer.value == "Bosch"
    assert "employer" not in facts("Früher habe ich bei Siemens gearbeitet.")


def test_a_later_statement_replaces_the_earlier_one():
    result = extract("Ich bin im Basis-Tarif.", "Stellen Sie mich bitte auf Premium um.")
    (plan,) = [f for f in result.facts if f.key == "plan"]
    assert (plan.value, plan.previous) == ("Premium", "Basis-Tarif")


# --- Mood, problem, resolved, summaries ----------------------------------------------------------


def test_mood_problem_and_resolution():
    result = extract(
        "Das ist eine Frechheit, mein Router ist schon wieder kaputt und ich bin genervt.",
        "Ah, jetzt funktioniert es wieder, danke!",
    )
    assert result.mood == "frustrated"
    assert result.classification.positive_resolution == 1
    assert result.classification.unresolved_issue == 0


def test_a_problem_left_open_is_an_open_issue():
    result = extract("Meine Waschmaschine zeigt einen Fehler und geht nicht mehr.")
    assert result.classification.unresolved_issue == 1
    assert result.open_issues


def test_episode_and_rolling_summary_in_german():
    when = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    result = extract(
        "Guten Tag. Das Display meines Tablets ist nach dem Update kaputt.",
        agent=("Ich habe eine kostenlose Reparatur beauftragt und Ihnen das Etikett geschickt.",),
        when=when,
    )
    assert result.episode_summary.startswith("Der Kunde meldete: “Das Display meines Tablets ist nach dem Update")
    assert "Der Agent: “Ich habe eine kostenlose Reparatur beauftragt" in result.episode_summary
    assert result.episode_summary.endswith("Ergebnis: noch offen.")
    assert result.summary == (
        "Am 05 Mar 2026 meldete sich der Kunde wegen “Das Display meines Tablets ist nach dem Update kaputt”; "
        "das Anliegen war am Ende noch offen."
    )


def test_summary_of_a_plain_question():
    result = extract("Wie kann ich den Namen in meinem Konto ändern?")
    assert result.summary.endswith("die Frage wurde beantwortet.")


# --- Linear time ----------------------------------------------------------------------------------


def _patterns():
    pack = de.PACK
    for field in ("name", "age", "location", "moved", "hometown", "relation", "marital", "children", "pet",
                  "occupation", "employer", "accessibility", "device", "plan"):  # fmt: skip
        yield from getattr(pack, field)
    yield from (instruction.pattern for instruction in pack.instructions)
    yield from (pattern for pattern, _ in pack.preferences)


def test_name_with_inverted_word_order():
    assert facts("Ab jetzt heiße ich Marta Keller, nicht mehr Braun.")["name"] == "Marta Keller"
    assert "name" not in facts("Wie heiße ich im System?")


def test_channel_write_me_rather():
    assert facts("Schreibt mir lieber eine SMS.")["preferred_contact_channel"] == "SMS"
    assert facts("Schicken Sie mir bitte künftig eine E-Mail.")["preferred_contact_channel"] == "email"
    assert "preferred_contact_channel" not in facts("Schicken Sie mir bitte eine E-Mail mit den Details.")


def test_employer_does_not_cross_into_the_next_clause():
    assert "employer" not in facts("Ich bin Tischler und lese das nur in der Pause.")
    assert facts("Ich bin Krankenpfleger seit zehn Jahren bei der Charité.")["employer"] == "Charité"
    assert facts("Ich bin jetzt Krankenschwester, seit Mai an der Uniklinik Ulm.")["employer"] == "Uniklinik Ulm"


def test_marital_status_from_the_perfect_tense():
    assert facts("Wir haben letztes Jahr geheiratet.")["marital_status"] == "geheiratet"
    assert "marital_status" not in facts("Ich habe nie geheiratet.")


# --- Studies ------------------------------------------------------------------------------------------


def test_studies_make_a_student_of_the_field():
    assert facts("Ich studiere Informatik in Köln und brauche das Semesterticket.")["occupation"] == (
        "studiert Informatik"
    )


def test_studying_the_contract_is_not_an_occupation():
    assert "occupation" not in facts("Ich studiere gerade den Vertrag und verstehe Punkt drei nicht.")


def test_a_known_city_where_they_moved_with_the_verb_last():
    assert facts("Ich bin für mein Praktikum nach Wien gezogen, in den 7. Bezirk, Neubau.")["location"] == "Wien"


def test_a_known_city_after_the_word_that_says_they_live_there():
    assert facts("Ich bin in Izmir geboren, aber wohne seit zwanzig Jahren in Berlin.")["location"] == "Berlin"


def test_a_business_trip_is_not_where_they_live():
    assert "location" not in facts("Ich arbeite diese Woche auf einer Dienstreise in Hamburg, bitte später liefern.")


def test_a_plan_named_after_the_word_tarif():
    assert facts("Wir nutzen euer Buchhaltungstool im Tarif Starter, sechs Leute.")["plan"] == "Starter"


def test_a_price_after_tarif_is_not_a_plan():
    assert "plan" not in facts("Wir zahlen im Tarif CHF 49 pro Monat, das ist zu viel.")


def test_the_city_said_with_the_name():
    found = facts("Da ist der Florian Gruber aus Graz. Mein Internet ist seit gestern langsam.")
    assert (found["name"], found["location"]) == ("Florian Gruber", "Graz")


def test_ich_bin_der_meinung_is_no_name():
    assert "name" not in facts("Ich bin der Meinung, dass die Rechnung falsch ist.")


def test_a_plan_named_after_ist():
    assert facts("Mein Abo ist Inland Plus, und das Paket kam nicht.")["plan"] == "Inland Plus"


def test_a_returning_customer_greeting_with_the_name_again():
    lines = [
        TranscriptLine("customer", "Griaß di, Florian Gruber wieder. Wir ziehen um."),
        TranscriptLine("agent", "Hallo Florian, gratuliere!"),
    ]
    assert {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}["name"] == (
        "Florian Gruber"
    )


def test_someone_elses_full_name_does_not_replace_the_customers():
    lines = [
        TranscriptLine("customer", "Die Lisa zieht mit, bitte beide Namen auf den Vertrag."),
        TranscriptLine("agent", "Mach ich, ich brauch nur ihren vollen Namen."),
        TranscriptLine("customer", "Lisa Hofer."),
    ]
    source = ExtractionInput(lines=lines, known_facts={"name": "Florian Gruber"})
    assert "name" not in {f.key for f in RulesExtractor().extract(source).facts}


def test_colloquial_arbeit_als_and_the_employer_after_bei():
    found = facts("Ich brauch das dringend, ich arbeit als Elektrotechniker bei der Andritz und hab Bereitschaft.")
    assert (found["occupation"], found["employer"]) == ("elektrotechniker", "Andritz")


def test_a_job_said_with_ich_als():
    assert (
        facts("Da ich als Zahnärztin in meiner Praxis keine Telefonate annehmen kann, bitte per E-Mail.")["occupation"]
        == "zahnärztin"
    )


def test_ich_als_kunde_is_no_job():
    assert "occupation" not in facts("Ich als Kunde erwarte mehr von Ihnen.")


def test_started_at_an_employer():
    assert facts("Große Neuigkeit: ich hab im Jänner bei der voestalpine angefangen.")["employer"] == "voestalpine"


def test_widowed_said_as_what_happened():
    assert facts("Der macht alles mit dem Computer, seit mein Mann gestorben is.")["marital_status"] == "verwitwet"


def test_a_sick_husband_is_no_marital_status():
    assert "marital_status" not in facts("Mein Mann ist krank und kann nicht telefonieren.")


def test_colloquial_hearing():
    assert facts("Reden S' lauter, ich hör schlecht.")["accessibility"] == "Ich hör schlecht"


def test_a_routine_with_a_weekday():
    assert "sonntags" in facts("Ich bestelle sonntags immer Pizza, wenn der Tatort läuft.")["habit"]


def test_when_to_call_asked_for():
    assert (
        "19 Uhr" in facts("Und ruft mich bitte nur abends nach 19 Uhr an, tagsüber hab ich Patienten.")["contact_hours"]
    )


# --- Addresses, signatures and the address read back --------------------------------------------------


def dialogue(*turns: tuple[str, str]) -> dict[str, str]:
    lines = [TranscriptLine(role, text) for role, text in turns]
    return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_the_town_of_an_address_with_its_postcode():
    assert facts("Seit Tagen kein Strom im Treppenhaus. Lindenweg 12a, 79098 Freiburg.")["location"] == "Freiburg"
    assert facts("Mein Paket liegt noch im Lager, Sendung kam nie an.").get("location") is None


def test_a_postcode_without_a_street_is_no_address():
    assert "location" not in facts("Ich habe 12345 Punkte gesammelt und 2024 Euro gezahlt.")


def test_the_home_address_named_in_passing():
    assert facts("Bitte nicht an meine Privatadresse in Husum schicken.")["location"] == "Husum"
    assert "location" not in facts("Ist meine Privatadresse in Ihrem System?")


def test_a_letter_closing_then_the_name():
    letter = (
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung stimmt nicht.\n\nMit freundlichen Grüßen\n\nHelga Brinkmann"
    )
    assert facts(letter)["name"] == "Helga Brinkmann"
    assert "name" not in facts("Mit freundlichen Grüßen\n\nIhr Kundenservice-Team wartet")


def test_an_academic_title_before_the_name_asked_for():
    said = dialogue(
        ("customer", "Die Heizung im Büro ist kaputt."),
        ("agent", "Darf ich Ihren Namen haben?"),
        ("customer", "Dr. Anja Wolff-Berger. Ich warte schon lange."),
    )
    assert said["name"] == "Anja Wolff-Berger"


def test_the_address_read_back_and_confirmed():
    said = dialogue(
        ("customer", "Ich möchte die Lieferung verschieben."),
        ("agent", "Gern. Ist Ihre Adresse noch in Bremen-Vegesack?"),
        ("customer", "Ja, stimmt."),
    )
    assert said["location"] == "Bremen-Vegesack"


def test_an_address_read_back_but_corrected_or_not_a_place():
    moved = dialogue(
        ("agent", "Ist Ihre Adresse noch in Bremen-Vegesack?"),
        ("customer", "Ja, aber wir sind umgezogen."),
    )
    assert "location" not in moved
    unsure = dialogue(
        ("agent", "Ist Ihre Adresse im System noch in Ordnung?"),
        ("customer", "Ja, genau."),
    )
    assert "location" not in unsure


def test_the_channel_as_a_short_answer():
    assert facts("Per SMS bitte.")["preferred_contact_channel"] == "SMS"
    assert facts("Per E-Mail als PDF bitte, danke.")["preferred_contact_channel"] == "email"
    assert "preferred_contact_channel" not in facts("Ich habe per E-Mail bezahlt und nichts bekommen.")
    assert "preferred_contact_channel" not in facts("Geht das auch per SMS?")


def test_the_mobile_as_a_channel():
    said = facts("Rufen Sie mich bitte auf dem Handy an, nicht auf dem Festnetz.")
    assert said["preferred_contact_channel"] == "mobile (Handy)"
    assert "preferred_contact_channel" not in facts("Mein Handy ist kaputt, der Bildschirm ist gesprungen.")


def test_when_to_call_said_with_the_morning():
    said = facts("Rufen Sie mich bitte nur am Vormittag an.")
    assert "Vormittag" in said["contact_hours"]
    assert "contact_hours" not in facts("Sie haben mich am Vormittag angerufen, ich war nicht da.")


def test_a_relative_named_with_the_spoken_article():
    assert facts("Meine Schwester, die Monika, kommt am Samstag mit.")["sister"] == "Monika (schwester)"
    assert "sister" not in facts("Meine Schwester, die Pflege braucht, wohnt bei uns.")


def test_a_pet_named_with_heisst():
    assert facts("Wir haben einen Dackel, Fridolin heißt er.")["pet"] == "Fridolin (dackel)"
    assert facts("Ich habe eine Katze, sie heißt Luna.")["pet"] == "Luna (katze)"
    assert "pet" not in facts("Wie heißt eigentlich Ihr Hund?")


def test_a_job_and_employer_with_an_aside():
    said = facts("Ich bin übrigens Juristin beim Landratsamt Freising, ich kenne das Verfahren.")
    assert said["occupation"].lower() == "juristin"
    assert said["employer"] == "Landratsamt Freising"
    assert "occupation" not in facts("Meine Tochter ist übrigens Juristin.")


def test_retired_from_a_job():
    assert facts("Seit ich als Schuldirektor im Ruhestand bin, habe ich Zeit.")["occupation"] == "ruhestand"


def test_a_tier_before_member():
    assert facts("Ich bin seit Jahren Platin-Mitglied bei Ihnen.")["plan"] == "Platin"
    assert "plan" not in facts("Wie werde ich Gold-Mitglied bei Ihnen?")


def test_the_age_given_when_asked():
    said = dialogue(("agent", "Wie alt sind Sie, für die Akte?"), ("customer", "Zweiundachtzig Jahre."))
    assert said["age"] == "82"
    assert "age" not in dialogue(("agent", "Wie alt ist das Gerät?"), ("customer", "Drei Jahre."))


def test_the_town_they_moved_to_when_asked():
    said = dialogue(("agent", "Sind Sie umgezogen?"), ("customer", "Ja, von Erfurt nach Jena, im Mai."))
    assert said["location"] == "Jena"
    assert "location" not in dialogue(("agent", "Sind Sie umgezogen?"), ("customer", "Nein, ich war nur in Jena."))


def test_an_intolerance_and_standard_german_and_a_cane():
    assert facts("Ich habe eine Fruktoseintoleranz, bitte beachten.")["allergies"] == "Fruktoseintoleranz"
    said = facts("Bitte schreiben Sie mir auf Hochdeutsch.")
    assert said["preferred_language"] == "Standard German (Hochdeutsch)"
    assert facts("Ich gehe seit der Operation mit Stock.")["accessibility"] == "Mit Stock"
    assert "allergies" not in facts("Hat das Produkt eine Laktoseintoleranz-Kennzeichnung?")


def test_a_signature_with_an_academic_title_and_two_roles():
    letter = "Guten Tag,\n\ndas Update ist fehlerhaft.\n\nMit freundlichen Grüßen\nDr. Jana Kurz\nZahnärztin, Inhaberin"
    said = facts(letter)
    assert said["name"] == "Jana Kurz"
    assert said["occupation"] == "Zahnärztin, Inhaberin"
    assert "employer" not in said


def test_greetings_from_home_and_colloquial_wohn():
    assert facts("Alles klar, danke. Viele Grüße aus Kassel!")["location"] == "Kassel"
    assert facts("Ich wohn in Bamberg, gleich am Bahnhof.")["location"] == "Bamberg"
    assert "location" not in facts("Grüße aus dem Urlaub, wir sind zurück.")


def test_the_name_then_who_they_are():
    assert facts("Das hat mir die Sabine, meine Nichte, eingerichtet.")["niece"] == "Sabine (nichte)"
    assert "niece" not in facts("Die Sabine, meine Güte, war das ein Tag.")


def test_a_greeting_is_no_name():
    assert facts("Grüß Gott. Ich ruf wegen der Rechnung an.").get("name") is None


def test_a_name_the_agent_answers_with_the_surname():
    said = dialogue(
        ("customer", "Guten Tag. Petra Lindner, ich habe eine Frage zur Rechnung."),
        ("agent", "Guten Tag Frau Lindner, worum geht es?"),
    )
    assert said["name"] == "Petra Lindner"
    other = dialogue(
        ("customer", "Es geht um die Rechnung. Petra Lindner, meine Nachbarin, hat mir Sie empfohlen."),
        ("agent", "Schön! Worum geht es?"),
    )
    assert "name" not in other


def test_the_name_answered_to_wie_heisst_du_and_a_nut_allergy():
    said = dialogue(("agent", "Wie heißt du, dann schau ich nach?"), ("customer", "Jonas Wirth."))
    assert said["name"] == "Jonas Wirth"
    assert facts("Ich bin Veganer und hab ne Nussallergie.")["allergies"] == "Nussallergie"


def test_ich_meine_in_a_question_is_no_correction():
    said = facts("Ich bin nach Leipzig gezogen. Wie ändere ich meine Adresse?")
    assert said["location"] == "Leipzig"


def test_the_pets_name_asked_is_not_the_customers():
    said = dialogue(("agent", "Wie heißt Ihr Hund?"), ("customer", "Bello, er ist vier."))
    assert "name" not in said


def test_the_plan_read_back_and_confirmed():
    said = dialogue(("agent", "Sie haben den Tarif Allnet L, richtig?"), ("customer", "Ja, genau."))
    assert said["plan"] == "Allnet L"
    offered = dialogue(("agent", "Kennen Sie schon den Tarif Allnet L?"), ("customer", "Ja, klingt gut."))
    assert "plan" not in offered
    refused = dialogue(("agent", "Sie haben den Tarif Allnet L, richtig?"), ("customer", "Nein, Allnet M."))
    assert refused.get("plan") != "Allnet L"


def test_answer_length_tone_and_confirmation_said_plainly():
    assert facts("ok. kurz bitte in zukunft.")["response_length"] == "short (kurz)"
    assert "response_length" not in facts("Können Sie kurz bitte warten?")
    assert facts("Bitte antworten Sie ausführlich.")["response_length"] == "detailed (ausführlich)"
    assert facts("Ich ersuche um eine förmliche Anrede.")["tone_preference"] == "formal (Siezen)"
    said = facts("Bitte ändern Sie nichts am Vertrag, ohne dass ich vorher zustimme.")
    assert "confirm_before_acting" in said
    assert "confirm_before_acting" not in facts("Warum wurde nichts geändert, ohne meine Zustimmung?")


def test_a_job_with_an_abbreviation_and_food_said_plainly():
    assert facts("Ich bin IT-Beraterin bei der Firma Nordlicht.")["occupation"].lower() == "it-beraterin"
    assert facts("Ich vertrag kein Gluten, leider.")["dietary"] == "Gluten"
    assert "dietary" not in facts("Mein Mann verträgt kein Gluten.")
    assert facts("Ich bin seit Jahren Veganerin.")["dietary"] == "Veganerin"


def test_home_then_where_that_is():
    assert facts("Ja, bitte nach Hause, Bremen-Findorff.")["location"] == "Bremen-Findorff"
    assert "location" not in facts("Ich gehe jetzt nach Hause, Tschüss!")


def test_a_need_of_someone_else_is_not_the_customers():
    assert facts("Ich bin seit der OP fast blind, bitte große Schrift.")["accessibility"] == "Fast blind"
    assert "accessibility" not in facts("Unser Kater ist alt, er ist taub, aber lieb.")
    assert "accessibility" not in facts("Meine Mutter ist sehbehindert und ruft manchmal an.")


def test_a_name_with_von_before_the_company_stops_at_the_name():
    assert facts("Hier ist Jana Roth von der Firma Kessel.")["name"] == "Jana Roth"


def test_the_age_and_the_town_answering_the_agents_question():
    assert dialogue(("agent", "Darf ich nach Ihrem Alter fragen?"), ("customer", "Zweiundfünfzig."))["age"] == "52"
    assert "age" not in dialogue(("agent", "Und das Alter Ihres Sohnes?"), ("customer", "Zwölf."))
    said = dialogue(("agent", "Wohnen Sie noch in Kassel?"), ("customer", "Nein, in Baunatal."))
    assert said["location"] == "Baunatal"
    assert "location" not in dialogue(("agent", "Wohnen Sie noch in Kassel?"), ("customer", "In Ordnung, danke."))
    assert "location" not in dialogue(("agent", "Wo arbeiten Sie?"), ("customer", "In Baunatal."))


def test_phone_as_an_adverb_and_the_time_with_it():
    said = facts("Kontaktieren Sie mich bitte telefonisch, am liebsten nachmittags.")
    assert said["preferred_contact_channel"] == "phone"
    assert said["contact_hours"] == "Nachmittags"
    assert "preferred_contact_channel" not in facts("Warum erreichen Sie mich nie telefonisch?")
    assert "preferred_contact_channel" not in facts("Kontaktieren Sie mich bitte nicht telefonisch.")
    assert "contact_hours" not in facts("Erreichen Sie mich auch abends?")


def test_the_pace_said_with_langsam_und_deutlich_and_with_schreiben():
    assert "instruction_pace" in facts("Bitte deutlich und langsam sprechen, ich bin nicht mehr die Jüngste.")
    assert "instruction_pace" in facts("Bitte schreibt mir langsam und einfach, ich lerne noch.")
    assert "instruction_pace" in facts("Können Sie bitte in einfachem Deutsch schreiben?")
    assert "instruction_pace" not in facts("Das Internet ist langsam und deutlich zu teuer.")
    assert "instruction_pace" not in facts("Mein Deutsch ist nicht so gut, bitte auf Türkisch, oder einfaches Deutsch.")


def test_the_channel_refused_before_the_one_wanted_and_a_call_asked_for():
    said = facts("Rufen Sie mich bitte nie telefonisch an, sondern schreiben Sie nur per E-Mail.")
    assert said["preferred_contact_channel"] == "email"
    assert facts("Schreibt mir bitte auf WhatsApp, Mails lese ich nicht.")["preferred_contact_channel"] == "WhatsApp"
    assert (
        dialogue(("agent", "Sollen wir Ihrer Tochter schreiben?"), ("customer", "Nein, ruf mich an."))[
            "preferred_contact_channel"
        ]
        == "phone"
    )
    # Where they read it is no channel to send it on; a call about a parcel is no standing wish.
    assert "preferred_contact_channel" not in facts("Schreiben Sie bitte kurz, ich lese das auf dem Handy im Zug.")
    assert "preferred_contact_channel" not in facts("Rufen Sie mich an, wenn das Paket da ist?")


def test_confirmation_with_an_adjective_and_a_draft_before_each_step():
    said = facts("Buchen Sie bitte nichts ohne meine schriftliche Zustimmung.")
    assert "confirm_before_acting" in said
    said = facts("Schicken Sie mir vor jeder Änderung den neuen Plan zur Freigabe.")
    assert "confirm_before_acting" in said
    assert "confirm_before_acting" not in facts("Vor jeder Reise packe ich die Koffer zur Sicherheit doppelt.")


def test_when_to_call_answered_to_the_agents_question():
    said = dialogue(("agent", "Wann können wir Sie am besten erreichen?"), ("customer", "Am liebsten abends."))
    assert said["contact_hours"] == "Am liebsten abends"
    said = dialogue(("agent", "Wann dürfen wir zurückrufen?"), ("customer", "Ab 14 Uhr, vorher bin ich im Dienst."))
    assert said["contact_hours"] == "Ab 14 Uhr"
    assert "contact_hours" not in dialogue(("agent", "Wann ist das passiert?"), ("customer", "Gestern abends."))
    assert "contact_hours" not in dialogue(("agent", "Wann dürfen wir anrufen?"), ("customer", "Egal."))


def test_a_hip_or_knee_replacement_is_an_accessibility_need():
    assert "accessibility" in facts("Seit meiner Knie-OP kann ich keine Treppen steigen.")
    assert "accessibility" in facts("Ich habe ein künstliches Hüftgelenk und brauche einen Sitz am Gang.")
    assert "accessibility" not in facts("Ich habe Knieschoner für das Training bestellt.")


def test_where_they_live_said_against_where_they_work_and_an_address_under_the_signature():
    said = facts(
        "Ich arbeite in Wels, wohne aber in Steyr.\n\nMit freundlichen Grüßen\nAnna Berger\nBahnhofstraße 3, 4600 Wels"
    )
    assert said["location"] == "Steyr"
    assert facts("Bitte an: Mühlweg 4, 4600 Wels. Danke!")["location"] == "Wels"


def test_a_son_with_an_article_and_a_single_parent_of_two():
    said = facts("Mein Mann und ich haben eine Tochter, Lea (5), die in die Kita geht.")
    assert said["daughter"] == "Lea (tochter)"
    said = facts("Ich bin alleinerziehend mit zwei Kindern und arbeite Vollzeit.")
    assert said["marital_status"] == "alleinerziehend"
    assert said["children"] == "zwei kindern"
    assert "occupation" not in facts("Ich bin Alleinerzieherin von drei Kindern.")
    assert "son" not in facts("Wir haben einen Sohn, Abitur hat er letztes Jahr gemacht.")


def test_a_breed_compound_with_the_pets_name():
    assert facts("Wir haben eine Siamkatze, Mimi, die ist sehr scheu.")["pet"] == "Mimi (katze)"
    assert "pet" not in facts("Wir haben einen Hundekorb, Größe L, bestellt.")


def test_a_titled_signature_without_closing_and_the_organization_line_under_the_title():
    said = facts(
        "Guten Tag,\n\nbitte stornieren Sie das Abo.\n\nDr. med. Jonas Feld\nOberarzt\nKlinikum Nord\nWeg 3, 1010 Wien"
    )
    assert said["name"] == "Jonas Feld"
    assert said["occupation"] == "Oberarzt"
    assert said["employer"] == "Klinikum Nord"
    said = facts(
        "Hallo,\n\nich habe die Rechnung für den Monat noch nicht bekommen.\n\nMit freundlichen Grüßen\n"
        "Paul Kern\nElektriker\nWien"
    )
    assert said["name"] == "Paul Kern"
    assert "employer" not in said


def test_a_move_with_any_words_before_the_town_a_home_noun_and_a_town_district():
    said = facts("Wir sind im letzten Herbst mit den Kindern nach Bad Vilbel gezogen.")
    assert said["location"] == "Bad Vilbel"
    assert "location" not in facts("Wir sind damals fast nach Bad Vilbel gefahren, das war zu teuer.")
    assert facts("Der Wasserschaden ist in unserer Wohnung in Ottensen passiert.")["location"] == "Ottensen"
    assert "location" not in facts("Meine Schwester hat ein Haus in Ottensen gekauft.")
    assert facts("Wir wohnen seit Jahren in Berlin-Pankow, direkt am Park.")["location"] == "Berlin-Pankow"


def test_the_postcode_and_town_after_the_name_and_a_bare_town_answered():
    said = dialogue(
        ("agent", "Darf ich Ihren Namen und Ihre Postleitzahl erfahren?"), ("customer", "Jens Ohlsen, 24103 Kiel.")
    )
    assert said["location"] == "Kiel"
    said = dialogue(("agent", "Sind Sie noch in Kassel gemeldet?"), ("customer", "Nein, Göttingen jetzt."))
    assert said["location"] == "Göttingen"
    assert "location" not in dialogue(("agent", "Sind Sie noch in Kassel?"), ("customer", "Genau."))


def test_answers_that_are_only_the_job_the_status_or_the_children():
    said = dialogue(("agent", "Was machen Sie beruflich?"), ("customer", "Fachinformatikerin, bei der Stadtwerke Ulm."))
    assert said["occupation"] == "fachinformatikerin"
    assert said["employer"] == "Stadtwerke Ulm"
    said = facts("Verwitwet. Drei Kinder, alle schon erwachsen.")
    assert said["marital_status"] == "verwitwet"
    assert said["children"] == "drei kinder"
    assert "occupation" not in facts("Der Elektriker kommt morgen, sagt die Hausverwaltung.")
    assert "marital_status" not in facts("Wir haben geschiedene Eltern betreut, aber das ist lange her.")


def test_a_job_said_with_als_taetig_the_title_asked_for_and_a_mail_address():
    assert facts("Ich bin seit 2. Mai als Statikerin im Ingenieurbüro Kranz tätig.")["occupation"] == "statikerin"
    assert "occupation" not in facts("Ich bin als Kunde bei Ihnen seit Jahren tätig.")
    assert "tone_preference" in facts("Dr. Jens Maier, bitte mit Titel ansprechen.")
    assert "tone_preference" not in facts("Das Buch mit dem Titel Faust habe ich bestellt.")
    said = facts("Bitte schicken Sie die Unterlagen nur an meine private E-Mail-Adresse.")
    assert said["preferred_contact_channel"] == "email"
    assert facts("Nur schriftlich per Post. Danke.")["preferred_contact_channel"] == "Post"


def test_a_letter_by_post_and_a_message_in_the_app():
    said = facts("Bitte schicken Sie mir die Abrechnung mit der Post, mit dem Computer kenne ich mich nicht aus.")
    assert said["preferred_contact_channel"] == "Post"
    assert facts("Schreibt mir bitte in der App, anrufen geht bei mir nicht.")["preferred_contact_channel"] == "app"
    assert "preferred_contact_channel" not in facts("In der App steht der falsche Betrag, schreibt das bitte um?")


def test_a_spouse_mentioned_without_a_name():
    assert facts("Bitte rufen Sie abends an, mein Mann ist tagsüber nicht da.")["spouse"] == "Mann"
    assert facts("Meine Frau Jana und ich wollen umbuchen.")["spouse"] == "Jana (frau)"
    assert "spouse" not in facts("Seit mein Mann gestorben ist, kümmere ich mich allein.")
    assert "spouse" not in facts("Meine Ex-Frau hat das Konto eröffnet.")


def test_a_settled_move_with_its_date_and_when_they_are_home_is_no_call_time():
    assert facts("Wir ziehen am 15. Juni nach Regensburg, bitte Adresse ändern.")["location"] == "Regensburg"
    assert "location" not in facts("Wir ziehen mit dem ganzen Büro am Montag um, die Nummer bleibt.")
    assert "contact_hours" not in facts("Ich bin nie vor 18 Uhr zu Hause, bitte in die Garage stellen.")
    assert facts("Bitte nie vor 18 Uhr anrufen.")["contact_hours"] == "Nie vor 18 Uhr"


def test_short_answers_not_so_fast_a_call_before_a_change_and_the_job_after_the_employer():
    assert facts("Bitte nur das Wichtigste, ich lese das im Bus.")["response_length"] == "short (kurz)"
    assert "instruction_pace" in facts("Bitte nicht so schnell, ich schreibe mit.")
    assert "confirm_before_acting" in facts("Bevor Sie den Tarif umstellen, ruft mich bitte an.")
    assert facts("Ich arbeite im Rathaus als Sachbearbeiterin.")["occupation"] == "sachbearbeiterin"
    assert "accessibility" in facts("Ich kann kaum noch sehen, bitte große Schrift.")
    assert "contact_hours" in facts("Rufen Sie mich am besten zwischen 12 und 13 Uhr an.")
    assert "response_length" not in facts("Das Wichtigste ist, dass es funktioniert.")
    assert "instruction_pace" not in facts("Nicht so schnell mit der Kündigung!")
    assert "confirm_before_acting" not in facts("Bevor ich es vergesse, rufen Sie mich an?")
    assert "accessibility" not in facts("Ich kann nicht sehen, ob die Zahlung da ist.")


def test_two_named_children_a_closing_line_is_no_name_and_a_qualified_job():
    said = facts("Ich habe zwei Söhne, Jan und Ole, beide in der Schule.")
    assert said["son"] == "Jan, Ole (söhne)"
    assert "noted_contradiction" not in facts("Meine Söhne Jan und Ole spielen Handball.")
    assert facts("Meine Tochter Lea und Paul kommen mit.")["daughter"] == "Lea (tochter)"
    said = facts("Sehr geehrte Damen und Herren,\n\nich kündige hiermit.\n\nBeste Grüße\nMarkus Thiel")
    assert said["name"] == "Markus Thiel"
    assert "occupation" not in said
    assert facts("Ich bin selbstständige Friseurin.")["occupation"] == "friseurin"
    assert facts("Ich bin seit letztem Jahr Witwe.")["marital_status"] == "witwe"


def test_the_job_opening_the_sentence_a_training_and_a_shift_before_the_employer():
    assert facts("Als Erzieherin habe ich nur morgens frei.")["occupation"] == "erzieherin"
    assert facts("Ich mache gerade eine Ausbildung zum Elektroniker.")["occupation"] == "elektroniker"
    said = facts("Ich arbeite im Schichtdienst bei Bosch in Bamberg.")
    assert said["employer"] == "Bosch"
    assert "occupation" not in facts("Als Kunde habe ich das Recht auf eine Antwort.")
    assert facts("Ich arbeite im Schichtdienst, leider.").get("employer") is None


def test_more_everyday_wishes_for_channel_hours_pace_language_tone_and_confirmation():
    assert facts("Mir wäre eine SMS lieber als ein Anruf.")["preferred_contact_channel"] == "SMS"
    assert facts("Telefon geht schlecht, bitte schriftlich.")["preferred_contact_channel"] == "written (schriftlich)"
    assert facts("Bitte keine Anrufe, lieber eine Nachricht.")["preferred_contact_channel"] == "message (Nachricht)"
    assert "contact_hours" in facts("Vormittags bin ich nicht erreichbar, da arbeite ich.")
    assert "instruction_pace" in facts("Erklären Sie es mir bitte wie einem Kind.")
    assert facts("Sprechen Sie bitte Englisch mit mir.")["preferred_language"] == "English (Englisch)"
    assert facts("Bitte per Sie, wir kennen uns nicht.")["tone_preference"] == "formal (Siezen)"
    assert "confirm_before_acting" in facts("Buchen Sie nichts ab, ohne mich vorher zu informieren.")
    assert "preferred_contact_channel" not in facts("Ich habe das schriftlich bestätigt bekommen.")
    assert "contact_hours" not in facts("Vormittags bin ich meistens im Garten.")
    assert "confirm_before_acting" not in facts("Nichts geht ohne mich zu fragen?")


def test_the_pets_name_said_with_heisst_after_its_kind():
    assert facts("Mein Hund, ein Beagle, heißt Oskar.")["pet"] == "Oskar (hund)"
    assert facts("Die Katze heißt übrigens Mimi, sie ist scheu.")["pet"] == "Mimi (katze)"
    assert "Hund" not in facts("Mein Hund, ein Dackel, ist alt.").get("pet", "")


def test_im_is_no_english_im_and_the_district_then_the_town():
    said = facts("Ich wohne im 7. Bezirk in Wien.")
    assert said["location"] == "Wien"
    assert "age" not in said
    assert facts("Wohnhaft in Dresden, seit 2015.")["location"] == "Dresden"
    assert facts("hi, I'm 34 and my router is broken")["age"] == "34"


def test_an_age_corrected_with_nee():
    assert facts("ich bin 40 nee 41, hab mich vertippt")["age"] == "41"
    assert facts("Ich bin 45 nee danke, kein Interesse.")["age"] == "45"


def test_a_fachfrau_title_and_how_they_work_before_als():
    said = facts("Ich arbeite Schicht als Pflegefachfrau im Inselspital, bin tagsüber oft weg.")
    assert said["occupation"] == "pflegefachfrau"
    assert said["employer"] == "Inselspital"
    assert "occupation" not in facts("Die Fachfrau am Schalter war sehr nett.")


def test_the_only_time_to_write_or_call():
    assert "abends" in facts("Und schreibt mir nur abends, tagsüber hab ich das Handy im Spind.")["contact_hours"]
    assert "19" in facts("Und ruft mich bitte nur abends nach 19 Uhr an.")["contact_hours"]
    assert "contact_hours" in facts("Immer noch nur abends schreiben bitte.")
    assert "contact_hours" not in facts("Ich ruf morgens wieder an.")


def test_a_saints_town_and_a_yes_then_the_town_answering_where_they_live():
    said = dialogue(("agent", "Wohnen Sie noch in St. Peter?"), ("customer", "Ja, in St. Peter, seit dreißig Jahren."))
    assert said["location"] == "St. Peter"
    assert dialogue(("agent", "Wohnen Sie noch in Bern?"), ("customer", "Ja, Bern. Danke."))["location"] == "Bern"
    assert "location" not in dialogue(("agent", "Wohnen Sie noch in Bern?"), ("customer", "Ja, Danke."))


def test_moving_with_zuegeln_studier_without_ich_and_the_meal_they_ask_for():
    assert facts("Hoi, Lara Zimmermann. Bin nach Thun gezügelt.")["location"] == "Thun"
    assert facts("ich bin in der vorlesung, studier informatik an der tu")["occupation"] == "studiert informatik"
    assert facts("Bitte immer ein vegetarisches Menü für mich.")["dietary"] == "vegetarisch"
    assert "dietary" not in facts("Das Menü ist unübersichtlich.")


def test_kurz_before_the_verb_and_no_advertising():
    assert facts("geht wieder. bitte kurz antworten, ich bin in der vorlesung")["response_length"] == "short (kurz)"
    assert facts("und ruft mich nie wegen werbung an")["dislikes"] == "werbung"
    assert "dislikes" not in facts("Ich habe keine Werbung bekommen.")
    assert "response_length" not in facts("Ich war kurz weg.")


def test_the_only_delivery_day_and_a_call_first_before_the_step():
    said = facts("Bitte liefern Sie ausschließlich freitags, da ich nur an diesem Tag im Homeoffice bin.")
    assert said["preferences"] == "freitags"
    assert "preferences" not in facts("Die Lieferung am Freitag war kaputt.")
    assert "confirm_before_acting" in facts("Und bitte immer vorher anrufen und bestätigen, bevor Sie etwas abbuchen.")
    assert "confirm_before_acting" not in facts("Der Fahrer soll vorher anrufen, bevor er kommt.")

"""The vehicle the customer drives (rules/vehicles.py), in each language: a make or model we know after a word
of having or driving it is kept as `product`; someone else's car, a hypothetical one and look-alike words are not.

Plain functions, no database: the rules extractor runs in memory.
"""

from __future__ import annotations

import pytest

from customer_memory.extraction import ExtractionInput, RulesExtractor, TranscriptLine


def facts(*customer: str, language: str = "") -> dict[str, str]:
    lines = [TranscriptLine("customer", text) for text in customer]
    result = RulesExtractor().extract(ExtractionInput(lines=lines, language=language))
    return {fact.key: fact.value for fact in result.facts}


@pytest.mark.parametrize(
    ("language", "text", "vehicle"),
    [
        ("en", "Hi, I drive a 2019 Honda CR-V and the parking sensor keeps beeping.", "Honda CR-V"),
        ("en", "We have a Toyota Land Cruiser, and the service light is on again.", "Toyota Land Cruiser"),
        ("es", "buenas tardes tengo una Tiguan 2021 y ya le toca el servicio de los 60 mil", "Tiguan 2021"),
        ("es", "Hola, tengo un Seat León del 2018 y la batería no carga.", "Seat León"),
        ("pt", "Boa tarde, comprei um Onix no ano passado e já deu problema na embreagem.", "Onix"),
        ("fr", "Bonjour, j'ai une Peugeot 208 de 2019 et le voyant moteur s'allume.", "Peugeot 208"),
        ("de", "Guten Tag, ich fahre jetzt einen Skoda Enyaq und brauche die erste Inspektion.", "Skoda Enyaq"),
        ("vi", "em oi anh muon dat lich bao duong xe CX-5 doi 2020 nhe", "CX-5"),
        ("vi", "Chào em, anh muốn bảo dưỡng xe Vios đời 2019 vào thứ bảy.", "Vios"),
    ],
)
def test_a_vehicle_after_a_word_of_having_or_driving_it_is_a_product(language, text, vehicle):
    assert facts(text, language=language)["product"] == vehicle


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If I bought a Tesla would the home charger work with it?"),
        ("en", "My seat on the flight was broken and nobody helped."),
        ("en", "I have a mini fridge in the office that trips the fuse."),
        ("es", "Mi esposa también trae su Jetta a veces, pero va a otro nombre."),
        ("es", "Tengo un Smart TV LG de 55 pulgadas conectado al deco."),
        ("de", "Wenn ich einen ID.3 hätte, könnte ich dann zu Hause laden?"),
        ("fr", "Si j'achète une Clio, est-ce que l'assurance change ?"),
    ],
)
def test_someone_elses_a_hypothetical_or_a_look_alike_is_no_product(language, text):
    assert "product" not in facts(text, language=language)


def test_a_later_car_replaces_the_first_keeping_it_as_the_previous_value():
    result = RulesExtractor().extract(
        ExtractionInput(
            lines=[
                TranscriptLine("customer", "Ich hab den ID.4 abgegeben und fahre jetzt einen Skoda Enyaq."),
            ],
            language="de",
        )
    )
    (car,) = [fact for fact in result.facts if fact.key == "product"]
    assert (car.value, car.previous) == ("Skoda Enyaq", "ID.4")
    assert not any(fact.key == "noted_contradiction" for fact in result.facts)


def test_a_car_the_device_patterns_also_read_is_stored_once_as_the_product():
    found = facts("J'ai besoin d'une attestation d'assurance pour ma Peugeot 208, merci.", language="fr")
    assert found["product"] == "Peugeot 208"
    assert "Peugeot" not in found.get("device", "")

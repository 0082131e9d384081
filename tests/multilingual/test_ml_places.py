"""Where: a country after a word of place, a city before a country, inflected city names
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids

CASES = [
    ("es", "Barack Obama se reunió con Raúl Castro en Panamá.", "PA", "country"),
    ("ru", "Путин и Трамп встретились в Финляндии.", "FI", "country"),
    ("de", "Biden und Xi trafen sich in Indonesien.", "ID", "country"),
    ("uk", "У Анталії Дмитро Кулеба провів переговори з Сергієм Лавровим.", "TR", "city"),
    ("uk", "Нарендра Моді прибув до Києва і зустрівся з Володимиром Зеленським.", "UA", "city"),
]


@pytest.mark.parametrize("language,text,country,kind", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_place_of_meeting(event, language, text, country, kind):
    e = event(language, text, "CONSULT")
    assert e.place is not None and e.place.country == country and e.place.kind == kind


def test_a_city_comes_before_a_country(event):
    e = event("es", "En Alemania, Lavrov se reunió con Kuleba en Berlín.", "CONSULT")
    assert e.place.name == "Berlin" and ids(e.source) == ["sergey-lavrov"]


def test_a_country_without_a_word_of_place_is_no_place(event):
    e = event("es", "Barack Obama se reunió con el presidente de Panamá.", "CONSULT")
    assert e.place is None


@pytest.mark.parametrize("language,text", [
    ("es", "Barack Obama se reunió con Raúl Castro en Panamá para mejorar las relaciones entre Washington y La Habana."),
    ("ru", "Путин и Трамп встретились в Финляндии, чтобы обсудить отношения между Москвой и Вашингтоном."),
])
def test_two_cities_joined_by_and_stand_for_governments_not_the_place(event, language, text):
    e = event(language, text, "CONSULT")
    assert e.place is not None and e.place.kind == "country" and e.place.country in ("PA", "FI")


def test_a_single_city_is_still_the_place(event):
    e = event("es", "Barack Obama se reunió con Raúl Castro en La Habana.", "CONSULT")
    assert e.place.name == "Havana"


@pytest.mark.parametrize("language,text,city", [
    ("es", "Vladimir Putin se reunió con Recep Tayyip Erdogan en Sochi.", "Sochi"),
    ("de", "Wladimir Putin traf Recep Tayyip Erdogan in Antalya.", "Antalya"),
    ("pt", "Lula se reuniu com Joe Biden em San Francisco.", "San Francisco"),
])
def test_a_smaller_city_after_a_word_of_place_is_where(event, language, text, city):
    e = event(language, text, "CONSULT")
    assert e.place is not None and e.place.name == city and e.place.kind == "city"


def test_the_city_of_a_post_is_not_where_the_event_was(event):
    e = event("es", "Bolivia rompió relaciones con Israel y Chile llamó a consultas a su embajador en Tel Aviv.",
              "SANCTION")
    assert e.place is None or e.place.name != "Tel Aviv"


def test_a_capitalised_word_after_a_word_of_place_that_is_no_city_is_no_place(event):
    e = event("de", "Wladimir Putin traf Recep Tayyip Erdogan, und das Abkommen trat in Kraft.", "CONSULT")
    assert e.place is None


@pytest.mark.parametrize("language,text", [
    ("de", "Wladimir Putin traf Recep Tayyip Erdogan im kasachischen Astana."),
    ("de", "Wladimir Putin traf Recep Tayyip Erdogan in der kasachischen Hauptstadt Astana."),
    ("es", "Vladimir Putin se reunió con Recep Tayyip Erdogan en la capital kazaja, Astaná."),
    ("tr", "Cumhurbaşkanı Recep Tayyip Erdoğan, Astana’da Rusya Devlet Başkanı Vladimir Putin ile bir araya geldi."),
])
def test_a_smaller_city_past_small_words_or_with_a_case_ending_of_place_is_where(event, language, text):
    e = event(language, text, "CONSULT")
    assert e.place is not None and e.place.name == "Astana" and e.place.kind == "city"


def test_a_city_past_another_countrys_word_is_no_place(event):
    # "im russischen Astana": Astana is no Russian city; the words between name another country.
    e = event("de", "Wladimir Putin traf Recep Tayyip Erdogan im russischen Astana.", "CONSULT")
    assert e.place is None or e.place.name != "Astana"


def test_a_capitalised_word_between_a_word_of_place_and_a_city_leaves_it(event):
    e = event("de", "Wladimir Putin traf Recep Tayyip Erdogan in Genf und danach Astana.", "CONSULT")
    assert e.place is None or e.place.name != "Astana"

"""A capital named for its government, except after a word of place (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids


@pytest.mark.parametrize("language,text,source,target", [
    ("it", "Mosca annuncia l'espulsione dei diplomatici italiani.", "country:RU", "country:IT"),
    ("fr", "Pékin a dénoncé les sanctions de Washington.", "country:CN", "country:US"),
    ("ru", "Москва выслала дипломатов Берлина.", "country:RU", "country:DE"),
])
def test_a_capital_acts_for_its_government(analyse, language, text, source, target):
    events = analyse(language, text).events
    assert [(ids(e.source), ids(e.target)) for e in events] == [([source], [target])]


def test_the_government_of_a_genitive_capital(analyse):
    mentions = analyse("de", "Die feindlichen Aktionen Berlins werden nicht unbeantwortet bleiben.").mentions
    assert [(m.text, m.actor.id) for m in mentions] == [("Berlins", "country:DE")]


@pytest.mark.parametrize("language,text,city", [
    ("fr", "Macron a rencontré Xi à Pékin.", "Beijing"),
    ("de", "Scholz traf Putin in Moskau.", "Moscow"),
    ("ru", "Путин встретился с Шольцем в Москве.", "Moscow"),
])
def test_a_capital_after_a_word_of_place_stays_a_place(event, language, text, city):
    e = event(language, text, "CONSULT")
    assert e.place is not None and e.place.name == city
    assert all(a.kind == "person" for a in [*e.source, *e.target])


@pytest.mark.parametrize("language,text", [
    ("de", "MOSKAU (dpa) - Das Kammergericht Berlin hat ein Urteil gesprochen."),
    ("es", "La cumbre se celebró en Miami (Estados Unidos, 1994), Santiago (Chile, 1998) y Quebec."),
    ("fr", "Les dirigeants ont parlé à l'issue du sommet de Paris."),
    ("es", "Obama llegó al aeropuerto José Martí de La Habana."),
])
def test_datelines_names_and_places_of_events_are_no_governments(analyse, language, text):
    assert not [m for m in analyse(language, text).mentions if m.actor.sector == "government"]


def test_a_language_without_words_of_place_for_capitals_reads_places_only(analyse):
    assert not [m for m in analyse("tr", "Moskova açıklama yaptı.").mentions if m.actor.sector == "government"]

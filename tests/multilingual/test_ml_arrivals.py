"""A person arriving in a city of another country visits that country (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids

ARRIVALS = [
    ("ru", "Владимир Путин прибыл в Хельсинки.", "FI", "Helsinki"),
    ("uk", "Нарендра Моді прибув до Києва.", "UA", "Kyiv"),
    ("de", "Olaf Scholz ist am Montag in Moskau eingetroffen.", "RU", "Moscow"),
    ("fr", "Emmanuel Macron est arrivé à Pékin dimanche.", "CN", "Beijing"),
    ("es", "Barack Obama llegó a La Habana.", "CU", "Havana"),
    ("it", "Sergej Lavrov è arrivato a Roma.", "IT", "Rome"),
    ("pt", "Lula chegou a Pequim.", "CN", "Beijing"),
    ("ar", "وصل عباس عراقجي إلى أنقرة.", "TR", "Ankara"),
    ("zh", "美国国务卿布林肯抵达北京。", "CN", "Beijing"),
    ("ja", "岸田文雄首相がソウルに到着した。", "KR", "Seoul"),
    ("hi", "नरेंद्र मोदी कीव पहुंचे।", "UA", "Kyiv"),
    ("tr", "Putin Ankara'ya geldi.", "TR", "Ankara"),
    ("fa", "عباس عراقچی وارد آنکارا شد.", "TR", "Ankara"),
]


@pytest.mark.parametrize(("language", "text", "country", "city"), ARRIVALS)
def test_arriving_in_a_foreign_city_is_a_visit(event, language, text, country, city):
    e = event(language, text, "CONSULT")
    assert e.mode == "visit" and e.cameo == "042"
    assert ids(e.target) == [f"country:{country}"] and e.place.name == city


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Владимир Путин прибыл в Казань."),  # his own country: no visit
    ("zh", "习近平抵达北京。"),
    ("ru", "Министр прибыл в Хельсинки."),  # nobody named
])
def test_no_visit_without_a_foreigner(analyse, language, text):
    assert not analyse(language, text).events


def test_an_arrival_deep_in_a_report_is_background(analyse):
    body = ("Лавров провел переговоры с Ван И. Они обсудили торговлю. Стороны подписали заявление. "
            "Ранее Лавров прибыл в Пекин.")
    assert not [e for e in analyse("ru", body).events if e.mode == "visit"]


def test_an_arrival_is_dated_by_its_own_words_only(event):
    e = event("zh", "美国国务卿布林肯抵达北京。", "CONSULT")
    assert e.date is None  # not the publication day of a flash from another time zone

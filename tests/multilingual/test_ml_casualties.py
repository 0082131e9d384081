"""An attack told by its dead and where, its doer unnamed or an armed group of no country:
against the country where the victims fell; sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.multilingual import analyse_article
from dateline.records import Article
from tests.multilingual.conftest import ids


@pytest.mark.parametrize("language,text,target", [
    ("de", "Bei Anschlägen in Madrid sind mindestens 40 Menschen getötet worden.", "country:ES"),
    ("fr", "Un attentat à Bruxelles a fait au moins 30 morts.", "country:BE"),
    ("es", "Al menos 15 personas murieron en un atentado en Lima.", "country:PE"),
    ("ru", "В результате теракта в Мадриде погибли 40 человек.", "country:ES"),
    ("ar", "قتل 20 شخصا في هجوم في القاهرة.", "country:EG"),
    ("it", "Un attentato a Madrid ha causato 40 morti.", "country:ES"),
])
def test_an_attack_told_by_its_dead_is_against_the_country_where_they_fell(event, language, text, target):
    e = event(language, text, "ASSAULT")
    assert e.source == [] and ids(e.target) == [target]
    assert (e.modality, e.status) == ("asserted", "past")


@pytest.mark.parametrize("language,text,target", [
    ("de", "Der Islamische Staat bekennt sich zu dem Anschlag in Madrid, bei dem 30 Menschen starben.", "country:ES"),
    ("fr", "L'État islamique a revendiqué l'attentat à Bruxelles qui a fait 30 morts.", "country:BE"),
    ("ar", "تبنى تنظيم الدولة الإسلامية الهجوم في القاهرة الذي أسفر عن مقتل 20 شخصا.", "country:EG"),
    ("ru", "ИГИЛ взяло на себя ответственность за теракт в Мадриде, в результате которого погибли 40 человек.", "country:ES"),
])
def test_an_armed_group_of_no_country_is_the_doer(event, language, text, target):
    # the Islamic State, named in each language (names.yaml), has no country of its own
    e = event(language, text, "ASSAULT")
    assert ids(e.source) == ["org:isis"] and ids(e.target) == [target]


@pytest.mark.parametrize("language,text", [
    # a doer of another country is named: who struck whom is not this rule's to tell
    ("de", "Bei russischen Angriffen in Madrid sind zehn Menschen getötet worden."),
    # no dead or wounded: an attack spoken of, not its toll
    ("de", "Der Anschlag in Madrid war Thema im Parlament."),
    # a place of another country too: where they fell is not one country
    ("de", "Nach den Anschlägen in Madrid sind in Paris 40 Menschen getötet worden."),
    # a future attack is no attack
    ("de", "Bei Anschlägen in Madrid könnten 40 Menschen getötet werden."),
])
def test_no_attack_without_its_dead_one_place_and_no_state_named(analyse, language, text):
    assert [e for e in analyse(language, text).events if e.type == "ASSAULT"] == []


def test_the_word_for_a_city_is_no_city(resources):
    # Arabic "مدينة" (city) is an alternate name of Medina: "the Paris city council" is in Paris only
    text = "قال مسؤول بمجلس مدينة باريس إن 100 شخص قتلوا في هجوم."
    article = Article(id="t-ar", source="test", original=text, body=text, language="ar", published="2025-08-16")
    events = [e for e in analyse_article(article, resources).events if e.type == "ASSAULT"]
    assert [ids(e.target) for e in events] == [["country:FR"]]

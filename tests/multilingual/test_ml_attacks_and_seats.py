"""Other events in other languages: attack cues, an elided article before a name, seats of
government and peoples for their countries; sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.multilingual.cues import cue_set
from tests.multilingual.conftest import ids


@pytest.mark.parametrize("text", ["Bei dem Attentat starben zwei Menschen.", "Nach dem Terroranschlag schloss die Polizei den Platz."])
def test_german_assassination_and_terror_attack_cues(text):
    assert "ASSAULT" in [h.kind for h in cue_set("de").find(text)]


@pytest.mark.parametrize("language,text,source,target", [
    ("fr", "La Belgique a attaqué l'Estonie hier.", "country:BE", "country:EE"),
    ("it", "La Grecia ha bombardato l'Albania.", "country:GR", "country:AL"),
])
def test_a_name_after_an_elided_article_is_no_attackers_adjective(event, language, text, source, target):
    # "l'Estonie" starts in lower case but is a name: the subject is the attacker
    e = event(language, text, "ASSAULT")
    assert ids(e.source) == [source] and ids(e.target) == [target]


@pytest.mark.parametrize("language,text", [
    ("fr", "Le Portugal a envahi l'Espagne."),
    ("de", "Portugal ist in Spanien einmarschiert."),
    ("es", "Portugal invadió España."),
    ("ru", "Португалия вторглась в Испанию."),
    ("uk", "Португалія вторглася в Іспанію."),
    ("fr", "La Grèce a abattu un avion turc."),
])
def test_invading_and_shooting_down_are_assaults(language, text):
    assert "ASSAULT" in [h.kind for h in cue_set(language).find(text)]


@pytest.mark.parametrize("language,text", [
    ("fr", "Depuis l'invasion de l'Ukraine, les prix montent."),
    ("ru", "После вторжения цены выросли."),
])
def test_the_noun_of_an_invasion_is_background_not_a_cue(language, text):
    # "since the invasion": told as background far more often than as the news
    assert "ASSAULT" not in [h.kind for h in cue_set(language).find(text)]


@pytest.mark.parametrize("language,text,type_,source,target", [
    # the seat of a government for the government, as English "the Kremlin"
    ("de", "Der Kreml hat Polen scharf kritisiert.", "ACCUSE", "country:RU", "country:PL"),
    ("de", "Die Bundesregierung hat Ungarn scharf kritisiert.", "ACCUSE", "country:DE", "country:HU"),
    ("ru", "Кремль осудил Польшу.", "ACCUSE", "country:RU", "country:PL"),
    # the Gaza Strip is the Palestinian territory
    ("de", "Ägypten hat Ziele im Gazastreifen angegriffen.", "ASSAULT", "country:EG", "country:PS"),
    # the people of a country, as Ukrainian and Russian news name its forces
    ("uk", "Росіяни атакували Польщу.", "ASSAULT", "country:RU", "country:PL"),
    ("ru", "Россияне атаковали Польшу.", "ASSAULT", "country:RU", "country:PL"),
    ("uk", "Польща вдарила по Литві.", "ASSAULT", "country:PL", "country:LT"),
])
def test_seats_of_government_peoples_and_strikes(event, language, text, type_, source, target):
    e = event(language, text, type_)
    assert ids(e.source) == [source] and ids(e.target) == [target]


def test_a_meeting_in_the_kremlin_keeps_its_two_people(event):
    e = event("de", "Putin empfing Xi Jinping im Kreml.", "CONSULT")
    assert ids(e.source) == ["vladimir-putin"] and ids(e.target) == ["xi-jinping"]

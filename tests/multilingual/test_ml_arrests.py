"""Arrests told without their doer (the cue files' `arrested`): the one arrested is the
clause's subject, known to the knowledge base or not, and the doer the state, as English
reads "Khan was arrested in Lahore".  Sentences written for these tests."""

from __future__ import annotations

from tests.multilingual.conftest import ids


def test_a_known_person_arrested_is_held_by_their_state(event):
    e = event("es", "Alexei Navalny fue detenido el martes al llegar al aeropuerto.", "COERCE")
    assert ids(e.target) == ["alexei-navalny"] and [a.country for a in e.source] == ["RU"]
    assert e.cameo == "173"


def test_a_name_the_knowledge_base_does_not_know_is_the_one_arrested(event):
    # the state is the country of the article's city
    e = event("tr", "Belediye Başkanı Mehmet Yılmazer gözaltına alındı. Operasyon İstanbul'da yapıldı.", "COERCE")
    assert [a.name for a in e.target] == ["Mehmet Yılmazer"] and [a.country for a in e.source] == ["TR"]


def test_the_subject_opens_the_clause(event):
    e = event("es", "Carlos Ferrandiz, rival del presidente Pedro Sánchez, fue detenido en Madrid.", "COERCE")
    assert [a.name for a in e.target] == ["Carlos Ferrandiz"] and [a.country for a in e.source] == ["ES"]


def test_no_arrest_without_a_name_opening_the_clause(analyse):
    analysis = analyse("es", "Según fuentes de la policía de la ciudad, el sospechoso fue detenido el martes.")
    assert not [e for e in analysis.events if e.type == "COERCE"]


def test_no_state_is_guessed_for_someone_held_abroad(analyse):
    # a person of one country held in a city of another may be held by either side
    analysis = analyse("es", "Alexei Navalny fue detenido en Berlín.")
    assert not [e for e in analysis.events if e.type == "COERCE"]


def test_a_planned_arrest_is_no_event(analyse):
    analysis = analyse("es", "Alexei Navalny podría ser detenido si vuelve.")
    assert not [e for e in analysis.events if e.type == "COERCE"]


def test_arrests_told_in_other_languages(event):
    for language, text in (("ru", "Сергей Лавров был задержан в Москве."),
                           ("sv", "Sergej Lavrov greps i Moskva på söndagen."),
                           ("zh", "拉夫罗夫在莫斯科被捕。")):
        e = event(language, text, "COERCE")
        assert ids(e.target) == ["sergey-lavrov"] and [a.country for a in e.source] == ["RU"], language

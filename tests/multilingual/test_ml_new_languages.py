"""Cue files of Dutch, Polish, Bulgarian and Indonesian: events found in invented sentences."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids

SENTENCES = [
    ("nl", "Frankrijk heeft Rusland scherp bekritiseerd.", "ACCUSE", "country:FR", "country:RU"),
    ("nl", "Poetin ontmoette dinsdag Xi Jinping in Peking.", "CONSULT", "vladimir-putin", "xi-jinping"),
    ("nl", "Rusland heeft Oekraïne aangevallen.", "ASSAULT", "country:RU", "country:UA"),
    ("pl", "Putin spotkał się z Xi Jinpingiem we wtorek w Pekinie.", "CONSULT", "vladimir-putin", "xi-jinping"),
    ("pl", "Francja skrytykowała Rosję.", "ACCUSE", "country:FR", "country:RU"),
    ("pl", "Rosja zaatakowała Ukrainę.", "ASSAULT", "country:RU", "country:UA"),
    ("bg", "Путин се срещна със Си Дзинпин във вторник в Пекин.", "CONSULT", "vladimir-putin", "xi-jinping"),
    ("bg", "Франция разкритикува Русия.", "ACCUSE", "country:FR", "country:RU"),
    ("bg", "Русия атакува Украйна.", "ASSAULT", "country:RU", "country:UA"),
    ("id", "Presiden Putin bertemu dengan Xi Jinping di Beijing pada hari Selasa.", "CONSULT", "vladimir-putin",
     "xi-jinping"),
    ("id", "Rusia menyerang Ukraina.", "ASSAULT", "country:RU", "country:UA"),
    ("id", "Prancis mengecam Rusia.", "ACCUSE", "country:FR", "country:RU"),
]


@pytest.mark.parametrize("language,text,type_,source,target", SENTENCES, ids=[f"{s[0]}-{s[2]}" for s in SENTENCES])
def test_new_language_events(event, language, text, type_, source, target):
    e = event(language, text, type_)
    assert ids(e.source) == [source]
    assert target in ids(e.target)


NOT_HAPPENED = [
    ("nl", "Poetin heeft Xi Jinping niet ontmoet.", "CONSULT"),
    ("pl", "Putin nie spotkał się z Xi Jinpingiem.", "CONSULT"),
    ("bg", "Путин няма да се срещне със Си Дзинпин.", "CONSULT"),
    ("id", "Putin tidak bertemu dengan Xi Jinping.", "CONSULT"),
    ("id", "Jepang akan bertemu dengan Korea Selatan besok.", "CONSULT"),
]


@pytest.mark.parametrize("language,text,type_", NOT_HAPPENED, ids=[f"{s[0]}-{i}" for i, s in enumerate(NOT_HAPPENED)])
def test_negated_or_future_events_are_marked(analyse, language, text, type_):
    found = [e for e in analyse(language, text).events if e.type == type_]
    assert found and all(e.modality != "asserted" for e in found)

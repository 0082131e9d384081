"""Cue coverage: diplomatic summons and protest notes (PLOVER ACCUSE), breaking relations with
words between the cue's words (SANCTION), and German clause-final verbs; sentences written for
these tests."""

from __future__ import annotations

import pytest

from dateline.multilingual.cues import cue_set
from tests.multilingual.conftest import ids

# PLOVER manual: summoning an ambassador to present a grievance is ACCUSE, not PROTEST or CONSULT.
SUMMONS = [
    ("de", "Deutschland hat den russischen Botschafter einbestellt.", "country:DE", "country:RU"),
    ("de", "Die Ukraine bestellte am Montag Ungarns Botschafter ein.", "country:UA", "country:HU"),
    ("es", "España convocó al embajador de Israel tras los ataques.", "country:ES", "country:IL"),
    ("fr", "La France a convoqué l'ambassadeur d'Algérie.", "country:FR", "country:DZ"),
    ("pt", "O Brasil convocou o embaixador de Israel.", "country:BR", "country:IL"),
    ("it", "L'Italia ha convocato l'ambasciatore della Russia.", "country:IT", "country:RU"),
    ("ru", "Россия вызвала посла Франции в МИД.", "country:RU", "country:FR"),
    ("zh", "中国召见日本大使。", "country:CN", "country:JP"),
]

BREAKS = [
    ("es", "Bolivia rompió este martes sus relaciones diplomáticas con Israel.", "country:BO", "country:IL"),
    ("pt", "A Bolívia rompeu nesta terça-feira as relações diplomáticas com Israel.", "country:BO", "country:IL"),
    ("fr", "L'Algérie a rompu ses relations diplomatiques avec le Maroc.", "country:DZ", "country:MA"),
    ("ru", "Грузия разорвала дипломатические отношения с Россией.", "country:GE", "country:RU"),
    ("de", "Nicaragua brach die diplomatischen Beziehungen zu Taiwan ab.", "country:NI", "country:TW"),
    ("ar", "أعلنت الجزائر قطع علاقاتها الدبلوماسية مع المغرب.", "country:DZ", "country:MA"),
]


@pytest.mark.parametrize("language,text,source,target", SUMMONS, ids=[f"{s[0]}-{i}" for i, s in enumerate(SUMMONS)])
def test_summons_are_accusations(event, language, text, source, target):
    e = event(language, text, "ACCUSE")
    assert ids(e.source) == [source] and ids(e.target) == [target]


@pytest.mark.parametrize("language,text,source,target", BREAKS, ids=[b[0] for b in BREAKS])
def test_breaking_relations_is_a_sanction(event, language, text, source, target):
    e = event(language, text, "SANCTION")
    assert ids(e.source) == [source] and ids(e.target) == [target]


def test_gap_reaches_three_words_only():
    cues = cue_set("es")
    near = "Bolivia rompió hoy sus relaciones con Israel."
    far = "Bolivia rompió el récord de la región y mantiene relaciones con Israel."
    kinds = lambda text: [h.kind for h in cues.find(text) if h.kind == "SANCTION"]  # noqa: E731
    assert kinds(near) == ["SANCTION"]
    assert kinds(far) == []


def test_german_clause_final_verb_keeps_the_first_actor_as_source(event):
    e = event("de", "Frankreich hat Russland scharf kritisiert.", "ACCUSE")
    assert ids(e.source) == ["country:FR"] and ids(e.target) == ["country:RU"]


def test_german_actor_after_the_cue_is_still_the_target(event):
    e = event("de", "Frankreich kritisierte Russland wegen des Angriffs.", "ACCUSE")
    assert ids(e.source) == ["country:FR"] and ids(e.target) == ["country:RU"]


OTHER_TYPES = [
    ("de", "Russland weist zwei deutsche Diplomaten aus.", "SANCTION", "country:RU"),
    ("ru", "Россия высылает двух немецких дипломатов из Германии.", "SANCTION", "country:RU"),
    ("tr", "Türkiye Rus uçağını düşürdü.", "ASSAULT", "country:TR"),
    ("de", "Die Türkei hat ein russisches Kampfflugzeug abgeschossen.", "ASSAULT", "country:TR"),
    ("ru", "Россия пригрозила Германии ответными мерами.", "THREATEN", "country:RU"),
]


@pytest.mark.parametrize("language,text,type_,source", OTHER_TYPES, ids=[f"{o[0]}-{o[2]}" for o in OTHER_TYPES])
def test_more_cues(event, language, text, type_, source):
    e = event(language, text, type_)
    assert ids(e.source) == [source]


def test_an_accented_marker_is_matched_as_written():
    # German "würde" (would) folds to "wurde" (was, the passive's auxiliary): only the first is a condition
    found = [(h.kind, h.text) for h in cue_set("de").find("Er wurde festgenommen; sie würde kommen.")]
    assert ("conditional", "würde") in found and ("conditional", "wurde") not in found


def test_a_passive_with_wurde_is_asserted(event):
    e = event("de", "Der russische Botschafter wurde von Deutschland ausgewiesen.", "SANCTION")
    assert e.modality == "asserted"

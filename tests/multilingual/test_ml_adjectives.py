"""Country adjectives in their gender and number forms (sentences written for these tests)."""

from __future__ import annotations

import pytest

from dateline.multilingual.names import adjective_forms
from tests.multilingual.conftest import ids


@pytest.mark.parametrize(("language", "body", "type_", "source", "target"), [
    ("fr", "Les autorités maliennes ont expulsé l'ambassadeur de France.", "SANCTION", "country:ML", "country:FR"),
    ("es", "El gobierno venezolano acusó a Colombia.", "ACCUSE", "country:VE", "country:CO"),
    ("it", "Il governo russo ha espulso diplomatici italiani.", "SANCTION", "country:RU", "country:IT"),
])
def test_adjective_forms_stand_for_their_country(event, language, body, type_, source, target):
    e = event(language, body, type_, "2022-01-31")
    assert ids(e.source) == [source] and ids(e.target) == [target]


def test_forms():
    assert "maliennes" in adjective_forms("malien", "fr")
    assert "venezolanas" in adjective_forms("venezolano", "es")
    assert "russischen" in adjective_forms("russisch", "de")
    assert adjective_forms("российский", "ru") == ["российский"]


def test_more_nationality_adjectives(event):
    e = event("es", "El Gobierno boliviano rompió relaciones con el Estado israelí.", "SANCTION")
    assert [a.id for a in e.source] == ["country:BO"] and [a.id for a in e.target] == ["country:IL"]
    e = event("de", "Die deutsche Regierung kritisierte die ungarische Regierung.", "ACCUSE")
    assert [a.id for a in e.source] == ["country:DE"] and [a.id for a in e.target] == ["country:HU"]

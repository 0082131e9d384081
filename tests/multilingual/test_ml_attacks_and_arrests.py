"""More of the usual verbs of attacks and arrests (PLOVER ASSAULT, COERCE); sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids


@pytest.mark.parametrize(("language", "body", "source", "target"), [
    ("ar", "استهدفت إسرائيل مواقع في سوريا.", "country:IL", "country:SY"),
    ("it", "La Russia colpisce le città dell'Ucraina.", "country:RU", "country:UA"),
    ("pt", "Um míssil do Irã atingiu uma base de Israel.", "country:IR", "country:IL"),
])
def test_verbs_of_striking_are_attacks(event, language, body, source, target):
    e = event(language, body, "ASSAULT", "2025-04-09")
    assert ids(e.source) == [source] and ids(e.target) == [target]


@pytest.mark.parametrize(("language", "body", "source", "target"), [
    ("fr", "Le Venezuela a incarcéré trois ressortissants de la Colombie.", "country:VE", "country:CO"),
    ("es", "Nicaragua encarceló a dos periodistas de Costa Rica.", "country:NI", "country:CR"),
    ("ar", "أعلنت الجزائر توقيف ثلاثة مواطنين من فرنسا.", "country:DZ", "country:FR"),
])
def test_verbs_of_jailing_are_coercion(event, language, body, source, target):
    e = event(language, body, "COERCE", "2025-04-09")
    assert ids(e.source) == [source] and ids(e.target) == [target]

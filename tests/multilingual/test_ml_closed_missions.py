"""Closing another state's consulate or embassy is a reduction of diplomatic relations
(CAMEO 161, PLOVER SANCTION), as English "closed the consulate" is (data/events.yaml, close);
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids


@pytest.mark.parametrize(("language", "body", "source", "target"), [
    ("de", "Österreich schließt das russische Generalkonsulat in Salzburg.", "country:AT", "country:RU"),
    ("de", "Frankreich lässt die drei chinesischen Konsulate schließen.", "country:FR", "country:CN"),
    ("pl", "Czechy zamykają rosyjski konsulat w Brnie.", "country:CZ", "country:RU"),
    ("it", "La Francia ha annunciato la chiusura del consolato iraniano a Lione.", "country:FR", "country:IR"),
    ("es", "Argentina cierra el consulado venezolano en Córdoba.", "country:AR", "country:VE"),
    ("fr", "La Belgique ferme le consulat russe d'Anvers.", "country:BE", "country:RU"),
    ("pt", "O Brasil fechou o consulado venezuelano em Manaus.", "country:BR", "country:VE"),
    ("ru", "Эстония закрыла генконсульство России в Нарве.", "country:EE", "country:RU"),
    ("uk", "Литва закрила консульство Росії в Клайпеді.", "country:LT", "country:RU"),
    ("nl", "Nederland sluit het Russische consulaat in Amsterdam.", "country:NL", "country:RU"),
    ("id", "Indonesia menutup konsulat Australia di Bali.", "country:ID", "country:AU"),
])
def test_closing_a_consulate_is_a_sanction(event, language, body, source, target):
    e = event(language, body, "SANCTION", "2025-03-12")
    assert ids(e.source) == [source] and ids(e.target) == [target]


def test_turkish_closing_a_consulate(event):
    e = event("tr", "Türkiye, İran'ın Trabzon başkonsolosluğunu kapattı.", "SANCTION", "2025-03-12")
    assert ids(e.source) == ["country:TR"] and ids(e.target) == ["country:IR"]

"""Tariffs imposed and trade halted or banned are trade restrictions (CAMEO 163, PLOVER
SANCTION), as English "impose tariffs", "halted imports" are (data/events.yaml: impose, halt,
suspend, ban); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids


@pytest.mark.parametrize(("language", "body", "source", "target"), [
    ("es", "México impuso aranceles del 30 por ciento a Canadá.", "country:MX", "country:CA"),
    ("fr", "Le Canada impose des droits de douane aux produits chinois.", "country:CA", "country:CN"),
    ("de", "Indien verhängt Zölle auf Waren aus Japan.", "country:IN", "country:JP"),
    ("ru", "Казахстан ввел пошлины против Японии.", "country:KZ", "country:JP"),
    ("it", "Il Brasile ha sospeso le importazioni dall'Argentina.", "country:BR", "country:AR"),
    ("pt", "O Chile suspendeu as importações da Bolívia.", "country:CL", "country:BO"),
    ("tr", "Türkiye, Yunanistan ile ticareti durdurdu.", "country:TR", "country:GR"),
    ("pl", "Polska wstrzymała import zboża z Ukrainy.", "country:PL", "country:UA"),
    ("zh", "日本宣布对中国商品加征关税。", "country:JP", "country:CN"),
])
def test_tariffs_and_halted_trade_are_sanctions(event, language, body, source, target):
    e = event(language, body, "SANCTION", "2025-04-09")
    assert ids(e.source) == [source] and ids(e.target) == [target]



@pytest.mark.parametrize("body", [
    "Le Niger a rappelé son ambassadeur en Algérie.",
    "Le Niger rappelle ses ambassadeurs en Algérie.",
    "Le Niger a rappelé lundi son ambassadeur en Algérie.",
])
def test_recalling_an_ambassador_is_a_sanction(event, body):
    """Recalling one's ambassador reduces relations (CAMEO 161), as English "recalled its
    ambassador" does."""
    e = event("fr", body, "SANCTION", "2025-04-09")
    assert ids(e.source) == ["country:NE"] and ids(e.target) == ["country:DZ"]

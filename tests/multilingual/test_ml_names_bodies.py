"""A country's body named in the language: a name holding a place's name is no place
(sentences written for these tests)."""

from __future__ import annotations


def test_quds_force_is_irans_military_not_jerusalem(analyse):
    analysis = analyse("ar", "قال قائد فيلق القدس إن القوات سترد.")
    assert [m.actor.id for m in analysis.mentions] == ["body:IR:military"]


def test_ukrainian_lower_case_russia_is_russia(analyse):
    analysis = analyse("uk", "Міністри закордонних справ України та росії зустрілися в Анталії.")
    assert {"UA", "RU"} <= {m.actor.country for m in analysis.mentions}

"""A surname after the full name, and a title before an apposition comma (sentences written
for these tests)."""

from __future__ import annotations


def _people(analysis):
    return [(m.text, m.actor.id) for m in analysis.mentions if m.actor.kind == "person"]


def test_surname_is_the_person_named_before(analyse):
    analysis = analyse("es", "Barack Obama saludó a Raúl Castro en la cumbre. Después Obama y Castro hablaron.")
    assert ("Castro", "raul-castro") in _people(analysis)


def test_title_before_an_apposition_comma_is_the_names(analyse):
    # Published 2025: the post holder then would be another person; the name next to the title wins.
    analysis = analyse("es", "El presidente de Estados Unidos, Barack Obama, se reunió con Raúl Castro.")
    assert [a for _, a in _people(analysis)] == ["barack-obama", "raul-castro"]

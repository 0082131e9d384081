"""Two parties joined by "and" with their titles between them, and dates after "since"
(sentences written for these tests)."""

from __future__ import annotations

from tests.multilingual.conftest import ids


def test_german_meeting_between_two_titled_leaders(event):
    e = event("de", "Es war das erste Treffen zwischen Bundeskanzler Olaf Scholz und Kremlchef Wladimir Putin "
                    "seit Beginn des Krieges im Februar 2022.", "CONSULT")
    assert {*ids(e.source), *ids(e.target)} == {"olaf-scholz", "vladimir-putin"}
    assert e.date is None or e.date.date != "2022-02"  # "seit ... Februar 2022" is no date of the meeting


def test_spanish_leaders_with_their_countries_before_the_meeting(event):
    e = event("es", "Los presidentes de Estados Unidos, Barack Obama, y de Cuba, Raúl Castro, iniciaron una "
                    "reunión en La Habana.", "CONSULT")
    assert {*ids(e.source), *ids(e.target)} == {"barack-obama", "raul-castro"}


def test_russian_since_date_is_not_the_event_date(event):
    e = event("ru", "Лавров провел переговоры с Ван И, впервые с 15 августа.", "CONSULT")
    assert e.date is None or e.date.date != "2025-08-15"


def test_a_french_quotation_after_a_full_stop_starts_a_sentence():
    from dateline.multilingual.text import sentences

    text = "Le Mali a expulsé l'ambassadeur lundi. « Le gouvernement informe l'opinion », a-t-il dit."
    assert len(sentences(text, "fr")) == 2

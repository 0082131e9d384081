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


def test_german_noun_after_an_article_is_no_surname(analyse):
    # "Frieden" (peace) is also the surname of a Luxembourg prime minister.
    analysis = analyse("de", "Scholz sprach in Berlin über einen gerechten Frieden. Der Frieden sei nah.")
    assert all(a != "luc-frieden" for _, a in _people(analysis))


def test_word_written_in_lower_case_elsewhere_is_no_surname(analyse):
    # "pierre" (a stone) in lower case: the capitalised "Pierre" is the word too.
    analysis = analyse("fr", "Pierre par pierre, la France reconstruit le pont.")
    assert all(a != "philip-j-pierre" for _, a in _people(analysis))


def test_bare_surname_of_a_foreign_leader_needs_the_articles_countries(analyse):
    # An article about Cuba and the United States: "Martí" is not Andorra's head of government.
    analysis = analyse("es", "En Cuba, Obama habló de Martí ante Raúl Castro.", published="2016-03-21")
    assert all(a != "antoni-marti" for _, a in _people(analysis))


def test_bare_surname_backed_by_the_articles_countries_stays(analyse):
    analysis = analyse("fr", "La France et l'Allemagne: Hollande a reçu Merkel à Paris.", published="2015-06-01")
    assert ("Hollande", "francois-hollande") in _people(analysis)

"""Sides of other (non-meeting) events in invented sentences: a speaker parted from the clause by
a colon is no co-subject; an actor named before the cue and again after it is its target; an
attack's place stands for its victim before a name further on."""

from __future__ import annotations

from tests.multilingual.conftest import ids


def test_a_speaker_before_a_colon_is_not_joined_to_the_subject(event):
    found = event("ru", "МИД Франции: Россия высылает двух французских дипломатов.", "SANCTION")
    assert ids(found.source) == ["country:RU"]
    assert ids(found.target) == ["country:FR"]


def test_an_actor_named_before_the_cue_and_again_after_it_is_the_target(event):
    found = event("fr", "Dans l'escalade face à la France depuis plusieurs mois, le Mali a décidé "
                        "d'expulser l'ambassadeur de France.", "SANCTION")
    assert ids(found.source) == ["country:ML"]
    assert ids(found.target) == ["country:FR"]


def test_a_country_of_the_same_side_named_again_is_no_target(analyse):
    analysis = analyse("fr", "Face au Mali, la France a décidé d'expulser des diplomates, a dit la France.")
    assert not [e for e in analysis.events if ids(e.target) == ids(e.source)]


def test_the_place_of_an_attack_is_its_victim_before_a_name_further_on(event):
    found = event("es", "Estados Unidos bombardeó instalaciones militares en Siria, según informó "
                        "Recep Tayyip Erdogan.", "ASSAULT")
    assert ids(found.source) == ["country:US"]
    assert ids(found.target) == ["country:SY"]


def test_a_target_after_its_marker_still_wins_over_the_place(event):
    found = event("es", "Estados Unidos atacó al Estado Islámico en Siria.", "ASSAULT")
    assert ids(found.source) == ["country:US"]
    assert ids(found.target) == ["org:isis"]

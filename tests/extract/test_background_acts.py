"""Acts a sentence tells only as background: the motive of another act.  Sentences written
for these tests; actors given by hand."""

from __future__ import annotations

import pytest
from hand_mentions import country, events_with

ACTORS = {
    "Chile": country("CL", "Chile"),
    "Peru": country("PE", "Peru"),
    "Kenya": country("KE", "Kenya"),
    "Nigeria": country("NG", "Nigeria"),
}


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: events_with(nlp, text, ACTORS)


def types(events) -> set[str]:
    return {e.type for e in events}


def test_a_motive_noun_is_no_act_of_its_own(run):
    events = run("Ties were broken in protest against the attack on Kenya's embassy.")
    assert "PROTEST" not in types(events)
    assert "SANCTION" in types(events)


def test_a_protest_that_took_place_stays(run):
    events = run("Thousands of Kenyans protested against Nigeria in Nairobi.")
    assert "PROTEST" in types(events)


@pytest.mark.parametrize("text", [
    "Chile accused Peru of backing the rebels in Kenya.",
    "Kenya expelled the envoy of Nigeria, which it accuses of supporting the rebels.",
])
def test_support_an_accusation_charges_is_no_act(run, text):
    assert "SUPPORT" not in types(run(text))


def test_support_told_outright_stays(run):
    assert "SUPPORT" in types(run("Peru backed the rebels in Kenya."))


def test_a_hostile_act_charged_stays(run):
    # the attack took place; only its doer is in dispute
    assert "ASSAULT" in types(run("Chile accused Peru of attacking Kenya's embassy."))


# --------------------------------------------------------------------------- acts that describe a thing


@pytest.mark.parametrize("text, kept", [
    ("The troops landed at the airfield from which Chile launched its invasion of Peru in 1989.", []),
    ("The vote took place a year after the referendum, in which officials say Kenya backed Nigeria.", []),
    ("Peru attacked the town, which Chile had captured in May.", ["attacked"]),
])
def test_relative_clause_describing_a_thing_is_no_event(run, text, kept):
    assert [e.trigger for e in run(text)] == kept


def test_relative_clause_on_an_actor_tells_an_act(run):
    events = run("Kenya expelled the ambassador of Nigeria, whose government accused Kenya of backing the rebels.")
    assert types(events) == {"SANCTION", "ACCUSE"}


def test_meeting_in_a_relative_clause_stays(run):
    # "the resort where the two leaders met" is most often the story's meeting
    events = run("Reporters gathered outside the resort where the president of Chile met the president of Peru.")
    assert types(events) == {"CONSULT"}


def test_relative_clause_on_a_named_place_stays(run):
    # what a named place underwent may be the news: "Gao, which was handed over"
    events = run("The last troops of Chile left Arica, which was handed over to Peru on Monday.")
    assert "RETREAT" in types(events)

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

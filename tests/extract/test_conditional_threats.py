"""A hostile act its own if-clause conditions is a threat made now (PLOVER THREATEN)."""

import pytest


@pytest.fixture(scope="module")
def extract(resolved_events):
    return lambda text: resolved_events(text, "2024-05-01")


def threats(events):
    return [e for e in events if e.type == "THREATEN"]


def names(actors):
    return [a.name for a in actors]


def test_conditioned_strike_is_a_threat_by_its_doer(extract):
    found = threats(extract("Russia will strike Ukraine if Kyiv attacks Crimea, Putin said."))
    assert [(names(e.source), names(e.target), e.modality) for e in found] == [
        (["Russia"], ["Ukraine"], "asserted")]


def test_met_with_fire_is_the_speakers_threat(extract):
    events = extract("North Korea will be met with fire and fury if it threatens the United States, "
                     "Trump said.")
    assert not [e for e in events if e.type == "CONSULT"]
    found = threats(events)
    assert [(names(e.source), names(e.target)) for e in found] == [(["Donald Trump"], ["North Korea"])]
    assert found[0].status == "past"  # the threat is made when it is said


def test_target_from_the_if_clause(extract):
    found = threats(extract("China said it will impose sanctions if Japan sends troops to the islands."))
    assert [(names(e.source), names(e.target)) for e in found] == [(["China"], ["Japan"])]


def test_no_threat_without_anyone_to_make_it(extract):
    events = extract("The reporter could be imprisoned for ten years if he is convicted.")
    assert not threats(events)


def test_unconditioned_plan_stays_planned(extract):
    events = extract("Russia will strike Ukraine next week, Putin said.")
    assert not threats(events)

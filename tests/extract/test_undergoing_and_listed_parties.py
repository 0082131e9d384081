"""Parties the parse hangs in odd places: the subject of a bare past-participle clause
undergoes its act."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(resolved_events):
    return lambda text: resolved_events(text, "2021-01-18")


def sides(events, kind):
    found = [e for e in events if e.type == kind]
    assert found
    return {a.id for a in found[0].source}, {a.id for a in found[0].target}


def test_subject_of_a_participle_clause_undergoes_its_act(extract):
    source, target = sides(extract("Opposition leader Alexei Navalny returned to Moscow on Sunday, "
                                   "arrested minutes after landing."), "COERCE")
    assert not source and any("navalny" in t for t in target)


def test_participle_clause_agent_is_the_source(extract):
    source, target = sides(extract("Backed by Russia, Syrian forces attacked the town."), "SUPPORT")
    assert source == {"country:RU"} and target and "country:RU" not in target

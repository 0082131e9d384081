"""Parties the parse hangs in odd places: the first name of a headline's comma list does the
act too."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(resolved_events):
    return lambda text: resolved_events(text, "2021-01-18")


def sides(events, kind):
    found = [e for e in events if e.type == kind]
    assert found
    return {a.id for a in found[0].source}, {a.id for a in found[0].target}


def test_headline_comma_list_names_every_doer(extract):
    source, target = sides(extract("Bahrain, Sudan cut ties with Iran"), "SANCTION")
    assert source == {"country:BH", "country:SD"} and target == {"country:IR"}
    source, _ = sides(extract("EU, US impose sanctions on Russian officials"), "SANCTION")
    assert "country:US" in source and len(source) == 2


def test_a_place_before_the_comma_is_no_doer(extract):
    source, _ = sides(extract("In Kyiv, Zelensky met the French president."), "CONSULT")
    assert all(not s.startswith("country:") for s in source)

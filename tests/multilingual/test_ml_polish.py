"""Polish names in their cases: a city after "w" (locative), a person after "z" (instrumental);
sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.multilingual.text import key_candidates, name_stem
from tests.multilingual.conftest import ids


@pytest.mark.parametrize("text,city", [
    ("Prezydent Andrzej Duda spotkał się w Waszyngtonie z prezydentem Joe Bidenem.", "Washington"),
    ("Władimir Putin spotkał się w Moskwie z Xi Jinpingiem.", "Moscow"),
    ("Donald Trump spotkał się z Władimirem Putinem w Helsinkach.", "Helsinki"),
])
def test_a_meeting_in_a_city_named_in_the_locative(event, text, city):
    e = event("pl", text, "CONSULT")
    assert e.place is not None and e.place.name == city
    assert len(ids(e.source)) == 1 and len(ids(e.target)) == 1


def test_a_person_named_in_the_instrumental_is_the_counterpart(event):
    e = event("pl", "Wołodymyr Zełenski spotkał się w Kijowie z Olafem Scholzem.", "CONSULT")
    assert ids(e.source) == ["volodymyr-zelensky"] and ids(e.target) == ["olaf-scholz"]


def test_a_short_word_keeps_its_ending():
    assert name_stem("Rosja", "pl") == "rosj"
    assert name_stem("Oslo", "pl") == "oslo"  # four letters: no stem shorter than that
    assert key_candidates("Rzym", "pl") == ["rzym"]

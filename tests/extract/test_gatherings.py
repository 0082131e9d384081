"""The place of the gathering a meeting sits in, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyse import Resources, analyse_doc, load_nlp
from dateline.records import Article


@pytest.fixture(scope="module")
def consult():
    nlp, resources = load_nlp(), Resources.load()

    def run(text: str):
        article = Article("gathering", "test", text, text, published="2023-09-20")
        return [e for e in analyse_doc(nlp(text), article, resources).events if e.type == "CONSULT"]

    return run


def test_the_summit_placed_later_in_the_report_places_a_meeting_on_its_sidelines(consult):
    text = ("Macron held talks with Lula on the sidelines of the G-20 summit on Monday. "
            "The two leaders discussed trade. Lula spoke to reporters after the G20 summit in the "
            "southern Indian city of Chennai.")
    events = consult(text)
    assert events and events[0].place is not None and events[0].place.name == "Chennai"


def test_a_summit_that_takes_place_somewhere_places_a_meeting_at_it(consult):
    text = ("The leaders of Kenya and Ghana met at the summit on Thursday. African leaders gathered for "
            "the summit, which took place in Lisbon.")
    events = consult(text)
    assert events and events[0].place is not None and events[0].place.name == "Lisbon"


def test_another_gathering_does_not_place_the_meeting(consult):
    text = ("Macron held talks with Lula on the sidelines of the G-20 summit on Monday. "
            "Next year the G7 summit in Berlin will take up the same questions.")
    events = consult(text)
    assert events and all(e.place is None or e.place.name != "Berlin" for e in events)

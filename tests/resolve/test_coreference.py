"""Country descriptions ("the African country", "the country's ambassador") refer back to the
one compatible country named before them."""

from __future__ import annotations

import pytest

from dateline.analyse import load_nlp
from dateline.records import Article
from dateline.resolve import description_mentions, resolve_actors


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, kb, text: str) -> list[tuple[str, str]]:
    article = Article(id="a", source="t", original=text, body=text, published="2024-03-01")
    doc = nlp(text)
    mentions = resolve_actors(doc, article, kb)
    return [(m.text, m.actor.id) for m in description_mentions(doc, article, mentions, kb)]


def test_region_word_must_agree(nlp, kb):
    text = "Chile and Ghana signed a trade pact. Norway praised the African country on Monday."
    assert run(nlp, kb, text) == [("the African country", "country:GH")]


def test_region_word_skips_the_nearer_country_of_another_region(nlp, kb):
    text = "Sweden condemned Iran on Monday. Qatar and Kuwait recalled their envoys to the Middle Eastern country."
    assert run(nlp, kb, text) == [("the Middle Eastern country", "country:IR")]


def test_the_sentence_subject_is_the_other_party(nlp, kb):
    text = "Peru held elections on Sunday. Canada expelled the country's ambassador."
    assert run(nlp, kb, text) == [("the country's ambassador", "role:PE:ambassador")]


def test_two_equally_near_candidates_resolve_nothing(nlp, kb):
    text = "Peru and Chile held talks on Sunday. Canada expelled the country's ambassador."
    assert run(nlp, kb, text) == []


def test_island_means_no_land_border(nlp, kb):
    text = "Kenya and Fiji voted against it. Australia sent aid to the island nation."
    assert run(nlp, kb, text) == [("the island nation", "country:FJ")]


def test_unknown_proper_modifier_and_bare_state_are_left_alone(nlp, kb):
    assert run(nlp, kb, "Chile protested on Monday. Bolivia thanked the Andean country.") == []
    assert run(nlp, kb, "Chile protested on Monday. The state will pay the costs.") == []


def test_nothing_named_before_means_nothing(nlp, kb):
    assert run(nlp, kb, "The country's ambassador left. Chile protested on Monday.") == []


def test_a_bare_country_is_left_alone(nlp, kb):
    text = "Chile protested on Monday. Peru gave the Chilean envoy two days to leave the country."
    assert run(nlp, kb, text) == []


def test_its_neighbour_borders_the_subjects_country(nlp, kb):
    text = "Morocco and France signed a deal. Algeria accused its neighbour of hostile acts."
    assert run(nlp, kb, text) == [("its neighbour", "country:MA")]
    text = "Spain and France signed a deal. Algeria accused its neighbour of hostile acts."
    assert run(nlp, kb, text) == []

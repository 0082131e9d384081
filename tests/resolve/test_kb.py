"""Name lookup in the actor knowledge base, on names and sentences written for these tests."""

from __future__ import annotations


def test_family_name_first_countries_are_found_in_both_orders(kb):
    assert kb.lookup("Jinping Xi").id == "xi-jinping"
    assert kb.lookup("Suk Yeol Yoon").id == "yoon-suk-yeol"


def test_countries_reported_in_either_order(kb):
    assert kb.lookup("Kishida Fumio").id == "fumio-kishida"
    assert kb.person_spelling("Kishida Fumio").id == "fumio-kishida"


def test_first_name_spelled_another_way_when_the_surname_is_unique(kb):
    assert kb.lookup("Dmitry Kuleba").id == "dmytro-kuleba"
    assert kb.person_spelling("Dmitri Kuleba").id == "dmytro-kuleba"


def test_another_first_name_is_another_person(kb):
    assert kb.lookup("Hunter Biden") is None  # a different first name
    assert kb.person_spelling("Jill Biden") is None
    assert kb.person_spelling("Mary Sharif") is None  # a surname several known people share

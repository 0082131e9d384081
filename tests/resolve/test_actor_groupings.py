"""Regional groupings: a region's adjective or an organisation's name before a plural
noun for its states or leaders is the regional organisation (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from dateline.records import Article
from dateline.resolve.actors import resolve_actors


def actors(nlp, kb, text: str) -> dict[str, str]:
    article = Article(id="t", source="test", original=text, body=text, published="2024-05-01")
    return {m.text: m.actor.id for m in resolve_actors(nlp(text), article, kb)}


@pytest.mark.parametrize("text, phrase, org", [
    ("West African leaders gave the soldiers a week to hand back power.", "West African leaders", "org:ecowas"),
    ("Gulf states cut ties with their neighbour on Monday.", "Gulf states", "org:gcc"),
    ("The Gulf Arab states welcomed the deal.", "The Gulf Arab states", "org:gcc"),
    ("NATO allies pledged more air defences on Tuesday.", "NATO allies", "org:nato"),
    ("European foreign ministers agreed new sanctions in Luxembourg.", "European foreign ministers", "org:eu"),
    ("Arab leaders gathered for an emergency summit.", "Arab leaders", "org:arab_league"),
    ("Southeast Asian nations urged restraint at sea.", "Southeast Asian nations", "org:asean"),
])
def test_regional_grouping_is_its_organisation(nlp, kb, text, phrase, org):
    assert actors(nlp, kb, text).get(phrase) == org


@pytest.mark.parametrize("text, noun", [
    ("Some European countries reopened their embassies.", "countries"),
    ("Two Gulf states offered to mediate.", "states"),
    ("Several NATO members doubted the plan.", "members"),
])
def test_part_of_a_grouping_is_not_the_organisation(nlp, kb, text, noun):
    # the grouping's phrase is no organisation (a name inside it may still be one)
    assert not any(phrase.endswith(noun) and actor.startswith("org:")
                   for phrase, actor in actors(nlp, kb, text).items())


def test_a_country_phrase_wins_over_a_region(nlp, kb):
    found = actors(nlp, kb, "South African leaders met their counterparts in Pretoria.")
    assert found["South African leaders"] == "group:ZA:government"


def test_region_word_without_a_grouping_noun_is_nothing(nlp, kb):
    found = actors(nlp, kb, "The European market opened higher and Gulf shipping was calm.")
    assert not any(org.startswith("org:") for org in found.values())


# --- a generic noun is no one country's name


@pytest.mark.parametrize("text", [
    "NIAMEY (Reuters) - Junta forces detained the president on Wednesday.",
    "The Military Junta closed the border with Benin.",
])
def test_a_capitalised_junta_is_not_myanmar(nlp, kb, text):
    assert not any(actor.startswith("body:MM") for actor in actors(nlp, kb, text).values())


def test_a_country_named_junta_is_that_countrys_military(nlp, kb):
    found = actors(nlp, kb, "Myanmar's junta extended the state of emergency; the Tatmadaw shelled a town.")
    assert found["Myanmar's junta"] == "body:MM:military"
    assert found["Tatmadaw"] == "body:MM:military"

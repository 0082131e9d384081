"""The synthetic PLOVER type probe (tests/extract/type_probe.py), run through the resolver
as a pipeline run does, and the rules it led to, each on further sentences written here."""

from __future__ import annotations

import pytest
from type_probe import DONE, HARD, MORE, NOT_DONE, PUBLISHED, asserted_types, only

# Gaps the probe shows and no general rule closes yet (see benchmarks/type_probe.py).
KNOWN_MISSES = {
    "The European Union gave Jordan 300 million euros in assistance.",
    "South Africa charged Israel with genocide at the World Court.",  # CAMEO 173 charge: COERCE
    "A shipment of weapons from Iran arrived in Yemen.",
    "China said the American allegations were fabricated.",
    "Russia denied entry to a delegation of German lawmakers.",  # CAMEO codes it SANCTION
    "Blinken held a phone call with his Chinese counterpart on Tuesday.",  # a bare surname
    "The junta lifted the curfew in the capital.",  # no actor named
    "A court in Argentina indicted the former president for corruption.",  # CAMEO 173: COERCE
    "Iran said it would retaliate against Israel.",  # stored as a planned ASSAULT
    "Lebanon's banks closed their doors as depositors protested.",
    "Russian missiles pounded the Ukrainian capital overnight.",  # weapons name no actor
    "A drone strike killed a senior Hamas leader in Beirut.",  # "Hamas" as a modifier
}


@pytest.mark.parametrize("text, plover", [
    pytest.param(text, plover, marks=pytest.mark.xfail(strict=True))
    if text in KNOWN_MISSES else (text, plover)
    for text, plover in DONE + HARD + MORE
])
def test_probe_sentence_gives_its_type(resolved_events, text, plover):
    assert plover in asserted_types(resolved_events(text, PUBLISHED))


@pytest.mark.parametrize("text, plover", NOT_DONE)
def test_probe_act_not_done_is_not_asserted(resolved_events, text, plover):
    assert plover not in asserted_types(resolved_events(text, PUBLISHED))


@pytest.mark.parametrize("text, country", [
    ("Violent protests broke out in Bolivia on Monday.", "BO"),
    ("Chile was paralysed by a general strike over pensions.", "CL"),
    ("Demonstrations spread across Georgia overnight.", "GE"),
])
def test_unnamed_protest_crowd_is_the_civilians_where_it_happened(resolved_events, text, country):
    event = only(resolved_events(text, PUBLISHED), "PROTEST")
    assert [(a.country, a.sector) for a in event.source] == [(country, "civilian")]


def test_a_crowd_a_number_names_protests(resolved_events):
    event = only(resolved_events("Hundreds of thousands marched through the capital.", PUBLISHED),
                 "PROTEST")
    assert event.source and event.source[0].sector == "civilian"


def test_protest_as_a_circumstance_names_no_crowd(resolved_events):
    events = resolved_events("Amid protests in Peru, Chile sent food to Bolivia.", PUBLISHED)
    assert not [e for e in events if e.type == "PROTEST"]


def test_a_crowd_protesting_is_no_diplomatic_protest(resolved_events):
    events = resolved_events("Farmers in Poland protested against grain imports.", PUBLISHED)
    assert "PROTEST" in asserted_types(events) and "ACCUSE" not in asserted_types(events)
    events = resolved_events("Poland protested to Ukraine over the grain imports.", PUBLISHED)
    assert "ACCUSE" in asserted_types(events)


def test_the_receiver_of_aid_is_its_target(resolved_events):
    event = only(resolved_events("Lebanon received humanitarian aid from Qatar.", PUBLISHED), "AID")
    assert [a.country for a in event.source] == ["QA"]
    assert [a.country for a in event.target] == ["LB"]


@pytest.mark.parametrize("text, plover", [
    ("Spain ruled out deploying warships to the Gulf.", "MOBILIZE"),
    ("Canada dismissed calls to expel the Chinese ambassador.", "SANCTION"),
])
def test_refused_or_only_called_for_act_is_not_done(resolved_events, text, plover):
    assert plover not in asserted_types(resolved_events(text, PUBLISHED))


def test_gerund_after_a_comma_keeps_its_own_modality(resolved_events):
    events = resolved_events("Russia shelled the town, killing five civilians.", PUBLISHED)
    assert [e.modality for e in events if e.type == "ASSAULT"] == ["asserted", "asserted"]


@pytest.mark.parametrize("text, plover", [
    ("Bahrain stripped 30 dissidents of their nationality.", "COERCE"),
    ("Colombian guerrillas handed in their rifles to UN monitors.", "RETREAT"),
    ("Jordan and Egypt exchanged information on smuggling networks.", "COOPERATE"),
    ("France dispatched a frigate to the Red Sea.", "MOBILIZE"),
    ("Lebanon petitioned the United Nations for help with refugees.", "REQUEST"),
])
def test_codebook_classes_added_from_the_probe(resolved_events, text, plover):
    assert plover in asserted_types(resolved_events(text, PUBLISHED))


@pytest.mark.parametrize("text, plover", [
    ("Nurses in Kenya began a sit-in at the health ministry.", "PROTEST"),
    ("Jordan allowed aid lorries into Syria.", "RETREAT"),
    ("Germany shipped howitzers to Ukraine.", "AID"),
])
def test_hyphenated_nouns_and_what_object_heads_carry(resolved_events, text, plover):
    assert plover in asserted_types(resolved_events(text, PUBLISHED))


def test_anti_modifier_is_what_a_protest_is_against(resolved_events):
    event = only(resolved_events("Anti-Israel protests spread across Jordan on Friday.",
                                 PUBLISHED), "PROTEST")
    assert [a.country for a in event.target] == ["IL"]
    assert "IL" not in [a.country for a in event.source]


@pytest.mark.parametrize("text, plover", [
    ("Moscow's naval manoeuvres off Norway alarmed Oslo.", "MOBILIZE"),
    ("Russia's drills near Lithuania began on Monday.", "MOBILIZE"),
    ("Britain unveiled a new arms package for Ukraine.", "AID"),
])
def test_state_drills_near_another_and_arms_packages(resolved_events, text, plover):
    assert plover in asserted_types(resolved_events(text, PUBLISHED))


def test_drills_of_no_state_are_no_show_of_force(resolved_events):
    events = resolved_events("Pupils took part in fire drills near the school.", PUBLISHED)
    assert "MOBILIZE" not in asserted_types(events)


@pytest.mark.parametrize("text", [
    "Thousands took to the streets to celebrate the victory.",
    "Crowds rallied in Rome to welcome the team home.",
    "Hundreds marched to commemorate the victims of the massacre.",
])
def test_a_festive_crowd_is_no_protest(resolved_events, text):
    assert "PROTEST" not in asserted_types(resolved_events(text, PUBLISHED))

"""Modality read from the parse beyond the trigger's own "not": a subject that denies the
doer, "without", the content of a demand, and whose "his visit" it is.  Sentences written
for these tests; actors given by hand."""

from __future__ import annotations

import pytest
from hand_mentions import country, events_with, official

ACTORS = {
    "Okafor": official("ada-okafor", "Ada Okafor", "NG"),
    "Lindqvist": official("eva-lindqvist", "Eva Lindqvist", "SE"),
    "Moreau": official("paul-moreau", "Paul Moreau", "FR"),
    "Chile": country("CL", "Chile"),
    "Peru": country("PE", "Peru"),
    "Kenya": country("KE", "Kenya"),
    "Nigeria": country("NG", "Nigeria"),
}


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: events_with(nlp, text, ACTORS)


def of_type(events, kind: str):
    return [e for e in events if e.type == kind]


@pytest.mark.parametrize("text", [
    "Neither Okafor nor Lindqvist met Moreau in Lima.",
    "Nobody from Peru met Okafor during the summit.",
    "No Chilean minister has spoken with Okafor since the election.",
])
def test_a_subject_that_denies_the_doer_negates_the_act(run, text):
    events = run(text)
    assert events and all(e.modality == "negated" for e in of_type(events, "CONSULT"))


def test_the_act_after_without_is_not_done_nor_refused(run):
    events = run("Okafor met Lindqvist without holding talks with Moreau.")
    assert not of_type(events, "REJECT")
    held = [e for e in of_type(events, "CONSULT") if "moreau" in {a.id.split("-")[-1] for a in e.target}]
    assert all(e.modality == "negated" for e in held)


@pytest.mark.parametrize("text", [
    "Chile urged the withdrawal of troops from Kenya.",
    "Okafor demanded the release of Moreau.",
    "Peru appealed for the release of Moreau.",
])
def test_what_a_demand_asks_for_is_not_done(run, text):
    events = run(text)
    assert not [e for e in events if e.type == "RETREAT" and e.modality == "asserted"]
    assert of_type(events, "REQUEST")


def test_what_is_called_for_with_no_requester_named_is_no_event(run):
    # the callers name no actor, so no REQUEST to hold it: the release was only asked for
    events = run("The statement came from envoys calling for the urgent release of Moreau.")
    assert not of_type(events, "RETREAT")


def test_a_welcomed_object_is_not_demanded(run):
    events = run("Okafor welcomed the release of Moreau.")
    assert any(e.modality == "asserted" for e in of_type(events, "RETREAT"))


def test_his_visit_is_the_guests_when_the_host_belongs_to_the_visited_country(run):
    events = run("Okafor welcomed Lindqvist on his state visit to Nigeria.")
    visits = [e for e in of_type(events, "CONSULT") if e.trigger == "visit"]
    assert visits and all({a.id for a in e.source} == {"eva-lindqvist"} for e in visits)


def test_his_visit_is_the_subjects_when_the_subject_is_the_guest(run):
    events = run("Lindqvist thanked Okafor on his state visit to Nigeria.")
    visits = [e for e in of_type(events, "CONSULT") if e.trigger == "visit"]
    assert all({a.id for a in e.source} != {"ada-okafor"} for e in visits)


@pytest.mark.parametrize(("text", "modality"), [
    ("Okafor does not expect any meeting with Lindqvist this month.", "negated"),
    ("Okafor denied any meeting with Lindqvist.", "negated"),
    ("Okafor expects a meeting with Lindqvist this month.", "planned"),
    ("Okafor hopes for talks with Lindqvist.", "planned"),
    ("Okafor is considering a visit to Chile.", "hypothetical"),
])
def test_an_event_noun_aimed_at_by_an_intent_verb_takes_its_modality(run, text, modality):
    meetings = of_type(run(text), "CONSULT")
    assert meetings and all(e.modality == modality for e in meetings)


def test_had_talks_is_done(run):
    meetings = of_type(run("Okafor had talks with Lindqvist in Lima."), "CONSULT")
    assert meetings and all(e.modality == "asserted" for e in meetings)

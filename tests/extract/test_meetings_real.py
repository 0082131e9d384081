"""Meetings as real news reports phrase them (sentences written for these tests, modelled
on patterns seen in wire copy): lists of leaders met, titles before names, participles
that describe a guest, plans reported in noun phrases.

Actor mentions are given by hand, as the resolver would give them.
"""

from __future__ import annotations

import pytest
from hand_mentions import events_with, official

from dateline.analyse import load_nlp
from dateline.records import ActorRef


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


ACTORS = {
    "Marta Kovacs": official("marta-kovacs", "Marta Kovacs", "HU"),
    "Kovacs": official("marta-kovacs", "Marta Kovacs", "HU"),
    "Ravi Menon": official("ravi-menon", "Ravi Menon", "IN"),
    "Menon": official("ravi-menon", "Ravi Menon", "IN"),
    "Jonas Berg": official("jonas-berg", "Jonas Berg", "NO"),
    "Aiko Tanaka": official("aiko-tanaka", "Aiko Tanaka", "JP"),
    "Luis Ortega": official("luis-ortega", "Luis Ortega", "MX"),
    "Peru's King": ActorRef(id="peru-king", name="Peruvian Monarch", kind="person", country="PE"),
}


def run(nlp, text: str):
    return events_with(nlp, text, ACTORS)


def meetings(events):
    return [e for e in events if e.type == "CONSULT"]


def names(actors):
    return sorted(a.name for a in actors)


def test_every_leader_in_a_list_with_appositions_is_met(nlp):
    text = ("Foreign Minister Marta Kovacs will meet Ravi Menon, her Norwegian counterpart "
            "Jonas Berg and Japanese envoy Aiko Tanaka in Geneva next week, officials said.")
    (event,) = meetings(run(nlp, text))
    assert names(event.source) == ["Marta Kovacs"]
    assert names(event.target) == ["Aiko Tanaka", "Jonas Berg", "Ravi Menon"]
    assert event.status == "planned"


def test_leaders_named_as_members_of_a_host_of_leaders_are_met(nlp):
    text = ("Marta Kovacs on Monday met a host of world leaders, including President Ravi Menon, "
            "Prime Minister Jonas Berg and Chancellor Aiko Tanaka, at the summit.")
    (event,) = meetings(run(nlp, text))
    assert names(event.target) == ["Aiko Tanaka", "Jonas Berg", "Ravi Menon"]


def test_issues_including_a_name_are_still_no_participants(nlp):
    text = "Marta Kovacs met Ravi Menon and discussed a host of issues, including Jonas Berg's proposal."
    targets = [a.name for e in meetings(run(nlp, text)) for a in e.target]
    assert "Jonas Berg" not in targets


def test_a_title_mention_before_an_unknown_name_names_the_person_met(nlp):
    text = "Marta Kovacs also met Peru's King Alfonso II on the sidelines of the summit."
    (event,) = meetings(run(nlp, text))
    assert names(event.target) == ["Peruvian Monarch"]


def test_a_visiting_guest_is_the_one_met_and_no_visit_of_its_own(nlp):
    text = "On Tuesday, Kovacs held a closed-door meeting with visiting Indian Foreign Secretary Ravi Menon."
    found = meetings(run(nlp, text))
    assert len(found) == 1
    assert names(found[0].source) == ["Marta Kovacs"]
    assert names(found[0].target) == ["Ravi Menon"]


def test_visiting_a_place_before_a_meeting_is_still_a_visit(nlp):
    text = "After visiting Lima, Marta Kovacs met Ravi Menon."
    triggers = {e.trigger for e in meetings(run(nlp, text))}
    assert "visiting" in triggers


def test_talks_added_to_a_planned_meeting_are_planned_too(nlp):
    text = ("The ministry said on Monday that Kovacs will also meet Ravi Menon in addition to "
            "the previously announced talks with Jonas Berg.")
    found = {e.trigger: e for e in meetings(run(nlp, text))}
    talks = next(e for t, e in found.items() if "talks" in t)
    assert talks.status == "planned"
    assert names(talks.target) == ["Jonas Berg"]


def test_a_meeting_whose_sidelines_host_a_planned_summit_is_planned(nlp):
    text = ("The summit will be held on the sidelines of this year's leaders' meeting, "
            "which Ravi Menon will chair in November.")
    assert all(e.status == "planned" for e in meetings(run(nlp, text)))


def test_unnamed_leaders_attending_a_summit_are_not_the_speaker(nlp):
    text = "Menon said Kovacs would also hold bilateral meetings with other leaders attending the summit."
    for event in meetings(run(nlp, text)):
        if event.trigger.startswith("attend"):
            assert event.source == []


def test_meeting_a_partitive_of_commitments_is_no_meeting(nlp):
    text = "Menon said Kovacs had failed to meet some of the commitments she made."
    assert meetings(run(nlp, text)) == []


def test_a_meeting_slated_for_later_is_planned(nlp):
    text = "A subsequent meeting with Ravi Menon is slated for next month."
    (event,) = meetings(run(nlp, text))
    assert event.status == "planned"
    assert names(event.target) == ["Ravi Menon"]


def test_talks_said_to_take_place_are_planned_unless_perfect(nlp):
    text = "The talks between Kovacs and Menon, said to take place on Wednesday, will come as tensions rise."
    assert [e.status for e in meetings(run(nlp, text))] == ["planned"]
    text = "The talks between Kovacs and Menon were said to have taken place on Wednesday."
    assert [e.status for e in meetings(run(nlp, text))] == ["past"]


def test_a_meeting_that_will_take_place_is_planned(nlp):
    text = "The meeting between Kovacs and Menon will take place in Vienna."
    assert [e.status for e in meetings(run(nlp, text))] == ["planned"]


def test_who_after_a_name_is_that_person_not_the_talks(nlp):
    text = ("Marta Kovacs is expected to hold talks with President Ravi Menon who is set to "
            "pay an official visit to Hungary next week.")
    found = {e.trigger: e for e in meetings(run(nlp, text))}
    visit = next(e for t, e in found.items() if "visit" in t)
    assert names(visit.source) == ["Ravi Menon"]


def test_names_listed_after_talks_with_a_counterpart_are_the_counterparts(nlp):
    text = ("During the visit, Kovacs will hold talks with her Indian counterpart, President "
            "Ravi Menon, and Vice President Jonas Berg and Prime Minister Aiko Tanaka.")
    (event,) = [e for e in meetings(run(nlp, text)) if "talks" in e.trigger]
    assert names(event.source) == ["Marta Kovacs"]
    assert names(event.target) == ["Aiko Tanaka", "Jonas Berg", "Ravi Menon"]


def test_calling_on_a_person_is_a_courtesy_call_unless_something_is_asked(nlp):
    (event,) = run(nlp, "Marta Kovacs yesterday called on President Ravi Menon in Delhi.")
    assert (event.type, names(event.target)) == ("CONSULT", ["Ravi Menon"])
    types = {e.type for e in run(nlp, "Marta Kovacs called on Ravi Menon to release the prisoners.")}
    assert "CONSULT" not in types and "REQUEST" in types


def test_a_meeting_ahead_of_which_something_happens_is_planned(nlp):
    text = "Ahead of her meeting with Ravi Menon, Marta Kovacs met Jonas Berg."
    found = {e.trigger: e for e in meetings(run(nlp, text))}
    assert found["met"].status == "past"
    assert found["meeting"].status == "planned"


def test_counterparts_from_countries_name_the_countries(nlp):
    text = "Kovacs held separate talks with her counterparts from Peru and Chile."
    extra = {"Peru": ActorRef(id="country:PE", name="Peru", kind="country", country="PE"),
             "Chile": ActorRef(id="country:CL", name="Chile", kind="country", country="CL")}
    ACTORS.update(extra)
    try:
        (event,) = meetings(run(nlp, text))
    finally:
        for key in extra:
            del ACTORS[key]
    assert names(event.target) == ["Chile", "Peru"]


def test_talks_a_planned_visit_is_for_are_planned(nlp):
    text = "Kovacs told reporters that she plans to visit Lima for talks with Ravi Menon."
    talks = [e for e in meetings(run(nlp, text)) if e.trigger.endswith("talks")]
    assert talks and all(e.status == "planned" for e in talks)


def test_a_meeting_that_took_place_between_two_people_has_them_as_parties(nlp):
    text = "A one-on-one meeting took place between Marta Kovacs and Ravi Menon at the palace."
    (event,) = meetings(run(nlp, text))
    assert names(event.source + event.target) == ["Marta Kovacs", "Ravi Menon"]


@pytest.mark.parametrize("text", [
    "During the trip, the Hungarian minister Marta Kovacs will hold talks with her Peruvian "
    "counterpart, President Ravi Menon, and Vice President Jonas Berg and Premier Aiko Tanaka.",
    "Marta Kovacs will hold talks with her Norwegian counterpart, Foreign Minister Jonas Berg, "
    "and Prime Minister Aiko Tanaka.",
])
def test_every_name_after_talks_with_a_counterpart_is_met(nlp, text):
    (event,) = [e for e in meetings(run(nlp, text)) if "talks" in e.trigger]
    assert "Aiko Tanaka" in names(event.target) and "Jonas Berg" in names(event.target)


def test_a_name_after_a_dangling_with_is_the_one_met(nlp):
    text = ("A delegation led by Marta Kovacs will hold talks in Lima on Thursday with Foreign "
            "Minister Ravi Menon, a spokesman for the ministry said.")
    talks = [e for e in meetings(run(nlp, text)) if "talks" in e.trigger]
    assert talks and names(talks[0].target) == ["Ravi Menon"]


def test_a_colon_dateline_city_is_no_participant(nlp):
    text = "Lima: Foreign Minister Marta Kovacs on Friday held talks with her counterpart Ravi Menon."
    extra = ActorRef(id="country:PE", name="Peru", kind="country", country="PE")
    ACTORS["Lima"] = extra
    try:
        (event,) = meetings(run(nlp, text))
    finally:
        del ACTORS["Lima"]
    assert names(event.source) == ["Marta Kovacs"]
    assert names(event.target) == ["Ravi Menon"]


@pytest.mark.parametrize("text, status", [
    ("The highlights on her agenda are her meeting with Ravi Menon, a test for the talks.", "planned"),
    ("The meeting with Ravi Menon is on the schedule.", "planned"),
    ("The meeting with Ravi Menon was a success.", "past"),
])
def test_a_meeting_on_an_agenda_is_planned(nlp, text, status):
    assert [e.status for e in meetings(run(nlp, text)) if e.trigger == "meeting"] == [status]

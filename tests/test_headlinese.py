"""Headlines with no verb read in them ("Junta expels envoy" parsed as one noun phrase) read
as the clause they stand for (sentences written for these tests)."""

from __future__ import annotations

import pytest
from headline_analysis import BACKGROUND, headline_events, title_analyser

from dateline.analyse import load_nlp
from dateline.extract import load_lexicon
from dateline.headlinese import clause_reading, verb_lemma


@pytest.fixture(scope="module")
def analyse():
    return title_analyser()


def sides(event):
    return [a.country for a in event.source], [a.country for a in event.target]


def test_verb_lemma_of_present_forms():
    lex = load_lexicon()
    assert verb_lemma("expels", lex) == "expel"
    assert verb_lemma("Vetoes", lex) == "veto"
    assert verb_lemma("sanctions", lex) == "sanction"
    assert verb_lemma("ambassador", lex) is None


def test_verb_read_as_a_plural_noun_is_the_headlines_verb(analyse):
    # the model alone reads "expels" as a noun and finds no act
    events = headline_events(analyse("Niger junta expels French ambassador"))
    assert [e.type for e in events] == ["SANCTION"]
    assert sides(events[0]) == (["NE"], ["FR"])
    assert events[0].lede and events[0].text == "Niger junta expels French ambassador"


def test_noun_verb_read_as_the_verb_gives_the_target(analyse):
    # "US sanctions" alone is read as a noun phrase: no target
    events = headline_events(analyse("US sanctions Chinese firms over Iran oil"))
    assert [e.type for e in events] == ["SANCTION"]
    assert sides(events[0]) == (["US"], ["CN"])


def test_title_case_headline(analyse):
    events = headline_events(analyse("Chile Expels Peruvian Ambassador"))
    assert [e.type for e in events] == ["SANCTION"]
    assert sides(events[0]) == (["CL"], ["PE"])


def test_clause_reading_keeps_the_headlines_words():
    nlp, lex = load_nlp(), load_lexicon()
    doc = nlp("Niger junta expels French ambassador")
    reading = clause_reading(doc, nlp, lex)
    assert reading is not None
    clause, verb = reading
    assert clause.text == doc.text and [t.text for t in clause] == [t.text for t in doc]
    assert verb == 2 and clause[verb].pos_ == "VERB" and clause[verb].lemma_ == "expel"
    assert clause[verb].tag_ == "VBZ" and clause[verb].dep_ == "ROOT"


@pytest.mark.parametrize("title", [
    "Will Chile expel Peruvian diplomats?",      # a question
    "Anti-Chile protests erupt in Lima",         # a hyphened modifier is no doer
    "Lima Rages As Chile Expels Peruvian Envoy",  # two clauses: not one subject
    "Sanctions hit Peruvian economy",             # a real verb already read
    "Bahrain, UAE and Sudan rally to Saudi side in Iran row",  # no object: "rally" is no act done to one
])
def test_no_clause_reading(title):
    nlp, lex = load_nlp(), load_lexicon()
    assert clause_reading(nlp(title), nlp, lex) is None


def test_lede_telling_the_act_keeps_the_reread_headline_out(analyse):
    body = "Chile expelled Peru's ambassador on Monday. " + BACKGROUND
    assert headline_events(analyse("Chile Expels Peruvian Ambassador", body)) == []



def test_reread_headline_act_needs_whom_it_is_done_to(analyse):
    # read as a clause, "Chile Expels Ambassador" is an expulsion with no target: left out
    assert headline_events(analyse("Chile Expels Ambassador")) == []

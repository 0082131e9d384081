"""Events of a headline, taken when the lede tells none or tells acts of other kinds only
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from headline_analysis import BACKGROUND, headline_events, title_analyser

from dateline.analyse import Resources, analyse_articles
from dateline.records import Article


@pytest.fixture(scope="module")
def analyse():
    return title_analyser()


def test_headline_act_taken_over_a_lede_of_background(analyse):
    events = headline_events(analyse("Chile expels Peruvian diplomats"))
    assert [e.type for e in events] == ["SANCTION"]
    assert events[0].lede and events[0].text == "Chile expels Peruvian diplomats"
    assert [s.country for s in events[0].source] == ["CL"]


def test_lede_with_an_event_keeps_the_headline_out(analyse):
    body = "Chile expelled three Peruvian diplomats on Monday. " + BACKGROUND
    assert headline_events(analyse("Chile expels Peruvian diplomats", body)) == []


def test_background_clause_of_a_headline_is_no_act(analyse):
    assert headline_events(analyse("Lima quiet as Chile expels Peruvian diplomats")) == []


def test_headline_meeting_is_left_to_the_lede(analyse):
    assert headline_events(analyse("Chile and Peru hold talks on fishing rights")) == []


def test_no_title_no_headline_events(analyse):
    assert headline_events(analyse("")) == []


def test_headline_completes_a_one_sided_lede_act(analyse):
    body = "Chile expelled three diplomats on Monday. " + BACKGROUND
    found = [e for e in analyse("Chile expels Peruvian diplomats", body).events if e.type == "SANCTION"]
    assert found and [a.country for a in found[0].target] == ["PE"]


def test_section_name_before_a_bar_is_no_party(analyse):
    events = headline_events(analyse("Lima | Chile expels Peruvian diplomats"))
    assert [e.type for e in events] == ["SANCTION"]
    assert [s.country for s in events[0].source] == ["CL"]


def test_headlines_parsed_in_one_batch_give_what_each_alone_gives(analyse):
    titles = ["Chile expels Peruvian diplomats", "Norway | Oslo recalls its envoy from Minsk",
              "Kenya suspends aid to Somalia over border clash", ""]
    articles = [Article(f"h{i}", "test", BACKGROUND, BACKGROUND, title=t or None, published="2024-03-05")
                for i, t in enumerate(titles)]
    batched = list(analyse_articles(articles, Resources.load()))
    alone = [analyse(t) if t else analyse("") for t in titles]
    for together, single in zip(batched, alone):
        assert [(e.type, e.text, [a.id for a in e.source], [a.id for a in e.target])
                for e in headline_events(together)] == \
            [(e.type, e.text, [a.id for a in e.source], [a.id for a in e.target]) for e in headline_events(single)]
    assert [e.type for e in headline_events(batched[0])] == ["SANCTION"]


SPYING_LEDE = ("Chilean police arrested two Peruvian officers on spying charges on Monday. "
               "The two countries have quarrelled over fishing rights for years.")


def test_headline_act_of_a_kind_the_lede_does_not_tell_is_taken(analyse):
    events = headline_events(analyse("Chile expels Peruvian diplomats", SPYING_LEDE))
    assert [e.type for e in events] == ["SANCTION"]
    assert [s.country for s in events[0].source] == ["CL"]


def test_beside_a_lede_only_the_headlines_main_act_with_its_doer(analyse):
    assert headline_events(analyse("Lima quiet as Chile expels Peruvian diplomats", SPYING_LEDE)) == []
    assert headline_events(analyse("Peruvian diplomats expelled", SPYING_LEDE)) == []


def test_headline_question_is_no_act(analyse):
    assert headline_events(analyse("Will Chile expel Peruvian diplomats?")) == []


# the lede's act of the type has one party, one the headline's act cannot complete
OTHER_SIDES_ACT = ("Peruvian rebels attacked a police station on Sunday, the army said. "
                   "The two countries have quarrelled over fishing rights for years.")


def test_whole_headline_act_taken_beside_a_one_sided_lede_act_of_its_type(analyse):
    events = headline_events(analyse("Chile launches air strikes on Peru", OTHER_SIDES_ACT))
    assert [(e.type, [a.country for a in e.source], [a.country for a in e.target]) for e in events] == \
        [("ASSAULT", ["CL"], ["PE"])]


def test_one_sided_headline_act_stays_out_beside_a_one_sided_lede_act(analyse):
    assert headline_events(analyse("Chile launches air strikes", OTHER_SIDES_ACT)) == []

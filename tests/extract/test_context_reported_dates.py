"""A lede event told as the day's news takes the publication day, marked "reported";
sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyse import Resources, analyse_doc, load_nlp
from dateline.records import Article


@pytest.fixture(scope="module")
def analyse():
    nlp, resources = load_nlp(), Resources.load()

    def run(text: str, published: str | None = None):
        article = Article("rep", "test", text, text, published=published)
        return analyse_doc(nlp(text), article, resources)

    return run


def of_type(analysis, type_):
    return [e for e in analysis.events if e.type == type_]


def test_a_past_lede_event_without_a_date_takes_the_publication_day(analyse):
    text = "Indian Foreign Minister Subrahmanyam Jaishankar met French Foreign Minister Catherine Colonna in Paris."
    events = of_type(analyse(text, published="2023-03-09"), "CONSULT")
    assert events and events[0].date.date == "2023-03-09"
    assert events[0].date.basis == "reported"


def test_an_own_time_expression_is_the_text_basis(analyse):
    text = "Jaishankar met Colonna in Paris on Tuesday."
    events = of_type(analyse(text, published="2023-03-09"), "CONSULT")
    assert events and events[0].date.date == "2023-03-07" and events[0].date.basis == "text"


def test_a_planned_meeting_is_not_dated_by_its_report(analyse):
    text = "Jaishankar will meet Colonna in Paris to discuss defence ties."
    events = of_type(analyse(text, published="2023-03-09"), "CONSULT")
    assert events and all(e.date is None for e in events)


def test_without_a_publication_day_nothing_is_reported(analyse):
    text = "Jaishankar met Colonna in Paris."
    events = of_type(analyse(text, published="2023-03"), "CONSULT")
    assert events and all(e.date is None for e in events)


def test_an_event_deep_in_the_body_is_not_dated_by_publication(analyse):
    text = ("Kenya's parliament opened a new session on Monday. Lawmakers debated the budget. "
            "The speaker read a statement. Jaishankar met Colonna in Paris.")
    events = of_type(analyse(text, published="2023-03-09"), "CONSULT")
    assert events and all(e.date is None for e in events)


def test_years_ago_never_dates_an_event(analyse):
    text = "Ten years ago, Jaishankar met Colonna in Paris."
    events = of_type(analyse(text, published="2023-03-09"), "CONSULT")
    assert events and all(e.date is None for e in events)


def test_since_a_month_is_not_the_events_date(analyse):
    text = "Jaishankar and Colonna met in Paris for their first talks since October."
    events = of_type(analyse(text, published="2023-03-09"), "CONSULT")
    assert events and all(e.date is None or e.date.date == "2023-03-09" for e in events)


@pytest.mark.parametrize("text, kind", [
    # a lede in the present progressive is the day's news
    ("Peru is expelling the Bolivian ambassador over remarks on the border dispute.", "SANCTION"),
    # a gerund shares the tense of the clause it hangs from
    ("Chile answered the protests by expelling the Peruvian ambassador.", "SANCTION"),
    # a noun trigger takes the tense of the verb of its preposition
    ("The United States announced $800 million more in security assistance to Ukraine.", "AID"),
    # the date of an earlier happening is not the event's
    ("Peru is expelling the Bolivian ambassador in response to the massacre of ten farmers on Saturday.", "SANCTION"),
])
def test_a_lede_told_as_done_or_under_way_takes_the_publication_day(analyse, text, kind):
    events = of_type(analyse(text, published="2023-03-09"), kind)
    assert events and events[0].date is not None
    assert events[0].date.date == "2023-03-09" and events[0].date.basis == "reported"


def test_the_day_of_a_happening_named_after_the_event_stays_with_it(analyse):
    text = "Peru expelled the Bolivian ambassador on Monday after the shooting at the border."
    events = of_type(analyse(text, published="2023-03-09"), "SANCTION")
    assert events and events[0].date.date == "2023-03-06" and events[0].date.basis == "text"


def test_a_plan_keeps_the_date_of_its_own_verb_under_an_infinitive(analyse):
    text = "Chile and Peru are to sign a border treaty on Friday, their foreign ministries said."
    events = [e for e in analyse(text, published="2023-03-08").events if e.trigger and "sign" in e.trigger]
    assert events and all(e.date is not None and e.date.date == "2023-03-10" for e in events)


@pytest.mark.parametrize("text, kind", [
    # the decision is the act: its day, read in its own (past) tense
    ("Peru on Tuesday decided to expel the Bolivian ambassador over the border dispute.", "SANCTION"),
    # so is an order
    ("Peru's defence minister on Tuesday ordered troops to withdraw from the city of Tacna.", "RETREAT"),
    # a decision told as done takes the day of the clause that reports it
    ("Peru has decided to expel the Bolivian ambassador, an official said on Tuesday.", "SANCTION"),
])
def test_a_decided_or_ordered_act_takes_the_day_of_the_decision(analyse, text, kind):
    events = of_type(analyse(text, published="2023-03-09"), kind)
    assert events and events[0].date is not None and events[0].date.date == "2023-03-07"


def test_a_plan_someone_reports_is_still_not_dated_by_the_report(analyse):
    text = "Peru's foreign minister will meet his Chilean counterpart in Lima, officials said on Tuesday."
    events = of_type(analyse(text, published="2023-03-09"), "CONSULT")
    assert events and all(e.date is None for e in events)



def test_a_decision_announced_in_the_lede_is_the_news_of_the_day(analyse):
    text = "Peru has announced its decision to break off diplomatic ties with Bolivia over the border dispute."
    events = of_type(analyse(text, published="2023-03-09"), "SANCTION")
    assert events and events[0].date is not None
    assert events[0].date.date == "2023-03-09" and events[0].date.basis == "reported"


def test_a_decision_still_to_come_is_not_dated_by_the_report(analyse):
    text = "Peru will decide next week whether to expel the Bolivian ambassador."
    events = of_type(analyse(text, published="2023-03-09"), "SANCTION")
    assert all(e.date is None or e.date.date > "2023-03-09" for e in events)


def test_a_day_and_month_take_the_year_of_the_same_day_written_in_full(analyse):
    text = ("Peru expelled the Bolivian ambassador March 7 over the border dispute. "
            "The expulsion order was published in Lima on March 7, 2023.")
    events = of_type(analyse(text), "SANCTION")
    assert events and events[0].date is not None and events[0].date.date == "2023-03-07"


def test_a_day_and_month_alone_stay_without_a_year(analyse):
    text = "Peru expelled the Bolivian ambassador March 7 over the border dispute."
    events = of_type(analyse(text), "SANCTION")
    assert events and all(e.date is None or e.date.date is None for e in events)


def test_a_decision_named_in_passing_is_not_the_news_of_the_day(analyse):
    text = "Tensions rose after Peru's decision to break off diplomatic ties with Bolivia over the border dispute."
    events = of_type(analyse(text, published="2023-03-09"), "SANCTION")
    assert all(e.date is None for e in events)


def test_a_datelines_day_is_the_filing_day_not_the_texts(analyse):
    text = "LIMA, March 9 (Reuters) - Peru has expelled the Bolivian ambassador over the border dispute."
    events = of_type(analyse(text, published="2023-03-09"), "SANCTION")
    assert events and events[0].date is not None
    assert events[0].date.date == "2023-03-09" and events[0].date.basis == "reported"


def test_earlier_in_the_day_is_the_storys_day_not_the_publication_day(analyse):
    text = ("Chile's president made a surprise visit to Peru on Friday. "
            "He phoned the Peruvian president earlier in the day to ask whether he could stop in Lima.")
    events = [e for e in analyse(text, published="2023-03-11").events if e.trigger == "phoned"]
    assert events and events[0].date is not None and events[0].date.date == "2023-03-10"


def test_earlier_in_the_day_with_no_day_before_it_stays_the_publication_day(analyse):
    text = "Peru's president phoned the Chilean president earlier in the day to discuss the border."
    events = [e for e in analyse(text, published="2023-03-11").events if e.trigger == "phoned"]
    assert events and events[0].date is not None and events[0].date.date == "2023-03-11"


def test_an_infinitive_act_told_as_done_takes_the_tense_of_the_verb_it_completes(analyse):
    text = ("LIMA - Thousands of farmers marched through the capital on Saturday. "
            "Police pushed back farmers who appeared to be trying to storm the congress building.")
    events = [e for e in analyse(text, published="2023-03-11").events if e.trigger == "storm"]
    assert events and events[0].date is not None and events[0].date.date == "2023-03-11"


def test_an_infinitive_act_still_to_come_stays_undated(analyse):
    text = "Farmers plan to storm the congress building in Lima."
    events = [e for e in analyse(text, published="2023-03-11").events if e.trigger == "storm"]
    assert all(e.date is None for e in events)


def test_a_month_of_an_act_told_as_done_is_the_last_such_month(analyse):
    # A clause with no tense of its own ("after their historic summit in November") in an April
    # report tells of last November, not of the November to come.
    text = "Biden and Xi spoke on Tuesday, their first talks since their summit in November."
    events = of_type(analyse(text, published="2024-04-02"), "CONSULT")
    summit = [e for e in events if e.date is not None and e.date.text.endswith("November")]
    assert summit and all(e.date.date == "2023-11" for e in summit)

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


def test_a_lede_in_the_present_progressive_is_the_days_news(analyse):
    text = "Peru is expelling the Bolivian ambassador over remarks on the border dispute."
    events = of_type(analyse(text, published="2023-03-09"), "SANCTION")
    assert events and events[0].date is not None
    assert events[0].date.date == "2023-03-09" and events[0].date.basis == "reported"

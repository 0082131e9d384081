"""Without a publication day, a yearless day or weekday takes the article's own fully written
day (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from dateline.multilingual.dates import find_dates, full_days

TEXT = ("Le Mali a annoncé lundi 31 janvier l'expulsion de l'ambassadeur. "
        "Le diplomate avait été convoqué ce lundi 31 janvier 2022 au ministère.")


def test_the_full_days_of_a_text():
    assert [d.isoformat() for d in full_days(TEXT, "fr")] == ["2022-01-31"]


def test_a_yearless_day_and_a_weekday_take_the_day_written_in_full():
    found = find_dates(TEXT[:60], "fr", None, days=lambda: full_days(TEXT, "fr"))
    assert [(v.text, v.date) for v in found] == [("lundi", "2022-01-31"), ("31 janvier", "2022-01-31")]


def test_a_weekday_no_full_day_names_stays_open():
    found = find_dates("Le ministre est arrivé mardi.", "fr", None, days=lambda: full_days(TEXT, "fr"))
    assert [v.date for v in found] == [None]


def test_without_full_days_nothing_is_guessed():
    assert [v.date for v in find_dates("Le Mali a annoncé lundi 31 janvier l'expulsion.", "fr", None)] == [None, None]


def test_an_event_of_an_undated_article_takes_the_day(event):
    text = "Lundi 31 janvier, Macron a rencontré Scholz à Berlin. La réunion du 31 janvier 2022 a duré deux heures."
    assert event("fr", text, "CONSULT", None).date.date == "2022-01-31"
    alone = event("fr", "Lundi 31 janvier, Macron a rencontré Scholz à Berlin.", "CONSULT", None).date
    assert alone.date is None and not (alone.earliest or alone.latest)


def test_an_undated_article_keeps_its_weekday_for_the_story(event):
    # As in English: no publication day, so "el martes" stays open, written as the English
    # expression the story's day resolves.
    value = event("es", "El presidente Lula se reunió el martes con Macron en París.", "CONSULT", None).date
    assert (value.text, value.date) == ("on Tuesday", None)
    dated = event("es", "El presidente Lula se reunió el martes con Macron en París.", "CONSULT", "2024-03-07").date
    assert dated.date == "2024-03-05"


def test_a_day_of_the_month_alone_takes_the_article_s_full_day_of_that_number():
    def days() -> tuple[dt.date, ...]:
        return (dt.date(2023, 3, 16),)

    assert [v.date for v in find_dates("首相は16日、会談した。", "ja", None, days=days)] == ["2023-03-16"]

"""Date resolution against publication anchors, tenses and bounds (sentences written here)."""

from __future__ import annotations

import pytest

from dateline.resolve.time import RULES, WHOLE_RULES, anchor_interval, find_dates, resolve_date

MONDAY = "2021-03-15"  # a Monday
SUNDAY = "2021-03-14"


def day(expr: str, anchor: str | None = MONDAY, **kw) -> str | None:
    value = resolve_date(expr, anchor, **kw)
    assert value is not None, expr
    return value.date


@pytest.mark.parametrize(
    "expr, tense, expected",
    [
        ("on Sunday", "past", "2021-03-14"),
        ("Sunday", None, "2021-03-14"),
        ("on Sunday", "future", "2021-03-21"),
        ("on Monday", "past", "2021-03-15"),  # the anchor day itself
        ("on Monday", "future", "2021-03-15"),  # agency copy: "will meet on Monday" in Monday's paper is today
        ("on Friday", "present", "2021-03-12"),  # nearest: 3 days back
        ("on Thursday", "present", "2021-03-18"),  # nearest: 3 days ahead vs 4 back
        ("last Monday", None, "2021-03-08"),
        ("next Tuesday", None, "2021-03-16"),
        ("on Wednesday night", "past", "2021-03-10"),
        ("yesterday", None, "2021-03-14"),
        ("today", None, "2021-03-15"),
        ("tomorrow", "future", "2021-03-16"),
        ("earlier in the day", None, "2021-03-15"),
        ("three days ago", None, "2021-03-12"),
    ],
)
def test_relative_days(expr: str, tense: str | None, expected: str) -> None:
    value = resolve_date(expr, MONDAY, tense=tense)
    assert value is not None
    assert (value.date, value.precision) == (expected, "day")


def test_weekday_on_anchor_day_counts_as_that_day() -> None:
    assert day("on Sunday", SUNDAY, tense="past") == "2021-03-14"
    assert day("on Sunday", SUNDAY, tense="future") == "2021-03-14"  # and in the future tense: today


@pytest.mark.parametrize(
    "expr, tense, expected",
    [
        ("in March", "past", "2021-03"),  # the anchor's month counts
        ("in February", "past", "2021-02"),
        ("in April", "past", "2020-04"),  # after the anchor in a past clause
        ("in April", "future", "2021-04"),
        ("in February", "future", "2022-02"),
        ("in May", None, "2021-05"),
        ("the 9th Summit in September", None, "2021-09"),
        ("March this year", "past", "2021-03"),
        ("March last year", None, "2020-03"),
        ("next month", None, "2021-04"),
        ("last month", None, "2021-02"),
        ("in February 2022", "past", "2022-02"),
        ("last March", None, "2020-03"),
        ("September", None, "2021-09"),
    ],
)
def test_months(expr: str, tense: str | None, expected: str) -> None:
    value = resolve_date(expr, MONDAY, tense=tense)
    assert value is not None
    assert (value.date, value.precision) == (expected, "month")


def test_month_boundary_across_new_year() -> None:
    assert day("in December", "2021-01-10", tense="past") == "2020-12"
    assert day("next month", "2021-12-10") == "2022-01"


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("this year", "2021"),
        ("last year", "2020"),
        ("next year", "2022"),
        ("in 2022", "2022"),
        ("mid-2023", "2023"),
        ("in the initial five months of this year", "2021"),
        ("2019", "2019"),
    ],
)
def test_years(expr: str, expected: str) -> None:
    value = resolve_date(expr, MONDAY)
    assert value is not None
    assert (value.date, value.precision) == (expected, "year")


@pytest.mark.parametrize(
    "expr",
    ["on 6 August 2017", "6 August 2017", "August 6, 2017", "Aug. 6th, 2017",
     "Sunday, 6 August 2017", "2017-08-06", "13/08/2017"],
)
def test_absolute_dates_need_no_anchor(expr: str) -> None:
    value = resolve_date(expr, None)
    assert value is not None and value.precision == "day"
    assert value.date in ("2017-08-06", "2017-08-13")


def test_numeric_dates_day_first_only_when_unambiguous() -> None:
    assert day("14/07/2025", None) == "2025-07-14"
    assert day("07/14/2025", None) == "2025-07-14"
    ambiguous = resolve_date("03/04/2025", None)
    assert ambiguous is not None and ambiguous.date is None
    assert (ambiguous.earliest, ambiguous.latest) == ("2025-03-04", "2025-04-03")


def test_week_and_month_bounds() -> None:
    last_week = resolve_date("last week", MONDAY)
    assert last_week is not None and last_week.date is None
    assert (last_week.earliest, last_week.latest) == ("2021-03-08", "2021-03-14")
    earlier = resolve_date("earlier this month", MONDAY)
    assert earlier is not None and earlier.date == "2021-03"
    assert (earlier.earliest, earlier.latest) == ("2021-03-01", "2021-03-15")


def test_year_less_day_month_takes_year_from_anchor() -> None:
    assert day("on 30 December", "2021-01-03", tense="past") == "2020-12-30"
    assert day("on 5 January", "2020-12-28", tense="future") == "2021-01-05"
    assert day("on 5 January", "2020-12-28") == "2021-01-05"  # nearest when tense unknown
    assert day("6-7 August", "2017-08-09").startswith("2017-08")


def test_no_anchor_leaves_relative_expressions_unknown() -> None:
    for expr in ["on Sunday", "in March", "yesterday", "last week", "this year", "two weeks ago"]:
        value = resolve_date(expr, None)
        assert value is not None, expr
        assert (value.date, value.earliest, value.latest) == (None, None, None), expr


def test_upper_bound_only_gives_bounds_not_a_date() -> None:
    value = resolve_date("on Sunday", None, anchor_bounds=(None, "2017-08-07"))
    assert value is not None
    assert value.date is None
    assert (value.earliest, value.latest) == (None, "2017-08-06")


def test_month_anchor_gives_bounds_for_weekday_and_month_for_month_name() -> None:
    weekday = resolve_date("on Sunday", "2017-08")
    assert weekday is not None and weekday.date is None
    assert (weekday.earliest, weekday.latest) == ("2017-07-30", "2017-08-27")
    month = resolve_date("in March", "2017-08", tense="past")
    assert month is not None and (month.date, month.precision) == ("2017-03", "month")


def test_results_do_not_depend_on_the_clock() -> None:
    # Anchors far from today: any fallback on the clock would show up as a wrong year.
    assert day("yesterday", "1999-06-02") == "1999-06-01"
    assert day("this year", "1999-06-02") == "1999"
    assert day("in March", "1999-06-02", tense="past") == "1999-03"
    for expr in ["now", "2 weeks ago", "next Friday", "June 5"]:
        value = resolve_date(expr, None)
        assert value is None or value.date is None, expr


def test_find_dates_offsets_and_false_friends() -> None:
    text = (
        "Ministers met on Sunday in Geneva. Earlier in the day, May spoke. "
        "A total of 2000 troops left. The Sunday Times said the talks resume in May."
    )
    values = find_dates(text, MONDAY, offset=100)
    found = {text[v.start - 100:v.end - 100]: v.date for v in values}
    assert found == {"on Sunday": "2021-03-14", "Earlier in the day": "2021-03-15",
                     "in May": "2021-05"}


def test_invalid_inputs_are_named() -> None:
    with pytest.raises(ValueError, match="2021/03/15"):
        resolve_date("today", "2021/03/15")
    with pytest.raises(ValueError, match="tense"):
        resolve_date("today", MONDAY, tense="pluperfect")
    assert anchor_interval("2021-02") == anchor_interval(None, ("2021-02-01", "2021-02-28"))


def test_nothing_date_like() -> None:
    assert resolve_date("the foreign ministers", MONDAY) is None
    assert find_dates("Good Friday Agreement talks", MONDAY) == []


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("last summer", ("2020", "2020-06-01", "2020-08-31")),
        ("this spring", ("2021", "2021-03-01", "2021-05-31")),
        ("last winter", (None, "2020-12-01", "2021-02-28")),
        ("the first quarter of 2024", ("2024", "2024-01-01", "2024-03-31")),
        ("in the summer of 2022", ("2022", "2022-06-01", "2022-08-31")),
    ],
)
def test_seasons_and_quarters(expr: str, expected: tuple) -> None:
    value = resolve_date(expr, MONDAY)
    assert value is not None
    assert (value.date, value.earliest, value.latest) == expected


def test_story_relative_days_are_reported_unresolved() -> None:
    text = "The ministers met on Sunday. The next day they left; two days later, talks resumed."
    values = find_dates(text, MONDAY)
    assert [(v.text, v.date) for v in values] == [
        ("on Sunday", "2021-03-14"), ("The next day", None), ("two days later", None)]


def test_iso_timestamps_and_slashed_iso() -> None:
    assert day("2017-08-06T10:00:00Z", None) == "2017-08-06"
    assert day("2017/08/06", None) == "2017-08-06"


def test_dates_in_span_uses_date_entities() -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Span

    from dateline.resolve.time import dates_in_span

    doc = spacy.blank("en")("Officials said on Sunday that talks in March this year went well.")
    doc.ents = [Span(doc, 3, 4, label="DATE"), Span(doc, 7, 10, label="DATE")]
    values = dates_in_span(doc, MONDAY, "past", offset=5)
    assert [(v.text, v.date, v.start - 5) for v in values] == [
        ("Sunday", "2021-03-14", doc.text.index("Sunday")),
        ("March this year", "2021-03", doc.text.index("March")),
    ]


def test_year_ranges_and_counts() -> None:
    values = find_dates("From 2014 to 2022 tensions grew, with a total of 2000 troops.", MONDAY)
    assert [(v.text, v.earliest, v.latest) for v in values] == [
        ("From 2014 to 2022", "2014-01-01", "2022-12-31")]


def test_year_first_dates_and_year_adjectives() -> None:
    assert day("2017 August 6", MONDAY) == "2017-08-06"
    values = find_dates("After the 2014 annexation and the 2022 invasion, talks resumed.", MONDAY)
    assert [(v.text, v.date) for v in values] == [("the 2014", "2014"), ("the 2022", "2022")]


def test_dateparser_fallback_handles_other_absolute_forms() -> None:
    assert day("6-Aug-2017", None) == "2017-08-06"
    assert day("August the 6th, 2017", None) == "2017-08-06"


def test_decades_and_parts_of_periods() -> None:
    values = find_dates("In the 1990s, and by the end of the year, at the end of next month.", MONDAY)
    assert [(v.text, v.date, v.earliest, v.latest) for v in values] == [
        ("the 1990s", None, "1990-01-01", "1999-12-31"),
        ("the end of the year", "2021", None, None),
        ("the end of next month", "2021-04", None, None),
    ]


def test_split_years_are_not_read_as_days() -> None:
    value = resolve_date("2022-23", MONDAY)
    assert value is not None and value.date is None
    assert (value.earliest, value.latest) == ("2022-01-01", "2023-12-31")
    assert resolve_date("75th", MONDAY) is None
    assert resolve_date("two-day", MONDAY) is None


def test_the_current_year_and_month_are_this_year_and_month():
    assert [(v.text, v.date) for v in find_dates("sales in the current year", "1989-10-26")] == [
        ("the current year", "1989")]
    assert [v.date for v in find_dates("prices for the current month", "1989-10-26")] == ["1989-10"]


def test_a_month_used_as_an_adjective_is_past_unless_its_clause_is_future():
    assert [v.date for v in find_dates("evidence in the October shooting", "1999-04-19")] == ["1998-10"]
    assert [v.date for v in find_dates("a September assault on the refinery", "2020-01-10",
                                       tense="present")] == ["2019-09"]
    assert [v.date for v in find_dates("The March vote will decide it", "1999-02-10",
                                       tense="future")] == ["1999-03"]
    assert [v.date for v in find_dates("to make the late-November trip", "2000-01-28")] == ["1999-11"]
    assert find_dates("the May government fell", "2019-01-03") == []
    assert find_dates("he will march on", "2019-01-03") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The rockets struck in the early hours of Tuesday.",
        "The rockets struck early on Tuesday.",
        "The rockets struck early Tuesday.",
        "The shelling went on overnight into Tuesday.",
        "The raid began before dawn on Tuesday.",
    ],
)
def test_the_small_hours_of_the_next_day_abroad(sentence):
    # Monday's paper: the small hours of Tuesday somewhere east, not the Tuesday six days back.
    assert [v.date for v in find_dates(sentence, MONDAY, tense="past")] == ["2021-03-16"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The talks were held on Tuesday.", "2021-03-09"),  # no small hours: the day gone by
        ("The rockets struck late on Tuesday.", "2021-03-09"),
        ("The rockets struck early on Sunday.", "2021-03-14"),  # the day before is nearer
    ],
)
def test_other_weekdays_stay_in_the_past(sentence, expected):
    assert [v.date for v in find_dates(sentence, MONDAY, tense="past")] == [expected]


def test_what_an_unresolved_expression_names_of_its_day():
    from dateline.resolve import named_day

    assert named_day("on Friday") == (4, None, None)
    assert named_day("Saturday, April 11") == (5, 4, 11)
    assert named_day("on the 16th") == (None, None, 16)
    assert named_day("in March") == (None, 3, None)
    assert named_day("yesterday") is None and named_day("two days ago") is None


# Sentences written for the rules' needs: each rule is tried only on a text holding a digit, a
# month's name or a weekday's name when all its matches hold one.
_NEEDS_SENTENCES = [
    "The talks opened on Tuesday, 3 March 2015, in Geneva and ended on March 5th, 2015.",
    "Ministers met on 2014-06-12 and again on 12/06/2014, then in early June 2014.",
    "They will meet on the 4th of July, between 2019 and 2021, in the 2016 accord's spirit.",
    "Late last year and in the first half of 2020 the envoys met from 3 to 5 May.",
    "In the 1990s, since 2001 and during the spring of 2003, nothing changed.",
    "He arrived last Monday morning, left on Friday and returns next week.",
    "Earlier this month the minister said the October talks and the May round had failed.",
    "The March meeting and the meeting of March last year; Sept. 9 and Sept 10-12.",
    "Two days later, three weeks ago, the next day, yesterday and this weekend.",
    "The mayor may march in August; June said so on May 5.",
    "LAST WEEK, Tonight, THIS MORNING, this Fall, Two Days Ago and the day after tomorrow.",
    "Later that year, the same day, by the end of the month and earlier in the week.",
    "OVER THE WEEKEND, the past year, the coming winter, a year ago and later today.",
]


def test_every_match_of_a_rule_holds_what_the_rule_needs():
    from dateline.resolve.time_rules import NEEDS

    checked = 0
    for rule in [*RULES, *WHOLE_RULES]:
        for sentence in _NEEDS_SENTENCES:
            for match in rule.pattern.finditer(sentence):
                for need in rule.needs:
                    assert NEEDS[need].search(match.group(0)), (rule.name, match.group(0), need)
                    checked += 1
    assert checked > 60
    # every rule needs something (the ones without a digit, month or weekday their own words)
    assert all(rule.needs for rule in RULES)


def test_dates_without_digits_or_months_are_still_found():
    found = find_dates("He met her last Monday and again this weekend.", "2024-05-15")
    assert [v.text for v in found] == ["last Monday", "this weekend"]
    assert find_dates("Nothing dated here at all.", "2024-05-15") == []

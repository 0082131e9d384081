"""Dating a story outside the event types from its reports' openings and publication days;
sentences written for these tests."""

from __future__ import annotations

from dateline.records import TimeValue
from dateline.resolve.story_time import agreed_date, bounded_date, dated_by_story, story_date


def test_the_day_the_openings_state_wins():
    value = story_date([("Voters in Ruritania went to the polls on Sunday.", "2021-03-09"),
                        ("Ruritania voted on Sunday in a tense election.", "2021-03-08"),
                        ("The count went on late into the night.", "2021-03-09")])
    assert value is not None and value.date == "2021-03-07" and value.basis == "text"


def test_openings_that_disagree_date_nothing():
    value = story_date([("A climber died on Friday on the north ridge.", "2021-03-09"),
                        ("Police confirmed the climber's death today.", "2021-03-09")])
    assert value is None


def test_today_said_of_the_telling_is_no_day_of_the_story():
    value = story_date([("A climber died on Friday on the north ridge.", "2021-03-09"),
                        ("Two climbers have died on the mountain, police confirmed today.", "2021-03-09")])
    assert value is not None and value.date == "2021-03-05" and value.basis == "text"


def test_without_a_stated_day_the_earliest_publication_day_near_the_most_common():
    value = story_date([("A fire destroyed the old mill.", "2021-03-09"),
                        ("The old mill burnt down.", "2021-03-09"),
                        ("Fire crews fought the blaze at the mill.", "2021-03-08"),
                        ("Investors remember the mill.", "2021-05-20")])
    assert value is not None and value.date == "2021-03-08" and value.basis == "reported"


def test_a_few_dated_strays_among_undated_reports_date_nothing():
    value = story_date([("A fire destroyed the old mill.", None), ("The old mill burnt down.", None),
                        ("Fire crews fought the blaze at the mill.", None),
                        ("Once is chance, twice is coincidence.", "2021-03-09")])
    assert value is None


def test_an_announcement_is_not_dated_by_its_report():
    value = story_date([("The festival will open in the old town.", "2021-03-09")])
    assert value is None


def test_an_announced_day_is_the_storys():
    value = story_date([("The elections, planned for December 15, 2013, will be held on two lists.", "2013-09-26")])
    assert value is not None and value.date == "2013-12-15" and value.basis == "text"


def test_a_background_day_is_not_the_storys():
    value = story_date([("Ten years ago on March 3, 2011, the bridge collapsed.", None)])
    assert value is None


def test_no_publication_day_and_no_stated_day_leave_it_undated():
    assert story_date([("The old mill burnt down.", None)]) is None


def test_a_weekday_of_an_undated_report_is_resolved_against_its_storys_publication_day():
    value = story_date([("The ferry sank off the coast of Ruritania.", "2021-03-13"),
                        ("Rescuers searched all night for survivors.", None),
                        ("A ferry sank on Friday off the coast of Ruritania.", None)])
    assert value is not None and value.date == "2021-03-12" and value.basis == "text"


def test_a_weekday_of_an_undated_report_stays_open_when_its_storys_days_disagree():
    value = story_date([("The ferry sank off the coast of Ruritania.", "2021-03-13"),
                        ("Divers reached the wreck of the ferry.", "2021-03-20"),
                        ("A ferry sank on Friday off the coast of Ruritania.", None)])
    assert value is None or value.date != "2021-03-19"


def test_a_report_of_another_month_does_not_take_its_storys_day():
    value = story_date([("The ferry sank off the coast of Ruritania.", "2021-03-13"),
                        ("A ferry sank on Friday off the coast of Ruritania.", "2021-05"),
                        ("Rescuers searched all night for survivors.", None)])
    assert value is None or value.basis == "reported"


def _value(date: str | None, basis: str = "text", precision: str = "day") -> TimeValue:
    return TimeValue("x", date=date, precision=precision if date else None, basis=basis)  # type: ignore[arg-type]


def test_events_that_agree_date_the_story():
    value = agreed_date([_value("2021-03-07"), None, _value("2021-03", precision="month")])
    assert value is not None and value.date == "2021-03-07"


def test_events_that_disagree_date_nothing():
    assert agreed_date([_value("2021-03-07"), _value("2021-03-05")]) is None


def test_publication_days_a_day_apart_give_the_earlier():
    value = agreed_date([_value("2021-03-08", "reported"), _value("2021-03-07", "reported")])
    assert value is not None and value.date == "2021-03-07" and value.basis == "reported"
    assert agreed_date([_value("2021-03-08", "reported"), _value("2021-03-01", "reported")]) is None


def test_a_story_most_of_whose_reports_carry_no_date_is_not_dated_by_a_stray():
    reports = [("The old mill burnt down.", None)] * 3 + [("Fire crews fought the blaze on Sunday.", "2021-03-09")]
    assert story_date(reports) is None


def test_a_year_alone_does_not_date_the_story():
    # "... the first call since 1979": a year dates the background, not the story's day.
    assert agreed_date([_value("1979", precision="year"), None]) is None
    value = agreed_date([_value("1979", precision="year"), _value("2013-09-27")])
    assert value is not None and value.date == "2013-09-27"
    value = agreed_date([_value("1979", precision="year"), _value("2013-09-27", "reported")])
    assert value is not None and value.date == "2013-09-27" and value.basis == "reported"


def test_bounds_alone_give_the_month_or_year_that_holds_them():
    from dateline.resolve.time import resolve_date

    mid_june = resolve_date("last week", "2022-06-15")  # 6 to 12 June
    assert mid_june is not None and mid_june.date is None
    value = bounded_date([mid_june, None])
    assert value is not None and (value.date, value.precision) == ("2022-06", "month")
    early_november = resolve_date("last week", "2022-11-03")  # 24 to 30 October
    across = resolve_date("earlier this week", "2022-11-03")  # 31 October to 3 November
    value = bounded_date([across])
    assert value is not None and (value.date, value.precision) == ("2022", "year")
    # Two reports' bounds narrow each other: only October is left.
    value = bounded_date([early_november, TimeValue("(a)", earliest="2022-10-20", latest="2022-11-02")])
    assert value is not None and (value.date, value.precision) == ("2022-10", "month")


def test_no_month_or_year_from_a_dated_report_an_open_side_or_bounds_over_years():
    assert bounded_date([TimeValue("(a)", earliest="2022-06-06", latest="2022-06-12"),
                         TimeValue("on Sunday", date="2022-06-12", precision="day")]) is None
    assert bounded_date([TimeValue("(a)", latest="2022-06-12")]) is None
    assert bounded_date([TimeValue("(a)", earliest="2021-12-27", latest="2022-01-02")]) is None
    assert bounded_date([TimeValue("(a)", earliest="2022-06-20", latest="2022-06-12")]) is None


# dated_by_story: a happening whose own reports have no publication day.
_STORY_DAYS = ["2021-03-13", None, "2021-03-12"]


def _said(text: str) -> TimeValue:
    """A date expression no publication day resolved."""
    return TimeValue(text)


def test_a_weekday_is_resolved_against_the_day_the_storys_reports_came_out():
    value = dated_by_story([(_said("on Friday"), False, True)], [None], _STORY_DAYS)
    assert value is not None and value.date == "2021-03-12" and value.basis == "text"


def test_a_planned_happenings_weekday_is_the_next_one():
    value = dated_by_story([(_said("on Tuesday"), True, False)], [None], _STORY_DAYS)
    assert value is not None and value.date == "2021-03-16"


def test_a_happening_told_as_done_with_no_day_takes_the_storys_earliest_publication_day():
    value = dated_by_story([(None, False, True)], [None], _STORY_DAYS)
    assert value is not None and value.date == "2021-03-12" and value.basis == "reported"


def test_no_day_and_not_told_as_done_in_an_opening_leave_it_undated():
    assert dated_by_story([(None, False, False)], [None], _STORY_DAYS) is None
    assert dated_by_story([(_said("that day"), False, True)], [None], _STORY_DAYS) is None


def test_reports_that_state_different_days_date_nothing():
    mentions = [(_said("on Friday"), False, True), (_said("on Tuesday"), False, True)]
    assert dated_by_story(mentions, [None, None], _STORY_DAYS) is None


def test_a_story_whose_reports_came_out_days_apart_dates_nothing():
    mention = (_said("on Friday"), False, True)
    assert dated_by_story([mention], [None], ["2021-03-13", "2021-03-20"]) is None
    assert dated_by_story([mention], [None], [None, None]) is None


def test_an_undated_happening_of_another_month_does_not_take_its_storys_day():
    assert dated_by_story([(_said("on Friday"), False, True)], ["2021-05"], _STORY_DAYS) is None


def test_a_weekday_that_depends_on_which_of_the_storys_days_the_report_came_out_is_no_day():
    # Reports out on Wednesday 10 March; an undated one out then or on Thursday says "on Thursday".
    assert dated_by_story([(_said("on Thursday"), False, True)], [None], ["2021-03-10"]) is None


def test_a_weekday_goes_the_way_of_the_tense_kept_with_it_not_of_the_plan():
    from dateline.records import TimeValue
    from dateline.resolve.story_time import dated_by_story

    story = ["2021-03-10", "2021-03-10"]  # a Wednesday
    said = TimeValue("on Monday", tense="past")  # "pledged on Monday to send grain": the pledge's day
    assert dated_by_story([(said, True, False)], [None], story).date == "2021-03-08"
    planned = TimeValue("on Monday", tense="future")  # "will visit on Monday"
    assert dated_by_story([(planned, True, False)], [None], story).date == "2021-03-15"
    unknown = TimeValue("on Monday")  # no tense kept: a plan forward, else back
    assert dated_by_story([(unknown, True, False)], [None], story).date == "2021-03-15"
    assert dated_by_story([(unknown, False, False)], [None], story).date == "2021-03-08"


def test_a_past_weekday_naming_one_of_the_storys_own_days_is_that_day():
    # Reports out on Wednesday 10 and Thursday 11 March; an undated one out on either day or the
    # next says "on Thursday": the Thursday a week before only for one out on the Wednesday.
    value = dated_by_story([(_said("on Thursday"), False, True)], [None], ["2021-03-10", "2021-03-11"])
    assert value is not None and value.date == "2021-03-11" and value.basis == "text"
    # ... and the day before the first: "on Tuesday", for reports out on Wednesday and Thursday.
    value = dated_by_story([(_said("on Tuesday"), False, True)], [None], ["2021-03-10", "2021-03-11"])
    assert value is not None and value.date == "2021-03-09"


def test_with_the_storys_own_days_only_a_weekday_outside_them_or_no_day_dates_nothing():
    story = ["2021-03-10", "2021-03-11"]
    assert dated_by_story([(_said("on Monday"), False, True)], [None], story, story_days_only=True) is None
    assert dated_by_story([(None, False, True)], [None], story, story_days_only=True) is None
    value = dated_by_story([(_said("on Wednesday"), False, True)], [None], story, story_days_only=True)
    assert value is not None and value.date == "2021-03-10"


def test_a_past_weekday_naming_one_day_of_a_story_of_reports_days_apart_is_that_day():
    # Reports out on Sunday 2 April and Tuesday 23 May 2023: "on Sunday" names the first.
    story = ["2023-04-02", "2023-05-23", None]
    value = dated_by_story([(_said("on Sunday"), False, True)], [None], story)
    assert value is not None and value.date == "2023-04-02" and value.basis == "text"
    # "on Monday" names the day before the second; "on Friday" none of them; a plan is no past.
    assert dated_by_story([(_said("on Monday"), False, True)], [None], story).date == "2023-05-22"
    assert dated_by_story([(_said("on Friday"), False, True)], [None], story) is None
    assert dated_by_story([(_said("on Sunday"), True, False)], [None], story) is None
    # No stated day: the news of which of those days?  None.
    assert dated_by_story([(None, False, True)], [None], story) is None


def test_a_weekday_naming_a_day_of_each_of_two_reports_days_apart_is_no_day():
    # Out on Sunday 2 April and Sunday 9 April: "on Sunday" may be either.
    assert dated_by_story([(_said("on Sunday"), False, True)], [None], ["2023-04-02", "2023-04-09"]) is None

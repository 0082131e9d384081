"""Dating a story outside the event types from its reports' openings and publication days;
sentences written for these tests."""

from __future__ import annotations

from dateline.resolve.story_time import story_date


def test_the_day_the_openings_state_wins():
    value = story_date([("Voters in Ruritania went to the polls on Sunday.", "2021-03-09"),
                        ("Ruritania voted on Sunday in a tense election.", "2021-03-08"),
                        ("The count went on late into the night.", "2021-03-09")])
    assert value is not None and value.date == "2021-03-07" and value.basis == "text"


def test_openings_that_disagree_date_nothing():
    value = story_date([("A climber died on Friday on the north ridge.", "2021-03-09"),
                        ("Police confirmed the climber's death today.", "2021-03-09")])
    assert value is None


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

"""A happening dated by its reports' publication day takes what its story's reports say more
exactly (dateline.link.run)."""

from __future__ import annotations

from dateline.link.run import _earlier_report
from dateline.records import Happening


def _reported(day: str) -> Happening:
    return Happening(id="h1", type="AID", label="", date=day, date_precision="day", place=None,
                     participants=[], date_basis="reported")


def test_the_day_the_story_s_openings_state_outranks_the_publication_day():
    happening = _reported("2021-03-10")
    reports = [("A strong earthquake struck the coast of Peru on Tuesday, officials said.", "2021-03-09"),
               ("The quake that struck Peru on Tuesday destroyed hundreds of homes.", "2021-03-10"),
               ("Rescuers worked through the night in southern Peru.", "2021-03-10")]
    _earlier_report(happening, reports)
    assert (happening.date, happening.date_basis) == ("2021-03-09", "text")


def test_reports_published_the_day_before_move_the_publication_day_back():
    happening = _reported("2021-03-10")
    reports = [("Rescuers worked through the night in southern Peru.", "2021-03-09"),
               ("Hundreds of homes were destroyed in southern Peru.", "2021-03-09"),
               ("Aid reached the villages of southern Peru.", "2021-03-10")]
    _earlier_report(happening, reports)
    assert (happening.date, happening.date_basis) == ("2021-03-09", "reported")


def test_a_stated_day_after_the_publication_day_or_weeks_before_it_changes_nothing():
    for opening in ("The ministers will meet again on Friday, March 12.",
                    "The ministers first met on January 4 in Lima."):
        happening = _reported("2021-03-10")
        _earlier_report(happening, [(opening, "2021-03-10"), (opening, "2021-03-10")])
        assert (happening.date, happening.date_basis) == ("2021-03-10", "reported")

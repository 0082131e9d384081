"""A call and a meeting in person of the same people are two happenings (records by hand)."""

from __future__ import annotations

from dataclasses import replace

from dateline.link import link
from dateline.link.modes import in_person, is_call, modes_differ
from dateline.records import ActorRef, EventMention, PlaceRef, TimeValue

OBAMA = ActorRef("barack-obama", "Barack Obama", "person", "US")
CASTRO = ActorRef("raul-castro", "Raúl Castro", "person", "CU")
PANAMA_CITY = PlaceRef("Panama City", "PA", 8.99, -79.52, "city", 3703443)
PANAMA = PlaceRef("Panama", "PA", 8.99, -79.52, "country")


def mention(id_, article, date=None, place=None, mode=None):
    value = TimeValue(date, date=date, precision="day") if date else None
    return EventMention(id_, article, "CONSULT", 0, 50, "text", source=[OBAMA], target=[CASTRO],
                        date=value, place=place, place_source="sentence" if place else None, mode=mode, lede=True)


def test_a_report_of_the_meeting_does_not_join_a_call_placed_where_the_summit_was():
    # "Obama spoke with Castro by phone on Wednesday before the summit in Panama" and, in another
    # language with no date, "Obama y Castro se reunieron en Panamá".
    call = mention("a", "A", "2015-04-08", PANAMA_CITY, mode="phone")
    meeting = mention("b", "B", None, PANAMA)
    happenings = link([call, meeting])
    assert len(happenings) == 2
    assert next(h for h in happenings if "A" in h.articles).place is None  # a call has no venue


def test_two_reports_of_one_call_join():
    happenings = link([mention("a", "A", "2015-04-08", mode="phone"), mention("b", "B", "2015-04-08", mode="phone")])
    assert len(happenings) == 1


def test_a_call_and_a_visit_on_one_day_stay_apart():
    # "Modi phoned Sharif in the morning", "Modi's surprise visit to Lahore" the same day.
    call = mention("a", "A", "2015-12-25", mode="phone")
    visit = mention("b", "B", "2015-12-25", PANAMA_CITY, mode="visit")
    assert len(link([call, visit])) == 2


def test_a_report_that_says_nothing_of_the_mode_joins_either():
    call = mention("a", "A", "2015-04-08", mode="phone")
    told = mention("b", "B", "2015-04-08")
    assert len(link([call, told])) == 1


def test_modes_of_groups():
    call, visit = mention("a", "A", mode="phone"), mention("b", "B", mode="visit")
    placed = mention("c", "C", place=PANAMA)
    assert is_call([call]) and not is_call([call, placed])
    assert in_person([visit]) and in_person([placed]) and not in_person([placed, call])
    assert modes_differ([call], [placed]) and not modes_differ([call], [replace(placed, place=None)])

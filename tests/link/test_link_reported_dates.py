"""Reports dated only by their publication day ("reported") and how they group."""

from __future__ import annotations

from dateline.link import link
from dateline.records import ActorRef, EventMention, PlaceRef, TimeValue

MACRON = ActorRef("emmanuel-macron", "Emmanuel Macron", "person", "FR")
SCHOLZ = ActorRef("olaf-scholz", "Olaf Scholz", "person", "DE")
RUTO = ActorRef("william-ruto", "William Ruto", "person", "KE")
PARIS = PlaceRef("Paris", "FR", 48.85, 2.35, "city", 2988507)


def reported(id_, article, actors, day, place=None, start=0, type_="CONSULT"):
    value = TimeValue("(publication date)", date=day, precision="day", basis="reported")
    return EventMention(id_, article, type_, start, start + 50, "text", source=actors[:1], target=actors[1:],
                        date=value, place=place)


def dated(id_, article, actors, day, place=None, start=0, type_="CONSULT"):
    value = TimeValue(day, date=day, precision="day")
    return EventMention(id_, article, type_, start, start + 50, "text", source=actors[:1], target=actors[1:],
                        date=value, place=place)


def test_a_report_of_the_next_morning_joins_the_happening_of_the_day_before():
    hs = link([dated("a", "A", [MACRON, SCHOLZ], "2023-03-05", PARIS),
               reported("b", "B", [SCHOLZ, MACRON], "2023-03-06")])
    assert len(hs) == 1
    assert hs[0].date == "2023-03-05" and hs[0].date_basis == "text"


def test_a_report_two_days_later_does_not_join():
    hs = link([dated("a", "A", [MACRON, SCHOLZ], "2023-03-05", PARIS),
               reported("b", "B", [SCHOLZ, MACRON], "2023-03-07")])
    assert len(hs) == 2


def test_a_report_published_before_the_event_never_joins_it():
    hs = link([dated("a", "A", [MACRON, SCHOLZ], "2023-03-05", PARIS),
               reported("b", "B", [SCHOLZ, MACRON], "2023-03-04")])
    assert len(hs) == 2


def test_two_reports_dated_by_publication_a_day_apart_are_one_happening():
    hs = link([reported("a", "A", [MACRON, RUTO], "2024-06-10"),
               reported("b", "B", [RUTO, MACRON], "2024-06-11")])
    assert len(hs) == 1
    assert hs[0].date == "2024-06-10" and hs[0].date_basis == "reported"


def test_the_same_pairs_calls_five_weeks_apart_stay_two():
    hs = link([reported("a", "A", [MACRON, RUTO], "2024-06-10"),
               reported("b", "B", [RUTO, MACRON], "2024-07-15")])
    assert len(hs) == 2


def test_an_undated_lede_and_a_dated_later_sentence_of_one_article_are_one_report():
    # "Macron and Scholz met in Paris." ... "The two leaders met on Friday over dinner."
    hs = link([reported("a", "A", [MACRON, SCHOLZ], "2023-03-06", PARIS),
               dated("b", "A", [MACRON, SCHOLZ], "2023-03-03", start=300)])
    assert len(hs) == 1
    assert hs[0].date == "2023-03-03" and hs[0].date_basis == "text"
    # and a third outlet giving the text date joins it, whatever the first report's publication day
    hs = link([reported("a", "A", [MACRON, SCHOLZ], "2023-03-06", PARIS),
               dated("b", "A", [MACRON, SCHOLZ], "2023-03-03", start=300),
               dated("c", "C", [SCHOLZ, MACRON], "2023-03-03", PARIS)])
    assert len(hs) == 1


def test_different_known_dates_never_merge_even_with_reported_reports_between():
    hs = link([dated("a", "A", [MACRON, SCHOLZ], "2023-03-05", PARIS),
               reported("b", "B", [SCHOLZ, MACRON], "2023-03-06"),
               dated("c", "C", [SCHOLZ, MACRON], "2023-03-08", PARIS)])
    assert len(hs) == 2
    assert sorted(h.date for h in hs) == ["2023-03-05", "2023-03-08"]


def test_two_expulsions_three_days_apart_stay_two():
    hs = link([reported("a", "A", [MACRON, RUTO], "2022-04-04", type_="SANCTION"),
               reported("b", "B", [MACRON, RUTO], "2022-04-07", type_="SANCTION")])
    assert len(hs) == 2

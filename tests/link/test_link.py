"""Linking event mentions into happenings, on records built by hand."""

from __future__ import annotations

import datetime as dt

from dateline.link import lead_happenings, link
from dateline.link.dates import named_day_conflict, named_days_differ
from dateline.records import ActorRef, EventMention, PlaceRef, TimeValue

LAVROV = ActorRef("sergey-lavrov", "Sergey Lavrov", "person", "RU")
WANG = ActorRef("wang-yi", "Wang Yi", "person", "CN")
BLINKEN = ActorRef("antony-blinken", "Antony Blinken", "person", "US")
CHINA = ActorRef("country:CN", "China", "country", "CN")
MANILA = PlaceRef("Manila", "PH", 14.6, 121.0, "city", 1701668)
BEIJING = PlaceRef("Beijing", "CN", 39.9, 116.4, "city", 1816670)
MOSCOW = PlaceRef("Moscow", "RU", 55.75, 37.6, "city", 524901)
CN = PlaceRef("China", "CN", None, None, "country")


def mention(id_, article, actors, date=None, place=None, start=0, type_="CONSULT", precision=None, bounds=None):
    value = None
    if date:
        value = TimeValue(date, date=date, precision=precision or {10: "day", 7: "month", 4: "year"}[len(date)])
    elif bounds:
        value = TimeValue("on Sunday", earliest=bounds[0], latest=bounds[1])
    return EventMention(id_, article, type_, start, start + 50, "text", source=actors[:1], target=actors[1:],
                        date=value, place=place, lede=start == 0)


def by_articles(happenings):
    return sorted(tuple(h.articles) for h in happenings)


def test_two_outlets_same_day_same_place_become_one():
    hs = link([mention("a", "A", [LAVROV, WANG], "2017-08-06", MANILA),
               mention("b", "B", [WANG, LAVROV], "2017-08-06", MANILA)])
    assert by_articles(hs) == [("A", "B")]
    assert hs[0].date == "2017-08-06" and hs[0].place == MANILA


def test_different_known_dates_never_merge():
    hs = link([mention("a", "A", [LAVROV, WANG], "2024-04-08", BEIJING),
               mention("b", "B", [LAVROV, WANG], "2025-07-13", BEIJING)])
    assert len(hs) == 2


def test_different_known_places_never_merge():
    hs = link([mention("a", "A", [LAVROV, WANG], "2023-09-18", MOSCOW),
               mention("b", "B", [LAVROV, WANG], "2023-09-18", BEIJING)])
    assert len(hs) == 2


def test_different_participants_on_one_day_in_one_city_stay_apart():
    hs = link([mention("a", "A", [LAVROV, WANG], "2017-08-06", MANILA),
               mention("b", "B", [LAVROV, BLINKEN], "2017-08-06", MANILA)])
    assert len(hs) == 2


def test_a_report_with_no_date_at_all_joins_the_one_meeting_of_its_people_in_its_city():
    hs = link([mention("a", "A", [LAVROV, WANG], "2023-09-18", MOSCOW),
               mention("b", "B", [LAVROV, WANG], None, MOSCOW)])
    assert len(hs) == 1 and hs[0].date == "2023-09-18"


def test_a_report_with_no_date_that_fits_two_meetings_joins_neither():
    hs = link([mention("a", "A", [LAVROV, WANG], "2023-09-18", MOSCOW),
               mention("c", "C", [LAVROV, WANG], "2025-04-01", MOSCOW),
               mention("b", "B", [LAVROV, WANG], None, MOSCOW)])
    assert len(hs) == 3


def test_an_undated_report_without_a_place_does_not_join():
    hs = link([mention("a", "A", [LAVROV, WANG], "2023-09-18", MOSCOW),
               mention("b", "B", [LAVROV, WANG], None, None)])
    assert len(hs) == 2


def test_an_undated_report_without_a_place_joins_on_the_one_day_its_opening_names():
    # 18 September 2023 was a Monday.  "Lavrov met Wang on Monday", in a text with no publication
    # day, joins the one meeting of the two dated to a Monday.
    def undated(text, lede=True, place=None):
        m = mention("b", "B", [LAVROV, WANG], None, place, start=0 if lede else 900)
        m.text = text
        return m

    def joined(mentions):
        return any(set(h.articles) == {"A", "B"} for h in link(mentions))

    dated = mention("a", "A", [LAVROV, WANG], "2023-09-18", MOSCOW)
    assert joined([dated, undated("Lavrov held talks with Wang Yi on Monday.")])
    assert joined([dated, undated("Лавров провёл переговоры с Ван И в понедельник.")])
    # The day of the month without a year ("am 18. September"), alone or with its weekday.
    assert joined([dated, undated("Lawrow wird am 18. September Wang Yi treffen.")])
    assert joined([dated, undated("Lavrov met Wang Yi on Monday, September 18.")])
    assert not joined([dated, undated("Lavrov met Wang Yi on September 19.")])
    assert not joined([dated, undated("Lavrov met Wang Yi on Tuesday, September 18.")])
    # Another weekday, two weekdays, none, or a month-dated happening: no join.
    for text in ("Lavrov held talks with Wang Yi on Tuesday.", "They met on Monday and spoke again on Friday.",
                 "Lavrov held talks with Wang Yi."):
        assert not joined([dated, undated(text)]), text
    month = mention("a", "A", [LAVROV, WANG], "2023-09", MOSCOW)
    assert not joined([month, undated("Lavrov held talks with Wang Yi on Monday.")])
    # Told deep in the report (a background meeting), not in its opening: no join.
    assert not joined([dated, undated("Lavrov had met Wang Yi on Monday.", lede=False)])
    # A place the same article names for the two that rules the happening out: no join.
    beijing = mention("b2", "B", [LAVROV, WANG], None, BEIJING, start=400)
    beijing.status = "planned"
    assert not joined([dated, undated("Lavrov held talks with Wang Yi on Monday."), beijing])


def test_an_undated_report_whose_opening_names_another_day_stays_apart():
    # 18 September 2023 was a Monday.  "Lavrov met Wang in Moscow on Thursday" (no year known)
    # tells of another meeting of the two in Moscow, not of Monday's.
    def undated(text, status="past"):
        m = mention("b", "B", [LAVROV, WANG], None, MOSCOW)
        m.text, m.status = text, status
        return m

    def joined(dated, report):
        return any(set(h.articles) == {"A", "B"} for h in link([dated, report]))

    dated = mention("a", "A", [LAVROV, WANG], "2023-09-18", MOSCOW)
    assert joined(dated, undated("Lavrov met Wang Yi in Moscow."))
    assert joined(dated, undated("Lavrov met Wang Yi in Moscow on Monday."))
    assert not joined(dated, undated("Lavrov met Wang Yi in Moscow on Thursday."))
    assert not joined(dated, undated("Lavrov met Wang Yi in Moscow on 2 March."))
    # A dateline's day may be the day after the meeting.
    assert joined(dated, undated("MOSCOW, September 19 - Lavrov and Wang Yi met in Moscow."))
    # A plan names the day it was announced as well as the meeting's.
    assert joined(dated, undated("Lavrov will meet Wang Yi in Moscow, the ministry said on Thursday.", "planned"))
    # Dated by its publication day (19 September): the day or the day before fits.
    published = mention("a", "A", [LAVROV, WANG], None, MOSCOW)
    published.date = TimeValue("", date="2023-09-19", precision="day", basis="reported")
    assert joined(published, undated("Lavrov met Wang Yi in Moscow on Monday."))
    assert not joined(published, undated("Lavrov met Wang Yi in Moscow on Friday."))


def test_named_day_conflict_reads_the_opening_only():
    opening = mention("a", "A", [LAVROV, WANG])
    opening.text = "Lavrov met Wang Yi on Friday, 22 September."
    later = mention("b", "A", [LAVROV, WANG], start=900)
    later.text = opening.text
    monday = dt.date(2023, 9, 18)
    assert named_day_conflict([opening], monday, monday)
    assert not named_day_conflict([later], monday, monday)
    friday = dt.date(2023, 9, 22)
    assert not named_day_conflict([opening], friday, friday)


def test_a_day_of_a_month_no_publication_day_resolved_names_the_day():
    # "ラブロフ外相は16日、王毅外相と会談した" in a text with no publication day: its date is
    # kept as "on the 16th" (dateline.multilingual.dates), which only a 16th fits.
    opening = mention("a", "A", [LAVROV, WANG])
    opening.text = "ラブロフ外相は16日、王毅外相と会談した。"
    opening.date = TimeValue("on the 16th", basis="text")
    assert named_day_conflict([opening], dt.date(2023, 9, 26), dt.date(2023, 9, 26))
    assert not named_day_conflict([opening], dt.date(2023, 9, 16), dt.date(2023, 9, 16))
    # The dateline may carry the day after ("Moscow, 17 September").
    assert not named_day_conflict([opening], dt.date(2023, 9, 15), dt.date(2023, 9, 15))
    # A resolved date names no day left open.
    opening.date = TimeValue("16日", date="2023-09-16", precision="day", basis="text")
    assert not named_day_conflict([opening], dt.date(2023, 9, 26), dt.date(2023, 9, 26))


def test_two_undated_reports_naming_other_days_differ():
    sixteenth, sixth = mention("a", "A", [LAVROV, WANG]), mention("b", "B", [LAVROV, WANG])
    sixteenth.date, sixth.date = TimeValue("on the 16th", basis="text"), TimeValue("on the 6th", basis="text")
    assert named_days_differ([sixteenth], [sixth])
    assert not named_days_differ([sixteenth], [sixteenth])
    friday, tuesday = mention("c", "C", [LAVROV, WANG]), mention("d", "D", [LAVROV, WANG])
    friday.text, tuesday.text = "Lavrov met Wang Yi on Friday.", "Lavrov met Wang Yi on Tuesday."
    assert named_days_differ([friday], [tuesday])
    # One that names no day differs from none.
    assert not named_days_differ([friday], [mention("e", "E", [LAVROV, WANG])])


def test_bounded_report_joins_when_bounds_and_place_agree():
    hs = link([mention("a", "A", [LAVROV, WANG], "2017-08-06", MANILA),
               mention("b", "B", [LAVROV, WANG], None, MANILA, bounds=(None, "2017-08-06"))])
    assert by_articles(hs) == [("A", "B")]
    # ... but not when the bounds exclude the date.
    hs = link([mention("a", "A", [LAVROV, WANG], "2017-08-06", MANILA),
               mention("b", "B", [LAVROV, WANG], None, MANILA, bounds=(None, "2017-07-30"))])
    assert len(hs) == 2


def test_undated_near_duplicates_join():
    hs = link([mention("a", "A", [LAVROV, WANG], None, MOSCOW),
               mention("b", "B", [LAVROV, WANG], None, MOSCOW)], near_duplicates={"B": "A"})
    assert by_articles(hs) == [("A", "B")]


def test_within_an_article_country_and_city_reports_merge_and_keep_the_finer_place():
    hs = link([mention("a1", "A", [LAVROV, CHINA], "2024-04-08", CN, start=0),
               mention("a2", "A", [LAVROV, WANG], None, BEIJING, start=100)])
    assert len(hs) == 1
    assert hs[0].place == BEIJING and hs[0].date == "2024-04-08"
    assert [a.id for a in hs[0].participants] == ["sergey-lavrov", "wang-yi"]


def test_month_precision_joins_day_precision_inside_it():
    hs = link([mention("a", "A", [LAVROV, WANG], "2024-04-08", BEIJING),
               mention("b", "B", [LAVROV, WANG], "2024-04", BEIJING)])
    assert len(hs) == 1 and hs[0].date == "2024-04-08"


def test_statement_at_a_meeting_joins_the_meeting_not_a_happening_of_its_own():
    pledge = mention("p", "A", [LAVROV, WANG], "2017-08-06", None, start=200, type_="AGREE")
    hs = link([mention("a", "A", [LAVROV, WANG], "2017-08-06", MANILA), pledge])
    assert len(hs) == 1 and hs[0].type == "CONSULT"
    assert "p" in [m.id for m in hs[0].mentions]


def test_ids_are_stable_and_lead_is_the_most_reported():
    ms = [mention("a", "A", [LAVROV, WANG], "2017-08-06", MANILA, start=0),
          mention("x", "A", [BLINKEN, WANG], "2017-08-05", MANILA, start=900)]
    first, second = link(ms), link(list(reversed(ms)))
    assert sorted(h.id for h in first) == sorted(h.id for h in second)
    lead = lead_happenings(first, ["A", "Z"])
    meeting = next(h for h in first if "sergey-lavrov" in {a.id for a in h.participants})
    assert lead == {"A": meeting.id, "Z": None}


def test_linking_is_blocked_not_all_pairs():
    # 2,000 meetings of distinct pairs on distinct days: each finds few candidates.
    people = [ActorRef(f"p{i}", f"P{i}", "person", "RU") for i in range(2001)]
    ms = [mention(f"m{i}", f"A{i}", [people[i], people[i + 1]], f"2020-01-{i % 28 + 1:02d}", MOSCOW) for i in range(2000)]
    assert len(link(ms)) == 2000


def test_within_an_article_a_planned_meeting_is_not_the_past_one():
    past = mention("a1", "A", [LAVROV, WANG], None, None, start=0)
    planned = mention("a2", "A", [LAVROV, WANG], "2024-05", MOSCOW, start=300)  # "slated for May in Moscow"
    planned.status = "planned"
    assert len(link([past, planned])) == 2


def test_a_preview_and_the_report_of_one_meeting_join():
    preview = mention("p", "P", [LAVROV, WANG], "2024-04-09", BEIJING)
    preview.status = "planned"
    report = mention("r", "R", [LAVROV, WANG], "2024-04-09", BEIJING)
    hs = link([preview, report])
    assert len(hs) == 1 and hs[0].status == "past"


def test_a_plan_made_inside_an_ongoing_visit_is_part_of_it():
    visit = mention("a1", "A", [LAVROV, WANG], "2024-04-08", BEIJING, start=0)
    talks = mention("a2", "A", [LAVROV, WANG], None, None, start=300)
    talks.status, talks.occasion = "planned", "During his visit"
    assert len(link([visit, talks])) == 1


def test_a_lone_party_is_not_a_happening():
    lone = mention("a", "A", [CHINA], "2024-04-08", BEIJING)
    assert link([lone]) == []


def test_a_one_party_report_that_fits_several_meetings_joins_none():
    jaishankar = ActorRef("subrahmanyam-jaishankar", "S. Jaishankar", "person", "IN")
    vientiane = PlaceRef("Vientiane", "LA", 17.97, 102.6, "city", 1651944)
    hs = link([mention("a", "A", [LAVROV, WANG], "2024-07-25", vientiane),
               mention("b", "B", [LAVROV, jaishankar], "2024-07-25", vientiane),
               mention("c", "C", [LAVROV], "2024-07-25", vientiane)])
    assert sorted(h.articles for h in hs) == [["A"], ["B"]]
    # ... but with one meeting only, it joins it.
    hs = link([mention("a", "A", [LAVROV, WANG], "2024-07-25", vientiane),
               mention("c", "C", [LAVROV], "2024-07-25", vientiane)])
    assert by_articles(hs) == [("A", "C")]


def test_an_undated_meeting_takes_the_day_of_a_statement_in_its_sentence():
    call = mention("c", "A", [LAVROV, WANG], None, None, start=0)
    pledge = mention("p", "A", [LAVROV, WANG], "2017-08-07", None, start=0, type_="AGREE")
    hs = link([call, pledge])
    assert len(hs) == 1 and hs[0].date == "2017-08-07"


def test_an_undated_aside_deep_in_one_report_is_no_happening():
    # "... the two had also met in Moscow" near the end of a report of something else
    hs = link([mention("a", "A", [LAVROV, WANG], None, MOSCOW, start=900)])
    assert hs == []
    # the same in a lede is the report's news, dated or not
    assert len(link([mention("a", "A", [LAVROV, WANG], None, MOSCOW, start=0)])) == 1


def test_a_palace_and_its_city_are_one_place_a_retreat_far_off_is_not():
    palace = PlaceRef("Zhongnanhai", "CN", 39.91, 116.38, "city")
    retreat = PlaceRef("Beidaihe", "CN", 39.83, 119.48, "city")
    hs = link([mention("a", "A", [LAVROV, WANG], "2023-09-18", BEIJING),
               mention("b", "B", [LAVROV, WANG], "2023-09-18", palace)])
    assert len(hs) == 1
    hs = link([mention("a", "A", [LAVROV, WANG], "2023-09-18", BEIJING),
               mention("b", "B", [LAVROV, WANG], "2023-09-18", retreat)])
    assert len(hs) == 2


def test_a_region_in_the_text_gives_way_to_the_dateline_city_of_its_country():
    florida = PlaceRef("Florida", "US", 28.0, -81.7, "region")
    miami = PlaceRef("Miami", "US", 25.77, -80.19, "city", 4164138)
    a = mention("a", "A", [BLINKEN, WANG], "2023-09-18", florida)
    b = mention("b", "A", [BLINKEN], None, miami, start=200)
    b.place_source = "dateline"
    hs = link([a, b])
    assert hs[0].place == miami
    # With no dateline city of that country the region stays.
    hs = link([mention("c", "C", [BLINKEN, WANG], "2023-09-18", florida)])
    assert hs[0].place == florida


def test_a_meeting_of_two_countries_leaders_joins_the_meeting_of_their_people():
    egypt = ActorRef("country:EG", "Egypt", "country", "EG")
    ethiopia = ActorRef("country:ET", "Ethiopia", "country", "ET")
    sisi = ActorRef("abdel-fattah-el-sisi", "Abdel Fattah el-Sisi", "person", "EG")
    abiy = ActorRef("abiy-ahmed", "Abiy Ahmed", "person", "ET")
    sochi = PlaceRef("Sochi", "RU", 43.6, 39.7, "city", 491422)
    hs = link([mention("a", "A", [ethiopia, egypt], "2019-10-24", None),
               mention("b", "B", [sisi, abiy], "2019-10-24", sochi)])
    assert by_articles(hs) == [("A", "B")]


def test_a_later_clause_of_two_countries_does_not_give_the_meeting_its_place():
    russia = ActorRef("country:RU", "Russia", "country", "RU")
    a = mention("a", "A", [LAVROV, WANG], "2023-09-18", None)
    b = mention("b", "A", [russia, CHINA], None, MANILA, start=400)
    assert link([a, b])[0].place is None
    # ... while a lede naming the two countries and a city does.
    c = mention("c", "C", [russia, CHINA], None, MOSCOW, start=0)
    d = mention("d", "C", [LAVROV, WANG], "2023-09-18", None, start=300)
    assert link([c, d])[0].place == MOSCOW


def test_a_meeting_placed_in_a_country_takes_the_city_of_what_was_done_at_it():
    # "Lavrov's visit to China ... Lavrov and Wang agreed in Beijing": the meeting was in Beijing.
    hs = link([mention("a", "A", [LAVROV, WANG], "2023-09-18", CN),
               mention("b", "A", [LAVROV, WANG], "2023-09-18", BEIJING, start=100, type_="AGREE")])
    assert len(hs) == 1 and hs[0].place == BEIJING
    # ... but not a city of another country.
    hs = link([mention("a", "A", [LAVROV, WANG], "2023-09-18", CN),
               mention("b", "A", [LAVROV, WANG], "2023-09-18", MOSCOW, start=100, type_="AGREE")])
    assert [h.place for h in hs if h.type == "CONSULT"] == [CN]


COLOMBIA = ActorRef("country:CO", "Colombia", "country", "CO", "government")
FARC = ActorRef("org:farc", "FARC", "group", "CO", "rebel")
COLOMBIAN_ARMY = ActorRef("group:CO:military", "Colombian military", "group", "CO", "military")


def test_a_rebel_group_does_not_stand_for_its_country():
    # "Colombia signed a peace deal with the FARC": two parties, though both are Colombian.
    hs = link([mention("a", "A", [COLOMBIA, FARC], type_="SUPPORT")])
    assert len(hs) == 1 and {a.id for a in hs[0].participants} == {"country:CO", "org:farc"}


def test_a_state_body_still_stands_for_its_country():
    # "Colombia's military ... Colombia": one party, no happening of its own.
    assert link([mention("a", "A", [COLOMBIA, COLOMBIAN_ARMY], type_="MOBILIZE")]) == []



BOLIVIA = ActorRef("country:BO", "Bolivia", "country", "BO", "government")
ISRAEL = ActorRef("country:IL", "Israel", "country", "IL", "government")


def test_news_of_a_named_weekday_and_an_act_dated_by_a_year_alone_stay_apart():
    # "Bolivia said on Tuesday it had broken ties with Israel" (no publication day) and, further
    # down, "Bolivia had cut ties with Israel in 2009": the week's news and its background.
    news = mention("n", "A", [BOLIVIA, ISRAEL], type_="SANCTION")
    news.date = TimeValue("on Tuesday")
    past = mention("p", "A", [BOLIVIA, ISRAEL], "2009", start=400, type_="SANCTION")
    hs = link([news, past])
    assert sorted(tuple(m.id for m in h.mentions) for h in hs) == [("n",), ("p",)]
    # A month or a day of the background is another matter: the usual rules decide.
    again = mention("p", "A", [BOLIVIA, ISRAEL], "2023-10", start=400, type_="SANCTION")
    assert len(link([news, again])) == 1

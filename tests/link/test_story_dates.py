"""A happening dated by its reports' publication day takes what its story's reports say more
exactly (dateline.link.story_leads)."""

from __future__ import annotations

from dateline.link.story_leads import take_earlier_report
from dateline.records import Happening


def _reported(day: str) -> Happening:
    return Happening(id="h1", type="AID", label="", date=day, date_precision="day", place=None,
                     participants=[], date_basis="reported")


def test_the_day_the_story_s_openings_state_outranks_the_publication_day():
    happening = _reported("2021-03-10")
    reports = [("A strong earthquake struck the coast of Peru on Tuesday, officials said.", "2021-03-09"),
               ("The quake that struck Peru on Tuesday destroyed hundreds of homes.", "2021-03-10"),
               ("Rescuers worked through the night in southern Peru.", "2021-03-10")]
    take_earlier_report(happening, reports)
    assert (happening.date, happening.date_basis) == ("2021-03-09", "text")


def test_reports_published_the_day_before_move_the_publication_day_back():
    happening = _reported("2021-03-10")
    reports = [("Rescuers worked through the night in southern Peru.", "2021-03-09"),
               ("Hundreds of homes were destroyed in southern Peru.", "2021-03-09"),
               ("Aid reached the villages of southern Peru.", "2021-03-10")]
    take_earlier_report(happening, reports)
    assert (happening.date, happening.date_basis) == ("2021-03-09", "reported")


def test_a_stated_day_after_the_publication_day_or_weeks_before_it_changes_nothing():
    for opening in ("The ministers will meet again on Friday, March 12.",
                    "The ministers first met on January 4 in Lima."):
        happening = _reported("2021-03-10")
        take_earlier_report(happening, [(opening, "2021-03-10"), (opening, "2021-03-10")])
        assert (happening.date, happening.date_basis) == ("2021-03-10", "reported")


# -- a happening left undated, from the stories of its reports (date_by_stories_around) --

from dateline.link.story_leads import date_by_stories_around  # noqa: E402
from dateline.records import EventMention, TimeValue  # noqa: E402


def _undated(*mentions: EventMention) -> Happening:
    return Happening(id="h2", type="SANCTION", label="", date=None, date_precision=None, place=None,
                     participants=[], mentions=list(mentions))


def _mention(article: str, said: str | None, *, lede: bool = True) -> EventMention:
    return EventMention(id="m-" + article, article=article, type="SANCTION", start=0, end=40,
                        text="Ruritania cut ties with Freedonia.", lede=lede,
                        date=TimeValue(said) if said else None)


def test_an_unresolved_weekday_takes_the_day_its_story_came_out_though_a_report_is_dated():
    # "cut ties on Monday" in two undated reports; their stories' reports came out on Tuesday
    # 9 March 2021 and the morning after; one of the happening's own reports is dated.
    happening = _undated(_mention("a", "on Monday"), _mention("b", "Monday"), _mention("c", None, lede=False))
    stories = [["a", "c", "x"], ["b", "y"]]
    published = {"a": None, "b": None, "c": "2021-03-10", "x": "2021-03-10", "y": "2021-03-09"}
    date_by_stories_around([happening], stories, published)
    assert (happening.date, happening.date_basis) == ("2021-03-08", "text")


def test_a_report_dated_by_a_month_alone_does_not_stand_against_the_story_s_day():
    happening = _undated(_mention("a", None), _mention("b", None))
    stories = [["a", "b", "x"]]
    published = {"a": None, "b": "2022-06", "x": "2021-03-09"}
    date_by_stories_around([happening], stories, published)
    assert (happening.date, happening.date_basis) == ("2021-03-09", "reported")


def test_stories_whose_reports_came_out_days_apart_date_nothing():
    happening = _undated(_mention("a", "on Monday"))
    stories = [["a", "x", "y"]]
    published = {"a": None, "x": "2021-03-09", "y": "2021-03-16"}
    date_by_stories_around([happening], stories, published)
    assert happening.date is None


def test_a_happening_already_dated_keeps_its_date():
    happening = _undated(_mention("a", "on Monday"))
    happening.date, happening.date_precision, happening.date_basis = "2021-03-01", "day", "text"
    date_by_stories_around([happening], [["a", "x"]], {"a": None, "x": "2021-03-09"})
    assert happening.date == "2021-03-01"


# -- a lone party's act in an undated report, from its story (lone_acts_by_story) --

from dateline.link.story_leads import lone_acts_by_story  # noqa: E402
from dateline.records import ActorRef  # noqa: E402


def _lone(article: str, said: str | None, *, kind: str = "ASSAULT", status: str = "past") -> EventMention:
    gunmen = ActorRef(id="group:gunmen", name="gunmen", kind="group")
    return EventMention(id="lone-" + article, article=article, type=kind, start=0, end=60,
                        text="Gunmen attacked a concert hall in the capital.", source=[gunmen],
                        lede=True, status=status, date=TimeValue(said) if said else None)


def test_a_lone_act_on_a_named_day_is_dated_by_the_day_its_story_came_out():
    # "attacked on Friday night", in a report of no known day; its story's reports came out on
    # Saturday 14 November 2015 and the day after.
    made = lone_acts_by_story([_lone("a", "on Friday night")], [["a", "x", "y"]],
                               {"a": None, "x": "2015-11-14", "y": "2015-11-15"})
    assert [(h.date, h.date_basis) for h in made] == [("2015-11-13", "text")]
    assert [m.id for h in made for m in h.mentions] == ["lone-a"]


def test_a_lone_act_told_as_done_with_no_day_is_the_news_of_its_story_s_first_day():
    made = lone_acts_by_story([_lone("a", None)], [["a", "x", "y"]],
                               {"a": None, "x": "2015-11-14", "y": "2015-11-15"})
    assert [(h.date, h.date_basis) for h in made] == [("2015-11-14", "reported")]


def test_a_lone_act_is_left_alone_in_a_dated_report_a_story_of_days_apart_or_a_meeting():
    stories = [["a", "x", "y"]]
    assert lone_acts_by_story([_lone("a", None)], stories,
                               {"a": "2015-11-14", "x": "2015-11-14", "y": "2015-11-15"}) == []
    assert lone_acts_by_story([_lone("a", None)], stories,
                               {"a": None, "x": "2015-11-14", "y": "2015-11-20"}) == []
    assert lone_acts_by_story([_lone("a", None, kind="CONSULT")], stories,
                               {"a": None, "x": "2015-11-14", "y": "2015-11-15"}) == []
    assert lone_acts_by_story([_lone("a", None, status="planned")], stories,
                               {"a": None, "x": "2015-11-14", "y": "2015-11-15"}) == []


def test_a_lone_act_after_a_headline_line_is_its_report_s_news_one_further_down_is_not():
    from dateline.link.story_leads import told_as_its_news
    from dateline.openings import news_end

    # A saved page: a headline line, a line of context, then the act ("on Monday": the story's
    # reports came out on Monday 4 and Tuesday 5 January 2016); the aside after it is background.
    body = ("Embassy stormed in Tehran\nProtesters set fire to the embassy, the agency reported.\n"
            "Bahrain on Monday severed its relations with Iran. Officials met. "
            "Bahrain had also severed ties with Qatar.")
    act, aside = body.index("Bahrain on Monday"), body.index("Bahrain had")
    news = _lone("a", "on Monday")
    news.start, news.lede = act, False
    background = _lone("b", None)
    background.article, background.start, background.lede = "a", aside, False
    ends = {"a": news_end(body)}
    assert act < ends["a"] <= aside
    assert told_as_its_news([news, background], ends) == [news]
    made = lone_acts_by_story(told_as_its_news([news], ends), [["a", "x", "y"]],
                              {"a": None, "x": "2016-01-04", "y": "2016-01-05"})
    assert [(h.date, h.date_basis) for h in made] == [("2016-01-04", "text")]
    # An article whose body was not read (no end known) gives its lede alone.
    assert told_as_its_news([news], {}) == []


# -- a happening kept out of its story's happening for naming another day (date_by_story) --

from dateline.link.story_leads import date_by_story  # noqa: E402


def test_a_weekday_naming_one_of_the_story_s_own_days_dates_a_happening_kept_out_of_it():
    # "expelled the envoy on Thursday", undated; the story's reports came out on Wednesday
    # 6 and Thursday 7 April 2011.
    happening = _undated(_mention("a", "on Thursday"))
    published = {"a": None, "x": "2011-04-06", "y": "2011-04-07"}
    date_by_story([happening], [["a", "x", "y"]], published, story_days_only=True)
    assert (happening.date, happening.date_basis) == ("2011-04-07", "text")


def test_a_weekday_before_the_story_s_days_or_no_weekday_leaves_it_undated():
    published = {"a": None, "x": "2011-04-06", "y": "2011-04-07"}
    for said in ("on Monday", None):
        happening = _undated(_mention("a", said))
        date_by_story([happening], [["a", "x", "y"]], published, story_days_only=True)
        assert happening.date is None


# -- a happening's own reports date it, not an act of another type brought to it (date_story) --

from dateline.link.story_leads import date_story  # noqa: E402


def _told(mention_id: str, kind: str, said: TimeValue | None) -> EventMention:
    return EventMention(id=mention_id, article="a", type=kind, start=0, end=40, text="...", date=said)


def test_an_act_of_another_type_brought_over_as_a_lead_does_not_date_the_happening():
    # The article's lead was its photo caption ("Trump announces a deal ... on March 28, 2025
    # [AFP]"), brought over to the story's happening, a threat told with no day of its own.
    caption_day = TimeValue("on March 28, 2025", date="2025-03-28", precision="day", basis="text")
    happening = Happening(id="h3", type="THREATEN", label="", date=None, date_precision=None, place=None,
                          participants=[], mentions=[_told("m1", "THREATEN", None),
                                                     _told("m2", "AGREE", caption_day)])
    date_story(happening, [])
    assert happening.date is None
    # A report of the threat itself that states its day dates it.
    happening.mentions.append(_told("m3", "THREATEN", TimeValue("on March 30, 2025", date="2025-03-30",
                                                                 precision="day", basis="text")))
    date_story(happening, [])
    assert (happening.date, happening.date_basis) == ("2025-03-30", "text")

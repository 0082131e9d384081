"""An act a report's opening tells that no happening holds joins the happening its story leads
the report with, when that happening is of the act's type (dateline.link.story_leads)."""

from __future__ import annotations

from dateline.link.story_leads import acts_of_their_lead
from dateline.records import ActorRef, EventMention, Happening, TimeValue

HK = ActorRef("country:HK", "Hong Kong", "country", "HK")
POLICE = ActorRef("group:HK:police", "Hong Kong police", "group", "HK")
LAI = ActorRef("provisional:jimmy-lai", "Jimmy Lai", "person", "HK")


def _story_evidence(article: str, kind: str = "COERCE") -> EventMention:
    # The sentence a story brings an article over with: no trigger, no parties.
    return EventMention(id="story-" + article, article=article, type=kind, start=0, end=60,
                        text="Jimmy Lai was arrested.", trigger="")


def _lead(date: str | None, *mentions: EventMention, kind: str = "COERCE") -> Happening:
    other = EventMention(id="told", article="other", type=kind, start=0, end=60, text="Police arrested Lai.",
                         trigger="arrested", source=[POLICE], target=[LAI])
    return Happening(id="h1", type=kind, label="", date=date, date_precision="day" if date else None,
                     place=None, participants=[POLICE, LAI], date_basis="text" if date else None,
                     mentions=[other, *mentions])


def _act(said: TimeValue | None, *, kind: str = "COERCE", start: int = 0, lede: bool = True) -> EventMention:
    told = f" {said.text}" if said is not None and not said.date else ""
    return EventMention(id="act", article="a", type=kind, start=start, end=start + 80,
                        text=f"Hong Kong media tycoon Jimmy Lai was arrested{told}.",
                        trigger="arrested", source=[HK], target=[LAI], lede=lede, status="past", date=said)


def _joined(happening: Happening, act: EventMention, news_end: int = 200) -> bool:
    acts_of_their_lead([happening], {"a": happening.id}, [act], {"a": news_end})
    return act in happening.mentions


def test_an_undated_act_in_the_opening_joins_the_lead_of_its_type():
    assert _joined(_lead("2020-08-10", _story_evidence("a")), _act(None))


def test_an_unresolved_expression_joins_unless_it_names_another_weekday():
    # No publication day: "on Monday" and "of August" could not be resolved when read.
    assert _joined(_lead("2020-08-10", _story_evidence("a")), _act(TimeValue("on Monday")))
    assert _joined(_lead("2020-08-10", _story_evidence("a")), _act(TimeValue("of August")))
    # 10 August 2020 was a Monday: a report of an arrest on Friday tells another one.
    assert not _joined(_lead("2020-08-10", _story_evidence("a")), _act(TimeValue("on Friday")))


def test_a_publication_day_admits_a_day_up_to_it_a_text_date_only_its_own():
    reported = TimeValue("(publication date)", date="2020-08-12", precision="day", basis="reported")
    assert _joined(_lead("2020-08-10", _story_evidence("a")), _act(reported))
    before = TimeValue("(publication date)", date="2020-08-08", precision="day", basis="reported")
    assert not _joined(_lead("2020-08-10", _story_evidence("a")), _act(before))
    assert _joined(_lead("2020-08-10", _story_evidence("a")), _act(TimeValue("August 10", date="2020-08-10")))
    assert not _joined(_lead("2020-08-10", _story_evidence("a")), _act(TimeValue("June 3", date="2020-06-03")))


def test_an_undated_lead_takes_no_dated_act():
    reported = TimeValue("(publication date)", date="2020-08-12", precision="day", basis="reported")
    assert not _joined(_lead(None, _story_evidence("a")), _act(reported))
    assert _joined(_lead(None, _story_evidence("a")), _act(None))


def test_another_type_a_meeting_background_or_a_second_report_stays_out():
    assert not _joined(_lead("2020-08-10", _story_evidence("a", "SANCTION"), kind="SANCTION"), _act(None))
    assert not _joined(_lead("2020-08-10", _story_evidence("a", "CONSULT"), kind="CONSULT"),
                       _act(None, kind="CONSULT"))
    # Further down than the report's news: background.
    assert not _joined(_lead("2020-08-10", _story_evidence("a")), _act(None, start=900, lede=False))
    # The report already tells the act in the happening: this one is another act.
    own = _act(None)
    own.id = "own"
    assert not _joined(_lead("2020-08-10", own), _act(None))


# -- a happening one report alone tells, undated, of its lead's type (lone_reports_of_their_lead) --

from dateline.link.story_leads import lone_reports_of_their_lead  # noqa: E402

SA = ActorRef("country:SA", "Saudi Arabia", "country", "SA")
AE = ActorRef("country:AE", "United Arab Emirates", "country", "AE")
SD = ActorRef("country:SD", "Sudan", "country", "SD")


def _aid(id_: str, article: str, said: TimeValue | None = None, *, start: int = 0) -> EventMention:
    return EventMention(id=id_, article=article, type="AID", start=start, end=start + 90,
                        text="Saudi Arabia and the United Arab Emirates agreed to send Sudan $3 billion in aid.",
                        trigger="send aid", source=[SA, AE], target=[SD], lede=start == 0, status="past", date=said)


def _happening(id_: str, date: str | None, *mentions: EventMention) -> Happening:
    return Happening(id=id_, type="AID", label="", date=date, date_precision="day" if date else None, place=None,
                     participants=[SA, AE, SD], date_basis="text" if date else None, mentions=list(mentions))


def _stays(lone: Happening, led: Happening, news_end: int = 200) -> bool:
    left = lone_reports_of_their_lead([led, lone], {"a": led.id}, {"a": news_end})
    return lone in left


def test_a_report_s_undated_happening_of_its_lead_s_type_joins_its_dated_lead():
    lone = _happening("own", None, _aid("told", "a"))
    led = _happening("lead", "2019-04-21", _aid("sunday", "b"), _story_evidence("a", "AID"))
    assert not _stays(lone, led)
    assert [m.id for m in led.mentions] == ["sunday", "story-a", "told"]


def test_it_stays_apart_from_an_undated_lead_another_type_or_another_day():
    assert _stays(_happening("own", None, _aid("told", "a")), _happening("lead", None, _aid("x", "b")))
    other = _happening("lead", "2019-04-21", _aid("x", "b"))
    other.type = "SANCTION"
    assert _stays(_happening("own", None, _aid("told", "a")), other)
    june = TimeValue("June 3", date="2019-06-03", precision="day")
    lone = _happening("own", None, _aid("told", "a", june))
    lone.date = None
    assert _stays(lone, _happening("lead", "2019-04-21", _aid("x", "b")))


def test_it_stays_when_told_further_down_by_two_reports_or_beside_its_own_report_in_the_lead():
    assert _stays(_happening("own", None, _aid("told", "a", start=900)), _happening("lead", "2019-04-21"))
    assert _stays(_happening("own", None, _aid("told", "a"), _aid("too", "c")), _happening("lead", "2019-04-21"))
    assert _stays(_happening("own", None, _aid("told", "a")),
                  _happening("lead", "2019-04-21", _aid("already", "a", start=100)))


# -- the first act of the lead's type further down (later_acts_of_their_lead) --

from dateline.link.story_leads import later_acts_of_their_lead  # noqa: E402


def _police_lead(*mentions: EventMention) -> Happening:
    return _lead("2020-08-10", _story_evidence("a"), *mentions)


def _later(source: list[ActorRef], target: list[ActorRef], *, start: int = 1200, id_: str = "later",
           status: str = "past", modality: str = "asserted") -> EventMention:
    return EventMention(id=id_, article="a", type="COERCE", start=start, end=start + 80,
                        text="The police have been undertaking an arrest operation since this morning.",
                        trigger="undertaking arrest", source=source, target=target, status=status,
                        modality=modality)


def _later_joins(happening: Happening, *acts: EventMention) -> list[str]:
    later_acts_of_their_lead([happening], {"a": happening.id}, list(acts))
    return [m.id for m in happening.mentions if m.article == "a" and m.trigger]


def test_the_first_act_of_the_lead_s_type_by_one_of_its_doers_joins_it():
    assert _later_joins(_police_lead(), _later([POLICE], [LAI]), _later([POLICE], [LAI], start=1500, id_="x")) \
        == ["later"]
    # Told without a doer, on someone the lead's reports act on.
    assert _later_joins(_police_lead(), _later([], [LAI])) == ["later"]


def test_another_doer_a_plan_a_report_telling_the_act_already_or_an_undated_lead_take_nothing():
    un = ActorRef("org:un", "United Nations", "igo")
    assert _later_joins(_police_lead(), _later([un], [LAI])) == []
    assert _later_joins(_police_lead(), _later([POLICE], [LAI], status="planned")) == []
    assert _later_joins(_police_lead(), _later([POLICE], [LAI], modality="negated")) == []
    assert _later_joins(_police_lead(_act(None)), _later([POLICE], [LAI])) == ["act"]
    undated = _lead(None, _story_evidence("a"))
    assert _later_joins(undated, _later([POLICE], [LAI])) == []

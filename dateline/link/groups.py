"""The join rules of linking (``dateline.link.happenings``): a ``Group`` is the reports of one
event, first within an article (``article_groups``), then across articles; ``Group.fits``
says whether two may join, and the rules it asks keep apart what must stay apart (opposite
acts, a plan and a past act, a news report and a year's background, named days that differ).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.link.dates import PRECISION_RANK, REPORTED_LAG, When, days_named, days_of, named_day_conflict
from dateline.link.modes import CALL, modes_differ
from dateline.link.parties import participants_compatible, people_of
from dateline.link.venues import finer_place, place_compatible, place_same
from dateline.records import ActorRef, EventMention, PlaceRef

__all__ = ["Group", "article_groups", "group_order"]


@dataclass
class Group:
    """Mentions of one event: first within an article, then across articles."""

    type: str
    mentions: list[EventMention]
    participants: list[ActorRef]
    when: When
    place: PlaceRef | None
    place_weak: bool
    articles: set[str] = field(default_factory=set)
    sub_events: list[EventMention] = field(default_factory=list)
    # Places the same article names for other reports of these people (for a group with none).
    article_places: list[PlaceRef] = field(default_factory=list)

    @classmethod
    def of(cls, mention: EventMention) -> Group:
        when = When()
        when.absorb(mention.date)
        weak = mention.place_source == "dateline"
        place = mention.place if mention.mode != CALL else None  # a call has no venue
        return cls(mention.type, [mention], list(mention.participants), when, place, weak, {mention.article})

    def fits(self, other: Group, *, same_article: bool) -> bool:
        if self.type != other.type:
            return False
        if not same_article and not self.when.known and not other.when.known:
            # Two reports with no date at all never join on their own (below): asked first,
            # since undated reports of the same people are compared with each other often.
            return False
        if not participants_compatible(self.participants, other.participants):
            return False
        if not self.when.compatible(other.when, same_article=same_article):
            return False
        if _opposite_acts(self, other) or modes_differ(self.mentions, other.mentions):
            return False
        if _news_and_year(self, other) or _news_and_year(other, self):
            return False
        strong_places = [g.place for g in (self, other) if not g.place_weak]
        if len(strong_places) == 2 and not place_compatible(*strong_places):
            return False
        if same_article:
            # "They met in Johannesburg ... a subsequent meeting is slated for Moscow": within one
            # article a planned meeting and a past one are two happenings.
            if _planned(self) == _planned(other):
                return True
            planned = self if _planned(self) else other
            # ... unless the plan is set inside the other: "During his visit, X is set to meet Y".
            return any(_REFERS_BACK.match((m.occasion or "").strip().lower()) for m in planned.mentions)
        if self.when.known and other.when.known:
            return True
        # An undated report joins another only on strong evidence.
        undated, other_side = (self, other) if not self.when.known else (other, self)
        if _named_days_rule_out(undated, other_side.when):
            return False
        if undated.when.bounded and other_side.when.known:
            return place_same(self.place, other.place) and len(
                people_of(self.participants) & people_of(other.participants)
            ) >= 2
        if other_side.when.known and not undated.place_weak and (
                place_same(self.place, other.place) or _told_on_its_day(undated, other_side)):
            # A report with no date at all ("met in Lima", published on no known day): the same
            # two or more people in the same city, or on the day it names; joined only where
            # one happening fits (below).
            people = people_of(undated.participants)
            return len(people) >= 2 and people == people_of(other_side.participants)
        return False

    def absorb(self, other: Group) -> None:
        self.mentions.extend(other.mentions)
        self.sub_events.extend(other.sub_events)
        ids = {a.id for a in self.participants}
        self.participants.extend(a for a in other.participants if a.id not in ids)
        self.when.merge(other.when)
        if self.place_weak and not other.place_weak and other.place is not None:
            self.place, self.place_weak = other.place, False
        elif other.place_weak == self.place_weak:
            self.place = finer_place(self.place, other.place)
        elif self.place is None:
            self.place, self.place_weak = other.place, other.place_weak
        self.articles |= other.articles


def _news_and_year(news: Group, background: Group) -> bool:
    """A report whose opening dates it by a day only its publication would resolve ("said on
    Tuesday it had broken ties", in a text with no publication day) tells the news of the week
    it was written; an act dated by a year alone ("had cut ties in 2009") is how a text tells
    the background: two happenings, even of the same parties."""
    if news.when.known or news.when.bounded or background.when.precision != "year":
        return False
    return any(m.lede and m.date is not None and not (m.date.date or m.date.earliest or m.date.latest)
               for m in news.mentions)


def _told_on_its_day(undated: Group, dated: Group) -> bool:
    """An undated report that names no place, whose opening tells of the meeting on the one
    weekday or the one day of a month it names ("Modi made a surprise stopover in Pakistan on
    Friday to meet Sharif", "Scholz wird am 15. Februar in Russland sein", in a text with no
    publication day to give the year or the week), and a happening that a text dates to a day
    that agrees: that is the report's own time evidence.  A place the report's article names
    for the same people that rules the happening out ("they shook hands at the summit in
    Panama") keeps it apart, as does a second weekday or day (what else happened on it is not
    known)."""
    if undated.place is not None or not any(m.lede for m in undated.mentions):
        return False
    if dated.when.precision != "day" or not dated.when.date:
        return False  # a publication day alone, or a month, does not say the day
    if not all(place_compatible(place, dated.place) for place in undated.article_places):
        return False
    day = days_of(dated.when.date)[0]
    named_weekdays, named_days = days_named(undated.mentions)
    if not (named_weekdays or named_days):
        return False
    return named_weekdays <= {day.weekday()} and named_days <= {(day.month, day.day)}


def _named_days_rule_out(undated: Group, when: When) -> bool:
    """The days ``when`` admits for the event (a text's day; a publication day or the day
    before) are none of those the undated report's opening names.  Meetings only: a meeting
    is held on one day, while a strike or a protest may go on for several."""
    if undated.type != "CONSULT":
        return False
    if when.date and when.precision == "day":
        day = days_of(when.date)[0]
        return named_day_conflict(undated.mentions, day, day)
    if when.date is None and when.reported is not None:
        return named_day_conflict(undated.mentions, when.reported - REPORTED_LAG, when.reported)
    return False


_REFERS_BACK = re.compile(r"(during|in the course of|at the end of|on the sidelines of) (his|her|their|the|this) "
                          r"(visit|trip|stay|talks|meeting|tour|summit)\b")


def _planned(group: Group) -> bool:
    return all(m.status == "planned" for m in group.mentions)


def group_order(group: Group) -> tuple:
    when = group.when
    return (PRECISION_RANK[when.shown_precision], when.basis != "text", when.day or "", -len(group.participants),
            group.mentions[0].id)


def article_groups(mentions: list[EventMention]) -> list[Group]:
    groups: list[Group] = []
    # A report completed by another of the article goes after every whole one, into its group.
    for mention in sorted(mentions, key=lambda m: (m.completed_by is not None, -len(m.participants), m.start)):
        if not mention.participants:
            continue
        single = Group.of(mention)
        if _joined_its_completer(groups, single):
            continue
        for group in groups:
            if group.fits(single, same_article=True):
                if people_of(group.participants) and not people_of(single.participants) and not mention.lede:
                    # "Netanyahu met Erdogan in New York ... Israel and Turkey foiled a plot in
                    # Istanbul": a later clause of the two countries names some other place.
                    single.place = None
                group.absorb(single)
                break
        else:
            groups.append(single)
    _narrow_regions(groups, mentions)
    for group in groups:
        if group.place is None:
            people = people_of(group.participants)
            group.article_places = [g.place for g in groups if g is not group and g.place is not None
                                    and len(people & people_of(g.participants)) >= 2]
    meetings = [g for g in groups if g.type == "CONSULT" and len(people_of(g.participants)) >= 2]
    kept: list[Group] = []
    for group in groups:
        if group.type != "CONSULT":
            host = next(
                (
                    m for m in meetings
                    if people_of(group.participants) and people_of(group.participants) <= people_of(m.participants)
                    and m.when.compatible(group.when, same_article=True)
                ),
                None,
            )
            if host is not None:
                host.sub_events.extend(group.mentions)
                _finer_place_of_sub_event(host, group)
                if not host.when.known and group.when.known and {m.start for m in group.mentions} & {
                    m.start for m in host.mentions
                }:
                    # "On Monday, X and Y agreed ... in a telephone call": one sentence, one day.
                    host.when.merge(group.when)
                continue
        kept.append(group)
    return kept


def _sides(group: Group) -> tuple[set[str], set[str]]:
    """The countries a group's reports put on the acting side and on the side acted on."""
    source = {a.country for m in group.mentions for a in m.source if a.country}
    target = {a.country for m in group.mentions for a in m.target if a.country}
    return source, target


def _opposite_acts(a: Group, b: Group) -> bool:
    """One country's act against another and that one's act against the first ("Iran fired
    missiles at US bases" after "the US killed Soleimani") are two acts, not one report of
    each: no acting country in common, and each one's actor is acted on by the other.
    Meetings have no direction."""
    if a.type == "CONSULT":
        return False
    source_a, target_a = _sides(a)
    source_b, target_b = _sides(b)
    return not (source_a & source_b) and bool(source_a & target_b) and bool(source_b & target_a)


def _joined_its_completer(groups: list[Group], single: Group) -> bool:
    """A one-sided report that took its parties from another of the article's ("the
    expulsions were initiated by Canada" after "Canada expelled six diplomats") is that act:
    it joins the group holding it.  Its own date or place, where they do not fit the
    group's, are left out: they tell of the later sentence, not of the act."""
    completer = single.mentions[0].completed_by
    if completer is None:
        return False
    group = next((g for g in groups if g.type == single.type and any(m.id == completer for m in g.mentions)), None)
    if group is None:
        return False
    if group.fits(single, same_article=True):
        group.absorb(single)
    else:
        group.mentions.extend(single.mentions)
    return True


def _finer_place_of_sub_event(host: Group, sub: Group) -> None:
    """A meeting placed in a country only, and something done at it (the same people, a date
    that fits) placed in a city of that country: "Isaias touched down in Addis Ababa to deepen
    cooperation ... his working visit to Ethiopia" was held in the city."""
    place, finer = host.place, sub.place
    if (place is not None and finer is not None and place.kind == "country" and finer.kind == "city"
            and finer.country == place.country and not sub.place_weak):
        host.place, host.place_weak = finer, False


def _narrow_regions(groups: list[Group], mentions: list[EventMention]) -> None:
    """"Trump greeted Xi at his Florida resort" under a "PALM BEACH" dateline: the city the
    report is filed from, in the same country, stands for the region (as for a country)."""
    cities = {m.place.country: m.place for m in mentions
              if m.place_source == "dateline" and m.place is not None and m.place.kind == "city"}
    for group in groups:
        place = group.place
        if place is not None and place.kind == "region" and place.country in cities:
            group.place, group.place_weak = cities[place.country], False

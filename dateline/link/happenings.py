"""Link event mentions into happenings: one real-world event, however many reports.

Two steps, both greedy and blocked so the work grows about linearly with the mentions:

1. Within an article, mentions of one type whose participants subsume each other and whose
   dates and places do not conflict are one report (a "group").  A group that is not a
   meeting but whose people all take part in a meeting reported in the same article, on a
   compatible date, is something said or done at that meeting and joins it.
2. Across articles, groups join a happening with the same type, compatible participants, and
   a compatible date and place.  Two known dates that differ, or two known places that
   differ, never merge.  A group with no known date joins a dated happening only on strong
   evidence: its date bounds admit the happening's date and the place agrees, or the two
   articles are near-duplicates of each other.
"""

from __future__ import annotations

import datetime as dt
import gc
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from dateline.clean.date_words import months, weekdays
from dateline.extract import STATE_SECTORS
from dateline.link.modes import CALL, modes_differ
from dateline.records import ActorRef, EventMention, Happening, PlaceRef, TimeValue, content_id

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}
# A report dated only by its publication day D (date basis "reported") tells of an event of D
# or of the day before (news of the evening is published the next morning): across articles it
# fits a date from a text in that window, and another report's publication day one day apart.
_REPORTED_LAG = dt.timedelta(days=1)
# Within one article, the lede's undated "X met Y" and a later "on Sunday, X and Y met" are one
# report: a date of the last week before publication fits the lede.
_REPORTED_LAG_SAME_ARTICLE = dt.timedelta(days=7)
_VERBS = {
    "CONSULT": "meets", "AGREE": "agrees with", "SUPPORT": "supports", "CONCEDE": "concedes to",
    "COOPERATE": "cooperates with", "AID": "aids", "RETREAT": "retreats from",
    "REQUEST": "asks", "ACCUSE": "accuses", "REJECT": "rejects", "THREATEN": "threatens",
    "PROTEST": "protests against", "SANCTION": "sanctions", "MOBILIZE": "mobilizes against",
    "COERCE": "coerces", "ASSAULT": "attacks",
}


# -- dates --------------------------------------------------------------------------
def _interval(value: TimeValue | None) -> tuple[dt.date | None, dt.date | None, bool]:
    """(low, high, known): the days a date value admits; known=False for bounds-only."""
    if value is None:
        return None, None, False
    if value.date:
        return (*days_of(value.date), True)
    low = days_of(value.earliest)[0] if value.earliest else None
    high = days_of(value.latest)[1] if value.latest else None
    return low, high, False


def iso_day(text: str | None) -> dt.date | None:
    """The day a full ISO date ("2023-06-18") names; None for a month, a year, nothing or junk."""
    if text and len(text) == 10:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    return None


def days_of(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date of any precision ("2023", "2023-06", "2023-06-18") covers."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _overlap(a: tuple, b: tuple) -> bool:
    low = max((x for x in (a[0], b[0]) if x is not None), default=None)
    high = min((x for x in (a[1], b[1]) if x is not None), default=None)
    return low is None or high is None or low <= high


@dataclass
class _When:
    """The best date knowledge of a group or happening.

    ``low``/``high`` bound the day from texts (a date, or bounds only); ``reported`` is the
    earliest publication day of reports that date the event by it and nothing else.
    """

    date: str | None = None  # from a text
    precision: str | None = None
    low: dt.date | None = None
    high: dt.date | None = None
    reported: dt.date | None = None

    @property
    def known(self) -> bool:
        return self.date is not None or self.reported is not None

    @property
    def basis(self) -> str | None:
        return "text" if self.date else ("reported" if self.reported else None)

    @property
    def day(self) -> str | None:
        """The date to show: a text's, else the publication day."""
        return self.date or (self.reported.isoformat() if self.reported else None)

    @property
    def shown_precision(self) -> str | None:
        return self.precision if self.date else ("day" if self.reported else None)

    @property
    def bounded(self) -> bool:
        return self.low is not None or self.high is not None

    def absorb(self, value: TimeValue | None) -> None:
        if value is not None and value.basis == "reported" and value.date:
            day = days_of(value.date)[0]
            self.reported = day if self.reported is None else min(self.reported, day)
            return
        low, high, known = _interval(value)
        if known and value is not None and (self.date is None or _PRECISION_RANK[value.precision] < _PRECISION_RANK[self.precision]):
            self.date, self.precision = value.date, value.precision
        if low is not None:
            self.low = low if self.low is None else max(self.low, low)
        if high is not None:
            self.high = high if self.high is None else min(self.high, high)

    def merge(self, other: _When) -> None:
        if other.date and (self.date is None or _PRECISION_RANK[other.precision] < _PRECISION_RANK[self.precision]):
            self.date, self.precision = other.date, other.precision
        for attr, pick in (("low", max), ("high", min), ("reported", min)):
            mine, theirs = getattr(self, attr), getattr(other, attr)
            if theirs is not None:
                setattr(self, attr, theirs if mine is None else pick(mine, theirs))

    def compatible(self, other: _When, *, same_article: bool = False) -> bool:
        if not _overlap((self.low, self.high), (other.low, other.high)):
            return False
        lag = _REPORTED_LAG_SAME_ARTICLE if same_article else _REPORTED_LAG
        for one, two in ((self, other), (other, self)):
            if one.reported is None or one.date is not None:
                continue  # a date from a text outranks the publication day
            if two.date is not None and not _overlap((one.reported - lag, one.reported), (two.low, two.high)):
                return False
            if two.reported is not None and not same_article and abs(one.reported - two.reported) > _REPORTED_LAG:
                return False
        return True


# -- places ---------------------------------------------------------------------------
# Two named places of one country this close are one venue: "Mar-a-Lago" and "Palm Beach", a
# palace and its city (Camp David, 100 km from Washington, stays apart).
SAME_PLACE_KM = 25.0


def near(a: PlaceRef, b: PlaceRef) -> bool:
    """Two places of one country within ``SAME_PLACE_KM`` of each other."""
    if a.country != b.country or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h)) <= SAME_PLACE_KM


def _place_compatible(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None:
        return True  # a region of several countries ("Asia-Pacific") rules nothing out
    if a.kind == "country" or b.kind == "country":
        return a.country == b.country
    if a.kind == b.kind == "city" and near(a, b):
        return True
    if a.geonameid and b.geonameid:
        return a.geonameid == b.geonameid
    return a.name.casefold() == b.name.casefold() and a.country == b.country


def _place_same(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    return a is not None and b is not None and _place_compatible(a, b)


def _finer_place(a: PlaceRef | None, b: PlaceRef | None) -> PlaceRef | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if a.kind == "country" and b.kind != "country" else a


# -- participants ---------------------------------------------------------------------
def _subsumes(big: Iterable[ActorRef], small: Iterable[ActorRef]) -> bool:
    """Every actor of ``small`` is in ``big``, a country being covered by one of its people."""
    big = list(big)
    ids = {a.id for a in big}
    countries = {a.country for a in big if a.country}
    for actor in small:
        if actor.id in ids:
            continue
        if actor.kind == "country" and actor.country in countries:
            continue
        return False
    return True


def _people(actors: Iterable[ActorRef]) -> set[str]:
    return {a.id for a in actors if a.kind == "person"}


def _key_actors(actors: Iterable[ActorRef]) -> set[str]:
    """Block keys: the people, or failing them every actor."""
    actors = list(actors)
    people = _people(actors)
    return people or {a.id for a in actors}


def _linkable(actors: list[ActorRef]) -> bool:
    """Enough participants to tell the event apart: someone acting, not a lone country
    ("a visit to China" by nobody named)."""
    return any(a.kind != "country" for a in actors) or len(actors) >= 2


def _participants_compatible(a: list[ActorRef], b: list[ActorRef]) -> bool:
    if not (_linkable(a) and _linkable(b)):
        return False
    if not (_subsumes(a, b) or _subsumes(b, a)):
        return False
    people_a, people_b = _people(a), _people(b)
    if len(people_a) >= 2 and len(people_b) >= 2 and people_a != people_b:
        # "Blinken met Qin" and "Blinken met Qin and Xi": a visitor meets one host, then
        # another; a report naming two people is the meeting of those two.
        return False
    if _key_actors(a) & _key_actors(b):
        return True
    # "The foreign ministers of Russia and China met" and "Lavrov held talks with Wang":
    # countries only on one side, all covered by the other side's people.
    return any(all(x.kind == "country" for x in side) for side in (a, b))


@dataclass
class _Group:
    """Mentions of one event: first within an article, then across articles."""

    type: str
    mentions: list[EventMention]
    participants: list[ActorRef]
    when: _When
    place: PlaceRef | None
    place_weak: bool
    articles: set[str] = field(default_factory=set)
    sub_events: list[EventMention] = field(default_factory=list)
    # Places the same article names for other reports of these people (for a group with none).
    article_places: list[PlaceRef] = field(default_factory=list)

    @classmethod
    def of(cls, mention: EventMention) -> _Group:
        when = _When()
        when.absorb(mention.date)
        weak = mention.place_source == "dateline"
        place = mention.place if mention.mode != CALL else None  # a call has no venue
        return cls(mention.type, [mention], list(mention.participants), when, place, weak, {mention.article})

    def fits(self, other: _Group, *, same_article: bool) -> bool:
        if self.type != other.type:
            return False
        if not same_article and not self.when.known and not other.when.known:
            # Two reports with no date at all never join on their own (below): asked first,
            # since undated reports of the same people are compared with each other often.
            return False
        if not _participants_compatible(self.participants, other.participants):
            return False
        if not self.when.compatible(other.when, same_article=same_article):
            return False
        if _opposite_acts(self, other) or modes_differ(self.mentions, other.mentions):
            return False
        if _news_and_year(self, other) or _news_and_year(other, self):
            return False
        strong_places = [g.place for g in (self, other) if not g.place_weak]
        if len(strong_places) == 2 and not _place_compatible(*strong_places):
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
            return _place_same(self.place, other.place) and len(
                _people(self.participants) & _people(other.participants)
            ) >= 2
        if other_side.when.known and not undated.place_weak and (
                _place_same(self.place, other.place) or _told_on_its_day(undated, other_side)):
            # A report with no date at all ("met in Lima", published on no known day): the same
            # two or more people in the same city, or on the day it names; joined only where
            # one happening fits (below).
            people = _people(undated.participants)
            return len(people) >= 2 and people == _people(other_side.participants)
        return False

    def absorb(self, other: _Group) -> None:
        self.mentions.extend(other.mentions)
        self.sub_events.extend(other.sub_events)
        ids = {a.id for a in self.participants}
        self.participants.extend(a for a in other.participants if a.id not in ids)
        self.when.merge(other.when)
        if self.place_weak and not other.place_weak and other.place is not None:
            self.place, self.place_weak = other.place, False
        elif other.place_weak == self.place_weak:
            self.place = _finer_place(self.place, other.place)
        elif self.place is None:
            self.place, self.place_weak = other.place, other.place_weak
        self.articles |= other.articles


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _news_and_year(news: _Group, background: _Group) -> bool:
    """A report whose opening dates it by a day only its publication would resolve ("said on
    Tuesday it had broken ties", in a text with no publication day) tells the news of the week
    it was written; an act dated by a year alone ("had cut ties in 2009") is how a text tells
    the background: two happenings, even of the same parties."""
    if news.when.known or news.when.bounded or background.when.precision != "year":
        return False
    return any(m.lede and m.date is not None and not (m.date.date or m.date.earliest or m.date.latest)
               for m in news.mentions)


def _told_on_its_day(undated: _Group, dated: _Group) -> bool:
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
    if not all(_place_compatible(place, dated.place) for place in undated.article_places):
        return False
    day = days_of(dated.when.date)[0]
    named_weekdays, named_days = _named_days(undated.mentions)
    if not (named_weekdays or named_days):
        return False
    return named_weekdays <= {day.weekday()} and named_days <= {(day.month, day.day)}


def _named_days_rule_out(undated: _Group, when: _When) -> bool:
    """The days ``when`` admits for the event (a text's day; a publication day or the day
    before) are none of those the undated report's opening names.  Meetings only: a meeting
    is held on one day, while a strike or a protest may go on for several."""
    if undated.type != "CONSULT":
        return False
    if when.date and when.precision == "day":
        day = days_of(when.date)[0]
        return named_day_conflict(undated.mentions, day, day)
    if when.date is None and when.reported is not None:
        return named_day_conflict(undated.mentions, when.reported - _REPORTED_LAG, when.reported)
    return False


def named_day_conflict(mentions: Iterable[EventMention], first: dt.date, last: dt.date) -> bool:
    """The openings of these reports name a weekday or a day of a month, and none is a day
    from ``first`` to ``last`` (at most a week): "the two met on Tuesday" is not a meeting of
    a Monday, "the minister arrived on Sunday, March 5" not one of 25 December.  A day named
    for a month may be the dateline's, the day after the event ("Havana, April 14 - Xi
    received Lula on Thursday"); a weekday is the event's own.  Only what the opening says
    counts, and only where it tells of the event as past: a later sentence may name any day
    of the background, and a plan's the day it was announced ("will meet Wang Yi, the State
    Department said on Tuesday")."""
    named_weekdays, named_days = _named_days([m for m in mentions if m.lede and m.status == "past"])
    if not (named_weekdays or named_days):
        return False
    span = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)][:7]
    if any(day.weekday() in named_weekdays for day in span):
        return False
    dateline_days = [*span, span[-1] + dt.timedelta(days=1)]
    return not any((day.month, day.day) in named_days for day in dateline_days)


def _named_days(mentions: list[EventMention]) -> tuple[set[int], set[tuple[int, int]]]:
    """The weekdays (0 = Monday) and the (month, day) pairs without a year ("15 августа",
    "am 15. Februar", "August 15") that these reports' sentences name, in any language."""
    names, month_names = weekdays(), months()
    named_weekdays: set[int] = set()
    named_days: set[tuple[int, int]] = set()
    for mention in mentions:
        text = mention.text.lower().replace("’", "'")
        named_weekdays.update(names[w] for w in _WORD.findall(text) if w in names)
        pairs = [(m.group(1), m.group(2)) for m in _DAY_BEFORE_MONTH.finditer(text)]
        pairs += [(m.group(2), m.group(1)) for m in _MONTH_BEFORE_DAY.finditer(text)]
        named_days.update((month_names[word], int(number)) for number, word in pairs
                          if word in month_names and 1 <= int(number) <= 31)
    return named_weekdays, named_days


# "15 августа", "am 15. Februar", "23 серпня", "10 de abril"; "August 15" (not "August 2015": one or two digits).
_DAY_BEFORE_MONTH = re.compile(r"\b(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_][\w']*)")  # "10 de abril"
_MONTH_BEFORE_DAY = re.compile(r"([^\W\d_][\w']*)\s+(\d{1,2})\b(?![.,]?\d)")


_REFERS_BACK = re.compile(r"(during|in the course of|at the end of|on the sidelines of) (his|her|their|the|this) "
                          r"(visit|trip|stay|talks|meeting|tour|summit)\b")


def _planned(group: _Group) -> bool:
    return all(m.status == "planned" for m in group.mentions)


def _order(group: _Group) -> tuple:
    when = group.when
    return (_PRECISION_RANK[when.shown_precision], when.basis != "text", when.day or "", -len(group.participants),
            group.mentions[0].id)


def _article_groups(mentions: list[EventMention]) -> list[_Group]:
    groups: list[_Group] = []
    # A report completed by another of the article goes after every whole one, into its group.
    for mention in sorted(mentions, key=lambda m: (m.completed_by is not None, -len(m.participants), m.start)):
        if not mention.participants:
            continue
        single = _Group.of(mention)
        if _joined_its_completer(groups, single):
            continue
        for group in groups:
            if group.fits(single, same_article=True):
                if _people(group.participants) and not _people(single.participants) and not mention.lede:
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
            people = _people(group.participants)
            group.article_places = [g.place for g in groups if g is not group and g.place is not None
                                    and len(people & _people(g.participants)) >= 2]
    meetings = [g for g in groups if g.type == "CONSULT" and len(_people(g.participants)) >= 2]
    kept: list[_Group] = []
    for group in groups:
        if group.type != "CONSULT":
            host = next(
                (
                    m for m in meetings
                    if _people(group.participants) and _people(group.participants) <= _people(m.participants)
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


def _sides(group: _Group) -> tuple[set[str], set[str]]:
    """The countries a group's reports put on the acting side and on the side acted on."""
    source = {a.country for m in group.mentions for a in m.source if a.country}
    target = {a.country for m in group.mentions for a in m.target if a.country}
    return source, target


def _opposite_acts(a: _Group, b: _Group) -> bool:
    """One country's act against another and that one's act against the first ("Iran fired
    missiles at US bases" after "the US killed Soleimani") are two acts, not one report of
    each: no acting country in common, and each one's actor is acted on by the other.
    Meetings have no direction."""
    if a.type == "CONSULT":
        return False
    source_a, target_a = _sides(a)
    source_b, target_b = _sides(b)
    return not (source_a & source_b) and bool(source_a & target_b) and bool(source_b & target_a)


def _joined_its_completer(groups: list[_Group], single: _Group) -> bool:
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


def _finer_place_of_sub_event(host: _Group, sub: _Group) -> None:
    """A meeting placed in a country only, and something done at it (the same people, a date
    that fits) placed in a city of that country: "Isaias touched down in Addis Ababa to deepen
    cooperation ... his working visit to Ethiopia" was held in the city."""
    place, finer = host.place, sub.place
    if (place is not None and finer is not None and place.kind == "country" and finer.kind == "city"
            and finer.country == place.country and not sub.place_weak):
        host.place, host.place_weak = finer, False


def _narrow_regions(groups: list[_Group], mentions: list[EventMention]) -> None:
    """"Trump greeted Xi at his Florida resort" under a "PALM BEACH" dateline: the city the
    report is filed from, in the same country, stands for the region (as for a country)."""
    cities = {m.place.country: m.place for m in mentions
              if m.place_source == "dateline" and m.place is not None and m.place.kind == "city"}
    for group in groups:
        place = group.place
        if place is not None and place.kind == "region" and place.country in cities:
            group.place, group.place_weak = cities[place.country], False


def _months(low: dt.date, high: dt.date) -> list[str]:
    months: list[str] = []
    year, month = low.year, low.month
    while (year, month) <= (high.year, high.month) and len(months) < 24:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


_BOUNDED_WINDOW = dt.timedelta(days=31)  # a bounds-only date ("on Sunday" before a comment) looks back this far


def _time_keys(when: _When) -> list[str]:
    """Time blocks: the months a date covers; a bounds-only date looks back a month."""
    if when.date and when.low and when.high:
        return _months(when.low, when.high)
    if when.reported is not None:
        return _months(when.reported - _REPORTED_LAG, when.reported)
    if when.high is not None:
        low = max(when.low, when.high - _BOUNDED_WINDOW) if when.low else when.high - _BOUNDED_WINDOW
        return _months(low, when.high)
    return ["undated"]


def _block_keys(group: _Group, roots: dict[str, str]) -> tuple[list[tuple], list[tuple]]:
    """(keys to look up, keys to be found by) for a group.

    Candidates share a month and either a pair of participants or, when one side names only
    one, that participant; or they come from a near-duplicate article.  Pairs keep the blocks
    small for much-reported people (a head of state meets many counterparts each month).
    """
    actors = sorted(_key_actors(group.participants))
    months = _time_keys(group.when)
    pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1:]]
    roots_keys: list[tuple] = [(group.type, "root", roots.get(a, a)) for a in sorted(group.articles)]
    singles: list[tuple] = [(group.type, "one", a, m) for a in actors for m in months]
    lookup: list[tuple]
    found_by: list[tuple]
    if len(actors) == 1:
        lookup = [(group.type, "any", a, m) for a in actors for m in months]
    else:
        lookup = [(group.type, "pair", a, b, m) for a, b in pairs for m in months] + singles
    found_by = [(group.type, "any", a, m) for a in actors for m in months]
    found_by += [(group.type, "pair", a, b, m) for a, b in pairs for m in months]
    # A report with no date at all looks for the same people whatever the month.
    found_by += [(group.type, "pair-any-month", a, b) for a, b in pairs]
    if months == ["undated"]:
        lookup += [(group.type, "pair-any-month", a, b) for a, b in pairs]
    if len(actors) == 1:
        found_by += singles
    # "The leaders of Egypt and Ethiopia met" and "Sisi met Abiy": the people's countries block too.
    # Only between a report of people and one of countries alone: two reports naming people
    # meet through their people (different people never fit), so a people report is found by
    # its countries under its own key kind, and a countries-only report looks that kind up;
    # a country pair's many meetings in a month are thus never all compared with each other.
    if _people(group.participants):
        nations = sorted({f"country:{a.country}" for a in group.participants
                          if a.kind in ("person", "country") and a.country} - set(actors))
        national = [(a, b, m) for i, a in enumerate(nations) for b in nations[i + 1:] for m in months]
        lookup += [(group.type, "pair", a, b, m) for a, b, m in national]
        found_by += [(group.type, "nations", a, b, m) for a, b, m in national]
    else:
        lookup += [(group.type, "nations", a, b, m) for a, b in pairs for m in months]
    return lookup + roots_keys, found_by + roots_keys


def link(
    mentions: Iterable[EventMention],
    *,
    near_duplicates: dict[str, str] | None = None,
) -> list[Happening]:
    """Cluster event mentions into happenings.

    ``near_duplicates`` maps an article id to the id of the first article it nearly
    duplicates (a republished story): their undated reports may join each other.
    """
    near_duplicates = near_duplicates or {}
    # The cyclic collector would rescan every live group again and again (quadratic);
    # linking creates no reference cycles worth collecting.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _link(mentions, near_duplicates)
    finally:
        if collecting:
            gc.enable()


def _link(mentions: Iterable[EventMention], near_duplicates: dict[str, str]) -> list[Happening]:
    by_article: dict[str, list[EventMention]] = defaultdict(list)
    for mention in mentions:
        by_article[mention.article].append(mention)

    groups: list[_Group] = []
    for article_id in sorted(by_article):
        groups.extend(_article_groups(by_article[article_id]))
    groups.sort(key=_order)

    happenings: list[_Group] = []
    index: dict[tuple, list[int]] = defaultdict(list)
    for group in groups:
        lookup, found_by = _block_keys(group, near_duplicates)
        candidates = {i for key in lookup for i in index.get(key, ())}
        best, best_score, fitting = None, None, []
        roots = {near_duplicates.get(x, x) for x in group.articles}
        for i in sorted(candidates):
            target = happenings[i]
            if target.articles & group.articles:
                continue  # one article reports a happening once: its groups differ on purpose
            fits = target.fits(group, same_article=False) or (
                target.type == group.type
                and _near_duplicate(roots, target, near_duplicates)
                and _participants_compatible(target.participants, group.participants)
                and target.when.compatible(group.when)
                and _place_compatible(target.place, group.place)
            )
            if not fits:
                continue
            fitting.append(i)
            score = (
                len(_key_actors(target.participants) & _key_actors(group.participants)),
                _place_same(target.place, group.place),
                target.when.basis == "text",
                -_PRECISION_RANK[target.when.shown_precision],
            )
            if best_score is None or score > best_score:
                best, best_score = i, score
        if best is not None and _ambiguous(group, [happenings[i] for i in fitting]):
            best = None  # "Lavrov arrived in Vientiane": which of his meetings there? Do not guess.
        if best is not None and not group.when.known and not group.when.bounded and len(fitting) > 1:
            best = None  # an undated report that fits two meetings of the same people: either
        if best is None:
            happenings.append(group)
            for key in found_by:
                index[key].append(len(happenings) - 1)
        else:
            happenings[best].absorb(group)
            for key in _block_keys(happenings[best], near_duplicates)[1]:
                if not index[key] or index[key][-1] != best:
                    index[key].append(best)
    return [_to_happening(g) for g in happenings if _is_happening(g)]


def happening_of(mentions: list[EventMention]) -> Happening:
    """One happening of ``mentions``, reports of one act that other evidence than their own
    parties and dates brought together (their story: ``dateline.link.stories``)."""
    group = _Group.of(mentions[0])
    for mention in mentions[1:]:
        group.absorb(_Group.of(mention))
    return _to_happening(group)


def _is_happening(group: _Group) -> bool:
    """Enough is known to call it a happening: two parties, or an organisation (a summit).
    A lone "China" or "Blinken" with no counterpart stays an event mention only; so does an
    aside deep in one report that nothing dates ("the two had met before")."""
    shown = _display_participants(group.participants)
    if not (len(shown) >= 2 or any(a.kind == "organisation" for a in shown)):
        return False
    told = group.when.known or group.when.bounded or len(group.articles) >= 2
    return told or any(m.lede for m in group.mentions)


def _ambiguous(group: _Group, fitting: list[_Group]) -> bool:
    """A report naming one party fits several happenings with different counterparts."""
    if len(_key_actors(group.participants)) != 1 or len(fitting) < 2:
        return False
    return len({frozenset(_key_actors(h.participants)) for h in fitting}) > 1


def _near_duplicate(roots: set[str], b: _Group, near_duplicates: dict[str, str]) -> bool:
    """Whether an article of ``b`` nearly duplicates one whose root is in ``roots`` (the roots
    of the other group's articles, taken once for all its candidates)."""
    return any(near_duplicates.get(x, x) in roots for x in b.articles)


def _display_participants(actors: list[ActorRef]) -> list[ActorRef]:
    """People and organisations, and countries none of whose people take part.  A group or
    organisation outside the state ("FARC", rebels; protesters) does not stand for its
    country: "Colombia signed a deal with the FARC" has two parties."""
    covered = {a.country for a in actors if a.kind != "country" and a.country
               and (a.kind == "person" or a.sector is None or a.sector in STATE_SECTORS)}
    return [a for a in actors if a.kind != "country" or a.country not in covered]


def _to_happening(group: _Group) -> Happening:
    mentions = sorted(group.mentions, key=lambda m: (m.article, m.start))
    seed = min(m.id for m in group.mentions)
    participants = _display_participants(group.participants)
    statuses = {m.status for m in mentions}
    status = "planned" if statuses == {"planned"} else ("ongoing" if "ongoing" in statuses and "past" not in statuses else "past")
    occasion = next((m.occasion for m in mentions if m.occasion), None)
    topics: list[str] = []
    for m in [*mentions, *group.sub_events]:
        topics.extend(t for t in m.topics if t not in topics)
    happening = Happening(
        id="h" + content_id(group.type, seed, length=12),
        type=group.type,
        label=_label(group.type, mentions, participants, group.place),
        date=group.when.day,
        date_precision=group.when.shown_precision,  # type: ignore[arg-type]
        date_basis=group.when.basis,  # type: ignore[arg-type]
        place=group.place,
        participants=participants,
        mentions=mentions + sorted(group.sub_events, key=lambda m: (m.article, m.start)),
        topics=topics,
        status=status,
        occasion=occasion,
    )
    return happening


def _label(type_: str, mentions: list[EventMention], participants: list[ActorRef], place: PlaceRef | None) -> str:
    sources = [a for a in mentions[0].source if a in participants] or participants[:1]
    targets = [a for a in participants if a not in sources]
    if not targets and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]
    names = lambda actors: " and ".join(a.name for a in actors[:3])  # noqa: E731
    verb = _VERBS.get(type_, type_.lower())
    explicit_target = bool(mentions[0].target)
    if type_ == "CONSULT" and explicit_target and targets and all(a.kind == "country" for a in targets):
        verb = "visits"
        if place is not None and place.kind == "country":
            place = None
    if len(sources) > 1:
        first, _, rest = verb.partition(" ")
        verb = (first[:-1] if first.endswith("s") else first) + (" " + rest if rest else "")
    label = names(sources)
    if targets:
        label += f" {verb} {names(targets)}"
    elif type_ == "CONSULT":
        label += " hold talks" if len(sources) > 1 else " holds talks"
    else:
        label += f": {type_.lower()}"
    if place is not None:
        label += f" in {place.name}"
    return label


def lead_happenings(
    happenings: list[Happening], article_ids: Iterable[str]
) -> dict[str, str | None]:
    """The happening each article is mainly about: most and earliest reports in it."""
    scores: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for happening in happenings:
        for mention in happening.mentions:
            weight = 1.0 + 2.0 / (1.0 + mention.start / 200.0)
            if mention.type != happening.type:
                weight *= 0.5
            scores[mention.article][happening.id] += weight
    lead: dict[str, str | None] = {}
    for article_id in article_ids:
        options = scores.get(article_id)
        lead[article_id] = max(sorted(options), key=lambda h: options[h]) if options else None
    return lead

"""What reports' dates admit, for linking them (``dateline.link.happenings``): the days a date
covers, a report's or a happening's best date knowledge (``When``), the days an opening names
("on Tuesday", "15 августа") and the month blocks a date is looked up in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from dateline.clean.date_words import months, weekdays
from dateline.records import EventMention, TimeValue
from dateline.resolve import named_day

__all__ = ["PRECISION_RANK", "REPORTED_LAG", "When", "days_named", "days_of", "days_of_month_named", "iso_day",
           "named_day_conflict", "named_days_differ", "time_keys"]


PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


# A report dated only by its publication day D (date basis "reported") tells of an event of D
# or of the day before (news of the evening is published the next morning): across articles it
# fits a date from a text in that window, and another report's publication day one day apart.
REPORTED_LAG = dt.timedelta(days=1)


# Within one article, the lede's undated "X met Y" and a later "on Sunday, X and Y met" are one
# report: a date of the last week before publication fits the lede.
_REPORTED_LAG_SAME_ARTICLE = dt.timedelta(days=7)


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
class When:
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
        if known and value is not None and (self.date is None or PRECISION_RANK[value.precision] < PRECISION_RANK[self.precision]):
            self.date, self.precision = value.date, value.precision
        if low is not None:
            self.low = low if self.low is None else max(self.low, low)
        if high is not None:
            self.high = high if self.high is None else min(self.high, high)

    def merge(self, other: When) -> None:
        if other.date and (self.date is None or PRECISION_RANK[other.precision] < PRECISION_RANK[self.precision]):
            self.date, self.precision = other.date, other.precision
        for attr, pick in (("low", max), ("high", min), ("reported", min)):
            mine, theirs = getattr(self, attr), getattr(other, attr)
            if theirs is not None:
                setattr(self, attr, theirs if mine is None else pick(mine, theirs))

    def compatible(self, other: When, *, same_article: bool = False) -> bool:
        if not _overlap((self.low, self.high), (other.low, other.high)):
            return False
        lag = _REPORTED_LAG_SAME_ARTICLE if same_article else REPORTED_LAG
        for one, two in ((self, other), (other, self)):
            if one.reported is None or one.date is not None:
                continue  # a date from a text outranks the publication day
            if two.date is not None and not _overlap((one.reported - lag, one.reported), (two.low, two.high)):
                return False
            if two.reported is not None and not same_article and abs(one.reported - two.reported) > REPORTED_LAG:
                return False
        return True


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def named_day_conflict(mentions: Iterable[EventMention], first: dt.date, last: dt.date) -> bool:
    """The openings of these reports name a weekday or a day of a month, and none is a day
    from ``first`` to ``last`` (at most a week): "the two met on Tuesday" is not a meeting of
    a Monday, "the minister arrived on Sunday, March 5" not one of 25 December.  A day named
    for a month may be the dateline's, the day after the event ("Havana, April 14 - Xi
    received Lula on Thursday"); a weekday is the event's own.  Only what the opening says
    counts, and only where it tells of the event as past: a later sentence may name any day
    of the background, and a plan's the day it was announced ("will meet Wang Yi, the State
    Department said on Tuesday")."""
    told = [m for m in mentions if m.lede and m.status == "past"]
    named_weekdays, named_days = days_named(told)
    month_days = days_of_month_named(told)
    if not (named_weekdays or named_days or month_days):
        return False
    span = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)][:7]
    if any(day.weekday() in named_weekdays for day in span):
        return False
    dateline_days = [*span, span[-1] + dt.timedelta(days=1)]
    return not any((day.month, day.day) in named_days or day.day in month_days for day in dateline_days)


def named_days_differ(one: Iterable[EventMention], two: Iterable[EventMention]) -> bool:
    """Two undated reports whose openings (told as past) name days that cannot be one: other
    weekdays, or other days of a month ("16日" and "6日", "el martes" and "el jueves")."""
    one = [m for m in one if m.lede and m.status == "past"]
    two = [m for m in two if m.lede and m.status == "past"]
    (weekdays_one, _), (weekdays_two, _) = days_named(one), days_named(two)
    if weekdays_one and weekdays_two and not weekdays_one & weekdays_two:
        return True
    days_one, days_two = days_of_month_named(one), days_of_month_named(two)
    return bool(days_one and days_two and not days_one & days_two)


def days_of_month_named(mentions: Iterable[EventMention]) -> set[int]:
    """The days of a month, with no month, that these reports' own dates name and no
    publication day resolved: "岸田首相は16日、尹大統領と会談した" (han, kana and Korean news
    give the day of what they report so), kept as "on the 16th" in a text with no publication
    day (``dateline.multilingual.dates``).  "Met on the 16th" is not a meeting of the 26th."""
    out: set[int] = set()
    for mention in mentions:
        value = mention.date
        if value is None or value.date or value.earliest or value.latest or not value.text:
            continue
        named = named_day(value.text)
        if named is not None and named[1] is None and named[2] is not None:
            out.add(named[2])
    return out


def days_named(mentions: list[EventMention]) -> tuple[set[int], set[tuple[int, int]]]:
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


def _months(low: dt.date, high: dt.date) -> list[str]:
    months: list[str] = []
    year, month = low.year, low.month
    while (year, month) <= (high.year, high.month) and len(months) < 24:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


_BOUNDED_WINDOW = dt.timedelta(days=31)  # a bounds-only date ("on Sunday" before a comment) looks back this far


def time_keys(when: When) -> list[str]:
    """Time blocks: the months a date covers; a bounds-only date looks back a month."""
    if when.date and when.low and when.high:
        return _months(when.low, when.high)
    if when.reported is not None:
        return _months(when.reported - REPORTED_LAG, when.reported)
    if when.high is not None:
        low = max(when.low, when.high - _BOUNDED_WINDOW) if when.low else when.high - _BOUNDED_WINDOW
        return _months(low, when.high)
    return ["undated"]

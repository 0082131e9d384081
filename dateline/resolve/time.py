"""Resolve date expressions ("on Sunday", "last week", "6 August 2017") against an anchor.

The anchor is the article's publication date ("YYYY-MM-DD", "YYYY-MM", "YYYY") or None.
Results never depend on the clock: relative expressions need an anchor (or anchor bounds),
and without one they come back unresolved rather than guessed from today's date.

How an anchor that is only a period (a month, a year, or bounds such as "published before
2017-08-07") is used: each relative rule is a non-decreasing function of the anchor day, so
resolving at the earliest and at the latest possible anchor day gives the earliest and the
latest possible date.  When both give the same value it is the answer; otherwise only the
bounds are reported (an open side stays None: nothing is invented).  So with only an
upper bound (a comment dated 2017-08-07), "on Sunday" gets latest 2017-08-06 and no
earliest: the article may be older than the comment by any amount.  Expressions relative
to the story's own time ("that day", "two days later") are reported but left unresolved.

Tense (of the clause holding the expression) picks the direction of year-less and
weekday-only expressions:
  * weekday: past (and unknown tense, as news mostly reports the past) -> the most recent
    such day on or before the anchor (the anchor day itself counts: an article published
    on a Sunday saying "on Sunday" in the past tense means that day); future -> the next
    such day after the anchor; present -> the nearest one, ties going to the past.
  * month name: past -> the anchor's year unless the month is after the anchor's month,
    then the year before; future -> the next occurrence (this month counts); present or
    unknown -> the anchor's year.
  * day and month without a year: past -> on or before the anchor; future -> on or after;
    present or unknown -> the nearest occurrence (an explicit day-month is too specific
    to push a year back just because the tense is unknown).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from dateline.records import TimeValue

TENSES = ("past", "present", "future")

_MONTH_NAMES = "January February March April May June July August September October November December"
MONTHS: dict[str, int] = {n.lower(): i + 1 for i, n in enumerate(_MONTH_NAMES.split())}
MONTHS.update({n[:3].lower(): i + 1 for i, n in enumerate(_MONTH_NAMES.split())}, sept=9)
WEEKDAYS: dict[str, int] = {
    n: i for i, n in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# Words that, right before a weekday, make it part of a name ("Good Friday Agreement").
_WEEKDAY_NAME_PREFIXES = {"good", "black", "bloody", "super", "ash", "holy", "cyber", "easter"}
# Words that, right after a weekday, make it part of a title ("Sunday Times").
_WEEKDAY_NAME_SUFFIXES = {
    "times", "telegraph", "mirror", "express", "mail", "herald", "post", "people", "star",
    "sport", "independent", "tribune", "agreement", "prayers", "school", "service",
}

# Month names are matched case-sensitively ("may" the verb is no month); keywords are not.
_M_FULL = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
_M_ANY = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_OPT_WD = r"(?:" + _WD + r",?\s+(?:the\s+)?)?"


@dataclass(frozen=True)
class _Res:
    """A resolution: the days [lo, hi] the expression can denote.

    ``precision`` names the calendar period (containing lo) to report as ``date``; None
    means only the bounds are known.  A side that is None is open.
    """

    lo: date | None
    hi: date | None
    precision: str | None = None


_UNKNOWN = _Res(None, None, None)


def _day(d: date) -> _Res:
    return _Res(d, d, "day")


def _month(year: int, month: int) -> _Res:
    last = calendar.monthrange(year, month)[1]
    return _Res(date(year, month, 1), date(year, month, last), "month")


def _year(year: int) -> _Res:
    return _Res(date(year, 1, 1), date(year, 12, 31), "year")


def _week_of(d: date) -> tuple[date, date]:
    start = d - timedelta(days=d.weekday())
    return start, start + timedelta(days=6)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _fmt(d: date, precision: str) -> str:
    return d.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]


def _period_bounds(d: date, precision: str) -> tuple[date, date]:
    if precision == "day":
        return d, d
    r = _month(d.year, d.month) if precision == "month" else _year(d.year)
    assert r.lo is not None and r.hi is not None
    return r.lo, r.hi


# --- anchors -----------------------------------------------------------------------------

_ANCHOR_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")


def _anchor_period(value: str, what: str) -> tuple[date, date]:
    """The first and last day an anchor string can denote."""
    m = _ANCHOR_RE.match(value)
    if not m:
        raise ValueError(
            f"{what} {value!r} is not a date: expected 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'"
        )
    year, month, day = m.group(1, 2, 3)
    try:
        d = date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{what} {value!r} is not a valid calendar date: {exc}") from None
    return _period_bounds(d, "day" if day else "month" if month else "year")


def anchor_interval(
    anchor: str | None, anchor_bounds: tuple[str | None, str | None] | None = None
) -> tuple[date | None, date | None]:
    """The earliest and latest possible anchor day (None where open)."""
    lo: date | None = None
    hi: date | None = None
    if anchor:
        lo, hi = _anchor_period(anchor, "anchor")
    if anchor_bounds:
        b_lo, b_hi = anchor_bounds
        if b_lo:
            start = _anchor_period(b_lo, "anchor lower bound")[0]
            lo = start if lo is None else max(lo, start)
        if b_hi:
            end = _anchor_period(b_hi, "anchor upper bound")[1]
            hi = end if hi is None else min(hi, end)
    if lo and hi and lo > hi:
        # Contradictory anchor and bounds: trust the anchor alone.
        if anchor:
            return _anchor_period(anchor, "anchor")
        return None, None
    return lo, hi


# --- rules ---------------------------------------------------------------------------------
# An absolute rule maps a match to a _Res; a relative rule also needs the anchor day and tense.

Absolute = Callable[[re.Match[str]], "_Res | None"]
Relative = Callable[[re.Match[str], date, "str | None"], "_Res | None"]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _mon(m: re.Match[str]) -> int:
    value = m.group("mon")
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def _abs_numeric(m: re.Match[str]) -> _Res | None:
    """dd/mm/yyyy or mm/dd/yyyy: day-first only when the numbers leave no doubt."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    day_first = _safe_date(year, b, a) if a <= 31 and 1 <= b <= 12 else None
    month_first = _safe_date(year, a, b) if b <= 31 and 1 <= a <= 12 else None
    if day_first and month_first and day_first != month_first:
        lo, hi = sorted([day_first, month_first])
        return _Res(lo, hi, None)  # ambiguous: either reading is possible
    d = day_first or month_first
    return _day(d) if d else None


def _abs_full_date(m: re.Match[str]) -> _Res | None:
    d = _safe_date(int(m.group("year")), _mon(m), int(m.group("day")))
    return _day(d) if d else None


def _abs_range(m: re.Match[str]) -> _Res | None:
    """'6-7 August 2017': the bounds of the range."""
    if not m.group("year"):
        return None
    year, month = int(m.group("year")), _mon(m)
    lo = _safe_date(year, month, int(m.group("day")))
    hi = _safe_date(year, month, int(m.group("day2")))
    if not lo or not hi or hi < lo:
        return None
    return _Res(lo, hi, "month")


def _rel_range(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    month = _mon(m)
    first = _rel_day_month_value(month, int(m.group("day")), None, anchor, tense)
    if not first or not first.lo:
        return None
    hi = _safe_date(first.lo.year, month, int(m.group("day2")))
    if not hi or hi < first.lo:
        return None
    return _Res(first.lo, hi, "month")


def _abs_month_year(m: re.Match[str]) -> _Res | None:
    return _month(int(m.group("year")), _mon(m))


def _abs_year(m: re.Match[str]) -> _Res | None:
    year = int(m.group("year"))
    part = (m.groupdict().get("part") or "").lower()
    r = _year(year)
    if "first half" in part:
        return _Res(date(year, 1, 1), date(year, 6, 30), "year")
    if "second half" in part:
        return _Res(date(year, 7, 1), date(year, 12, 31), "year")
    quarter = re.search(r"(first|second|third|fourth|last)\s+quarter", part)
    if quarter:
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[quarter.group(1)]
        return _Res(date(year, 3 * n - 2, 1), _month(year, 3 * n).hi, "year")
    season = re.search(r"spring|summer|autumn|fall", part)
    if season:
        return _season_span(year, season.group(0))
    return r


def _abs_year_range(m: re.Match[str]) -> _Res | None:
    """'from 2014 to 2022': the bounds of the years."""
    first, last = int(m.group("year")), int(m.group("year2"))
    if last < first:
        return None
    return _Res(date(first, 1, 1), date(last, 12, 31), "year" if first == last else None)


def _abs_split_year(m: re.Match[str]) -> _Res | None:
    """'2022-23' (a fiscal year or a season): both years."""
    first, last = m.group("year"), m.group("year")[:2] + m.group("yy")
    return _Res(date(int(first), 1, 1), date(int(last), 12, 31)) if last > first else None


def _rel_day_month_value(
    month: int, day: int, weekday: int | None, anchor: date, tense: str | None
) -> _Res | None:
    candidates = [
        d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(y, month, day)) is not None
    ]
    if weekday is not None:
        matching = [d for d in candidates if d.weekday() == weekday]
        if matching:
            return _day(min(matching, key=lambda d: abs((d - anchor).days)))
    if tense == "past":
        past = [d for d in candidates if d <= anchor]
        return _day(max(past)) if past else None
    if tense == "future":
        future = [d for d in candidates if d >= anchor]
        return _day(min(future)) if future else None
    if not candidates:
        return None
    return _day(min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor)))


def _rel_day_month(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    wd = m.groupdict().get("wd")
    weekday = WEEKDAYS[wd.lower()] if wd else None
    return _rel_day_month_value(_mon(m), int(m.group("day")), weekday, anchor, tense)


def _month_year_for(month: int, modifier: str, anchor: date, tense: str | None) -> int:
    if modifier == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if modifier == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if modifier == "this":
        return anchor.year
    if tense == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year


def _modifier(m: re.Match[str]) -> str:
    text = (m.groupdict().get("mod") or "").lower()
    if re.search(r"\b(last|previous|past)\b", text):
        return "last"
    if re.search(r"\b(next|following|coming)\b", text):
        return "next"
    if re.search(r"\bthis\b", text):
        return "this"
    return ""


def _rel_month(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    month = _mon(m)
    return _month(_month_year_for(month, _modifier(m), anchor, tense), month)


def _month_is_name(m: re.Match[str]) -> bool:
    """'May' followed by a capitalised word or a possessive is likely a surname."""
    if m.group("mon") != "May":
        return False
    rest = m.string[m.end("mon"):m.end("mon") + 3]
    return bool(re.match(r"(?:\s[A-Z]|['’]s)", rest))


def _rel_month_rel_year(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    shift = {"last": -1, "next": 1}.get(_modifier(m), 0)
    return _month(anchor.year + shift, _mon(m))


def _rel_day_word(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    text = " ".join(m.group(0).lower().split())
    if "day before yesterday" in text:
        return _day(anchor - timedelta(days=2))
    if "day after tomorrow" in text:
        return _day(anchor + timedelta(days=2))
    if "yesterday" in text or text == "last night":
        return _day(anchor - timedelta(days=1))
    if "tomorrow" in text:
        return _day(anchor + timedelta(days=1))
    return _day(anchor)  # today, tonight, this morning, earlier in the day, ...


def _rel_within(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    """'earlier this month', 'later this year', 'earlier this week'."""
    unit = m.group("unit").lower()
    later = m.group("mod").lower() == "later"
    if unit == "day":
        return _day(anchor)
    if unit == "week":
        start, end = _week_of(anchor)
        return _Res(anchor, end, None) if later else _Res(start, anchor, None)
    period = _month(anchor.year, anchor.month) if unit == "month" else _year(anchor.year)
    assert period.lo and period.hi
    if later:
        return _Res(anchor, period.hi, period.precision)
    return _Res(period.lo, anchor, period.precision)


def _rel_unit(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    """'last week', 'this year', 'next month', 'the past week', 'over the weekend'."""
    unit = m.group("unit").lower()
    raw = " ".join((m.group("mod") or "").lower().split())
    mod = _modifier(m)
    shift = {"last": -1, "next": 1}.get(mod, 0)
    if raw.endswith("past") and unit in ("week", "month", "year"):
        # "the past week": the stretch up to the anchor, not a calendar period.
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return _Res(anchor - timedelta(days=days), anchor, None)
    if unit == "week":
        start, end = _week_of(anchor + timedelta(days=7 * shift))
        return _Res(start, end, None)
    if unit == "weekend":
        return _weekend(anchor, mod, tense)
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, shift)
        return _month(year, month)
    return _year(anchor.year + shift)


def _weekend(anchor: date, mod: str, tense: str | None) -> _Res:
    """The Saturday-Sunday meant by 'last/this/next/the weekend' said on ``anchor``."""
    saturday = _week_of(anchor)[0] + timedelta(days=5)
    if mod == "last":
        saturday -= timedelta(days=7)
    elif mod == "next":
        if anchor >= saturday:
            saturday += timedelta(days=7)
    elif mod == "":
        if tense in (None, "past") and anchor < saturday:
            saturday -= timedelta(days=7)
        elif tense == "future" and anchor > saturday:
            saturday += timedelta(days=7)
        elif tense == "present" and anchor.weekday() <= 1:
            saturday -= timedelta(days=7)
    return _Res(saturday, saturday + timedelta(days=1), None)


def _rel_weekday(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    text = m.string
    before = text[max(0, m.start() - 12):m.start()].split()
    after = text[m.end():m.end() + 20].split()
    if before and before[-1].lower().strip(".,") in _WEEKDAY_NAME_PREFIXES:
        return None
    if after and after[0].lower().strip(".,;:") in _WEEKDAY_NAME_SUFFIXES:
        return None
    weekday = WEEKDAYS[m.group("wd").lower()]
    back = (anchor.weekday() - weekday) % 7  # days back to the most recent such day
    on_or_before = anchor - timedelta(days=back)
    after_anchor = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    mod = _modifier(m)
    if mod == "last":
        return _day(on_or_before if back else anchor - timedelta(days=7))
    if mod == "next":
        return _day(after_anchor)
    if mod == "this":
        on_or_after = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
        return _day(on_or_before if tense == "past" else on_or_after)
    if tense == "future":
        return _day(after_anchor)
    if tense == "present":
        return _day(on_or_before if back <= 3 else after_anchor)
    return _day(on_or_before)


def _rel_ago(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
    if n is None:
        return None
    unit = m.group("unit").lower()
    if unit == "day":
        return _day(anchor - timedelta(days=n))
    if unit == "week":
        start, end = _week_of(anchor - timedelta(days=7 * n))
        return _Res(start, end, None)
    if unit == "month":
        return _month(*_add_months(anchor.year, anchor.month, -n))
    return _year(anchor.year - n)


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    absolute: Absolute | None = None
    relative: Relative | None = None
    reject: Callable[[re.Match[str]], bool] | None = None


def _rule(name: str, pattern: str, absolute: Absolute | None = None,
          relative: Relative | None = None,
          reject: Callable[[re.Match[str]], bool] | None = None) -> _Rule:
    return _Rule(name, re.compile(pattern), absolute, relative, reject)


_PREP_MONTH = (
    r"(?i:in|since|by|until|till|from|during|before|after|through|throughout|of|for|"
    r"around|circa)"
)
_PREP_YEAR = (
    r"(?P<prep>(?i:in|since|by|until|till|from|during|before|after|through|throughout|of|"
    r"for|between|to|and|around|circa))"
)
# Prepositions that also head counts ("a total of 2000 troops"): a year after them must
# not be followed by a lower-case word.
_WEAK_YEAR_PREPS = {"of", "for", "between", "to", "and", "around", "circa", "by"}
_MONTH_MOD = (
    r"(?P<mod>(?i:(?:in\s+|by\s+|since\s+|until\s+)?(?:early|mid|late|the\s+end\s+of|"
    r"the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|last|next|this|"
    r"the\s+previous|the\s+following|the\s+coming|coming)|" + _PREP_MONTH + r"))"
)
_YEAR_PART = (
    r"(?P<part>(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|"
    r"the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|"
    r"the\s+(?:first|second|third|fourth|last)\s+quarter\s+of|spring|summer|autumn|fall|winter|"
    r"the\s+spring\s+of|the\s+summer\s+of|the\s+autumn\s+of|the\s+fall\s+of|the\s+winter\s+of))"
)


def _rel_narrative(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    """'that day', 'the next day', 'two days later': relative to the story's own time,
    which only the caller's context can supply; reported, but never resolved here."""
    return _UNKNOWN


# Meteorological seasons of the northern hemisphere, as (first month, last month).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
            "winter": (12, 2)}


def _season_span(year: int, season: str) -> _Res:
    first, last = _SEASONS[season]
    end_year = year + 1 if last < first else year
    lo = date(year, first, 1)
    hi = date(end_year, last, calendar.monthrange(end_year, last)[1])
    return _Res(lo, hi, "year" if end_year == year else None)


def _rel_season(m: re.Match[str], anchor: date, tense: str | None) -> _Res | None:
    """'last summer', 'this spring', 'next winter' (northern seasons)."""
    season = m.group("season").lower()
    mod = _modifier(m)
    # The season's occurrence that contains the anchor or started most recently before it.
    year = anchor.year
    current = _season_span(year, season)
    if current.lo and current.lo > anchor:
        year -= 1
        current = _season_span(year, season)
    ongoing = current.hi is not None and current.hi >= anchor
    if mod == "last":
        return _season_span(year - 1, season) if ongoing else current
    if mod == "next":
        return _season_span(year + 1, season)
    if ongoing or tense == "past" or (tense is None and mod != "this"):
        return current
    return _season_span(year + 1, season)


def _year_is_count(m: re.Match[str]) -> bool:
    if m.group("prep").lower() not in _WEAK_YEAR_PREPS:
        return False
    return bool(re.match(r"\s+[a-z]", m.string[m.end():m.end() + 2]))


RULES: list[_Rule] = [
    _rule("iso", r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mon>0?[1-9]|1[0-2])(?P=sep)"
          r"(?P<day>[0-3]?\d)(?![\d/.-]\d)", absolute=_abs_full_date),
    _rule("numeric",
          r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b",
          absolute=_abs_numeric),
    _rule("dmy", r"\b" + _OPT_WD + _DAY + r"(?:\s+of)?\s+" + _M_ANY + r",?\s+" + _YEAR + r"\b",
          absolute=_abs_full_date),
    _rule("mdy", r"\b" + _OPT_WD + _M_ANY + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b",
          absolute=_abs_full_date),
    _rule("ymd", r"\b" + _YEAR + r",?\s+" + _M_ANY + r"\s+" + _DAY + r"\b(?![\d:,.]\d)",
          absolute=_abs_full_date),
    _rule("dm_range", r"\b" + _DAY + r"\s*(?:-|–|to|and)\s*" + _DAY2 + r"(?:\s+of)?\s+"
          + _M_ANY + r"(?:,?\s+" + _YEAR + r")?\b", absolute=_abs_range, relative=_rel_range),
    _rule("md_range", r"\b" + _M_ANY + r"\s+" + _DAY + r"\s*(?:-|–)\s*" + _DAY2
          + r"(?:,?\s+" + _YEAR + r")?\b", absolute=_abs_range, relative=_rel_range),
    _rule("dm", r"\b" + _OPT_WD + r"(?:(?i:the)\s+)?" + _DAY + r"(?:\s+of)?\s+" + _M_ANY
          + r"\b(?!,?\s*\d)", relative=_rel_day_month),
    _rule("md", r"\b" + _OPT_WD + _M_ANY + r"\s+" + _DAY + r"\b(?![\d:,.]\d|\s*%)",
          relative=_rel_day_month),
    _rule("month_year", r"\b(?:" + _MONTH_MOD + r"[\s-]+)?" + _M_ANY + r"(?:\s+of)?,?\s+"
          + _YEAR + r"\b", absolute=_abs_month_year),
    _rule("month_rel_year", r"\b" + _M_FULL + r"(?:\s+of)?\s+(?P<mod>(?i:this|last|next|"
          r"the\s+previous|the\s+following))\s+(?i:year)\b", relative=_rel_month_rel_year),
    _rule("year_range", r"\b(?i:from|between)\s+" + _YEAR + r"\s*(?:-|–|(?i:to|and|until|till))\s*"
          r"(?P<year2>1[89]\d\d|20\d\d)\b", absolute=_abs_year_range),
    # "the 2015 nuclear deal", "the 2022 invasion": a year used as an adjective.
    _rule("year_adjective", r"\b(?i:the|its|their|a)\s+(?P<year>19[4-9]\d|20\d\d)(?=\s+[a-z])",
          absolute=_abs_year),
    _rule("year_part", r"\b" + _YEAR_PART + r"[\s-]*" + _YEAR + r"\b", absolute=_abs_year),
    _rule("prep_year", r"\b" + _PREP_YEAR + r"\s+(?:(?i:the\s+year)\s+)?" + _YEAR
          + r"\b(?![-–/]\d|\s*(?:%|per\s?cent))", absolute=_abs_year, reject=_year_is_count),
    _rule("within", r"\b(?P<mod>(?i:earlier|later))\s+(?i:this|in\s+the)\s+"
          r"(?P<unit>(?i:day|week|month|year))\b", relative=_rel_within),
    _rule("unit", r"\b(?P<mod>(?i:last|this|next|past|previous|coming|following|the\s+past|"
          r"the\s+previous|the\s+following|the\s+coming))\s+"
          r"(?P<unit>(?i:week|month|year))\b", relative=_rel_unit),
    _rule("part_of_unit", r"\b(?i:the\s+(?:end|beginning|start|middle)\s+of\s+)(?P<mod>(?i:the|this|"
          r"next|last))\s+(?P<unit>(?i:week|month|year))\b", relative=_rel_unit),
    _rule("decade", r"\b(?:(?i:the)\s+)?(?P<dec>1[89]\d0|20\d0)['’]?s\b", absolute=lambda m: _Res(
        date(int(m.group("dec")), 1, 1), date(int(m.group("dec")) + 9, 12, 31), None)),
    _rule("weekend", r"\b(?P<mod>(?i:last|this|next|past|coming|the\s+past|the\s+coming|the|"
          r"over\s+the))\s+(?P<unit>(?i:weekend))\b", relative=_rel_unit),
    _rule("day_word", r"\b(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
          r"yesterday|today|tomorrow|tonight|last\s+night|(?:earlier\s+|later\s+)?this\s+"
          r"(?:morning|afternoon|evening)|earlier\s+today|later\s+today)\b",
          relative=_rel_day_word),
    _rule("weekday", r"\b(?:(?P<mod>(?i:last|next|this|on|past|coming|the\s+following|"
          r"the\s+previous|the\s+coming|late|early))\s+)?" + _WD
          + r"(?:\s+(?i:morning|afternoon|evening|night))?\b", relative=_rel_weekday),
    _rule("narrative", r"\b(?i:(?:earlier|later)\s+that\s+(?:day|week|month|year)|the\s+same\s+day|"
          r"that\s+(?:same\s+)?day|the\s+(?:next|following|previous)\s+day|the\s+day\s+before|"
          r"the\s+day\s+after|\d{1,2}\s+days\s+(?:later|earlier)|(?:two|three|four|five|six|seven)"
          r"\s+days\s+(?:later|earlier)|a\s+day\s+(?:later|earlier))\b", relative=_rel_narrative),
    _rule("season", r"\b(?P<mod>(?i:last|this|next|past|coming|the\s+coming|the\s+past))\s+"
          r"(?P<season>(?i:spring|summer|autumn|fall|winter))\b", relative=_rel_season),
    _rule("ago", r"\b(?P<n>\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
          r"eleven|twelve))\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b",
          relative=_rel_ago),
    _rule("month", r"\b" + _MONTH_MOD + r"[\s-]+" + _M_FULL + r"\b", relative=_rel_month,
          reject=_month_is_name),
]

# Extra forms accepted only when a caller hands over a whole expression it knows is a date.
WHOLE_RULES: list[_Rule] = [
    _rule("bare_month", r"^(?:the\s+)?" + _M_FULL + r"$", relative=_rel_month),
    _rule("bare_year", r"^(?:(?i:the\s+year)\s+)?" + _YEAR + r"$", absolute=_abs_year),
    _rule("split_year", r"^" + _YEAR + r"[-–/](?P<yy>\d\d)$", absolute=_abs_split_year),
]


# --- matching and resolving ------------------------------------------------------------------

def _matches(text: str, rules: Iterable[_Rule]) -> list[tuple[_Rule, re.Match[str]]]:
    """Matches of all rules; the longest wins where they overlap."""
    found = [(rule, m) for rule in rules for m in rule.pattern.finditer(text)
             if not (rule.reject and rule.reject(m))]
    found.sort(key=lambda x: (x[1].start() - x[1].end(), x[1].start()))
    chosen: list[tuple[_Rule, re.Match[str]]] = []
    for rule, m in found:
        if all(m.end() <= c.start() or m.start() >= c.end() for _r, c in chosen):
            chosen.append((rule, m))
    return sorted(chosen, key=lambda x: x[1].start())


def _resolve_match(
    rule: _Rule, m: re.Match[str], lo: date | None, hi: date | None, tense: str | None
) -> _Res | None:
    if rule.absolute is not None:
        res = rule.absolute(m)
        if res is not None or rule.relative is None:
            return res
    relative = rule.relative
    assert relative is not None
    return _over_anchor(lambda a: relative(m, a, tense), lo, hi)


def _over_anchor(fn: Callable[[date], _Res | None], lo: date | None, hi: date | None) -> _Res | None:
    """Resolve a relative rule over every possible anchor day in [lo, hi]."""
    if lo is None and hi is None:
        return _UNKNOWN
    if lo == hi:
        return fn(lo)  # type: ignore[arg-type]
    r_lo = fn(lo) if lo else None
    r_hi = fn(hi) if hi else None
    if (lo and r_lo is None) or (hi and r_hi is None):
        return None
    if r_lo is not None and r_hi is not None and r_lo == r_hi:
        return r_lo
    return _Res(r_lo.lo if r_lo else None, r_hi.hi if r_hi else None, None)


def _to_value(text: str, res: _Res, start: int = -1, end: int = -1) -> TimeValue:
    value = TimeValue(text=text, start=start, end=end)
    if res.precision and res.lo:
        value.date = _fmt(res.lo, res.precision)
        value.precision = res.precision  # type: ignore[assignment]
        p_lo, p_hi = _period_bounds(res.lo, res.precision)
        if (res.lo, res.hi) != (p_lo, p_hi):
            value.earliest = res.lo.isoformat()
            value.latest = res.hi.isoformat() if res.hi else None
    else:
        value.earliest = res.lo.isoformat() if res.lo else None
        value.latest = res.hi.isoformat() if res.hi else None
    return value


def _check_tense(tense: str | None) -> str | None:
    if tense is not None and tense not in TENSES:
        raise ValueError(f"tense {tense!r} is not one of {', '.join(TENSES)} or None")
    return tense


def find_dates(
    text: str,
    anchor: str | None,
    *,
    tense: str | None = None,
    anchor_bounds: tuple[str | None, str | None] | None = None,
    offset: int = 0,
) -> list[TimeValue]:
    """Every date expression in ``text``, resolved; unresolvable ones have no date."""
    tense = _check_tense(tense)
    lo, hi = anchor_interval(anchor, anchor_bounds)
    values: list[TimeValue] = []
    for rule, m in _matches(text, RULES):
        res = _resolve_match(rule, m, lo, hi, tense)
        if res is not None:
            values.append(_to_value(m.group(0), res, m.start() + offset, m.end() + offset))
    return values


def resolve_date(
    expr: str,
    anchor: str | None,
    *,
    tense: str | None = None,
    anchor_bounds: tuple[str | None, str | None] | None = None,
) -> TimeValue | None:
    """Resolve one expression; None when it holds nothing recognisable as a date.

    The most precise date expression inside ``expr`` wins ("in the first five months of
    this year" resolves through "this year").  Forms the patterns miss go to dateparser,
    always with a relative base taken from the anchor.
    """
    tense = _check_tense(tense)
    lo, hi = anchor_interval(anchor, anchor_bounds)
    cleaned = " ".join(expr.split()).strip(" ,.;:()")
    found = _matches(cleaned, WHOLE_RULES) or _matches(cleaned, RULES)
    best: _Res | None = None
    for rule, m in found:
        res = _resolve_match(rule, m, lo, hi, tense)
        if res is not None and _rank(res) > _rank(best):
            best = res
    if best is None and found == []:
        best = _dateparser_resolve(cleaned, lo, hi, tense)
    if best is None:
        return None
    return _to_value(expr, best)


def _rank(res: _Res | None) -> int:
    if res is None:
        return -1
    if res.precision:
        return {"year": 2, "month": 3, "day": 4}[res.precision]
    return 1 if (res.lo or res.hi) else 0


def dates_in_span(
    span: Any,
    anchor: str | None,
    tense: str | None = None,
    *,
    anchor_bounds: tuple[str | None, str | None] | None = None,
    offset: int = 0,
) -> list[TimeValue]:
    """Resolve the spaCy DATE entities inside ``span`` (a Span or Doc).

    Offsets are the entities' character offsets in the Doc plus ``offset``.
    """
    values: list[TimeValue] = []
    for ent in (e for e in span.ents if e.label_ == "DATE"):
        value = resolve_date(ent.text, anchor, tense=tense, anchor_bounds=anchor_bounds)
        if value is not None:
            value.start, value.end = ent.start_char + offset, ent.end_char + offset
            values.append(value)
    return values


# --- dateparser fallback --------------------------------------------------------------------

_DATEPARSER_PROBES = (datetime(1987, 3, 11), datetime(2003, 10, 20))
# dateparser reads too much into bare numbers ("2022-23" as 23 March 2022): it is asked
# only about text with a month name or a three-part numeric date.
_DATE_HINT = re.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_PERIODS = {"day": "day", "time": "day", "month": "month", "year": "year"}


def _dateparser_parse(expr: str, base: datetime, tense: str | None) -> _Res | None:
    from dateparser.date import DateDataParser  # slow import: only when needed

    prefer = {"past": "past", "future": "future"}.get(tense or "past", "current_period")
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer,
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(expr)
    except Exception:  # dateparser raises a variety of errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj.date(), data.period or "day"
    if period == "week":
        return _Res(*_week_of(d), None)
    precision = _PERIODS.get(period, "day")
    return _Res(*_period_bounds(d, precision), precision)


def _dateparser_resolve(expr: str, lo: date | None, hi: date | None, tense: str | None) -> _Res | None:
    """dateparser for forms the patterns miss; only for text with digits or month names.

    Parsing twice with two unrelated relative bases shows whether the expression depends
    on the base; if it does, it is resolved against the anchor, or left unknown.
    """
    if not _DATE_HINT.search(expr):
        return None
    probes = [_dateparser_parse(expr, base, tense) for base in _DATEPARSER_PROBES]
    if probes[0] is None or probes[1] is None:
        return None
    if probes[0] == probes[1]:
        return probes[0]

    def at(anchor_day: date) -> _Res | None:
        return _dateparser_parse(expr, datetime.combine(anchor_day, datetime.min.time()), tense)

    return _over_anchor(at, lo, hi)

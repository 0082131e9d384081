"""The date-expression rules behind dateline/resolve/time.py, and the calendar periods
they resolve to.

Each rule is a regular expression with an absolute resolver (the match alone fixes the
days) and/or a relative one (it needs the anchor day and the tense).  How anchors and
tense choose among candidate days is described in dateline/resolve/time.py.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES, english_months

MONTHS: dict[str, int] = english_months()
WEEKDAYS: dict[str, int] = {n: i for i, n in enumerate(WEEKDAY_NAMES)}
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
_M_FULL = r"(?P<mon>" + "|".join(m.title() for m in MONTH_NAMES) + ")"
_M_ANY = r"(?P<mon>" + "|".join(m.title() for m in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(d.title() for d in WEEKDAY_NAMES) + ")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_OPT_WD = r"(?:" + _WD + r",?\s+(?:the\s+)?)?"


@dataclass(frozen=True)
class Resolution:
    """A resolution: the days [lo, hi] the expression can denote.

    ``precision`` names the calendar period (containing lo) to report as ``date``; None
    means only the bounds are known.  A side that is None is open.
    """

    lo: date | None
    hi: date | None
    precision: str | None = None


UNKNOWN = Resolution(None, None, None)


def _day(d: date) -> Resolution:
    return Resolution(d, d, "day")


def _month(year: int, month: int) -> Resolution:
    last = calendar.monthrange(year, month)[1]
    return Resolution(date(year, month, 1), date(year, month, last), "month")


def _year(year: int) -> Resolution:
    return Resolution(date(year, 1, 1), date(year, 12, 31), "year")


def week_of(d: date) -> tuple[date, date]:
    start = d - timedelta(days=d.weekday())
    return start, start + timedelta(days=6)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def period_bounds(d: date, precision: str) -> tuple[date, date]:
    """The first and last day of the day, month or year (``precision``) holding ``d``."""
    if precision == "day":
        return d, d
    r = _month(d.year, d.month) if precision == "month" else _year(d.year)
    assert r.lo is not None and r.hi is not None
    return r.lo, r.hi


# --- rules ---------------------------------------------------------------------------------
# An absolute rule maps a match to a Resolution; a relative rule also needs the anchor day
# and tense.

Absolute = Callable[[re.Match[str]], "Resolution | None"]
Relative = Callable[[re.Match[str], date, "str | None"], "Resolution | None"]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _mon(m: re.Match[str]) -> int:
    value = m.group("mon")
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def _abs_numeric(m: re.Match[str]) -> Resolution | None:
    """dd/mm/yyyy or mm/dd/yyyy: day-first only when the numbers leave no doubt."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    day_first = _safe_date(year, b, a) if a <= 31 and 1 <= b <= 12 else None
    month_first = _safe_date(year, a, b) if b <= 31 and 1 <= a <= 12 else None
    if day_first and month_first and day_first != month_first:
        lo, hi = sorted([day_first, month_first])
        return Resolution(lo, hi, None)  # ambiguous: either reading is possible
    d = day_first or month_first
    return _day(d) if d else None


def _abs_full_date(m: re.Match[str]) -> Resolution | None:
    d = _safe_date(int(m.group("year")), _mon(m), int(m.group("day")))
    return _day(d) if d else None


def _abs_range(m: re.Match[str]) -> Resolution | None:
    """'6-7 August 2017': the bounds of the range."""
    if not m.group("year"):
        return None
    year, month = int(m.group("year")), _mon(m)
    lo = _safe_date(year, month, int(m.group("day")))
    hi = _safe_date(year, month, int(m.group("day2")))
    if not lo or not hi or hi < lo:
        return None
    return Resolution(lo, hi, "month")


def _rel_range(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
    month = _mon(m)
    first = _rel_day_month_value(month, int(m.group("day")), None, anchor, tense)
    if not first or not first.lo:
        return None
    hi = _safe_date(first.lo.year, month, int(m.group("day2")))
    if not hi or hi < first.lo:
        return None
    return Resolution(first.lo, hi, "month")


def _abs_month_year(m: re.Match[str]) -> Resolution | None:
    return _month(int(m.group("year")), _mon(m))


def _abs_year(m: re.Match[str]) -> Resolution | None:
    year = int(m.group("year"))
    part = (m.groupdict().get("part") or "").lower()
    r = _year(year)
    if "first half" in part:
        return Resolution(date(year, 1, 1), date(year, 6, 30), "year")
    if "second half" in part:
        return Resolution(date(year, 7, 1), date(year, 12, 31), "year")
    quarter = re.search(r"(first|second|third|fourth|last)\s+quarter", part)
    if quarter:
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[quarter.group(1)]
        return Resolution(date(year, 3 * n - 2, 1), _month(year, 3 * n).hi, "year")
    season = re.search(r"spring|summer|autumn|fall", part)
    if season:
        return _season_span(year, season.group(0))
    return r


def _abs_year_range(m: re.Match[str]) -> Resolution | None:
    """'from 2014 to 2022': the bounds of the years."""
    first, last = int(m.group("year")), int(m.group("year2"))
    if last < first:
        return None
    return Resolution(date(first, 1, 1), date(last, 12, 31), "year" if first == last else None)


def _abs_split_year(m: re.Match[str]) -> Resolution | None:
    """'2022-23' (a fiscal year or a season): both years."""
    first, last = m.group("year"), m.group("year")[:2] + m.group("yy")
    return Resolution(date(int(first), 1, 1), date(int(last), 12, 31)) if last > first else None


def _rel_day_month_value(
    month: int, day: int, weekday: int | None, anchor: date, tense: str | None
) -> Resolution | None:
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


def _rel_day_month(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
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
    if re.search(r"\b(this|current)\b", text):
        return "this"
    return ""


def _rel_month(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
    month = _mon(m)
    return _month(_month_year_for(month, _modifier(m), anchor, tense), month)


def _rel_month_adjective(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
    """"the October slaying", "a September assault": a happening named by its month is past
    (the latest such month up to the anchor's) unless its clause tells of what is to come."""
    month = _mon(m)
    return _month(_month_year_for(month, "", anchor, "future" if tense == "future" else "past"), month)


def _month_is_name(m: re.Match[str]) -> bool:
    """'May' followed by a capitalised word or a possessive is likely a surname."""
    if m.group("mon") != "May":
        return False
    rest = m.string[m.end("mon"):m.end("mon") + 3]
    return bool(re.match(r"(?:\s[A-Z]|['’]s)", rest))


def _rel_month_rel_year(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
    shift = {"last": -1, "next": 1}.get(_modifier(m), 0)
    return _month(anchor.year + shift, _mon(m))


def _rel_day_word(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
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


def _rel_within(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
    """'earlier this month', 'later this year', 'earlier this week'."""
    unit = m.group("unit").lower()
    later = m.group("mod").lower() == "later"
    if unit == "day":
        return _day(anchor)
    if unit == "week":
        start, end = week_of(anchor)
        return Resolution(anchor, end, None) if later else Resolution(start, anchor, None)
    period = _month(anchor.year, anchor.month) if unit == "month" else _year(anchor.year)
    assert period.lo and period.hi
    if later:
        return Resolution(anchor, period.hi, period.precision)
    return Resolution(period.lo, anchor, period.precision)


def _rel_unit(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
    """'last week', 'this year', 'next month', 'the past week', 'over the weekend'."""
    unit = m.group("unit").lower()
    raw = " ".join((m.group("mod") or "").lower().split())
    mod = _modifier(m)
    shift = {"last": -1, "next": 1}.get(mod, 0)
    if raw.endswith("past") and unit in ("week", "month", "year"):
        # "the past week": the stretch up to the anchor, not a calendar period.
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return Resolution(anchor - timedelta(days=days), anchor, None)
    if unit == "week":
        start, end = week_of(anchor + timedelta(days=7 * shift))
        return Resolution(start, end, None)
    if unit == "weekend":
        return _weekend(anchor, mod, tense)
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, shift)
        return _month(year, month)
    return _year(anchor.year + shift)


def _weekend(anchor: date, mod: str, tense: str | None) -> Resolution:
    """The Saturday-Sunday meant by 'last/this/next/the weekend' said on ``anchor``."""
    saturday = week_of(anchor)[0] + timedelta(days=5)
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
    return Resolution(saturday, saturday + timedelta(days=1), None)


# The small hours of a day, which fall on the evening before in time zones further west.
_SMALL_HOURS_BEFORE = re.compile(
    r"\b(?:early\s+hours\s+of|small\s+hours\s+of|(?:pre-?dawn|predawn)\s+hours\s+of|"
    r"overnight\s+(?:into|to)|before\s+dawn|early)\s+(?:on\s+)?$", re.IGNORECASE)


def _rel_weekday(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
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
    if back == 6 and tense in (None, "past") and (
            _SMALL_HOURS_BEFORE.search(text[max(0, m.start() - 40):m.start("wd")])):
        # "in the early hours of Wednesday" in Tuesday's paper: a night abroad that was still
        # the evening before where the report came out, not the Wednesday six days back.
        return _day(anchor + timedelta(days=1))
    if mod == "last":
        return _day(on_or_before if back else anchor - timedelta(days=7))
    if mod == "next":
        return _day(after_anchor)
    if mod == "this":
        on_or_after = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
        return _day(on_or_before if tense == "past" else on_or_after)
    if tense == "future":
        # "will meet Xi on Monday" in Monday's paper is that very day.
        return _day(anchor + timedelta(days=(weekday - anchor.weekday()) % 7))
    if tense == "present":
        return _day(on_or_before if back <= 3 else after_anchor)
    return _day(on_or_before)


def _rel_ago(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
    if n is None:
        return None
    unit = m.group("unit").lower()
    if unit == "day":
        return _day(anchor - timedelta(days=n))
    if unit == "week":
        start, end = week_of(anchor - timedelta(days=7 * n))
        return Resolution(start, end, None)
    if unit == "month":
        return _month(*_add_months(anchor.year, anchor.month, -n))
    return _year(anchor.year - n)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    absolute: Absolute | None = None
    relative: Relative | None = None
    reject: Callable[[re.Match[str]], bool] | None = None
    # What every match of the rule holds (names in NEEDS): a text without one of them is not
    # searched with the rule.  Most sentences hold no digit and no month's name, and trying
    # each rule's pattern at every word of them was most of the rules' time.
    needs: tuple[str, ...] = ()


# A digit (any the rules' \d reads), a month's name and a weekday's name, as the rules read
# them: case-sensitive, abbreviations too.
NEEDS: dict[str, re.Pattern[str]] = {
    "digit": re.compile(r"\d"),
    "month": re.compile("|".join(sorted({m.title() for m in MONTHS} | {m.title() for m in MONTH_NAMES},
                                        key=len, reverse=True))),
    "weekday": re.compile("|".join(d.title() for d in WEEKDAY_NAMES)),
}
# The words the rules without a digit, month or weekday are built on, with the rules' own
# case folding (IGNORECASE): a text with none of them matches none of those rules.
NEEDS.update({
    "unit": re.compile(r"(?i)day|week|month|year"),  # every "narrative", "unit", "within", "weekend" ...
    "day_word": re.compile(r"(?i)day|tomorrow|night|morning|afternoon|evening"),
    "season": re.compile(r"(?i)spring|summer|autumn|fall|winter"),
    "ago": re.compile(r"(?i)ago"),
})
_DIGIT, _MONTH, _DIGIT_MONTH, _WEEKDAY = ("digit",), ("month",), ("digit", "month"), ("weekday",)
_UNIT = ("unit",)


def _rule(name: str, pattern: str, absolute: Absolute | None = None,
          relative: Relative | None = None,
          reject: Callable[[re.Match[str]], bool] | None = None, needs: tuple[str, ...] = ()) -> Rule:
    return Rule(name, re.compile(pattern), absolute, relative, reject, needs)


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


def _rel_narrative(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
    """'that day', 'the next day', 'two days later': relative to the story's own time,
    which only the caller's context can supply; reported, but never resolved here."""
    return UNKNOWN


# Meteorological seasons of the northern hemisphere, as (first month, last month).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
            "winter": (12, 2)}


def _season_span(year: int, season: str) -> Resolution:
    first, last = _SEASONS[season]
    end_year = year + 1 if last < first else year
    lo = date(year, first, 1)
    hi = date(end_year, last, calendar.monthrange(end_year, last)[1])
    return Resolution(lo, hi, "year" if end_year == year else None)


def _rel_season(m: re.Match[str], anchor: date, tense: str | None) -> Resolution | None:
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


RULES: list[Rule] = [
    _rule("iso", r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mon>0?[1-9]|1[0-2])(?P=sep)"
          r"(?P<day>[0-3]?\d)(?![\d/.-]\d)", absolute=_abs_full_date, needs=_DIGIT),
    _rule("numeric",
          r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b",
          absolute=_abs_numeric, needs=_DIGIT),
    _rule("dmy", r"\b" + _OPT_WD + _DAY + r"(?:\s+of)?\s+" + _M_ANY + r",?\s+" + _YEAR + r"\b",
          absolute=_abs_full_date, needs=_DIGIT_MONTH),
    _rule("mdy", r"\b" + _OPT_WD + _M_ANY + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b",
          absolute=_abs_full_date, needs=_DIGIT_MONTH),
    _rule("ymd", r"\b" + _YEAR + r",?\s+" + _M_ANY + r"\s+" + _DAY + r"\b(?![\d:,.]\d)",
          absolute=_abs_full_date, needs=_DIGIT_MONTH),
    _rule("dm_range", r"\b" + _DAY + r"\s*(?:-|–|to|and)\s*" + _DAY2 + r"(?:\s+of)?\s+"
          + _M_ANY + r"(?:,?\s+" + _YEAR + r")?\b", absolute=_abs_range, relative=_rel_range, needs=_DIGIT_MONTH),
    _rule("md_range", r"\b" + _M_ANY + r"\s+" + _DAY + r"\s*(?:-|–)\s*" + _DAY2
          + r"(?:,?\s+" + _YEAR + r")?\b", absolute=_abs_range, relative=_rel_range, needs=_DIGIT_MONTH),
    _rule("dm", r"\b" + _OPT_WD + r"(?:(?i:the)\s+)?" + _DAY + r"(?:\s+of)?\s+" + _M_ANY
          + r"\b(?!,?\s*\d)", relative=_rel_day_month, needs=_DIGIT_MONTH),
    _rule("md", r"\b" + _OPT_WD + _M_ANY + r"\s+" + _DAY + r"\b(?![\d:,.]\d|\s*%)",
          relative=_rel_day_month, needs=_DIGIT_MONTH),
    _rule("month_year", r"\b(?:" + _MONTH_MOD + r"[\s-]+)?" + _M_ANY + r"(?:\s+of)?,?\s+"
          + _YEAR + r"\b", absolute=_abs_month_year, needs=_DIGIT_MONTH),
    _rule("month_rel_year", r"\b" + _M_FULL + r"(?:\s+of)?\s+(?P<mod>(?i:this|last|next|"
          r"the\s+previous|the\s+following))\s+(?i:year)\b", relative=_rel_month_rel_year, needs=_MONTH),
    _rule("year_range", r"\b(?i:from|between)\s+" + _YEAR + r"\s*(?:-|–|(?i:to|and|until|till))\s*"
          r"(?P<year2>1[89]\d\d|20\d\d)\b", absolute=_abs_year_range, needs=_DIGIT),
    # "the 2015 nuclear deal", "the 2022 invasion": a year used as an adjective.
    _rule("year_adjective", r"\b(?i:the|its|their|a)\s+(?P<year>19[4-9]\d|20\d\d)(?=\s+[a-z])",
          absolute=_abs_year, needs=_DIGIT),
    _rule("year_part", r"\b" + _YEAR_PART + r"[\s-]*" + _YEAR + r"\b", absolute=_abs_year, needs=_DIGIT),
    _rule("prep_year", r"\b" + _PREP_YEAR + r"\s+(?:(?i:the\s+year)\s+)?" + _YEAR
          + r"\b(?![-–/]\d|\s*(?:%|per\s?cent))", absolute=_abs_year, reject=_year_is_count, needs=_DIGIT),
    _rule("within", r"\b(?P<mod>(?i:earlier|later))\s+(?i:this|in\s+the)\s+"
          r"(?P<unit>(?i:day|week|month|year))\b", relative=_rel_within, needs=_UNIT),
    _rule("unit", r"\b(?P<mod>(?i:last|this|next|past|previous|coming|following|the\s+past|"
          r"the\s+previous|the\s+following|the\s+coming|the\s+current))\s+"
          r"(?P<unit>(?i:week|month|year))\b", relative=_rel_unit, needs=_UNIT),
    _rule("part_of_unit", r"\b(?i:the\s+(?:end|beginning|start|middle)\s+of\s+)(?P<mod>(?i:the|this|"
          r"next|last))\s+(?P<unit>(?i:week|month|year))\b", relative=_rel_unit, needs=_UNIT),
    _rule("decade", r"\b(?:(?i:the)\s+)?(?P<dec>1[89]\d0|20\d0)['’]?s\b", absolute=lambda m: Resolution(
        date(int(m.group("dec")), 1, 1), date(int(m.group("dec")) + 9, 12, 31), None), needs=_DIGIT),
    _rule("weekend", r"\b(?P<mod>(?i:last|this|next|past|coming|the\s+past|the\s+coming|the|"
          r"over\s+the))\s+(?P<unit>(?i:weekend))\b", relative=_rel_unit, needs=_UNIT),
    _rule("day_word", r"\b(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
          r"yesterday|today|tomorrow|tonight|last\s+night|(?:earlier\s+|later\s+)?this\s+"
          r"(?:morning|afternoon|evening)|earlier\s+today|later\s+today)\b",
          relative=_rel_day_word, needs=("day_word",)),
    _rule("weekday", r"\b(?:(?P<mod>(?i:last|next|this|on|past|coming|the\s+following|"
          r"the\s+previous|the\s+coming|late|early))\s+)?" + _WD
          + r"(?:\s+(?i:morning|afternoon|evening|night))?\b", relative=_rel_weekday, needs=_WEEKDAY),
    _rule("narrative", r"\b(?i:(?:earlier|later)\s+that\s+(?:day|week|month|year)|the\s+same\s+day|"
          r"that\s+(?:same\s+)?day|the\s+(?:next|following|previous)\s+day|the\s+day\s+before|"
          r"the\s+day\s+after|\d{1,2}\s+days\s+(?:later|earlier)|(?:two|three|four|five|six|seven)"
          r"\s+days\s+(?:later|earlier)|a\s+day\s+(?:later|earlier))\b", relative=_rel_narrative, needs=_UNIT),
    _rule("season", r"\b(?P<mod>(?i:last|this|next|past|coming|the\s+coming|the\s+past))\s+"
          r"(?P<season>(?i:spring|summer|autumn|fall|winter))\b", relative=_rel_season, needs=("season",)),
    _rule("ago", r"\b(?P<n>\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
          r"eleven|twelve))\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b",
          relative=_rel_ago, needs=("ago",)),
    _rule("month", r"\b" + _MONTH_MOD + r"[\s-]+" + _M_FULL + r"\b", relative=_rel_month,
          reject=_month_is_name, needs=_MONTH),
    # "the October slaying", "its March meeting": a month name used as an adjective (before a
    # lower-case noun), the month of the year the clause's tense points to.  Never "May" ("the
    # May government" is a prime minister's).
    _rule("month_adjective", r"\b(?i:the|its|their|his|her|a)\s+(?:(?i:early|mid|late)[\s-]*)?" + _M_FULL
          + r"(?=\s+[a-z])",
          relative=_rel_month_adjective, reject=lambda m: m.group("mon") == "May", needs=_MONTH),
]

# Extra forms accepted only when a caller hands over a whole expression it knows is a date.
WHOLE_RULES: list[Rule] = [
    _rule("bare_month", r"^(?:the\s+)?" + _M_FULL + r"$", relative=_rel_month, needs=_MONTH),
    _rule("bare_year", r"^(?:(?i:the\s+year)\s+)?" + _YEAR + r"$", absolute=_abs_year, needs=_DIGIT),
    _rule("split_year", r"^" + _YEAR + r"[-–/](?P<yy>\d\d)$", absolute=_abs_split_year, needs=_DIGIT),
]

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
    on a Sunday saying "on Sunday" in the past tense means that day; the small hours of the
    day after, "in the early hours of Tuesday" in Monday's paper, are that next day: a night
    further east that was still the evening before where the report came out); future -> the
    next such day after the anchor; present -> the nearest one, ties going to the past.
  * month name: past -> the anchor's year unless the month is after the anchor's month,
    then the year before; future -> the next occurrence (this month counts); present or
    unknown -> the anchor's year.
  * day and month without a year: past -> on or before the anchor; future -> on or after;
    present or unknown -> the nearest occurrence (an explicit day-month is too specific
    to push a year back just because the tense is unknown).

The rules themselves, and the calendar periods they resolve to, are in time_rules.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from dateline.records import TimeValue
from dateline.resolve.time_rules import (
    MONTHS,
    NEEDS,
    RULES,
    UNKNOWN,
    WEEKDAYS,
    WHOLE_RULES,
    Absolute,
    Relative,
    Resolution,
    Rule,
    period_bounds,
    week_of,
)

# Re-exported: these were defined here before the split and are imported from here.
__all__ = ["MONTHS", "RULES", "TENSES", "WEEKDAYS", "WHOLE_RULES", "Absolute", "NamedDay", "Relative",
           "anchor_interval", "dates_in_span", "find_dates", "named_day", "resolve_date"]

TENSES = ("past", "present", "future")


def _fmt(d: date, precision: str) -> str:
    return d.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]


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
    return period_bounds(d, "day" if day else "month" if month else "year")


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


# --- matching and resolving ------------------------------------------------------------------

def _matches(text: str, rules: Iterable[Rule]) -> list[tuple[Rule, re.Match[str]]]:
    """Matches of all rules; the longest wins where they overlap.  A rule is tried only on a
    text holding what each of its matches needs (``Rule.needs``): the same matches, found
    sooner."""
    present: dict[str, bool] = {}

    def holds(need: str) -> bool:
        if need not in present:
            present[need] = NEEDS[need].search(text) is not None
        return present[need]

    found = [(rule, m) for rule in rules if all(holds(need) for need in rule.needs)
             for m in rule.pattern.finditer(text) if not (rule.reject and rule.reject(m))]
    found.sort(key=lambda x: (x[1].start() - x[1].end(), x[1].start()))
    chosen: list[tuple[Rule, re.Match[str]]] = []
    for rule, m in found:
        if all(m.end() <= c.start() or m.start() >= c.end() for _r, c in chosen):
            chosen.append((rule, m))
    return sorted(chosen, key=lambda x: x[1].start())


@functools.lru_cache(maxsize=256)
def _rule_matches(text: str) -> tuple[tuple[Rule, re.Match[str]], ...]:
    """``_matches(text, RULES)``, remembered: an article's body and each sentence holding
    several events are searched more than once."""
    return tuple(_matches(text, RULES))


def _resolve_match(
    rule: Rule, m: re.Match[str], lo: date | None, hi: date | None, tense: str | None
) -> Resolution | None:
    if rule.absolute is not None:
        res = rule.absolute(m)
        if res is not None or rule.relative is None:
            return res
    relative = rule.relative
    assert relative is not None
    return _over_anchor(lambda a: relative(m, a, tense), lo, hi)


def _over_anchor(fn: Callable[[date], Resolution | None], lo: date | None, hi: date | None) -> Resolution | None:
    """Resolve a relative rule over every possible anchor day in [lo, hi]."""
    if lo is None and hi is None:
        return UNKNOWN
    if lo == hi:
        return fn(lo)  # type: ignore[arg-type]
    r_lo = fn(lo) if lo else None
    r_hi = fn(hi) if hi else None
    if (lo and r_lo is None) or (hi and r_hi is None):
        return None
    if r_lo is not None and r_hi is not None and r_lo == r_hi:
        return r_lo
    return Resolution(r_lo.lo if r_lo else None, r_hi.hi if r_hi else None, None)


def _to_value(text: str, res: Resolution, start: int = -1, end: int = -1) -> TimeValue:
    value = TimeValue(text=text, start=start, end=end)
    if res.precision and res.lo:
        value.date = _fmt(res.lo, res.precision)
        value.precision = res.precision  # type: ignore[assignment]
        p_lo, p_hi = period_bounds(res.lo, res.precision)
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
    for rule, m in _rule_matches(text):
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
    best: Resolution | None = None
    for rule, m in found:
        res = _resolve_match(rule, m, lo, hi, tense)
        if res is not None and _rank(res) > _rank(best):
            best = res
    if best is None and found == []:
        best = _dateparser_resolve(cleaned, lo, hi, tense)
    if best is None:
        return None
    return _to_value(expr, best)


def _rank(res: Resolution | None) -> int:
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


def _dateparser_parse(expr: str, base: datetime, tense: str | None) -> Resolution | None:
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
        return Resolution(*week_of(d), None)
    precision = _PERIODS.get(period, "day")
    return Resolution(*period_bounds(d, precision), precision)


def _dateparser_resolve(expr: str, lo: date | None, hi: date | None, tense: str | None) -> Resolution | None:
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

    def at(anchor_day: date) -> Resolution | None:
        return _dateparser_parse(expr, datetime.combine(anchor_day, datetime.min.time()), tense)

    return _over_anchor(at, lo, hi)


# What a day a report names but could not date says of it: (weekday, month, day of month).
NamedDay = tuple[int | None, int | None, int | None]


def named_day(text: str) -> NamedDay | None:
    """What an expression its report's day could not resolve names of its day: "on Friday"
    its weekday, "Saturday, April 11" weekday, month and day, "the 16th" the day of a month;
    None where it names none of these ("yesterday", "two days later")."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31]
    # A bare number is a day of a month only next to a month or as an ordinal ("the 16th").
    ordinal = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)\b", text.lower())
    day = numbers[0] if numbers and month is not None else int(ordinal.group(1)) if ordinal else None
    if weekday is None and month is None and day is None:
        return None
    return weekday, month, day

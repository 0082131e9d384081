"""Choosing an article's publication date among the places that state one.

A page may carry several: the container's metadata, an agency dateline or a date line at
the top of the text, a byline, the URL.  They are tried in that order of trust, but a
date that comes later than another by more than a couple of days is suspect (a crawl
date passed off as metadata, an "Updated" line, a republication), and so is a date in
the future.  The clock only bounds dates; it never supplies one.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

# Sources in order of trust.
METADATA = "metadata"
DATELINE = "dateline"
DATE_LINE = "date line"
BYLINE = "byline"
URL = "url"
PAGE_SEARCH = "page search"  # htmldate's guess from anywhere in an HTML page
TRUST = (METADATA, DATELINE, DATE_LINE, BYLINE, URL, PAGE_SEARCH)

# A date later than another source's by more than this is suspect.
SUSPECT_DAYS = 2
# A URL's date is often the day the page was created, days or weeks before it went out;
# only a date far later than it (a crawl date, a much later update) is suspect.
URL_SUSPECT_DAYS = 31
# Time zones put a page's date up to a day ahead of the clock's.
AHEAD_DAYS = 1


@dataclass(frozen=True)
class DateClaim:
    """A publication date one source states: "YYYY-MM-DD", "YYYY-MM", "YYYY", or a month
    and day without a year ("--MM-DD", ISO 8601's form) until a year is found for it."""

    source: str
    iso: str


def _span(iso: str) -> tuple[date, date] | None:
    """The first and last day a date of any precision may stand for."""
    try:
        parts = [int(p) for p in iso.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def with_year(month_day: str, reference: str) -> str | None:
    """A "--MM-DD" date completed with the year that puts it nearest ``reference`` (a
    dateline of "January 2" on a page dated 31 December is from the next year)."""
    span = _span(reference)
    if span is None or not month_day.startswith("--"):
        return None
    month, day = (int(p) for p in month_day[2:].split("-"))
    middle = span[0] + (span[1] - span[0]) / 2
    options = []
    for year in (middle.year - 1, middle.year, middle.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:  # 29 February in a common year
            continue
    if not options:
        return None
    return min(options, key=lambda d: abs(d - middle)).isoformat()


def complete_years(claims: list[DateClaim]) -> list[DateClaim]:
    """Claims with a year added to month-day dates from the most trusted claim that has
    one; a month-day date without any such claim is dropped (no year from the clock), and
    so is one that two other sources, agreeing on a day, both contradict: it borrows its
    year from them and has nothing of its own to outweigh them ("Beijing, 4 Apr" under a
    date line and a URL that both say 14 April)."""
    dated = sorted((c for c in claims if not c.iso.startswith("--")),
                   key=lambda c: TRUST.index(c.source))
    stated = {(c.source, c.iso) for c in dated if len(c.iso) == 10}
    agreed = [day for day, count in Counter(iso for _, iso in stated).items() if count > 1]
    out: list[DateClaim] = []
    for claim in claims:
        if not claim.iso.startswith("--"):
            out.append(claim)
        elif dated and (iso := with_year(claim.iso, dated[0].iso)) and not any(
                abs(date.fromisoformat(iso) - date.fromisoformat(day)) > timedelta(days=SUSPECT_DAYS)
                for day in agreed):
            out.append(DateClaim(claim.source, iso))
    return out


def _later_than(claim: tuple[date, date], other: DateClaim, other_span: tuple[date, date]) -> bool:
    slack = URL_SUSPECT_DAYS if other.source == URL else SUSPECT_DAYS
    return claim[0] > other_span[1] + timedelta(days=slack)


def choose_published(claims: list[DateClaim], *, not_after: str | None = None,
                     today: date | None = None) -> str | None:
    """The most trusted date that is neither in the future, nor after ``not_after`` (the
    earliest reader comment), nor suspiciously later than another source's date."""
    latest = (today or date.today()) + timedelta(days=AHEAD_DAYS)
    bound = _span(not_after) if not_after else None
    if bound:
        latest = min(latest, bound[1])
    spans: list[tuple[DateClaim, tuple[date, date]]] = []
    for claim in sorted(complete_years(claims), key=lambda c: TRUST.index(c.source)):
        span = _span(claim.iso)
        if span and span[0] <= latest:
            spans.append((claim, span))
    for claim, span in spans:
        # htmldate's guess from anywhere in a page is a fallback, no evidence against others.
        if not any(_later_than(span, other, other_span) for other, other_span in spans
                   if other is not claim and other.source != PAGE_SEARCH):
            return _refined(claim, span, spans)
    return None


def _refined(claim: DateClaim, span: tuple[date, date],
             spans: list[tuple[DateClaim, tuple[date, date]]]) -> str:
    """A month or a year made a day by a less trusted source's day inside it."""
    if span[0] == span[1]:
        return claim.iso
    for _other, (first, last) in spans:
        if first == last and span[0] <= first <= span[1]:
            return first.isoformat()
    return claim.iso

"""Finding an article's outlet and publication date in its text."""

from __future__ import annotations

import re
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

from dateline.clean.date_words import update_label
from dateline.clean.dates import (
    cjk_months_days,
    date_from_url,
    date_line_dates,
    find_dates,
    find_month_day,
    find_month_days,
    publication_of,
    url_date_candidates,
)
from dateline.clean.lines import DATE_LABEL, Line
from dateline.clean.published import (
    BYLINE,
    DATE_LINE,
    DATELINE,
    METADATA,
    PAGE_SEARCH,
    URL,
    DateClaim,
    choose_published,
)
from dateline.clean.text import CleanedText

# "Beijing, 8 April 2024 (TDI):", "BEIJING (Sputnik) –", "LONDON, June 3 (Reuters) -"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][^\n()]{0,60}?)\s*\((?P<agency>[A-Z][\w .&'’-]{0,40}?)\)\s*[:\-–—]"
)
# "Ankara, August 2, 2024:", "MOSCOW - 24 October 2019:": a dateline with a full date, no agency.
_DATED_DATELINE = re.compile(r"^(?P<place>[A-Z][\w .'’-]{1,30}?)\s*[,\-–—]\s*(?P<date>[^:–—()\n]{6,40}?)\s*(?:[:\-–—]|\()")
# "Published on Monday, 19 June 2023 07:50", "Submitted by jdoe on Fri, 01/20/2023 - 15:51": a
# labelled date among other words of a line near the top.
# Other languages' labels of publication ("입력 2024-11-16 02:01 수정 ..."; their "updated" labels
# are not listed, so never read as one).
_LABELLED = re.compile(r"\b(?P<label>first published|published|posted|submitted|updated|last updated"
                       r"|입력|기사입력|登録|公開日|发布时间|發佈時間|发布日期|veröffentlicht|publicado|publié|pubblicato"
                       r"|опубликовано|yayınlanma|diterbitkan)\b"
                       r"(?:\s+by\s+[^|\n]{1,40}?)?\s*(?:on|at|:)?\s*", re.IGNORECASE)
# "SOURCE: TRT World and Agencies", "TBP and Agencies", "Source: Reuters"
_CREDIT_AND = re.compile(
    r"^(?:sources?\s*:\s*)?(?P<name>[A-Z][\w .&'’-]{0,50}?)\s+(?:and|with|&)\s+"
    r"(?:news\s+)?(?:agencies|wires|wire services)\b",
    re.IGNORECASE,
)
_CREDIT_SOURCE = re.compile(r"^sources?\s*:\s*(?P<name>[A-Z][\w .&'’-]{1,50}?)\s*\.?$", re.IGNORECASE)
# "... do not necessarily represent those of The Duran."
_DISCLAIMER_OWNER = re.compile(
    r"\b(?:those|the views|the position|the policy|the opinions?) of\s+(?P<name>(?:the\s+)?"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})\s*[.)]?\s*$"
)
# "© 2024 Nordic Post. All rights reserved."
_COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})",
    re.IGNORECASE,
)
_NOT_OUTLETS = {"the author", "author", "the authors", "the writer", "the editors",
                "all rights reserved", "all", "copyright"}


def _clean_name(name: str) -> str | None:
    name = " ".join(name.split()).strip(" .,:;-–—")
    if not name or name.lower() in _NOT_OUTLETS or len(name) > 60:
        return None
    return name


def find_dateline(lines: list[Line]) -> tuple[str | None, str | None]:
    """(date, agency) from a dateline opening one of the first body lines; a date without
    its year ("WASHINGTON, March 3 (AP) —") is given as "--MM-DD"."""
    for line in lines[:4]:
        m = _DATELINE.match(line.text)
        if not m:
            dated = _DATED_DATELINE.match(line.text)
            found = find_dates(dated.group("date")) if dated else []
            if dated and found and found[0].precision == "day" and len(dated.group("place").split()) <= 3:
                return found[0].iso, None
            continue
        if len(m.group("place").split()) > 8:
            continue
        dates = find_dates(m.group("place"))
        iso = dates[0].iso if dates else find_month_day(m.group("place"))
        agency = m.group("agency").strip()
        # An agency is a name, not a number or a lower-case aside.
        if not agency[:1].isupper() or len(agency.split()) > 5:
            agency = None
        return iso, agency
    return None, None


def find_outlet(cleaned: CleanedText) -> str | None:
    """The outlet the text names: a credit line, a disclaimer, or a dateline's agency."""
    for line in cleaned.lines:
        if line.cue == "credit line":
            m = _CREDIT_AND.match(line.text) or _CREDIT_SOURCE.match(line.text)
            if m and (name := _clean_name(m.group("name"))):
                return name
    for line in cleaned.lines:
        if line.cue == "disclaimer":
            m = _DISCLAIMER_OWNER.search(line.text)
            if m and (name := _clean_name(m.group("name"))):
                return name
    for line in cleaned.lines:
        if line.cue == "copyright":
            m = _COPYRIGHT_OWNER.search(line.text)
            if m and (name := _clean_name(m.group("name"))):
                return name
    _, agency = find_dateline(cleaned.kept)
    return agency


_NUMERIC_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def normalise_date(value: str | None) -> str | None:
    """A container's date in any common format as "YYYY-MM-DD", "YYYY-MM" or "YYYY"."""
    if not value:
        return None
    value = value.strip()
    dates = find_dates(value)
    if dates:
        return dates[0].iso
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    m = re.fullmatch(r"((?:19|20)\d\d)(?:-([01]\d))?", value)
    if m:
        return value
    if m := re.fullmatch(r"((?:19|20)\d\d)([01]\d)([0-3]\d)", value):  # "20230919"
        compact = find_dates("-".join(m.groups()))
        return compact[0].iso if compact else None
    if _NUMERIC_DATE.fullmatch(value):
        return None  # "05/06/2023": day and month order unknown (find_dates reads plain ones)
    return _date_by_dateparser(value)


def _date_by_dateparser(value: str) -> str | None:
    """Other written dates ("2023.10.27", "27 okt. 2023") by dateparser: absolute dates
    with day, month and year only ("yesterday" would be read against the clock)."""
    import dateparser

    settings = {"PARSERS": ["custom-formats", "absolute-time"], "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        found = dateparser.parse(value, settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None
    return found.date().isoformat() if found else None


def _top_date_claims(cleaned: CleanedText) -> list[DateClaim]:
    """Dates stated at the top of the text: a date line (one that says when the article
    was published before one that says when it was updated), else a byline's date."""
    kept = cleaned.kept
    top_limit = kept[min(2, len(kept) - 1)].index if kept else 0
    lines = [(line, iso, date_line_dates(line.text)) for line, iso in cleaned.date_lines
             if line.index <= top_limit]
    for line in cleaned.lines:
        if line.index <= top_limit and line.cue != "date line" and (found := _segmented_date_line(line.text)):
            iso = publication_of(found)
            if iso is not None:
                lines.append((line, iso, found))
    lines.sort(key=lambda item: item[0].index)
    published = [iso for _, iso, found in lines if not any(updated for _, updated in found)]
    labelled = _labelled_date(cleaned, top_limit)
    if published or lines:
        # A site's masthead shows the day's date above the headline; the article's own date
        # line stands nearest its body: the last one before it wins.  A date labelled as the
        # publication's ("Published: Mon, March 17") is the article's own, beside it: of two
        # that disagree the later is suspect (see published.py).
        own = [DateClaim(DATE_LINE, labelled)] if labelled else []
        return own + [DateClaim(DATE_LINE, (published or [iso for _, iso, _ in lines])[-1])]
    if labelled and not labelled.startswith("--"):
        return [DateClaim(DATE_LINE, labelled)]
    # A byline with its date ("By Jane Doe | July 14, 2025") near the top.
    for line in cleaned.lines:
        if line.index > top_limit:
            break
        if line.cue == "credit line":
            dates = [d for d in find_dates(line.text) if d.precision == "day"]
            if len(dates) == 1:
                return [DateClaim(BYLINE, dates[0].iso)]
    if stamp := _time_stamp(cleaned, top_limit):
        return [DateClaim(BYLINE, stamp)]
    if cleaned.closing_date:
        return [DateClaim(DATE_LINE, cleaned.closing_date)]
    return []


# Bars or dots between the items of a page's metadata line: "Sat, 26 Oct 2019 || Politics".
_ITEM_SEPARATOR = re.compile(r"\s*(?:\|+|·)\s*")
# The other items of such a line are short: a section, an author, an outlet.
ITEM_WORDS = 3


def _segmented_date_line(text: str) -> list[tuple[str, bool]]:
    """The dates of a line of items separated by bars ("Sat, 26 Oct 2019 || Politics"),
    one of them a date line and the others short; [] for any other line."""
    items = [item for item in _ITEM_SEPARATOR.split(text) if item.strip(" ,;:-")]
    if len(items) < 2:
        return []
    found: list[tuple[str, bool]] = []
    for item in items:
        if dates := date_line_dates(item):
            found += dates
        elif len(item.split()) > ITEM_WORDS or find_dates(item):
            return []
    return found


# A time written right after a date: "2023-07-12 22:01", "Sep 15, 2012 10:50am".
_TIME_AFTER = re.compile(r"\s*,?\s*(?:at\s+)?[0-2]?\d\s?[:.]\s?[0-5]\d(?!\d)", re.IGNORECASE)
# A stamp's line is short: a name or a place, the date and the time.
STAMP_CHARS = 80


def _time_stamp(cleaned: CleanedText, top_limit: int) -> str | None:
    """The day of a time stamp near the top: a short line whose one date is followed by a
    time of day ("Daily World 2023-07-12 22:01").  Prose gives an event's day without the
    minute; a page stamps its own."""
    for line in cleaned.lines:
        if line.index > top_limit:
            break
        if len(line.text) > STAMP_CHARS:
            continue
        dates = [d for d in find_dates(line.text) if d.precision == "day"]
        # "Updated Nov 13, 2019, 10:28am" stamps a revision, not the publication.
        if (len(dates) == 1 and _TIME_AFTER.match(line.text, dates[0].end)
                and not update_label().search(line.text, 0, dates[0].start)):
            return dates[0].iso
    return None


def _labelled_date(cleaned: CleanedText, top_limit: int) -> str | None:
    """A date labelled as the publication's among other words near the top ("Category:
    World Published on Monday, 19 June 2023"; "Published: Mon, March 17 12:00 a.m."), a
    month and day without a year as "--MM-DD"; an "Updated" label does not count."""
    for line in cleaned.lines:
        if line.index > top_limit + 2:
            break
        for m in _LABELLED.finditer(line.text):
            if "updated" in m.group("label").lower():
                continue
            after = line.text[m.end():m.end() + 48]
            found = [d for d in find_dates(after) if d.precision == "day"]
            if found:
                return found[0].iso
            if not find_dates(after) and (month_day := find_month_day(after[:24])):
                return month_day
    return None


def find_published(cleaned: CleanedText, url: str | None,
                   metadata: tuple[str | None, ...] = (), page_date: str | None = None) -> str | None:
    """The publication date from the container's metadata, a dateline, a date line or
    byline near the top, the URL, or a date found anywhere in the page (in that order of
    trust; see ``published``).  Dates of reader comments bound it, and never count
    themselves."""
    claims = [DateClaim(METADATA, iso) for value in metadata if (iso := normalise_date(value))]
    dateline_iso, _ = find_dateline(cleaned.kept)
    if dateline_iso:
        claims.append(DateClaim(DATELINE, dateline_iso))
    claims += _top_date_claims(cleaned)
    if url_iso := date_from_url(url) or _url_date_by_evidence(cleaned, url):
        claims.append(DateClaim(URL, url_iso))
    if page_date and page_date not in cleaned.comment_dates:
        claims.append(DateClaim(PAGE_SEARCH, page_date))
    not_after = min(cleaned.comment_dates) if cleaned.comment_dates else None
    return choose_published(claims, not_after=not_after)


def _label_month(cleaned: CleanedText) -> str | None:
    """The date of a page's opening date label ("date 2022-02 ..."), to the month."""
    first = cleaned.lines[0] if cleaned.lines else None
    label = DATE_LABEL.match(first.text) if first else None
    return label.group("date") if label else None


def _url_date_by_evidence(cleaned: CleanedText, url: str | None) -> str | None:
    """The one day a URL may state ("?key=20230507...", "/11082025/") whose month
    the page itself names: a labelled month ("date 2023-09"), a date or a day and month in the
    article (in han, kana or Hangul also a day alone, the day of the reading or the day before
    it); None when no reading, or more than one, is borne out."""
    candidates = url_date_candidates(url)
    if not candidates:
        return None
    kept = cleaned.kept
    last = kept[-1].index if kept else -1
    year_months = {label[:7]} if (label := _label_month(cleaned)) else set()
    months: set[int] = set()
    days: set[int] = set()
    for line in cleaned.lines:
        if line.index > last or line.reason in ("comment section", "related link"):
            continue
        year_months.update(d.iso[:7] for d in find_dates(line.text))
        months.update(int(month_day[2:4]) for month_day in find_month_days(line.text))
        counted_months, counted_days = cjk_months_days(line.text)
        months |= counted_months
        days |= counted_days
    # A day the article names alone ("15日午後", in a report of the 16th: news of the day
    # before) bears out the reading whose day it is, or the day after it.
    borne_out = [iso for iso in candidates if iso[:7] in year_months or int(iso[5:7]) in months
                 or _day_or_day_before(iso) & days]
    return borne_out[0] if len(borne_out) == 1 else None


def _day_or_day_before(iso: str) -> set[int]:
    day = date.fromisoformat(iso)
    return {day.day, (day - timedelta(days=1)).day}


def find_bounds(cleaned: CleanedText) -> tuple[str | None, str | None] | None:
    """Bounds from dates that come after the article (reader comments): the article was
    published no later than the earliest of them."""
    if not cleaned.comment_dates:
        return None
    return (None, min(cleaned.comment_dates))


def split_site_suffix(title: str | None) -> tuple[str | None, str | None]:
    """"Some headline | Site Name" -> ("Some headline", "Site Name"); a title without a
    short site name after a bar is returned as it is."""
    if not title or " | " not in title:
        return title, None
    head, _, site = title.rpartition(" | ")
    if head.strip() and 1 <= len(site.split()) <= 4:
        return head.strip(), site.strip()
    return title, None

"""The date of a story whose happening has none after its reports were brought together.

``agreed_date``: reports of one story were given one lead happening, and the dates their own
events carry came with them; where they agree, they date the happening.

``story_date``: several reports lead with one happening that none of their events dates (one
outside the event types: an election, an earthquake, a match; or an event whose own sentence
names no day), and only their opening sentences and publication days say when.

Two sources, in this order:
  * the days the openings state ("voted on Sunday", "on Dec. 14, 2008"), each resolved
    against its own report's publication day (a report without one: against the day its
    story's other reports came out, when they agree within a day); the day most openings
    name wins, and a tie between different days leaves the story undated;
  * else the publication day of the reports (basis "reported", as for a lede event told
    as done): news is published on the day of what it tells or the morning after, so the
    earliest day within a day of the most common one, which a stray report published
    weeks later cannot move; and only when most of the story's reports have a publication
    day (one dated stray among undated reports of another year would date them all).  The
    publication day of an opening that announces (a plan, "will be held") is not the story's.
Nothing is taken from the clock, and a story none of whose reports has a publication day
or a stated day stays undated.

``dated_by_story``: a happening told only by reports with no publication day (so its "on
Friday" could not be resolved when it was read), in a story whose other reports came out
within a day of each other: the day the expression its own clause gave states, resolved
against those days, else, when it is told in a report's opening as done, the story's
publication day ("reported").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from dateline.records import TimeValue
from dateline.resolve.time import find_dates, named_day, resolve_date

# An opening that announces what is still to come: its report's day is not the story's.
_ANNOUNCES = re.compile(
    r"\b(?:will|shall|would|is to|are to|to be held|plans? to|planned|expected to|set to|scheduled|"
    r"upcoming|next week|next month|tomorrow)\b", re.IGNORECASE)
# Background rather than the story's day: "ten years ago", "since 2004".
_BACKGROUND = re.compile(r"\b(?:ago|since|until|till)\b", re.IGNORECASE)
# The word right before a date ("police confirmed today").
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# The irregular past forms of speech verbs (dateline/data/quote_cues.yaml lists lemmas).
_IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write"}


def agreed_date(values: Iterable[TimeValue | None]) -> TimeValue | None:
    """The date the events of a story's reports agree on: one date from their texts (the most
    precise, if the others contain it; a year alone is not counted), else publication days ("reported") no more than a
    day apart, the earliest.  Texts that disagree date nothing."""
    dated = [v for v in values if v is not None and v.date]
    # A year alone ("since 1979") dates a background mention, not the story's news.
    stated = [v for v in dated if v.basis != "reported" and v.precision != "year"]
    if stated:
        best = max(stated, key=lambda v: len(v.date or ""))
        if all((best.date or "").startswith(v.date or "") for v in stated):
            return best
        return None
    days = sorted(dt.date.fromisoformat(v.date) for v in dated if v.date and len(v.date) == 10)
    if days and days[-1] - days[0] <= dt.timedelta(days=1):
        return TimeValue("(publication date)", date=days[0].isoformat(), precision="day", basis="reported")
    return None


def bounded_date(values: Iterable[TimeValue | None]) -> TimeValue | None:
    """The calendar month or year that holds the day of a happening none of whose reports
    dates it but whose texts bound it ("last week" of Wednesday 15 June: that June; of Thursday
    10 November: that year).  None when a report has a date (they disagree, or it would be
    dated already), when a side is open, or when the bounds span more than a year."""
    low: dt.date | None = None
    high: dt.date | None = None
    for value in values:
        if value is None:
            continue
        if value.date:
            return None
        if value.earliest:
            day = dt.date.fromisoformat(value.earliest)
            low = day if low is None else max(low, day)
        if value.latest:
            day = dt.date.fromisoformat(value.latest)
            high = day if high is None else min(high, day)
    if low is None or high is None or low > high:
        return None
    if (low.year, low.month) == (high.year, high.month):
        return TimeValue("(bounds)", date=low.isoformat()[:7], precision="month",
                         earliest=low.isoformat(), latest=high.isoformat())
    if low.year == high.year:
        return TimeValue("(bounds)", date=str(low.year), precision="year",
                         earliest=low.isoformat(), latest=high.isoformat())
    return None


def story_date(reports: Iterable[tuple[str, str | None]]) -> TimeValue | None:
    """The date of a story from its reports' (opening sentence, publication date) pairs."""
    reports = list(reports)
    stated: Counter[str] = Counter()
    dated = 0  # reports with a publication day or a stated day
    story_day = _story_publication_day(reports)
    for opening, published in reports:
        day = _stated_day(opening, published)
        if day is None and story_day and not (published and len(published) == 10) \
                and story_day.startswith(published or ""):
            # "took a significant turn Friday" in a report with no publication day of its own:
            # the Friday before the day its story's other reports came out.
            day = _stated_day(opening, story_day)
        if day:
            stated[day] += 1
        dated += bool(published or day)
    if 2 * dated < len(reports):
        return None  # most reports carry no date at all: the few dated ones may be strays of another time
    if stated:
        ranked = stated.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None  # the openings disagree: no day is the story's
        return TimeValue(ranked[0][0], date=ranked[0][0], precision="day", basis="text")
    days = [dt.date.fromisoformat(published) for opening, published in reports
            if published and len(published) == 10 and not _ANNOUNCES.search(opening)]
    if not days or 2 * len(days) < len(reports):
        return None  # most reports undated: the few dated ones may be strays of another time
    common = Counter(days).most_common()
    mode = min(day for day, n in common if n == common[0][1])
    earliest = min(d for d in days if mode - dt.timedelta(days=1) <= d <= mode)
    return TimeValue("(publication date)", date=earliest.isoformat(), precision="day", basis="reported")


def dated_by_story(mentions: Iterable[tuple[TimeValue | None, bool, bool]], own_published: Iterable[str | None],
                   story_published: Iterable[str | None], *, story_days_only: bool = False) -> TimeValue | None:
    """The date of a happening whose reports have no publication day, from their story.

    ``mentions``: each report's date expression as its clause gave it, unresolved ("on
    Friday": no day to resolve it against) or None, whether the report tells the happening as
    planned, and whether it tells it in its opening as done; ``own_published``: the
    publication dates of the happening's own reports (a month at most, or None);
    ``story_published``: those of the story's reports.  The story's reports must have come
    out within a day of each other (and within the month an own report gives): that day is
    the one the expressions were written against.  One day for all of them dates the
    happening, different days leave it undated.  With no day stated, a happening told as done
    in an opening is the news of the story's earliest publication day.  A story whose reports
    came out days apart dates only a past weekday that names one of their days (or a day
    before one), and only one (``_apart_story_weekday``).

    ``story_days_only``: for a happening its story's words brought there but whose opening
    names a day its story's happening is not (``dateline.link.story_leads``): only a weekday
    told as past that names one of the story's own days (``_story_weekday``) dates it.
    """
    days = [p for p in story_published if p and len(p) == 10]
    story_day = _story_publication_day([("", p) for p in days])
    if story_day is None and days and not any(own_published):
        # Reports out days apart: only a past weekday naming one of their days dates it.
        return _apart_story_weekday(mentions, sorted(set(days)))
    if story_day is None or any(p and not story_day.startswith(p) for p in own_published):
        return None
    stated: set[str] = set()
    news = False
    for expression, planned, done in mentions:
        if expression is not None and not expression.date:
            # The report itself came out on one of the story's days or the day after: a day
            # that depends on which (a Thursday, resolved on a Wednesday or on a Thursday) is none.
            # The tense of the clause the date word belongs to, kept with it ("said on Sunday
            # they had agreed to send aid" goes back though the aid is still to come); failing
            # it, the act's own: a plan forward, else back.
            tense = expression.tense or ("future" if planned else "past")
            value = None if story_days_only else resolve_date(
                expression.text, None, tense=tense, anchor_bounds=(min(days), _next_day(story_day)))
            if value is not None and value.date and value.precision == "day":
                stated.add(value.date)
            elif tense == "past" and (day := _story_weekday(expression.text, min(days), story_day)):
                stated.add(day)
        news = news or (done and expression is None)
    if len(stated) > 1:
        return None  # its reports disagree: no day is the happening's
    if stated:
        return TimeValue("(story day)", date=stated.pop(), precision="day", basis="text")
    if not news or story_days_only:
        return None
    # As for a story's own reports: the earliest day within a day of the last.
    return TimeValue("(publication date)", date=min(days), precision="day", basis="reported")


def _apart_story_weekday(mentions: Iterable[tuple[TimeValue | None, bool, bool]], days: list[str]) -> TimeValue | None:
    """For a story whose reports came out days apart: the one day, among the days its reports
    came out and the days before them, that the past weekdays of a happening's undated reports
    name ("on Sunday expressed concern", in a story of reports out on Sunday 2 April and
    Tuesday 23 May); None when they name none, or more than one."""
    stated: set[str] = set()
    for expression, planned, _done in mentions:
        if expression is None or expression.date:
            continue
        if (expression.tense or ("future" if planned else "past")) != "past":
            return None
        named = {d for day in days if (d := _story_weekday(expression.text, day, day))}
        if len(named) != 1:
            return None
        stated |= named
    if len(stated) != 1:
        return None
    return TimeValue("(story day)", date=stated.pop(), precision="day", basis="text")


def _story_weekday(text: str, first: str, last: str) -> str | None:
    """The day a weekday told as past ("ordered on Thursday") names among the story's own
    days, from the day before its first report came out to the day its last did, where the
    day its report came out leaves it open (the Thursday a week before a report out on
    Wednesday, or this one for a report out on Thursday): the story's reports are the news of
    those days, and a weekday naming one of them is that news.  None when no such day, or
    more than a weekday alone, is named."""
    named = named_day(text)
    if named is None or named[0] is None or named[1] is not None or named[2] is not None:
        return None
    start = dt.date.fromisoformat(first) - dt.timedelta(days=1)
    window = [start + dt.timedelta(days=i) for i in range((dt.date.fromisoformat(last) - start).days + 1)]
    fitting = [d for d in window if d.weekday() == named[0]]
    return fitting[0].isoformat() if len(fitting) == 1 else None


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _story_publication_day(reports: list[tuple[str, str | None]]) -> str | None:
    """The last publication day of a story's reports when all of them fall within a day of
    each other (reports of one news day), else None."""
    days = sorted(dt.date.fromisoformat(p) for _, p in reports if p and len(p) == 10)
    if not days or days[-1] - days[0] > dt.timedelta(days=1):
        return None
    return days[-1].isoformat()


def _said_before(text: str) -> bool:
    """Does ``text`` end with a speech verb ("confirmed", "said": the quote cues' lemmas)?"""
    from dateline.extract import load_quote_cues

    match = _WORD_BEFORE.search(text[-30:])
    if match is None:
        return False
    word = match.group(1).casefold()
    forms = {word, _IRREGULAR_PAST.get(word, word), word.removesuffix("s"), word.removesuffix("d"),
             word.removesuffix("ed"), word.removesuffix("es")}
    return bool(forms & load_quote_cues().speech_verbs)


def _stated_day(opening: str, published: str | None) -> str | None:
    """The first day an opening states, resolved against its publication date (past first,
    as news tells of what happened; an announcement's day is the day it announces); None
    for a background date."""
    for value in find_dates(opening, published or None):
        if _BACKGROUND.search(opening[max(0, value.start - 12):value.end + 6]):
            continue
        if value.text.strip().casefold() == "today" and _said_before(opening[:value.start]):
            continue  # "police confirmed today": the day of the telling, not of what is told
        if value.date and value.precision == "day":
            return value.date
    return None

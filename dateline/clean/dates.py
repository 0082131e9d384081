"""Finding calendar dates written out in text or URLs.

Only explicit dates count (a day, month and year, or a month and year); relative words
("on Sunday", "yesterday") are left to later stages, and today's date is never used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateline.clean.cues import load_cues


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    iso: str  # "YYYY-MM-DD" or "YYYY-MM"

    @property
    def precision(self) -> str:
        return "day" if len(self.iso) == 10 else "month"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    months = sorted(load_cues().months, key=len, reverse=True)
    month = r"(?P<month>" + "|".join(months) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    flags = re.IGNORECASE
    return [
        (re.compile(rf"\b{year}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)", flags), "ymd"),
        (re.compile(rf"\b{month}\s+{day},?\s+{year}\b", flags), "mdy"),
        (re.compile(rf"\b{day}(?:\s+of)?\s+{month},?\s+{year}\b", flags), "dmy"),
        (re.compile(rf"\b{year}/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)\b", flags), "ymd"),
        (re.compile(rf"\b{month}\s+{year}\b", flags), "my"),
    ]


def _valid(year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every explicit date in ``text``, in order of position, without overlaps."""
    months = load_cues().months
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _patterns():
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            mnum = months.get(groups["month"].lower()) if groups.get("month") else None
            if groups.get("mnum"):
                mnum = int(groups["mnum"])
            if mnum is None:
                continue
            day = int(groups["day"]) if kind != "my" else None
            iso = _valid(int(groups["year"]), mnum, day)
            if iso:
                found.append(FoundDate(m.start(), m.end(), iso))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)(?:[/-]([0-3]?\d))?(?=[/-]|$|\.)")
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)([01]\d)([0-3]\d)(?=/|[-_])")


def date_from_url(url: str | None) -> str | None:
    """A date written in a URL path ("/2024/04/08/", "/2024-04-08-", "/20240408/")."""
    if not url:
        return None
    for pattern in (_URL_DATE, _URL_COMPACT):
        m = pattern.search(url)
        if m:
            day = int(m.group(3)) if m.group(3) else None
            iso = _valid(int(m.group(1)), int(m.group(2)), day)
            if iso:
                return iso
    return None


_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*([ap]\.?m\.?)?(?!\w)|\b\d{1,2}\s*([ap]\.?m\.?)(?!\w)",
    re.IGNORECASE,
)


def date_line_value(line: str) -> str | None:
    """The date of a line that holds a date and little else ("July 14, 2025",
    "Published: 8 April 2024 10:30 GMT"), else None."""
    dates = find_dates(line)
    if len(dates) != 1:
        return None
    d = dates[0]
    rest = line[: d.start] + " " + line[d.end :]
    rest = _TIME.sub(" ", rest)
    words = re.findall(r"[^\s,.;()]+", rest.lower())
    allowed = load_cues().date_line_words
    leftover = [w for w in words if w.strip(":|-–—") and w.strip(":|-–—") not in allowed]
    return d.iso if len(leftover) == 0 else None

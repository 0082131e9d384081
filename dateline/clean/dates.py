"""Finding calendar dates written out in text or URLs.

Only explicit dates count (a day, month and year, or a month and year); relative words
("on Sunday", "yesterday") are left to later stages, and today's date is never used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from dateline.calendar_words import MONTH_NAMES
from dateline.clean.date_words import date_line_words, update_label
from dateline.clean.date_words import months as month_words


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    iso: str  # "YYYY-MM-DD" or "YYYY-MM"

    @property
    def precision(self) -> str:
        return "day" if len(self.iso) == 10 else "month"


def _month_words(opening: str) -> str:
    """The month words as one group opened by ``opening`` (named or not), longest first, an
    abbreviation's dot allowed.  Every month word starts with one of a few letters: a position
    without one is passed at once instead of trying each of some 300 words there (the same
    matches, in half the time)."""
    months = sorted(month_words(), key=len, reverse=True)
    firsts = "".join(re.escape(c) for c in sorted({m[0] for m in months}))
    return rf"(?=[{firsts}]){opening}" + "|".join(re.escape(m) for m in months) + r")\.?"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    month = _month_words(r"(?P<month>")
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    # Page templates glue a time to the year ("28 August 201913:56").
    year_end = r"(?:\b|(?=[0-2]?\d:[0-5]\d))"
    flags = re.IGNORECASE
    return [
        (re.compile(rf"\b{year}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)", flags), "ymd"),
        (re.compile(rf"\b{month}\s+{day},?\s+{year}{year_end}", flags), "mdy"),
        # "15 декабря 2023", "14. März 2024", "le 6 août 2022", "6 de agosto de 2022".
        (re.compile(rf"\b{day}\.?(?:\s+of|\s+de)?\s+{month},?\s+(?:de\s+|del\s+)?{year}{year_end}", flags),
         "dmy"),
        # "2023年4月6日" (and Korean "2023년 4월 6일").
        (re.compile(r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<mnum>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"),
         "ymd"),
        (re.compile(rf"\b{year}/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)\b", flags), "ymd"),
        # "18/06/2023", "06/18/2023": day and month order is read only where it is plain.
        (re.compile(rf"\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep){year}\b", flags),
         "numeric"),
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


def _day_month(a: int, b: int, separator: str) -> tuple[int, int] | None:
    """Day and month of "a/b/year" when only one order is a date (18/06 or 06/18), or both
    orders give the same date, or dots separate them (05.06.2023: the dotted numeric date is
    written day first wherever it is written; no locale puts the month first with dots, as
    the United States does with slashes and dashes); None when the order is a guess (05/06)."""
    if a == b or b > 12:
        return b if b > 12 else a, a
    if a > 12 or separator == ".":
        return a, b
    return None


# Every pattern above holds a year of the form 19xx or 20xx: a text without one has no date,
# and most lines of a page have none (the month alternations are slow to try everywhere).
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def find_dates(text: str) -> list[FoundDate]:
    """Every explicit date in ``text``, in order of position, without overlaps."""
    if not _ANY_YEAR.search(text):
        return []
    months = month_words()
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _patterns():
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            if kind == "numeric":
                order = _day_month(int(groups["a"]), int(groups["b"]), groups["sep"])
                if order is None:
                    continue
                groups["day"], groups["mnum"] = str(order[0]), str(order[1])
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


# Dates in a URL path, each delimited so that an id of digits does not pass for one:
# "/2011/11/10/", "/2011/11/" (a month), "/2024-05-14/", "/20170618/", "-20230919" or
# "_20230919" ending a slug, "/202307310004.html" (a day and a time), "-2011apr07-".
_URL_DATES = (
    re.compile(r"/(?P<y>\d{4})/(?P<m>[01]?\d)(?:/(?P<d>[0-3]?\d))?(?=[/._-]|$)"),
    re.compile(r"(?<=[/_-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=[/._-]|$)"),
    re.compile(r"/(?P<y>\d{4})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/._-]|$)"),
    re.compile(r"[_-](?P<y>\d{4})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_-]|\.\w+$|$)"),
    # "/2023/0311/", "/2011-03/20/": common in Chinese and other sites' paths.
    re.compile(r"/(?P<y>\d{4})/(?P<m>[01]\d)(?P<d>[0-3]\d)(?=/)"),
    re.compile(r"/(?P<y>\d{4})-(?P<m>[01]\d)/(?P<d>[0-3]\d)(?=/)"),
    # "/stories/202307310004.html", "-20250815215049": a stamp of the day and the time of day
    # (hhmm or hhmmss, checked below) in one run of digits.
    re.compile(r"(?<=[/_-])(?P<y>\d{4})(?P<m>[01]\d)(?P<d>[0-3]\d)(?P<time>[0-2]\d[0-5]\d(?:[0-5]\d)?)"
               r"(?=[/._-]|$)"),
    # "-65N20250815215049.html": the same stamp with seconds glued to an id's letter; the full
    # time of day makes it one (an id of fourteen digits is rarely a valid date and time).
    re.compile(r"(?<=[A-Za-z])(?P<y>\d{4})(?P<m>[01]\d)(?P<d>[0-3]\d)(?P<time>[0-2]\d[0-5]\d[0-5]\d)"
               r"(?=[/._-]|$)"),
    # "-2011apr07-": a month's English abbreviation between the year and the day.
    re.compile(r"(?<=[/_-])(?P<y>\d{4})(?P<mon>" + "|".join(m[:3] for m in MONTH_NAMES) + ")"
               r"(?P<d>[0-3]\d)(?=[/._-]|$)", re.IGNORECASE),
)
_URL_MONTHS = {m[:3]: i + 1 for i, m in enumerate(MONTH_NAMES)}
# "/23082024-do-kyyeva-...", "/11082025/": day, month and year run together (Russian and Ukrainian
# sites); read only where the day cannot be the month ("11082025" could be 8 November).
_URL_DAY_FIRST = re.compile(r"(?<=[/_-])(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d\d)(?=[/._-]|$)")
# News on the web starts about here; a later year than the clock's is no publication date.
FIRST_WEB_YEAR = 1990


def plausible_year(year: int) -> bool:
    return FIRST_WEB_YEAR <= year <= date.today().year


def date_from_url(url: str | None) -> str | None:
    """A date written in a URL's path ("/2024/04/08/", "/2024-04-08-", "/20240408/",
    "some-slug-20240408"), as "YYYY-MM-DD" or "YYYY-MM"; the first one in the path."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    found: list[tuple[int, str]] = []
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            year = int(m.group("y"))
            day = int(m.group("d")) if m.group("d") else None
            month = _URL_MONTHS[m.group("mon").lower()] if "mon" in m.groupdict() else int(m.group("m"))
            iso = _valid(year, month, day) if plausible_year(year) else None
            if m.groupdict().get("time") and int(m.group("time")[:2]) > 23:
                iso = None  # no time of day: an id of digits
            if iso:
                found.append((m.start(), iso))
    for m in _URL_DAY_FIRST.finditer(path):
        day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if day > 12 and plausible_year(year) and (iso := _valid(year, month, day)):
            found.append((m.start(), iso))
    return min(found)[1] if found else None


# Dates a URL may hold in forms that are also ids or read two ways: "?key=20230507002047393" or
# "cdgint20150412000235106" (a day that opens an id's digits), "/11082025/" (11 August or 8
# November).  Each is only a candidate: evidence elsewhere must settle it.
_URL_DAY_OPENS_DIGITS = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d*(?!\d)")
_URL_EIGHT_DAY_FIRST = re.compile(r"(?<!\d)(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d\d)(?!\d)")


def url_date_candidates(url: str | None) -> list[str]:
    """The days a URL's path or query may state in forms ``date_from_url`` does not read
    alone, every reading of each ("/11082025/" gives 2025-08-11 and 2025-11-08)."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    where = parts.path + "?" + parts.query
    readings: list[tuple[int, int, int]] = []
    for m in _URL_EIGHT_DAY_FIRST.finditer(where):
        day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        readings += [(year, month, day), (year, day, month)]
    for m in _URL_DAY_OPENS_DIGITS.finditer(where):
        readings.append((int(m.group("y")), int(m.group("m")), int(m.group("d"))))
    found = [iso for year, month, day in readings
             if plausible_year(year) and (iso := _valid(year, month, day))]
    return list(dict.fromkeys(found))


# "July 14", "14 July", "Jul. 14th": a date without its year (an agency dateline).
@lru_cache(maxsize=1)
def _month_day_patterns() -> tuple[re.Pattern[str], ...]:
    month = _month_words(r"(?P<month>")
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    # Not followed by a year ("March 17, 2014" is a full date); a time may follow ("March 17 12:00").
    no_year = r"(?!\s*,?\s*\d(?!\d?\s?[:.]\s?\d\d))"
    return (re.compile(rf"\b{month}\s+{day}\b{no_year}", re.IGNORECASE),
            re.compile(rf"\b{day}\s+{month}\b{no_year}", re.IGNORECASE))


def find_month_day(text: str) -> str | None:
    """A month and day written without a year, as ISO 8601's "--MM-DD", else None."""
    for pattern in _month_day_patterns():
        m = pattern.search(text)
        if m and (found := _month_day(m)):
            return found
    return None


def find_month_days(text: str) -> list[str]:
    """Every month and day written without a year in ``text``, as "--MM-DD"."""
    return [found for pattern in _month_day_patterns() for m in pattern.finditer(text)
            if (found := _month_day(m))]


# Han, kana and Hangul write a month and a day with counters ("11月16日", "11월 16일") and the
# day of what they report often alone ("15日午後", "15일(현지시간)"); not a span ("3日間", "3일간").
_CJK_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\s*[月월](?!\s*\d{1,2}\s*[月월])")
_CJK_DAY = re.compile(r"(?<![\d.])(\d{1,2})\s*[日일号](?![間间간])")


def cjk_months_days(text: str) -> tuple[set[int], set[int]]:
    """The months and the days of a month that han, kana or Hangul text names by counter."""
    months = {n for m in _CJK_MONTH.finditer(text) if 1 <= (n := int(m.group(1))) <= 12}
    days = {n for m in _CJK_DAY.finditer(text) if 1 <= (n := int(m.group(1))) <= 31}
    return months, days


def _month_day(m: re.Match[str]) -> str | None:
    month = month_words()[m.group("month").lower()]
    day = int(m.group("day"))
    if _valid(2000, month, day):  # a leap year: 29 February may stand alone
        return f"--{month:02d}-{day:02d}"
    return None


# The day a dateline gives, where it opens a line: "MOSCOW, Nov 10:", "Nov. 9 (UPI) —",
# "LONDON, June 3 (Reuters) -", "Ankara, August 2, 2024:" (the place's words capitalised).
@lru_cache(maxsize=1)
def _dateline_day_pattern() -> re.Pattern[str]:
    month = _month_words(r"(?:")
    day = r"[0-3]?\d(?:st|nd|rd|th)?"
    place = r"(?-i:[A-Z][\w'’.-]*(?:[ /][A-Z][\w'’.-]*){0,4})"
    return re.compile(rf"^(?:{place},\s*)?(?P<date>{month}\s+{day}|{day}\s+{month})"
                      rf"(?:,?\s*(?:19|20)\d\d)?\s*(?:\([^()\n]{{1,40}}\))?\s*[:\-–—]", re.IGNORECASE)


def dateline_day_span(line: str) -> tuple[int, int] | None:
    """Where the day of a dateline opening ``line`` is written (month and day, and the year
    if given), else None."""
    m = _dateline_day_pattern().match(line)
    if not m or not line[:1].isupper():
        return None
    end = m.end("date")
    year = re.match(r",?\s*(?:19|20)\d\d", line[end:])
    return m.start("date"), end + (year.end() if year else 0)


_TIME = re.compile(
    # Tokenised text writes "10: 00" for "10:00".
    r"\b\d{1,2}\s?[:.]\s?\d{2}(?::\d{2})?\s*([ap]\.?m\.?)?(?!\w)|\b\d{1,2}\s*([ap]\.?m\.?)(?!\w)"
    # "à 10h", "10h30" (French).
    r"|\b\d{1,2}\s?h(?:\s?\d{2})?(?!\w)",
    re.IGNORECASE,
)
# A time zone's offset after its name: "GMT+3", "UTC+05:30".
_ZONE_OFFSET = re.compile(r"\b(gmt|utc)\s*[+-]\s*\d{1,2}(?::?\s?\d\d)?\b", re.IGNORECASE)




# Marks that may stand beside a date line's words: separators and list bullets.
_MARKS = ":|-–—•·▪●◦►▸"
# Characters that are not seen on the page: variation selectors, zero-width spaces and joiners.
_INVISIBLE = dict.fromkeys(map(ord, "\ufe0e\ufe0f\u200b\u200c\u200d\u2060\ufeff"))


# Words of letters a date or a time can hold besides a month's name ("6 de agosto de 2022",
# "14 of March", "10 a.m.", "10 h"), and the Chinese and Korean date characters.
_DATE_LETTERS = re.compile(r"(?:of|de|del|am|pm|a|p|m|h)", re.IGNORECASE)
_HAN_DATE = re.compile(r"[年년月월日일]")
_LINE_WORD = re.compile(r"[^\s,.;()：，]+")


@lru_cache(maxsize=1)
def _month_word() -> re.Pattern[str]:
    return re.compile(_month_words("(?:"), re.IGNORECASE)


def _holds_other_word(line: str) -> bool:
    """Whether the line has a word no date line may hold: all letters, not a word allowed beside
    a date, not one a date or a time can be made of.  No date pattern starts or ends inside
    such a word (they start at a digit or a month's name after a word boundary, end at a
    digit or a Han date character), so it is left, whole, among the words besides its dates,
    and ``date_line_dates`` would refuse the line for it: found without looking for dates
    (most lines of a report; the date patterns were tried on every one with a year)."""
    allowed = date_line_words()
    for word in _LINE_WORD.findall(line):
        if (word.isalpha() and word.lower() not in allowed and not _DATE_LETTERS.fullmatch(word)
                and not _HAN_DATE.search(word) and not _month_word().fullmatch(word)):
            return True
    return False


def date_line_dates(line: str) -> list[tuple[str, bool]]:
    """The dates of a line that holds dates and little else ("July 14, 2025", "Published:
    8 April 2024 10:30 GMT | Updated: 9 April 2024"), each with whether it is labelled as
    an update; [] for any other line."""
    if not _ANY_YEAR.search(line) or _holds_other_word(line):  # no date (find_dates), or another word
        return []
    return _date_line_dates(line)


def _date_line_dates(line: str) -> list[tuple[str, bool]]:
    """``date_line_dates`` without its shortcut for lines with another word."""
    dates = find_dates(line)
    if not dates or len(dates) > 2:
        return []
    rest = "".join(line[a:b] for a, b in
                   zip([0] + [d.end for d in dates], [d.start for d in dates] + [len(line)]))
    rest = _TIME.sub(" ", _ZONE_OFFSET.sub(r"\1", rest))
    # Pages list a byline's items with bullets ("• Updated: Mar 17, 2014") and emoji
    # variation selectors or zero-width joiners; they are marks, not words.
    rest = rest.translate(_INVISIBLE)
    words = re.findall(r"[^\s,.;()：，]+", rest.lower())
    allowed = date_line_words()
    if any(w.strip(_MARKS) and w.strip(_MARKS) not in allowed for w in words):
        return []
    labels = [line[a:d.start] for a, d in zip([0] + [d.end for d in dates], dates)]
    return [(d.iso, bool(update_label().search(label))) for d, label in zip(dates, labels)]


def date_line_value(line: str) -> str | None:
    """The publication date of a date line (its first date not labelled as an update,
    else its first date), or None when the line is not a date line."""
    return publication_of(date_line_dates(line))


def publication_of(dates: list[tuple[str, bool]]) -> str | None:
    """Of a line's (date, labelled as an update) pairs, the first date not labelled as an
    update, else the first date; None when there is none."""
    chosen = [iso for iso, updated in dates if not updated] or [iso for iso, _ in dates]
    return chosen[0] if chosen else None

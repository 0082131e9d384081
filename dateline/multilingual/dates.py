"""Dates in every language, read with dateparser's language data and resolved as in English.

The words for weekdays, months, "yesterday" and "today" come from dateparser's locale data
(han/kana dates are read by pattern: "3月15日", "2025年8月15日", "星期日").  What is found is
rewritten as the English expression it means ("on Sunday", "15 August 2025", "yesterday")
and resolved by ``dateline.resolve.time.resolve_date`` against the publication date, so every
convention of the English path (past weekdays go back to the most recent such day, the
anchor's bounds, precision) holds unchanged.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

from dateline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES, locale_info
from dateline.multilingual.text import INFLECTION, fold, name_stem, script_of, spaceless, tokens
from dateline.records import TimeValue
from dateline.resolve import resolve_date

_RELATIVE = {"0 day ago": "today", "1 day ago": "yesterday", "2 day ago": "two days ago",
             "in 1 day": "tomorrow", "in 2 day": "in two days"}
# Words that mean two things ("कल": yesterday and tomorrow; "morgen": tomorrow and morning).
_AMBIGUOUS = {"कल", "morgen"}
# Languages whose weekday after "on" takes a case ending dateparser does not list (Croatian
# "u srijedu", Slovak "v stredu"): their weekdays are looked up on stems as Cyrillic ones are.
_DECLINED_WEEKDAYS = {"cs", "sk", "hr", "bs", "sl", "lt", "lv", "et"}
# Languages whose weekday names alone are ordinals ("רביעי": fourth, Wednesday): a weekday only as
# "day X" ("יום רביעי"), with the prefix "on" written on to it ("ביום רביעי").
_WEEKDAY_PHRASES_ONLY = {"he": ("", "ב")}
# Endings written on to a weekday (inflection.yaml: "på onsdagen", "i tisdags").
_WEEKDAY_ENDINGS = {str(k): tuple(str(e) for e in v) for k, v in INFLECTION["weekday_endings"].items()}


@functools.lru_cache(maxsize=32)
def _vocabulary(language: str) -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    """(weekday word -> 0..6, month word -> 1..12, relative phrase or weekday phrase -> English)
    of a language."""
    info = locale_info(language)
    if not info:
        return {}, {}, {}
    # Shortest weekday word kept: han/kana "周五", Korean "월요일" (one syllable, "월", is also "month").
    short = 2 if spaceless(language) else 3 if script_of(language) == "hangul" else 4
    cyrillic = script_of(language) == "cyrillic" or language in _DECLINED_WEEKDAYS
    weekdays = {}
    relative = {}
    for n, name in enumerate(WEEKDAY_NAMES):
        for word in info.get(name, []):
            if language in _WEEKDAY_PHRASES_ONLY:
                if " " in word and word.replace(" ", "").isalpha():
                    for prefix in _WEEKDAY_PHRASES_ONLY[language]:
                        relative[fold(prefix + word)] = f"on {WEEKDAY_NAMES[n].title()}"
                continue
            if len(word) >= (3 if language == "ja" else short) and not word.startswith("("):
                weekdays[name_stem(word, language) if cyrillic else fold(word)] = n
                for ending in _WEEKDAY_ENDINGS.get(language, ()) if word.isalpha() else ():
                    weekdays[fold(word) + ending] = n
    months = {}
    for n, name in enumerate(MONTH_NAMES, start=1):
        for word in info.get(name, []):
            if not spaceless(language) and len(word) >= 3 and word.isalpha():
                months[fold(word)] = n
                if cyrillic:
                    months[name_stem(word, language)] = n
    for key, english in _RELATIVE.items():
        for phrase in info.get("relative-type", {}).get(key, []):
            if phrase not in _AMBIGUOUS and len(phrase) >= 2:
                relative[fold(phrase)] = english
    return weekdays, months, relative


_CJK_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]")
_CJK_MONTH = re.compile(r"(\d{4})年(\d{1,2})月(?!\d)")
# Korean writes dates with spaces and its own counters: "2023년 3월 16일", "3월 16일", "2023년 3월".
_HANGUL_DATE = re.compile(r"(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일")
_HANGUL_MONTH = re.compile(r"(\d{4})년\s*(\d{1,2})월(?!\s*\d{1,2}일)")
# A day of the month alone, as han/kana and Korean news write the day of what they report
# ("岸田首相は16日、", "윤 대통령은 16일"); not a span of days ("3日間", "3일간", "3일 동안").
_BARE_DAY = {"han": re.compile(r"(?<![\d月年])(\d{1,2})日(?![間间])"),
             "hangul": re.compile(r"(?<![\d월년])(\d{1,2})일(?!\s*(?:간|동안))")}
_ORDINAL_DAY = re.compile(r"on the (\d{1,2})th")
# Dates in figures with the year written out: the day first outside English ("3/9/2025",
# "13.10.2022": 3 September, 13 October), the year first in any language ("2024.11.16", "2024-11-16").
_DAY_FIRST_FIGURES = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\d./-]|\.\d)")
_YEAR_FIRST_FIGURES = re.compile(r"(?<![\d./-])((?:19|20)\d\d)([./-])(\d{1,2})\2(\d{1,2})(?![\d./-]|\.\d)")


def find_dates(text: str, language: str, anchor: str | None, *, tense: str | None = None,
               anchor_bounds: tuple[str | None, str | None] | None = None, offset: int = 0,
               days: Callable[[], Sequence[dt.date]] | None = None) -> list[TimeValue]:
    """Date expressions of ``text`` resolved against ``anchor``; offsets plus ``offset``.
    A weekday or a day and month that no anchor resolves takes the day of ``days`` (the
    article's fully written dates, asked for only then) that it names, as in English."""
    found: list[tuple[int, int, str]] = _figure_dates(text)  # (start, end, English expression)
    weekdays, months, relative = _vocabulary(language)
    if spaceless(language):
        for m in _CJK_DATE.finditer(text):
            year = f" {m.group(1)}" if m.group(1) else ""
            found.append((m.start(), m.end(), f"{int(m.group(3))} {MONTH_NAMES[int(m.group(2)) - 1].title()}{year}"))
        for m in _CJK_MONTH.finditer(text):
            found.append((m.start(), m.end(), f"{MONTH_NAMES[int(m.group(2)) - 1].title()} {m.group(1)}"))
        found += _bare_days(text, "han", anchor, tense)
        vocabulary: list[tuple[dict[str, Any], str | None]] = [(weekdays, None), (relative, "rel")]
        for words, english in vocabulary:
            for word, value in words.items():
                start = text.find(word)
                if start >= 0:
                    expr = f"on {WEEKDAY_NAMES[value].title()}" if english is None else value
                    found.append((start, start + len(word), expr))
    else:
        toks = tokens(text, language)
        cyrillic = script_of(language) == "cyrillic"
        hangul = script_of(language) == "hangul"
        if hangul:
            found += _hangul_dates(text) + _bare_days(text, "hangul", anchor, tense)
        if language == "vi":
            found += _vietnamese_dates(text)
        for i, tok in enumerate(toks):
            key = tok.keys[0]
            # "월요일에": on Monday; "u srijedu": on Wednesday
            stems = tok.keys if cyrillic or hangul or language in _DECLINED_WEEKDAYS else (key,)
            weekday = next((weekdays[k] for k in stems if k in weekdays), None)
            # a stem of three letters is no month ("нове": new, not "нов", Serbian November's abbreviation)
            month = months.get(key) if not cyrillic and language not in _DECLINED_WEEKDAYS else next(
                (months[k] for k in stems if k in months and (k == key or len(k) >= 4)), None)
            if month is None and "'" in key:
                month = months.get(tok.keys[-1])  # Catalan "12 d'agost"
            if weekday is not None:
                found.append((tok.start, tok.end, f"on {WEEKDAY_NAMES[weekday].title()}"))
            elif month is not None:
                start, end, expr = _day_month(toks, i, month, language)
                if len(tok.text) >= 4 or not expr.startswith("in "):  # "mar" (sea), "mai": only with a day
                    found.append((start, end, expr))
        folded = fold(text)
        if len(folded) == len(text):
            for phrase, english in relative.items():
                for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", folded):
                    found.append((m.start(), m.end(), english))
    values = []
    taken: list[tuple[int, int]] = []
    for start, end, expr in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if any(start < e and s < end for s, e in taken):
            continue
        value = resolve_date(expr, anchor, tense=tense, anchor_bounds=anchor_bounds)
        if value is None and _ORDINAL_DAY.fullmatch(expr):
            value = TimeValue(expr, basis="text")  # a day of a month no publication day dates
        if value is None:
            continue
        if value.date is None and days is not None and (day := _named_day(expr, days())):
            value = TimeValue(expr, date=day.isoformat(), precision="day", basis=value.basis)
        # One left unresolved keeps the English expression as its text: the story's day
        # resolves it later with the English rules (dateline.resolve.story_time.dated_by_story).
        resolved = bool(value.date or value.earliest or value.latest)
        value.text = text[start:end] if resolved else expr
        value.start, value.end = start + offset, end + offset
        taken.append((start, end))
        values.append(value)
    return sorted(values, key=lambda v: v.start)


@functools.lru_cache(maxsize=4)  # asked again by each event of one article
def full_days(text: str, language: str) -> tuple[dt.date, ...]:
    """The days ``text`` writes out in full (day, month and year)."""
    return tuple(sorted({dt.date.fromisoformat(v.date) for v in find_dates(text, language, None)
                   if v.date and v.precision == "day"}))


_DAY_MONTH = re.compile(r"(\d{1,2}) ([A-Z][a-z]+)")


def _named_day(expr: str, days: Sequence[dt.date]) -> dt.date | None:
    """The last of ``days`` that the yearless ``expr`` ("31 January", "on Monday") names: "lundi
    31 janvier" in a report that writes "31 janvier 2022" elsewhere is that day."""
    m = _DAY_MONTH.fullmatch(expr)
    if m and m.group(2).lower() in MONTH_NAMES:
        month = MONTH_NAMES.index(m.group(2).lower()) + 1
        same = [d for d in days if (d.month, d.day) == (month, int(m.group(1)))]
        return same[-1] if same else None
    if (ordinal := _ORDINAL_DAY.fullmatch(expr)) is not None:
        same = [d for d in days if d.day == int(ordinal.group(1))]
        return same[-1] if same else None
    if expr.startswith("on ") and expr[3:].lower() in WEEKDAY_NAMES:
        weekday = WEEKDAY_NAMES.index(expr[3:].lower())
        same = [d for d in days if d.weekday() == weekday]
        return same[-1] if same else None
    return None


def _bare_days(text: str, script: str, anchor: str | None, tense: str | None) -> list[tuple[int, int, str]]:
    """Days of a month written alone, as the day of that month the publication day makes them
    (the last such day on or before it, or for what is to come the next on or after it);
    with no publication day "on the 16th", left for the story's days to date."""
    published = None
    if anchor and len(anchor) == 10:
        try:
            published = dt.date.fromisoformat(anchor)
        except ValueError:
            published = None
    found = []
    for m in _BARE_DAY[script].finditer(text):
        number = int(m.group(1))
        if not 1 <= number <= 31:
            continue
        day = None if published is None else _day_of_month(number, published, ahead=tense == "future")
        expr = f"on the {number}th" if day is None else f"{day.day} {MONTH_NAMES[day.month - 1].title()} {day.year}"
        found.append((m.start(), m.end(), expr))
    return found


def _day_of_month(number: int, published: dt.date, *, ahead: bool) -> dt.date | None:
    """The day ``number`` of the publication day's month or of the month before it (after it,
    ``ahead``), whichever is on the right side of it; None where that month has no such day."""
    year, month = published.year, published.month
    if ahead and number < published.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif not ahead and number > published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return dt.date(year, month, number)
    except ValueError:
        return None


def _figure_dates(text: str) -> list[tuple[int, int, str]]:
    """Dates written in figures with a four-figure year (``_DAY_FIRST_FIGURES``,
    ``_YEAR_FIRST_FIGURES``), as English expressions; an impossible day or month is none."""
    found = []
    # each pattern with the groups of its day, month and year
    for pattern, groups in ((_DAY_FIRST_FIGURES, (1, 3, 4)), (_YEAR_FIRST_FIGURES, (4, 3, 1))):
        for m in pattern.finditer(text):
            day, month, year = (int(m.group(g)) for g in groups)
            if 1 <= day <= 31 and 1 <= month <= 12:
                found.append((m.start(), m.end(), f"{day} {MONTH_NAMES[month - 1].title()} {year}"))
    return found


def _hangul_dates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in _HANGUL_DATE.finditer(text):
        if 1 <= int(m.group(2)) <= 12:
            year = f" {m.group(1)}" if m.group(1) else ""
            found.append((m.start(), m.end(), f"{int(m.group(3))} {MONTH_NAMES[int(m.group(2)) - 1].title()}{year}"))
    for m in _HANGUL_MONTH.finditer(text):
        if 1 <= int(m.group(2)) <= 12:
            found.append((m.start(), m.end(), f"{MONTH_NAMES[int(m.group(2)) - 1].title()} {m.group(1)}"))
    return found


# Vietnamese counts its months and weekdays: "ngày 12 tháng 8 năm 2023", "ngày 12/8/2023" (the 12th
# of the 8th month), "thứ Hai" (Monday; the second day) ... "thứ Bảy", "Chủ nhật" (Sunday).  A weekday
# is read only with its number word capitalised: "lần thứ hai" is "the second time".
_VI_DATE = re.compile(r"(?<!\w)ngày\s+(\d{1,2})\s*(?:tháng\s+(\d{1,2})|/\s*(\d{1,2}))(?:\s*(?:,\s*)?(?:năm\s+|/\s*)(\d{4}))?",
                      re.IGNORECASE)
_VI_WEEKDAY = re.compile(r"(?<!\w)(?:[Tt]hứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+[Nn]hật)(?!\w)")
_VI_WEEKDAYS = {"Hai": 0, "Ba": 1, "Tư": 2, "Năm": 3, "Sáu": 4, "Bảy": 5}


def _vietnamese_dates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in _VI_DATE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2) or m.group(3))
        if 1 <= day <= 31 and 1 <= month <= 12:
            year = f" {m.group(4)}" if m.group(4) else ""
            found.append((m.start(), m.end(), f"{day} {MONTH_NAMES[month - 1].title()}{year}"))
    for m in _VI_WEEKDAY.finditer(text):
        n = _VI_WEEKDAYS[m.group(1)] if m.group(1) else 6
        found.append((m.start(), m.end(), f"on {WEEKDAY_NAMES[n].title()}"))
    return found


# Languages that write the year, the month and then the day ("2025. augusztus 12-én", "rugpjūčio 12 d.").
_MONTH_FIRST = {"hu", "lt"}


def _day_month(toks, i: int, month: int, language: str = "") -> tuple[int, int, str]:
    """A month word with the day before it ("15 августа", "le 6 août", "el 5 de marzo") or after
    it ("March 5", "Ağustos 15" is not a form), and a year after it; in a month-first language
    the day after it and the year before it ("2025. augusztus 12-én")."""
    start, end = toks[i].start, toks[i].end
    day = None
    year = None
    if language in _MONTH_FIRST:
        if i + 1 < len(toks) and toks[i + 1].text.isdigit() and len(toks[i + 1].text) <= 2 \
                and 1 <= int(toks[i + 1].text) <= 31:
            day, end = int(toks[i + 1].text), toks[i + 1].end
        if i >= 1 and toks[i - 1].text.isdigit() and len(toks[i - 1].text) == 4 and 1900 <= int(toks[i - 1].text) <= 2100:
            year, start = int(toks[i - 1].text), toks[i - 1].start
    else:
        for j in (i - 1, i - 2):
            if j >= 0 and toks[j].text.isdigit() and 1 <= int(toks[j].text) <= 31 and len(toks[j].text) <= 2:
                day, start = int(toks[j].text), toks[j].start
                break
        for j in (i + 1, i + 2):
            if j < len(toks) and toks[j].text.isdigit() and len(toks[j].text) == 4 and 1900 <= int(toks[j].text) <= 2100:
                year, end = int(toks[j].text), toks[j].end
                break
    name = MONTH_NAMES[month - 1].title()
    expr = " ".join(str(p) for p in (day, name, year) if p is not None)
    if day is None:
        expr = f"in {expr}"
    return start, end, expr


# A date right after "since" starts a period ("seit Februar 2022", "с 2019 года", "depuis
# mars"): it is not the day of the event the sentence reports.
_SINCE_BEFORE = {"since", "seit", "seitdem", "с", "со", "з", "із", "від", "depuis", "desde", "dal", "dalla",
                 "dall", "dai", "dagli", "dès", "ab", "منذ", "از"}
_SINCE_ONLY = {"since", "seit", "seitdem", "depuis", "منذ"}
_SINCE_AFTER = ("以来", "から", "beri", "bu yana", "से", "이래", "이후로")


def since(text: str, start: int, language: str) -> bool:
    """Whether the date starting at ``start`` in ``text`` follows a word for "since"."""
    before = text[max(0, start - 16):start]
    words = re.findall(r"\w+", before.lower())
    if words and words[-1] in _SINCE_BEFORE:
        return True
    if language in ("de", "fr", "es", "it", "pt", "ru", "uk") and len(words) >= 2 and words[-2] in _SINCE_BEFORE \
            and words[-1] in {"dem", "le", "el", "il", "o", "de", "del", "la", "im", "am"}:
        return True  # "seit dem 24. Februar", "depuis le 6 août", "desde el 5 de marzo"
    # Words that mean nothing but "since" reach across their clause ("seit Beginn des Krieges
    # im Februar 2022").
    clause = re.split(r"[,.;:!?()\n]", text[max(0, start - 80):start])[-1]
    if set(re.findall(r"\w+", clause.lower())) & _SINCE_ONLY:
        return True
    after = text[start:start + 40]
    return any(marker in after for marker in _SINCE_AFTER) and language in ("zh", "ja", "tr", "hi", "ko")

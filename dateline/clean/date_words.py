"""Month names, weekday names and date-line labels of every language the news comes in, in
one place, for finding publication dates (date lines, datelines, bylines) on any page.

Month and weekday names come from dateparser's language data ("декабря", "März", "août",
"agosto", "Kasım", "مارس"); the labels a date line carries ("Опубликовано", "Veröffentlicht
am", "Mis à jour le") from ``dateline/data/multilingual/date_words.yaml``.  English comes
from ``dateline/data/calendar.yaml``.  A word that names two different months in
two languages is left out: a date is only read where it is plain.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from dateline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES, locale_info
from dateline.clean.cues import load_cues
from dateline.yaml_words import read_words_yaml

DATE_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "multilingual" / "date_words.yaml"
# The languages of the news besides English: those with a cue file (dateline/data/cues/).
LANGUAGES = tuple(sorted(p.stem for p in (DATE_WORDS_FILE.parent.parent / "cues").glob("*.yaml")))
# English's own words that other languages' month abbreviations would shadow.
_ENGLISH_ONLY = {"mar", "may", "jun", "jul"}



def _word(text: str) -> str | None:
    word = str(text).strip().rstrip(".").lower()
    return word if len(word) >= 3 and word.replace("-", "").isalpha() else None


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month word (lower case) -> 1..12: English's, then every language's."""
    out = dict(load_cues().months)
    seen: dict[str, set[int]] = {}
    for language in LANGUAGES:
        info = locale_info(language)
        for n, key in enumerate(MONTH_NAMES, start=1):
            for text in info.get(key, []):
                word = _word(text)
                if word and word not in _ENGLISH_ONLY:
                    seen.setdefault(word, set()).add(n)
    for word, numbers in seen.items():
        if len(numbers) == 1 and word not in out:
            out[word] = next(iter(numbers))
    return out


# Shorter weekday forms are abbreviations that are also words ("mar", "Mon", "сер").
_WEEKDAY_MIN_LETTERS = 5


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Weekday word (lower case, written out) -> 0 (Monday) .. 6, in English and every language."""
    seen: dict[str, set[int]] = {}
    for language in ("en", *LANGUAGES):
        info = locale_info(language)
        for n, key in enumerate(WEEKDAY_NAMES):
            for text in [key, *info.get(key, [])]:
                word = str(text).strip().rstrip(".").lower()
                if len(word) >= _WEEKDAY_MIN_LETTERS:
                    seen.setdefault(word, set()).add(n)
    return {word: next(iter(days)) for word, days in seen.items() if len(days) == 1}


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, list[str]]]:
    data = read_words_yaml(DATE_WORDS_FILE) or {}
    return {lang: {kind: [str(w).lower() for w in words or []] for kind, words in entry.items()}
            for lang, entry in data.items()}


@lru_cache(maxsize=1)
def date_line_words() -> frozenset[str]:
    """Words that may stand beside a date on a date line, in any language: English's list,
    weekday names, dateparser's filler words ("le", "de", "в", "um") and the labels."""
    words = set(load_cues().date_line_words)
    for language in LANGUAGES:
        info = locale_info(language)
        for key in WEEKDAY_NAMES:
            words.update(str(w).strip(".").lower() for w in info.get(key, []))
        words.update(str(w).strip().lower() for w in info.get("skip", []) if str(w).strip())
        for key in ("am", "pm"):
            words.update(str(w).lower() for w in info.get(key, []))
        for kind in ("published", "updated"):
            words.update(_labels().get(language, {}).get(kind, []))
    return frozenset(w for w in words if w)


@lru_cache(maxsize=1)
def update_label() -> re.Pattern[str]:
    """A label that marks a date as a later revision, in any language."""
    words = ["updated", "modified", "edited", "revised", "last"]
    for entry in _labels().values():
        words += entry.get("updated", [])
    alternatives = "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)|mis à jour|更新", re.IGNORECASE)

"""Calendar words in one place: English month and weekday names (``data/calendar.yaml``) and
every other language's, read from dateparser's locale data.

Date lines, date expressions and the multilingual reader all key other languages' words by
the English name ("march" -> "März", "mars", "марта"); they used to write the twelve months
out again each.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline.yaml_words import read_words_yaml

__all__ = ["MONTH_NAMES", "WEEKDAY_NAMES", "english_months", "locale_info"]

CALENDAR_FILE = Path(__file__).resolve().parent / "data" / "calendar.yaml"


@lru_cache(maxsize=1)
def _calendar() -> dict[str, Any]:
    return read_words_yaml(CALENDAR_FILE) or {}


# "january" .. "december" and "monday" .. "sunday", in calendar order.
MONTH_NAMES: tuple[str, ...] = tuple(str(m) for m in _calendar()["months"])
WEEKDAY_NAMES: tuple[str, ...] = tuple(str(d) for d in _calendar()["weekdays"])


@lru_cache(maxsize=1)
def english_months() -> dict[str, int]:
    """English month word (lower case, full or abbreviated) -> 1..12."""
    out: dict[str, int] = {}
    for n, (name, short) in enumerate(_calendar()["months"].items(), start=1):
        out[str(name)] = n
        out.update({str(s): n for s in short or ()})
    return out



# Language identification's code -> dateparser's, where they differ (Norwegian: "no" is Bokmål).
_DATEPARSER_CODE = {"no": "nb"}
# Locales whose words a language's text uses too: language identification calls Serbian in Latin
# letters Bosnian, which writes "nedelja" where Bosnian writes "nedjelja".
_DATEPARSER_ALSO = {"bs": ("sr-Latn",)}


@lru_cache(maxsize=64)
def locale_info(language: str) -> dict[str, Any]:
    """dateparser's locale data of ``language`` (month and weekday names under their English
    keys, filler words, relative phrases); empty for a language dateparser does not know."""
    from dateparser.languages.loader import default_loader

    try:
        info = dict(default_loader.get_locale(_DATEPARSER_CODE.get(language, language)).info)
    except Exception:  # noqa: BLE001 - a language dateparser does not know has no words here
        return {}
    for other in _DATEPARSER_ALSO.get(language, ()):
        for key, words in default_loader.get_locale(other).info.items():
            if isinstance(words, list) and isinstance(info.get(key), list):
                info[key] = info[key] + [w for w in words if w not in info[key]]
    return info

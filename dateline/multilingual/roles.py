"""A title with a country names the one person who holds the post on the article's date
("министр иностранных дел России", "ministre français des Affaires étrangères",
"Außenminister Russlands", "وزير الخارجية الروسي"): per-language patterns in
dateline/data/multilingual/roles.yaml map title words to the knowledge base's role keys."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from dateline.multilingual.text import script_of, spaceless
from dateline.yaml_words import read_words_yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "multilingual" / "roles.yaml"
_ARABIC_PREFIX = "(?:و|ف|ب|ل)?"
# Hebrew writes "and", "to", "the", "that" on to the title ("לשר החוץ", "ושר החוץ").
_HEBREW_PREFIX = "(?:ו|ה|ב|ל|מ|ש|כ){0,2}"


def _part(words: str, language: str, *, ends: bool, endings: list[str] | None = None) -> str:
    """Regex for one side of a pattern; ``ends``: it is the side before the country."""
    words = words.strip()
    if not words:
        return ""
    sep = r"\s*" if spaceless(language) else r"[\s\u200c]+"
    pieces = []
    for word in words.split():
        star = "(?:" + "|".join(re.escape(e) for e in endings) + ")" if endings is not None else r"\w{0,3}"
        word_re = re.escape(word.rstrip("*")) + (star if word.endswith("*") else "")
        pieces.append(word_re)
    body = sep.join(pieces)
    if script_of(language) == "arabic":
        body = _ARABIC_PREFIX + body
    elif script_of(language) == "hebrew":
        body = _HEBREW_PREFIX + body
    return body + sep if ends else sep + body


@functools.lru_cache(maxsize=64)
def role_patterns(language: str, plural: bool = False) -> list[tuple[str, re.Pattern | None, re.Pattern | None]]:
    """(role key, regex ending right before the country, regex starting right after it);
    ``plural``: the titles of several holders ("министры иностранных дел {c}"), from _plural
    with the _plural_endings."""
    data = read_words_yaml(DATA) or {}
    out = []
    endings = (data.get("_plural_endings" if plural else "_endings") or {}).get(language)
    table = (data.get("_plural") or {}).get(language) if plural else data.get(language)
    for key, patterns in (table or {}).items():
        for pattern in patterns:
            before, _, after = str(pattern).partition("{c}")
            left = _part(before, language, ends=True, endings=endings)
            right = _part(after, language, ends=False, endings=endings)
            boundary = "" if spaceless(language) else r"(?<!\w)"
            out.append((str(key),
                        re.compile(boundary + left + r"$", re.IGNORECASE) if left else None,
                        re.compile("^" + right + (r"(?!\w)" if not spaceless(language) else ""),
                                   re.IGNORECASE) if right else None))
    return out


def role_span(text: str, start: int, end: int, language: str,
              plural: bool = False) -> list[tuple[str, int, int]]:
    """Role keys whose title stands around the country at ``text[start:end]``, with the
    span of title and country; ``plural``: titles of several holders only."""
    out = []
    for key, left, right in role_patterns(language, plural):
        s, e = start, end
        if left is not None:
            m = left.search(text[max(0, start - 80):start])
            if m is None:
                continue
            s = start - (len(text[max(0, start - 80):start]) - m.start())
        if right is not None:
            m = right.match(text[end:end + 80])
            if m is None:
                continue
            e = end + m.end()
        out.append((key, s, e))
    return out


@functools.lru_cache(maxsize=32)
def conjunctions(language: str) -> frozenset[str]:
    data = read_words_yaml(DATA) or {}
    return frozenset(str(w) for w in (data.get("_and") or {}).get(language) or [])


@functools.lru_cache(maxsize=32)
def titles_after_surname(language: str) -> tuple[str, ...]:
    """Titles written right after a family name alone in ``language`` ("岸田総理")."""
    data = read_words_yaml(DATA) or {}
    return tuple(str(w) for w in (data.get("_after_surname") or {}).get(language) or [])

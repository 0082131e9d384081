"""Countries abbreviated to one character in Japanese and Chinese compounds ("米中首脳会談":
the US-China summit, "日韓外相会談", "中俄元首会晤"): knowledge of the language in
dateline/data/multilingual/abbreviations.yaml, read only where a compound's head follows the
run of abbreviations (a character alone is often a word of its own)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from dateline.multilingual.text import fold
from dateline.yaml_words import read_words_yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "multilingual" / "abbreviations.yaml"


@dataclass(frozen=True)
class Abbreviated:
    """One country of a compound: its character's offsets, ISO2, and the post its head names
    (None: the country itself is the party)."""

    start: int
    end: int
    country: str
    role: str | None


@functools.lru_cache(maxsize=16)
def _tables(language: str) -> tuple[dict[str, str], dict[str, str | None]]:
    data = read_words_yaml(DATA) or {}
    countries = {fold(str(k)): str(v) for k, v in ((data.get("countries") or {}).get(language) or {}).items()}
    heads = {fold(str(k)): (str(v) if v else None)
             for k, v in ((data.get("heads") or {}).get(language) or {}).items()}
    return countries, heads


def abbreviated_countries(text: str, language: str, offset: int = 0) -> list[Abbreviated]:
    """The countries of every compound of ``text``: two or more abbreviations of distinct
    countries in a row, right before a head of the language."""
    countries, heads = _tables(language)
    if not countries or not heads:
        return []
    folded = fold(text)
    if len(folded) != len(text):
        folded = text
    out: list[Abbreviated] = []
    i = 0
    while i < len(folded):
        j = i
        while j < len(folded) and folded[j] in countries:
            j += 1
        run = folded[i:j]
        head = max((h for h in heads if folded.startswith(h, j)), key=len, default=None)
        if len(run) >= 2 and len({countries[c] for c in run}) == len(run) and head is not None:
            out += [Abbreviated(offset + k, offset + k + 1, countries[folded[k]], heads[head])
                    for k in range(i, j)]
        i = max(j, i + 1)
    return out

"""Nationality adjectives and country names -> ISO 3166-1 alpha-2, from one place: the
knowledge base's country entries (``dateline/data/actors/countries.yaml``).

The quote speakers ("the Chinese statement") and the gazetteer ("the Russian capital") used
to keep their own copies of this map; both now read it here.  (The module is not named
``country_words``: a submodule named like a public name of ``dateline.resolve`` would take
that name's place on the package once imported.)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from dateline.yaml_words import read_words_yaml

__all__ = ["COUNTRIES_FILE", "nationality_adjectives", "country_words"]

COUNTRIES_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "countries.yaml"


def _entries() -> list[dict]:
    return list((read_words_yaml(COUNTRIES_FILE) or {}).get("countries") or [])


@lru_cache(maxsize=1)
def nationality_adjectives() -> dict[str, str]:
    """Lower-case nationality adjective ("chinese", "saudi arabian") -> ISO code."""
    out: dict[str, str] = {}
    for entry in _entries():
        for word in entry.get("adjectives") or ():
            out.setdefault(str(word).lower(), str(entry["code"]))
    return out


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Nationality adjectives and the entries' country names ("britain", "iran") -> ISO code."""
    out = dict(nationality_adjectives())
    for entry in _entries():
        for word in (entry.get("name"), *(entry.get("names") or ())):
            if word:
                out.setdefault(str(word).lower(), str(entry["code"]))
    return out

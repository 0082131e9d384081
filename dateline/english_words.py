"""English words the parse-based rules read, from ``dateline/data/english_words.yaml``.

Each list lives in that file once, named for what the rules do with it ("place_governors",
"people_group_nouns"); the modules that read a list keep a module constant bound to it, so a
rule reads as before and the words stay data.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from dateline.yaml_words import read_words_yaml

__all__ = ["WORDS_FILE", "english_words"]

WORDS_FILE = Path(__file__).resolve().parent / "data" / "english_words.yaml"


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = read_words_yaml(WORDS_FILE) or {}
    out: dict[str, frozenset[str]] = {}
    for name, words in data.items():
        # true/false or a number in a word list is a slip: refuse it rather than match "true".
        bad = [w for w in words or () if not isinstance(w, str)]
        if bad:
            raise ValueError(f"{WORDS_FILE.name}: list {name!r} holds non-words {bad!r}; quote them if they are words")
        out[str(name)] = frozenset(w.lower() for w in words or ())
    return out


def english_words(name: str) -> frozenset[str]:
    """The word list ``name``; a name the file lacks is a KeyError naming the file."""
    lists = _lists()
    if name not in lists:
        raise KeyError(f"{WORDS_FILE.name} has no list {name!r} (it has: {', '.join(sorted(lists))})")
    return lists[name]

"""A capital named for its government ("Mosca annuncia", "Aktionen Berlins", "Москва
отвергла"), as the English path reads one (resolve/actor_places.py, is_place): a capital is
its country's government except where a word of place stands before it ("à Moscou", "in
Moskau", "в Москве", "aus Moskau", "a quitté Bamako"), where it opens a dateline ("MOSKAU
(dpa) -"), or where it is listed with a city or its own country ("Habana, Cuba").  The words
of place are the cue file's (place, origin and settlement words, post nouns, arrival words and
its own `capital_place_words`); a language without `capital_place_words` reads every capital
as a place, as before."""

from __future__ import annotations

import functools
import re

from dateline.multilingual.text import LAST_WORD, fold
from dateline.records import Mention, PlaceRef
from dateline.resolve import gazetteer_countries

_DATE_LABEL = re.compile(r"^\s*(?:date\s+\S+\s*)?$")
_DATELINE_AFTER = re.compile(r"^\s?[,(/.\-–—|]")


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    return frozenset((c["iso"], c["capital"]) for c in gazetteer_countries().values())


def is_capital(place: PlaceRef) -> bool:
    return place.kind == "city" and (place.country, place.name) in _capitals()


def _word_matches(word: str, patterns: frozenset[str]) -> bool:
    return word in patterns or any(p.endswith("*") and word.startswith(p[:-1]) for p in patterns)


def names_government(start: int, end: int, place: PlaceRef, body: str, sentence_start: int, cues,
                     neighbours: list[tuple[int, int, PlaceRef]], mentions: list[Mention]) -> bool:
    """Whether the capital at ``body[start:end]`` stands for its government."""
    if not cues.capital_place_words or not is_capital(place):
        return False
    line_start = body.rfind("\n", 0, start) + 1
    if _DATE_LABEL.match(body[line_start:start]) and _DATELINE_AFTER.match(body[end:end + 3]):
        return False  # a dateline: "MOSKAU (dpa-AFX) -", "Москва. 15 декабря.", "Habana, Cuba.-"
    if body[start - 1:start] == "/" or body[end:end + 1] == "/":
        return False  # "Moskau/Berlin (Reuters)"
    before = body[max(sentence_start, start - 60):start]
    last = LAST_WORD.search(before)
    if last is not None:
        word = fold(last.group(1))
        if _word_matches(word, cues.place_words):
            return False
        if word in cues.capital_of_words and _place_noun_before(before[:last.start()], cues):
            return False  # "l'aéroport de Bamako", "el aeropuerto José Martí de La Habana"
        genitive = body[end - 1:end] == "s" and not place.name.endswith("s")
        if (cues.capital_after_noun and before[last.end(1):] == " " and last.group(1)[:1].isupper()
                and before[:last.start()].strip() and not genitive):
            return False  # "das Kammergericht Berlin": the noun's name
    if any(m.actor.kind == "country" and 0 < m.start - end <= 3 and body[end:m.start].strip() in (",", "(")
           for m in mentions):
        return False  # "La Habana, Cuba", "Santiago (Chile, 1998)": a city with its country
    # a list of cities ("Pékin, Shanghai et Canton"): places all
    for s, e, other in neighbours:
        if other.kind == "city" and not is_capital(other) and (0 <= s - end <= 5 or 0 <= start - e <= 5):
            return False
    return True


def _place_noun_before(text: str, cues, words: int = 3) -> bool:
    """A place or event noun among the last few words ("aeropuerto José Martí", "sommet")."""
    for _ in range(words):
        last = LAST_WORD.search(text)
        if last is None:
            return False
        if _word_matches(fold(last.group(1)), cues.place_words):
            return True
        text = text[:last.start()]
    return False

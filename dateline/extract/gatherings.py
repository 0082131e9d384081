"""The place of the gathering a meeting sits in, told anywhere in the report.

"Obama held talks with Putin on the sidelines of the G-20 summit on Monday" names no place; the
report says elsewhere where that summit is ("the G20 summit in the eastern Chinese city of
Hangzhou", "the Russia-Africa summit, which will take place in Sochi").  A meeting held at a
gathering is held where the gathering is: that place is the meeting's, when its own sentence
names none.  Read from the dependency parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from dateline.english_words import english_words
from dateline.records import PlaceRef

_GATHERING_NOUNS = english_words("gathering_nouns")
_GATHERING_SIDES = english_words("gathering_sides")
_LOCATIVE_NOUNS = english_words("locative_nouns")
_VENUE_PREPOSITIONS = english_words("venue_prepositions")
# "at the summit", "during the conference": a gathering the act itself is at.
_AT_GATHERING = frozenset({"at", "during"})
_NOT_NAME = re.compile(r"[\W_]+")


def _lemma(token) -> str:
    return token.lemma_.lower()


def _keys(token) -> set[str]:
    """The words that name one gathering ("G-20", "Russia-Africa", "General Assembly") and
    tell it from another of its kind: its proper-noun and number modifiers, or itself when a
    proper noun, hyphens and stops taken out ("G-20" is "G20")."""
    words = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")
             and c.pos_ in ("PROPN", "NUM")]
    if token.pos_ == "PROPN":
        words.append(token)
    keys = {_NOT_NAME.sub("", w.text.lower()) for w in words}
    return {k for k in keys if k}


def _is_gathering(token) -> bool:
    return _lemma(token) in _GATHERING_NOUNS or bool(_keys(token) & _GATHERING_NOUNS)


def gathering_of(trigger: Any) -> Any:
    """The gathering the act whose trigger token is ``trigger`` sits in: the noun after "the
    sidelines of" anywhere in its sentence, or a gathering noun after "at" or "during" that
    hangs from the trigger or its verb."""
    if trigger is None:
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for token in trigger.sent:
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            continue
        prep = token.head
        if prep.lower_ == "of" and _lemma(prep.head) in _GATHERING_SIDES:
            return token
        if prep.lower_ in _AT_GATHERING and prep.head in (trigger, verb) and _is_gathering(token):
            return token
    return None


def _host(token):
    """The noun a place name says where it is ("the summit in Hangzhou", "the summit in the
    city of Hangzhou", "the summit, which takes place in Sochi", "the summit held in Sochi"),
    or None."""
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "of" and _lemma(node.head.head) in _LOCATIVE_NOUNS:
        node = node.head.head  # "in the eastern Chinese city of Hangzhou"
    if node.dep_ == "appos":
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in _VENUE_PREPOSITIONS:
        return None
    host = node.head.head
    if _lemma(host) == "place" and host.dep_ == "dobj":
        host = host.head  # "which will take place in Sochi"
    if host.pos_ in ("VERB", "AUX") and host.dep_ in ("acl", "relcl"):
        host = host.head  # "the summit held in Sochi", "which will take place in Sochi"
    return host if host.pos_ in ("NOUN", "PROPN") else None


def _same_gathering(one, other) -> bool:
    """Two mentions of one gathering: the same distinguishing names ("G-20", "G20 summit"), or,
    where the first has none, the same noun ("the summit" and "the summit in Bali")."""
    keys, other_keys = _keys(one), _keys(other)
    if keys:
        return bool(keys & (other_keys | {_lemma(other)}))
    return _lemma(one) == _lemma(other) and _lemma(one) in _GATHERING_NOUNS


def gathering_place(doc, trigger, places: Callable[[], Sequence[tuple[int, int, PlaceRef]]]) -> PlaceRef | None:
    """Where the report puts the gathering the act at ``trigger`` sits in (``places``: the
    place names of the whole text, with their offsets), a city before a country; None when
    it names no gathering or no place for it."""
    gathering = gathering_of(trigger)
    if gathering is None:
        return None
    found: list[PlaceRef] = []
    for start, end, place in places():
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        host = _host(span.root)
        if host is not None and host != span.root and _same_gathering(gathering, host):
            found.append(place)
    cities = [p for p in found if p.kind != "country"]
    return (cities or found)[0] if found else None

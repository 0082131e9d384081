"""How a meeting was held, as its reports tell it: a call, or in person.

A call and a meeting in person of the same people are two happenings, even on near days and
whatever place a report of the call names ("Obama spoke with Castro by phone on Wednesday,
before the summit in Panama" is not the meeting at the summit).  English events carry the mode
from the event lexicon ("phone", "visit"), the other languages from their cue files' ``modes``.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.records import EventMention

CALL = "phone"
# Modes that put the parties in one place: a visit ("flew into Lahore and met Sharif").
IN_PERSON = frozenset({"visit"})


def is_call(mentions: Iterable[EventMention]) -> bool:
    """Every report of the group tells of a call."""
    modes = [m.mode for m in mentions]
    return bool(modes) and all(mode == CALL for mode in modes)


def in_person(mentions: Iterable[EventMention]) -> bool:
    """Some report tells of the parties together: a visit, or a meeting its own sentence
    places ("se reunieron en Panamá"), and none tells of a call."""
    seen = False
    for m in mentions:
        if m.mode == CALL:
            return False
        if m.mode in IN_PERSON or (m.place is not None and m.place_source == "sentence"):
            seen = True
    return seen


def modes_differ(a: Iterable[EventMention], b: Iterable[EventMention]) -> bool:
    """One group tells of a call only, the other of a meeting in person."""
    a, b = list(a), list(b)
    return (is_call(a) and in_person(b)) or (is_call(b) and in_person(a))

"""Attach date, place and topics to event mentions from the sentences that report them."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.extract.topics import find_topics
from dateline.records import Article, EventMention, Mention, PlaceRef, TimeValue
from dateline.resolve.places import Gazetteer, find_places
from dateline.resolve.time import find_dates

_PLACE_PREPOSITIONS = {"in", "at", "to", "into", "from", "near", "outside", "inside"}
_FUTURE_MARKERS = {"will", "shall", "'ll", "set", "expected", "scheduled", "due", "plan", "plans", "planned", "upcoming", "going"}


def clause_tense(sentence, trigger_start: int | None, status: str) -> str | None:
    """"past", "present" or "future" for the clause of the trigger, from the parse."""
    if status == "planned":
        return "future"
    token = _token_at(sentence, trigger_start)
    if token is None:
        return None
    head = token if token.pos_ in {"VERB", "AUX"} else token.head
    words = {c.lower_ for c in head.children} | {head.lower_}
    if words & _FUTURE_MARKERS:
        return "future"
    if head.tag_ in {"VBD", "VBN"}:
        return "past"
    if head.tag_ in {"VBZ", "VBP"}:
        return "present"
    return None


def _token_at(sentence, char: int | None):
    if char is None:
        return None
    for token in sentence:
        if token.idx <= char < token.idx + max(len(token.text), 1):
            return token
    return None


def _trigger_offset(event: EventMention) -> int | None:
    if not event.trigger:
        return None
    first = event.trigger.split()[0]
    pos = event.text.find(first)
    return event.start + pos if pos >= 0 else None


def attach_context(
    doc,
    article: Article,
    events: list[EventMention],
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    dateline_place: PlaceRef | None = None,
) -> None:
    """Fill ``date``, ``place`` and ``topics`` of each event in place."""
    actor_spans = [(m.start, m.end) for m in mentions]
    anchor = article.published
    bounds = article.published_bounds
    for event in events:
        sentence = doc.char_span(event.start, event.end, alignment_mode="expand")
        if sentence is None:
            continue
        trigger_at = _trigger_offset(event)
        if event.date is None:
            tense = clause_tense(sentence, trigger_at, event.status)
            dates = find_dates(event.text, anchor, tense=tense, anchor_bounds=bounds, offset=event.start)
            event.date = _nearest_date(dates, trigger_at)
        if event.place is None:
            places = find_places(event.text, gazetteer, offset=event.start, exclude=actor_spans)
            place = _best_place(places, article.body, trigger_at)
            if place is not None:
                event.place, event.place_source = place, "sentence"
            elif dateline_place is not None:
                event.place, event.place_source = dateline_place, "dateline"
        if not event.topics:
            event.topics = find_topics(event.text)


def _nearest_date(dates: list[TimeValue], trigger_at: int | None) -> TimeValue | None:
    usable = [d for d in dates if d.date or d.earliest or d.latest]
    if not usable:
        return None
    if trigger_at is None:
        return usable[0]
    return min(usable, key=lambda d: (abs(d.start - trigger_at), d.start))


def _best_place(places: list[tuple[int, int, PlaceRef]], body: str, trigger_at: int | None) -> PlaceRef | None:
    if not places:
        return None

    def score(item: tuple[int, int, PlaceRef]) -> tuple:
        start, _end, place = item
        before = body[max(0, start - 12):start].lower().split()
        governed = bool(before) and before[-1] in _PLACE_PREPOSITIONS
        distance = abs(start - trigger_at) if trigger_at is not None else start
        return (not governed, distance)

    start, end, chosen = min(places, key=score)
    if chosen.kind == "country":
        # "a visit to China ... in Beijing": the city is the finer answer.
        cities = [p for _s, _e, p in places if p.kind == "city" and p.country == chosen.country]
        if cities:
            return cities[0]
    return chosen

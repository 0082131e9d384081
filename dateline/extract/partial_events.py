"""Events told with one party only, made whole by another report of the same act.

A report names both parties of an act once and then goes on with one of them: "Canada has
expelled six Indian diplomats. ... the expulsions were initiated by Canada", "India struck
Pakistan ... India's strikes killed eight".  The one-sided mention is the same act as the
whole one of its type whose parties include its own, so it takes that one's parties
(PLOVER codes every event between a source and a target).
"""

from __future__ import annotations

from dateline.records import ActorRef, EventMention

__all__ = ["completed_from_article", "completed_from_happening", "completed_from_headline", "meetings_told_again",
           "without_partial_copies", "without_retold_partials"]


# Acts one report may tell several of, each with its own counterpart.
_TOLD_MANY_TIMES = frozenset({"CONSULT"})


def _ids(actors: list[ActorRef]) -> set[str]:
    return {a.id for a in actors}


def _unnamed(actors: list[ActorRef]) -> bool:
    return all(a.kind == "group" and not a.country and a.id.startswith("provisional:") for a in actors)


def _one_sided(event: EventMention) -> bool:
    return bool(event.source) != bool(event.target)


def _take_parties(event: EventMention, whole: EventMention) -> None:
    """The whole event's parties, in its order or the other way round, as the event's own
    actors stand in it ("X met Y" makes "Y's talks" Y -> X)."""
    if _ids(event.source) <= _ids(whole.source) and _ids(event.target) <= _ids(whole.target):
        event.source, event.target = list(whole.source), list(whole.target)
    elif _ids(event.source) <= _ids(whole.target) and _ids(event.target) <= _ids(whole.source):
        event.source, event.target = list(whole.target), list(whole.source)


def without_partial_copies(events: list[EventMention]) -> list[EventMention]:
    """A sentence's events, those lacking a source or a target made whole by another event of
    their type there that has both and all their actors: "Mitsotakis greeted Erdogan as he
    arrives for talks" gives the talks Erdogan, "the US and Britain conducted strikes on the
    Houthis and launched raids" the raids their target.  Of two one-sided events with the
    same actors only the first (main clause) stays, and one whose only party is an unnamed
    group is the same act as one of its type that names a party: "eight people were killed
    after India launched missile strikes" is India's strikes."""
    kept: list[EventMention] = []
    for n, event in enumerate(events):
        if event.source and event.target:
            kept.append(event)
            continue
        mine = _ids(event.source) | _ids(event.target)
        same = [(m, other) for m, other in enumerate(events) if other is not event and other.type == event.type]
        whole = next((other for _, other in same if other.source and other.target
                      and mine <= _ids(other.source) | _ids(other.target)), None)
        if whole is not None:
            _take_parties(event, whole)
            kept.append(event)
            continue
        anonymous = _unnamed(event.source + event.target)
        if any((anonymous and not _unnamed(other.source + other.target))
               or (m < n and mine == _ids(other.source) | _ids(other.target)) for m, other in same):
            continue
        kept.append(event)
    return kept


def completed_from_article(events: list[EventMention]) -> None:
    """Give each one-sided event of an article the parties of the nearest whole event of its
    type elsewhere in the article that holds its actors ("the expulsions were initiated by
    Canada" after "Canada expelled six Indian diplomats"), or, failing that, whose side holds
    its actors' countries ("India's strikes" after "Indian jets struck Pakistan"): the missing
    side is that event's other side.  Only sides whose every actor has a country are matched
    by country; an actor with none ("protesters") is no evidence of whose act it is.
    Meetings are left alone: a report often tells one traveller's several meetings ("Blinken
    met Qin Gang, then Wang Yi, then Xi"), so a one-sided meeting is not known to be another
    sentence's; the happenings join meetings by their own evidence (date, place, parties)."""
    whole = [e for e in events if e.source and e.target]
    for event in events:
        if not _one_sided(event) or event.type in _TOLD_MANY_TIMES:
            continue
        same = sorted((o for o in whole if o.type == event.type and o is not event),
                      key=lambda o: (abs(o.start - event.start), o.start > event.start))
        mine = _ids(event.source) | _ids(event.target)
        by_id = next((o for o in same if mine <= _ids(o.source) | _ids(o.target)), None)
        if by_id is not None:
            _take_parties(event, by_id)
            if event.source and event.target:
                event.completed_by = by_id.id
            continue
        side = event.source or event.target
        countries = {a.country for a in side}
        if None in countries:
            continue
        for other in same:
            if _by_country(event, other, countries):
                event.completed_by = other.id
                break


def completed_from_happening(mentions: list[EventMention], participants: list[ActorRef] | None = None) -> list[EventMention]:
    """Give each one-sided mention of a happening (``mentions``: all its reports' mentions)
    the missing side of a whole mention of its type there whose same side holds its actors,
    or their countries, nearest first in its own article: linking has judged them one act,
    so "Blinken held talks in Beijing" in a happening told elsewhere as "Blinken met Wang Yi"
    is Blinken -> Wang Yi.  Meetings too: a happening is one meeting, not a traveller's
    several (the caution of ``completed_from_article``).
    With the happening's ``participants`` (the parties its reports agree on), a side none of
    whose actors (nor their countries) is one of them is a stray party read from the report
    (the city it was filed from, the summit's body, "people"), and gives way to what a whole
    mention between the participants names: "Peru -> Xi" in Ishiba and Xi's meeting is
    Ishiba -> Xi.  Returns the mentions completed."""
    done = _complete([m for m in mentions if _one_sided(m)], [m for m in mentions if m.source and m.target])
    if participants:
        ids = {a.id for a in participants}
        countries = {a.country for a in participants if a.country}

        def inside(side: list[ActorRef]) -> bool:
            return any(a.id in ids or a.country in countries for a in side)

        agreed = [m for m in mentions if m.source and m.target and inside(m.source) and inside(m.target)]
        stray = [m for m in mentions if m.source and m.target and inside(m.source) != inside(m.target)]
        kept = {id(m): (list(m.source), list(m.target)) for m in stray}
        for m in stray:
            if inside(m.source):
                m.target = []
            else:
                m.source = []
        fixed = {id(m) for m in _complete(stray, agreed)}
        for m in stray:
            if id(m) not in fixed:  # no agreed mention holds its party: as it was read
                m.source, m.target = kept[id(m)]
        already = {id(m) for m in done}
        done += [m for m in stray if id(m) in fixed and id(m) not in already]
    return done


def _complete(partial: list[EventMention], whole: list[EventMention]) -> list[EventMention]:
    """Each of ``partial`` given the missing side of the nearest of ``whole`` of its type whose
    same side holds its party (``completed_from_happening``); returns those given one."""
    done: list[EventMention] = []
    for event in partial:
        known = event.source or event.target
        countries = {a.country for a in known}
        same = sorted((o for o in whole if o.type == event.type and o is not event),
                      key=lambda o: (o.article != event.article, abs(o.start - event.start)))
        for other in same:
            side = _side_holding(known, countries, other)
            if side is None:
                continue
            opposite = other.target if side == "source" else other.source
            if event.source:
                event.target = list(opposite)
            else:
                event.source = list(opposite)
            event.completed_by = other.id
            done.append(event)
            break
    return done


def _side_holding(known: list[ActorRef], countries: set[str | None], whole: EventMention) -> str | None:
    """Which side of ``whole`` holds the actors ``known`` (or, when each has a country, their
    countries): "source", "target" or None."""
    for name, side in (("source", whole.source), ("target", whole.target)):
        if _ids(known) <= _ids(side):
            return name
    if None in countries:
        return None
    for name, side in (("source", whole.source), ("target", whole.target)):
        if countries <= {a.country for a in side}:
            return name
    return None


def completed_from_headline(events: list[EventMention], headline: list[EventMention]) -> None:
    """Give each one-sided event of the lede the parties of the headline's whole event of its
    type whose same side holds its actors, or their countries: a headline and the lede below
    it tell the same news, and a headline names both parties where the lede goes on with one
    ("EU, US impose sanctions on Russian officials" over "The EU and the US have imposed
    travel bans and asset freezes ...").  Only in the headline's order: a lede act done by
    the headline's target is its answer, or its cause, not the same act.  Meetings are left
    alone, as in ``completed_from_article``."""
    whole = [e for e in headline if e.source and e.target and e.type not in _TOLD_MANY_TIMES]
    for event in events:
        if not event.lede or not _one_sided(event) or event.type in _TOLD_MANY_TIMES:
            continue
        for other in (o for o in whole if o.type == event.type):
            if event.source:
                known, theirs = event.source, other.source
            else:
                known, theirs = event.target, other.target
            countries = {a.country for a in known}
            if _ids(known) <= _ids(theirs) or (
                    None not in countries and countries <= {a.country for a in theirs}):
                event.source, event.target = list(other.source), list(other.target)
                break


def _by_country(event: EventMention, other: EventMention, countries: set[str | None]) -> bool:
    """Fill the event's missing side from ``other`` when its known side's countries are all
    on one side of ``other`` (the missing side is then ``other``'s opposite one)."""
    source_countries = {a.country for a in other.source}
    target_countries = {a.country for a in other.target}
    if event.source:
        if countries <= source_countries:
            event.target = list(other.target)
        elif countries <= target_countries:
            event.target = list(other.source)
        else:
            return False
    elif countries <= target_countries:
        event.source = list(other.source)
    elif countries <= source_countries:
        event.source = list(other.target)
    else:
        return False
    return True


def meetings_told_again(events: list[EventMention], told_again: set[str]) -> None:
    """A one-sided meeting named by a definite noun ("During the meeting, Modi told Xi ...",
    "prior to their talks", "Yoon's two-day trip") is one the report has already told: it
    takes the parties, modality and status of the nearest whole meeting before it that holds
    its actors (context.attach_context gives it that meeting's date and place).  A
    meeting named afresh ("a meeting", "held talks") may be another of a traveller's several
    meetings and is left to completed_from_article's rule for meetings (none)."""
    whole = [e for e in events if e.type in _TOLD_MANY_TIMES and e.source and e.target]
    for event in events:
        if event.id not in told_again or not _one_sided(event):
            continue
        mine = _ids(event.source) | _ids(event.target)
        before = sorted((o for o in whole if o is not event and o.start <= event.start),
                        key=lambda o: -o.start)
        told = next((o for o in before if o.type == event.type and mine <= _ids(o.source) | _ids(o.target)), None)
        if told is not None:
            _take_parties(event, told)
            if event.source and event.target:
                # the act told before, as it was told: "Kishida's visit is a resumption of
                # shuttle diplomacy" names a visit still to come
                event.completed_by, event.modality, event.status = told.id, told.modality, told.status


def without_retold_partials(events: list[EventMention], opening: int = 0) -> list[EventMention]:
    """An article's events less those still one-sided after completion whose act the article
    has already told whole, at or before them: "Canada expelled six Indian diplomats ... the
    expelled diplomats" or "Jaishankar met Wang ... Jaishankar held meetings with his
    counterparts" (headline events stand at offset 0).  Which of the told acts such a mention
    retells, or which other act of its kind it is, its one party does not say; as a second,
    partial record of a known act it would stand as a dyad no coder gives.  In the opening
    (the first two sentences, ending at ``opening``) the whole act may also come after it
    (``_lede_copy``)."""
    whole = [e for e in events if e.source and e.target]
    return [e for e in events
            if not _one_sided(e)
            or not any(o.type == e.type and (o.start <= e.start or _lede_copy(e, o, opening)) for o in whole)]


def _lede_copy(event: EventMention, whole: EventMention, opening: int) -> bool:
    """Whether a one-sided lede event is a partial copy of a whole lede event of its type that
    comes after it: its party's country is one of the whole act's ("US officials hope the
    secretary of state's visit to China ..." before "Blinken was also to meet Xi Jinping").
    The first two sentences tell one news, so its one-sided mention adds no act of its own."""
    countries = {a.country for a in event.source + event.target}
    return (event.start < opening and whole.start < opening and None not in countries
            and bool(countries & {a.country for a in whole.source + whole.target}))

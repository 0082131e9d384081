"""Reports of one happening in different languages.

Stories are found from shared words (``dateline.link.stories``), so a report in Arabic or
Spanish never shares a story with the English reports of the same happening, and the linker's
rules for reports of different stories are strict: the same people and a known day.  Reports
in another language name the same parties differently, too: "Algeria cut its ties with
Morocco" where an English report names the foreign minister, "France opened fire" where it
names French fighter jets.

So once every story has dated its happening, a happening told in one language alone joins the
one day-dated happening of its type told (also) in another language whose parties are its own
as countries (a party's country stands for the party, one person of a country for another
never), whose place does not conflict (a meeting's place must be named on both sides: the same
people meet again and again, unless it tells its day), and whose day its own date, its reports'
news days and the days it names undated ("el martes" in a report with no publication day: a
Tuesday) admit.  An undated act that is no meeting and names its day that way may join whatever
place it names: the place may be the one the act is about ("en protesta por la ofensiva en
Gaza"), and the day tells which act it is as a place would.  Two such candidates (the same parties act again and again) leave it alone,
unless both are of one day and one alone names all its parties.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dateline.link.dates import days_of, iso_day
from dateline.link.happenings import move_leads
from dateline.link.parties import participants_compatible
from dateline.link.venues import near
from dateline.records import ActorRef, Happening, PlaceRef
from dateline.resolve import NamedDay, named_day

# A meeting is told with a place: the same people meet again and again, and a meeting told
# with no place and no day says nothing about which of their meetings it is.
_PLACE_NEEDED = ("CONSULT",)
# Meetings and other happenings with no sides: who is named first tells nothing.
_SIDELESS = ("CONSULT", "OTHER")
# A report is published on its happening's day or after it (a day's grace for time zones), and
# tells its news within a month.
_REPORTED_AFTER = dt.timedelta(days=1)
_NEWS_WITHIN = dt.timedelta(days=30)


def _countries(actors: Iterable[ActorRef]) -> set[str]:
    return {a.country for a in actors if a.country}


def _parties_fit(own: list[ActorRef], other: list[ActorRef]) -> bool:
    """``own``'s parties are among ``other``'s, an actor standing for its country: two or
    more countries, each of ``own``'s countries one of ``other``'s, and no person of
    ``other``'s where ``own`` names another person of that country and not this one (nor
    the other way round)."""
    mine, theirs = _countries(own), _countries(other)
    if len(mine) < 2 or not mine <= theirs:
        return False
    for one, two in ((own, other), (other, own)):
        people = {a.id for a in two if a.kind == "person"}
        named = {a.country for a in two if a.kind == "person"}
        for actor in one:
            if actor.kind == "person" and actor.country in named and actor.id not in people:
                return False
    return True


def _sources(happening: Happening) -> set[str]:
    return {a.country for m in happening.mentions for a in m.source if a.country}


def _sides_fit(own: Happening, other: Happening) -> bool:
    """An act with sides is the same act only from the same side: "Algeria cut ties with
    Morocco" is not Morocco cutting ties with Algeria."""
    if own.type in _SIDELESS:
        return True
    mine, theirs = _sources(own), _sources(other)
    return not mine or not theirs or bool(mine & theirs)


def _places_fit(a: PlaceRef | None, b: PlaceRef | None, *, both: bool = False) -> bool:
    """No conflict: one side names none (unless ``both`` must name one), or one country and
    within it the same city or one side naming the country alone."""
    if a is None or b is None or a.kind == "region" or b.kind == "region":
        return not both
    if a.country != b.country:
        return False
    if a.kind == b.kind == "city":
        return a.name == b.name or near(a, b)
    return True


def _named_days(own: Happening) -> list[NamedDay]:
    """The days ``own``'s mentions name with no date found for them (a report with no
    publication day says "el martes"): each is kept unresolved, as its English expression."""
    out = []
    for mention in own.mentions:
        value = mention.date
        if value is None or value.date or value.earliest or value.latest or not value.text:
            continue
        if (named := named_day(value.text)) is not None:
            out.append(named)
    return out


def _names_day(named: NamedDay, day: dt.date) -> bool:
    weekday, month, number = named
    return ((weekday is None or day.weekday() == weekday) and (month is None or day.month == month)
            and (number is None or day.day == number))


def _day_told(own: Happening) -> bool:
    """Does ``own`` tell its day: a day its text states, or a day it names that no
    publication day could date ("on Friday")?  A meeting told so needs no place."""
    stated = own.date_precision == "day" and own.date_basis == "text"
    return stated or bool(_named_days(own))


def _dates_fit(own: Happening, other: Happening, news: list[tuple[dt.date, dt.date]]) -> bool:
    """``other`` is dated to a day that ``own``'s date admits (a month or year holding it;
    a day the same, or a day apart where either is only a report's publication day), and
    that each of ``own``'s reports could tell as news in its time (``_news_times``)."""
    day = iso_day(other.date)
    if day is None or other.date_precision != "day":
        return False
    if own.date is not None:
        first, last = days_of(own.date)
        if own.date_precision == "day" and "reported" in (own.date_basis, other.date_basis):
            first -= _REPORTED_AFTER
            last += _REPORTED_AFTER
        if not first <= day <= last:
            return False
    if own.date_precision != "day" and not all(_names_day(n, day) for n in _named_days(own)):
        # "el martes" with no day to count from: a Tuesday, whichever.
        return False
    # A plan is told ahead of its day, within the month as other news is after it.
    ahead = _NEWS_WITHIN if "planned" in (own.status, other.status) else _REPORTED_AFTER
    return all(first - _NEWS_WITHIN <= day <= last + ahead for first, last in news)


def fits(own: Happening, other: Happening, news: list[tuple[dt.date, dt.date]]) -> bool:
    """May ``own`` be ``other`` told in another language: the same type, its parties among
    ``other``'s from the same side, no conflict of place (a meeting's place named on both
    sides unless ``own`` tells its day) and a day its date and news times admit?"""
    placed = own.place is not None and own.place.kind != "region"
    both = own.type in _PLACE_NEEDED and placed
    return (other.type == own.type and _parties_fit(own.participants, other.participants)
            and _sides_fit(own, other)
            and (_places_fit(own.place, other.place, both=both) or _day_stands_for_place(own))
            and _dates_fit(own, other, news))


def _day_stands_for_place(own: Happening) -> bool:
    """An act that is no meeting, told with no date but naming its day ("Bolivia rompió el
    martes relaciones con Israel en protesta por la ofensiva en Gaza", in reports with no
    publication day): the place its reports name may be the one the act is about, not where
    it was done, and the day it names (checked against the candidate's) tells which of its
    parties' acts it is as a place would."""
    return own.type not in _PLACE_NEEDED and own.date is None and bool(_named_days(own))


def _one_of(own: Happening, fitting: list[Happening]) -> Happening | None:
    """The one happening that fits, or of several of one day (one happening its other
    reports split: "Araghchi arrived in Turkey", "Araghchi met Fidan") the one that names
    every party ``own`` names; None where that leaves more than one (the same parties act
    again and again)."""
    if len(fitting) == 1:
        return fitting[0]
    if len({h.date for h in fitting}) != 1:
        return None
    ids = {a.id for a in own.participants}
    full = [h for h in fitting if ids <= {a.id for a in h.participants}]
    return full[0] if len(full) == 1 else None


def _news_times(own: Happening, lead: dict[str, str | None], by_id: dict[str, Happening],
                published: dict[str, str | None]) -> list[tuple[dt.date, dt.date]]:
    """When each of ``own``'s reports tells its news: its publication day (or month), or else
    the day of the happening it leads with (a report of 2015's downing of a jet that also
    tells of a planned trip tells of a trip of 2015)."""
    times = []
    for article in own.articles:
        out = published.get(article)
        if out and len(out) >= 7:
            times.append(days_of(out))
        elif (led := by_id.get(lead.get(article) or "")) is not None and led is not own:
            if led.date_precision == "day" and (day := iso_day(led.date)) is not None:
                times.append((day, day))
    return times


def _languages(happening: Happening, language: dict[str, str | None]) -> set[str | None]:
    return {language.get(a) for a in happening.articles}


def _fill_in(chosen: Happening, own: Happening) -> None:
    """What ``own`` brings: its reports, its parties that ``chosen`` does not already stand
    for (a country one of its people stands for adds nothing), and a place where it has none."""
    chosen.mentions.extend(own.mentions)
    ids = {a.id for a in chosen.participants}
    countries = _countries(a for a in chosen.participants if a.kind == "person")
    chosen.participants += [a for a in own.participants
                            if a.id not in ids and not (a.kind != "person" and a.country in countries)]
    place = own.place
    if place is not None and place.kind == "city" and (
            chosen.place is None or chosen.place.kind != "city" and chosen.place.country == place.country):
        chosen.place = place
    elif chosen.place is None and place is not None and place.kind == "country":
        chosen.place = place


def join_across_languages(
    happenings: list[Happening],
    lead: dict[str, str | None],
    language: dict[str, str | None],
    published: dict[str, str | None] | None = None,
) -> tuple[list[Happening], dict[str, str | None]]:
    """Join each happening told in one language alone to the one happening of its type, told
    also in another language, that its parties, place and date fit (module docstring).
    Returns the happenings left and each article's lead happening."""
    published = published or {}
    dated = [h for h in happenings if h.date_precision == "day" and iso_day(h.date)]
    spoken = {h.id: _languages(h, language) for h in happenings}
    by_id = {h.id: h for h in happenings}
    gone: set[str] = set()
    # A language -> the dated happenings told in another, as ``spoken`` stands: made once and
    # made again after a join (the only thing that changes ``spoken``), not for every happening.
    told_otherwise: dict[str | None, list[Happening]] = {}
    # A happening told in one language becomes one told in two once another joins it, and may
    # then take a report of its first language that fits it: passes until one joins nothing,
    # so such a report is not passed over for coming first by id.
    joined = True
    while joined:
        joined = False
        for own in sorted(happenings, key=lambda h: h.id):
            tongues = spoken[own.id]
            if len(tongues) != 1 or None in tongues or own.id in gone:
                continue
            placed = own.place is not None and own.place.kind != "region"
            if own.type in _PLACE_NEEDED and not placed and not _day_told(own):
                continue
            days = _news_times(own, lead, by_id, published)
            (tongue,) = tongues
            if tongue not in told_otherwise:
                told_otherwise[tongue] = [h for h in dated if spoken[h.id] - tongues]
            fitting = [h for h in told_otherwise[tongue] if h is not own and h.id not in gone and fits(own, h, days)]
            chosen = _one_of(own, fitting)
            if chosen is None:
                continue
            _fill_in(chosen, own)
            spoken[chosen.id] = spoken[chosen.id] | tongues
            gone.add(own.id)
            told_otherwise.clear()
            joined = True
            move_leads(lead, own.id, chosen.id)
    return [h for h in happenings if h.id not in gone], lead


def join_undated_by_named_day(
    happenings: list[Happening],
    lead: dict[str, str | None],
    published: dict[str, str | None] | None = None,
) -> tuple[list[Happening], dict[str, str | None]]:
    """An act that is no meeting, left undated once every story has dated its happening, whose
    reports name its day with nothing to resolve it against ("the military seized power on
    Monday", in a report with no publication day), joins the one day-dated happening of its
    type, in any language, whose parties are its own from the same side and whose day is the
    one it names: the day tells which of its parties' acts it is, as it does across languages.
    Only a day its reports of the act itself name counts (``_act_names_day``).  Its parties are matched as the linker matches them (one country's coup has one
    country).  Two such candidates leave it alone.  Meetings have their own rules (the same
    people meet again and again).  Returns the happenings left and each article's lead."""
    published = published or {}
    dated = [h for h in happenings if h.date_precision == "day" and iso_day(h.date)]
    by_id = {h.id: h for h in happenings}
    gone: set[str] = set()
    for own in sorted(happenings, key=lambda h: h.id):
        if own.date is not None or own.type in _PLACE_NEEDED or not _act_names_day(own):
            continue
        days = _news_times(own, lead, by_id, published)
        chosen = _one_of(own, [h for h in dated if h is not own and h.id not in gone and h.type == own.type
                               and participants_compatible(own.participants, h.participants)
                               and _sides_fit(own, h) and _dates_fit(own, h, days)])
        if chosen is None:
            continue
        _fill_in(chosen, own)
        gone.add(own.id)
        move_leads(lead, own.id, chosen.id)
    return [h for h in happenings if h.id not in gone], lead


def _act_names_day(own: Happening) -> bool:
    """Every day ``own``'s reports name undated is named by a report of its own act: a day
    told of something else said or done with it ("blasted Rahman on Saturday night", in a
    happening of a boxer's defence of his title) tells nothing of which of its acts it is."""
    named = [m for m in own.mentions if m.type == own.type and m.date is not None and not m.date.date
             and not m.date.earliest and not m.date.latest and m.date.text and named_day(m.date.text) is not None]
    return bool(named) and len(named) == len(_named_days(own))

"""Whether two reports' participants fit, for linking them (``dateline.link.happenings``): one
side's actors covering the other's, the people that key a report's blocks.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.records import ActorRef

__all__ = ["key_actors", "participants_compatible", "people_of"]


def _subsumes(big: Iterable[ActorRef], small: Iterable[ActorRef]) -> bool:
    """Every actor of ``small`` is in ``big``, a country being covered by one of its people."""
    big = list(big)
    ids = {a.id for a in big}
    countries = {a.country for a in big if a.country}
    for actor in small:
        if actor.id in ids:
            continue
        if actor.kind == "country" and actor.country in countries:
            continue
        return False
    return True


def people_of(actors: Iterable[ActorRef]) -> set[str]:
    return {a.id for a in actors if a.kind == "person"}


def key_actors(actors: Iterable[ActorRef]) -> set[str]:
    """Block keys: the people, or failing them every actor."""
    actors = list(actors)
    people = people_of(actors)
    return people or {a.id for a in actors}


def _linkable(actors: list[ActorRef]) -> bool:
    """Enough participants to tell the event apart: someone acting, not a lone country
    ("a visit to China" by nobody named)."""
    return any(a.kind != "country" for a in actors) or len(actors) >= 2


def participants_compatible(a: list[ActorRef], b: list[ActorRef]) -> bool:
    if not (_linkable(a) and _linkable(b)):
        return False
    if not (_subsumes(a, b) or _subsumes(b, a)):
        return False
    people_a, people_b = people_of(a), people_of(b)
    if len(people_a) >= 2 and len(people_b) >= 2 and people_a != people_b:
        # "Blinken met Qin" and "Blinken met Qin and Xi": a visitor meets one host, then
        # another; a report naming two people is the meeting of those two.
        return False
    if key_actors(a) & key_actors(b):
        return True
    # "The foreign ministers of Russia and China met" and "Lavrov held talks with Wang":
    # countries only on one side, all covered by the other side's people.
    return any(all(x.kind == "country" for x in side) for side in (a, b))

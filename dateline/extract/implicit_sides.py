"""Sides an event's clause leaves unnamed that PLOVER's definitions give.

PLOVER codes every PROTEST as "civilian demonstrations and other collective actions carried
out as protests against the recipient".  A report names that recipient when the protest is
aimed abroad ("besieged the Japanese embassy", "anti-Japan protests"), and leaves it unsaid
when the crowd protests at home ("workers walked off their jobs against plans to raise the
retirement age"): such a protest is against its own country's government, the authority
its demands are put to.  So a civilian protest with no target takes

1. the target of the same crowd's other protest, or act of force, told in the same sentence
   ("Thousands besieged the Japanese embassy ... and protests broke out in other cities"),
2. else that of the nearest protest of the crowd's country that names one ("protesters
   tried to storm the building" after "besieged the Japanese embassy"),
3. else the government of the protesters' country, or, when the crowd has none
   ("protesters stormed parliament"), of the country the protest happened in; not when the
   protest is at a foreign mission ("attacked its embassy": a foreign state's, whoever it
   is), nor when the crowd is of one country and the protest in another (whether it is
   against the host or against home is not told).

A country named as a protest's doer ("France held a general strike") stands for its
people: PLOVER's protests are civilian acts (a government's protest is ACCUSE).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dateline.english_words import english_words
from dateline.extract.context import trigger_token
from dateline.extract.event_lexicon import Lexicon, load_lexicon
from dateline.extract.event_roles import STATE_SECTORS, civilians_of
from dateline.records import ActorRef, EventMention

__all__ = ["arresting_state", "attack_recipients", "own_forces", "protest_recipients"]

FOREIGN_MISSION_NOUNS = english_words("foreign_mission_nouns")
OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _crowd(source: list[ActorRef]) -> list[ActorRef] | None:
    """The protest's doers as a crowd, a bare country read as its people; None when one of
    them belongs to a state (a government, its forces, an intergovernmental body): its act is
    no protest against a government.  Unions, parties and their leaders protest too."""
    out: list[ActorRef] = []
    for actor in source:
        if actor.kind == "country" and actor.country and not actor.sector:
            out.append(civilians_of(actor))
        elif actor.kind != "country" and actor.sector not in STATE_SECTORS:
            out.append(actor)
        else:
            return None
    return out


def _aimed_at_unnamed(token: Token | None) -> bool:
    """The protest's object or prepositional object is a foreign mission ("stormed the
    embassy") or something a pronoun owns ("attacked its embassy"): a recipient is named,
    though not by a name."""
    if token is None:
        return False
    heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for head in heads:
        if head.lemma_.lower() in FOREIGN_MISSION_NOUNS:
            return True
        if any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in head.children):
            return True
    return False


def _same_crowd(crowd: list[ActorRef], actors: list[ActorRef]) -> bool:
    ids = {a.id for a in crowd}
    countries = {a.country for a in crowd if a.country}
    return any(a.id in ids or (a.country and a.country in countries) for a in actors)


def protest_recipients(events: list[EventMention], government_of: Callable[[str], ActorRef | None],
                       doc: Doc | None = None, lex: Lexicon | None = None) -> None:
    """Give each civilian PROTEST with no target the recipient its sentence, article or
    country tells (module doc).  ``government_of`` maps an ISO code to that country's
    government; ``doc`` is the parse the events were read from (without it no trigger is
    looked at); ``lex`` the lexicon (default: the project's)."""
    lex = lex or load_lexicon()
    forceful = {"PROTEST", *lex.civilian_violence}
    open_protests: list[tuple[EventMention, list[ActorRef]]] = []
    for event in events:
        if event.type != "PROTEST" or event.target or not event.source:
            continue
        crowd = _crowd(event.source)
        if crowd:
            open_protests.append((event, crowd))
    for event, crowd in open_protests:  # 1: the same sentence
        named = next((other.target for other in events
                      if other is not event and other.start == event.start and other.target
                      and other.type in forceful and _same_crowd(crowd, other.source)
                      and not _same_crowd(crowd, other.target)), None)
        if named:
            event.source, event.target = crowd, list(named)
    for event, crowd in open_protests:  # 2: the crowd's nearest protest that names whom
        countries = {a.country for a in crowd if a.country}
        if event.target or not countries:
            continue  # "protesters" of no known country may be any crowd of the report
        nearest = min((other for other in events
                       if other is not event and other.type == "PROTEST" and other.target
                       and {a.country for a in other.source} & countries
                       and not _same_crowd(crowd, other.target)),
                      key=lambda other: abs(other.start - event.start), default=None)
        if nearest is not None:
            event.source, event.target = crowd, list(nearest.target)
    for event, crowd in open_protests:  # 3: at home
        # (a headline's event stands at 0-0: its words are not the body's)
        told = doc is not None and event.end > event.start
        if event.target or (told and _aimed_at_unnamed(trigger_token(doc, event))):
            continue
        countries = {a.country for a in crowd if a.country}
        place = event.place.country if event.place is not None else None
        if place and (not countries or event.place_source == "sentence"):
            countries.add(place)
        if len(countries) != 1:
            continue  # no country, or a crowd abroad: against whom is not told
        government = government_of(countries.pop())
        if government is not None:
            event.source, event.target = crowd, [government]


def attack_recipients(events: list[EventMention], country_of: Callable[[str], ActorRef | None]) -> None:
    """Give each ASSAULT with a doer and no victim named the country its sentence places it
    in, when that is not the doer's own ("French jets bombed a vehicle ... over Libya" is
    against Libya): PLOVER codes one-sided violence against its victims, and a strike abroad
    whose victims go unnamed is coded against the country struck.  An attack at home
    ("police fired on a crowd in Lagos") is left as told: against whom is not said."""
    for event in events:
        if (event.type != "ASSAULT" or event.target or not event.source or event.place is None
                or event.place_source != "sentence" or not event.place.country):
            continue
        doers = {a.country for a in event.source}
        if None in doers or event.place.country in doers:
            continue
        country = country_of(event.place.country)
        if country is not None:
            event.target = [country]


# A state's own people: the sectors the resolver gives the country of the act's place.
OWN_PEOPLE_SECTORS = frozenset({"civilian", "opposition", "labor"})
# Forces the resolver leaves without a country (soldiers are as often foreign as local).
FORCE_SECTORS = frozenset({"military", "armed", "police"})


def _of(actor: ActorRef, code: str) -> ActorRef:
    return ActorRef(id=f"group:{code}:{actor.sector}", name=actor.name, kind="group",
                    country=code, sector=actor.sector)


def own_forces(events: list[EventMention]) -> None:
    """An act of force or coercion the sentence places in a country, against that country's
    own people ("soldiers opened fire on demonstrators in Mandalay"): the crowd, strikers or
    opposition named with no country are of the place (as the resolver reads them when it
    knows the place), and forces named with no country that act on them there are that
    state's (PLOVER codes a state against its people as a domestic event).  Not when the
    victims are of another country than the place or of two, nor when a doer has one."""
    for event in events:
        if (event.type not in ("ASSAULT", "COERCE") or not event.source or not event.target
                or event.place is None or event.place_source != "sentence" or not event.place.country):
            continue
        code = event.place.country
        if any((a.sector or "") not in OWN_PEOPLE_SECTORS or a.kind != "group" for a in event.target):
            continue
        if any(a.country not in (None, code) for a in event.target):
            continue
        event.target = [a if a.country else _of(a, code) for a in event.target]
        if all(a.country is None and (a.sector or "") in FORCE_SECTORS and a.kind == "group"
               for a in event.source):
            event.source = [_of(a, code) for a in event.source]


# CAMEO's arrest, detention or charge: an act only a state's police, courts or forces do.
ARREST_CODES = ("173",)


def _unnamed_forces(source: list[ActorRef]) -> bool:
    """Doers told only as a state's force of no named country ("police", "the army")."""
    return bool(source) and all(a.country is None and (a.sector or "") in FORCE_SECTORS
                                and a.kind == "group" for a in source)


def arresting_state(events: list[EventMention], government_of: Callable[[str], ActorRef | None]) -> None:
    """Give an arrest told without its doer ("Khan was arrested in Lahore", or by a force
    the resolver does not know) the state of those arrested, when they are of one country
    and the arrest happened there or where is not told: arrests are a state's act on its
    own people (PLOVER's domestic COERCE).  Not when those arrested are of another country
    than the place or of two (a foreigner held abroad may be held by either side).  Those
    arrested of no known country ("journalist Roman Protasevich") are held by the state of
    the place the sentence tells: a state's police and courts arrest on its own soil.  A
    doer told only as "police" or "the army" is that state's force."""
    for event in events:
        if (event.type != "COERCE" or not event.target
                or not (event.cameo or "").startswith(ARREST_CODES)):
            continue
        forces = _unnamed_forces(event.source)
        if event.source and not forces:
            continue
        held = {a.country or "" for a in event.target}
        home = next(iter(held))
        where = event.place.country if event.place is not None else None
        if held == {""} and where and event.place_source == "sentence":
            home = where
        if len(held) != 1 or not home or (where and where != home):
            continue
        if forces:
            event.source = [_of(a, home) for a in event.source]
            continue
        state = government_of(home)
        if state is not None:
            event.source = [state]

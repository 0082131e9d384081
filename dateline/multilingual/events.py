"""Events from a cue, the actor names and the date of one sentence (no parser).

source: the actor before the cue nearest to it (or, in verb-final languages and when no
actor precedes the cue, the first actor of the sentence); target: the first other actor after
a target marker, else the next other actor.  Precision first: a sentence that is a question
gives nothing; a type needs two distinct actors, except protests and mobilisations (a known
source is enough); markers near the cue make the event negated, planned, hypothetical or
cancelled.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dateline.multilingual.cues import ARRIVAL, CASUALTY, MODE_PREFIX, NOT_CUE, TYPES, CueSet, Hit
from dateline.multilingual.roles import conjunctions
from dateline.multilingual.text import Sentence, spaceless
from dateline.records import ActorRef, EventMention, Mention, PlaceRef, content_id

CAMEO = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "051", "CONCEDE": "080", "COOPERATE": "060",
         "AID": "070", "RETREAT": "084", "REQUEST": "100", "ACCUSE": "112", "REJECT": "120",
         "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170",
         "ASSAULT": "190"}
SIGNING_CAMEO = "057"  # a joint cue is a signing: CAMEO "sign formal agreement", PLOVER SUPPORT
SOURCE_ONLY = {"PROTEST", "MOBILIZE"}
# A threat is made now about what would come ("Russland wird reagieren", "responderá"): a future
# word near it tells what is threatened, not that the threat is still to come.
FUTURE_CONTENT = {"THREATEN"}
VERB_FINAL = {"ja", "tr", "hi", "fa", "ko", "ur"}
# Verb-second languages put the participle (and a subordinate clause its verb) last: "Berlin hat den
# russischen Botschafter einbestellt".  With no actor after such a cue, the first actor is the source.
# Estonian, verb-second with its other side in a case, puts it before a noun cue ("Euroopa Liit
# kehtestas Venemaale uued sanktsioonid").
CLAUSE_FINAL_VERB = {"de", "nl", "et"}
# How far (characters) a marker may be from the cue it changes.
_MARKER_REACH = {"spaced": 40, "spaceless": 8}
MAX_SENTENCE = 600


@dataclass
class Candidate:
    cue: Hit
    source: list[ActorRef]
    target: list[ActorRef]


def sentence_events(sentence: Sentence, hits: list[Hit], mentions: list[Mention], article_id: str,
                    language: str, areas: list[Mention] | None = None) -> list[EventMention]:
    """At most one event per sentence: the first cue that finds its actors.  ``areas``: the
    countries that qualify an area ("台湾海峡", "an der syrischen Grenze"), whom a show of force
    there is aimed at."""
    if sentence.question or len(sentence.text) > MAX_SENTENCE:
        return []
    cues = [h for h in hits if h.kind in TYPES and not _inside_mention(h, mentions)]
    if not cues:
        return []
    if any(c.joint for c in cues):
        # "firmaron un acuerdo": the agreement is the one signed, and the signing the event
        cues = [c for c in cues if c.kind != "AGREE"]
    if language in VERB_FINAL:
        cues = cues[::-1]  # the main verb comes last ("... 合意を非難した")
    for cue in cues:
        if cue.kind == "MOBILIZE" and areas:
            candidate = _show_of_force(cue, mentions, areas, hits, language, sentence)
        else:
            candidate = _actors(cue, mentions, hits, language, sentence)
        if candidate is None or cue.aimed and (not candidate.target or _person_holds_drills(candidate)):
            continue
        modality, status = _modality(cue, hits, language)
        event = EventMention(
            id=content_id(article_id, str(sentence.start), cue.kind, cue.text, "ml"),
            article=article_id, type=cue.kind, start=sentence.start, end=sentence.end,
            text=sentence.text, trigger=cue.text, cameo=SIGNING_CAMEO if cue.joint else CAMEO[cue.kind],
            source=candidate.source, target=candidate.target, modality=modality, status=status,
            mode=_mode(cue, hits, language),
        )
        return [event]
    return []


VISIT_CAMEO = "042"  # make a visit
# How far (characters) the city may stand from the word of arriving: "прибыл в Хельсинки",
# "ist am Montag in Moskau eingetroffen", "北京に到着".
_ARRIVAL_REACH = {"spaced": 30, "spaceless": 8}


def arrival_event(sentence: Sentence, hits: list[Hit], mentions: list[Mention], places: list[tuple[int, PlaceRef]],
                  article_id: str, language: str, host: ActorRef | None = None) -> EventMention | None:
    """A person arriving in a city of another country ("Путин прибыл в Хельсинки", "布林肯抵达北京")
    visits that country, as English "arrived in Manila" does: the person is the source, the
    city's country the target (``host``, the caller's country actor for it) and the city the place."""
    if sentence.question or len(sentence.text) > MAX_SENTENCE:
        return None
    reach = _ARRIVAL_REACH["spaceless" if spaceless(language) else "spaced"]
    for cue in (h for h in hits if h.kind == ARRIVAL and not _inside_mention(h, mentions)):
        cities = [(max(0, at - cue.end, cue.start - at), place) for at, place in places
                  if place.kind == "city" and max(0, at - cue.end, cue.start - at) <= reach]
        people = [m for m in mentions if m.actor.kind == "person" and m.actor.country]
        before = [m for m in people if m.end <= cue.start]
        # the subject after the verb where none precedes it ("وصل عراقجي إلى أنقرة")
        person = (before[0] if language in VERB_FINAL else before[-1]) if before else next(
            (m for m in people if m.start >= cue.end), None)
        if not cities or person is None:
            continue
        city = min(cities, key=lambda c: c[0])[1]
        if not city.country or person.actor.country == city.country or host is None or host.country != city.country:
            continue
        modality, status = _modality(Hit("CONSULT", cue.start, cue.end, cue.text), hits, language)
        return EventMention(
            id=content_id(article_id, str(sentence.start), "CONSULT", cue.text, "ml"),
            article=article_id, type="CONSULT", start=sentence.start, end=sentence.end, text=sentence.text,
            trigger=cue.text, cameo=VISIT_CAMEO, source=[person.actor], target=[host],
            modality=modality, status=status, mode="visit", place=city, place_source="sentence",
        )
    return None


# Doers an attack report names with no country: armed groups ("Der Islamische Staat bekennt sich zu
# den Attentaten").
_STATELESS_DOERS = ("rebel",)


def casualty_event(sentence: Sentence, hits: list[Hit], mentions: list[Mention], places: list[tuple[int, PlaceRef]],
                   article_id: str, language: str, victims: ActorRef | None) -> EventMention | None:
    """An attack told by its dead or wounded and where they fell, its doer not named as a
    state ("Bei Anschlägen in Paris sind mindestens 120 Menschen getötet worden", "قتل نحو 100
    شخص في باريس"): PLOVER codes one-sided violence against its victims, here the country of
    the sentence's one country of places (``victims``, the caller's actor for it), as English
    does with "128 people were killed in attacks in Paris".  The source is an armed group of no
    country the sentence names ("Der Islamische Staat bekennt sich zu den Attentaten"), else
    none.  Not when the sentence names an actor of another country (who may be the doer)."""
    if sentence.question or len(sentence.text) > MAX_SENTENCE or victims is None:
        return None
    if not any(h.kind == CASUALTY for h in hits):
        return None
    cue = next((h for h in hits if h.kind == "ASSAULT" and not _inside_mention(h, mentions)), None)
    if cue is None or _modality(cue, hits, language) != ("asserted", "past"):
        return None
    doers = []
    for m in mentions:
        if m.actor.country == victims.country:
            continue  # the victims' own officials, or the victims
        if m.actor.country is None and m.actor.kind == "group" and m.actor.sector in _STATELESS_DOERS:
            doers.append(m.actor)
            continue
        return None
    if len({a.id for a in doers}) > 1:
        return None
    return EventMention(
        id=content_id(article_id, str(sentence.start), cue.kind, cue.text, "ml"),
        article=article_id, type="ASSAULT", start=sentence.start, end=sentence.end, text=sentence.text,
        trigger=cue.text, cameo=CAMEO["ASSAULT"], source=doers[:1], target=[victims],
        modality="asserted", status="past")


ARREST_CAMEO = "173"  # arrest, detain or charge: an act of a state's police, courts or forces
# Characters from the start of a sentence where the subject of a passive arrest stands in
# languages that put it first ("Ekrem Imamoglu, considerado ..., fue detenido").
_SUBJECT_REACH = 40


def arrest_event(sentence: Sentence, hits: list[Hit], mentions: list[Mention], article_id: str,
                 language: str, strangers: list[Mention],
                 government_of: Callable[[str], ActorRef | None], state: ActorRef | None) -> EventMention | None:
    """An arrest told without its doer ("Ekrem İmamoğlu gözaltına alındı", "X fue detenido"):
    the one arrested is the passive clause's subject, a person the knowledge base knows or a
    name it does not (``strangers``); the doer is the state, as English reads "Khan was
    arrested in Lahore" (extract/implicit_sides.arresting_state): the state of those arrested,
    else of where the sentence or the article tells (``state``), else not named."""
    if sentence.question or len(sentence.text) > MAX_SENTENCE:
        return None
    cue = next((h for h in hits if h.kind == "COERCE" and h.passive and not _inside_mention(h, mentions)), None)
    if cue is None or _modality(cue, hits, language) != ("asserted", "past"):
        return None
    people = sorted([m for m in mentions if m.actor.kind == "person"] + strangers, key=lambda m: m.start)
    before = [m for m in people if m.end <= cue.start]
    if not before:
        return None
    held = before[0]  # the subject opens the clause, where the verb comes last too
    if language not in VERB_FINAL and held.start - sentence.start > _SUBJECT_REACH:
        return None
    others = [m for m in mentions if m.actor.kind != "person" and m.actor.country
              and m.actor.country != held.actor.country]
    if held.actor.country is None and others:
        return None  # a foreign state named beside someone of no known country may be the one holding them
    if held.actor.country and state is not None and state.country != held.actor.country:
        return None  # someone held abroad may be held by either side
    doer = government_of(held.actor.country) if held.actor.country else state
    return EventMention(
        id=content_id(article_id, str(sentence.start), "COERCE", cue.text, "ml"),
        article=article_id, type="COERCE", start=sentence.start, end=sentence.end, text=sentence.text,
        trigger=cue.text, cameo=ARREST_CAMEO, source=[doer] if doer is not None else [], target=[held.actor],
        modality="asserted", status="past")


def _inside_mention(hit: Hit, mentions: list[Mention]) -> bool:
    return any(m.start <= hit.start and hit.end <= m.end for m in mentions)


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per actor, in order; a country standing right before a person of that
    country is the person's title ("глава МИД России Сергей Лавров")."""
    out: list[Mention] = []
    for m in mentions:
        if any(o.actor.id == m.actor.id for o in out):
            continue
        out.append(m)
    people_countries = {m.actor.country for m in out if m.actor.kind == "person"}
    return [m for m in out if not (m.actor.kind == "country" and m.actor.country in people_countries
                                   and _titles_person(m, mentions))]


def _titles_person(country: Mention, mentions: list[Mention]) -> bool:
    return any(p.actor.kind == "person" and p.actor.country == country.actor.country
               and abs(p.start - country.start) <= 80 for p in mentions)


def _actors(cue: Hit, mentions: list[Mention], hits: list[Hit], language: str,
            sentence: Sentence) -> Candidate | None:
    actors = _distinct(mentions)
    if not actors:
        return None
    # Of an actor named more than once before the cue, the mention nearest it is the one that
    # stands in this clause ("... de acuerdo a la instrucción del presidente, México rompió").
    before = _distinct([m for m in mentions if m.end <= cue.start][::-1])[::-1]
    # A name between the words of a split cue ("bestellte den Botschafter Ungarns ein") follows it.
    after = [m for m in actors if m.start >= cue.end or (cue.start < m.start and m.end <= cue.end)]
    markers = [h for h in hits if h.kind == "target"]
    # An actor right after a target marker ("mit Putin treffen") is the counterpart, not the source.
    unmarked = [m for m in before if not _after_marker(m, markers, language)]
    if language in VERB_FINAL or not before:
        source = actors[0]
    elif language in CLAUSE_FINAL_VERB and not after and len(unmarked) >= 2 and _joined(before, hits) is None:
        source = unmarked[0]
    elif _joined(before, hits) is not None:
        source = before[0]
    else:
        source = unmarked[-1] if unmarked else before[0]
    passive = _passive(cue, actors, before, hits, language)
    if passive is not None:
        return passive
    if cue.kind == "ASSAULT":
        attacker = _attacker(mentions, hits, language, sentence)
        if attacker is not None:
            return _attack_on(cue, attacker, actors)
    others = [m for m in actors if m.actor.id != source.actor.id and not _same_side(m, source)]
    # Coordinated subjects ("Путин и Трамп встретились"): both are the parties.
    joined = _joined(before, hits) if language not in VERB_FINAL else None
    if joined is None and (cue.kind in _SYMMETRIC or cue.joint):
        # "zwischen US-Präsident Donald Trump und Kremlchef Wladimir Putin", "Los presidentes de
        # Estados Unidos, Barack Obama, y de Cuba, Raúl Castro, ... una reunión".
        joined = (_coordinated(before[-2:], cue, sentence, language, before=True)
                  or _coordinated(after[:2], cue, sentence, language, before=False))
    target = None
    if joined is not None and (cue.kind in _SYMMETRIC or cue.joint):
        source, target = joined
    else:
        if joined is not None and _and_between(*joined, sentence, language):
            # "Chile y Colombia llamaron a consultas a sus embajadores": both act; neither is the target.
            others = [m for m in others if m.actor.id not in {j.actor.id for j in joined}]
        after_marker = [m for m in others if _after_marker(m, markers, language) and m.start > source.start]
        following = [m for m in others if m.start > source.start]
        pool = after_marker or (after if language not in VERB_FINAL else following) or following
        pool = [m for m in pool if m.actor.id != source.actor.id]
        target = pool[0] if pool else None
        if target is None and cue.kind not in SOURCE_ONLY:
            target = _only_other_side(cue, others, markers)
    if target is None:
        if cue.kind in SOURCE_ONLY and source.actor.kind != "country" or cue.kind in SOURCE_ONLY and before:
            return Candidate(cue, [source.actor], [])
        return None
    return Candidate(cue, [source.actor], [target.actor])


def _person_holds_drills(candidate: Candidate) -> bool:
    """Drills are held by a state's forces (PLOVER: militaries or armed groups); a person named
    as their doer is a name the sentence gives for another reason ("为反制赖清德...演练")."""
    return any(a.kind == "person" for a in candidate.source)


def _show_of_force(cue: Hit, mentions: list[Mention], areas: list[Mention], hits: list[Hit], language: str,
                   sentence: Sentence) -> Candidate | None:
    """Drills or troops massed in an area a country names ("在台湾海峡中部组织演练", "an der
    ukrainischen Grenze"): that country is where, never the doer, and when the clause names
    no other recipient it is the one the show of force is aimed at (as English reads "drills
    around Taiwan")."""
    at = {m.start for m in areas}
    found = _actors(cue, [m for m in mentions if m.start not in at], hits, language, sentence)
    if found is None or found.target:
        return found
    source = found.source[0]
    aimed = [m.actor for m in areas if m.actor.id != source.id and m.actor.country != source.country]
    return Candidate(cue, found.source, aimed[:1])


_AGENT_REACH = 60  # characters between an agent marker and the cue it belongs to
_AGENT_GAP = 20  # characters between the marker and its actor ("par des avions russes")


def _passive(cue: Hit, actors: list[Mention], before: list[Mention], hits: list[Hit],
             language: str) -> Candidate | None:
    """A passive clause names who acts after an agent marker ("... Türkiye'ye ait bir F-16
    tarafından düşürüldü", "abattu par des avions russes"): that actor is the source, and the
    one the clause is about (before the cue; the first in verb-final languages) the target."""
    postposition = language in VERB_FINAL
    for h in hits:
        if h.kind != "agent" or not (abs(h.start - cue.end) <= _AGENT_REACH or abs(cue.start - h.end) <= _AGENT_REACH):
            continue
        if postposition:
            near = [m for m in actors if m.end <= h.start and h.start - m.end <= _AGENT_GAP]
            agent = near[-1] if near else None
        else:
            near = [m for m in actors if m.start >= h.end and m.start - h.end <= _AGENT_GAP]
            agent = near[0] if near else None
        if agent is None:
            continue
        pool = actors if postposition else before
        patients = [m for m in pool if m.actor.id != agent.actor.id and not _same_side(m, agent)
                    and m.start < agent.start]
        if patients:
            return Candidate(cue, [agent.actor], [(patients[0] if postposition else patients[-1]).actor])
    return None


_RECIPIENT_REACH = 20  # characters from the cue to the marker of a recipient it names


def _only_other_side(cue: Hit, others: list[Mention], markers: list[Hit]) -> Mention | None:
    """The recipient the clause names by a description no name covers ("México rompió
    relaciones con el país andino"): a target marker right after the cue says there is one,
    and when the sentence names one other side only, it is that side."""
    if not any(0 <= h.start - cue.end <= _RECIPIENT_REACH for h in markers):
        return None
    sides = {m.actor.country or m.actor.id for m in others}
    return others[0] if len(sides) == 1 else None


# Where a country adjective stands to the noun it qualifies: after it ("غارة إسرائيلية", "frappe
# américaine", "ataque ruso"), or before it ("russischer Angriff", "российский удар").
ADJECTIVE_AFTER = {"ar", "es", "fr", "it", "pt", "ca", "ro", "vi"}
ADJECTIVE_BEFORE = {"de", "nl", "ru", "uk", "bg", "pl", "cs", "sk", "hr", "bs", "sl", "lt", "lv", "et", "el", "sv", "da", "no", "hu", "fi"}


def _attacker(mentions: list[Mention], hits: list[Hit], language: str, sentence: Sentence) -> Mention | None:
    """The country whose adjective qualifies an attack noun of the sentence ("بضربة أميركية",
    "une frappe américaine", "российский удар"): it made the attack, wherever the clause names
    its victim (a passive "قُتل X ... بضربة أميركية" names the victim first)."""
    attacks = [h for h in hits if h.kind == "ASSAULT"]
    text, at = sentence.text, sentence.start
    found = []
    for m in mentions:
        if m.actor.kind != "country" or not _adjective_form(m.text, language):
            continue
        for h in attacks:
            if language in ADJECTIVE_AFTER and h.end <= m.start and not text[h.end - at:m.start - at].strip():
                found.append(m)
            elif language in ADJECTIVE_BEFORE and m.end <= h.start and not text[m.end - at:h.start - at].strip():
                found.append(m)
    return found[0] if len({m.actor.id for m in found}) == 1 else None


def _adjective_form(word: str, language: str) -> bool:
    """A country word written as an adjective: lower case where names are capitalised, the
    nisba ending in Arabic ("أميركية", "الروسي")."""
    if language == "ar":
        return word.endswith(("ي", "ية"))
    # an elided article is no part of the name: "l'Ukraine", "dell’Iran" are names, not adjectives
    return word.split("'")[-1].split("’")[-1][:1].islower()


def _attack_on(cue: Hit, attacker: Mention, actors: list[Mention]) -> Candidate | None:
    """The attacker's event: its victim is the sentence's first actor of another side."""
    victims = [m for m in actors if m.actor.id != attacker.actor.id and not _same_side(m, attacker)]
    return Candidate(cue, [attacker.actor], [victims[0].actor]) if victims else None


# Languages whose case markers follow the noun ("バイデン大統領と", "Putin ile", "पुतिन से"): a
# target marker there belongs to the name before it, a title word or two away at most.
POSTPOSITIONAL = {"ja", "ko", "tr", "hi", "ur", "fi", "hu", "et"}  # Finnish "Putinin kanssa", Hungarian "Oroszország ellen"
_POSTPOSITION_REACH = {"spaced": 12, "spaceless": 6}


def _after_marker(m: Mention, markers: list[Hit], language: str = "") -> bool:
    """The mention is marked as a target by one of ``markers``."""
    if language in POSTPOSITIONAL:
        reach = _POSTPOSITION_REACH["spaceless" if spaceless(language) else "spaced"]
        return any(m.end <= h.start and h.start - m.end <= reach for h in markers)
    return any(h.end <= m.start and m.start - h.end <= 30 for h in markers)


def _same_side(a: Mention, b: Mention) -> bool:
    """A person and their own country are one side ("Russia's Lavrov")."""
    return (a.actor.kind == "country" and b.actor.country == a.actor.country) or (
        b.actor.kind == "country" and a.actor.country == b.actor.country)


def _joined(before: list[Mention], hits: list[Hit]) -> tuple[Mention, Mention] | None:
    """Two actors before the cue joined by "and" (a "target" marker of kind "and" is not
    needed: the gap between them is short and holds no other name)."""
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    if b.start - a.end <= 6 and not _same_side(a, b):
        return a, b
    return None


_SYMMETRIC = ("CONSULT", "AGREE", "COOPERATE")
# "and" in the languages of the news (a word of its own; Arabic "و" is a prefix, see below).
_AND = {"и", "і", "й", "та", "und", "et", "y", "e", "and", "ve", "ile", "i", "और", "एवं", "va", "و", "ו"}
_AND_JOINED = ("和", "与", "與", "及", "と", "・")
_COORDINATION_REACH = 40  # characters of titles ("Kremlchef", "de Cuba") between two parties


def _and_between(a: Mention, b: Mention, sentence: Sentence, language: str) -> bool:
    gap = sentence.text[a.end - sentence.start:b.start - sentence.start]
    words = re.findall(r"\w+", gap.lower())
    # the language's own "and" too (roles.yaml _and): Czech "a" is Spanish "to"
    return bool(set(words) & (_AND | conjunctions(language)) or any(w.startswith("و") for w in words) or any(j in gap for j in _AND_JOINED))


def _coordinated(pair: list[Mention], cue: Hit, sentence: Sentence, language: str, *,
                 before: bool) -> tuple[Mention, Mention] | None:
    """Two people of two sides next to the cue, joined by "and" with at most a few title
    words between them: the two parties of a meeting or an agreement."""
    if len(pair) < 2:
        return None
    a, b = pair[0], pair[1]
    if a.actor.kind != "person" or b.actor.kind != "person" or _same_side(a, b) or a.actor.id == b.actor.id:
        return None
    if a.actor.country and a.actor.country == b.actor.country:
        return None
    gap = sentence.text[a.end - sentence.start:b.start - sentence.start]
    if len(gap) > _COORDINATION_REACH or any(c in gap for c in ".;:!?()\n"):
        return None
    if not _and_between(a, b, sentence, language):
        return None
    words = re.findall(r"\w+", gap.lower())
    if len(words) > 5:
        return None
    near = (cue.start - b.end) if before else (a.start - cue.end)
    return (a, b) if 0 <= near <= 200 else None


def _modality(cue: Hit, hits: list[Hit], language: str) -> tuple[str, str]:
    reach = _MARKER_REACH["spaceless" if spaceless(language) else "spaced"]
    # A marker among the cue's words is part of its phrase ("nicht unbeantwortet", "не ... без
    # ответа": a threat, not a denial); one that is the cue's word itself ("встретится") tells its tense.
    # A marker among the words of another phrase (a cue, or a phrase that is none: "nicht
    # unbeantwortet bleiben") is that phrase's own: "die Ausweisung werde nicht unbeantwortet
    # bleiben" does not deny the expulsion.
    phrases = [c for c in hits if (c.kind in TYPES or c.kind == NOT_CUE) and c != cue]
    near = {h.kind for h in hits if h.kind not in TYPES and h.kind not in ("target", NOT_CUE)
            and not (cue.start <= h.start and h.end <= cue.end and (h.start, h.end) != (cue.start, cue.end))
            and not any(_within(h, c) for c in phrases)
            and (abs(h.start - cue.end) <= reach or abs(cue.start - h.end) <= reach)}
    if cue.kind in FUTURE_CONTENT:
        near.discard("future")
    if "cancelled" in near:
        return "negated", "planned"
    if "negation" in near:
        return "negated", "planned" if "future" in near else "past"
    if "conditional" in near:
        return "hypothetical", "planned"
    if "future" in near:
        return "planned", "planned"
    return "asserted", "past"


def _within(marker: Hit, phrase: Hit) -> bool:
    """The marker is one of the phrase's words, not the whole of it."""
    return (phrase.start <= marker.start and marker.end <= phrase.end
            and (marker.start, marker.end) != (phrase.start, phrase.end))


# How far (characters) a mode word may be from the meeting cue it tells of: "обсудили в
# четверг по телефону", "习近平同拜登举行视频会晤".
_MODE_REACH = {"spaced": 40, "spaceless": 12}


def _mode(cue: Hit, hits: list[Hit], language: str) -> str | None:
    """How a meeting was held: a call where a mode word is part of the cue ("телефонный
    разговор", "通电话") or stands near it ("sprachen telefonisch", "视频会晤")."""
    if cue.kind != "CONSULT":
        return None
    reach = _MODE_REACH["spaceless" if spaceless(language) else "spaced"]
    near = [h for h in hits if h.kind.startswith(MODE_PREFIX)
            and max(0, h.start - cue.end, cue.start - h.end) <= reach]
    return near[0].kind[len(MODE_PREFIX):] if near else None


def marker_near(hits: list[Hit], kind: str, start: int, end: int, language: str) -> bool:
    """A marker of ``kind`` ("future", ...) within the markers' reach of the span start..end."""
    reach = _MARKER_REACH["spaceless" if spaceless(language) else "spaced"]
    return any(h.kind == kind and (abs(h.start - end) <= reach or abs(start - h.end) <= reach) for h in hits)


def find_hits(cues: CueSet, sentence: Sentence) -> list[Hit]:
    return cues.find(sentence.text, sentence.start)

"""Source and target actors of a fitted trigger.

Verbs: subject (or passive agent) is the source; direct object, dative and the entry's
prepositional objects are targets.  Nouns: possessor, modifiers and "by/between" phrases
are sources, their light verb's subject too ("X held talks with Y"); "with/on/against"
phrases are targets.  Meetings count only actors the phrase head itself names.
Some nouns' possessor undergoes the deed ("Khan's arrest"; data/event_roles.yaml); a
withdrawal's "of" phrase withdraws; a third party's subject acts on those a noun is
"between" ("X launched a mediation effort between Y and Z").
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.english_words import english_words
from dateline.extract.event_args import (
    MentionIndex,
    actors_of,
    children,
    dedupe,
    governing_verb,
    head_actors,
    head_actors_strict,
    is_passive,
    subject_actors,
    subject_of,
    with_conjuncts,
)
from dateline.extract.event_lexicon import Lexicon, TriggerEntry
from dateline.extract.event_match import (
    Candidate,
    adjectival_participle,
    is_verb,
    through_quantity,
)
from dateline.extract.meetings import (
    meeting_of_clause,
    place_targets,
)
from dateline.records import ActorRef
from dateline.yaml_words import read_words_yaml

if TYPE_CHECKING:  # only named in annotations: linking imports this module and never needs spaCy
    from spacy.tokens import Token

ROLES_PATH = Path(__file__).resolve().parent.parent / "data" / "event_roles.yaml"


@functools.lru_cache(maxsize=1)
def possessor_undergoes() -> frozenset[str]:
    """Event nouns whose possessor is the target (data/event_roles.yaml)."""
    data = read_words_yaml(ROLES_PATH) or {}
    return frozenset(str(w).lower() for w in data.get("possessor_undergoes") or ())


STATE_KINDS = ("country",)
CONSULT_TARGET_PREPS = english_words("consult_target_prepositions")
# Types whose target is often named only by a purpose clause ("struck to protest X").
PURPOSE_TYPES = ("PROTEST",)
# Types whose target, when no party is named, is where it happened ("killed 30 in X").
PLACE_TARGET_TYPES = ("ASSAULT", "COERCE")
PLACE_PREPS = english_words("place_target_prepositions")
QUESTION_WORDS = frozenset({"how", "what", "which", "who", "whom", "whose"})
STATE_SECTORS = ("government", "military", "igo", "police", "legislature", "judiciary")
CROWD_COUNT_NOUNS = english_words("crowd_count_nouns")
INSTRUMENT_NOUNS = english_words("instrument_nouns")
INSTRUMENT_PREPS = english_words("instrument_prepositions")
MEDIUM_NOUNS = english_words("medium_nouns")


def prep_actors(
    token: Token, preps: Collection[str], index: MentionIndex, heads_only: bool = False
) -> list[ActorRef]:
    collect = head_actors if heads_only else actors_of
    out: list[ActorRef] = []
    for prep in children(token, "prep", "dative", "prt"):
        if prep.lower_ in preps:
            for pobj in prep_objects(prep):
                out.extend(collect(pobj, index))
    return out


def name_conjuncts(verb: Token, index: MentionIndex, also: tuple[str, ...] = ()) -> list[ActorRef]:
    """Names parsed as conjuncts of the verb itself ("held talks with X, and Y and Z"), or
    (``also``) as a second object of the light verb ("hold talks with his counterpart,
    President X"): a proper name is no second clause, so it continues the list of those met."""
    return [
        a for c in children(verb, "conj", *also) if c.pos_ == "PROPN" and not children(c, "nsubj")
        for t in with_conjuncts(c) for a in head_actors_strict(t, index)
    ]


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, reading "with visiting Foreign Minister X" (parsed as
    a participle clause) as "with X"; a weapon after "with" is what the act is done with,
    no party ("attacked Crimea with drones")."""
    out = children(prep, "pobj")
    if prep.lower_ in INSTRUMENT_PREPS:
        out = [o for o in out if o.lemma_.lower() not in INSTRUMENT_NOUNS]
    for pcomp in children(prep, "pcomp"):
        if adjectival_participle(pcomp):
            out += children(pcomp, "dobj")
    if not out and not children(prep, "pcomp"):
        # a preposition left without its object ("with Foreign Minister X, a spokesman
        # said" parsed with X as the subject of "said"): the name right after it
        doc, i = prep.doc, prep.i + 1
        while i < len(doc) and doc[i].dep_ == "compound" and doc[i].head.i > i:
            i += 1
        if i < len(doc) and doc[i].pos_ == "PROPN":
            out.append(doc[i])
    return out


def raised_subjects(verb: Token) -> list[Token]:
    """A passive verb's subject, or for one with none that completes a passive verb, that
    verb's: "X and Y were confirmed to have been detained" (X and Y were detained)."""
    own = children(verb, "nsubjpass")
    if own or verb.dep_ != "xcomp" or not is_passive(verb.head):
        return own
    return children(verb.head, "nsubjpass")


def occasion_agents(verb: Token, index: MentionIndex) -> list[ActorRef]:
    """Who did a passive verb's deed when the agent sits on the occasion: "were detained in
    a raid by the army", "was killed in an attack by rebels"."""
    return [
        a for prep in children(verb, "prep") if prep.lower_ in ("in", "during")
        for occasion in children(prep, "pobj") for by in children(occasion, "prep")
        if by.lower_ == "by" for p in children(by, "pobj") for a in actors_of(p, index, subject=True)
    ]


def occasion_targets(verb: Token, index: MentionIndex) -> list[ActorRef]:
    """Whom a deed is aimed at when the occasion names it: "seized power in a coup against
    X", "joined in an offensive against X"."""
    return [
        a for prep in children(verb, "prep") if prep.lower_ in ("in", "during")
        for occasion in children(prep, "pobj") for against in children(occasion, "prep")
        if against.lower_ == "against" for p in prep_objects(against) for a in actors_of(p, index)
    ]


def agent_actors(verb: Token, index: MentionIndex) -> list[ActorRef]:
    return [
        a for ag in children(verb, "agent") for p in children(ag, "pobj")
        for a in actors_of(p, index, subject=True)
    ]


def purpose_targets(verb: Token, lex: Lexicon, index: MentionIndex) -> list[ActorRef]:
    """Targets named by a purpose clause or phrase: "went on strike to protest X's
    decision", "staged a sit-in in protest against X"."""
    out: list[ActorRef] = []
    for clause in children(verb, "advcl", "xcomp"):
        if any(c.lower_ == "to" for c in clause.children):
            out += [a for o in children(clause, "dobj") for a in actors_of(o, index)]
            out += prep_actors(clause, lex.verb_target_preps, index)
    for prep in children(verb, "prep"):
        if prep.lower_ == "in":
            for pobj in children(prep, "pobj"):
                if pobj.lemma_.lower() in ("protest", "response", "retaliation", "solidarity"):
                    out += prep_actors(pobj, ("against", "at", "over", "of", "with"), index)
    return out


# Modes of a state sending people out of its land: said in the passive without an agent,
# the land they leave is the state's ("was expelled from Russia").
EXPULSION_MODES = ("expel", "deport")


def verb_roles(
    verb: Token, entry: TriggerEntry, lex: Lexicon, index: MentionIndex,
    absorbed: Sequence[Token] = (),
):
    consult = entry.type == "CONSULT"
    preps: Collection[str]
    if entry.target_preps is not None:
        preps = entry.target_preps
    else:
        preps = CONSULT_TARGET_PREPS if consult else lex.verb_target_preps
        preps = (*preps, *lex.type_target_preps.get(entry.type, ()))
    # a meeting's object is a participant only when it names one ("met X", not
    # "discussed issues including X")
    collect = head_actors if consult else actors_of
    passive = is_passive(verb)
    if passive and entry.stative_passive and not children(verb, "agent"):
        passive = False  # "X is opposed to Y", "X is committed to"
        source = [a for s in children(verb, "nsubjpass") for a in actors_of(s, index, True)]
        target = []
    elif passive:
        source = agent_actors(verb, index) or occasion_agents(verb, index)
        if not source and entry.mode in EXPULSION_MODES:
            # "the ambassador was expelled from Kinshasa": the state he is sent out of
            source = (prep_actors(verb, ("from",), index, heads_only=True)
                      or place_targets(verb, ("from",), with_object=False, any_name=True))
        target = [a for s in raised_subjects(verb) for a in collect(s, index)]
    else:
        source = counted_nationals(verb, index) or subject_actors(verb, index)
        # a required party is not what the trigger's own object names ("sent troops to X");
        # "expelled diplomats" keeps them as targets.  (Leaving out every AID and MOBILIZE
        # object too lowered target countries on both PLOVER halves: taken out.)
        resource = entry.require == "target"
        taken = {t.i for t in absorbed} if resource else set()
        target = [a for o in children(verb, "dobj", "dative") if o.i not in taken
                  for a in collect(o, index)]
    # a required party must be named by the phrase head ("sent troops to X", not "to its
    # border with X")
    target += prep_actors(verb, preps, index, heads_only=consult or entry.require == "target")
    for noun in absorbed:  # "spoke by telephone with X", "lifted the blockade on X"
        target += prep_actors(noun, preps, index, heads_only=consult)
    if consult:  # "hosted talks between X and Y"
        for noun in children(verb, "dobj"):
            if any(e.type == "CONSULT" for e in lex.nouns.get(noun.lemma_.lower(), ())):
                target += prep_actors(noun, ("between", "among", "with"), index, True)
    if consult and target:
        target += name_conjuncts(verb, index)
    if not target and entry.mode == "visit":
        target += place_targets(verb, preps, with_object=True)
    if not target and entry.type in PURPOSE_TYPES:
        target += purpose_targets(verb, lex, index)
    if not target and not consult:  # "seized power in a coup against X"
        target += occasion_targets(verb, index)
    unnamed_victims = any(group_actor(o, lex) for o in children(verb, "dobj", "nsubjpass"))
    if not target and entry.type in PLACE_TARGET_TYPES and not unnamed_victims:
        # "ambushed a convoy in Pakistan": where it happened stands for whom
        target += prep_actors(verb, PLACE_PREPS, index, heads_only=True)
        target = target or place_targets(verb, PLACE_PREPS, with_object=True)
        target = target or controllers(verb, index, with_object=True)
    if not target and entry.type in NEAR_TARGET_TYPES:
        target += near_targets(verb, index)
    if not target and not consult and not children(verb, "dobj"):
        # "demanded that X withdraw": the clause names whom; in "ordered its troops to
        # leave the city" the object is whom, and the clause's place is none
        for comp in children(verb, "xcomp", "ccomp"):
            if comp.dep_ == "ccomp":
                target += [a for s in children(comp, "nsubj") for a in actors_of(s, index)]
            target += [a for o in children(comp, "dobj") for a in actors_of(o, index)]
            target += prep_actors(comp, lex.verb_target_preps, index)
    if entry.recipient_subject and not passive:
        # "Sudan received aid from Saudi Arabia": the giver is the source
        target, source = source, prep_actors(verb, ("from",), index, heads_only=True)
    source = dedupe(source)
    return source, dedupe(target, exclude=source)


def civilians_of(country: ActorRef) -> ActorRef:
    """The civilians of a country as a group actor (PLOVER's CVL sector): a crowd, a
    protest's unnamed doers, a country named as a protest's doer."""
    return ActorRef(id=f"group:{country.country}:civilian", name=f"civilians of {country.name}",
                    kind="group", country=country.country, sector="civilian")


def counted_nationals(verb: Token, index: MentionIndex) -> list[ActorRef]:
    """"Thousands of Chinese besieged the embassy": a count of a country's people is a crowd
    of its civilians, not the state the demonym names."""
    out: list[ActorRef] = []
    for subject in children(verb, "nsubj"):
        if not (subject.like_num or subject.lemma_.lower() in CROWD_COUNT_NOUNS):
            continue
        for prep in children(subject, "prep"):
            for pobj in children(prep, "pobj") if prep.lower_ == "of" else []:
                for mention in index.at(pobj):
                    actor = mention.actor
                    if actor.kind == "country" and actor.country:
                        out.append(civilians_of(actor))
    return dedupe(out)


def opposed_modifier(token: Token) -> bool:
    """A modifier written "anti-X": X is what the act is against, not who does it."""
    doc = token.doc
    first = min(t.i for t in token.subtree)
    return first >= 2 and doc[first - 1].text == "-" and doc[first - 2].lower_ == "anti"


def noun_roles(cand: Candidate, lex: Lexicon, index: MentionIndex):
    noun, entry = cand.token, cand.entry
    consult = entry.type == "CONSULT"
    source_preps = entry.source_preps if entry.source_preps is not None else lex.noun_source_preps
    target_preps: Collection[str]
    if entry.target_preps is not None:
        target_preps = entry.target_preps
    else:
        target_preps = CONSULT_TARGET_PREPS if consult else lex.noun_target_preps
        target_preps = (*target_preps, *lex.type_target_preps.get(entry.type, ()))
    source: list[ActorRef] = []
    target: list[ActorRef] = []
    borrow = False
    withdrawal = entry.type == "RETREAT" and entry.mode == "withdraw"
    between: list[ActorRef] = []  # "talks between X and Y": the parties, or a third's targets
    undergoes = noun.lemma_.lower() in possessor_undergoes() and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    # "a mediation effort between X and Y": the head noun carries the arguments
    frame = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    # "aid worth $3 billion for Sudan": the amount's phrases are the noun's
    frame += [c for c in noun.children if c.dep_ == "amod" and c.lower_ == "worth"]
    for child in (c for token in frame for c in token.children):
        if child == noun:
            continue
        if child.dep_ == "poss":
            if undergoes:
                target += actors_of(child, index)  # "Khan's arrest": Khan is arrested
            elif child.pos_ == "PRON":
                borrow = True
            else:
                source += actors_of(child, index, subject=True)
        elif child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i:
            found = actors_of(child, index, subject=True)
            if consult:  # "the ASEAN meeting", "the BRICS summit" name the host, not a party
                found = [a for a in found if a.kind != "organisation"]
            if opposed_modifier(child):
                target += found  # "anti-Japan protests" are against Japan
            else:
                source += found
        elif child.dep_ == "prep":
            pobjs = prep_objects(child)
            if withdrawal and child.lower_ == "of":
                # "the withdrawal of Russian troops": who withdraws, not from whom
                source += [a for p in pobjs for a in actors_of(p, index, subject=True)]
            elif withdrawal and child.lower_ == "from":  # "... from Mali": whom it leaves
                target += [a for p in pobjs for a in head_actors(p, index)]
            elif child.lower_ in source_preps:
                found = [a for p in pobjs for a in actors_of(p, index)]
                source += found
                if child.lower_ in ("between", "among"):
                    between += found
            elif child.lower_ in target_preps:
                collect = head_actors if consult else actors_of
                target += [a for p in pobjs for a in collect(p, index)]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and (
            consult or "between" in source_preps):
        # "a meeting took place between X and Y", "talks were held between X and Y",
        # "clashes broke out between X and Y": the parser hangs the parties on the verb
        for prep in children(noun.head, "prep"):
            if prep.lower_ in ("between", "among"):
                source += [a for p in prep_objects(prep) for a in actors_of(p, index)]
    if consult and any(c.dep_ == "prep" and c.lower_ in target_preps for c in noun.children):
        # "talks with his counterpart, President X, and Y": the names, parsed as
        # appositions of the talks, are the counterparts
        for appos in children(noun, "appos"):
            target += [a for t in with_conjuncts(appos) for a in head_actors_strict(t, index)]
    if not target and entry.mode == "visit":
        target += place_targets(noun, target_preps, with_object=False)
    if not target and entry.type in PLACE_TARGET_TYPES:  # "a terrorist attack in Moscow"
        target += place_targets(noun, PLACE_PREPS, with_object=False)
    if not target and entry.type in ADDRESSED_TYPES:  # "an ultimatum for X to step down"
        target += addressees(noun, index)
    if not target and entry.type in SENT_TYPES:  # "aid to be sent to Ukraine"
        target += sent_to(noun, index)
    if not target and entry.type in NEAR_TARGET_TYPES:  # "drills close to Taiwan"
        target += near_targets(noun, index)
    if not target and withdrawal:  # "the withdrawal from the city of Kherson"
        target += left_place_targets(noun)
    light = cand.light_verb or amount_verb(noun, entry, lex)
    if light is not None:
        if is_passive(light) and children(light, "agent"):
            doers = agent_actors(light, index)
        elif is_passive(light) and noun.dep_ == "pobj":
            # "X were engaged in ethnic cleansing": the passive subject acts
            doers = [a for s in children(light, "nsubjpass") for a in actors_of(s, index, True)]
        elif not is_passive(light):
            doers = subject_actors(light, index)
            if reported_by_medium(light):
                # the medium alone (left out of every event's parties later, as a dateline's
                # agency is), not whose it is nor a name it is not known by
                doers = [a for a in doers if a.sector == "media"]
        else:
            doers = []
        if doers and between and not {a.id for a in doers} & {a.id for a in between}:
            # "X launched a mediation effort between Y and Z": X acts, on Y and Z
            source = [a for a in source if a not in between]
            target = between + target
        source += doers
        extra = CONSULT_TARGET_PREPS if consult else lex.verb_target_preps
        extra = (*extra, *lex.type_target_preps.get(entry.type, ()))  # "held drills around X"
        target += prep_actors(light, extra, index, heads_only=consult)
        if not target and entry.type in PLACE_TARGET_TYPES:  # "struck across X-held areas"
            target += controllers(light, index, with_object=False)
        if not target and entry.type in NEAR_TARGET_TYPES:
            target += near_targets(light, index)
        if consult and target:
            target += name_conjuncts(light, index, also=("dobj",))
        target += [a for o in children(light, "dative") for a in actors_of(o, index)]
        if not target and entry.type in PURPOSE_TYPES:
            target += purpose_targets(light, lex, index)
    elif borrow or (consult and not source and meeting_of_clause(noun, entry, bool(target))):
        verb = governing_verb(noun)
        if verb is not None:
            doers = subject_actors(verb, index)
            if borrow and entry.mode == "visit":
                doers = visitor(verb, doers, target, index)
            source += doers
        if consult and not source and not target and plural_owner(noun):
            # "according to a readout of their meeting": the main clause's parties
            root = noun.sent.root
            source += subject_actors(root, index)
            target += [a for o in children(root, "dobj", "dative") for a in head_actors(o, index)]
    source = dedupe(source)
    return source, dedupe(target, exclude=source)


def reported_by_medium(verb: Token) -> bool:
    """The verb's subject is a medium ("Iraqi state television announced the killing of X"):
    it tells of the act, neither it nor whose it is did it.  A name after the medium's noun
    ("state television Al Iraqiya") is the medium's name."""
    for subject in subject_of(verb):
        head = subject.lemma_.lower()
        compounds = [c.lemma_.lower() for c in subject.children if c.dep_ == "compound"]
        if head in MEDIUM_NOUNS or any(f"{c} {head}" in MEDIUM_NOUNS for c in compounds):
            return True
        if subject.pos_ == "PROPN" and any(c in MEDIUM_NOUNS for c in compounds):
            return True
    return False


def visitor(verb: Token, subjects: list[ActorRef], target: list[ActorRef],
            index: MentionIndex) -> list[ActorRef]:
    """Whose "his visit" it is: "Xi welcomed Lula on his state visit to China" - no one
    visits their own country, so when the clause's subject belongs to the visited country,
    the visitor is the clause's object (the guest)."""
    visited = {a.country for a in target if a.country}
    if not subjects or not visited or any(a.country not in visited for a in subjects):
        return subjects
    objects = children(verb, "dobj")
    if not objects:
        return subjects
    # the guest, or no one when the object names no actor ("welcomed him"): the host is
    # not the visitor
    guests = [a for o in objects for a in head_actors(o, index)]
    return [a for a in guests if a.country and a.country not in visited]


# Types whose noun names whom it is put to as the doer of what is asked: "an ultimatum for
# the junta to step down", "a plea for NATO to close the sky".
ADDRESSED_TYPES = ("REQUEST", "THREATEN")


def addressees(noun: Token, index: MentionIndex) -> list[ActorRef]:
    """Actors of "for X" when a "to" infinitive follows X (X is to do it)."""
    out: list[ActorRef] = []
    doc = noun.doc
    for prep in children(noun, "prep"):
        if prep.lower_ != "for":
            continue
        for pobj in prep_objects(prep):
            after = pobj.right_edge.i + 1
            if (after + 1 < len(doc) and doc[after].tag_ == "TO"
                    and doc[after + 1].tag_ == "VB" and doc[after].head == doc[after + 1]):
                out += actors_of(pobj, index)
    # parsed as a clause: "a plea [for NATO to close the sky]", "for" its marker
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "for" and nxt.dep_ == "mark":
        clause = nxt.head
        if clause.tag_ == "VB" and any(c.tag_ == "TO" for c in clause.children):
            doers = children(clause, "nsubj") or children(nxt, "pobj")
            out += [a for s in doers for a in actors_of(s, index)]
    return out


# Types whose noun names its recipient in a participle: "aid to be sent to X", "weapons
# delivered to X".
SENT_TYPES = ("AID",)


def sent_to(noun: Token, index: MentionIndex) -> list[ActorRef]:
    """Recipients named in a passive participle clause of the noun."""
    out: list[ActorRef] = []
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        holders.append(noun.head.head)  # "$800 million in aid to be sent to X"
    for clause in (c for h in holders for c in children(h, "acl", "relcl")):
        if clause.tag_ == "VBN" or is_passive(clause):
            out += [a for p in children(clause, "prep") if p.lower_ in ("to", "for")
                    for o in prep_objects(p) for a in head_actors(o, index)]
    return out


# Types aimed at whom they are held near ("drills near Taiwan", "ships massed off Japan").
NEAR_TARGET_TYPES = ("MOBILIZE",)
NEAR_PREPS = english_words("near_target_prepositions")
CONTROL_LEMMAS = frozenset({"control", "hold", "occupy", "administer", "run"})


NEAR_PARTICIPLES = english_words("near_target_participles")
AREA_PREPS = english_words("area_prepositions")


def near_targets(token: Token, index: MentionIndex) -> list[ActorRef]:
    """Actors a show of force is held near: "near X", "around X", "off X", "close to X",
    also through the area it is held in: "in the waters around X", "in the sea
    surrounding X"."""
    out: list[ActorRef] = []
    areas = [p for prep in children(token, "prep") if prep.lower_ in AREA_PREPS
             for p in prep_objects(prep) if not index.at(p)]
    for area in areas:
        for clause in children(area, "acl"):
            if clause.lemma_.lower() in NEAR_PARTICIPLES:
                out += [a for o in children(clause, "dobj") for a in head_actors(o, index)]
    for child in [c for t in (token, *areas) for c in t.children]:
        preps = [child] if child.dep_ == "prep" and child.lower_ in NEAR_PREPS else []
        if child.lower_ == "close" and child.dep_ in ("amod", "advmod", "acomp"):
            preps = [p for p in children(child, "prep") if p.lower_ == "to"]
        for prep in preps:
            out += [a for p in prep_objects(prep) for a in head_actors(p, index)]
    return out


def controllers(token: Token, index: MentionIndex, with_object: bool) -> list[ActorRef]:
    """Who holds the ground a strike hits: "struck X-held territory", "strikes across areas
    of X-controlled Kashmir" (the actor named before "-controlled", "-held", "-occupied")."""
    heads = children(token, "dobj") if with_object else []
    heads += [p for prep in children(token, "prep") if prep.lower_ in PLACE_PREPS
              for p in prep_objects(prep)]
    out: list[ActorRef] = []
    for head in heads:
        for t in head.subtree:
            if t.tag_ == "VBN" and t.lemma_.lower() in CONTROL_LEMMAS and t.dep_ == "amod":
                for owner in t.children:
                    if owner.dep_ in ("npadvmod", "compound", "nmod", "amod") and owner.i < t.i:
                        out += [m.actor for m in index.at(owner)]
    return out


# Nouns that stand for the place their "of" phrase names ("the city of Kherson").
PLACE_HEAD_NOUNS = frozenset({"city", "town", "region", "province", "area", "capital", "village",
                              "district", "port"})


def left_place_targets(token: Token) -> list[ActorRef]:
    """The country of the place a withdrawal leaves: "from Kherson", "from the city of
    Kherson"."""
    found = place_targets(token, ("from",), with_object=False)
    if found:
        return found
    for prep in children(token, "prep"):
        if prep.lower_ == "from":
            for pobj in children(prep, "pobj"):
                if pobj.lemma_.lower() in PLACE_HEAD_NOUNS:
                    found += place_targets(pobj, ("of",), with_object=False)
    return found


def amount_verb(noun: Token, entry: TriggerEntry, lex: Lexicon) -> Token | None:
    """The light verb of "announced $800 million in assistance to X" (the amount is the
    verb's object, the noun says what it is in) and of "launched a campaign of air strikes"
    (the verb's object is a frame the event noun fills)."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return None
    if head.lower_ == "in":
        verb = head.head
        if verb.dep_ == "dobj" and (verb.like_num or verb.lemma_.lower() in lex.quantity_nouns):
            verb = verb.head  # "announced $800 million in aid"
    elif head.lower_ == "of" and head.head.dep_ == "dobj" and head.head.pos_ == "NOUN":
        verb = head.head.head
    else:
        return None
    allowed = entry.light_verbs or lex.light_verbs
    if verb.pos_ == "VERB" and verb.lemma_.lower() in allowed and not is_passive(verb):
        return verb
    return None


def plural_owner(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("their", "our") for c in noun.children)


def is_state(actors: list[ActorRef]) -> bool:
    return any(a.kind in STATE_KINDS or (a.sector or "") in STATE_SECTORS for a in actors)


def group_actor(noun: Token, lex: Lexicon) -> list[ActorRef]:
    """A provisional group for people the resolver cannot name ("thousands of farmers",
    "gunmen", "the rebels"), looked through "thousands of"."""
    if any(t.lower_ in QUESTION_WORDS for t in noun.subtree):
        return []  # "how many people": a question, not an actor
    for head in reversed(through_quantity(noun, lex)):  # "farmers" before "thousands"
        lemma = head.lemma_.lower()
        if head.like_num or lemma in lex.quantity_nouns:
            continue  # "dozens", "hundreds": a number, not who
        sector = (
            "civilian" if lemma in lex.civilian_groups
            else "armed" if lemma in lex.armed_groups else None
        )
        if sector:
            # the noun and what qualifies it, without determiners or numbers
            left = head.i
            while left > 0 and head.doc[left - 1].head == head and head.doc[left - 1].dep_ in (
                    "amod", "compound", "nmod"):
                left -= 1
            name = head.doc[left : head.i + 1].text
            return [ActorRef(id=f"provisional:{lemma}", name=name, kind="group", sector=sector)]
    return []


def group_roles(cand: Candidate, lex: Lexicon) -> tuple[list[ActorRef], list[ActorRef]]:
    """Provisional groups as source and target of a verb (or a noun's light verb)."""
    verb = cand.token if is_verb(cand.token) else cand.light_verb
    if verb is None:
        return [], []
    if is_passive(verb):
        agents = [p for a in children(verb, "agent") for p in children(a, "pobj")]
        objects = raised_subjects(verb)
    else:
        agents = subject_of(verb)
        objects = children(verb, "dobj") if verb == cand.token else []
    # what the trigger's own object names is the thing acted on ("sent soldiers"), and a
    # required party must be named
    absorbed = {t.i for t in cand.absorbed}
    objects = [o for o in objects if o.i not in absorbed]
    if cand.entry.require == "target":
        objects = []
    source = [a for t in agents for a in group_actor(t, lex)][:1]
    target = [a for t in objects for a in group_actor(t, lex)][:1]
    return source, target


# Prepositions that say where a protest took place ("protests erupted in Iran").
CROWD_PLACE_PREPS = ("in", "across", "throughout")


def crowd_source(cand: Candidate, lex: Lexicon, index: MentionIndex) -> list[ActorRef]:
    """The unnamed crowd of a protest no actor is named for: its civilians where it took
    place ("protests erupted in Iran", "France hit by nationwide strikes"), or, with no
    country, the crowd a bare number names ("tens of thousands took to the streets").
    PLOVER codes such a protest with the country's civilians as its actor."""
    token = cand.token
    in_agent = token.dep_ == "pobj" and token.head.dep_ == "agent"
    if not (is_verb(token) or cand.light_verb is not None or in_agent
            or token.dep_ in ("nsubj", "nsubjpass")):
        return []  # "amid protests in Sudan": the circumstance of another act, not the news
    verb = token if is_verb(token) else (cand.light_verb or token.head)
    places = [p for t in {token, verb} for prep in children(t, "prep")
              if prep.lower_ in CROWD_PLACE_PREPS for p in children(prep, "pobj")]
    if in_agent:
        # "X rocked by protests" (a headline's participle parses with a plain subject)
        places += children(token.head.head, "nsubjpass", "nsubj")
    countries = dedupe([a for p in places for a in actors_of(p, index) if a.kind in STATE_KINDS])
    if countries:
        return [civilians_of(a) for a in countries[:1]]
    if is_verb(token) and not is_passive(token):
        crowd = [s for s in subject_of(token) if s.lemma_.lower() in lex.quantity_nouns
                 or s.like_num]
        if crowd and not any(t.pos_ == "PROPN" for s in crowd for t in s.subtree):
            return [ActorRef(id="provisional:people", name=crowd[0].text, kind="group",
                             sector="civilian")]
    return []


def roles_fit(entry: TriggerEntry, source: list[ActorRef], target: list[ActorRef]) -> bool:
    if not source and not target:
        return False
    if entry.require == "target" and not target:
        return False
    if entry.require == "person_target" and not any(a.kind == "person" for a in target):
        return False
    if entry.min_participants and len(dedupe(source + target)) < entry.min_participants:
        return False
    if entry.government_source and (not is_state(source)
                                    or any(a.sector == "civilian" for a in source)):
        # "demonstrators in Kenya protested": a crowd's protest, though a state is named
        return False
    if entry.civilian_source and not civilians_acting(source):
        return False
    return True


def civilians_acting(source: list[ActorRef]) -> bool:
    """The source is a group of civilians, with at most the countries they are of beside
    them ("protesters in Georgia clashed with police": the Georgian protesters, and Georgia
    named as where they are)."""
    civilians = [a for a in source if a.sector == "civilian"]
    countries = {a.country for a in civilians if a.country}
    return bool(civilians) and all(
        a.sector == "civilian" or (a.kind == "country" and not a.sector and a.country in countries)
        for a in source)

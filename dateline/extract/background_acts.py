"""Acts a sentence tells only as background to what it reports: the cause, aim or topic of
another act ("expelled the envoy after the attack", "flew to Ankara to deepen cooperation",
"talks on ending the war"), or what describes an actor ("the rebels backed by Iran") or a
thing ("the airfield from which the US launched its invasion").  A coder gives such a
sentence the one event it reports; the background act is no event of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.english_words import english_words
from dateline.extract.event_args import MentionIndex
from dateline.extract.event_lexicon import Lexicon
from dateline.extract.event_match import Candidate, is_verb
from dateline.records import ActorRef, EventMention

__all__ = ["aim_of_a_move", "alleged_support", "cause_of_a_move", "describes_actor", "describes_thing", "subordinate_acts", "told_as_cause",
           "told_as_motive", "told_as_topic"]


def subordinate_acts(events: list[tuple[int, EventMention]], chosen: dict[int, Candidate],
                     lex: Lexicon) -> set[int]:
    """Acts a sentence tells only as the cause or the aim of another act of a different
    type: "Bahrain cut ties after the attack on the embassy", "broke off relations in protest
    at the offensive" (cause or motive), "signed a deal to resume shipments", "flew to Addis
    Ababa to deepen cooperation" (the aim).  The governing act is what the sentence reports;
    the other is background or intent, and a coder gives the sentence one event (PLOVER codes
    the deal AGREE, the trip CONSULT).
    An act of the same type is left alone ("met Wang after attending the summit"), and so is
    an earlier step between the same parties ("after two hours of talks the two sides reached
    an agreement": one story told in steps) and a meeting an act follows whose party (or
    its country) is one of the act's, most often the occasion where it was done ("pledged
    support after their talks"); someone else's visit is background ("China staged drills
    after Pelosi's visit")."""
    at: dict[int, int] = {}  # a trigger's token, light verb or object it covers -> its event
    for i, _ in events:
        at.setdefault(i, i)
        light = chosen[i].light_verb
        if light is not None:
            at.setdefault(light.i, i)
        for word in chosen[i].absorbed:  # "signed an agreement to end the fighting"
            at.setdefault(word.i, i)
    kinds = dict(events)
    gone: set[int] = set()
    for i, event in events:
        cand = chosen[i]
        clause = cand.light_verb if cand.light_verb is not None else cand.token
        path = [cand.token] if clause is cand.token else [cand.token, clause]
        node, governor = clause, None
        for _ in range(8):
            parent = node.head
            if parent == node:
                break
            j = at.get(parent.i)
            if j is not None and j != i and not told_as_motive(parent, lex):
                governor = j
                break
            path.append(parent)
            node = parent
        if governor is None or governor in gone or kinds[governor].type == event.type:
            continue
        parties = {a.id for a in event.source + event.target}
        theirs = kinds[governor].source + kinds[governor].target
        # a meeting an act follows is its occasion when a party of the meeting (or its
        # country) is one of the act's ("pledged support after their talks", "Russia
        # attacked after Putin's talks"), not when it is someone else's visit ("China staged
        # drills after Pelosi's visit")
        if event.type == "CONSULT":
            one_story = not event.source or bool(_sides(event.source) & _sides(theirs))
        else:
            one_story = bool(parties) and parties <= {a.id for a in theirs}
        if ((told_as_cause(path, lex) and not one_story) or told_as_aim(clause, chosen[governor])
                or told_as_topic(clause, lex)):
            gone.add(i)
    return gone


def describes_thing(cand: Candidate, lex: Lexicon, index: MentionIndex, triggers: set[int]) -> bool:
    """An act told in a relative clause on a common noun that is neither an actor, a place
    nor an act: "the airfield from which the US launched its invasion", "the only capital
    Moscow captured", "a referendum in which officials say voters backed the split".  The
    clause says what the thing is, not what the report tells.  A meeting so told ("the
    resort where the two leaders met") is most often the story's own and stays."""
    if cand.entry.type == "CONSULT":
        return False
    node = cand.light_verb if cand.light_verb is not None else cand.token
    for _ in range(4):
        if node.dep_ == "relcl":
            head = node.head
            return not (index.covers(head) or head.i in triggers or head.pos_ != "NOUN"
                        or head.ent_type_ in _NAMED_KINDS
                        or head.lemma_.lower() in lex.person_nouns | lex.armed_groups | lex.civilian_groups)
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head == node:
            return False
        node = node.head
    return False


# a relative clause on a named thing (a place, a body) may tell what that thing did
_NAMED_KINDS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})


def describes_actor(cand: Candidate, lex: Lexicon, index: MentionIndex) -> bool:
    """A participle that only describes an actor the sentence names: "the rebels backed by
    Iran", "rebels fighting in the east", "forces stationed on the ship".  What the actor
    is or does at large is no news of the sentence (a relative clause, "who met X on
    Friday", tells an act and stays)."""
    token = cand.token
    if not is_verb(token) or token.dep_ != "acl" or token.tag_ not in ("VBN", "VBG"):
        return False
    head = token.head
    return index.covers(head) or head.lemma_.lower() in lex.person_nouns | lex.armed_groups | lex.civilian_groups


def _sides(actors: list[ActorRef]) -> set[str]:
    """The actors and their countries: who a party is, or is part of."""
    return {a.id for a in actors} | {a.country for a in actors if a.country}


def told_as_cause(path: list[Token], lex: Lexicon) -> bool:
    """The way up from an act to the act it modifies passes a cause: "after", "following",
    "because of", "amid", or "in protest at", "in response to", "in retaliation for"."""
    for token in path:
        if token.lower_ in lex.cause_marks and token.dep_ in ("prep", "mark", "advmod", "amod", "pcomp"):
            return True
        if any(c.dep_ == "mark" and c.lower_ in lex.cause_marks for c in token.children):
            return True
        if told_as_motive(token, lex):
            return True
    return False


def told_as_topic(clause: Token, lex: Lexicon) -> bool:
    """The act is what another is about, the object of its own topic preposition:
    "cooperation on fighting terrorism", "talks on ending the war", "a row over the
    execution" (not an act further down, "efforts toward peace during a visit")."""
    head = clause.head
    return clause.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in lex.topic_preps


def told_as_motive(token: Token, lex: Lexicon) -> bool:
    """"in protest", "in response", "in retaliation": the noun gives the motive of an act."""
    return token.lemma_.lower() in lex.cause_nouns and token.dep_ == "pobj" and token.head.lower_ == "in"


def told_as_aim(clause: Token, governor: Candidate) -> bool:
    """A to-infinitive hanging on the other act's verb or noun (or the object its verb
    covers): "flew to Addis Ababa to deepen cooperation", "signed a deal to resume
    shipments"."""
    if not is_verb(clause) or clause.dep_ not in ("advcl", "acl"):
        return False
    if not any(c.tag_ == "TO" for c in clause.children):
        return False
    return (clause.head == governor.token or clause.head in governor.absorbed
            or (governor.light_verb is not None and clause.head == governor.light_verb))


_ATTEMPT_NOUNS = english_words("attempt_nouns")


def aim_of_a_move(cand: Candidate, acts: set[int]) -> bool:
    """An act told only as the aim of a move or an attempt that is no act of its own:
    "touched down in Addis Ababa to deepen cooperation", "had gone to the court to seek
    bail", "led efforts to pressure Russia".  What was set out to do is no news that it was
    done (an aim of another act is ``told_as_aim``), when the sentence reports another act
    (the caller's check).  A meeting a trip is made for stays: "arrived in Kazan to attend
    the summit" tells the visit."""
    if cand.entry.type == "CONSULT":
        return False
    clause = cand.light_verb if cand.light_verb is not None else cand.token
    if not is_verb(clause) or not any(c.tag_ == "TO" for c in clause.children):
        return False
    head = clause.head
    if head.i in acts or head == clause:
        return False
    if clause.dep_ == "advcl":
        return is_verb(head)
    return clause.dep_ == "acl" and head.lower_ in _ATTEMPT_NOUNS


def cause_of_a_move(cand: Candidate, lex: Lexicon, acts: set[int]) -> bool:
    """An act told only as the cause of what a sentence says that is no act of its own:
    "allies stepped up pressure on Iran, breaking relations, following an attack on the
    embassy", "tensions rose after the invasion".  The cause is background, as it is beside
    an act (``subordinate_acts``), when the sentence reports another act (the caller's
    check); alone it is the sentence's one event.  A meeting so told stays: most often the
    occasion of what the sentence reports."""
    if cand.entry.type == "CONSULT":
        return False
    clause = cand.light_verb if cand.light_verb is not None else cand.token
    path = [cand.token] if clause is cand.token else [cand.token, clause]
    node = clause
    for _ in range(8):
        parent = node.head
        if parent == node:
            break
        if parent.i in acts:
            return False  # governed by an act: ``subordinate_acts`` judges it
        path.append(parent)
        node = parent
    return told_as_cause(path, lex)


_CHARGE_PREPS = english_words("charge_prepositions")


def alleged_support(cand: Candidate, lex: Lexicon) -> bool:
    """A cooperative act told only as what someone is accused of: "DRC authorities accuse
    Rwanda of backing the rebels", "Rwanda, accused of supporting M23", "chided its allies
    for signing up".  The report tells the accusation (PLOVER ACCUSE); backing charged is a
    claim about a standing tie, not news of an act.  A hostile act charged ("accused Turkey
    of shooting down the jet") is most often one that took place, only its doer in
    dispute, and stays."""
    if cand.entry.type not in lex.cooperative_types:
        return False
    clause = cand.light_verb if cand.light_verb is not None else cand.token
    if clause.dep_ not in ("pcomp", "pobj"):
        return False
    prep = clause.head
    if prep.dep_ != "prep" or prep.lower_ not in _CHARGE_PREPS or prep.head == prep:
        return False
    charge = prep.head
    lemma = charge.lemma_.lower()
    entries = lex.verbs.get(lemma, []) if charge.pos_ in ("VERB", "AUX") else lex.nouns.get(lemma, [])
    return any(entry.type == "ACCUSE" for entry in entries)

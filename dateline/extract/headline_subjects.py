"""Parties a headline lists before its verb with commas ("Bahrain, Sudan cut ties with Iran").

Headlines drop the "and" of a list of doers; the parser then reads the first names as
modifiers of the verb (npadvmod, advcl, dep) and only the last as its subject.  A name so
placed, parted from the subject by nothing but commas, is one more doer.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dateline.extract.context import trigger_token
from dateline.records import ActorRef, EventMention, Mention

# How the parser attaches the first names of a comma list standing before the subject.
LIST_DEPS = frozenset({"npadvmod", "advcl", "dep", "nsubj", "compound", "appos", "conj"})


def _actors_at(token: Token, mentions: Sequence[Mention]) -> list[ActorRef]:
    start, end = token.idx, token.idx + len(token.text)
    return [m.actor for m in mentions if m.start < end and start < m.end]


def listed_doers(doc: Doc, verb: Token, mentions: Sequence[Mention]) -> list[ActorRef]:
    """Actors named before the verb's subject and parted from it by commas only."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    first = min(t.i for s in subjects for t in s.subtree)
    out: list[ActorRef] = []
    for child in sorted((c for c in verb.children if c.i < first and c.dep_ != "punct"),
                        key=lambda c: -c.i):
        if child.dep_ not in LIST_DEPS or child.pos_ != "PROPN":
            break
        span = sorted(t.i for t in child.subtree)
        gap = doc[span[-1] + 1:first]
        if not len(gap) or any(t.text != "," for t in gap):
            break
        found = [a for t in doc[span[0]:span[-1] + 1] for a in _actors_at(t, mentions)]
        if not found:
            break
        out = found + out
        first = span[0]
    return out


def add_listed_doers(doc: Doc, events: list[EventMention], mentions: Sequence[Mention]) -> None:
    """Give each headline event with a subject the doers listed before it ("EU, US impose
    sanctions on ...": the EU too), in place."""
    for event in events:
        verb = trigger_token(doc, event)
        if verb is None or verb.pos_ not in ("VERB", "AUX") or not event.source:
            continue
        taken = {a.id for a in (*event.source, *event.target)}
        extra: list[ActorRef] = []
        for actor in listed_doers(doc, verb, mentions):
            if actor.id not in taken:
                taken.add(actor.id)
                extra.append(actor)
        event.source = extra + event.source

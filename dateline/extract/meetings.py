"""Meeting specifics: the occasion a meeting took place at.

"Lavrov met Wang on the sidelines of the ASEAN foreign ministers' meeting" has the
occasion "on the sidelines of the ASEAN foreign ministers' meeting"; the meeting noun in
that phrase is the occasion, not a second meeting.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from dateline.extract.event_args import phrase_tokens
from dateline.extract.event_lexicon import Lexicon, TriggerEntry
from dateline.records import ActorRef

if TYPE_CHECKING:  # named in annotations only: importing this module does not import spaCy
    from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from dateline.extract.event_match import Candidate

PLACE_LABELS = ("GPE", "LOC", "FAC")
# Prepositions that put a meeting noun inside the clause's own event: "agreed in a phone
# call", "said during talks".
CLAUSE_MEETING_PREPS = ("in", "during", "by", "over")
SIDELINE_WORDS = ("sideline", "sidelines", "margin", "margins", "fringe", "fringes")
MAX_OCCASION_CHARS = 160


def _occasion_preps(sent: Span, lex: Lexicon) -> list[tuple[Token, Token]]:
    """(preposition, noun) pairs that name an occasion in the sentence."""
    out = []
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in lex.occasion_preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            lemma = pobj.lemma_.lower()
            if lemma in SIDELINE_WORDS and prep.lower_ in ("on", "at"):
                out.append((prep, pobj))
            elif prep.lower_ in ("at", "during") and (
                lemma in lex.occasion_nouns or pobj.lower_ in lex.occasion_nouns
            ):
                out.append((prep, pobj))
    return out


def _text(prep: Token, pobj: Token) -> str:
    tokens = phrase_tokens(pobj)
    # where and when are the place and date, not the occasion ("... summit in Kazan")
    cut: set[int] = set()
    for token in tokens:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "on", "at") and any(
                g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for g in child.children
            ):
                cut.update(t.i for t in child.subtree)
    tokens = [t for t in tokens if t.i not in cut] or [pobj]
    end = max(t.i for t in tokens)
    span = prep.doc[prep.i : end + 1]
    text = span.text.strip(" ,;:.")
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].strip(" ,;:.")
    if len(text) > MAX_OCCASION_CHARS:
        text = text[:MAX_OCCASION_CHARS].rsplit(" ", 1)[0]
    return text


def _inside(token: Token, prep: Token, pobj: Token) -> bool:
    tokens = phrase_tokens(pobj)
    return prep.i <= token.i <= max(t.i for t in tokens)


def find_occasion(trigger: Token, lex: Lexicon) -> str | None:
    """The occasion phrase of a meeting trigger, nearest to the trigger first."""
    pairs = [
        (prep, pobj)
        for prep, pobj in _occasion_preps(trigger.sent, lex)
        if pobj != trigger and not _inside(trigger, prep, pobj)
    ]
    if not pairs:
        return None
    # a phrase attached to the trigger (or its clause) beats one elsewhere in the sentence
    def distance(pair: tuple[Token, Token]) -> tuple[int, int]:
        prep = pair[0]
        attached = prep.head == trigger or prep.head == trigger.head
        return (0 if attached else 1, abs(prep.i - trigger.i))

    prep, pobj = min(pairs, key=distance)
    return _text(prep, pobj)


def occasion_nouns_used(sent: Span, chosen: dict[int, Candidate], lex: Lexicon) -> set[int]:
    """Meeting nouns that only name the occasion of another meeting in the sentence."""
    consult = [c for c in chosen.values() if c.entry.type == "CONSULT"]
    if len(consult) < 2:
        return set()
    used: set[int] = set()
    for prep, pobj in _occasion_preps(sent, lex):
        for cand in consult:
            token = cand.token
            if _inside(token, prep, pobj) and any(
                not _inside(other.token, prep, pobj) for other in consult
            ):
                used.add(token.i)
    return used


def meeting_of_clause(noun: Token, entry: TriggerEntry, has_target: bool) -> bool:
    """Whether a meeting noun without participants of its own is the clause subject's
    meeting: "X agreed in a phone call", "speaking before talks with Y, X said", "X was
    in Beijing after a trip to Pyongyang"."""
    if entry.mode == "phone":
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in CLAUSE_MEETING_PREPS:
        return True
    return has_target


def _gazetteer():
    try:
        from dateline.resolve import Gazetteer
    except ImportError:  # the place resolver is optional here
        return None
    return Gazetteer.load()


def place_targets(token: Token, preps: Collection[str], with_object: bool,
                  any_name: bool = False) -> list[ActorRef]:
    """The country visited when the text names a place, not an actor ("visited Beijing",
    "his visit to Moscow", "arrived in Manila"); ``any_name``: also a proper name the
    parser did not take for a place (it often tags a capital ORG)."""
    heads = [c for c in token.children if c.dep_ == "dobj"] if with_object else []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            heads.extend(c for c in prep.children if c.dep_ == "pobj")
    out: list[ActorRef] = []
    for head in heads:
        named = any_name and head.pos_ == "PROPN"
        if head.ent_type_ not in PLACE_LABELS and not named:
            continue
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if ent is None and not named:
            continue
        gazetteer = _gazetteer()
        text = ent.text if ent is not None else head.text
        place = gazetteer.lookup(text) if gazetteer is not None else None
        if place is None or not place.country:
            continue
        country = gazetteer.country(place.country)
        name = country.name if country is not None else place.country
        out.append(ActorRef(id=f"country:{place.country}", name=name, kind="country",
                            country=place.country))
    return out

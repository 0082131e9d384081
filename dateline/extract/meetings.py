"""Meeting specifics: the occasion a meeting took place at.

"Lavrov met Wang on the sidelines of the ASEAN foreign ministers' meeting" has the
occasion "on the sidelines of the ASEAN foreign ministers' meeting"; the meeting noun in
that phrase is the occasion, not a second meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.extract.event_args import phrase_tokens
from dateline.extract.event_lexicon import Lexicon

if TYPE_CHECKING:
    from dateline.extract.events import Candidate

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
    end = max(t.i for t in tokens)
    span = prep.doc[prep.i : end + 1]
    text = span.text.strip(" ,;:.")
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
        if pobj is not trigger and not _inside(trigger, prep, pobj)
    ]
    if not pairs:
        return None
    # a phrase attached to the trigger (or its clause) beats one elsewhere in the sentence
    def distance(pair: tuple[Token, Token]) -> tuple[int, int]:
        prep = pair[0]
        attached = prep.head is trigger or prep.head is trigger.head
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

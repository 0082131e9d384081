"""Where a phrase about an actor happens: the country of the place it names, of the
sentence's places or of the article's dateline, and whether a capital names a place
("in Beijing") or its government ("Beijing said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.english_words import english_words
from dateline.resolve.actor_reading import Reading, Span, cased
from dateline.resolve.kb import CAT_CAPITAL, CAT_COUNTRY, CAT_METONYM

if TYPE_CHECKING:  # the gazetteer loads only when a phrase needs it
    from dateline.resolve.places import Gazetteer

PLACE_PREPOSITIONS = english_words("capital_place_prepositions")
DIRECTION_PREPOSITIONS = english_words("direction_prepositions")
MOTION_WORDS = english_words("motion_words")
PLACE_VERBS = english_words("place_verbs")
PLACE_NOUNS = english_words("place_of_nouns")


def _gazetteer() -> Gazetteer:
    from dateline.resolve.places import Gazetteer  # noqa: PLC0415 - loaded when needed

    return Gazetteer.load()


def _token_country(r: Reading, i: int) -> str | None:
    """The country a place word at token ``i`` lies in: a country or capital the
    knowledge base knows, else a place the gazetteer knows."""
    span = r.name_at[i]
    if span is not None:
        entry = span.first(CAT_COUNTRY, CAT_CAPITAL)
        return entry.id if entry is not None else None
    tok = r.doc[i]
    if tok.ent_type_ not in ("GPE", "LOC") or not cased(tok):
        return None
    ent = next((e for e in r.doc.ents if e.start <= i < e.end), None)
    if ent is None:
        return None
    place = _gazetteer().lookup(ent.text)
    return place.country if place is not None else None


def _phrase_country(r: Reading, tok) -> str | None:
    """The country of a place phrase headed by ``tok``: the place word itself, else the
    place a place noun names ("the capital Dili", "East Timor's capital", "the city of
    Goma")."""
    code = _token_country(r, tok.i)
    if code is not None or tok.pos_ != "NOUN" or tok.lower_ not in PLACE_NOUNS:
        return code
    found = set()
    for child in tok.children:
        if child.dep_ in ("appos", "poss", "compound"):
            found.add(_token_country(r, child.i))
        elif child.dep_ == "prep" and child.lower_ == "of":
            found.update(_token_country(r, g.i) for g in child.children if g.dep_ == "pobj")
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def dateline_country(r: Reading) -> str | None:
    if "dateline" not in r.places:
        from dateline.resolve.place_matching import place_of_dateline  # noqa: PLC0415

        place = place_of_dateline(r.article.body[:800], _gazetteer())
        r.places["dateline"] = place.country if place is not None else None
    return r.places["dateline"]


def place_after(r: Reading, end: int) -> str | None:
    """The country of "in X" or "from X" right after a phrase ("rebels in Darfur")."""
    j, n = end, len(r.doc)
    if j + 1 < n and r.folded[j] in ("in", "from"):
        j += 1
        if r.folded[j] == "the" and j + 1 < n:
            j += 1
        code = _token_country(r, j)
        if code is None:  # "rebels in the northern city of Goma"
            place = next((c for c in r.doc[end].children if c.dep_ == "pobj"), None)
            code = _phrase_country(r, place) if place is not None else None
        return code
    return None


def context_country(r: Reading, start: int, end: int) -> str | None:
    """The country a group named without one belongs to ("the rebels", "police"): the
    place the phrase itself names ("rebels in the Ivory Coast"), else the one country
    the sentence's places lie in ("protesters gathered in Nairobi"), else the country
    of the article's dateline, else the one country the whole article names ("stormed
    parliament" in news that names Kenya and no other country); None when these
    disagree or say nothing."""
    code = place_after(r, end)
    if code is not None:
        return code
    sent = r.doc[start].sent
    key = ("sentence", sent.start)
    if key not in r.places:
        found = set()
        for tok in sent:
            if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS:
                code = _phrase_country(r, tok)
                if code is not None:
                    found.add(code)
        r.places[key] = found.pop() if len(found) == 1 else ("?" if found else None)
    code = r.places[key]
    if code == "?":
        return None
    return code or dateline_country(r) or sole_article_country(r)


def sole_article_country(r: Reading) -> str | None:
    """The article's country when it names exactly one (``surnames.article_countries``)."""
    from dateline.resolve.surnames import article_countries  # noqa: PLC0415 - it reads dateline_country here

    found = article_countries(r)
    return next(iter(found)) if len(found) == 1 else None


def is_place(r: Reading, span: Span) -> bool:
    """A capital or seat named as a location: "in Beijing", "visiting Moscow"."""
    tok = r.doc[span.end - 1]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in PLACE_PREPOSITIONS:
        return True
    if tok.dep_ == "pobj" and head.lower_ in DIRECTION_PREPOSITIONS:
        return head.head.lemma_.lower() in MOTION_WORDS
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        return True
    if tok.dep_ in ("dobj", "npadvmod") and head.lemma_ in PLACE_VERBS:
        return True
    if span.first(CAT_CAPITAL) is not None and span.first(CAT_METONYM) is None:
        # "the Paris attacks", "the Moscow talks": a capital before a noun that names no
        # actor (not "the Moscow government", "Beijing's decision") tells where
        noun = head.head if tok.dep_ == "conj" and head.dep_ in ("compound", "nmod") else head
        first = head if tok.dep_ == "conj" else tok
        # a word before that opens a noun phrase: "demanded Washington drop charges"
        # (misparsed as a compound) has none
        before = r.doc[span.start - 1] if span.start > 0 else None
        opened = before is not None and (before.pos_ in ("DET", "ADP", "ADJ", "NUM")
                                         or before.tag_ in ("POS", "PRP$"))
        if (opened and first.dep_ in ("compound", "nmod") and noun.i >= span.end
                and noun.pos_ == "NOUN" and r.noun_at[noun.i] is None and r.name_at[noun.i] is None):
            return True
    first = r.doc[span.start]
    text = r.article.body
    line_start = first.idx == 0 or text[first.idx - 1] == "\n"
    if line_start and span.end < len(r.doc) and r.doc[span.end].text in (",", "(", "-", "–", "—"):
        return True  # a dateline: "BEIJING (Reuters) -"
    return False

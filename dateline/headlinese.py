"""A headline read as the sentence it stands for.

Headlines drop articles and auxiliaries and tell a past act in the present tense: "Niger junta
expels French ambassador", "US sanctions Chinese firms over Iran oil", "Canada Expels Indian
High Commissioner".  The small English model reads such a line as one long noun phrase
("expels" a plural noun, "sanctions" the head of "US sanctions"), so the act it tells is lost
or loses its sides.  The same words with an auxiliary before the verb ("Niger junta will expel
French ambassador") are read as a clause.  So a headline with no verb is parsed again with
"will" and the verb's base form in place of a word that is an event verb of the lexicon, and
that reading (without the inserted word, the verb in its own present form) is the headline's
parse: its text, and so every offset, stays the headline's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.extract import Lexicon

__all__ = ["asks", "clause_reading", "verb_lemma"]

# A headline's act is done to someone: "X expels Y", its object read right after the verb.
# A verb read with only a preposition after it is too often a noun's other sense ("Bahrain,
# UAE rally to Saudi side" is no protest).
_ARGUMENT_DEPS = frozenset({"dobj"})
# A title that asks is no report of an act ("Will Russia expel ...?").
_QUESTION_END = "?"
# What a headline's subject is made of: names, nouns and their modifiers, listed.
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "PUNCT", "CCONJ", "DET", "PART"})
_INSERTED = "will"


def verb_lemma(word: str, lexicon: Lexicon) -> str | None:
    """The lexicon verb whose present form ``word`` is ("expels", "vetoes", "open"), or None."""
    low = word.lower()
    if not low.isalpha():
        return None
    forms = []
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("s"):
        forms.append(low[:-1])
    forms.append(low)
    return next((f for f in forms if f in lexicon.verbs), None)


def asks(line: str) -> bool:
    """Whether a title asks: it reports no act ("Will Chile expel ...?")."""
    return line.rstrip().endswith(_QUESTION_END)


def _headlinese(doc: Doc) -> bool:
    """A line told as a headline with no verb read in it: no verb or auxiliary, not a
    question."""
    return bool(len(doc)) and not asks(doc.text) and not any(t.pos_ in ("VERB", "AUX") for t in doc)


def _candidate(token: Token, lexicon: Lexicon) -> str | None:
    """The verb a word of a verbless headline may be: an event verb of the lexicon in its
    present form, after a noun or name (its doer) that is no part of a hyphened modifier
    ("Anti-Japan protests" are protests against Japan, not Japan protesting)."""
    if token.i == 0 or token.i == len(token.doc) - 1:
        return None
    before = token.doc[token.i - 1]
    if before.pos_ not in ("PROPN", "NOUN") or not before.text[:1].isalnum():
        return None
    if before.i > 0 and token.doc[before.i - 1].text == "-" and not token.doc[before.i - 1].whitespace_:
        return None
    return verb_lemma(token.text, lexicon)


def _clause_start(doc: Doc, i: int) -> int:
    """Where the clause of the word at ``i`` starts: after a kicker ("Syria crisis: ...")."""
    colons = [t.i for t in doc[:i] if t.text in (":", "-", "–", "—") and t.whitespace_]
    return colons[-1] + 1 if colons else 0


def _read_as_clause(framed: Doc, verb: int, start: int) -> bool:
    """Whether the framed line reads as one clause headed by the verb at ``verb``: its root,
    with its subject just before it starting the clause and its object after it."""
    token = framed[verb]
    if token.pos_ != "VERB" or token.dep_ != "ROOT":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or min(s.left_edge.i for s in subjects) != start or max(s.right_edge.i for s in subjects) != verb - 2:
        return False
    # the subject is names and nouns ("Bahrain, UAE and Sudan", "Niger junta"): a clause or a
    # preposition in it ("Putin rages as Turkey ...") is another reading of the line
    if any(t.pos_ not in _SUBJECT_POS for t in framed[start:verb - 1]):
        return False
    return any(c.dep_ in _ARGUMENT_DEPS and c.i > verb for c in token.children)


def _unframed(doc: Doc, framed: Doc, at: int, lemma: str) -> Doc:
    """The headline's own words with the framed reading's annotation, the inserted word left
    out and the verb (at ``at`` in ``doc``) tagged as the present form it is."""
    from spacy.tokens import Doc as SpacyDoc

    keep = [t for t in framed if t.i != at]  # framed[at] is the inserted auxiliary
    position = {t.i: n for n, t in enumerate(keep)}

    def head(t: Token) -> int:
        h = t.head
        while h.i == at:  # nothing should hang on the auxiliary but itself; then its head
            h = h.head if h.head.i != at else t
        return position[h.i]

    words = [t.text for t in doc]
    verb_tag = "VBZ" if doc[at].text.lower().endswith("s") else "VBP"
    tags = [verb_tag if n == at else t.tag_ for n, t in enumerate(keep)]
    pos = ["VERB" if n == at else t.pos_ for n, t in enumerate(keep)]
    morphs = [("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin" if verb_tag == "VBZ" else "Tense=Pres|VerbForm=Fin")
              if n == at else str(t.morph) for n, t in enumerate(keep)]
    lemmas = [lemma if n == at else t.lemma_ for n, t in enumerate(keep)]
    ents = ["O"] * len(keep)
    for ent in framed.ents:
        inside = [position[t.i] for t in ent if t.i in position]
        for k, n in enumerate(inside):
            ents[n] = ("B-" if k == 0 else "I-") + ent.label_
    out = SpacyDoc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], tags=tags, pos=pos,
                   morphs=morphs, lemmas=lemmas, heads=[head(t) for t in keep], deps=[t.dep_ for t in keep],
                   ents=ents)
    return out


def clause_reading(doc: Doc, nlp: Callable[[str], Doc], lexicon: Lexicon) -> tuple[Doc, int] | None:
    """The headline ``doc`` parsed as the clause it stands for, and its verb's index; None when
    it is no verbless headline or no word of it reads as its verb.  The first word that does
    is the verb."""
    if not _headlinese(doc):
        return None
    text = doc.text
    for token in doc:
        lemma = _candidate(token, lexicon)
        if lemma is None:
            continue
        framed = nlp(text[:token.idx] + f"{_INSERTED} {lemma}" + text[token.idx + len(token.text):])
        if len(framed) != len(doc) + 1 or framed[token.i].lower_ != _INSERTED:
            continue
        if _read_as_clause(framed, token.i + 1, _clause_start(doc, token.i)):
            return _unframed(doc, framed, token.i, lemma), token.i
    return None

"""Parse only what extraction needs: a cheap pass picks the sentences that can hold an event
or a quote, and only those are run through spaCy's pipeline.

The cheap pass is the tokenizer and word sets: a sentence is kept when one of its words may
be an inflection of an event trigger of the lexicon (the lemmatizer's own exception table and
suffix rules, read backwards, for verbs, nouns and adjectives), a speech cue of
``quote_cues.yaml``, a quote mark, or lies inside a quoted stretch; the first sentence (the
lede) is always kept.  Runs of kept sentences are parsed together, each run on its own with
its text unchanged, and joined back with the untouched sentences (tokens only, sentence
starts set by the cheap pass) into one Doc with the article's text and offsets
(``Doc.from_docs``), so the extraction code reads the same kind of Doc as before.

What the untouched sentences lose: tags, lemmas, dependencies and named entities.  Events
and quotes are never found there (no trigger, cue or quote in them); the actor mentions
found there come from the knowledge base's names alone (no provisional people from NER).
tests/test_selective.py compares the two paths on the shared corpora.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

QUOTE_MARKS = frozenset('"“”„«»‘’\'`')
_SENT_END = frozenset(".!?")
BEFORE = True  # also parse the sentence before each kept one (names, antecedents)
_CLOSERS = frozenset('"”’\')]»')


@functools.lru_cache(maxsize=1)
def trigger_lemmas() -> frozenset[str]:
    """Lemmas whose inflections may make a sentence worth parsing."""
    from dateline.extract import load_lexicon
    from dateline.extract import load_quote_cues as load_cues

    lex = load_lexicon()
    cues = load_cues()
    words: set[str] = set()
    for key in [*lex.verbs, *lex.nouns, *cues.speech_verbs, *cues.quote_only, *cues.statement_nouns,
                *cues.phrasal]:
        key = str(key).lower()
        if "-" not in key and " " not in key:
            words.add(key)
    for key in lex.verbs:  # "test-fire": the verb is read as "fire" after a hyphen
        if "-" in key:
            words.add(str(key).lower().rsplit("-", 1)[1])
    return frozenset(words)


_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "to", "in", "on", "for", "and"})


@functools.lru_cache(maxsize=1)
def trigger_needs() -> dict[str, list[tuple[frozenset[str], ...]]]:
    """For each trigger lemma of the lexicon, per entry, the word sets of which one word each
    must be in its sentence for the entry to fit: particles, prepositions, object words.
    Speech cues have no entry (any sentence with one may hold a quote)."""
    from dateline.extract import load_lexicon
    from dateline.extract import load_quote_cues as load_cues

    lex = load_lexicon()
    cues = load_cues()
    out: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for table in (lex.verbs, lex.nouns):
        for key, entries in table.items():
            key = str(key).lower()
            for name in {key, key.rsplit("-", 1)[-1]}:
                for entry in entries:
                    objects = {w for phrase in entry.objects for w in re.split(r"[\s\-]+", phrase)
                               if w and w not in _FUNCTION_WORDS}
                    needs = (frozenset(entry.particle), frozenset(entry.preps), frozenset(objects))
                    out.setdefault(name, []).append(needs)
    speech = {*cues.speech_verbs, *cues.quote_only, *cues.statement_nouns, *cues.phrasal}
    for word in speech:
        out.pop(str(word).lower(), None)
    return out


@functools.lru_cache(maxsize=1)
def trigger_phrases() -> tuple[str, ...]:
    """Nouns of more than one word ("sit-in", "state of emergency"), looked for in the text."""
    from dateline.extract import load_lexicon

    return tuple(sorted({str(k).lower() for k in load_lexicon().nouns if "-" in str(k) or " " in str(k)}))


@functools.lru_cache(maxsize=1)
def _phrase_cues() -> tuple[str, ...]:
    from dateline.extract import load_quote_cues as load_cues

    return tuple(load_cues().phrases)


class Selector:
    """Decides, word by word (cached by lower form), whether a word may be a trigger or cue."""

    def __init__(self, nlp) -> None:
        self.lemmas = trigger_lemmas()
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self.rules: dict[str, list] = {}
        self.exceptions: dict[str, dict] = {}
        if lemmatizer is not None and getattr(lemmatizer, "mode", "") == "rule":
            rules = lemmatizer.lookups.get_table("lemma_rules", {})
            exc = lemmatizer.lookups.get_table("lemma_exc", {})
            for pos in ("verb", "noun", "adj"):
                self.rules[pos] = list(rules.get(pos, []))
                self.exceptions[pos] = dict(exc.get(pos, {}))
        self.cache: dict[str, bool] = {}
        self.forms: dict[str, frozenset[str]] = {}
        self.entries = trigger_needs()

    def candidates(self, lower: str) -> frozenset[str]:
        found = self.forms.get(lower)
        if found is None:
            found = self.forms[lower] = frozenset(self._candidates(lower))
        return found

    def sentence_may_hold_event(self, lowers: list[str]) -> bool:
        """Whether a sentence of these words has a trigger one of whose lexicon entries can
        fit: its particle, preposition and object words are there too (the parser decides
        the rest), or a speech cue."""
        words: set[str] = set()
        triggers: set[str] = set()
        for lower in lowers:
            cands = self.candidates(lower)
            words |= cands
            triggers |= cands & self.lemmas
        if not triggers:
            return False
        for lemma in triggers:
            entries = self.entries.get(lemma)
            if entries is None:  # a speech cue or statement noun
                return True
            for needs in entries:
                if all(not any_of or not any_of.isdisjoint(words) for any_of in needs):
                    return True
        return False

    def may_trigger(self, lower: str) -> bool:
        hit = self.cache.get(lower)
        if hit is None:
            hit = self.cache[lower] = any(c in self.lemmas for c in self._candidates(lower))
        return hit

    def _candidates(self, lower: str) -> set[str]:
        out = {lower}
        if "-" in lower:
            out.update(p for p in lower.split("-") if p)
        for pos, rules in self.rules.items():
            out.update(self.exceptions[pos].get(lower, ()))
            for old, new in rules:
                if lower.endswith(old):
                    out.add(lower[: len(lower) - len(old)] + new)
        return out


def cheap_sentences(doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of sentences found without a parser: a break after a
    sentence-final mark (and closing quotes or brackets) before a capital, a digit or a quote,
    and at every line break."""
    n = len(doc)
    starts = [0]
    i = 0
    while i < n:
        tok = doc[i]
        text = tok.text
        if "\n" in text or "\n" in tok.whitespace_:
            j = i + 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and j != starts[-1]:
                starts.append(j)
            i = j
            continue
        if text in _SENT_END or (len(text) > 1 and text[-1] in "!?"):
            j = i + 1
            while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            if j < n and doc[j - 1].whitespace_:
                first = doc[j].text[:1]
                if first.isupper() or first.isdigit() or first in QUOTE_MARKS or doc[j].is_space:
                    if j != starts[-1]:
                        starts.append(j)
            i = j
            continue
        i += 1
    return [(s, e) for s, e in zip(starts, [*starts[1:], n]) if e > s]


def select(doc, text: str, selector: Selector, quote_spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The cheap sentences of ``doc`` with whether each is to be parsed."""
    out = []
    phrases = (*_phrase_cues(), *trigger_phrases())
    q = 0
    for number, (s, e) in enumerate(cheap_sentences(doc)):
        keep = number == 0
        if not keep:
            start_char, end_char = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            while q < len(quote_spans) and quote_spans[q][1] <= start_char:
                q += 1
            keep = q < len(quote_spans) and quote_spans[q][0] < end_char
        if not keep:
            lowers = []
            for tok in doc[s:e]:
                lower = tok.lower_
                if lower in QUOTE_MARKS or (lower[:1] in QUOTE_MARKS and len(lower) > 1 and not lower[1:2].isalpha()):
                    keep = True
                    break
                if not tok.is_space and not tok.is_punct:
                    lowers.append(lower)
            keep = keep or selector.sentence_may_hold_event(lowers)
        if not keep and phrases:
            low = text[doc[s].idx: doc[e - 1].idx + len(doc[e - 1])].lower()
            keep = any(p in low for p in phrases)
        out.append((s, e, keep))
    if BEFORE:  # the sentence before a kept one: its names and pronouns' antecedents
        flags = [k for _, _, k in out]
        for i in range(len(out) - 1):
            if flags[i + 1] and not flags[i]:
                out[i] = (out[i][0], out[i][1], True)
    return out


def plan(nlp, selector: Selector, text: str) -> list[tuple[Doc, bool]]:
    """The article cut into pieces (Docs of tokens only, whose texts concatenate to ``text``),
    each with whether it is to be parsed: runs of kept sentences, and runs of the others (their
    sentence starts set by the cheap pass)."""
    from dateline.extract import find_quote_spans

    doc = nlp.make_doc(text)
    if not len(doc):
        return [(doc, False)]
    sentences = select(doc, text, selector, find_quote_spans(text))
    runs: list[list] = []
    for s, e, keep in sentences:
        if runs and runs[-1][2] == keep:
            runs[-1][1] = e
        else:
            runs.append([s, e, keep])
    pieces: list[tuple[Doc, bool]] = []
    for s, e, keep in runs:
        piece = doc[s:e].as_doc()
        if not keep:
            _flat_sentences(piece, [a - s for a, _, _ in sentences if s <= a < e])
        pieces.append((piece, keep))
    return pieces


def _flat_sentences(doc, starts: list[int]) -> None:
    """Mark an unparsed piece's sentences as flat trees (every word hangs from the first one,
    label "dep"), so that joined with parsed pieces its sentence starts are kept."""
    import numpy
    from spacy.attrs import DEP, HEAD

    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    heads = numpy.zeros(len(doc), dtype="int64")
    deps = numpy.full(len(doc), dep, dtype="uint64")
    bounds = [*starts, len(doc)]
    for first, end in zip(bounds, bounds[1:]):
        heads[first:end] = numpy.arange(0, first - end, -1)  # each word's offset to the first
        deps[first] = root
    doc.from_array([HEAD, DEP], numpy.column_stack([heads.astype("uint64"), deps]))  # offsets as spaCy keeps them

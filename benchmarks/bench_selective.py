"""How much text selective parsing would have to parse, and how much its cheap pass keeps.

    python benchmarks/bench_selective.py [--input ../shared/bench/ecbplus/articles]

Parses every cleaned English article whole (the default path) and marks each sentence of the
cheap pass (``dateline.selective.cheap_sentences``) that holds an event mention or a quote
found that way: those sentences are what a perfect selector would parse.  Then prints, as
shares of all tokens: that need; what ``select`` keeps; and the sentences by the cheap cues
they hold (Q: a quote mark or a quoted stretch; S: a speech cue; T: a word that may be an
event trigger of the lexicon), each with the share of its tokens that is needed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_INPUT = REPO.parent / "shared" / "bench" / "ecbplus" / "articles"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", default=str(DEFAULT_INPUT))
    args = parser.parse_args(argv)

    from dateline.analyse import Resources, analyse_articles, is_english, load_nlp
    from dateline.clean import clean_document
    from dateline.extract.quote_marks import find_quote_spans
    from dateline.read import iter_documents
    from dateline.records import Article
    from dateline.selective import Selector, cheap_sentences, select

    raws = [item for item in iter_documents([args.input]) if not hasattr(item, "reason")]
    articles = [a for a in map(clean_document, raws) if isinstance(a, Article) and is_english(a)]
    nlp = load_nlp()
    selector = Selector(nlp)
    speech = selector.lemmas - set(selector.entries)
    total = needed = kept = missed = 0
    by_cues: Counter = Counter()
    needed_by_cues: Counter = Counter()
    for article, analysis in zip(articles, analyse_articles(articles, Resources.load(), selective=False)):
        doc = nlp.make_doc(article.body)
        quotes = find_quote_spans(article.body)
        found = [(x.start, x.end) for x in [*analysis.events, *analysis.quotes]]
        for (s, e), (_, _, keep) in zip(cheap_sentences(doc), select(doc, article.body, selector, quotes)):
            a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            need = any(a < y and x < b for x, y in found)
            words = [t.lower_ for t in doc[s:e] if not t.is_space and not t.is_punct]
            cands = set().union(*(selector.candidates(w) for w in words)) if words else set()
            cues = ("Q" if any(x < b and a < y for x, y in quotes) else "-") + \
                   ("S" if cands & speech else "-") + \
                   ("T" if any(c in selector.entries for c in cands & selector.lemmas) else "-")
            n = e - s
            total += n
            needed += n * need
            kept += n * keep
            missed += need and not keep
            by_cues[cues] += n
            needed_by_cues[cues] += n * need
    print(f"{args.input}: {len(articles)} English articles, {total:,} tokens")
    print(f"  sentences holding an event or a quote: {needed / total:.1%} of the tokens")
    print(f"  kept by the cheap pass:                {kept / total:.1%} of the tokens "
          f"({missed} needed sentences not kept)")
    print("  sentences by cheap cues (Q quote, S speech cue, T possible trigger): tokens, of which needed")
    for cues in sorted(by_cues):
        print(f"    {cues}  {by_cues[cues] / total:6.1%}  {needed_by_cues[cues] / total:6.1%}")


if __name__ == "__main__":
    main()

"""Time each stage of the main job separately, in one process: articles per second per stage.

    python benchmarks/bench_stages.py [--count 2000] [--input DIR --repeat N] [--batch-size 16]

Without ``--input`` it writes ``--count`` generated articles (benchmarks/generate.py);
with it, it reads the articles of DIR (e.g. examples/articles) ``--repeat`` times.

Stages: read (``iter_documents``), clean (``clean_document``), spaCy (``nlp.pipe`` only),
extraction (``analyse_doc`` on the parsed docs: actors, events, context, quotes), store
(``save_analysis`` into a temporary SQLite store) and link (``link_store`` on that store).
The first article analysed pays for loading lexicons and knowledge bases; that one-off
cost is printed apart ("warm-up") and not counted in the extraction rate.
Peak memory is this process's max RSS (model included).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(REPO))


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:8.1f} articles/s  ({seconds:6.2f} s for {count})" if seconds else "-"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="generated articles (without --input)")
    parser.add_argument("--input", help="a folder (or file) of articles to use instead of generated ones")
    parser.add_argument("--repeat", type=int, default=1, help="read --input this many times")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (analyse_articles uses 16)")
    args = parser.parse_args(argv)

    from generate import write_corpus

    from dateline.analyse import Resources, analyse_doc, is_english, load_nlp
    from dateline.clean import clean_document
    from dateline.link import link_store
    from dateline.read import iter_documents
    from dateline.records import Article
    from dateline.store import Store

    started = time.perf_counter()
    nlp = load_nlp()
    resources = Resources.load()
    print(f"model and knowledge bases loaded in {time.perf_counter() - started:.1f} s")

    with tempfile.TemporaryDirectory() as tmp:
        if args.input:
            inputs = [args.input]
            what = f"{args.input} x{args.repeat}"
        else:
            write_corpus(Path(tmp) / "articles", args.count, "text")
            inputs = [str(Path(tmp) / "articles")]
            what = f"{args.count} generated articles"

        t = time.perf_counter()
        raws = [item for _ in range(args.repeat if args.input else 1)  # one pass per repeat
                for item in iter_documents(inputs) if not hasattr(item, "reason")]
        t_read = time.perf_counter() - t

        t = time.perf_counter()
        articles = [a for a in map(clean_document, raws) if isinstance(a, Article)]
        t_clean = time.perf_counter() - t
        english = [a for a in articles if is_english(a)]

        # spaCy and extraction interleaved as in analyse_articles (docs are not all held at
        # once), each timed on its own.
        docs = iter(nlp.pipe((a.body for a in english), batch_size=args.batch_size))
        analyses = []
        t_spacy = t_extract = t_warm = 0.0
        for n, article in enumerate(english):
            t = time.perf_counter()
            doc = next(docs)
            t_spacy += time.perf_counter() - t
            t = time.perf_counter()
            analyses.append(analyse_doc(doc, article, resources))
            if n == 0:
                t_warm = time.perf_counter() - t
            else:
                t_extract += time.perf_counter() - t

        with Store(Path(tmp) / "bench.db") as store:
            t = time.perf_counter()
            saved = set()
            for article, analysis in zip(english, analyses):
                if article.id in saved:  # a repeated input is one article
                    continue
                saved.add(article.id)
                store.add_article(article)
                store.save_analysis(analysis.article_id, status=analysis.status, mentions=analysis.mentions,
                                    events=analysis.events, quotes=analysis.quotes,
                                    quote_keys=analysis.quote_keys)
            t_store = time.perf_counter() - t
            t = time.perf_counter()
            happenings = link_store(store)
            t_link = time.perf_counter() - t

    n = len(english)
    events = sum(len(a.events) for a in analyses)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{what}: {len(raws)} read, {len(articles)} cleaned, {n} English, {events} event mentions, "
          f"{len(saved)} stored, {happenings} happenings")
    print(f"  read        {rate(len(raws), t_read)}")
    print(f"  clean       {rate(len(raws), t_clean)}")
    print(f"  spaCy       {rate(n, t_spacy)}  (batch size {args.batch_size})")
    print(f"  extraction  {rate(n - 1, t_extract)}  (+ warm-up {t_warm:.2f} s on the first article)")
    print(f"  analyse     {rate(n - 1, t_spacy + t_extract)}  (spaCy + extraction)")
    print(f"  store       {rate(len(saved), t_store)}")
    print(f"  link        {rate(len(saved), t_link)}")
    total = t_read + t_clean + t_spacy + t_extract + t_warm + t_store + t_link
    print(f"  all stages  {rate(n, total)}")
    print(f"  peak memory {peak_mb:.0f} MB (this process)")


if __name__ == "__main__":
    main()

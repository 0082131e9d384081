"""What selective parsing changes, and what it saves, against the full analysis, in one run.

    python benchmarks/bench_selective_diff.py [--input ../shared/bench/ecbplus/articles] [--count N]
                                              [--repeat 2] [-v]

Cleans the inputs and analyses the first 40 (lazy loading; none of it timed), then analyses
the same articles alternately with the full pipeline and with only the sentences the cheap
pass keeps parsed (DATELINE_PARSE=selective, dateline/selective.py), ``--repeat`` times each,
and prints each one's CPU time (this process's) and how many event mentions (with their dates,
places and actors), quotes, actor mentions and happenings differ; ``-v`` prints every
differing event and quote.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_INPUT = REPO.parent / "shared" / "bench" / "ecbplus" / "articles"


def event_key(e) -> tuple:
    return (e.start, e.end, e.type, e.trigger, e.mode, e.modality, e.status, repr(e.date), repr(e.place),
            tuple(a.id for a in e.source), tuple(a.id for a in e.target), tuple(e.topics))


def happenings(articles, analyses, path: Path) -> set[tuple]:
    from dateline.export import export_text
    from dateline.link import link_store
    from dateline.store import Store

    with Store(path) as store:
        for article, analysis in zip(articles, analyses):
            store.add_article(article)
            store.save_analysis(article.id, status=analysis.status, mentions=analysis.mentions,
                                events=analysis.events, quotes=analysis.quotes, quote_keys=analysis.quote_keys)
        link_store(store)
        document = json.loads(export_text(store))
    return {(h["type"], h["date"], tuple(sorted(p["id"] for p in h["participants"])), tuple(h["articles"]))
            for h in document["happenings"]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", default=str(DEFAULT_INPUT))
    parser.add_argument("--count", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    from dateline.analyse import Resources, analyse_articles, load_nlp
    from dateline.clean import clean_document
    from dateline.read import iter_documents
    from dateline.records import Article

    raws = [item for item in iter_documents([args.input]) if not hasattr(item, "reason")][: args.count]
    articles = [a for a in map(clean_document, raws) if isinstance(a, Article)]
    resources = Resources.load()
    load_nlp()
    list(analyse_articles(articles[:40], resources, selective=False))  # lazy loads, untimed
    times: dict[str, list[float]] = {"full": [], "selective": []}
    results = {}
    for _ in range(args.repeat):
        for name in times:
            started = time.process_time()
            results[name] = list(analyse_articles(articles, resources, selective=name == "selective"))
            times[name].append(time.process_time() - started)
    full, fast = results["full"], results["selective"]
    counts = dict.fromkeys(("events", "events differing", "dates differing", "quotes", "quotes differing",
                            "mentions", "mentions differing"), 0)
    for article, a, b in zip(articles, full, fast):
        for name, key, xs, ys in (("events", event_key, a.events, b.events),
                                  ("quotes", lambda q: repr(sorted(vars(q).items())), a.quotes, b.quotes),
                                  ("mentions", lambda m: (m.start, m.end, m.actor.id), a.mentions, b.mentions)):
            kx, ky = set(map(key, xs)), set(map(key, ys))
            counts[name] += len(kx)
            counts[f"{name} differing"] += len(kx ^ ky)
            if name == "events":
                dx = {(e.start, e.end, repr(e.date)) for e in xs}
                counts["dates differing"] += len(dx - {(e.start, e.end, repr(e.date)) for e in ys})
            if args.verbose and name != "mentions":
                for only in sorted(map(str, kx - ky)):
                    print(f"  {article.id} {name} only in full: {only}")
                for only in sorted(map(str, ky - kx)):
                    print(f"  {article.id} {name} only when selected: {only}")
    with tempfile.TemporaryDirectory() as tmp:
        ha, hb = happenings(articles, full, Path(tmp) / "a.db"), happenings(articles, fast, Path(tmp) / "b.db")
    counts["happenings"], counts["happenings differing"] = len(ha), len(ha ^ hb)
    print(f"{args.input}: {len(articles)} articles; analysis CPU s " +
          "; ".join(f"{k} {', '.join(f'{t:.1f}' for t in v)}" for k, v in times.items()))
    print("  " + ", ".join(f"{k} {v}" for k, v in counts.items()) + "  (differing: symmetric difference)")


if __name__ == "__main__":
    main()

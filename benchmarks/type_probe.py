"""Per-type coverage of the synthetic PLOVER type probe (tests/extract/type_probe.py).

    python benchmarks/type_probe.py [--misses] [--hard] [--codebook]

For each of the 16 PLOVER types: how many of its probe sentences give an asserted event of
that type; and how many of the not-done sentences (planned, denied, demanded,
hypothetical) wrongly give one.  ``--misses`` lists the sentences missed, with the events
that were found instead; ``--codebook`` runs the codebook coverage probe
(tests/extract/codebook_probe.py: each type's common verbs and event nouns) instead.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's package
sys.path.insert(0, str(ROOT / "tests" / "extract"))

from codebook_probe import CODEBOOK, CODEBOOK_NOT_DONE  # noqa: E402
from type_probe import DONE, HARD, MORE, NOT_DONE, PUBLISHED, asserted_types  # noqa: E402

from dateline.analyse import Resources, load_nlp  # noqa: E402
from dateline.extract.events import extract_events  # noqa: E402
from dateline.records import Article, EventMention  # noqa: E402
from dateline.resolve.actors import resolve_actors  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--hard", action="store_true", help="the harder and further sentences too")
    parser.add_argument("--codebook", action="store_true", help="the codebook coverage probe instead")
    args = parser.parse_args(argv)
    nlp, resources = load_nlp(), Resources.load()

    def events_of(text: str) -> list[EventMention]:
        article = Article("probe", "probe", text, text, published=PUBLISHED)
        doc = nlp(text)
        return extract_events(doc, article, resolve_actors(doc, article, resources.kb))

    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses: list[str] = []
    done = CODEBOOK if args.codebook else DONE + (HARD + MORE if args.hard else [])
    not_done = CODEBOOK_NOT_DONE if args.codebook else NOT_DONE
    for text, plover in done:
        totals[plover] += 1
        events = events_of(text)
        if plover in asserted_types(events):
            hits[plover] += 1
        else:
            found = ", ".join(f"{e.type}/{e.modality}({e.trigger})" for e in events) or "-"
            misses.append(f"  {plover:9} {text}\n            found: {found}")
    for plover in sorted(totals):
        print(f"{plover:9} {hits[plover]}/{totals[plover]}")
    print(f"ALL       {sum(hits.values())}/{sum(totals.values())}")
    wrong = []
    for text, plover in not_done:
        events = events_of(text)
        if plover in asserted_types(events):
            wrong.append(f"  {plover:9} {text}")
    print(f"not-done sentences given a done event: {len(wrong)}/{len(not_done)}")
    if args.misses:
        print("misses:", *misses, sep="\n")
        print("wrongly done:", *wrong, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

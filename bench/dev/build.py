"""Write bench/dev/corpus.jsonl from the gold files and the collected texts.

    python bench/dev/build.py [--dev FOLDER]

One line a report whose text file ``texts/<id>.txt`` exists: {"id", "url", "text"}; no date
keys, so publication dates are found as for any page.  Prints how many reports had no text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build(dev: Path = HERE, out: Path | None = None) -> tuple[int, list[str]]:
    """Write the corpus; returns (lines written, ids of reports without a text)."""
    out = out or dev / "corpus.jsonl"
    written, missing, seen = 0, [], set()
    with out.open("w", encoding="utf-8") as handle:
        for gold_file in sorted((dev / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            for report in gold.get("reports", []):
                if report["id"] in seen:
                    continue
                seen.add(report["id"])
                text_file = dev / "texts" / f"{report['id']}.txt"
                if not text_file.exists():
                    missing.append(report["id"])
                    continue
                line = {"id": report["id"], "url": report.get("url"),
                        "text": text_file.read_text(encoding="utf-8")}
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
                written += 1
    return written, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=HERE, help="folder holding gold/ and texts/")
    parser.add_argument("-o", "--out", type=Path, help="output file (default: DEV/corpus.jsonl)")
    args = parser.parse_args(argv)
    written, missing = build(args.dev, args.out)
    print(f"{written} reports written; {len(missing)} reports missing their text")
    for report_id in missing:
        print(f"  missing: texts/{report_id}.txt", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

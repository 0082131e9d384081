"""Why reports of one happening in different languages are kept apart, and which field fails
in the non-English meeting reports that are not all right: tune half only (check is read as
aggregate figures alone).

    python bench/dev/pairs_apart.py --db STORE --eval TUNE.json [--gold FOLDER] [-v]

TUNE.json is ``dateline eval --gold FOLDER --db STORE --half tune --json``.  Each gold pair of
reports of one happening, one in English and one not, whose articles lead with different
happenings is put in the first class that fits, comparing the two lead happenings as stored:
one has none; their types differ; both are day-dated to different days; one or both are not
day-dated; both name places that differ; their parties' countries are not one within the
other's; else the join's conditions (``dateline.link.languages``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from dateline.evaluation.devcorpus import StoreView
from dateline.evaluation.devgold import load_dev_gold
from dateline.store import Store

HERE = Path(__file__).resolve().parent


def _countries(happening: dict[str, Any]) -> set[str]:
    return {p["country"] for p in happening.get("participants", []) if p.get("country")}


def _place(happening: dict[str, Any]) -> tuple[str | None, str | None]:
    place = happening.get("place") or {}
    return place.get("country"), place.get("name")


def pair_class(en: dict[str, Any] | None, other: dict[str, Any] | None) -> str:
    """The first reason that fits why two lead happenings (English, other) are not one."""
    if en is None or other is None:
        return "no lead happening"
    if en["type"] != other["type"]:
        return "types differ"
    day = [h.get("date_precision") == "day" for h in (en, other)]
    if all(day) and en["date"] != other["date"]:
        return "days differ"
    if not all(day):
        return "one not day-dated" if any(day) else "neither day-dated"
    (c1, n1), (c2, n2) = _place(en), _place(other)
    if c1 and c2 and (c1, n1) != (c2, n2):
        return "places differ"
    mine, theirs = _countries(other), _countries(en)
    if not (len(mine) >= 2 and mine <= theirs) and not (len(theirs) >= 2 and theirs <= mine):
        return "parties differ"
    return "join conditions"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--eval", type=Path, required=True)
    parser.add_argument("--gold", type=Path, default=HERE / "gold")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    scored = json.loads(args.eval.read_text(encoding="utf-8"))
    if scored.get("half") != "tune":
        parser.error("tune half only: check is read as aggregate figures alone")
    gold = load_dev_gold(args.gold)
    reports = {r["id"]: r for r in gold.reports}
    rows = {r["report"]: r for r in scored["details"]}
    view = StoreView(Store(args.db))
    lead = {k: view.lead(r["article"]) for k, r in rows.items()}
    language = {k: reports[k].get("language") for k in rows}
    headline = {k: reports[k]["headline"] for k in rows}
    classes: Counter[str] = Counter()
    reports_of: dict[str, set[str]] = defaultdict(set)
    for a, b in combinations(sorted(rows), 2):
        if headline[a] != headline[b] or (language[a] == "en") == (language[b] == "en"):
            continue
        en, other = (a, b) if language[a] == "en" else (b, a)
        one, two = lead[en], lead[other]
        if one is not None and two is not None and one["id"] == two["id"]:
            continue
        kind = pair_class(one, two)
        classes[kind] += 1
        reports_of[kind] |= {en, other}
        if args.verbose:
            print(f"[{kind}] {en} / {other} ({language[other]}): "
                  f"{one and (one['type'], one.get('date'), _place(one))} / {two and (two['type'], two.get('date'), _place(two))}")
    total = scored.get("cross_language_pairs")
    print(f"cross-language pairs apart: {sum(classes.values())} of {total}")
    for kind, n in classes.most_common():
        print(f"  {n:4d} {kind} ({len(reports_of[kind])} reports)")
    fails: Counter[tuple[str, ...]] = Counter()
    for k, row in rows.items():
        if language[k] == "en" or row["kind"] != "meeting" or row["all_right"]:
            continue
        fails[tuple(f for f in ("participants_found", "date_right", "place_right") if not row[f])] += 1
    print("non-English meeting reports not all right, by the fields that fail:")
    for fields, n in fails.most_common():
        print(f"  {n:4d} {' + '.join(fields)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

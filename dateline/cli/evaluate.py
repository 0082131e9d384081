"""`dateline eval`: score a run against a gold file and print the metrics."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.cli.common import add_db, open_store


def register(commands) -> None:
    p = commands.add_parser("eval", help="score the stored run against a gold file")
    p.add_argument("--gold", required=True, type=Path,
                   help="gold file: dateline-gold/1 (seeds.json), dateline-clusters/1 (ecbplus) or PLOVER records")
    p.add_argument("--articles", type=Path, help="folder of the gold's articles, run first if the store lacks them")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(handler=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    from dateline.evaluation import evaluate_gold

    with open_store(args) as store:
        metrics = evaluate_gold(store, args.gold, articles=args.articles)
    if args.json:
        print(json.dumps(metrics, indent=2, ensure_ascii=False))
    else:
        for key, value in metrics.items():
            if isinstance(value, float):
                value = f"{value:.3f}"
            if isinstance(value, (list, dict)):
                continue
            print(f"{key:40} {value}")
    return 0

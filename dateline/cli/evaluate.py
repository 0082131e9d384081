"""`dateline eval`: score a run against a gold file and print the metrics."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.cli.common import add_db, add_dictionaries, open_store, report_dictionaries


def register(commands) -> None:
    p = commands.add_parser("eval", help="score the stored run against a gold file")
    p.add_argument("--gold", required=True, type=Path,
                   help="gold file: dateline-gold/1 (seeds.json), dateline-clusters/1 (ecbplus), dateline-dev/1 "
                        "(bench/dev/gold: a file or a folder of them), PLOVER records, or a folder of TimeML .tml files")
    p.add_argument("--articles", type=Path, help="the gold's articles (folder or file), run first if the store lacks them")
    p.add_argument("--half", choices=("tune", "check", "all"), default="all",
                   help="dateline-dev/1: score the tune or the check half of the development corpus; PLOVER "
                        "records: those at even (tune) or odd (check) positions (default: all)")
    add_dictionaries(p)
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(handler=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    from dateline.evaluation import evaluate_gold
    from dateline.evaluation.gold import is_timeml

    report_dictionaries(args.dictionaries)
    if is_timeml(args.gold):  # scored on the text alone: no store
        metrics = evaluate_gold(None, args.gold)
    else:
        with open_store(args) as store:
            metrics = evaluate_gold(store, args.gold, articles=args.articles, half=args.half,
                                    dictionaries=args.dictionaries)
    if args.json:
        print(json.dumps(metrics, indent=2, ensure_ascii=False))
    else:
        _print_flat(metrics)
        for language, figures in metrics.get("by_language", {}).items():
            _print_flat(figures, prefix=f"{language}.")
    return 0


def _print_flat(metrics: dict, prefix: str = "") -> None:
    """Scalar figures one a line (lists and nested objects only with --json)."""
    for key, value in metrics.items():
        if isinstance(value, float):
            value = f"{value:.3f}"
        if isinstance(value, (list, dict)):
            continue
        print(f"{prefix + key:40} {value}")

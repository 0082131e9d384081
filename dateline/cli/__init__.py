"""The `dateline` command: a thin layer over the library API (one module per command group)."""

from __future__ import annotations

import argparse
import sys

from dateline import __version__
from dateline.cli import articles, corpus, evaluate, happenings, web


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Reconstruct the happenings news articles report, with sources and evidence.",
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for group in (articles, corpus, happenings, evaluate, web):
        group.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        return 0
    except (FileNotFoundError, ValueError, LookupError) as exc:
        print(f"dateline {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Options and output helpers shared by the command groups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dateline.records import Article, Rejection
from dateline.store import DEFAULT_DB, Store


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, help=f"database file (default: {DEFAULT_DB})")


def open_store(args: argparse.Namespace, *, readonly: bool = False) -> Store:
    if readonly and not Path(args.db).exists():
        raise FileNotFoundError(f"no database at {args.db}: run `dateline run PATH` or `dateline ingest PATH` first")
    return Store(args.db, readonly=readonly)


class Progress:
    """A progress bar (tqdm) on a terminal; silent otherwise.  Rejections are always reported,
    one line each, naming the input and the reason."""

    def __init__(self, label: str, stream=None) -> None:
        self.label = label
        self.stream = stream = stream or sys.stderr  # the current one, not the one at import
        self.count = 0
        self.rejected = 0
        self.bar = None
        if stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(desc=label, unit=" items", file=stream, dynamic_ncols=True, leave=False)

    def item(self, outcome: Article | Rejection) -> None:
        if isinstance(outcome, Rejection):
            self.rejected += 1
            self.write(f"rejected: {outcome.source}: {outcome.reason}")
        self.tick()

    def tick(self, _=None) -> None:
        self.count += 1
        if self.bar is not None:
            self.bar.update(1)

    def stage(self, label: str) -> None:
        if self.bar is not None:
            self.bar.set_description(label)

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream)

    def clear(self) -> None:
        if self.bar is not None:
            self.bar.close()


def table(rows: list[list[str]], headers: list[str], widths: list[int] | None = None) -> str:
    """A plain text table; cells longer than their width are cut with an ellipsis."""
    cells = [headers, *rows]
    widths = widths or [max(len(str(r[i])) for r in cells) for i in range(len(headers))]
    natural = [max(len(str(r[i])) for r in cells) for i in range(len(headers))]
    widths = [min(w, n) for w, n in zip(widths, natural)]

    def fit(text: str, width: int) -> str:
        text = str(text)
        return text if len(text) <= width else text[: max(1, width - 1)] + "…"

    lines = ["  ".join(fit(c, w).ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)

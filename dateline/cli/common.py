"""Options and output helpers shared by the command groups."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dateline.records import Article, Rejection
from dateline.store import DEFAULT_DB, EVENT_TYPES, STATUSES, Filter, Store


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, help=f"database file (default: {DEFAULT_DB})")


def open_store(args: argparse.Namespace, *, readonly: bool = False) -> Store:
    if readonly and not Path(args.db).exists():
        raise FileNotFoundError(f"no database at {args.db}: run `dateline run PATH` or `dateline ingest PATH` first")
    return Store(args.db, readonly=readonly)


def add_filters(parser: argparse.ArgumentParser) -> None:
    """The filter options shared by `timeline` and `export` (one Filter, as in the API and pages)."""
    group = parser.add_argument_group("filters (all given ones must hold)")
    group.add_argument("--actor", action="append", default=[], metavar="NAME",
                       help="a participant, by name, alias or id; repeat: all must take part")
    group.add_argument("--country", metavar="CODE", help="ISO code or name: the place or a participant's country")
    group.add_argument("--type", metavar="TYPE", help=f"PLOVER type: {', '.join(EVENT_TYPES)}")
    group.add_argument("--from", dest="since", metavar="DATE", help="on or after: YYYY, YYYY-MM or YYYY-MM-DD")
    group.add_argument("--to", dest="until", metavar="DATE", help="on or before: YYYY, YYYY-MM or YYYY-MM-DD")
    group.add_argument("--outlet", metavar="TEXT", help="reported by an outlet whose name holds TEXT")
    group.add_argument("--language", metavar="CODE", help="reported in this language (ISO 639-1, e.g. en)")
    group.add_argument("--min-sources", metavar="N", help="at least N independent sources")
    group.add_argument("--status", metavar="STATUS", help=f"one of {', '.join(STATUSES)}")
    group.add_argument("--include-incomplete", action="store_true",
                       help="also the events linking left incomplete: one side named, no happening of their "
                            "own (not reported otherwise: see docs/linking.md)")


def filter_from_args(args: argparse.Namespace, *, include_other: bool = False) -> Filter:
    """The Filter of the command line's options; FilterError (exit code 2) for an invalid value."""
    return Filter.parse(actors=args.actor, country=args.country, type=args.type, since=args.since,
                        until=args.until, outlet=args.outlet, language=args.language,
                        min_sources=args.min_sources, status=args.status, include_other=include_other,
                        include_incomplete=args.include_incomplete)


def check_inputs(paths: list[str]) -> None:
    """A local path that does not exist (or a pattern that matches nothing) is an error before
    anything is read; URLs, standard input and remote (fsspec) paths are left to the readers."""
    import glob

    for path in paths:
        if path == "-" or "://" in path or path.lower().startswith(("http:", "https:")):
            continue
        if any(ch in path for ch in "*?["):
            if not glob.glob(path, recursive=True):
                raise FileNotFoundError(f"no file matches {path!r}")
        elif not Path(path).exists():
            raise FileNotFoundError(f"no such file or folder: {path!r}")


def nothing_read(summary) -> int:
    """Exit code of a run or ingest: 1 when every input was rejected and nothing was read."""
    if summary.read == 0 and summary.rejected > 0:
        print("nothing could be read: every input was rejected (see above, or `dateline rejects`)", file=sys.stderr)
        return 1
    return 0


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class Progress:
    """Progress of a long run.  On a terminal, a bar (tqdm) with the stage, done/total, rate
    and ETA; otherwise (a log, a pipe) one line every ``every`` seconds and one at each new
    stage.  Rejections are always reported, one line each, naming the input and the reason."""

    def __init__(self, label: str, stream=None, *, every: float = 5.0, clock=time.monotonic,
                 tty: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.every = every
        self.clock = clock
        self.started = clock()
        self.count = 0
        self.rejected = 0
        self.total: int | None = None
        self.stage_started = self.started
        self.stage_count = 0
        self.last_line = self.started
        self.bar = None
        self.tty = self.stream.isatty() if tty is None else tty
        if self.tty:
            from tqdm import tqdm

            self.bar = tqdm(desc=label, unit=" items", file=self.stream, dynamic_ncols=True, leave=False)

    def item(self, outcome: Article | Rejection) -> None:
        if isinstance(outcome, Rejection):
            self.rejected += 1
            self.write(f"rejected: {outcome.source}: {outcome.reason}")
        self.tick()

    def tick(self, _=None) -> None:
        self.count += 1
        self.stage_count += 1
        if self.bar is not None:
            self.bar.update(1)
            return
        now = self.clock()
        if now - self.last_line >= self.every:
            self.last_line = now
            self.write(self.status_line(now))

    def stage(self, label: str, total: int | None = None) -> None:
        """A new stage (reading, analysing, linking) with its number of items where known."""
        if self.bar is None:
            if self.stage_count or label != self.label:
                self.write(self.status_line(self.clock()) + " (done)")
        self.label, self.total = label, total
        self.stage_started = self.last_line = self.clock()
        self.stage_count = 0
        if self.bar is not None:
            self.bar.reset(total=total)
            self.bar.set_description(label)
        else:
            self.write(f"[{_clock(self.stage_started - self.started)}] {label}"
                       + (f": {total} to do" if total is not None else ""))

    def status_line(self, now: float) -> str:
        """E.g. ``[0:01:15] analysing: 120/496 (24%), 1.6/s, ETA 0:03:55``."""
        spent = now - self.stage_started
        rate = self.stage_count / spent if spent > 0 else 0.0
        done = f"{self.stage_count}/{self.total} ({self.stage_count / self.total:.0%})" if self.total else f"{self.stage_count}"
        line = f"[{_clock(now - self.started)}] {self.label}: {done}, {rate:.1f}/s"
        if self.total and rate > 0:
            line += f", ETA {_clock((self.total - self.stage_count) / rate)}"
        return line

    def elapsed(self) -> str:
        """The time since the start, for summaries: ``in 75.3 s`` or ``in 0:12:04``."""
        seconds = self.clock() - self.started
        return f"in {seconds:.1f} s" if seconds < 600 else f"in {_clock(seconds)}"

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

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


def add_dictionaries(p) -> None:
    p.add_argument("--dictionaries", metavar="DIR", type=Path,
                   help="a folder of PETRARCH actor, agent and verb dictionaries, merged with the "
                        "project's own (see docs/dictionaries.md)")


def report_dictionaries(folder: Path | None) -> None:
    """Load the dictionaries once here (a bad folder stops the command with its reason) and
    say on standard error what was loaded and which lines were skipped, and why."""
    if folder is None:
        return
    from dateline.resolve import check_dictionaries as check

    for line in check(folder).lines():
        print(line, file=sys.stderr)

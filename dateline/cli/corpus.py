"""Commands that take articles in and make happenings: run, load."""

from __future__ import annotations

import argparse
from pathlib import Path

from dateline.cli.articles import add_read_options, read_options
from dateline.cli.common import (
    Progress,
    add_db,
    add_dictionaries,
    check_inputs,
    nothing_read,
    open_store,
    report_dictionaries,
)
from dateline.pipeline import load_parts, run
from dateline.run_options import ENGINES, RunOptions


def register(commands) -> None:
    p = commands.add_parser("run", help="ingest, analyse and link: the main job",
                            description="Read, clean and analyse new articles, then link all reports into happenings. "
                                        "Re-running on the same input changes nothing.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, folders, globs, URLs, fsspec URLs (Dask engine), or - for standard input")
    p.add_argument("--actors", action="append", default=[], metavar="FILE", type=Path,
                   help="extra actor knowledge (YAML, see docs/actors.md); repeatable")
    add_dictionaries(p)
    p.add_argument("--engine", choices=ENGINES, default=None,
                   help="local (one process, the default) or dask (shards mapped over a Dask cluster)")
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help="Dask engine: worker processes of the local cluster (default 2)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask engine: a running cluster's scheduler address")
    p.add_argument("--out", metavar="DIR",
                   help="Dask engine: write Parquet parts to DIR (folder or fsspec URL) instead of the store; "
                        "`dateline load DIR` takes them in")
    p.add_argument("--shard-size", type=int, default=64, metavar="N",
                   help="Dask engine: single-article files per shard (container files are one shard each)")
    add_read_options(p)
    add_db(p)
    p.set_defaults(handler=cmd_run)

    p = commands.add_parser("load", help="bring Parquet parts written by `run --out` into the store, and link")
    p.add_argument("folder", metavar="DIR", help="the folder (or fsspec URL) given to `run --out`")
    add_db(p)
    p.set_defaults(handler=cmd_load)


def cmd_run(args: argparse.Namespace) -> int:
    engine = args.engine or ("dask" if args.workers or args.scheduler or args.out else "local")
    if engine == "local" and (args.workers or args.scheduler or args.out):
        raise ValueError("--workers, --scheduler and --out belong to the Dask engine: add --engine dask")
    if args.workers < 0 or args.shard_size < 1:
        raise ValueError("--workers must be 0 or more and --shard-size 1 or more")
    check_inputs(args.paths)
    report_dictionaries(args.dictionaries)
    progress = Progress("reading")
    options = RunOptions(read=read_options(args), actor_files=tuple(args.actors or ()), dictionaries=args.dictionaries,
                         engine=engine, workers=args.workers, scheduler=args.scheduler, out=args.out,
                         group=args.shard_size)
    if args.out:
        summary = run(args.paths, None, options,
                      on_item=progress.item, on_article=progress.tick, on_stage=progress.stage)
    else:
        with open_store(args) as store:
            summary = run(args.paths, store, options,
                          on_item=progress.item, on_article=progress.tick, on_stage=progress.stage)
    progress.clear()
    print(f"{summary.line()}; {progress.elapsed()}")
    if args.out:
        print(f"parts written to {args.out}: take them in with `dateline load {args.out}`")
    return nothing_read(summary.ingest)


def cmd_load(args: argparse.Namespace) -> int:
    progress = Progress("loading")
    with open_store(args) as store:
        summary = load_parts(args.folder, store, on_item=progress.item, on_article=progress.tick)
    progress.clear()
    print(f"{summary.line()}; {progress.elapsed()}")
    return 1 if summary.refused else 0

"""Commands over articles: ingest, articles, show, search, rejects, export."""

from __future__ import annotations

import argparse
import json
import sys

from dateline.cli.common import (
    Progress,
    add_db,
    add_filters,
    check_inputs,
    filter_from_args,
    nothing_read,
    open_store,
    table,
)
from dateline.export import FORMATS, TABLE_FORMATS, export, export_table
from dateline.ingest import ingest
from dateline.read import ReadOptions
from dateline.store.filters import TABLES


def register(commands) -> None:
    p = commands.add_parser("ingest", help="read, clean and store articles")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs, URLs, or - for standard input")
    add_read_options(p)
    add_db(p)
    p.set_defaults(handler=cmd_ingest)

    p = commands.add_parser("articles", help="list stored articles")
    add_filters(p)
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_db(p)
    p.set_defaults(handler=cmd_articles)

    p = commands.add_parser("show", help="show an article (or: show happening ID)")
    p.add_argument("what", nargs="+", metavar="ARTICLE | happening ID | article ID")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("search", help="full-text search over titles and bodies")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    add_db(p)
    p.set_defaults(handler=cmd_search)

    p = commands.add_parser("rejects", help="inputs that could not be read, and why")
    add_db(p)
    p.set_defaults(handler=cmd_rejects)

    p = commands.add_parser(
        "export", help="export articles, happenings, events and quotes (nested, or one flat table)",
        description="Without --table: the nested export contract (json, jsonl, csv of articles). With --table: "
                    "one row an event, happening, article or quote (csv, jsonl, json or parquet); see docs/export.md.")
    p.add_argument("--table", choices=TABLES, help="one flat table: events, happenings, articles or quotes")
    p.add_argument("--format", choices=TABLE_FORMATS, default=None,
                   help="json, jsonl or csv (nested export); csv, jsonl, json or parquet with --table")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_filters(p)
    add_db(p)
    p.set_defaults(handler=cmd_export)


def add_read_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-bytes", type=int, default=ReadOptions().max_bytes, help="size cap per file or response")
    p.add_argument("--timeout", type=float, default=ReadOptions().timeout, help="HTTP timeout in seconds")


def read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(max_bytes=args.max_bytes, timeout=args.timeout)


def cmd_ingest(args: argparse.Namespace) -> int:
    check_inputs(args.paths)
    progress = Progress("ingesting")
    with open_store(args) as store:
        summary = ingest(args.paths, store, options=read_options(args), on_item=progress.item)
    progress.clear()
    print(f"{summary.line()}; {progress.elapsed()}")
    return nothing_read(summary)


def cmd_articles(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        rows = store.article_rows(filter_from_args(args), limit=args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(table([[r["id"], r["published"] or "-", r["language"] or "-", r["outlet"] or "-", r["title"]]
                 for r in rows], ["id", "published", "lang", "outlet", "title"], [16, 10, 4, 18, 70]))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    kind, ref = ("article", args.what[0]) if len(args.what) == 1 else (args.what[0], args.what[1])
    if kind == "happening":
        from dateline.cli.happenings import show_happening

        return show_happening(args, ref)
    if kind != "article":
        raise ValueError(f"cannot show {kind!r}: use `show ARTICLE`, `show article ID` or `show happening ID`")
    with open_store(args, readonly=True) as store:
        article_id = store.resolve_article_id(ref)
        if article_id is None:
            raise LookupError(f"no article {ref!r}: give an id (or a unique prefix) or the source path")
        article = store.get_article(article_id)
        lead = store.lead_happening(article_id)
    if args.json:
        print(json.dumps({"id": article.id, "source": article.source, "title": article.title,
                          "outlet": article.outlet, "published": article.published,
                          "published_bounds": article.published_bounds, "language": article.language,
                          "happening": lead, "body": article.body,
                          "removed": [vars(r) for r in article.removed]}, ensure_ascii=False, indent=2))
        return 0
    bounds = article.published_bounds
    print(f"id:        {article.id}\nsource:    {article.source}\ntitle:     {article.title or '-'}")
    print(f"outlet:    {article.outlet or '-'}\npublished: {article.published or '-'}"
          + (f" (bounds {bounds[0] or '…'} to {bounds[1] or '…'})" if bounds else ""))
    print(f"language:  {article.language or '-'}\nhappening: {lead or '-'}\n")
    print(article.body)
    if article.removed:
        print(f"\n--- removed ({len(article.removed)}) ---")
        for span in article.removed:
            text = span.text or article.original[span.start:span.end]
            print(f"[{span.reason}] {text.strip()[:120]}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        rows = store.search(args.query, limit=args.limit)
    if not rows:
        print(f"no article matches {args.query!r}")
        return 0
    for row in rows:
        print(f"{row['id']}  {row['published'] or '-':10}  {row['title']}")
        print(f"    {row['snippet']}")
    return 0


def cmd_rejects(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        for rejection in store.rejects():
            print(f"{rejection.source}: {rejection.reason}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    where = filter_from_args(args, include_other=True)
    fmt = args.format or ("csv" if args.table else "json")
    if args.table is None and fmt not in FORMATS:
        raise ValueError(f"--format {fmt} needs --table (events, happenings, articles or quotes); "
                         f"without --table use one of {', '.join(FORMATS)}")
    if fmt == "parquet" and not args.output and sys.stdout.isatty():
        raise ValueError("parquet is binary: give -o FILE (or redirect standard output)")
    with open_store(args, readonly=True) as store:
        if args.table is None:
            if args.output:
                with open(args.output, "w", encoding="utf-8", newline="") as out:
                    export(store, out, fmt, where=where)
            else:
                export(store, sys.stdout, fmt, where=where)
            return 0
        if fmt == "parquet":
            if args.output:
                with open(args.output, "wb") as out:
                    count = export_table(store, args.table, fmt, out, where)
            else:
                count = export_table(store, args.table, fmt, sys.stdout.buffer, where)
        elif args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                count = export_table(store, args.table, fmt, out, where)
        else:
            count = export_table(store, args.table, fmt, sys.stdout, where)
    if args.output:
        print(f"{count} {args.table[:-1] if count == 1 else args.table} written to {args.output}", file=sys.stderr)
    return 0

"""Commands over articles: ingest, articles, show, search, rejects, export."""

from __future__ import annotations

import argparse
import json
import sys

from dateline.cli.common import Progress, add_db, open_store, table
from dateline.export import FORMATS, export
from dateline.ingest import ingest
from dateline.read import ReadOptions


def register(commands) -> None:
    p = commands.add_parser("ingest", help="read, clean and store articles")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs, URLs, or - for standard input")
    add_read_options(p)
    add_db(p)
    p.set_defaults(handler=cmd_ingest)

    p = commands.add_parser("articles", help="list stored articles")
    p.add_argument("--outlet")
    p.add_argument("--language")
    p.add_argument("--from", dest="since", metavar="DATE")
    p.add_argument("--to", dest="until", metavar="DATE")
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

    p = commands.add_parser("export", help="export articles, happenings, events and quotes")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_db(p)
    p.set_defaults(handler=cmd_export)


def add_read_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-bytes", type=int, default=ReadOptions().max_bytes, help="size cap per file or response")
    p.add_argument("--timeout", type=float, default=ReadOptions().timeout, help="HTTP timeout in seconds")


def read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(max_bytes=args.max_bytes, timeout=args.timeout)


def cmd_ingest(args: argparse.Namespace) -> int:
    progress = Progress("ingesting")
    with open_store(args) as store:
        summary = ingest(args.paths, store, options=read_options(args), on_item=progress.item)
    progress.clear()
    print(summary.line())
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        rows = store.list_articles(outlet=args.outlet, language=args.language, since=args.since,
                                   until=args.until, limit=args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(table([[r["id"], r["published"] or "-", r["language"] or "-", r["outlet"] or "-", r["title"] or "(no title)"]
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
        print(f"{row['id']}  {row['published'] or '-':10}  {row['title'] or '(no title)'}")
        print(f"    {row['snippet']}")
    return 0


def cmd_rejects(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        for rejection in store.rejects():
            print(f"{rejection.source}: {rejection.reason}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                export(store, out, args.format)
        else:
            export(store, sys.stdout, args.format)
    return 0

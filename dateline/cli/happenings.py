"""Commands over happenings: timeline, show happening."""

from __future__ import annotations

import argparse
import json
import sys

from dateline.cli.common import add_db, add_filters, filter_from_args, open_store, table
from dateline.query import happening_detail, happenings_view
from dateline.store import SORTS


def register(commands) -> None:
    p = commands.add_parser("timeline", help="happenings by date, filtered by actors, type, country, dates ...")
    add_filters(p)
    p.add_argument("--all", action="store_true",
                   help="include stories outside the political event types (type OTHER)")
    p.add_argument("--sort", choices=SORTS, default="oldest",
                   help="oldest first (undated last), latest first, or most sources first")
    p.add_argument("--limit", type=int, default=500)
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(handler=cmd_timeline)


def cmd_timeline(args: argparse.Namespace) -> int:
    where = filter_from_args(args, include_other=args.all)
    with open_store(args, readonly=True) as store:
        page = happenings_view(store, where, sort=args.sort, limit=args.limit)
    rows = page["items"]
    if page["unresolved"]:
        print(f"dateline timeline: no stored actor matches {', '.join(repr(n) for n in page['unresolved'])}: "
              "try a surname, a country, or `dateline timeline` without --actor", file=sys.stderr)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no happenings match")
        return 0
    body = []
    for r in rows:
        place = r["place"]
        place_text = f"{place['name']} ({place['country']})" if place else "-"
        who = ", ".join(p["name"] for p in r["participants"])
        body.append([r["date"] or "?", r["type"], place_text, who, str(r["sources"]), r["id"]])
    print(table(body, ["date", "type", "place", "participants", "sources", "id"], [10, 9, 22, 48, 7, 13]))
    shown = f"{len(rows)} of {page['total']}" if page["total"] > len(rows) else f"{page['total']}"
    print(f"\n{shown} happening{'s' if page['total'] != 1 else ''}", file=sys.stderr)
    return 0


def show_happening(args: argparse.Namespace, ref: str) -> int:
    with open_store(args, readonly=True) as store:
        detail = happening_detail(store, ref)
    if detail is None:
        raise LookupError(f"no happening {ref!r}: see `dateline timeline` for ids")
    if getattr(args, "json", False):
        print(json.dumps(detail, ensure_ascii=False, indent=2))
        return 0
    place = detail["place"]
    print(f"{detail['label']}\n")
    print(f"id:           {detail['id']}\ntype:         {detail['type']}")
    print(f"date:         {detail['date'] or 'unknown'} ({detail['date_precision'] or '-'})")
    where = f"{place['name']} ({place['country']}) {place['lat']}, {place['lon']}" if place else "unknown"
    print(f"place:        {where}")
    print("participants: " + "; ".join(
        f"{p['name']} ({', '.join(x for x in (p['country'], p['role']) if x)})" for p in detail["participants"]))
    if detail.get("occasion"):
        print(f"occasion:     {detail['occasion']}")
    if detail.get("topics"):
        print(f"topics:       {', '.join(detail['topics'])}")
    print(f"\nsources ({len(detail['sources'])}):")
    for source in detail["sources"]:
        print(f"\n  [{source['article']}] {source['title'] or '(no title)'} - {source['outlet'] or source['source']}"
              f" ({source['published'] or 'date unknown'})")
        for ev in source["evidence"]:
            print(f"    {ev['start']}-{ev['end']} {ev['type']}: {ev['text']}")
    if detail["quotes"]:
        print("\nquotes:")
        for q in detail["quotes"]:
            print(f"  {q['speaker']}: “{q['text']}” [{q['article']}]")
    return 0

"""Commands over happenings: timeline, show happening."""

from __future__ import annotations

import argparse
import json

from dateline.cli.common import add_db, open_store, table
from dateline.query import happening_detail, timeline


def register(commands) -> None:
    p = commands.add_parser("timeline", help="happenings by date, filtered by actors and dates")
    p.add_argument("--actor", action="append", default=[], metavar="NAME",
                   help="a participant (repeat for a pair)")
    p.add_argument("--type", help="PLOVER type, e.g. CONSULT")
    p.add_argument("--from", dest="since", metavar="DATE")
    p.add_argument("--to", dest="until", metavar="DATE")
    p.add_argument("--all", action="store_true",
                   help="include stories outside the political event types (type OTHER)")
    p.add_argument("--limit", type=int, default=500)
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(handler=cmd_timeline)


def cmd_timeline(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        rows = timeline(store, actors=args.actor, type=args.type, since=args.since, until=args.until,
                        limit=args.limit, include_other=args.all)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no happenings match")
        return 0
    body = []
    for r in rows:
        place = r["place"]
        where = f"{place['name']} ({place['country']})" if place else "-"
        who = ", ".join(p["name"] for p in r["participants"])
        body.append([r["date"] or "?", r["type"], where, who, str(r["sources"]), r["id"]])
    print(table(body, ["date", "type", "place", "participants", "sources", "id"], [10, 9, 22, 48, 7, 13]))
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

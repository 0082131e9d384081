"""Per language and half (tune/check), for the dev corpus's non-English reports:
  type  - share whose headline happening's PLOVER type is among the extracted events,
  actors - share with an event of that type whose actors cover the gold participants
           (meetings) or a gold source and a gold target (other events),
  date  - share with an event of that type dated to the gold date.

    python bench/dev/multilingual_score.py [--half tune|check] [--show]
(--show lists tune reports only: check reports are looked at as numbers.)"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def half(happening_id: str) -> str:
    return "tune" if hashlib.sha1(happening_id.encode()).digest()[0] % 2 == 0 else "check"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=["tune", "check", "both"], default="both")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--dir", type=Path, default=HERE, help="the dev corpus folder (corpus.jsonl, gold/)")
    args = ap.parse_args()
    here = args.dir
    from dateline.analyse import Resources, analyse_articles
    from dateline.clean import clean_document
    from dateline.records import RawDocument

    texts = {}
    for line in (here / "corpus.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        texts[rec["id"]] = rec
    reports, happenings = [], {}
    for name in ("xA", "xB"):
        data = json.loads((here / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        reports += [r for r in data["reports"] if r["language"] != "en"]
        happenings.update({h["id"]: h for h in data["happenings"]})
    resources = Resources.load()
    kb = resources.kb
    articles, gold_of = [], {}
    for r in reports:
        if args.half != "both" and half(r["headline"]) != args.half or r["id"] not in texts:
            continue
        rec = texts[r["id"]]
        article = clean_document(RawDocument(source=r["id"], kind="text", content=rec["text"], url=rec.get("url")))
        if not hasattr(article, "body"):
            continue
        article.language = r["language"]  # score the path, not the language detector
        articles.append(article)
        gold_of[article.id] = r
    totals = defaultdict(lambda: [0, 0, 0, 0])

    def ids(names):
        out = set()
        for n in names:
            ref = kb.lookup(n)
            out.add(ref.id if ref else n.casefold())
            if ref is not None and ref.country and ref.kind == "country":
                out.add(f"country:{ref.country}")
        return out

    for analysis in analyse_articles(articles, resources):
        r = gold_of[analysis.article_id]
        h = happenings[r["headline"]]
        key = (r["language"], half(r["headline"]))
        t = totals[key]
        t[0] += 1
        typed = [e for e in analysis.events if e.type == h["type"]]
        t[1] += bool(typed)
        ok_actor = ok_date = False
        for e in typed:
            got = {a.id for a in e.participants} | {a.name.casefold() for a in e.participants}
            if h["kind"] in ("meeting", "call", "visit") and h.get("participants"):
                need = [ids([p]) for p in h["participants"]]
                ok = all(n & got for n in need)
            else:
                ok = bool(ids(h.get("source") or []) & {a.id for a in e.source} | ({a.name.casefold() for a in e.source} & ids(h.get("source") or []))) and (
                    not h.get("target") or bool(ids(h["target"]) & ({a.id for a in e.target} | {a.name.casefold() for a in e.target})))
            ok_actor |= ok
            if e.date and e.date.date and (e.date.date == h.get("date") or e.date.date in (h.get("date_accept") or [])):
                ok_date = True
        t[2] += ok_actor
        t[3] += ok_date
        if args.show and key[1] == "tune":
            print(r["id"], r["language"], h["type"], h.get("participants") or (h.get("source"), h.get("target")), h.get("date"),
                  "|", analysis.status, [(e.type, [a.id for a in e.source], [a.id for a in e.target], e.date and e.date.date) for e in analysis.events][:6])
    print(f"{'lang':5} {'half':6} {'n':>3} {'type':>6} {'actors':>7} {'date':>6}")
    allt = defaultdict(lambda: [0, 0, 0, 0])
    for (lang, hf), t in sorted(totals.items()):
        print(f"{lang:5} {hf:6} {t[0]:3} {t[1] / t[0]:6.2f} {t[2] / t[0]:7.2f} {t[3] / t[0]:6.2f}")
        for i in range(4):
            allt[hf][i] += t[i]
    for hf, t in sorted(allt.items()):
        print(f"{'all':5} {hf:6} {t[0]:3} {t[1] / t[0]:6.2f} {t[2] / t[0]:7.2f} {t[3] / t[0]:6.2f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

"""Score a store against the development corpus's gold (dateline-dev/1; docs/evaluation.md).

    dateline eval --gold bench/dev/gold --articles bench/dev/corpus.jsonl --half tune --json

Articles are matched to gold reports by how they were read: a JSON Lines record's ``id`` (the
report id) or its ``url`` (the article's source).  Everything else is read through the export
(``dateline.export.iter_records``): articles with their lead happening, happenings with their
participants, date, place and articles, events with their article, offsets and happening.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from dateline.evaluation.clusters import bcubed
from dateline.evaluation.devgold import (
    MEETING_KINDS,
    DevGold,
    Matcher,
    date_right,
    half,
    load_dev_gold,
)
from dateline.openings import sentence_ends
from dateline.store import Store

HEADLINE_SENTENCES = 3  # an "other" report's headline event is looked for in its first sentences
LEDE_SENTENCES = 2


def half_of_report(report: dict[str, Any]) -> str:
    return half(report["headline"])


class StoreView:
    """What the scorer needs from a store, read once through the export."""

    def __init__(self, store: Store) -> None:
        from dateline.export import iter_records

        self.articles: dict[str, dict[str, Any]] = {}
        self.happenings: dict[str, dict[str, Any]] = {}
        self.events_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.happenings_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for kind, record in iter_records(store):
            if kind == "articles":
                self.articles[record["id"]] = record
            elif kind == "happenings":
                self.happenings[record["id"]] = record
                for article_id in record.get("articles", []):
                    self.happenings_of[article_id].append(record)
            elif kind == "events":
                self.events_of[record["article"]].append(record)
            else:
                break  # quotes: not needed
        self.by_key: dict[str, str] = {}
        for ref in store.article_refs():
            for key in (ref["external_id"], ref["source"], ref["url"]):
                if key:
                    self.by_key.setdefault(key, ref["article_id"])

    def article_of(self, report: dict[str, Any]) -> str | None:
        return self.by_key.get(report["id"]) or (self.by_key.get(report["url"]) if report.get("url") else None)

    def lead(self, article_id: str) -> dict[str, Any] | None:
        lead = self.articles.get(article_id, {}).get("happening")
        return self.happenings.get(lead) if lead else None


def sentences_end(body: str, n: int) -> int:
    """End offset of the first ``n`` sentences (or paragraphs) of ``body``; a blank line is
    no sentence (a page's paragraphs are parted by them)."""
    ends = sentence_ends(body, blank_lines=False)
    return ends[n - 1] if len(ends) >= n else len(body)


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over pairs of items put in one cluster."""
    same_pred = same_gold = both = 0
    for a, b in combinations(sorted(gold), 2):
        p, g = predicted[a] == predicted[b], gold[a] == gold[b]
        same_pred += p
        same_gold += g
        both += p and g
    precision = both / same_pred if same_pred else (1.0 if not same_gold else 0.0)
    recall = both / same_gold if same_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --------------------------------------------------------------------------- per report


def _meeting_report(report, gold, article_id, view: StoreView, matcher: Matcher) -> dict[str, Any]:
    """The article's happening with all gold participants (best date and place among them),
    else its lead happening, compared with the headline happening."""
    want = gold.happenings[report["headline"]]
    candidates = [h for h in view.happenings_of.get(article_id, [])
                  if matcher.all_found(want.get("participants", []), h.get("participants", []))]
    found: dict[str, Any] | None
    if candidates:
        def rank(h):
            return (date_right(h.get("date"), want.get("date"), want.get("date_accept")),
                    matcher.place_right(h.get("place"), want), h is view.lead(article_id))

        found = max(candidates, key=rank)
    else:
        found = view.lead(article_id)
    row = {"participants_found": bool(candidates),
           "date_right": found is not None and bool(found)
           and date_right(found.get("date"), want.get("date"), want.get("date_accept")),
           "place_right": found is not None and bool(found) and matcher.place_right(found.get("place"), want),
           "happening": found["id"] if found else None}
    row["all_right"] = row["participants_found"] and row["date_right"] and row["place_right"]
    return row


# Joint acts whose gold source and target are in the order the text names them.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def type_right(event_type: str, want: dict[str, Any]) -> bool:
    """The gold's type, or one it also accepts (``type_accept``: a signing is also told as the
    agreement it seals, "agreed to", which PLOVER codes AGREE)."""
    return event_type == want["type"] or event_type in (want.get("type_accept") or ())


def joint_act(want: dict[str, Any]) -> bool:
    """A gold act its parties do together: a symmetric type, or one the gold marks ``joint``
    (the signing of an agreement, SUPPORT)."""
    return want["type"] in SYMMETRIC_TYPES or bool(want.get("joint"))


def _other_report(report, gold, article_id, view: StoreView, matcher: Matcher) -> dict[str, Any]:
    """The article's event of the gold type in its first sentences or in the happening it
    leads, best on actors, compared with the headline happening."""
    want = gold.happenings[report["headline"]]
    body = view.articles[article_id]["body"] or ""
    limit = sentences_end(body, HEADLINE_SENTENCES)
    lead = view.lead(article_id)
    events = view.events_of.get(article_id, [])
    typed = [e for e in events if type_right(e["type"], want)
             and (e["start"] < limit or (lead is not None and e["happening"] == lead["id"]))]
    if not typed and lead is not None and type_right(lead["type"], want):
        typed = [e for e in events if e["happening"] == lead["id"]]

    def actors_right(event) -> bool:
        sides = [(event["source"], event["target"])]
        if joint_act(want):
            sides.append((event["target"], event["source"]))  # "Russia and Ukraine signed": either way
        return any(matcher.side_right(want.get("source") or [], want.get("source_country"), source)
                   and matcher.side_right(want.get("target") or [], want.get("target_country"), target)
                   for source, target in sides)

    def event_date(event) -> str | None:
        happening = view.happenings.get(event["happening"]) if event["happening"] else None
        return happening["date"] if happening else event["date"]

    best = max(typed, key=lambda e: (actors_right(e), date_right(event_date(e), want.get("date"),
                                                                 want.get("date_accept")), -e["start"]),
               default=None)
    return {"headline_type": best is not None,
            "headline_actors": best is not None and actors_right(best),
            "headline_date": best is not None and date_right(event_date(best), want.get("date"), want.get("date_accept")),
            "event": best["id"] if best else None}


def _lede_events(report, gold, article_id, view: StoreView, matcher: Matcher) -> list[dict[str, Any]]:
    """The events of the first two sentences, each with its verdict against the report's
    gold happenings: ``right`` (the type of one, with its countries), ``actors`` (the type
    of one, not its countries) or ``type`` (the type of none) -- what a session needs to
    tell a wrong actor from an event the gold does not list."""
    body = view.articles[article_id]["body"] or ""
    limit = sentences_end(body, LEDE_SENTENCES)
    wanted = [gold.happenings[h] for h in report.get("happenings") or [report["headline"]]]
    out = []
    for event in view.events_of.get(article_id, []):
        if event["start"] >= limit:
            continue
        typed = [h for h in wanted if type_right(event["type"], h)]
        verdict = ("right" if any(_countries_right(h, event, matcher) for h in typed)
                   else "actors" if typed else "type")
        out.append({"event": event["id"], "type": event["type"], "trigger": event["trigger"],
                    "start": event["start"], "verdict": verdict})
    return out


def _countries_right(want, event, matcher: Matcher) -> bool:
    """The event's source and target have the gold's countries where it gives them (either
    order for a joint act)."""
    sides = [(event["source"], event["target"])]
    if joint_act(want):
        sides.append((event["target"], event["source"]))
    return any(
        (not want.get("source_country") or any(matcher.organisation_code(want["source_country"], a) for a in source))
        and (not want.get("target_country") or any(matcher.organisation_code(want["target_country"], a) for a in target))
        for source, target in sides)


# --------------------------------------------------------------------------- per happening


def _exactly_right(happening, gold, reports_of, view: StoreView, matcher: Matcher, corpus: set[str]) -> bool:
    """A stored happening with the gold participants, date and place, and exactly the gold's
    reports among the corpus's articles.  For one language's figures the corpus is that
    language's articles: English meetings are exactly right when their English reports are
    exactly one happening, as they would be in an English corpus."""
    want_articles = reports_of[happening["id"]] & corpus
    for stored in view.happenings.values():
        if (set(stored.get("articles", [])) & corpus) != want_articles:
            continue
        if (matcher.all_found(happening.get("participants", []), stored.get("participants", []))
                and date_right(stored.get("date"), happening.get("date"), happening.get("date_accept"))
                and matcher.place_right(stored.get("place"), happening)):
            return True
    return False


# --------------------------------------------------------------------------- the scorer


def _figures(reports: list[dict[str, Any]], rows: dict[str, dict[str, Any]], gold: DevGold, view: StoreView,
             matcher: Matcher, article_of: dict[str, str], reports_of: dict[str, set[str]],
             corpus: set[str]) -> dict[str, Any]:
    scored = [r for r in reports if r["id"] in article_of]
    meetings = [r for r in scored if gold.happenings[r["headline"]]["kind"] in MEETING_KINDS]
    others = [r for r in scored if gold.happenings[r["headline"]]["kind"] not in MEETING_KINDS]
    out: dict[str, Any] = {"reports": len(reports), "reports_scored": len(scored),
                           "reports_missing": len(reports) - len(scored), "meeting_reports": len(meetings)}
    for key in ("participants_found", "date_right", "place_right", "all_right"):
        out[key] = _share(sum(rows[r["id"]][key] for r in meetings), len(meetings))
    headlines = {r["headline"] for r in scored}
    meeting_happenings = [gold.happenings[h] for h in sorted(headlines)
                          if gold.happenings[h]["kind"] in MEETING_KINDS]
    out["meeting_happenings"] = len(meeting_happenings)
    out["exactly_right"] = _share(
        sum(_exactly_right(h, gold, reports_of, view, matcher, corpus) for h in meeting_happenings),
        len(meeting_happenings))
    out["other_reports"] = len(others)
    for key in ("headline_type", "headline_actors", "headline_date"):
        out[key] = _share(sum(rows[r["id"]][key] for r in others), len(others))
    lede_total = sum(rows[r["id"]]["lede_events"] for r in scored)
    out["lede_events"] = lede_total
    out["lede_precision"] = _share(sum(rows[r["id"]]["lede_right"] for r in scored), lede_total)
    gold_cluster = {r["id"]: r["headline"] for r in scored}
    predicted = {r["id"]: view.articles[article_of[r["id"]]]["happening"] or f"alone:{r['id']}" for r in scored}
    grouping: list[float | None] = [None] * 4
    if scored:
        grouping = [round(x, 4) for x in (*pairwise(predicted, gold_cluster), bcubed(predicted, gold_cluster)[2])]
    out.update(zip(("pairwise_precision", "pairwise_recall", "pairwise_f1", "bcubed_f1"), grouping))
    # Reports of one happening in English and in another language, grouped together.
    language = {r["id"]: r.get("language") for r in scored}
    across = [(a, b) for a, b in combinations(sorted(gold_cluster), 2)
              if gold_cluster[a] == gold_cluster[b] and (language[a] == "en") != (language[b] == "en")]
    out["cross_language_pairs"] = len(across)
    out["cross_language_pair_recall"] = _share(sum(predicted[a] == predicted[b] for a, b in across), len(across))
    stored = {h["id"]: h for r in scored for h in view.happenings_of.get(article_of[r["id"]], [])}
    out["happenings_stored"] = len(stored)
    out["dated_happenings"] = _share(sum(h.get("date") is not None for h in stored.values()), len(stored))
    return out


def score_dev(store: Store, gold_path: Path, *, which: str = "all") -> dict[str, Any]:
    """Every metric of docs/evaluation.md, overall and per language, on one half (or all)."""
    everything = load_dev_gold(gold_path)
    view = StoreView(store)
    matcher = Matcher()
    article_of = {r["id"]: a for r in everything.reports if (a := view.article_of(r)) is not None}
    corpus = set(article_of.values())
    reports_of: dict[str, set[str]] = defaultdict(set)
    for report in everything.reports:
        for ref in report.get("happenings") or [report["headline"]]:
            if report["id"] in article_of:
                reports_of[ref].add(article_of[report["id"]])
    chosen = everything.select(which)
    rows: dict[str, dict[str, Any]] = {}
    for report in chosen.reports:
        article_id = article_of.get(report["id"])
        if article_id is None:
            continue
        kind = everything.happenings[report["headline"]]["kind"]
        if kind in MEETING_KINDS:
            row = _meeting_report(report, everything, article_id, view, matcher)
        else:
            row = _other_report(report, everything, article_id, view, matcher)
        row["lede"] = _lede_events(report, everything, article_id, view, matcher)
        row["lede_events"] = len(row["lede"])
        row["lede_right"] = sum(e["verdict"] == "right" for e in row["lede"])
        rows[report["id"]] = {"report": report["id"], "article": article_id, "kind": kind,
                              "language": report.get("language"), **row}
    args = (everything, view, matcher, article_of, reports_of, corpus)
    metrics: dict[str, Any] = {"format": "dateline-dev/1", "half": which, "gold_files": len(everything.files),
                               **_figures(chosen.reports, rows, *args)}
    by_language: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for report in chosen.reports:
        by_language[report.get("language") or "unknown"].append(report)
    metrics["by_language"] = {}
    for lang, reports in sorted(by_language.items()):
        in_language = {article_of[r["id"]] for r in everything.reports
                       if (r.get("language") or "unknown") == lang and r["id"] in article_of}
        metrics["by_language"][lang] = _figures(reports, rows, everything, view, matcher, article_of, reports_of,
                                                in_language)
    metrics["missing"] = sorted(r["id"] for r in chosen.reports if r["id"] not in article_of)
    metrics["details"] = [rows[r["id"]] for r in chosen.reports if r["id"] in rows]
    return metrics

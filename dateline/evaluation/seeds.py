"""Score a run against a dateline-gold/1 hand annotation (the format of examples/gold/seeds.json)."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from dateline.evaluation.gold import article_ids_by_file
from dateline.store import Filter, Store

if TYPE_CHECKING:
    from dateline.resolve import ActorKB


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _line_kept(line: str, body: str) -> bool:
    """Kept if the body holds the line, or most of it (a caption fused to a body sentence
    is cut away and the sentence kept)."""
    line = _norm(line)
    if not line:
        return False
    words = line.split()
    if len(words) < 4:  # a label like "WORLD": kept only as a line of its own
        return line in {_norm(b) for b in body.splitlines()}
    body = _norm(body)
    if line in body:
        return True
    shingles = [" ".join(words[i:i + 4]) for i in range(len(words) - 3)]
    return sum(sh in body for sh in shingles) >= 0.4 * len(shingles)


class _Names:
    """Does a predicted actor stand for a gold name ("Wang Yi", "Russia", "G7")?"""

    def __init__(self) -> None:
        self.kb: ActorKB | None
        try:
            from dateline.resolve import ActorKB

            self.kb = ActorKB.load()
        except Exception:  # noqa: BLE001
            self.kb = None

    def matches(self, gold_name: str | None, actor: dict[str, Any]) -> bool:
        if gold_name is None:
            return True
        if self.kb is not None:
            found = self.kb.lookup(gold_name)
            if found is not None:
                if found.id == actor.get("id"):
                    return True
                if found.kind == "country" and actor.get("country") == found.country:
                    return True
        name = _norm(actor.get("name") or "")
        gold = _norm(gold_name)
        return name == gold or (name.split()[-1:] == gold.split()[-1:] and bool(name))


def score_seeds(store: Store, gold: dict[str, Any]) -> dict[str, Any]:
    ids = article_ids_by_file(store)
    names = _Names()
    metrics: dict[str, Any] = {}
    _score_cleaning(store, gold, ids, metrics)
    _score_happenings(store, gold, ids, names, metrics)
    _score_events(store, gold, ids, names, metrics)
    _score_quotes(store, gold, ids, names, metrics)
    return metrics


def _score_cleaning(store: Store, gold: dict, ids: dict, metrics: dict) -> None:
    body_total = body_kept = clutter_total = clutter_removed = 0
    titles_right = titles_total = dates_right = dates_total = invented = 0
    for doc in gold["docs"]:
        article = store.get_article(ids[doc["file"]]) if doc["file"] in ids else None
        if article is None:
            continue
        lines = article.original.split("\n")
        for n in doc["body_lines"]:
            body_total += 1
            body_kept += _line_kept(lines[n - 1], article.body)
        for n in doc["boilerplate_lines"]:
            clutter_total += 1
            line = lines[n - 1]
            clutter_removed += not _line_kept(line, article.body) or not _norm(line)
        if doc.get("title_line"):
            titles_total += 1
            titles_right += _norm(article.title or "") == _norm(lines[doc["title_line"] - 1])
        if doc.get("published"):
            dates_total += 1
            dates_right += article.published == doc["published"]
        elif article.published:
            invented += 1
    metrics.update({
        "clean.body_lines_kept": f"{body_kept}/{body_total}",
        "clean.clutter_lines_removed": f"{clutter_removed}/{clutter_total}",
        "clean.titles_right": f"{titles_right}/{titles_total}",
        "clean.dates_right": f"{dates_right}/{dates_total}",
        "clean.dates_invented": invented,
    })


def _happening_records(store: Store) -> list[dict]:
    return [json.loads(r["record"]) for r in store.happening_json_rows()]


def _score_happenings(store: Store, gold: dict, ids: dict, names: _Names, metrics: dict) -> None:
    predicted = _happening_records(store)
    matched = 0
    details = []
    for happening in gold.get("happenings", []):
        want_docs = {ids.get(d) for d in happening["docs"]}
        candidates = [
            p for p in predicted
            if all(any(names.matches(g, a) for a in p["participants"]) for g in happening["participants"])
        ]
        hit = None
        for p in candidates:
            place = p.get("place") or {}
            place_ok = place.get("country") == happening["place"]["country"] and (
                _norm(place.get("name") or "") == _norm(happening["place"]["city"])
            )
            date_ok = p.get("date") in happening["accept_dates"]
            docs_ok = set(p["articles"]) == want_docs
            if place_ok and date_ok and docs_ok:
                hit = p
                break
        matched += hit is not None
        details.append({"gold": happening["id"], "found": hit["id"] if hit else None})
    gold_pairs = {frozenset(h["participants"]) for h in gold.get("happenings", [])}
    with_gold_participants = sum(
        1 for p in predicted
        if any(all(any(names.matches(g, a) for a in p["participants"]) for g in pair) for pair in gold_pairs)
    )
    metrics.update({
        "happenings.gold": len(gold.get("happenings", [])),
        "happenings.matched": matched,
        "happenings.predicted_with_gold_participants": with_gold_participants,
        "happenings.predicted_total": len(predicted),
        "happenings.details": details,
    })


def _score_events(store: Store, gold: dict, ids: dict, names: _Names, metrics: dict) -> None:
    from dateline.export import event_record
    from dateline.serialize import event_from_dict

    events: dict[str, list[dict]] = {}
    # The events dateline reports (what an analyst gets), not every stored mention.
    for row in store.iter_event_table(Filter(include_other=True)):
        record = event_record(event_from_dict(row["record"]), None)
        events.setdefault(record["article"], []).append(record)
    found = 0
    for gold_event in gold.get("other_events", []):
        candidates = events.get(ids.get(gold_event["doc"]) or "", [])
        wanted = [a for a in gold_event["actors"] if a is not None]
        for event in candidates:
            if event["type"] != gold_event["type"]:
                continue
            actors = event["source"] + event["target"]
            if all(any(names.matches(w, a) for a in actors) for w in wanted):
                found += 1
                break
    metrics["events.other_found"] = f"{found}/{len(gold.get('other_events', []))}"
    metrics["events.other_found_count"] = found


def _score_quotes(store: Store, gold: dict, ids: dict, names: _Names, metrics: dict) -> None:
    found = 0
    for gold_quote in gold.get("quotes", []):
        article_id = ids.get(gold_quote["doc"])
        start = _norm(gold_quote["starts_with"])
        for quote in store.quotes(article_id=article_id) if article_id else []:
            if not _norm(quote.text).startswith(start):
                continue
            speaker = quote.speaker
            actor = {"id": speaker.id, "name": speaker.name, "country": speaker.country} if speaker else {"name": quote.speaker_text or ""}
            if names.matches(gold_quote["speaker"], actor) or _norm(actor["name"] or "") == _norm(gold_quote["speaker"]):
                found += 1
                break
    metrics["quotes.found"] = f"{found}/{len(gold.get('quotes', []))}"
    metrics["quotes.found_count"] = found

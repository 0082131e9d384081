"""The export contract (docs/export.md): articles, happenings, events and quotes as JSON,
JSON Lines or CSV.  Later versions add keys; they never remove or rename one."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, TextIO

from dateline.records import ActorRef, EventMention, Happening, PlaceRef
from dateline.store import Store

FORMATS = ("json", "jsonl", "csv")


def actor_record(actor: ActorRef) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "country": actor.country, "role": actor.role,
            "sector": actor.sector, "kind": actor.kind}


def place_record(place: PlaceRef | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon, "kind": place.kind}


def evidence_record(mention: EventMention) -> dict[str, Any]:
    return {"article": mention.article, "start": mention.start, "end": mention.end, "text": mention.text,
            "event": mention.id, "type": mention.type}


def happening_record(happening: Happening) -> dict[str, Any]:
    return {
        "id": happening.id,
        "type": happening.type,
        "label": happening.label,
        "date": happening.date,
        "date_precision": happening.date_precision,
        "date_basis": happening.date_basis,
        "place": place_record(happening.place),
        "participants": [actor_record(a) for a in happening.participants],
        "articles": happening.articles,
        "evidence": [evidence_record(m) for m in happening.mentions],
        "topics": happening.topics,
        "status": happening.status,
        "occasion": happening.occasion,
    }


def event_record(event: EventMention, happening: str | None) -> dict[str, Any]:
    date = event.date
    return {
        "id": event.id,
        "type": event.type,
        "cameo": event.cameo,
        "source": [actor_record(a) for a in event.source],
        "target": [actor_record(a) for a in event.target],
        "modality": event.modality,
        "status": event.status,
        "mode": event.mode,
        "context": event.context,
        "date": date.date if date else None,
        "date_precision": date.precision if date else None,
        "date_basis": date.basis if date and date.date else None,
        "date_bounds": [date.earliest, date.latest] if date and (date.earliest or date.latest) else None,
        "place": place_record(event.place),
        "occasion": event.occasion,
        "topics": event.topics,
        "happening": happening,
        "article": event.article,
        "start": event.start,
        "end": event.end,
        "text": event.text,
        "trigger": event.trigger,
    }


def iter_records(store: Store) -> Iterator[tuple[str, dict[str, Any]]]:
    """("articles"|"happenings"|"events"|"quotes", record) in export order."""
    from dateline.link.syndication import copy_of

    lead = store.lead_happenings()
    copies = copy_of(store)
    copied_by: dict[str, list[str]] = {}
    for copy, original in copies.items():
        copied_by.setdefault(original, []).append(copy)
    for row in store.db.execute(
        "SELECT id, source, url, title, outlet, author, published, published_earliest, published_latest, language, body FROM articles ORDER BY rowid"
    ):
        bounds = [row["published_earliest"], row["published_latest"]]
        yield "articles", {
            "id": row["id"], "source": row["source"], "url": row["url"], "title": row["title"],
            "outlet": row["outlet"], "author": row["author"], "published": row["published"],
            "published_bounds": bounds if any(bounds) else None, "language": row["language"],
            "body": row["body"], "happening": lead.get(row["id"]),
            "copy_of": copies.get(row["id"]), "copies": sorted(copied_by.get(row["id"], [])),
        }
    for row in store.db.execute("SELECT record, n_sources FROM happenings ORDER BY date IS NULL, date, id"):
        record = json.loads(row["record"])
        record["sources"] = row["n_sources"]
        yield "happenings", record
    from dateline.serialize import event_from_dict

    for row in store.db.execute("SELECT record, happening_id FROM event_mentions ORDER BY rowid"):
        yield "events", event_record(event_from_dict(json.loads(row["record"])), row["happening_id"])
    sources = store.quote_sources()
    keys = dict(store.db.execute("SELECT id, quote_key FROM quotes").fetchall())
    for quote in store.quotes(limit=10_000_000):
        speaker = quote.speaker
        yield "quotes", {
            "id": quote.id, "article": quote.article,
            "speaker": speaker.name if speaker else quote.speaker_text,
            "speaker_actor": actor_record(speaker) if speaker else None,
            "text": quote.text, "cue": quote.cue, "direct": quote.direct,
            "start": quote.start, "end": quote.end, "happening": quote.happening,
            "same_as": [q for q in sources.get(keys.get(quote.id, ""), []) if q != quote.id],
        }


def export(store: Store, out: TextIO, fmt: str = "json") -> None:
    """Write the whole store in ``fmt`` ("json", "jsonl" or "csv") to ``out``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "json":
        document: dict[str, list] = {"articles": [], "happenings": [], "events": [], "quotes": []}
        for kind, record in iter_records(store):
            document[kind].append(record)
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for kind, record in iter_records(store):
            out.write(json.dumps({"record": kind[:-1], **record}, ensure_ascii=False) + "\n")
    else:
        _export_csv(store, out)


# A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection);
# the full-width forms too, in some.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: Any) -> Any:
    """A value made safe for a CSV cell: text a spreadsheet would run as a formula gets a
    leading apostrophe (the OWASP rule), shown as text and not run; numbers and other values
    are left as they are.  Every CSV the project writes passes its cells through this."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _export_csv(store: Store, out: TextIO) -> None:
    """CSV holds one table: the articles, with the lead happening (flat by design)."""
    columns = ["id", "source", "title", "outlet", "published", "language", "happening", "copy_of", "body"]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for kind, record in iter_records(store):
        if kind == "articles":
            writer.writerow({key: csv_cell(value) for key, value in record.items()})


def export_text(store: Store, fmt: str = "json") -> str:
    buffer = io.StringIO()
    export(store, buffer, fmt)
    return buffer.getvalue()

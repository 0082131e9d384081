"""The export contract (docs/export.md): articles, happenings, events and quotes as nested
JSON, JSON Lines or CSV, and flat tables (one row an event, happening, article or quote) as
CSV, JSON Lines, JSON or Parquet; every export selects through one ``Filter``.  Later versions
add keys and columns; they never remove or rename one."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, TextIO

from dateline.records import EventMention
from dateline.serialize import actor_record, evidence_record, happening_record, place_record  # noqa: F401 - re-exported
from dateline.store import Filter, Store
from dateline.store.filters import TABLES

FORMATS = ("json", "jsonl", "csv")
TABLE_FORMATS = ("csv", "jsonl", "json", "parquet")
# A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection);
# the full-width forms too, in some.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

EVENT_COLUMNS = [
    "event_id", "date", "date_precision", "date_basis", "type", "cameo", "mode", "status",
    "source_name", "source_country", "source_sector", "target_name", "target_country", "target_sector",
    "place", "place_country", "lat", "lon", "happening_id", "sources", "article_id", "url", "outlet",
    "published", "language", "sentence", "incomplete",
]
HAPPENING_COLUMNS = [
    "happening_id", "date", "date_precision", "date_basis", "type", "label", "status", "place", "place_country",
    "lat", "lon", "participants", "participant_ids", "participant_countries", "sources", "articles",
    "article_ids", "topics", "occasion",
]
ARTICLE_COLUMNS = [
    "article_id", "title", "outlet", "author", "published", "language", "url", "source", "happening_id",
    "copy_of", "chars", "body",
]
QUOTE_COLUMNS = [
    "quote_id", "article_id", "happening_id", "speaker", "speaker_id", "speaker_country", "text", "cue",
    "direct", "start", "end", "same_as",
]
COLUMNS = {"events": EVENT_COLUMNS, "happenings": HAPPENING_COLUMNS, "articles": ARTICLE_COLUMNS,
           "quotes": QUOTE_COLUMNS}
FLOAT_COLUMNS = {"lat", "lon"}
INT_COLUMNS = {"sources", "articles", "chars", "start", "end"}
BOOL_COLUMNS = {"direct", "incomplete"}
LIST_SEPARATOR = "; "


def event_record(event: EventMention, happening: str | None, incomplete: bool = False) -> dict[str, Any]:
    """``incomplete``: linking left it one-sided with no happening of its own (exported only when the filter
    includes such events, docs/linking.md)."""
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
        "incomplete": incomplete,
    }


def _everything(where: Filter | None) -> Filter:
    """Exports hold every type (stories of type OTHER too) unless a type is asked for."""
    if where is None:
        return Filter(include_other=True)
    return where


def _copies(store: Store) -> tuple[dict[str, str], dict[str, list[str]]]:
    from dateline.link.syndication import copy_of

    copies = copy_of(store)
    copied_by: dict[str, list[str]] = {}
    for copy, original in copies.items():
        copied_by.setdefault(original, []).append(copy)
    return copies, copied_by


def iter_records(store: Store, where: Filter | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """("articles"|"happenings"|"events"|"quotes", record) in export order, of what the
    (resolved) filter selects; everything when there is none."""
    from dateline.serialize import event_from_dict

    where = _resolved(store, _everything(where))
    lead = store.lead_happenings()
    copies, copied_by = _copies(store)
    for row in store.iter_article_table(where):
        bounds = [row["published_earliest"], row["published_latest"]]
        yield "articles", {
            "id": row["id"], "source": row["source"], "url": row["url"], "title": row["title"],
            "outlet": row["outlet"], "author": row["author"], "published": row["published"],
            "published_bounds": bounds if any(bounds) else None, "language": row["language"],
            "body": row["body"], "happening": lead.get(row["id"]),
            "copy_of": copies.get(row["id"]), "copies": sorted(copied_by.get(row["id"], [])),
        }
    yield from (("happenings", record) for record in store.iter_happening_table(where))
    for row in store.iter_event_table(where):
        yield "events", event_record(event_from_dict(row["record"]), row["happening_id"], bool(row["incomplete"]))
    sources = store.quote_sources()
    for row in store.iter_quote_table(where):
        yield "quotes", _quote_record(row, sources)


def _quote_record(row: dict[str, Any], sources: dict[str, list[str]]) -> dict[str, Any]:
    from dateline.serialize import quote_from_dict

    quote = quote_from_dict(row["record"])
    speaker = quote.speaker
    return {
        "id": quote.id, "article": quote.article,
        "speaker": speaker.name if speaker else quote.speaker_text,
        "speaker_actor": actor_record(speaker) if speaker else None,
        "text": quote.text, "cue": quote.cue, "direct": quote.direct,
        "start": quote.start, "end": quote.end, "happening": row["happening_id"],
        "same_as": [q for q in sources.get(row["quote_key"], []) if q != quote.id],
    }


def _resolved(store: Store, where: Filter) -> Filter:
    from dateline.query import resolve

    return resolve(store, where)


def export(store: Store, out: TextIO, fmt: str = "json", *, where: Filter | None = None) -> None:
    """Write the store (or what ``where`` selects) in ``fmt`` ("json", "jsonl" or "csv") to ``out``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "json":
        document: dict[str, list] = {"articles": [], "happenings": [], "events": [], "quotes": []}
        for kind, record in iter_records(store, where):
            document[kind].append(record)
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for kind, record in iter_records(store, where):
            out.write(json.dumps({"record": kind[:-1], **record}, ensure_ascii=False) + "\n")
    else:
        _export_csv(store, out, where)


def _export_csv(store: Store, out: TextIO, where: Filter | None) -> None:
    """CSV holds one table: the articles, with the lead happening (flat by design)."""
    columns = ["id", "source", "title", "outlet", "published", "language", "happening", "copy_of", "body"]
    writer = csv.writer(out)
    writer.writerow(columns)
    for kind, record in iter_records(store, where):
        if kind == "articles":
            writer.writerow([csv_cell(record.get(c)) for c in columns])


def export_text(store: Store, fmt: str = "json", *, where: Filter | None = None) -> str:
    buffer = io.StringIO()
    export(store, buffer, fmt, where=where)
    return buffer.getvalue()


# -- flat tables -----------------------------------------------------------------------
def csv_cell(value: Any) -> Any:
    """A cell safe to open in a spreadsheet: text starting with = + - @ (or a tab or carriage
    return) is prefixed with a quote, so it is never run as a formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    if value is None:
        return ""
    return value


def _joined(values: Iterable[Any]) -> str | None:
    found = [str(v) if v is not None else "" for v in values]
    return LIST_SEPARATOR.join(found) if any(found) else None


def _actor_columns(prefix: str, actors: list[dict[str, Any]]) -> dict[str, Any]:
    return {f"{prefix}_name": _joined(a.get("name") for a in actors),
            f"{prefix}_country": _joined(a.get("country") for a in actors),
            f"{prefix}_sector": _joined(a.get("sector") for a in actors)}


def iter_table(store: Store, table: str, where: Filter | None = None) -> Iterator[dict[str, Any]]:
    """Flat rows of ``table`` ("events", "happenings", "articles" or "quotes") that the filter
    selects, with the columns of ``COLUMNS[table]`` (docs/export.md)."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}: use one of {', '.join(TABLES)}")
    where = _resolved(store, _everything(where))
    if table == "events":
        for row in store.iter_event_table(where):
            yield event_row(row)
    elif table == "happenings":
        for record in store.iter_happening_table(where):
            yield happening_row(record)
    elif table == "articles":
        from dateline.store import shown_title

        lead = store.lead_happenings()
        copies, _ = _copies(store)
        for row in store.iter_article_table(where):
            yield {
                "article_id": row["id"], "title": shown_title(row["title"], row["body"]), "outlet": row["outlet"],
                "author": row["author"], "published": row["published"], "language": row["language"],
                "url": row["url"], "source": row["source"], "happening_id": lead.get(row["id"]),
                "copy_of": copies.get(row["id"]), "chars": len(row["body"] or ""), "body": row["body"],
            }
    else:
        sources = store.quote_sources()
        for row in store.iter_quote_table(where):
            record = _quote_record(row, sources)
            speaker = record["speaker_actor"] or {}
            yield {
                "quote_id": record["id"], "article_id": record["article"], "happening_id": record["happening"],
                "speaker": record["speaker"], "speaker_id": speaker.get("id"), "speaker_country": speaker.get("country"),
                "text": record["text"], "cue": record["cue"], "direct": record["direct"], "start": record["start"],
                "end": record["end"], "same_as": _joined(record["same_as"]),
            }


def event_row(row: dict[str, Any]) -> dict[str, Any]:
    """One event mention as a flat row (``row`` from ``Store.iter_event_table``)."""
    record = row["record"]
    date = record.get("date") or {}
    place = record.get("place") or {}
    dated = date.get("date")
    return {
        "event_id": record["id"], "date": dated, "date_precision": date.get("precision") if dated else None,
        "date_basis": date.get("basis") if dated else None, "type": record["type"], "cameo": record.get("cameo"),
        "mode": record.get("mode"), "status": record.get("status"),
        **_actor_columns("source", record.get("source") or []),
        **_actor_columns("target", record.get("target") or []),
        "place": place.get("name"), "place_country": place.get("country"), "lat": place.get("lat"),
        "lon": place.get("lon"), "happening_id": row["happening_id"], "sources": row["sources"],
        "article_id": record["article"], "url": row["url"], "outlet": row["outlet"], "published": row["published"],
        "language": row["language"], "sentence": record.get("text"), "incomplete": bool(row["incomplete"]),
    }


def happening_row(record: dict[str, Any]) -> dict[str, Any]:
    """One happening as a flat row (``record`` as in the JSON export)."""
    place = record.get("place") or {}
    people = record.get("participants") or []
    return {
        "happening_id": record["id"], "date": record.get("date"), "date_precision": record.get("date_precision"),
        "date_basis": record.get("date_basis"), "type": record["type"], "label": record.get("label"),
        "status": record.get("status"), "place": place.get("name"), "place_country": place.get("country"),
        "lat": place.get("lat"), "lon": place.get("lon"), "participants": _joined(p.get("name") for p in people),
        "participant_ids": _joined(p.get("id") for p in people),
        "participant_countries": _joined(p.get("country") for p in people), "sources": record.get("sources"),
        "articles": len(record.get("articles") or []), "article_ids": _joined(record.get("articles") or []),
        "topics": _joined(record.get("topics") or []), "occasion": record.get("occasion"),
    }


def write_table(rows: Iterable[dict[str, Any]], table: str, fmt: str, out: IO) -> int:
    """Write flat rows to ``out`` (text for csv/jsonl/json, binary for parquet); returns the row count."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}: use one of {', '.join(TABLE_FORMATS)}")
    columns = COLUMNS[table]
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(row.get(c)) for c in columns])
            count += 1
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if count else "") + "\n" + json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    else:
        count = _write_parquet(rows, columns, out)
    return count


def _write_parquet(rows: Iterable[dict[str, Any]], columns: list[str], out: IO, batch: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(column: str):
        if column in FLOAT_COLUMNS:
            return pa.float64()
        if column in INT_COLUMNS:
            return pa.int64()
        if column in BOOL_COLUMNS:
            return pa.bool_()
        return pa.string()  # codes stay strings: CAMEO "051", years "1977"

    schema = pa.schema([(c, kind(c)) for c in columns])
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or not count:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


def export_table(store: Store, table: str, fmt: str, out: IO, where: Filter | None = None) -> int:
    """Write the flat ``table`` of what ``where`` selects to ``out``; returns the row count."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}: use one of {', '.join(TABLE_FORMATS)}")
    return write_table(iter_table(store, table, where), table, fmt, out)


def table_text(store: Store, table: str, fmt: str, where: Filter | None = None) -> str:
    """A text table (csv, jsonl or json) as a string."""
    buffer = io.StringIO()
    export_table(store, table, fmt, buffer, where)
    return buffer.getvalue()

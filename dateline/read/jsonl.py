"""JSON Lines: one article a line, read line by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from dateline.read.errors import ReadError
from dateline.read.metadata import as_date_text, as_text, language_code
from dateline.read.options import ReadOptions
from dateline.read.streams import iter_lines
from dateline.read.text import is_url, normalise_newlines
from dateline.records import RawDocument, Rejection

FIELDS = ("text", "html", "url", "title", "published", "outlet", "id", "language", "author")
# Keys that dumps and scrapers give the publication date under, most specific first
# ("timestamp" is last: some dumps use it for the crawl time, which cleaning checks).
DATE_KEYS = ("published", "datePublished", "date_publish", "published_at", "publishedAt",
             "pubDate", "date", "timestamp")


def iter_jsonl(stream: BinaryIO, path: str, options: ReadOptions, *, first_line: int = 1,
               whole: bool = True) -> Iterator[RawDocument | Rejection]:
    """One RawDocument per good line; a bad line gives ``Rejection("path:LINE", reason)``.

    A truncated gzip ends the file with a Rejection after the lines read before it.  A part of
    a file (``whole=False``, its lines numbered from ``first_line``) may hold no records.
    """
    records = lines = 0
    try:
        for number, line in iter_lines(stream, options.max_bytes, first=first_line):
            lines = number
            where = f"{path}:{number}"
            if line is None:
                records += 1
                yield Rejection(where, f"line larger than {options.max_bytes} bytes (the size limit)")
                continue
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            records += 1
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield Rejection(where, f"line is not valid UTF-8 (bad byte at column {exc.start + 1}); "
                                       "JSON Lines must be UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield Rejection(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            yield record_document(record, f"{path}:{number}", f"{path}#line-{number}")
    except ReadError as exc:
        yield Rejection(path, exc.reason)
        return
    if records == 0 and whole:
        yield Rejection(path, "empty file" if lines == 0 else
                        "file has no JSON records (only blank lines)")


def iter_json(data: bytes, path: str) -> Iterator[RawDocument | Rejection]:
    """A whole JSON document: one article object, or an array of them."""
    try:
        value = json.loads(data)
    except UnicodeDecodeError:
        raise ReadError("JSON file is not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if isinstance(value, list):
        if not value:
            raise ReadError("JSON array is empty")
        for number, record in enumerate(value, start=1):
            yield record_document(record, f"{path}#item-{number}", f"{path}#item-{number}")
    else:
        yield record_document(value, path, path)


def record_document(record: object, where: str, fallback_source: str) -> RawDocument | Rejection:
    """Turn one parsed JSON record into a RawDocument, or say why it cannot be one.

    ``where`` names the record in a rejection; ``fallback_source`` is the document's
    source when the record has no ``url``.
    """
    if not isinstance(record, dict):
        return Rejection(where, f"record is a JSON {type(record).__name__}, expected an object "
                                f"with 'text' or 'html' (fields: {', '.join(FIELDS)})")
    text = record.get("text")
    html = record.get("html")
    if isinstance(text, str) and text.strip():
        kind, content = "text", normalise_newlines(text)
    elif isinstance(html, str) and html.strip():
        kind, content = "html", html
    else:
        return Rejection(where, "record has no text or html (a non-empty 'text' or 'html' "
                                "string is required)")
    url = record.get("url")
    # Only a web address is a source: "url": 7 or "url": "n/a" leave the record named by its line.
    url = url.strip() if isinstance(url, str) and is_url(url) else None
    return RawDocument(
        source=url or fallback_source,
        kind=kind,  # type: ignore[arg-type]
        content=content,
        url=url,
        title=as_text(record.get("title")),
        published=next((d for key in DATE_KEYS if (d := as_date_text(record.get(key)))), None),
        outlet=as_text(record.get("outlet")),
        language=language_code(record.get("language")),
        external_id=as_text(record.get("id")),
        author=as_text(record.get("author")),
    )

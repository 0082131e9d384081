"""WARC archives, record by record: HTML pages fetched with status 200."""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.read.decode import charset_from_content_type
from dateline.read.errors import ReadError
from dateline.read.options import ReadOptions
from dateline.read.streams import GZIP_MAGIC, peek, read_capped
from dateline.read.text import html_document
from dateline.records import RawDocument, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(stream: BinaryIO, path: str, options: ReadOptions) -> Iterator[RawDocument | Rejection]:
    """HTML response records as RawDocuments; other records (requests, metadata, images,
    redirects) are skipped.  A malformed record or a truncated file ends the archive with
    a Rejection naming the byte offset; the records read before it still come out.

    ``published`` is left empty: the crawl date is not the publication date.
    """
    pages = 0
    start = 0  # byte offset of the record being read
    original = stream
    head, stream = peek(stream, want=2, limit=2)
    if not head:
        yield Rejection(path, "empty file")
        return
    # warcio's record length leaves out the blank lines that end an uncompressed record.
    separator = 0 if head.startswith(GZIP_MAGIC) else 4
    records = ArchiveIterator(stream, check_digests=False)
    try:
        for record in records:
            result = _record_document(record, path, start, options)
            # Asking warcio for the offset reads the record to its end, so ask only now.
            offset, length = records.get_record_offset(), records.get_record_length()
            if record.rec_type is None or record.rec_headers.get_header("Content-Length") is None:
                yield Rejection(f"{path}@{offset}", f"malformed WARC record at byte offset {offset}: "
                                "no WARC-Type or Content-Length header")
                return
            missing = getattr(record.raw_stream, "limit", 0) or 0
            if missing > 0:
                yield Rejection(f"{path}@{offset}", f"truncated WARC record at byte offset {offset}: "
                                f"{missing} bytes of its content are missing")
                return
            start = offset + length + separator if isinstance(length, int) else start
            if result is not None:
                pages += 1 if isinstance(result, RawDocument) else 0
                yield result
    except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError) as exc:
        yield Rejection(f"{path}@{start}", f"malformed WARC record at byte offset {start}: "
                                           f"{_short(exc)}")
        return
    if _has_more_data(original, start):
        yield Rejection(f"{path}@{start}", f"malformed or truncated WARC data after byte offset "
                                           f"{start} (not a WARC record)")
        return
    if pages == 0:
        yield Rejection(path, "WARC file has no HTML response records with status 200")


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, ArchiveLoadFailed) or not text.isprintable():
        return "not a valid WARC record header"
    return text if len(text) <= 160 else text[:157] + "..."


def _has_more_data(stream: BinaryIO, end: int) -> bool:
    """Whether a seekable file holds more than blank bytes after the last record read
    (warcio stops quietly at data it cannot parse)."""
    try:
        if end >= os.fstat(stream.fileno()).st_size:
            return False
        stream.seek(end)
        return bool(stream.read(4096).strip())
    except (AttributeError, OSError, io.UnsupportedOperation):
        return False


def _record_document(record, path: str, offset: int,  # type: ignore[no-untyped-def]
                     options: ReadOptions) -> RawDocument | Rejection | None:
    if record.rec_type not in ("response", "resource"):
        return None
    target = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode()
        content_type = record.http_headers.get_header("Content-Type") or ""
        if status != "200":
            return None
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type.lower().split(";")[0].strip() not in _HTML_TYPES:
        return None
    source = target or f"{path}@{offset}"
    try:
        data = read_capped(record.content_stream(), options.max_bytes, "WARC record")
        return html_document(source, data, url=target,
                             declared=charset_from_content_type(content_type))
    except ReadError as exc:
        return Rejection(source, f"{exc.reason} (WARC record at byte offset {offset} of {path})")

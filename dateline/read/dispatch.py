"""Route each input to the reader for its format."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from dateline.read.decode import charset_from_content_type, decode_bytes
from dateline.read.errors import ReadError
from dateline.read.files import open_checked
from dateline.read.jsonl import iter_json, iter_jsonl
from dateline.read.options import ReadOptions
from dateline.read.sniff import (
    Format,
    format_from_name,
    head_text,
    is_feed,
    looks_like_markup,
    sniff,
)
from dateline.read.streams import GZIP_MAGIC, gunzip_head, gunzip_stream, peek, read_capped
from dateline.read.text import html_document, parse_url_list, text_document, url_lines
from dateline.read.url import Fetcher
from dateline.records import RawDocument, Rejection

Result = Iterator[RawDocument | Rejection]

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml", "application/feed+json")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SNIFF_TYPES = ("", "application/octet-stream", "binary/octet-stream")


def _warc(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[RawDocument | Rejection]:
    # warcio and feedparser are imported when a WARC file or a feed is met: most runs read
    # neither, and importing them cost every run's start-up 0.09 s.
    from dateline.read.warc import iter_warc

    yield from iter_warc(stream, source, options)


def _feed(data: bytes, source: str, content_type: str | None) -> Iterator[RawDocument | Rejection]:
    from dateline.read.feed import iter_feed

    yield from iter_feed(data, source, content_type)


class Reader:
    """Reads inputs with one set of options and one HTTP client."""

    def __init__(self, options: ReadOptions) -> None:
        self.options = options
        self.fetcher = Fetcher(options)

    def close(self) -> None:
        self.fetcher.close()

    # ---- files -------------------------------------------------------------------
    def read_file(self, path: str) -> Result:
        fmt, gzipped = format_from_name(path)
        # Read whole: a plain file over the size limit is refused before it is opened.
        whole = not gzipped and fmt in ("text", "html", "json", "feed", "xml", "urls")
        try:
            handle = open_checked(path, self.options.max_bytes if whole else None)
        except ReadError as exc:
            yield Rejection(path, exc.reason)
            return
        with handle:
            stream: BinaryIO = gunzip_stream(handle) if gzipped else handle
            yield from self.read_stream(stream, path, fmt)

    def read_stdin(self) -> Result:
        yield from self.read_stream(self.options.stdin_stream(), "<stdin>", "unknown")

    def read_stream(self, stream: BinaryIO, source: str, fmt: Format) -> Result:
        """Read one file-like input whose format may still be unknown."""
        if fmt == "unknown":
            try:
                head, stream = peek(stream)
            except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
                yield Rejection(source, f"truncated or corrupt gzip data ({exc})")
                return
            if not head:
                yield Rejection(source, "empty file")
                return
            if head.startswith(GZIP_MAGIC):
                if gunzip_head(head).startswith(b"WARC/"):
                    yield from _warc(stream, source, self.options)  # warcio un-gzips
                else:
                    yield from self.read_stream(gunzip_stream(stream), source, "unknown")
                return
            fmt = sniff(head)
        if fmt == "jsonl":
            yield from iter_jsonl(stream, source, self.options)
        elif fmt == "warc":
            yield from _warc(stream, source, self.options)
        else:
            try:
                data = read_capped(stream, self.options.max_bytes)
            except ReadError as exc:
                yield Rejection(source, exc.reason)
                return
            yield from self.read_bytes(data, source, fmt)

    def read_bytes(self, data: bytes, source: str, fmt: Format, *, url: str | None = None,
                   content_type: str | None = None, follow_urls: bool = True) -> Result:
        """Documents of a whole document held in memory, in a known format."""
        declared = charset_from_content_type(content_type)
        try:
            if not data:
                raise ReadError("empty file" if url is None else "empty response")
            head = head_text(data[:4096])
            if fmt == "xml" and looks_like_markup(head):
                fmt = "html"  # XHTML
            elif fmt == "html" and url is not None and is_feed(head):
                fmt = "feed"  # a feed served as text/html
            if fmt in ("feed", "xml"):
                if fmt == "xml" and not is_feed(head):
                    raise ReadError("XML that is not an RSS or Atom feed")
                yield from _feed(data, source, content_type)
            elif fmt == "json":
                yield from iter_json(data, source)
            elif fmt == "jsonl":
                yield from iter_jsonl(io.BytesIO(data), source, self.options)
            elif fmt == "html":
                yield html_document(source, data, url=url, declared=declared)
            elif fmt == "urls":
                yield from self._read_url_list(source, decode_bytes(data))
            else:
                document = text_document(source, data, url=url, declared=declared)
                listed = url_lines(document.content) if follow_urls else None
                if listed:
                    for _, listed_url in listed:
                        yield from self.read_url(listed_url)
                else:
                    yield document
        except ReadError as exc:
            yield Rejection(source, exc.reason)

    def _read_url_list(self, source: str, text: str) -> Result:
        for item in parse_url_list(source, text):
            if isinstance(item, Rejection):
                yield item
            else:
                yield from self.read_url(item)

    # ---- URLs ------------------------------------------------------------------
    def read_url(self, url: str) -> Result:
        try:
            response = self.fetcher.fetch(url)
        except ReadError as exc:
            yield Rejection(url, exc.reason)
            return
        media_type = response.content_type.split(";")[0].strip().lower()
        if media_type in _HTML_TYPES:
            fmt: Format = "html"
        elif media_type in _FEED_TYPES or media_type.endswith(("+xml", "/xml")):
            fmt = "xml" if media_type in ("application/xml", "text/xml") else "feed"
        elif media_type == "text/plain":
            fmt = "text"
        elif media_type in ("application/json", "application/x-ndjson", "application/jsonl"):
            fmt = "json" if media_type == "application/json" else "jsonl"
        elif media_type in _SNIFF_TYPES:
            fmt = sniff(response.body[:4096])
            if fmt == "warc":
                fmt = "unknown"
        else:
            fmt = "unknown"
        if fmt == "unknown":
            yield Rejection(url, f"unsupported content type {media_type or '(none)'!r}: expected "
                                 "HTML, an RSS or Atom feed, or plain text")
            return
        yield from self.read_bytes(response.body, url, fmt, url=response.url,
                                   content_type=response.content_type, follow_urls=False)

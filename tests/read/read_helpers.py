"""Helpers shared by the reader tests."""

from __future__ import annotations

import gzip
import io

from dateline.read import ReadOptions, iter_documents
from dateline.records import RawDocument, Rejection

ARTICLE_HTML = (
    "<html><head><meta charset='windows-1252'><title>Talks in Geneva</title></head>"
    "<body><p>The ministers met in Genève – “constructive” talks.</p></body></html>"
)

RSS_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>World News</title><language>en-gb</language>
<link>https://news.example/</link>
<item><title>Leaders meet</title><link>https://news.example/a1</link>
<description>&lt;p&gt;The two leaders met on Monday.&lt;/p&gt;</description>
<pubDate>Mon, 03 Jun 2024 23:30:00 -0400</pubDate><author>desk@news.example (Ann Writer)</author>
<guid>a1</guid></item>
<item><title>Sanctions announced</title><link>https://news.example/a2</link>
<description>The ministry announced sanctions.</description>
<pubDate>Tue, 04 Jun 2024 08:00:00 GMT</pubDate></item>
</channel></rss>"""


def read_all(inputs: list[str], options: ReadOptions | None = None
             ) -> list[RawDocument | Rejection]:
    return list(iter_documents(inputs, options))


def documents(items: list[RawDocument | Rejection]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def rejections(items: list[RawDocument | Rejection]) -> list[Rejection]:
    return [item for item in items if isinstance(item, Rejection)]


def gzipped(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as handle:
        handle.write(data)
    return buffer.getvalue()


def make_warc(records: list[tuple[str, str, str, bytes]], compress: bool = True) -> bytes:
    """A WARC holding one response record per (uri, status line, content type, body)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for uri, status, content_type, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                           http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()

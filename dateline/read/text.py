"""Plain-text pages, HTML pages, and lists of URLs."""

from __future__ import annotations

import re

from dateline.read.decode import decode_bytes
from dateline.records import RawDocument, Rejection

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def is_url(value: str) -> bool:
    return bool(_URL.match(value.strip()))


def is_fsspec_url(value: str) -> bool:
    """``s3://bucket/key``, ``gs://...``, ``memory://...``: a filesystem URL fsspec opens
    (web and file URLs are not: dateline reads those itself)."""
    protocol, sep, _ = value.strip().partition("://")
    return bool(sep) and protocol.isidentifier() and protocol.lower() not in ("http", "https", "ftp", "file")


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line ends become "\n", so that later stages split lines alike."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def text_document(source: str, data: bytes, *, url: str | None = None,
                  declared: str | None = None) -> RawDocument:
    """A page saved as text (clutter included); raises ReadError when it is not text."""
    content = normalise_newlines(decode_bytes(data, declared=declared))
    return RawDocument(source=source, kind="text", content=content, url=url)


def html_document(source: str, data: bytes, *, url: str | None = None,
                  declared: str | None = None) -> RawDocument:
    """One HTML page; ``declared`` is a charset from outside (HTTP), else ``<meta charset>``."""
    content = decode_bytes(data, declared=declared, markup=True)
    return RawDocument(source=source, kind="html", content=content, url=url)


def url_lines(text: str) -> list[tuple[int, str]] | None:
    """The URLs of a text whose non-blank, non-comment lines are all URLs, else None."""
    urls: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            return None
        urls.append((number, line))
    return urls or None


def parse_url_list(source: str, text: str) -> list[str | Rejection]:
    """Each line of a ``.urls`` file: a URL, or a Rejection naming the line that is not one."""
    items: list[str | Rejection] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_url(line):
            items.append(line)
        else:
            items.append(Rejection(f"{source}:{number}", f"not an http:// or https:// URL: {line[:80]!r}"))
    if not items:
        items.append(Rejection(source, "URL list has no URLs (only blank lines and # comments)"))
    return items

"""Decide what format an input is in, from its name or from its first bytes."""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Literal

from dateline.read.decode import detect_bom

Format = Literal["text", "html", "jsonl", "json", "warc", "feed", "xml", "urls", "unknown"]

_EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",  # a feed only if its content says so
    ".urls": "urls",
}

_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s>/]", re.IGNORECASE)
_XML_PROLOGUE = re.compile(
    r"\A\s*(<\?xml[^>]*>\s*|<\?xml-stylesheet[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*",
    re.IGNORECASE | re.DOTALL,
)
_MARKUP_START = re.compile(
    r"\A\s*(<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|"
    r"article|section|main|header|span|table|h[1-6]|script|style|link|br|img|a)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)


def format_from_name(path: str) -> tuple[Format, bool]:
    """(format, gzipped) from a file name; ``x.html.gz`` is ("html", True).

    A gzipped WARC is reported as ("warc", False): warcio reads the compression itself.
    """
    suffixes = [s.lower() for s in PurePath(path).suffixes]
    gzipped = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    if gzipped:
        suffixes = suffixes[:-1]
    fmt = _EXTENSIONS.get(suffixes[-1], "unknown") if suffixes else "unknown"
    if fmt == "warc":
        return "warc", False
    return fmt, gzipped


def head_text(head: bytes) -> str:
    """The start of a document as text, good enough to recognise its format."""
    bom = detect_bom(head)
    if bom and bom.startswith(("utf-16", "utf-32")):
        return head.decode(bom, "ignore").lstrip("\ufeff")
    return head.decode("utf-8", "ignore").lstrip("\ufeff")


def is_feed(head: str) -> bool:
    """True when the document's root element is an RSS, RDF or Atom feed."""
    prologue = _XML_PROLOGUE.match(head)
    rest = head[prologue.end() :] if prologue else head
    return bool(_FEED_ROOT.match(rest))


def looks_like_markup(head: str) -> bool:
    return bool(_MARKUP_START.match(head))


def _first_line_is_json(text: str) -> bool:
    """JSON Lines starts with a whole object on its first line; a pretty-printed JSON
    document does not.  A first line longer than the sample is taken to be JSON Lines."""
    line, newline, _ = text.partition("\n")
    if not newline:
        return True
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def sniff(head: bytes) -> Format:
    """Guess the format from the first bytes: WARC, JSON Lines, feed, HTML, else text."""
    if head.startswith(b"WARC/"):
        return "warc"
    text = head_text(head)
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return "jsonl" if _first_line_is_json(stripped) else "json"
    if stripped.startswith("["):
        return "json"
    if is_feed(text):
        return "feed"
    if looks_like_markup(text):
        return "html"
    return "text"

"""RSS and Atom feeds: one RawDocument per entry, from its content or summary."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Literal

import feedparser

from dateline.read.errors import ReadError
from dateline.read.metadata import as_text, language_code
from dateline.read.text import normalise_newlines
from dateline.records import RawDocument, Rejection


def iter_feed(data: bytes, source: str, content_type: str | None = None
              ) -> Iterator[RawDocument | Rejection]:
    """Entries of a feed held in ``data``; ``source`` is the feed's path or URL.

    Raises ReadError when ``data`` is not a feed or has no entries.
    """
    headers = {"content-type": content_type} if content_type else {}
    # A stream, never a string: given a string that looks like a URL, feedparser fetches it.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise ReadError(f"not an RSS or Atom feed{detail}")
    if not parsed.entries:
        raise ReadError("feed has no entries")
    feed = parsed.get("feed", {})
    outlet = as_text(feed.get("title"))
    language = language_code(feed.get("language"))
    for number, entry in enumerate(parsed.entries, start=1):
        link = as_text(entry.get("link"))
        if link and not link.lower().startswith(("http://", "https://")):
            link = None  # feedparser copies a non-URL id such as "urn:..." into link
        entry_source = link or f"{source}#entry-{number}"
        kind, content = _entry_content(entry)
        if not content:
            yield Rejection(entry_source, "feed entry has no content or summary")
            continue
        yield RawDocument(
            source=entry_source,
            kind=kind,
            content=content,
            url=link,
            title=as_text(entry.get("title")),
            published=entry_date(entry),
            outlet=outlet,
            language=language,
            external_id=as_text(entry.get("id")),
            author=as_text(entry.get("author")),
        )


def _entry_content(entry: dict) -> tuple[Literal["text", "html"], str | None]:
    """The fullest text an entry carries: its longest content block, else its summary."""
    blocks = [block for block in entry.get("content", []) if (block.get("value") or "").strip()]
    if blocks:
        block = max(blocks, key=lambda b: len(b.get("value", "")))
    elif (entry.get("summary") or "").strip():
        block = entry.get("summary_detail") or {"value": entry["summary"], "type": "text/html"}
    else:
        return "html", None
    if block.get("type") == "text/plain":
        return "text", normalise_newlines(block.get("value") or "")
    return "html", block.get("value")


def entry_date(entry: dict) -> str | None:
    """The entry's publication (else update) date as YYYY-MM-DD, in the feed's own time zone.

    feedparser's parsed dates are in UTC, which moves late-evening stories to the next
    day, so the raw date string is read first and the parsed form is the fallback.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            day = _local_day(raw.strip())
            if day:
                return day
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _local_day(raw: str) -> str | None:
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw).date().isoformat()
    except ValueError:
        return None

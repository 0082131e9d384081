"""Cleaning: a RawDocument becomes an Article (clutter removed, metadata found) or a
Rejection.

    from dateline.clean import clean_document
    result = clean_document(raw)   # Article | Rejection
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dateline.clean.html import extract_html, page_text
from dateline.clean.language import detect_language
from dateline.clean.lines import split_lines, without_date_label
from dateline.clean.meta import (
    find_bounds,
    find_outlet,
    find_published,
    split_site_suffix,
)
from dateline.clean.text import CleanedText, clean_text, remove_stale_captions
from dateline.records import Article, RawDocument, Rejection, RemovedSpan, content_id

__all__ = ["clean_document", "clean_text", "extract_html", "page_text"]

PARAGRAPH_BREAK = "\n\n"


def _assemble(pieces: Sequence[tuple[str, int | None]]) -> tuple[str, list[tuple[int, int, int]]]:
    """Join body pieces (text, offset in original or None) into a body and its segments."""
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    pos = 0
    for i, (text, orig) in enumerate(pieces):
        if i:
            parts.append(PARAGRAPH_BREAK)
            pos += len(PARAGRAPH_BREAK)
        if orig is not None:
            segments.append((pos, orig, len(text)))
        parts.append(text)
        pos += len(text)
    return "".join(parts), segments


# A page saved with its metadata may open with a labelled date before the text itself.
_LABELLED_DATE = re.compile(r"\s*(?:date|published|posted)\s*:?\s+((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[T ][\d:.+Z-]*)?\s+",
                            re.IGNORECASE)
# A page saved as text often opens with its address on a line of its own.
_URL_LINE = re.compile(r"\s*(https?://[^\s<>\"]+)\s*(?:\n|$)")


def _clean_plain(raw: RawDocument) -> Article | Rejection:
    original = raw.content
    cleaned = clean_text(original)
    url = raw.url
    if url is None and (opening := _URL_LINE.match(original)):
        url = opening.group(1)
    # "date 2023-06-20 US Secretary of State ...": the page's date label opens the text; the
    # date is the publication's, the rest of its line the article's.
    labelled = _LABELLED_DATE.match(original)
    published = find_published(cleaned, url, (raw.published, labelled.group(1) if labelled else None))
    remove_stale_captions(cleaned, published)
    kept = cleaned.kept
    if not kept:
        return Rejection(raw.source, "nothing is left after removing page clutter from the "
                         "text (menus, links, prompts, comments); expected article sentences")
    pieces = [(line.text, line.start) for line in kept]
    if labelled and pieces[0][1] < labelled.end() < pieces[0][1] + len(pieces[0][0]):
        cut = labelled.end() - pieces[0][1]
        pieces[0] = (pieces[0][0][cut:], labelled.end())
    body, segments = _assemble(pieces)
    language = detect_language(body) or raw.language
    headline = without_date_label(cleaned.title) if cleaned.title else None
    title, site = split_site_suffix(headline.text if headline else None)
    if headline and title and language not in (None, "en") and headline.start < kept[0].start:
        # The multilingual path reads a headline as the first of its lede sentences
        # (multilingual/__init__.py): "Russland weist deutsche Diplomaten aus" is where the
        # report tells its news.  The English path was built on the body without it.
        body, segments = _assemble([(title, headline.start), *pieces])
    else:
        headline = None
    removed = [RemovedSpan(line.start, line.end, line.reason or "", line.text)
               for line in cleaned.lines if line.reason and (headline is None or line is not cleaned.title)]
    return Article(
        id=content_id(raw.content),
        source=raw.source,
        original=original,
        body=body,
        segments=segments,
        removed=removed,
        title=raw.title or title,
        outlet=raw.outlet or find_outlet(cleaned) or site,
        author=raw.author,
        url=url,
        published=published,
        published_bounds=find_bounds(cleaned),
        language=language,
        kind="text",
        external_id=raw.external_id,
    )


def _locate(paragraph: str, original: str, cursor: int) -> tuple[str, int] | None:
    """Where a paragraph of extracted text stands in the page rendering: exactly, or with
    different spacing between its words.  Returns the original's text and its offset."""
    at = original.find(paragraph, cursor)
    if at < 0:
        at = original.find(paragraph)
    if at >= 0:
        return paragraph, at
    words = paragraph.split()
    if not words or len(words) > 400:
        return None
    pattern = re.compile(r"\s*".join(re.escape(w) for w in words))
    m = pattern.search(original, cursor) or pattern.search(original)
    return (m.group(0), m.start()) if m else None


def _clean_html(raw: RawDocument) -> Article | Rejection:
    original = page_text(raw.content)
    found = extract_html(raw.content, raw.url)
    if not found.paragraphs:
        return Rejection(raw.source, "no article text found in the HTML page (trafilatura and "
                         "its fallbacks extracted nothing); expected a page with running text")
    pieces: list[tuple[str, int | None]] = []
    cursor = 0
    for paragraph in found.paragraphs:
        located = _locate(paragraph, original, cursor)
        if located:
            text, at = located
            pieces.append((text, at))
            cursor = at + len(text)
        else:
            pieces.append((paragraph, None))
    body, segments = _assemble(pieces)
    cleaned = clean_text(original)
    removed = _removed_html(original, segments, cleaned)
    return Article(
        id=content_id(raw.content),
        source=raw.source,
        original=original,
        body=body,
        segments=segments,
        removed=removed,
        title=raw.title or found.title,
        outlet=raw.outlet or found.outlet,
        author=raw.author or found.author,
        url=raw.url or found.url,
        published=find_published(cleaned, raw.url or found.url, (raw.published, found.published),
                                 found.page_date),
        published_bounds=None,
        language=detect_language(body) or raw.language,
        kind="html",
        external_id=raw.external_id,
    )


def _removed_html(original: str, segments: list[tuple[int, int, int]],
                  cleaned: CleanedText) -> list[RemovedSpan]:
    """Lines of the page rendering outside the article, with the text cleaner's reason."""
    covered = [(o, o + n) for _b, o, n in segments]
    reasons = {line.start: line.reason for line in cleaned.lines}
    removed: list[RemovedSpan] = []
    for line in split_lines(original):
        if any(s < line.end and line.start < e for s, e in covered):
            continue
        reason = reasons.get(line.start) or "page clutter"
        removed.append(RemovedSpan(line.start, line.end, reason, line.text))
    return removed


def clean_document(raw: RawDocument) -> Article | Rejection:
    """Clean one document: remove page clutter, find title, outlet, date and language."""
    if raw.kind == "html":
        return _clean_html(raw)
    if raw.kind == "text":
        return _clean_plain(raw)
    return Rejection(raw.source, f"unknown document kind {raw.kind!r}; expected 'text' or 'html'")

"""HTML pages: a text rendering of the whole page, and the article found by trafilatura."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from dateline.clean.lines import split_lines
from dateline.clean.meta import normalise_date
from dateline.clean.text import apply_cues

# Elements whose text is never page text.
_DROP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object",
         "canvas", "select", "option"}
# Elements that start a new line of the rendering.
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "caption", "button", "label",
}
_SPACE = re.compile(r"\s+")
# Cue kinds removed from trafilatura's paragraphs.
STRIP_CUES = {"related link", "prompt", "comment section", "copyright"}
# Date lines among this many first paragraphs are dropped.
LEADING_LINES = 3
# Fewer words than this is not an article (a menu, a cookie notice, an error page).
MIN_WORDS = 10

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def _parse(html: str) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def page_text(html: str) -> str:
    """The whole page as text: every block kept (menus, comments, footers), one block a
    line, scripts and styles dropped, whitespace inside a block collapsed."""
    root = _parse(html)
    if root is None:
        return ""
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(buffer)).strip()
        if text:
            lines.append(text)
        buffer.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag in _DROP or not isinstance(element.tag, str):
            if element.tail:
                buffer.append(element.tail)
            return
        block = tag in _BLOCK
        if block:
            flush()
        if element.text:
            buffer.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
        if element.tail:
            buffer.append(element.tail)

    walk(root)
    flush()
    return "\n".join(lines)


@dataclass
class HtmlArticle:
    """What trafilatura and htmldate found in a page.  ``published`` comes from the page's
    metadata (meta tags, JSON-LD); ``page_date`` is htmldate's guess from anywhere in the
    page (the URL, any element that looks like a date), the least trusted."""

    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    page_date: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None


def _date_by_metadata(html: str) -> str | None:
    """The publication date in the page's meta tags or JSON-LD, by htmldate's readers of
    them (its other readers also take dates of comments and of the URL)."""
    try:
        from htmldate.core import examine_header, json_search
        from htmldate.utils import Extractor, load_html
        from htmldate.validators import get_max_date, get_min_date

        tree = load_html(html)
        if tree is None:
            return None
        options = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
        found = examine_header(tree, options) or json_search(tree, options)
    except Exception:  # noqa: BLE001 - htmldate raises assorted errors on broken pages
        return None
    return normalise_date(found) if found else None


def _date_by_htmldate(html: str, url: str | None) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(html, url=url, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001 - htmldate raises assorted errors on broken pages
        return None
    return normalise_date(found) if found else None


def _body_text(html: str, url: str | None) -> str | None:
    """The article text: trafilatura without comments and favouring precision (it scores
    highest on the benchmark pages), then with its default and recall-favouring settings
    when that finds too little, then its baseline extractor."""
    import trafilatura  # here: half a second of start-up that plain-text runs do not need

    for precision, recall in ((True, False), (False, False), (False, True)):
        text = trafilatura.extract(
            html, url=url, include_comments=False, include_tables=True,
            favor_precision=precision, favor_recall=recall,
        )
        if text and len(text.split()) >= MIN_WORDS:
            return text
    try:
        _tree, text, _length = trafilatura.baseline(html)
    except Exception:  # noqa: BLE001 - the baseline is a last resort on odd markup
        return None
    return text if text and len(text.split()) >= MIN_WORDS else None


def drop_cued_clutter(paragraphs: list[str]) -> list[str]:
    """Paragraphs without the clutter that trafilatura sometimes keeps: related links,
    prompts, comment widgets, copyright lines, a leading date line (judged by the same cue
    lists as text)."""
    lines = split_lines("\n".join(paragraphs))
    apply_cues(lines)
    # A date line heading the text ("26 September 2013") is page furniture, as in text.
    kept = [line.text for line in lines if line.cue not in STRIP_CUES
            and not (line.cue == "date line" and line.index < LEADING_LINES)]
    return kept if kept else paragraphs


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """The article body as paragraphs, and the page's title, date, site name and author."""
    result = HtmlArticle(url=url)
    text = _body_text(html, url)
    if text:
        paragraphs = [_SPACE.sub(" ", p).strip() for p in text.split("\n") if p.strip()]
        result.paragraphs = drop_cued_clutter(paragraphs)
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # noqa: BLE001 - metadata is optional
        meta = None
    if meta is not None:
        result.title = meta.title or None
        result.page_date = normalise_date(meta.date) if meta.date else None
        result.outlet = meta.sitename or None
        result.author = meta.author or None
        result.url = url or meta.url or None
    result.published = _date_by_metadata(html)
    if result.page_date is None:
        result.page_date = _date_by_htmldate(html, url)
    return result

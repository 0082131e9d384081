"""Response headers, request bounds and safe rendering of untrusted article text.

Everything that comes from an article is untrusted.  Templates autoescape; the few
places that need markup around article text (evidence highlights, removed clutter,
search snippets) build it here by escaping every piece of text themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from markupsafe import Markup, escape
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MAX_QUERY_STRING = 500  # characters of the raw query string
MAX_LIMIT = 200  # rows per page, API and pages alike
MAX_OFFSET = 1_000_000
MAX_TEXT_PARAM = 200  # a single free-text parameter (actor name, search words)
READ_METHODS = {"GET", "HEAD"}


def wants_json(request: Request) -> bool:
    """API paths answer errors in JSON; pages answer them in HTML."""
    path = request.url.path
    return path.startswith("/api") or path == "/openapi.json"


def error_response(request: Request, status: int, message: str) -> Response:
    """An error with a clear message, shaped for the kind of client that asked."""
    if wants_json(request):
        response: Response = JSONResponse({"detail": message}, status_code=status)
    else:
        body = (
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error "
            f"{status}</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>"
            "<main class=\"page\"><h1>Error " + str(status) + "</h1><p class=\"error\">"
            + str(escape(message)) + "</p><p><a href=\"/\">Back to the timeline</a></p></main></body></html>"
        )
        response = HTMLResponse(body, status_code=status)
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    return response


class SecurityMiddleware(BaseHTTPMiddleware):
    """Adds the security headers to every response; rejects writes and oversized queries."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if request.method not in READ_METHODS:
            response = error_response(
                request, 405, f"{request.method} is not allowed: this server is read-only (use GET)"
            )
            response.headers["Allow"] = "GET, HEAD"
            return response
        query = request.scope.get("query_string", b"")
        if len(query) > MAX_QUERY_STRING:
            return error_response(
                request, 400,
                f"query string is {len(query)} characters long; the limit is {MAX_QUERY_STRING}",
            )
        head = request.method == "HEAD"
        if head:  # answer HEAD like GET, without the body
            request.scope["method"] = "GET"
        response = await call_next(request)
        if head:
            async for _chunk in response.body_iterator:  # type: ignore[attr-defined]
                pass
            response = Response(b"", status_code=response.status_code, headers=dict(response.headers))
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value
        return response


def highlight(text: str, ranges: Iterable[tuple[int, int]], tag: str = "mark",
              title: str | None = None) -> Markup:
    """``text`` escaped, with each range [start, end) wrapped in ``<tag>``.

    Overlapping or touching ranges are merged; ranges outside the text are clipped.
    ``tag`` is one of our own fixed tag names, never data from a request or article.
    """
    if tag not in {"mark", "del", "strong"}:
        raise ValueError(f"highlight tag must be mark, del or strong, not {tag!r}")
    merged = merge_ranges(ranges, len(text))
    attribute = f' title="{escape(title)}"' if title else ""
    parts: list[str] = []
    pos = 0
    for start, end in merged:
        parts.append(str(escape(text[pos:start])))
        parts.append(f"<{tag}{attribute}>{escape(text[start:end])}</{tag}>")
        pos = end
    parts.append(str(escape(text[pos:])))
    return Markup("".join(parts))


def strike_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> Markup:
    """``text`` escaped, each (start, end, reason) span wrapped in ``<del title=reason>``."""
    parts: list[str] = []
    pos = 0
    for start, end, reason in sorted(spans):
        start, end = max(start, pos), min(end, len(text))
        if end <= start:
            continue
        parts.append(str(escape(text[pos:start])))
        parts.append(f'<del title="{escape(reason)}">{escape(text[start:end])}</del>')
        pos = end
    parts.append(str(escape(text[pos:])))
    return Markup("".join(parts))


def merge_ranges(ranges: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Sorted, clipped, non-overlapping ranges."""
    clipped = sorted((max(0, s), min(length, e)) for s, e in ranges if min(length, e) > max(0, s))
    merged: list[tuple[int, int]] = []
    for start, end in clipped:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def external_url(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) address fit for a link, else None (no javascript:,
    data: or relative links from article metadata)."""
    if not url or len(url) > 2000 or any(ch in url for ch in "\x00\r\n\t \"'<>`"):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"


def marked_snippet(snippet: str) -> Markup:
    """A search snippet whose hits are delimited by SNIPPET_OPEN/CLOSE, as escaped HTML.

    Built by parity so the output is well formed whatever characters the article holds.
    """
    parts: list[str] = []
    inside = False
    for piece in snippet.replace(SNIPPET_CLOSE, SNIPPET_OPEN).split(SNIPPET_OPEN):
        parts.append(f"<mark>{escape(piece)}</mark>" if inside and piece else str(escape(piece)))
        inside = not inside
    return Markup("".join(parts))


# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): in text
# from articles they can reorder what a page shows ("Trojan Source"); a page never shows them.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def without_bidi_controls(value):
    """Jinja's finalize: every value a page shows, without bidi control characters (escaped
    markup stays markup)."""
    if isinstance(value, str) and not value.isascii():
        cleaned = value.translate(_BIDI_CONTROLS)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value

"""Fixtures for the reader tests: a real HTTP server on 127.0.0.1 and small helpers."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from read_helpers import ARTICLE_HTML, RSS_FEED

from dateline.read import ReadOptions


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[Counter] = Counter()

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, content_type: str, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        self.hits[path] += 1
        if path == "/article":
            self._send(200, "text/html; charset=windows-1252", ARTICLE_HTML.encode("cp1252"))
        elif path == "/plain":
            self._send(200, "text/plain; charset=utf-8", "Plain café report.\n".encode())
        elif path == "/feed":
            self._send(200, "application/rss+xml", RSS_FEED.encode())
        elif path == "/feed-as-html":
            self._send(200, "text/html; charset=utf-8", RSS_FEED.encode())
        elif path == "/missing":
            self._send(404, "text/html", b"<html>not found</html>")
        elif path == "/flaky":
            if self.hits[path] == 1:
                self._send(500, "text/html", b"<html>oops</html>")
            else:
                self._send(200, "text/html", b"<html><body><p>Second time lucky.</p></body></html>")
        elif path == "/always500":
            self._send(503, "text/html", b"down")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", b"<html>late</html>")
        elif path == "/big":
            self._send(200, "text/html", b"<html>" + b"x" * 5000 + b"</html>")
        elif path == "/big-unannounced":
            # No Content-Length: the size cap must apply while streaming.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 200)
            self.close_connection = True
        elif path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 ...")
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/agent":
            agent = self.headers.get("User-Agent", "")
            self._send(200, "text/plain", f"agent was {agent}".encode())
        else:
            self._send(404, "text/plain", b"unknown")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a sleeping /slow handler must not hold up the tests

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the tests hang up on purpose (timeouts, size caps): broken pipes are expected


@pytest.fixture(scope="session")
def http_server() -> Iterator[tuple[str, Counter]]:
    """Base URL of a real local HTTP server, and its per-path hit counter."""
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Handler.hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def fast_options() -> ReadOptions:
    """Short timeout and backoff so that failing URLs are quick to test."""
    return ReadOptions(timeout=0.4, retries=1, backoff=0.05)

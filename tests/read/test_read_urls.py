"""URLs fetched from a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from read_helpers import read_all

from dateline.read import ReadOptions
from dateline.records import RawDocument, Rejection

Server = tuple[str, Counter]


def test_html_page_with_declared_charset(http_server: Server, fast_options: ReadOptions) -> None:
    base, _ = http_server
    [document] = read_all([f"{base}/article"], fast_options)
    assert isinstance(document, RawDocument)
    assert (document.source, document.url, document.kind) == (
        f"{base}/article", f"{base}/article", "html")
    assert "Genève – “constructive” talks" in document.content


def test_redirect_keeps_asked_source_and_final_url(http_server: Server,
                                                   fast_options: ReadOptions) -> None:
    base, _ = http_server
    [document] = read_all([f"{base}/redirect"], fast_options)
    assert isinstance(document, RawDocument)
    assert (document.source, document.url) == (f"{base}/redirect", f"{base}/article")


def test_plain_text_response(http_server: Server, fast_options: ReadOptions) -> None:
    base, _ = http_server
    [document] = read_all([f"{base}/plain"], fast_options)
    assert isinstance(document, RawDocument)
    assert (document.kind, document.content) == ("text", "Plain café report.\n")


def test_user_agent_is_sent(http_server: Server) -> None:
    base, _ = http_server
    [document] = read_all([f"{base}/agent"], ReadOptions(user_agent="tester/9"))
    assert isinstance(document, RawDocument)
    assert document.content == "agent was tester/9"


def test_feed_url_gives_entries(http_server: Server, fast_options: ReadOptions) -> None:
    base, _ = http_server
    items = read_all([f"{base}/feed"], fast_options)
    assert [item.source for item in items] == ["https://news.example/a1", "https://news.example/a2"]
    assert all(isinstance(item, RawDocument) and item.kind == "html" for item in items)


def test_not_found_is_rejected_with_status(http_server: Server, fast_options: ReadOptions) -> None:
    base, hits = http_server
    [rejection] = read_all([f"{base}/missing"], fast_options)
    assert isinstance(rejection, Rejection)
    assert rejection.source == f"{base}/missing"
    assert "404" in rejection.reason
    assert hits["/missing"] == 1  # client errors are not retried


def test_server_error_then_success_is_retried(http_server: Server,
                                              fast_options: ReadOptions) -> None:
    base, hits = http_server
    [document] = read_all([f"{base}/flaky"], fast_options)
    assert isinstance(document, RawDocument)
    assert "Second time lucky" in document.content
    assert hits["/flaky"] == 2


def test_persistent_server_error_is_rejected_after_retries(http_server: Server,
                                                            fast_options: ReadOptions) -> None:
    base, hits = http_server
    [rejection] = read_all([f"{base}/always500"], fast_options)
    assert isinstance(rejection, Rejection)
    assert "503" in rejection.reason and "tried 2 times" in rejection.reason
    assert hits["/always500"] == 2


def test_timeout_is_rejected_quickly(http_server: Server) -> None:
    base, _ = http_server
    started = time.monotonic()
    [rejection] = read_all([f"{base}/slow"], ReadOptions(timeout=0.3, retries=0))
    assert isinstance(rejection, Rejection)
    assert "timed out" in rejection.reason
    assert time.monotonic() - started < 1.2


def test_oversize_responses_are_rejected(http_server: Server) -> None:
    base, _ = http_server
    options = ReadOptions(max_bytes=1000, timeout=2, retries=0)
    announced, streamed = read_all([f"{base}/big", f"{base}/big-unannounced"], options)
    for rejection in (announced, streamed):
        assert isinstance(rejection, Rejection)
        assert "response larger than 1000 bytes" in rejection.reason


def test_unsupported_content_type_is_rejected(http_server: Server,
                                              fast_options: ReadOptions) -> None:
    base, _ = http_server
    [rejection] = read_all([f"{base}/pdf"], fast_options)
    assert isinstance(rejection, Rejection)
    assert "application/pdf" in rejection.reason


def test_connection_refused_is_rejected() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    [rejection] = read_all([f"http://127.0.0.1:{port}/x"],
                           ReadOptions(timeout=0.5, retries=1, backoff=0.01))
    assert isinstance(rejection, Rejection)
    assert "connection failed" in rejection.reason


def test_url_list_files(http_server: Server, tmp_path: Path, fast_options: ReadOptions) -> None:
    base, _ = http_server
    (tmp_path / "a.urls").write_text(f"# morning batch\n{base}/article\n\nnot a url\n{base}/missing\n")
    (tmp_path / "b.txt").write_text(f"{base}/plain\n# a comment\n{base}/feed\n")
    items = read_all([str(tmp_path / "a.urls"), str(tmp_path / "b.txt")], fast_options)
    summary = [(item.source, type(item).__name__) for item in items]
    assert summary == [
        (f"{base}/article", "RawDocument"),
        (f"{tmp_path / 'a.urls'}:4", "Rejection"),
        (f"{base}/missing", "Rejection"),
        (f"{base}/plain", "RawDocument"),
        ("https://news.example/a1", "RawDocument"),
        ("https://news.example/a2", "RawDocument"),
    ]


def test_malformed_url_argument_is_rejected() -> None:
    [rejection] = read_all(["http:/missing-slash.example"])
    assert isinstance(rejection, Rejection)
    assert "URL" in rejection.reason


def test_feed_served_as_html_is_read_as_feed(http_server: Server,
                                             fast_options: ReadOptions) -> None:
    base, _ = http_server
    items = read_all([f"{base}/feed-as-html"], fast_options)
    assert [item.source for item in items] == ["https://news.example/a1", "https://news.example/a2"]

"""WARC archives: HTML responses with status 200, record by record."""

from __future__ import annotations

from pathlib import Path

import pytest
from read_helpers import make_warc, read_all

from dateline.records import RawDocument, Rejection

RECORDS = [
    ("https://n.example/1", "200 OK", "text/html; charset=windows-1252",
     "<html><body><p>Genève – “talks”</p></body></html>".encode("cp1252")),
    ("https://n.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("https://n.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
    ("https://n.example/2", "200 OK", "text/html", b"<html><body><p>Second.</p></body></html>"),
]


@pytest.mark.parametrize("compress", [True, False])
def test_html_responses_come_out(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(make_warc(RECORDS, compress))
    items = read_all([str(path)])
    assert all(isinstance(item, RawDocument) for item in items)
    assert [(d.source, d.url, d.kind) for d in items] == [
        ("https://n.example/1", "https://n.example/1", "html"),
        ("https://n.example/2", "https://n.example/2", "html")]
    assert "Genève – “talks”" in items[0].content
    assert items[0].published is None


@pytest.mark.parametrize("compress", [True, False])
def test_truncated_warc_keeps_earlier_records(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    data = make_warc(RECORDS, compress)
    path.write_bytes(data[:-30])
    items = read_all([str(path)])
    assert isinstance(items[0], RawDocument) and items[0].source == "https://n.example/1"
    assert isinstance(items[-1], Rejection)
    assert items[-1].source.startswith(str(path)) and "byte offset" in items[-1].reason
    assert len(items) == 2


@pytest.mark.parametrize("compress", [True, False])
def test_garbage_between_records_is_rejected_with_offset(tmp_path: Path, compress: bool) -> None:
    first = make_warc(RECORDS[:1], compress)
    path = tmp_path / ("bad.warc.gz" if compress else "bad.warc")
    path.write_bytes(first + b"this is not a WARC record\r\n\r\n" + make_warc(RECORDS[3:], compress))
    items = read_all([str(path)])
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[1], Rejection)
    assert items[1].reason.startswith(f"malformed WARC record at byte offset {len(first)}")
    assert len(items) == 2


def test_warc_without_html_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "images.warc.gz"
    path.write_bytes(make_warc(RECORDS[1:3]))
    [rejection] = read_all([str(path)])
    assert isinstance(rejection, Rejection)
    assert "no HTML response records" in rejection.reason


def test_warc_with_unknown_name_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "crawl.archive"
    path.write_bytes(make_warc(RECORDS))
    assert [item.source for item in read_all([str(path)])] == [
        "https://n.example/1", "https://n.example/2"]


def test_record_without_length_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "headless.warc"
    path.write_bytes(b"WARC/1.0\r\nbroken header\r\n\r\n")
    [rejection] = read_all([str(path)])
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith("malformed WARC record at byte offset 0")


def test_empty_warc_and_text_named_warc(tmp_path: Path) -> None:
    (tmp_path / "a.warc").write_bytes(b"")
    (tmp_path / "b.warc").write_text("Just text, not an archive.\n")
    empty, text = read_all([str(tmp_path)])
    assert isinstance(empty, Rejection) and empty.reason == "empty file"
    assert isinstance(text, Rejection) and "malformed WARC record at byte offset 0" in text.reason

"""JSON Lines files: one article a line; a bad line is rejected and reading goes on."""

from __future__ import annotations

import json
from pathlib import Path

from read_helpers import gzipped, read_all

from dateline.read import ReadOptions
from dateline.records import RawDocument, Rejection


def _lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_records_become_documents_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(_lines(
        {"text": "Leaders met.", "url": "https://n.example/1", "title": "Meeting",
         "published": "2024-06-03", "outlet": "N", "id": 17, "language": "en-GB"},
        {"html": "<p>Talks.</p>"},
    ), encoding="utf-8")
    first, second = read_all([str(path)])
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.source, first.url, first.kind, first.content) == (
        "https://n.example/1", "https://n.example/1", "text", "Leaders met.")
    assert (first.title, first.published, first.outlet, first.external_id, first.language) == (
        "Meeting", "2024-06-03", "N", "17", "en")
    assert (second.source, second.kind, second.url) == (f"{path}#line-2", "html", None)


def test_malformed_lines_are_rejected_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "mixed.ndjson"
    path.write_text(_lines(
        {"text": "Good one."},
        '{"text": "broken',
        "",
        {"url": "https://n.example/only-url"},
        "[1, 2]",
        {"text": "   "},
        {"text": "Last good."},
    ))
    items = read_all([str(path)])
    assert [type(item).__name__ for item in items] == [
        "RawDocument", "Rejection", "Rejection", "Rejection", "Rejection", "RawDocument"]
    broken, url_only, array, blank = items[1:5]
    assert broken.source == f"{path}:2" and "invalid JSON" in broken.reason
    assert url_only.source == f"{path}:4" and "record has no text or html" in url_only.reason
    assert array.source == f"{path}:5" and "expected an object" in array.reason
    assert blank.source == f"{path}:6" and "no text or html" in blank.reason


def test_gzipped_json_lines_stream(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzipped(_lines(*({"text": f"Article {n}."} for n in range(50))).encode()))
    items = read_all([str(path)])
    assert len(items) == 50
    assert items[-1].content == "Article 49."


def test_truncated_gzip_keeps_lines_read_before(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    records = _lines(*({"text": f"Article number {n} " + "x" * 200} for n in range(400)))
    data = gzipped(records.encode())
    path.write_bytes(data[: len(data) // 2])
    items = read_all([str(path)])
    assert isinstance(items[-1], Rejection)
    assert items[-1].source == str(path) and "gzip" in items[-1].reason
    assert len(items) > 2 and all(isinstance(item, RawDocument) for item in items[:-1])


def test_invalid_utf8_line_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes('{"text": "café"}\n'.encode("latin-1") + b'{"text": "ok"}\n')
    bad, good = read_all([str(path)])
    assert isinstance(bad, Rejection) and "UTF-8" in bad.reason
    assert isinstance(good, RawDocument)


def test_over_long_line_is_rejected_and_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(_lines({"text": "y" * 5000}, {"text": "short"}))
    too_long, short = read_all([str(path)], ReadOptions(max_bytes=1000))
    assert isinstance(too_long, Rejection) and "larger than 1000" in too_long.reason
    assert isinstance(short, RawDocument) and short.content == "short"


def test_empty_json_lines_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    [rejection] = read_all([str(path)])
    assert isinstance(rejection, Rejection) and rejection.reason == "empty file"


def test_numeric_timestamps_become_iso_dates(tmp_path: Path) -> None:
    path = tmp_path / "stamps.jsonl"
    path.write_text(_lines({"text": "A.", "published": 1717372800},
                           {"text": "B.", "published": 1717372800000},
                           {"text": "C.", "published": "3 June 2024"}))
    assert [d.published for d in read_all([str(path)])] == [
        "2024-06-03T00:00:00Z", "2024-06-03T00:00:00Z", "3 June 2024"]


def test_other_date_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys.jsonl"
    path.write_text(_lines({"text": "A.", "date": "2023-10-27"},
                           {"text": "B.", "date_publish": "2023-10-27 08:00:00"},
                           {"text": "C.", "pubDate": "Fri, 27 Oct 2023 08:00:00 +0200"},
                           {"text": "D.", "datePublished": "2023-10-27T08:00:00Z"},
                           {"text": "E.", "published_at": 1698393600},
                           {"text": "F.", "publishedAt": "2023-10-27T08:00:00.000Z"},
                           {"text": "G.", "timestamp": 1698393600000},
                           {"text": "H.", "timestamp": "1698393600"},
                           {"text": "I.", "published": "2023-10-26", "date": "2023-10-27"},
                           {"text": "J.", "date": True}))
    published = [d.published for d in read_all([str(path)])]
    assert published[:4] == ["2023-10-27", "2023-10-27 08:00:00",
                             "Fri, 27 Oct 2023 08:00:00 +0200", "2023-10-27T08:00:00Z"]
    assert published[4:8] == ["2023-10-27T08:00:00Z", "2023-10-27T08:00:00.000Z",
                              "2023-10-27T08:00:00Z", "2023-10-27T08:00:00Z"]
    assert published[8:] == ["2023-10-26", None]

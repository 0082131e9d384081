"""Plain-text and HTML files, gzip, folders, globs, standard input, and bad files."""

from __future__ import annotations

import io
from pathlib import Path

from read_helpers import documents, gzipped, read_all, rejections

from dateline.read import ReadOptions, iter_documents
from dateline.records import RawDocument, Rejection

PAGE_TEXT = "Menu | Home | World\n\nMinisters met in Genève – “talks”.\n\nShare this article\n"
PAGE_HTML = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Ministers met.</p></body></html>"


def test_text_file_is_read_whole_with_clutter(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE_TEXT.encode("cp1252"))
    [document] = read_all([str(path)])
    assert isinstance(document, RawDocument)
    assert document.kind == "text"
    assert document.source == str(path)
    assert document.content == PAGE_TEXT


def test_html_and_htm_files(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE_HTML, encoding="utf-8")
    (tmp_path / "b.htm").write_text(PAGE_HTML, encoding="utf-8")
    items = read_all([str(tmp_path / "a.html"), str(tmp_path / "b.htm")])
    assert [(d.kind, d.content) for d in documents(items)] == [("html", PAGE_HTML)] * 2


def test_gzipped_html_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzipped(PAGE_HTML.encode()))
    [document] = read_all([str(path)])
    assert isinstance(document, RawDocument)
    assert (document.kind, document.content) == ("html", PAGE_HTML)


def test_truncated_gzip_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    data = gzipped((PAGE_HTML * 200).encode())
    path.write_bytes(data[: len(data) // 2])
    [rejection] = read_all([str(path)])
    assert isinstance(rejection, Rejection)
    assert rejection.source == str(path)
    assert "gzip" in rejection.reason


def test_folder_is_walked_recursively_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text("Last article text.")
    (tmp_path / "a.txt").write_text("First article text.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text(PAGE_HTML)
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("internal")
    items = read_all([str(tmp_path)])
    assert [Path(item.source).relative_to(tmp_path).as_posix() for item in items] == [
        "a.txt", "sub/c.html", "z.txt"]
    assert all(isinstance(item, RawDocument) for item in items)


def test_glob_pattern_and_no_duplicates(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("One.")
    (tmp_path / "two.txt").write_text("Two.")
    (tmp_path / "three.html").write_text(PAGE_HTML)
    items = read_all([f"{tmp_path}/*.txt", str(tmp_path / "one.txt")])
    assert [Path(item.source).name for item in items] == ["one.txt", "two.txt"]


def test_glob_without_matches_is_rejected(tmp_path: Path) -> None:
    [rejection] = read_all([f"{tmp_path}/*.nothing"])
    assert isinstance(rejection, Rejection)
    assert "no files match" in rejection.reason


def test_missing_path_is_rejected_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fine text.")
    items = read_all([str(tmp_path / "absent.txt"), str(good)])
    assert isinstance(items[0], Rejection)
    assert items[0].source == str(tmp_path / "absent.txt")
    assert "no such file" in items[0].reason
    assert isinstance(items[1], RawDocument)


def test_each_bad_file_gives_exactly_one_rejection(tmp_path: Path) -> None:
    bad = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b"  \n\n ", "no text"),
        "binary.txt": (b"\x00\x01\x02binary\x00" * 100, "NUL"),
        "image.html": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG"),
        "controls.txt": (bytes(range(1, 30)) * 40, "control"),
    }
    for name, (data, _) in bad.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "zz_good.txt").write_text("A good one.")
    items = read_all([str(tmp_path)])
    assert len(items) == len(bad) + 1
    by_name = {Path(item.source).name: item for item in items}
    for name, (_, expected) in bad.items():
        assert isinstance(by_name[name], Rejection), name
        assert expected in by_name[name].reason, (name, by_name[name].reason)
    assert isinstance(by_name["zz_good.txt"], RawDocument)


def test_file_over_size_cap_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    [rejection] = read_all([str(path)], ReadOptions(max_bytes=1000))
    assert isinstance(rejection, Rejection)
    assert "larger than 1000 bytes" in rejection.reason


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "a.page").write_text(PAGE_HTML)
    (tmp_path / "b.dat").write_text("Just some article text.\nSecond line.")
    (tmp_path / "c.bin").write_bytes(b"\x00\x10\x00\xff" * 64)
    (tmp_path / "d").write_bytes(gzipped(b'{"text": "From a gzip without a name."}\n'))
    items = read_all([str(tmp_path)])
    kinds = {Path(item.source).name.split("#")[0]: getattr(item, "kind", "rejected")
             for item in items}
    assert kinds == {"a.page": "html", "b.dat": "text", "c.bin": "rejected", "d": "text"}


def test_pretty_printed_json_file_holds_records(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    path.write_text('[\n  {"text": "First.", "title": "One"},\n  {"url": "https://x.example/2"}\n]')
    items = read_all([str(path)])
    assert isinstance(items[0], RawDocument)
    assert (items[0].source, items[0].title) == (f"{path}#item-1", "One")
    assert isinstance(items[1], Rejection)
    assert "no text or html" in items[1].reason


def _stdin(data: bytes) -> ReadOptions:
    return ReadOptions(stdin=io.BytesIO(data))


def test_stdin_plain_text() -> None:
    [document] = list(iter_documents(["-"], _stdin("Piped café text.\n".encode())))
    assert isinstance(document, RawDocument)
    assert (document.kind, document.content, document.source) == (
        "text", "Piped café text.\n", "<stdin>")


def test_stdin_html_is_sniffed() -> None:
    [document] = list(iter_documents(["-"], _stdin(b"\n  " + PAGE_HTML.encode())))
    assert isinstance(document, RawDocument)
    assert document.kind == "html"


def test_stdin_json_lines_are_read_line_by_line() -> None:
    data = b'\n{"text": "One."}\n{"html": "<p>Two.</p>"}\nnot json\n'
    items = list(iter_documents(["-"], _stdin(data)))
    assert [getattr(item, "kind", None) for item in items] == ["text", "html", None]
    assert items[2].source == "<stdin>:4"


def test_stdin_empty_is_rejected() -> None:
    [rejection] = list(iter_documents(["-"], _stdin(b"")))
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "empty file"


def test_text_file_of_non_urls_with_hash_lines_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("# Heading\nhttps://example.org/ is mentioned in this line.\n")
    [document] = read_all([str(path)])
    assert isinstance(document, RawDocument)
    assert document.kind == "text"


def test_rejections_helper_counts(tmp_path: Path) -> None:
    items = read_all([str(tmp_path / "x.txt"), str(tmp_path / "y.txt")])
    assert [r.reason for r in rejections(items)] == ["no such file or folder"] * 2


def test_windows_line_ends_become_newlines(tmp_path: Path) -> None:
    path = tmp_path / "dos.txt"
    path.write_bytes(b"Title\r\n\r\nBody line one.\r\nBody line two.\r\n")
    [document] = read_all([str(path)])
    assert isinstance(document, RawDocument)
    assert document.content == "Title\n\nBody line one.\nBody line two.\n"


def test_a_single_string_is_one_input(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Only one.")
    [document] = list(iter_documents(str(path)))  # type: ignore[arg-type]
    assert isinstance(document, RawDocument)


def test_xhtml_in_an_xml_file_is_html(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
                    "<body><p>XHTML page.</p></body></html>")
    [document] = read_all([str(path)])
    assert isinstance(document, RawDocument) and document.kind == "html"


class _TrickleStream(io.RawIOBase):
    """Serves JSON lines one read at a time and counts how many it has served."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = lines
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self.served == len(self.lines):
            return 0
        line = self.lines[self.served]
        self.served += 1
        buffer[: len(line)] = line
        return len(line)


def test_stdin_json_lines_stream_without_reading_everything_first() -> None:
    lines = [f'{{"text": "Article {n}. {"z" * 5000}"}}\n'.encode() for n in range(200)]
    stream = _TrickleStream(lines)
    documents_iter = iter_documents(["-"], ReadOptions(stdin=stream))  # type: ignore[arg-type]
    first = next(documents_iter)
    assert isinstance(first, RawDocument) and first.content.startswith("Article 0.")
    assert stream.served < len(lines) // 2
    assert sum(1 for _ in documents_iter) == len(lines) - 1


def test_stdin_feed_with_xml_declaration_line() -> None:
    from read_helpers import RSS_FEED

    items = list(iter_documents(["-"], _stdin(RSS_FEED.encode())))
    assert [item.source for item in items] == ["https://news.example/a1", "https://news.example/a2"]


def test_empty_folder_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".only-hidden").write_text("x")
    [rejection] = read_all([str(tmp_path / "empty")])
    assert isinstance(rejection, Rejection) and "folder has no files" in rejection.reason


def test_file_url_is_a_local_path(tmp_path: Path) -> None:
    path = tmp_path / "with space.txt"
    path.write_text("Local file.")
    [document] = read_all([path.as_uri()])
    assert isinstance(document, RawDocument) and document.content == "Local file."

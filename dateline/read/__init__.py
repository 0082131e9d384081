"""Readers: turn inputs (files, folders, globs, URLs, standard input) into RawDocuments.

    from dateline.read import iter_documents, ReadOptions
    for item in iter_documents(["examples/articles", "feed.rss", "https://..."]):
        ...  # RawDocument, or Rejection(source, reason) for an input that cannot be read

Everything streams: JSON Lines line by line, gzip as it is decompressed, WARC record by
record.  A bad input yields a Rejection and reading goes on; nothing raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dateline.read.dispatch import Reader
from dateline.read.options import ReadOptions
from dateline.read.walk import expand_inputs
from dateline.records import RawDocument, Rejection

__all__ = ["ReadOptions", "iter_documents"]


def iter_documents(inputs: Iterable[str], options: ReadOptions | None = None
                   ) -> Iterator[RawDocument | Rejection]:
    """Documents of every input, in order; an unreadable input yields one Rejection.

    Containers (JSON Lines, WARC, feeds, URL lists) yield one item per record, so a bad
    record is rejected on its own (``path:LINE``, ``path@OFFSET``, ``feed#entry-N``).

    Inputs: file paths (.txt, .html/.htm, .jsonl/.ndjson, .warc, .rss/.atom/.xml, .urls,
    any of them gzipped; other names are recognised by content), folders (read
    recursively, sorted, hidden files skipped), glob patterns, http(s) URLs, and ``-``
    for standard input.
    """
    if isinstance(inputs, (str, bytes)) or not isinstance(inputs, Iterable):
        inputs = [inputs]  # type: ignore[list-item]  # one input, not its characters
    reader = Reader(options or ReadOptions())
    try:
        for item in expand_inputs(inputs):
            if item.kind == "missing":
                yield Rejection(item.name, item.reason)
                continue
            try:
                if item.kind == "stdin":
                    yield from reader.read_stdin()
                elif item.kind == "url":
                    yield from reader.read_url(item.name)
                else:
                    yield from reader.read_file(item.name)
            except Exception as exc:  # noqa: BLE001 - a reader bug must not end the batch
                yield Rejection(item.name, f"could not be read: unexpected "
                                           f"{type(exc).__name__}: {exc}")
    finally:
        reader.close()

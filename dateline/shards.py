"""Shards: the units of work of a corpus run.

A container file (WARC, JSON Lines, a feed; gzipped or not) is one shard; single-article
files (text, HTML) and page URLs are grouped into shards of ``group`` inputs.  Inputs are local
paths, folders and globs as everywhere in dateline, or fsspec URLs (``s3://bucket/crawl/*.warc.gz``,
``gs://...``, ``memory://...``).  Each shard carries a fingerprint (size and modification time,
or the store's ETag), so a shard already taken in is skipped and a changed one is read again.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from dateline.read import ReadOptions
from dateline.read.dispatch import Reader
from dateline.read.sniff import format_from_name
from dateline.read.streams import gunzip_stream
from dateline.read.text import is_fsspec_url
from dateline.read.walk import expand_inputs
from dateline.records import RawDocument, Rejection

SPLIT_BYTES = 64 << 20  # a bigger uncompressed JSON Lines file is read as several shards
CONTAINERS = ("jsonl", "warc", "feed", "xml", "json", "urls")


@dataclass(frozen=True)
class Shard:
    """Inputs read together by one task, each with its fingerprint."""

    inputs: tuple[str, ...]
    fingerprints: tuple[str, ...]
    remote: bool = False  # inputs are fsspec URLs, opened with fsspec
    span: tuple[int, int, int] | None = None  # a part of one big JSON Lines file: (start, end, first line)
    final: bool = True  # the last part of its input: saving it completes the input

    @property
    def key(self) -> str:
        return self.inputs[0] if len(self.inputs) == 1 else f"{self.inputs[0]} (+{len(self.inputs) - 1})"

    @property
    def id(self) -> str:
        """Derived from the inputs and their fingerprints: a changed input makes a new shard."""
        listing = "\n".join(f"{name} {fp}" for name, fp in zip(self.inputs, self.fingerprints))
        if self.span is not None:
            listing += f"\n{self.span}"
        return hashlib.sha1(listing.encode()).hexdigest()[:16]


@dataclass
class ShardPlan:
    shards: list[Shard] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)  # inputs that name nothing readable
    skipped: int = 0  # inputs taken in before, unchanged


def plan_shards(
    inputs: Iterable[str],
    *,
    group: int = 64,
    done: Callable[[str, str], bool] | None = None,
    split_bytes: int = SPLIT_BYTES,
) -> ShardPlan:
    """Shards of the inputs, in input order.

    ``done(input, fingerprint)`` says an input was taken in before, unchanged: it is left out,
    so a folder that gains new files yields shards of the new files only.  An uncompressed
    JSON Lines file larger than ``split_bytes`` is split at line ends into parts of about
    that size, so one big dump keeps every worker busy.
    """
    plan = ShardPlan()
    singles: list[tuple[str, str]] = []  # (input, fingerprint) waiting to be grouped

    def flush() -> None:
        if singles:
            plan.shards.append(Shard(tuple(n for n, _ in singles), tuple(f for _, f in singles)))
            singles.clear()

    def add(name: str, fingerprint: str, *, container: bool, remote: bool = False) -> None:
        if done is not None and fingerprint != "url" and done(name, fingerprint):
            plan.skipped += 1
        elif container or remote:
            flush()
            spans = None if remote else _jsonl_spans(name, split_bytes)
            if spans:
                plan.shards.extend(Shard((name,), (fingerprint,), span=span, final=i == len(spans) - 1)
                                   for i, span in enumerate(spans))
            else:
                plan.shards.append(Shard((name,), (fingerprint,), remote=remote))
        else:
            singles.append((name, fingerprint))
            if len(singles) >= group:
                flush()

    for raw in inputs:
        name = str(raw)
        if is_fsspec_url(name):
            for url, fingerprint in _remote_files(name, plan):
                add(url, fingerprint, container=True, remote=True)
            continue
        for item in expand_inputs([name]):
            if item.kind == "missing":
                plan.rejections.append(Rejection(item.name, item.reason))
            elif item.kind == "stdin":
                plan.rejections.append(Rejection("-", "standard input cannot be sharded: "
                                                      "use the local engine, or save it to a file"))
            elif item.kind == "url":
                add(item.name, "url", container=False)  # a page is fetched anew each run
            else:
                add(item.name, _local_fingerprint(item.name),
                    container=format_from_name(item.name)[0] in CONTAINERS)
    flush()
    return plan


def split_shard(shard: Shard, parts: int, *, min_inputs: int = 1, min_bytes: int = 1) -> list[Shard]:
    """``shard`` as up to ``parts`` shards in input order, so that more workers share it: a
    group of single files by its files (at least ``min_inputs`` a part), an uncompressed
    local JSON Lines file or a part of one (it is streamed, never refused for its size) at
    line ends (about ``min_bytes`` a part at least); any other shard stays whole."""
    if shard.remote:
        return [shard]
    if len(shard.inputs) > 1:
        parts = min(parts, len(shard.inputs) // min_inputs)
        if parts < 2:
            return [shard]
        size = -(-len(shard.inputs) // parts)
        return [Shard(shard.inputs[i:i + size], shard.fingerprints[i:i + size])
                for i in range(0, len(shard.inputs), size)]
    path = shard.inputs[0]
    fmt, gzipped = format_from_name(path)
    try:
        file_size = os.path.getsize(path)
    except OSError:
        return [shard]
    if fmt != "jsonl" or gzipped:
        return [shard]
    start, end, line = shard.span or (0, file_size, 1)
    parts = min(parts, (end - start) // min_bytes)
    if parts < 2:
        return [shard]
    spans = _spans(path, start, end, line, -(-(end - start) // parts))
    if len(spans) < 2:
        return [shard]
    return [Shard(shard.inputs, shard.fingerprints, span=span, final=shard.final and i == len(spans) - 1)
            for i, span in enumerate(spans)]


def _jsonl_spans(path: str, split_bytes: int) -> list[tuple[int, int, int]] | None:
    """(start, end, first line) of parts of an uncompressed JSON Lines file, cut at line ends;
    None when the file is not one or is small enough to be read whole."""
    fmt, gzipped = format_from_name(path)
    try:
        size = os.path.getsize(path)
    except OSError:
        return None
    if fmt != "jsonl" or gzipped or size <= split_bytes:
        return None
    spans = _spans(path, 0, size, 1, split_bytes)
    return spans if len(spans) > 1 else None


def _spans(path: str, start: int, size: int, line: int, split_bytes: int) -> list[tuple[int, int, int]]:
    """(start, end, first line) of parts of about ``split_bytes`` of the bytes ``start`` to
    ``size`` of a file, cut at line ends."""
    spans: list[tuple[int, int, int]] = []
    with open(path, "rb") as handle:
        while start < size:
            handle.seek(min(start + split_bytes, size))
            handle.readline()  # on to the end of the line the cut falls in
            end = min(handle.tell(), size)
            spans.append((start, end, line))
            handle.seek(start)
            remaining = end - start
            while remaining:  # count the lines of the part, to number the next part's lines
                block = handle.read(min(remaining, 8 << 20))
                line += block.count(b"\n")
                remaining -= len(block)
            start = end
    return spans


def _local_fingerprint(path: str) -> str:
    try:
        stat = os.stat(path)
    except OSError:
        return "missing"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _remote_files(url: str, plan: ShardPlan) -> Iterator[tuple[str, str]]:
    import fsspec

    try:
        fs, _, paths = fsspec.get_fs_token_paths(url)
    except (ImportError, ValueError) as exc:
        plan.rejections.append(Rejection(url, f"cannot open this URL with fsspec: {exc} "
                                              "(install the filesystem's package, e.g. s3fs for s3://)"))
        return
    expanded: list[str] = []
    for path in paths:
        try:
            if fs.isdir(path):
                expanded.extend(sorted(p for p in fs.find(path) if not os.path.basename(p).startswith(".")))
            elif fs.exists(path):
                expanded.append(path)
        except OSError as exc:
            plan.rejections.append(Rejection(url, f"cannot list: {exc}"))
    if not expanded:
        plan.rejections.append(Rejection(url, "no files match this URL"))
    for path in expanded:
        info = fs.info(path)
        stamp = info.get("ETag") or info.get("etag") or info.get("mtime") or info.get("LastModified") \
            or info.get("created") or ""
        yield fs.unstrip_protocol(path), f"{info.get('size')}:{stamp}"


def read_shard(shard: Shard, options: ReadOptions | None = None) -> Iterator[RawDocument | Rejection]:
    """The documents of one shard, read as the local engine reads them."""
    if shard.span is not None:
        yield from _read_span(shard.inputs[0], shard.span, options or ReadOptions())
        return
    if not shard.remote:
        from dateline.read import iter_documents

        yield from iter_documents(list(shard.inputs), options)
        return
    import fsspec

    reader = Reader(options or ReadOptions())
    try:
        for url in shard.inputs:
            fmt, gzipped = format_from_name(url)
            try:
                with fsspec.open(url, "rb") as handle:
                    stream = gunzip_stream(handle) if gzipped else handle
                    yield from reader.read_stream(stream, url, fmt)
            except OSError as exc:
                yield Rejection(url, f"cannot open: {exc}")
    finally:
        reader.close()


def _read_span(path: str, span: tuple[int, int, int], options: ReadOptions) -> Iterator[RawDocument | Rejection]:
    from dateline.read.jsonl import iter_jsonl

    start, end, first_line = span
    try:
        with open(path, "rb") as handle:
            handle.seek(start)
            part = io.BytesIO(handle.read(end - start))  # one part: about split_bytes
    except OSError as exc:
        yield Rejection(path, f"cannot open file: {exc.strerror or exc}")
        return
    yield from iter_jsonl(part, path, options, first_line=first_line, whole=False)


__all__ = ["SPLIT_BYTES", "Shard", "ShardPlan", "plan_shards", "read_shard", "split_shard"]

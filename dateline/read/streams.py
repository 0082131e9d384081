"""Byte streams: reading with a size cap, gzip as a stream, peeking at a stream's start."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from dateline.read.errors import ReadError

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 65536


def read_capped(stream: BinaryIO, max_bytes: int, what: str = "file") -> bytes:
    """Read a whole stream, but fail as soon as it grows past ``max_bytes``."""
    parts: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise ReadError(f"truncated or corrupt gzip data ({exc})") from None
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise ReadError(f"{what} larger than {max_bytes} bytes (the size limit)")


def gunzip_stream(stream: BinaryIO) -> BinaryIO:
    """Decompress gzip data as it is read (errors surface from read())."""
    return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of gzip data, from its first (possibly partial) bytes."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


class PrefixedStream(io.RawIOBase):
    """A stream that first returns bytes already read from another, then the rest of it."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        read = getattr(self._rest, "read1", self._rest.read)  # do not wait on a pipe
        data = read(len(buffer))
        size = len(data)
        buffer[:size] = data
        return size


def peek(stream: BinaryIO, want: int = 4096, limit: int = 65536) -> tuple[bytes, BinaryIO]:
    """Read the start of a stream (``want`` bytes, or a first line that may be JSON Lines,
    at most ``limit``) and return it with a stream that still yields everything."""
    head = b""
    # read1 returns what is available instead of waiting for a full buffer from a pipe.
    read = getattr(stream, "read1", stream.read)
    while len(head) < limit:
        chunk = read(min(_CHUNK, limit - len(head)))
        if not chunk:
            break
        head += chunk
        start = head.lstrip()
        if start and (len(head) >= want or (start[:1] == b"{" and b"\n" in start)):
            # Enough to recognise the format; JSON Lines must not wait for more lines.
            break
    rest = io.BufferedReader(PrefixedStream(head, stream))
    return head, rest  # type: ignore[return-value]


def iter_lines(stream: BinaryIO, max_bytes: int, *, first: int = 1) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, line) pairs, numbered from ``first``; a line longer than ``max_bytes``
    yields None (and is skipped to its end) so the caller can reject it and go on."""
    number = first - 1
    while True:
        try:
            line = stream.readline(max_bytes + 1)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise ReadError(f"truncated or corrupt gzip data after line {number} ({exc})") from None
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                more = stream.readline(_CHUNK)
                if not more or more.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line

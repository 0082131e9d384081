"""Local files checked before they are read: a regular file, readable, not too big.

A FIFO, a device or a socket would block a reader for ever (or never end); a directory
or an unreadable file would raise deep inside a reader.  ``open_checked`` refuses them
with a reason a user can act on, and never blocks: the file is opened non-blocking and
checked again on the open descriptor (it may have been swapped since the first look).
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from dateline.read.errors import ReadError

_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"{kind}, not a regular file: only regular files are read"


def check_file(path: str | os.PathLike, max_bytes: int | None = None, what: str = "file") -> os.stat_result:
    """The file's status, or ReadError saying why it cannot be read (missing, not a regular
    file, unreadable, larger than ``max_bytes``)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ReadError(f"cannot open {what}: {exc.strerror or exc}") from None
    reason = _not_regular(info.st_mode)
    if reason:
        raise ReadError(reason)
    if not os.access(path, os.R_OK):
        raise ReadError(f"cannot open {what}: permission denied")
    if max_bytes is not None and info.st_size > max_bytes:
        raise ReadError(f"{what} larger than {max_bytes} bytes (the size limit): {info.st_size} bytes")
    return info


def open_checked(path: str | os.PathLike, max_bytes: int | None = None, what: str = "file") -> BinaryIO:
    """``open(path, "rb")`` of a file that passed ``check_file``; ReadError otherwise."""
    check_file(path, max_bytes, what)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ReadError(f"cannot open {what}: {exc.strerror or exc}") from None
    try:
        reason = _not_regular(os.fstat(fd).st_mode)
        if reason:
            raise ReadError(reason)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_checked(path: str | os.PathLike, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of a checked file of at most ``max_bytes`` (it may grow while read)."""
    with open_checked(path, max_bytes, what) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReadError(f"{what} larger than {max_bytes} bytes (the size limit)")
    return data

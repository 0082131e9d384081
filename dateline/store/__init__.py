"""The SQLite store: one writer, many readers, numbered migrations, content-derived ids.

Every write that belongs together happens in one transaction, so a run killed in the
middle leaves the store as it was before that article, and the next run finishes the job.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.records import Article, EventMention, Happening, Mention, Quote, Rejection, RemovedSpan
from dateline.serialize import event_from_dict, event_to_dict, quote_from_dict, quote_to_dict

DEFAULT_DB = "dateline.db"


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("dateline.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
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
    def batch(self) -> Iterator[Store]:
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

    def _tx(self):
        return nullcontext() if self._in_batch else self.db

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

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, article: Article) -> bool:
        """Store an article; returns False (and changes nothing but its source list) if known."""
        bounds = article.published_bounds or (None, None)
        with self._tx():
            cursor = self.db.execute(
                """INSERT OR IGNORE INTO articles (id, source, url, title, outlet, author, published,
                   published_earliest, published_latest, language, kind, external_id, original, body,
                   segments, removed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    article.id, article.source, article.url, article.title, article.outlet,
                    article.author, article.published, bounds[0], bounds[1], article.language,
                    article.kind, article.external_id, article.original, article.body,
                    json.dumps(article.segments),
                    json.dumps([vars(r) for r in article.removed], ensure_ascii=False),
                ),
            )
            self.db.execute(
                "INSERT OR IGNORE INTO article_sources (article_id, source) VALUES (?, ?)",
                (article.id, article.source),
            )
        return cursor.rowcount == 1

    def add_rejection(self, rejection: Rejection) -> None:
        with self._tx():
            self.db.execute(
                "INSERT OR IGNORE INTO rejects (source, reason) VALUES (?, ?)",
                (rejection.source, rejection.reason),
            )

    def rejects(self) -> list[Rejection]:
        rows = self.db.execute("SELECT source, reason FROM rejects ORDER BY id").fetchall()
        return [Rejection(row["source"], row["reason"]) for row in rows]

    def resolve_article_id(self, ref: str) -> str | None:
        """An article id from a full id, a unique id prefix, or a source path/URL."""
        row = self.db.execute("SELECT id FROM articles WHERE id = ?", (ref,)).fetchone()
        if row:
            return row["id"]
        rows = self.db.execute(
            "SELECT id FROM articles WHERE id LIKE ? LIMIT 2", (ref.replace("%", "") + "%",)
        ).fetchall()
        if len(rows) == 1:
            return rows[0]["id"]
        rows = self.db.execute(
            "SELECT DISTINCT article_id FROM article_sources WHERE source = ? OR source LIKE ? LIMIT 2",
            (ref, "%/" + ref),
        ).fetchall()
        if len(rows) == 1:
            return rows[0]["article_id"]
        # A file-name prefix ("003" for ".../003_409110.txt").
        rows = self.db.execute(
            "SELECT DISTINCT article_id FROM article_sources WHERE source LIKE ? OR source LIKE ? LIMIT 2",
            (ref.replace("%", "") + "%", "%/" + ref.replace("%", "") + "%"),
        ).fetchall()
        if len(rows) == 1:
            return rows[0]["article_id"]
        return None

    def article_refs(self) -> list[dict[str, Any]]:
        """One row a (article, source) pair: ``article_id``, ``source`` (every path or URL the
        article was read from), ``url`` and ``external_id`` (a JSON Lines record's ``id``)."""
        rows = self.db.execute(
            """SELECT s.article_id, s.source, a.url, a.external_id FROM article_sources s
               JOIN articles a ON a.id = s.article_id ORDER BY a.rowid, s.source"""
        ).fetchall()
        return [dict(row) for row in rows]

    def get_article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article_from_row(row) if row else None

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        if ids is None:
            for row in self.db.execute("SELECT * FROM articles ORDER BY rowid"):
                yield _article_from_row(row)
            return
        for article_id in ids:
            article = self.get_article(article_id)
            if article is not None:
                yield article

    def list_articles(
        self,
        *,
        outlet: str | None = None,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        clauses, params = [], []
        if outlet:
            clauses.append("outlet LIKE ?")
            params.append(f"%{outlet}%")
        if language:
            clauses.append("language = ?")
            params.append(language)
        if since:
            clauses.append("published >= ?")
            params.append(since)
        if until:
            clauses.append("substr(published, 1, length(?)) <= ?")
            params.extend([until, until])
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(
            f"""SELECT a.id, a.source, a.url, a.title, a.outlet, a.published, a.language,
                       length(a.body) AS chars, l.happening_id AS happening
                FROM articles a LEFT JOIN lead_happenings l ON l.article_id = a.id
                {where} ORDER BY a.rowid LIMIT ? OFFSET ?""",
            (*params, limit, offset),
        ).fetchall()
        return [dict(row) for row in rows]

    def count_articles(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies; ``query`` is words or a "quoted phrase"."""
        fts_query = _fts_query(query)
        if not fts_query:
            return []
        rows = self.db.execute(
            """SELECT a.id, a.title, a.outlet, a.published, a.source,
                      snippet(articles_fts, 1, '[', ']', ' … ', 16) AS snippet
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
               WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?""",
            (fts_query, limit, offset),
        ).fetchall()
        return [dict(row) for row in rows]

    # -- shards (corpus runs) --------------------------------------------------------
    def input_done(self, name: str, fingerprint: str) -> bool:
        """True when this input (a file or URL of a shard), unchanged since, was taken in completely."""
        row = self.db.execute("SELECT fingerprint FROM shards WHERE key = ?", (name,)).fetchone()
        return row is not None and row[0] == fingerprint

    def mark_inputs_done(self, inputs: Iterable[tuple[str, str]], *, articles: int, rejected: int) -> None:
        """Record that these (input, fingerprint) were taken in; counts are of their shard."""
        with self._tx():
            self.db.executemany(
                "INSERT OR REPLACE INTO shards (key, fingerprint, articles, rejected) VALUES (?,?,?,?)",
                [(name, fingerprint, articles, rejected) for name, fingerprint in inputs],
            )
            # A failure of an earlier try is no longer true of these inputs.
            self.db.executemany("DELETE FROM rejects WHERE source = ? AND reason LIKE 'its shard failed%'",
                                [(name,) for name, _ in inputs])

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

    def has_analysis(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM analyses WHERE article_id = ?", (article_id,)).fetchone() is not None

    # -- analysis ------------------------------------------------------------------
    def unanalysed_article_ids(self) -> list[str]:
        rows = self.db.execute(
            """SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
               WHERE n.article_id IS NULL ORDER BY a.rowid"""
        ).fetchall()
        return [row["id"] for row in rows]

    def save_analysis(
        self,
        article_id: str,
        *,
        status: str,
        mentions: list[Mention] = (),  # type: ignore[assignment]
        events: list[EventMention] = (),  # type: ignore[assignment]
        quotes: list[Quote] = (),  # type: ignore[assignment]
        quote_keys: dict[str, str] | None = None,
        lead_event: str | None = None,
    ) -> None:
        """Replace what analysis found in one article, atomically."""
        quote_keys = quote_keys or {}
        with self._tx():
            for table in ("mentions", "event_mentions", "quotes", "analyses"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            actors = {m.actor.id: m.actor for m in mentions}
            for event in events:
                for actor in event.participants:
                    actors.setdefault(actor.id, actor)
            for quote in quotes:
                if quote.speaker is not None:
                    actors.setdefault(quote.speaker.id, quote.speaker)
            self.db.executemany(
                "INSERT OR IGNORE INTO actors (id, name, kind, country, sector, role) VALUES (?,?,?,?,?,?)",
                [(a.id, a.name, a.kind, a.country, a.sector, None) for a in actors.values()],
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO mentions (article_id, start, end, text, actor_id) VALUES (?,?,?,?,?)",
                [(article_id, m.start, m.end, m.text, m.actor.id) for m in mentions],
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO event_mentions (id, article_id, type, record) VALUES (?,?,?,?)",
                [
                    (e.id, article_id, e.type, json.dumps(event_to_dict(e), ensure_ascii=False))
                    for e in events
                ],
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO quotes (id, article_id, quote_key, speaker_id, record) VALUES (?,?,?,?,?)",
                [
                    (
                        q.id, article_id,
                        quote_keys.get(q.id, q.text.casefold()) + "|" + (q.speaker.id if q.speaker else ""),
                        q.speaker.id if q.speaker else None,
                        json.dumps(quote_to_dict(q), ensure_ascii=False),
                    )
                    for q in quotes
                ],
            )
            self.db.execute(
                "INSERT INTO analyses (article_id, status, lead_event) VALUES (?,?,?)",
                (article_id, status, lead_event),
            )

    def event_mentions(self) -> list[EventMention]:
        rows = self.db.execute("SELECT record FROM event_mentions ORDER BY rowid").fetchall()
        return [event_from_dict(json.loads(row["record"])) for row in rows]

    def lead_events(self) -> dict[str, str | None]:
        rows = self.db.execute("SELECT article_id, lead_event FROM analyses").fetchall()
        return {row["article_id"]: row["lead_event"] for row in rows}

    def quotes(self, *, article_id: str | None = None, speaker: str | None = None,
               happening_id: str | None = None, limit: int = 1000, offset: int = 0) -> list[Quote]:
        clauses, params = [], []
        if article_id:
            clauses.append("article_id = ?")
            params.append(article_id)
        if speaker:
            clauses.append("speaker_id = ?")
            params.append(speaker)
        if happening_id:
            clauses.append("happening_id = ?")
            params.append(happening_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(
            f"SELECT record, happening_id FROM quotes {where} ORDER BY rowid LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        quotes = []
        for row in rows:
            quote = quote_from_dict(json.loads(row["record"]))
            quote.happening = row["happening_id"]
            quotes.append(quote)
        return quotes

    def quote_sources(self) -> dict[str, list[str]]:
        """Quote key -> ids of quotes (one per article) carrying the same words."""
        groups: dict[str, list[str]] = {}
        for row in self.db.execute("SELECT quote_key, id FROM quotes ORDER BY rowid"):
            groups.setdefault(row["quote_key"], []).append(row["id"])
        return groups

    # -- happenings ----------------------------------------------------------------
    def replace_happenings(
        self,
        happenings: list[Happening],
        lead: dict[str, str | None],
        *,
        n_sources: dict[str, int] | None = None,
        quote_happenings: dict[str, str | None] | None = None,
        stamp: str | None = None,
    ) -> None:
        """Store the result of linking, replacing the previous one atomically: a reader sees
        the old happenings or the new ones, each with its sources and quotes, never a mix.

        ``stamp`` records what it was linked from (``link_inputs_stamp``)."""
        from dateline.export import happening_record  # local: export builds on the store

        n_sources = n_sources or {}
        with self.db:
            self.db.execute("DELETE FROM happening_actors")
            self.db.execute("DELETE FROM happenings")
            self.db.execute("DELETE FROM lead_happenings")
            self.db.execute("UPDATE event_mentions SET happening_id = NULL")
            self.db.execute("UPDATE quotes SET happening_id = NULL")
            for happening in happenings:
                record = happening_record(happening)
                place = happening.place
                self.db.execute(
                    """INSERT INTO happenings (id, type, label, date, date_precision, date_basis, place_name,
                       place_country, lat, lon, status, n_articles, n_sources, record)
                       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                    (
                        happening.id, happening.type, happening.label, happening.date,
                        happening.date_precision, happening.date_basis, place.name if place else None,
                        place.country if place else None, place.lat if place else None,
                        place.lon if place else None, happening.status, len(happening.articles),
                        n_sources.get(happening.id, len(happening.articles)),
                        json.dumps(record, ensure_ascii=False),
                    ),
                )
                # A country takes part through its people too: "Russia and China" finds
                # the meetings of their ministers.
                ids = {a.id for a in happening.participants}
                ids |= {f"country:{a.country}" for a in happening.participants if a.country}
                self.db.executemany(
                    "INSERT OR IGNORE INTO happening_actors (happening_id, actor_id) VALUES (?, ?)",
                    [(happening.id, actor_id) for actor_id in sorted(ids)],
                )
                self.db.executemany(
                    "UPDATE event_mentions SET happening_id = ? WHERE id = ?",
                    [(happening.id, m.id) for m in happening.mentions],
                )
            self.db.executemany(
                "INSERT INTO lead_happenings (article_id, happening_id) VALUES (?, ?)",
                list(lead.items()),
            )
            self.db.executemany(
                "UPDATE quotes SET happening_id = ? WHERE id = ?",
                [(h, q) for q, h in (quote_happenings or {}).items() if h is not None],
            )
            if stamp is not None:
                self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('linked_from', ?)", (stamp,))

    @contextmanager
    def snapshot(self) -> Iterator[Store]:
        """Read inside one transaction: every query sees the store as it was at the first one,
        whatever a writer commits meanwhile (WAL)."""
        self.db.execute("BEGIN")
        try:
            yield self
        finally:
            self.db.rollback()

    def happening_rows(
        self,
        *,
        actor_ids: list[list[str]] | None = None,
        type: str | None = None,
        country: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
        limit: int = 1000,
        offset: int = 0,
        exclude_types: tuple[str, ...] = (),
    ) -> list[dict[str, Any]]:
        """Happenings matching every filter, by date (undated last).

        ``actor_ids`` is a list of alternatives per actor: each inner list must match
        at least one participant (so two inner lists select a pair).
        """
        clauses: list[str] = []
        params: list[Any] = []
        for alternatives in actor_ids or []:
            marks = ",".join("?" * len(alternatives))
            clauses.append(
                f"id IN (SELECT happening_id FROM happening_actors WHERE actor_id IN ({marks}))"
            )
            params.extend(alternatives)
        if type:
            clauses.append("type = ?")
            params.append(type.upper())
        if exclude_types:
            clauses.append(f"type NOT IN ({','.join('?' * len(exclude_types))})")
            params.extend(exclude_types)
        if country:
            clauses.append("(place_country = ? OR id IN (SELECT happening_id FROM happening_actors ha JOIN actors a ON a.id = ha.actor_id WHERE a.country = ?))")
            params.extend([country.upper(), country.upper()])
        if place:
            clauses.append("place_name LIKE ?")
            params.append(f"%{place}%")
        if since:
            clauses.append("date >= substr(?, 1, length(date))")
            params.append(since)
        if until:
            clauses.append("date <= ?")
            params.append(until)
        if text:
            clauses.append("(label LIKE ? OR record LIKE ?)")
            params.extend([f"%{text}%", f"%{text}%"])
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(
            f"""SELECT * FROM happenings {where}
                ORDER BY date IS NULL, date, id LIMIT ? OFFSET ?""",
            (*params, limit, offset),
        ).fetchall()
        return [dict(row) for row in rows]

    def happening_row(self, happening_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM happenings WHERE id = ?", (happening_id,)).fetchone()
        if row is None:
            rows = self.db.execute(
                "SELECT * FROM happenings WHERE id LIKE ? LIMIT 2", (happening_id.replace("%", "") + "%",)
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return dict(row) if row else None

    def happening_mentions(self, happening_id: str) -> list[EventMention]:
        rows = self.db.execute(
            "SELECT record FROM event_mentions WHERE happening_id = ? ORDER BY rowid", (happening_id,)
        ).fetchall()
        return [event_from_dict(json.loads(row["record"])) for row in rows]

    def lead_happening(self, article_id: str) -> str | None:
        row = self.db.execute(
            "SELECT happening_id FROM lead_happenings WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row["happening_id"] if row else None

    def lead_happenings(self) -> dict[str, str | None]:
        rows = self.db.execute("SELECT article_id, happening_id FROM lead_happenings").fetchall()
        return {row["article_id"]: row["happening_id"] for row in rows}

    def find_actor_ids(self, name: str) -> list[str]:
        """Ids of stored actors whose id or name matches ``name`` (case-insensitive)."""
        rows = self.db.execute(
            "SELECT id FROM actors WHERE id = ? OR name = ? COLLATE NOCASE OR name LIKE ? COLLATE NOCASE",
            (name, name, f"%{name}%"),
        ).fetchall()
        return [row["id"] for row in rows]

    def actor_rows(self, query: str | None = None, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        params: list[Any] = []
        where = ""
        if query:
            where = "WHERE a.name LIKE ? COLLATE NOCASE OR a.id = ?"
            params.extend([f"%{query}%", query])
        rows = self.db.execute(
            f"""SELECT a.*, count(ha.happening_id) AS happenings FROM actors a
                LEFT JOIN happening_actors ha ON ha.actor_id = a.id {where}
                GROUP BY a.id ORDER BY happenings DESC, a.name LIMIT ? OFFSET ?""",
            (*params, limit, offset),
        ).fetchall()
        return [dict(row) for row in rows]


def _article_from_row(row: sqlite3.Row) -> Article:
    bounds = None
    if row["published_earliest"] or row["published_latest"]:
        bounds = (row["published_earliest"], row["published_latest"])
    return Article(
        id=row["id"],
        source=row["source"],
        original=row["original"],
        body=row["body"],
        segments=[tuple(s) for s in json.loads(row["segments"])],
        removed=[RemovedSpan(**r) for r in json.loads(row["removed"])],
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        url=row["url"],
        published=row["published"],
        published_bounds=bounds,
        language=row["language"],
        kind=row["kind"],
        external_id=row["external_id"],
    )


def _fts_query(query: str) -> str:
    """Turn user words into a safe FTS5 query: quoted phrases kept, other words ANDed."""
    parts: list[str] = []
    for i, chunk in enumerate(query.split('"')):
        chunk = chunk.strip()
        if not chunk:
            continue
        if i % 2 == 1:
            parts.append('"' + chunk.replace('"', "") + '"')
        else:
            for word in chunk.split():
                cleaned = "".join(ch for ch in word if ch.isalnum() or ch in "-'")
                cleaned = cleaned.strip("-'")
                if cleaned:
                    parts.append('"' + cleaned + '"')
    return " ".join(parts)

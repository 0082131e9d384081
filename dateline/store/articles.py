"""Articles, their sources, rejected inputs, full-text search and corpus shards."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from dateline.records import Article, Rejection, RemovedSpan
from dateline.store.core import Connected

TITLE_CHARS = 90
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def title_from_body(body: str | None, limit: int = TITLE_CHARS) -> str:
    """A title for an untitled article: its first sentence, cut at a word near ``limit``."""
    text = (body or "").strip()
    if not text:
        return "(untitled, empty article)"
    match = _SENTENCE_END.search(text, 12)
    sentence = text[: match.start() + (0 if text[match.start()] == "\n" else 1)] if match else text
    sentence = " ".join(sentence.split())
    if len(sentence) > limit:
        cut = sentence[:limit].rsplit(" ", 1)[0] or sentence[:limit]
        sentence = cut.rstrip(",;:-") + "…"
    return sentence


def shown_title(title: str | None, body: str | None) -> str:
    """The title to show: the article's own, else its first sentence (never its file path)."""
    return title.strip() if title and title.strip() else title_from_body(body)


class ArticleStore(Connected):
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

    def article_ref(self, article_id: str) -> dict[str, Any] | None:
        """Id, shown title, outlet, source, url and publication date of one article."""
        row = self.db.execute(
            "SELECT id, title, outlet, source, url, published, substr(body, 1, 400) AS head FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        ref = dict(row)
        ref.pop("head")
        ref["title"] = shown_title(row["title"], row["head"])
        return ref

    def article_body(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row["body"] if row else None

    def article_ids(self) -> list[str]:
        return [row["id"] for row in self.db.execute("SELECT id FROM articles ORDER BY rowid")]

    def article_outlets(self) -> dict[str, str]:
        """Article id -> its outlet, or its source where the outlet is unknown."""
        return dict(self.db.execute("SELECT id, coalesce(outlet, source) FROM articles").fetchall())

    def article_languages(self) -> dict[str, str | None]:
        """Article id -> the language its text was read as (ISO 639-1), or None."""
        return dict(self.db.execute("SELECT id, language FROM articles").fetchall())

    def article_texts(self) -> Iterator[tuple[str, str | None, str, str | None]]:
        """(id, title, body, published) of every article in the order stored."""
        for row in self.db.execute("SELECT id, title, body, published FROM articles ORDER BY rowid"):
            yield row["id"], row["title"], row["body"], row["published"]

    def article_sources(self) -> list[tuple[str, str]]:
        """(article id, source) for every path or URL an article was read from."""
        return [(row[0], row[1]) for row in self.db.execute("SELECT article_id, source FROM article_sources")]

    def count_articles(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search(self, query: str, *, limit: int = 20, offset: int = 0,
               marks: tuple[str, str] = ("[", "]"), context: int = 16) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies; ``query`` is words or a "quoted phrase"."""
        match = fts_query(query)
        if not match:
            return []
        rows = self.db.execute(
            """SELECT a.id, a.title, a.outlet, a.published, a.source, substr(a.body, 1, 400) AS head,
                      snippet(articles_fts, 1, ?, ?, ' … ', ?) AS snippet
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
               WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?""",
            (marks[0], marks[1], context, match, limit, offset),
        ).fetchall()
        found = []
        for row in rows:
            item = dict(row)
            item["title"] = shown_title(item["title"], item.pop("head"))
            found.append(item)
        return found

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


def fts_query(query: str) -> str:
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

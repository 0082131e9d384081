"""MinHash signatures, LSH band keys and near-duplicate pairs (see dateline.link.syndication)."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.store.core import Connected


class SignatureStore(Connected):
    def has_signature(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM article_signatures WHERE article_id = ?", (article_id,)).fetchone() is not None

    def signature(self, article_id: str) -> bytes | None:
        row = self.db.execute("SELECT minhash FROM article_signatures WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def add_signature(self, article_id: str, minhash: bytes, band_keys: Iterable[int] = ()) -> None:
        """Store an article's signature and its LSH band keys (inside the caller's transaction)."""
        self.db.execute("INSERT INTO article_signatures (article_id, minhash) VALUES (?, ?)", (article_id, minhash))
        self.db.executemany("INSERT INTO minhash_bands (band_key, article_id) VALUES (?, ?)",
                            [(key, article_id) for key in band_keys])

    def band_candidates(self, band_keys: list[int]) -> set[str]:
        """Articles sharing at least one band key."""
        if not band_keys:
            return set()
        marks = ",".join("?" * len(band_keys))
        return {row[0] for row in self.db.execute(
            f"SELECT DISTINCT article_id FROM minhash_bands WHERE band_key IN ({marks})", band_keys)}

    def add_near_duplicate(self, article_id: str, other_id: str, similarity: float) -> None:
        self.db.execute("INSERT OR IGNORE INTO near_duplicates (article_id, other_id, similarity) VALUES (?,?,?)",
                        (article_id, other_id, similarity))

    def has_unsigned_articles(self) -> bool:
        return self.db.execute(
            """SELECT 1 FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id
               WHERE s.article_id IS NULL LIMIT 1""").fetchone() is not None

    def unsigned_article_ids(self) -> list[str]:
        return [row[0] for row in self.db.execute(
            """SELECT a.id FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id
               WHERE s.article_id IS NULL ORDER BY a.rowid""")]

    def article_bodies(self, ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(f"SELECT id, body FROM articles WHERE id IN ({marks})", chunk).fetchall())
        return found

    def near_duplicate_pairs(self, touching: list[str] | None = None) -> list[tuple[str, str]]:
        """(later, earlier) pairs of near-duplicate articles; with ``touching``, those that involve one of them."""
        if touching is None:
            return [(a, b) for a, b in self.db.execute("SELECT article_id, other_id FROM near_duplicates")]
        marks = ",".join("?" * len(touching))
        return [(a, b) for a, b in self.db.execute(
            f"SELECT article_id, other_id FROM near_duplicates WHERE article_id IN ({marks}) OR other_id IN ({marks})",
            touching + touching)]

    def publication_order(self, ids: list[str] | None = None) -> dict[str, tuple[str | None, int]]:
        """Article id -> (published, rowid), for choosing the original of a group."""
        if ids is None:
            rows = self.db.execute("SELECT id, published, rowid FROM articles")
        else:
            marks = ",".join("?" * len(ids))
            rows = self.db.execute(f"SELECT id, published, rowid FROM articles WHERE id IN ({marks})", ids)
        return {row[0]: (row[1], row[2]) for row in rows}

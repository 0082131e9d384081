"""What analysis finds in an article: actor mentions, event mentions and quotes."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from dateline.records import EventMention, Mention, Quote
from dateline.serialize import event_from_dict, event_to_dict, quote_from_dict, quote_to_dict
from dateline.store.core import Connected


class AnalysisStore(Connected):
    def has_analysis(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM analyses WHERE article_id = ?", (article_id,)).fetchone() is not None

    def unanalysed_article_ids(self) -> list[str]:
        rows = self.db.execute(
            """SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
               WHERE n.article_id IS NULL ORDER BY a.rowid"""
        ).fetchall()
        return [row["id"] for row in rows]

    def analysed_article_ids(self) -> set[str]:
        """Articles analysed as news (not skipped, e.g. for their language)."""
        return {row[0] for row in self.db.execute("SELECT article_id FROM analyses WHERE status NOT LIKE 'skipped%'")}

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

    def actor_ids_before(self, offset: int) -> dict[str, list[str]]:
        """Per article, the ids of the actors it names before ``offset`` in its body, one a
        mention, in text order."""
        named: dict[str, list[str]] = {}
        for row in self.db.execute(
            "SELECT article_id, actor_id FROM mentions WHERE start < ? ORDER BY article_id, start", (offset,)
        ):
            named.setdefault(row["article_id"], []).append(row["actor_id"])
        return named

    def event_mentions(self) -> list[EventMention]:
        rows = self.db.execute("SELECT record FROM event_mentions ORDER BY rowid").fetchall()
        return [event_from_dict(json.loads(row["record"])) for row in rows]

    def event_mention_rows(self) -> list[sqlite3.Row]:
        """Every event mention as stored: ``article_id``, ``record`` (JSON) and ``happening_id``."""
        return self.db.execute("SELECT article_id, record, happening_id FROM event_mentions ORDER BY rowid").fetchall()

    def article_events(self, article_id: str, *,
                       include_incomplete: bool = False) -> list[tuple[EventMention, str | None, bool]]:
        """The event mentions of one article, each with the happening it belongs to and whether
        linking left it incomplete (one side named, no happening of its own); those only when asked for
        (as ``Filter.include_incomplete``)."""
        rows = self.db.execute(
            "SELECT record, happening_id, incomplete FROM event_mentions WHERE article_id = ? "
            "AND (? OR incomplete = 0) ORDER BY rowid", (article_id, include_incomplete)
        ).fetchall()
        return [(event_from_dict(json.loads(row["record"])), row["happening_id"], bool(row["incomplete"]))
                for row in rows]

    def count_event_mentions(self) -> int:
        return self.db.execute("SELECT count(*) FROM event_mentions").fetchone()[0]

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
        return [_quote(row) for row in rows]

    def quote_sources(self) -> dict[str, list[str]]:
        """Quote key -> ids of quotes (one per article) carrying the same words."""
        groups: dict[str, list[str]] = {}
        for row in self.db.execute("SELECT quote_key, id FROM quotes ORDER BY rowid"):
            groups.setdefault(row["quote_key"], []).append(row["id"])
        return groups

    def quote_keys(self) -> dict[str, str]:
        """Quote id -> its key (the same words by the same speaker share one)."""
        return dict(self.db.execute("SELECT id, quote_key FROM quotes").fetchall())


def _quote(row: Any) -> Quote:
    quote = quote_from_dict(json.loads(row["record"]))
    quote.happening = row["happening_id"]
    return quote

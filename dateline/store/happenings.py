"""Happenings (the result of linking), their participants and the actors."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from dateline.records import EventMention, Happening
from dateline.serialize import event_from_dict, event_to_dict, happening_record
from dateline.store.core import Connected
from dateline.store.filters import Filter, check_sort

ORDER_BY = {
    "oldest": "h.date IS NULL, h.date, h.id",
    "latest": "h.date IS NULL, h.date DESC, h.id",
    "sources": "h.n_sources DESC, h.date IS NULL, h.date, h.id",
}


class HappeningStore(Connected):
    def replace_happenings(
        self,
        happenings: list[Happening],
        lead: dict[str, str | None],
        *,
        n_sources: dict[str, int] | None = None,
        quote_happenings: dict[str, str | None] | None = None,
        stamp: str | None = None,
        completed: list[EventMention] | None = None,
        incomplete: list[str] | None = None,
    ) -> None:
        """Store the result of linking, replacing the previous one atomically: a reader sees
        the old happenings or the new ones, each with its sources and quotes, never a mix.

        ``stamp`` records what it was linked from (``link_inputs_stamp``); ``completed`` are
        event mentions linking gave a missing side, stored as they now stand; ``incomplete``
        are the ids of those it left incomplete (kept, not reported: ``Filter.include_incomplete``)."""
        n_sources = n_sources or {}
        with self.db:
            self.db.execute("DELETE FROM happening_actors")
            self.db.execute("DELETE FROM happenings")
            self.db.execute("DELETE FROM lead_happenings")
            self.db.execute("UPDATE event_mentions SET happening_id = NULL, incomplete = 0")
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
            self.db.executemany(
                "UPDATE event_mentions SET record = ? WHERE id = ?",
                [(json.dumps(event_to_dict(m), ensure_ascii=False), m.id) for m in completed or ()],
            )
            self.db.executemany("UPDATE event_mentions SET incomplete = 1 WHERE id = ?",
                                [(event_id,) for event_id in incomplete or ()])
            if stamp is not None:
                self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('linked_from', ?)", (stamp,))

    # -- reading happenings ------------------------------------------------------------
    def happening_rows(self, where: Filter | None = None, *, sort: str = "oldest", limit: int = 1000,
                       offset: int = 0) -> list[dict[str, Any]]:
        """Happenings matching the filter, oldest first (undated last), latest first (``latest``)
        or most sources first (``sources``)."""
        sql, params = (where or Filter()).happenings_where("h")
        rows = self.db.execute(
            f"SELECT h.* FROM happenings h {sql} ORDER BY {ORDER_BY[check_sort(sort)]} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [dict(row) for row in rows]

    def count_happenings(self, where: Filter | None = None) -> int:
        sql, params = (where or Filter()).happenings_where("h")
        return self.db.execute(f"SELECT count(*) FROM happenings h {sql}", params).fetchone()[0]

    def happening_row(self, happening_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM happenings WHERE id = ?", (happening_id,)).fetchone()
        if row is None:
            rows = self.db.execute(
                "SELECT * FROM happenings WHERE id LIKE ? LIMIT 2", (happening_id.replace("%", "") + "%",)
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return dict(row) if row else None

    def happening_json_rows(self) -> list[sqlite3.Row]:
        """Every happening's stored record (JSON, column ``record``)."""
        return self.db.execute("SELECT record FROM happenings").fetchall()

    def happening_mentions(self, happening_id: str) -> list[EventMention]:
        rows = self.db.execute(
            "SELECT record FROM event_mentions WHERE happening_id = ? ORDER BY rowid", (happening_id,)
        ).fetchall()
        return [event_from_dict(json.loads(row["record"])) for row in rows]

    def happening_types(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT DISTINCT type FROM happenings ORDER BY type")]

    def lead_happening(self, article_id: str) -> str | None:
        row = self.db.execute(
            "SELECT happening_id FROM lead_happenings WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row["happening_id"] if row else None

    def lead_happenings(self) -> dict[str, str | None]:
        rows = self.db.execute("SELECT article_id, happening_id FROM lead_happenings").fetchall()
        return {row["article_id"]: row["happening_id"] for row in rows}

    # -- counts and pictures of a filtered view -----------------------------------------
    def happening_facets(self, where: Filter | None = None, *, limit: int = 12) -> dict[str, list[dict[str, Any]]]:
        """Counts of the happenings matching the filter by type, country, actor, outlet and
        language; each facet counts over the filter without its own field (as Datasette does),
        so a chosen value still shows its neighbours."""
        where = where or Filter()
        facets: dict[str, list[dict[str, Any]]] = {}
        sql, params = where.without("type").happenings_where("h")
        facets["type"] = self._facet(
            f"SELECT h.type AS value, h.type AS label, count(*) AS n FROM happenings h {sql} "
            "GROUP BY h.type ORDER BY n DESC, value LIMIT ?", params, limit)
        sql, params = where.without("country").happenings_where("h")
        also = "AND" if sql else "WHERE"
        facets["country"] = self._facet(  # the place's country or a participant's, as the filter selects
            f"""SELECT code AS value, code AS label, count(DISTINCT id) AS n FROM (
                    SELECT h.id AS id, substr(ha.actor_id, 9) AS code FROM happenings h
                    JOIN happening_actors ha ON ha.happening_id = h.id AND ha.actor_id LIKE 'country:%' {sql}
                    UNION SELECT h.id, h.place_country FROM happenings h {sql} {also} h.place_country IS NOT NULL)
                GROUP BY code ORDER BY n DESC, value LIMIT ?""", [*params, *params], limit)
        sql, params = where.happenings_where("h")
        facets["actor"] = self._facet(
            f"""SELECT ha.actor_id AS value, coalesce(a.name, ha.actor_id) AS label, count(*) AS n
                FROM happenings h JOIN happening_actors ha ON ha.happening_id = h.id
                LEFT JOIN actors a ON a.id = ha.actor_id
                {sql} {'AND' if sql else 'WHERE'} ha.actor_id NOT LIKE 'country:%'
                GROUP BY ha.actor_id ORDER BY n DESC, label LIMIT ?""", params, limit)
        for name, column in (("outlet", "outlet"), ("language", "language")):
            sql, params = where.without(name).happenings_where("h")
            facets[name] = self._facet(
                f"""SELECT ar.{column} AS value, ar.{column} AS label, count(DISTINCT h.id) AS n
                    FROM happenings h JOIN event_mentions em ON em.happening_id = h.id
                    JOIN articles ar ON ar.id = em.article_id
                    {sql} {'AND' if sql else 'WHERE'} ar.{column} IS NOT NULL
                    GROUP BY ar.{column} ORDER BY n DESC, value LIMIT ?""", params, limit)
        return facets

    def _facet(self, sql: str, params: list[Any], limit: int) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute(sql, (*params, limit)).fetchall()]

    def happening_month_counts(self, where: Filter | None = None) -> list[dict[str, Any]]:
        """Happenings per month and type (those dated to a month or a day)."""
        sql, params = (where or Filter()).happenings_where("h")
        rows = self.db.execute(
            f"""SELECT substr(h.date, 1, 7) AS month, h.type AS type, count(*) AS n FROM happenings h
                {sql} {'AND' if sql else 'WHERE'} h.date IS NOT NULL AND length(h.date) >= 7
                GROUP BY month, h.type ORDER BY month, h.type""", params).fetchall()
        return [dict(row) for row in rows]

    def happening_points(self, where: Filter | None = None, *, limit: int = 5000) -> list[dict[str, Any]]:
        """Happenings with a place on the map: id, label, type, date, place, lat, lon, sources."""
        sql, params = (where or Filter()).happenings_where("h")
        rows = self.db.execute(
            f"""SELECT h.id, h.label, h.type, h.date, h.place_name AS place, h.place_country AS country,
                       h.lat, h.lon, h.n_sources AS sources FROM happenings h
                {sql} {'AND' if sql else 'WHERE'} h.lat IS NOT NULL AND h.lon IS NOT NULL
                ORDER BY h.n_sources DESC, h.id LIMIT ?""", (*params, limit)).fetchall()
        return [dict(row) for row in rows]

    def actor_network(self, where: Filter | None = None, *, limit: int = 60) -> list[dict[str, Any]]:
        """Pairs of actors (people and organisations) with the number of matching happenings
        both take part in, and the types of those happenings; heaviest first."""
        sql, params = (where or Filter()).happenings_where("h")
        rows = self.db.execute(
            f"""SELECT x.actor_id AS a, y.actor_id AS b, coalesce(ax.name, x.actor_id) AS a_name,
                       coalesce(ay.name, y.actor_id) AS b_name, count(*) AS weight,
                       group_concat(DISTINCT h.type) AS types
                FROM happenings h
                JOIN happening_actors x ON x.happening_id = h.id
                JOIN happening_actors y ON y.happening_id = h.id AND y.actor_id > x.actor_id
                LEFT JOIN actors ax ON ax.id = x.actor_id LEFT JOIN actors ay ON ay.id = y.actor_id
                {sql} {'AND' if sql else 'WHERE'} x.actor_id NOT LIKE 'country:%' AND y.actor_id NOT LIKE 'country:%'
                GROUP BY x.actor_id, y.actor_id ORDER BY weight DESC, a_name, b_name LIMIT ?""",
            (*params, limit)).fetchall()
        return [dict(row) for row in rows]

    # -- actors ----------------------------------------------------------------------------
    def find_actor_ids(self, name: str) -> list[str]:
        """Ids of stored actors whose id or name matches ``name`` (case-insensitive)."""
        rows = self.db.execute(
            "SELECT id FROM actors WHERE id = ? OR name = ? COLLATE NOCASE OR name LIKE ? COLLATE NOCASE",
            (name, name, f"%{name}%"),
        ).fetchall()
        return [row["id"] for row in rows]

    def actor_row(self, actor_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return dict(row) if row else None

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

    def count_actors(self, query: str | None = None) -> int:
        if query:
            return self.db.execute("SELECT count(*) FROM actors WHERE name LIKE ? COLLATE NOCASE OR id = ?",
                                   (f"%{query}%", query)).fetchone()[0]
        return self.db.execute("SELECT count(*) FROM actors").fetchone()[0]

    def actor_event_roles(self, actor_id: str) -> list[tuple[dict[str, Any], str | None]]:
        """(event record, publication date) of the event reports that may name ``actor_id``
        with a role: those of its happenings and of articles that mention it."""
        rows = self.db.execute(
            """SELECT e.record, a.published FROM event_mentions e JOIN articles a ON a.id = e.article_id
               WHERE (e.happening_id IN (SELECT happening_id FROM happening_actors WHERE actor_id = ?)
                      OR e.article_id IN (SELECT article_id FROM mentions WHERE actor_id = ?))
                 AND instr(e.record, ?) > 0""", (actor_id, actor_id, actor_id)
        ).fetchall()
        return [(json.loads(row["record"]), row["published"]) for row in rows]

    def counterparts(self, actor_id: str, limit: int = 50) -> list[dict[str, Any]]:
        """Co-participants of ``actor_id`` with the number of happenings they share."""
        rows = self.db.execute(
            """SELECT other.actor_id AS id, coalesce(a.name, other.actor_id) AS name, a.kind AS kind,
                      count(*) AS shared
               FROM happening_actors me JOIN happening_actors other
                 ON other.happening_id = me.happening_id AND other.actor_id != me.actor_id
               LEFT JOIN actors a ON a.id = other.actor_id
               WHERE me.actor_id = ? GROUP BY other.actor_id ORDER BY shared DESC, name LIMIT ?""",
            (actor_id, limit),
        ).fetchall()
        return [dict(row) for row in rows]

    def count_undated(self, where: Filter | None = None) -> int:
        """Happenings matching the filter that a monthly chart cannot place (no date, or a year only)."""
        sql, params = (where or Filter()).happenings_where("h")
        return self.db.execute(
            f"SELECT count(*) FROM happenings h {sql} {'AND' if sql else 'WHERE'} (h.date IS NULL OR length(h.date) < 7)",
            params).fetchone()[0]

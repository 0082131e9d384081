"""Rows for the exports and lists: articles, happenings, events and quotes, each selected by
one ``Filter`` (see ``dateline.store.filters`` for what each field means for each table)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from dateline.store.articles import shown_title
from dateline.store.core import Connected
from dateline.store.filters import Filter, check_sort


class TableStore(Connected):
    def article_rows(self, where: Filter | None = None, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """A page of the articles list: id, source, url, shown title, outlet, published,
        language, length and lead happening."""
        sql, params = (where or Filter()).articles_where("a")
        rows = self.db.execute(
            f"""SELECT a.id, a.source, a.url, a.title, a.outlet, a.published, a.language,
                       length(a.body) AS chars, l.happening_id AS happening, substr(a.body, 1, 400) AS head
                FROM articles a LEFT JOIN lead_happenings l ON l.article_id = a.id
                {sql} ORDER BY a.rowid LIMIT ? OFFSET ?""",
            (*params, limit, offset),
        ).fetchall()
        found = []
        for row in rows:
            item = dict(row)
            item["untitled"] = not (item["title"] or "").strip()
            item["title"] = shown_title(item["title"], item.pop("head"))
            found.append(item)
        return found

    def count_article_rows(self, where: Filter | None = None) -> int:
        sql, params = (where or Filter()).articles_where("a")
        return self.db.execute(f"SELECT count(*) FROM articles a {sql}", params).fetchone()[0]

    def iter_article_table(self, where: Filter | None = None) -> Iterator[dict[str, Any]]:
        """Every matching article with its body and publication bounds, in the order stored."""
        sql, params = (where or Filter()).articles_where("a")
        for row in self.db.execute(
            f"""SELECT a.id, a.source, a.url, a.title, a.outlet, a.author, a.published, a.published_earliest,
                       a.published_latest, a.language, a.body FROM articles a {sql} ORDER BY a.rowid""", params):
            yield dict(row)

    def iter_happening_table(self, where: Filter | None = None, *, sort: str = "oldest") -> Iterator[dict[str, Any]]:
        """Every matching happening's export record, with ``sources`` (independent reports)."""
        from dateline.store.happenings import ORDER_BY

        sql, params = (where or Filter()).happenings_where("h")
        for row in self.db.execute(f"SELECT h.record, h.n_sources, h.date_basis FROM happenings h {sql} "
                                   f"ORDER BY {ORDER_BY[check_sort(sort)]}", params):
            record = json.loads(row["record"])
            record.setdefault("date_basis", row["date_basis"])
            record["sources"] = row["n_sources"]
            yield record

    def iter_event_table(self, where: Filter | None = None) -> Iterator[dict[str, Any]]:
        """Every matching event mention: ``record`` (dict), ``happening_id``, ``incomplete`` (0 or 1;
        1 only when the filter includes them), the happening's ``sources`` and the article's
        ``url``, ``outlet``, ``published``, ``language``, ``source``."""
        sql, params = (where or Filter()).events_where("e")
        for row in self.db.execute(
            f"""SELECT e.record, e.happening_id, e.incomplete, h.n_sources AS sources, a.url, a.outlet, a.published,
                       a.language, a.source
                FROM event_mentions e JOIN articles a ON a.id = e.article_id
                LEFT JOIN happenings h ON h.id = e.happening_id {sql} ORDER BY e.rowid""", params):
            item = dict(row)
            item["record"] = json.loads(row["record"])
            yield item

    def iter_quote_table(self, where: Filter | None = None) -> Iterator[dict[str, Any]]:
        """Quotes of the matching articles: ``record`` (dict), ``happening_id``, ``quote_key``."""
        where = where or Filter()
        sql, params = where.articles_where("a")
        scope = f"WHERE q.article_id IN (SELECT a.id FROM articles a {sql})" if sql else ""
        for row in self.db.execute(
            f"SELECT q.id, q.record, q.happening_id, q.quote_key FROM quotes q {scope} ORDER BY q.rowid", params):
            item = dict(row)
            item["record"] = json.loads(row["record"])
            yield item

"""What the API and the pages show, assembled from the store and the library API.

Each function returns plain dicts (JSON-ready) so the JSON routes return them as they are
and the templates render the same data.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from dateline.link.syndication import copy_group
from dateline.query import actor_ids, happening_detail, timeline
from dateline.serialize import event_from_dict
from dateline.store import Store
from dateline.web.security import SNIPPET_CLOSE, SNIPPET_OPEN

try:  # the store's own phrase handling, so page and CLI searches agree
    from dateline.store import _fts_query as fts_query
except ImportError:  # pragma: no cover - fall back to plain quoted words
    def fts_query(query: str) -> str:
        return " ".join('"' + w.replace('"', "") + '"' for w in query.split() if w.replace('"', ""))


def country_code(value: str) -> str:
    """An ISO 3166-1 alpha-2 code from a code or a country name; ValueError if unknown."""
    value = value.strip()
    if len(value) == 2 and value.isalpha():
        return value.upper()
    import pycountry

    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        pass
    try:
        found = pycountry.countries.search_fuzzy(value)
    except LookupError:
        found = []
    if found:
        return found[0].alpha_2
    raise ValueError(f"unknown country {value!r}: give an ISO code such as CN or a country name")


def happenings_page(store: Store, *, actors: list[str], type: str | None = None, country: str | None = None,
                    place: str | None = None, since: str | None = None, until: str | None = None,
                    text: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """One page of the timeline, with the names that matched no stored actor."""
    unresolved = [name for name in actors if not actor_ids(store, name)]
    items: list[dict[str, Any]] = []
    if not unresolved:
        items = timeline(store, actors=actors, type=type, country=country, place=place, since=since,
                         until=until, text=text, limit=limit + 1, offset=offset)
    more = len(items) > limit
    return {
        "items": items[:limit], "limit": limit, "offset": offset,
        "next_offset": offset + limit if more else None, "unresolved": unresolved,
    }


def happening_types(store: Store) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT DISTINCT type FROM happenings ORDER BY type")]


def happening_page(store: Store, ref: str, *, with_bodies: int = 0) -> dict[str, Any] | None:
    """A happening; the first ``with_bodies`` sources carry their article's body, for
    highlighting the evidence in it (the rest show their evidence sentences only)."""
    detail = happening_detail(store, ref)
    if detail is None:
        return None
    row = store.happening_row(detail["id"])
    detail["independent_sources"] = row["n_sources"] if row else len(detail["sources"])
    detail["quotes"] = [_quote_dict(q) for q in store.quotes(happening_id=detail["id"], limit=500)]
    for source in detail["sources"][:with_bodies]:
        row = store.db.execute("SELECT body FROM articles WHERE id = ?", (source["article"],)).fetchone()
        source["body"] = row["body"] if row else ""
    return detail


def actor_row(store: Store, actor_id: str) -> dict[str, Any] | None:
    row = store.db.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
    return dict(row) if row else None


def actor_roles(store: Store, actor_id: str) -> list[dict[str, Any]]:
    """Roles over time: from the actor knowledge base when it knows the person, else the
    roles the analysis attached to the actor in event reports (first and last date seen)."""
    kb_roles = _kb_roles(actor_id)
    if kb_roles:
        return kb_roles
    seen: dict[str, list[str]] = {}
    rows = store.db.execute(
        """SELECT e.record, a.published FROM event_mentions e JOIN articles a ON a.id = e.article_id
           WHERE (e.happening_id IN (SELECT happening_id FROM happening_actors WHERE actor_id = ?)
                  OR e.article_id IN (SELECT article_id FROM mentions WHERE actor_id = ?))
             AND instr(e.record, ?) > 0""", (actor_id, actor_id, actor_id)
    ).fetchall()
    for row in rows:
        record = json.loads(row["record"])
        for actor in [*record.get("source", []), *record.get("target", [])]:
            if actor.get("id") == actor_id and actor.get("role"):
                seen.setdefault(actor["role"], []).append(row["published"] or "")
    roles = []
    for title, dates in seen.items():
        known = sorted(d for d in dates if d)
        roles.append({"title": title, "of": None, "start": known[0] if known else None,
                      "end": known[-1] if known else None, "source": "articles"})
    return sorted(roles, key=lambda r: r["start"] or "")


def _kb_roles(actor_id: str) -> list[dict[str, Any]]:
    kb_class = None
    for module in ("dateline.resolve.actors", "dateline.resolve.kb"):
        try:
            kb_class = getattr(__import__(module, fromlist=["ActorKB"]), "ActorKB", None)
        except Exception:  # noqa: BLE001 - the knowledge base is optional here
            kb_class = None
        if kb_class is not None:
            break
    if kb_class is None:
        return []
    try:
        roles = kb_class.load().person_roles(actor_id, None)
    except Exception:  # noqa: BLE001 - a broken knowledge base must not break the page
        return []
    found = [{"title": getattr(r, "title", str(r)), "of": getattr(r, "of", None),
              "start": getattr(r, "start", None), "end": getattr(r, "end", None), "source": "knowledge base"}
             for r in roles]
    return sorted(found, key=lambda r: r["start"] or "")


def counterparts(store: Store, actor_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """Co-participants of ``actor_id`` with the number of happenings they share."""
    rows = store.db.execute(
        """SELECT other.actor_id AS id, coalesce(a.name, other.actor_id) AS name, a.kind AS kind,
                  count(*) AS shared
           FROM happening_actors me JOIN happening_actors other
             ON other.happening_id = me.happening_id AND other.actor_id != me.actor_id
           LEFT JOIN actors a ON a.id = other.actor_id
           WHERE me.actor_id = ? GROUP BY other.actor_id ORDER BY shared DESC, name LIMIT ?""",
        (actor_id, limit),
    ).fetchall()
    return [dict(row) for row in rows]


def actor_page(store: Store, actor_id: str, *, limit: int = 200, offset: int = 0) -> dict[str, Any] | None:
    actor = actor_row(store, actor_id)
    if actor is None:
        return None
    rows = store.happening_rows(actor_ids=[[actor_id]], limit=limit + 1, offset=offset)
    from dateline.query import _summary  # the CLI's summary shape, shared on purpose

    happenings = [_summary(r) for r in rows]
    monthly = monthly_counts(store, actor_id)
    return {
        "actor": actor, "roles": actor_roles(store, actor_id), "counterparts": counterparts(store, actor_id),
        "happenings": happenings[:limit], "limit": limit, "offset": offset,
        "next_offset": offset + limit if len(happenings) > limit else None,
        "per_month": monthly, "undated": undated_count(store, actor_id),
    }


def undated_count(store: Store, actor_id: str) -> int:
    """Happenings of ``actor_id`` the monthly chart cannot place (no date or only a year)."""
    return store.db.execute(
        """SELECT count(*) FROM happenings h JOIN happening_actors ha ON ha.happening_id = h.id
           WHERE ha.actor_id = ? AND (h.date IS NULL OR length(h.date) < 7)""", (actor_id,)
    ).fetchone()[0]


def monthly_counts(store: Store, actor_id: str) -> list[dict[str, Any]]:
    """Happenings per month and type for one actor (dated ones only)."""
    rows = store.db.execute(
        """SELECT substr(h.date, 1, 7) AS month, h.type AS type, count(*) AS n
           FROM happenings h JOIN happening_actors ha ON ha.happening_id = h.id
           WHERE ha.actor_id = ? AND h.date IS NOT NULL AND length(h.date) >= 7
           GROUP BY month, h.type ORDER BY month, h.type""", (actor_id,)
    ).fetchall()
    return [dict(row) for row in rows]


def pair_page(store: Store, a: str, b: str, *, limit: int = 200) -> dict[str, Any]:
    """Every happening both actors take part in, the quotes said there, and their topics."""
    page = happenings_page(store, actors=[a, b], limit=limit)
    happening_ids = [h["id"] for h in page["items"]]
    ids_a, ids_b = set(actor_ids(store, a)), set(actor_ids(store, b))
    quotes: dict[str, dict[str, Any]] = {}
    for happening_id in happening_ids:
        for quote in store.quotes(happening_id=happening_id, limit=200):
            quotes[quote.id] = _quote_dict(quote)
    articles = sorted({art for h in page["items"] for art in h["articles"]})
    for article_id in articles:
        for quote in store.quotes(article_id=article_id, limit=200):
            if quote.speaker and quote.speaker.id in ids_a | ids_b:
                quotes.setdefault(quote.id, _quote_dict(quote))
    topics = Counter(t for h in page["items"] for t in h.get("topics") or [])
    return {
        "a": a, "b": b, "unresolved": page["unresolved"], "happenings": page["items"],
        "more": page["next_offset"] is not None, "quotes": list(quotes.values()),
        "topics": [{"topic": t, "happenings": n} for t, n in topics.most_common()],
    }


def _quote_dict(quote: Any) -> dict[str, Any]:
    return {
        "id": quote.id, "article": quote.article, "text": quote.text, "direct": quote.direct,
        "speaker": quote.speaker.name if quote.speaker else quote.speaker_text,
        "speaker_id": quote.speaker.id if quote.speaker else None, "cue": quote.cue,
        "happening": quote.happening, "start": quote.start, "end": quote.end,
    }


def quotes_page(store: Store, *, speaker: str | None = None, article: str | None = None,
                happening: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    speaker_ids: list[str | None] = [None]
    if speaker:
        speaker_ids = list(actor_ids(store, speaker))
        if not speaker_ids:
            return {"items": [], "limit": limit, "offset": offset, "next_offset": None, "unresolved": [speaker]}
    found: list[dict[str, Any]] = []
    for speaker_id in speaker_ids:  # usually one; a name may match a few actors
        found += [_quote_dict(q) for q in store.quotes(article_id=article, speaker=speaker_id,
                                                        happening_id=happening, limit=limit + offset + 1)]
    items = found[offset:offset + limit + 1]
    return {"items": items[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(items) > limit else None, "unresolved": []}


def article_page(store: Store, ref: str) -> dict[str, Any] | None:
    """One article: text as read, clean body, what cleaning removed, and what was drawn from it."""
    article_id = store.resolve_article_id(ref)
    article = store.get_article(article_id) if article_id else None
    if article is None:
        return None
    events = []
    for row in store.db.execute(
        "SELECT record, happening_id FROM event_mentions WHERE article_id = ? ORDER BY rowid", (article.id,)
    ):
        event = event_from_dict(json.loads(row["record"]))
        events.append({
            "id": event.id, "type": event.type, "text": event.text, "trigger": event.trigger,
            "start": event.start, "end": event.end, "modality": event.modality,
            "source": [a.name for a in event.source], "target": [a.name for a in event.target],
            "date": event.date.date if event.date else None,
            "place": event.place.name if event.place else None, "happening": row["happening_id"],
        })
    lead_id = store.lead_happening(article.id)
    lead = store.happening_row(lead_id) if lead_id else None
    original, copies = copy_group(store, article.id)
    return {
        "id": article.id, "source": article.source, "url": article.url, "title": article.title,
        "outlet": article.outlet, "author": article.author, "published": article.published,
        "language": article.language, "kind": article.kind, "body": article.body,
        "original": article.original,
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason, "text": r.text} for r in article.removed],
        "events": events, "quotes": [_quote_dict(q) for q in store.quotes(article_id=article.id, limit=500)],
        "lead_happening": {"id": lead["id"], "label": lead["label"], "date": lead["date"]} if lead else None,
        "copy_of": _article_ref(store, original) if original else None,
        "copies": [_article_ref(store, c) for c in copies],
    }


def _article_ref(store: Store, article_id: str) -> dict[str, Any]:
    row = store.db.execute("SELECT id, title, outlet, source, published FROM articles WHERE id = ?",
                           (article_id,)).fetchone()
    return {"id": row["id"], "title": row["title"], "outlet": row["outlet"] or row["source"], "published": row["published"]}


def search_page(store: Store, q: str, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Full-text search; snippets keep their hits between SNIPPET_OPEN and SNIPPET_CLOSE."""
    match = fts_query(q)
    if not match:
        return {"q": q, "items": [], "limit": limit, "offset": offset, "next_offset": None}
    rows = store.db.execute(
        """SELECT a.id, a.title, a.outlet, a.published, a.source,
                  snippet(articles_fts, 1, ?, ?, ' … ', 24) AS snippet
           FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
           WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?""",
        (SNIPPET_OPEN, SNIPPET_CLOSE, match, limit + 1, offset),
    ).fetchall()
    items = [dict(row) for row in rows]
    return {"q": q, "items": items[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(items) > limit else None}


def plain_snippet(snippet: str) -> str:
    """A snippet for JSON: hits between [ and ] like the CLI shows them."""
    return snippet.replace(SNIPPET_OPEN, "[").replace(SNIPPET_CLOSE, "]")

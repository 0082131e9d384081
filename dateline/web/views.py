"""What the API and the pages show, assembled from the store and the library API.

Each function returns plain dicts (JSON-ready) so the JSON routes return them as they are
and the templates render the same data.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from dateline.link.syndication import copy_group
from dateline.query import actor_ids, happening_detail, happenings_view, resolve, summary
from dateline.store import Filter, Store, shown_title
from dateline.store.filters import check_country
from dateline.web.security import SNIPPET_CLOSE, SNIPPET_OPEN


def country_code(value: str) -> str:
    """An ISO 3166-1 alpha-2 code from a code or a country name; ValueError (naming what to give) if unknown."""
    return check_country(value) or ""


def happenings_page(store: Store, where: Filter | None = None, *, sort: str = "oldest", limit: int = 50,
                    offset: int = 0, **fields: Any) -> dict[str, Any]:
    """One page of the timeline with its total, and the names that matched no stored actor."""
    if where is None:
        where = Filter.parse(**fields)
    return happenings_view(store, where, sort=sort, limit=limit, offset=offset)


def articles_page(store: Store, where: Filter, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """One page of the articles list (shown titles: an untitled article's first sentence) with the total."""
    where = resolve(store, where)
    if where.unresolved:
        return {"items": [], "total": 0, "limit": limit, "offset": offset, "next_offset": None,
                "unresolved": where.unresolved}
    items = store.article_rows(where, limit=limit, offset=offset)
    total = store.count_article_rows(where)
    return {"items": items, "total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if offset + len(items) < total else None, "unresolved": []}


def happening_types(store: Store) -> list[str]:
    return store.happening_types()


def facets(store: Store, where: Filter) -> dict[str, list[dict[str, Any]]]:
    """Counts beside the filters: type, country, actor, outlet, language."""
    where = resolve(store, where)
    if where.unresolved:
        return {}
    return store.happening_facets(where)


def month_counts(store: Store, where: Filter) -> list[dict[str, Any]]:
    where = resolve(store, where)
    return [] if where.unresolved else store.happening_month_counts(where)


def map_points(store: Store, where: Filter) -> list[dict[str, Any]]:
    where = resolve(store, where)
    return [] if where.unresolved else store.happening_points(where)


def network(store: Store, where: Filter, *, limit: int = 60) -> list[dict[str, Any]]:
    where = resolve(store, where)
    return [] if where.unresolved else store.actor_network(where, limit=limit)


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
        source["body"] = store.article_body(source["article"]) or ""
    return detail


def actor_row(store: Store, actor_id: str) -> dict[str, Any] | None:
    return store.actor_row(actor_id)


def actor_roles(store: Store, actor_id: str) -> list[dict[str, Any]]:
    """Roles over time: from the actor knowledge base when it knows the person, else the
    roles the analysis attached to the actor in event reports (first and last date seen)."""
    kb_roles = _kb_roles(actor_id)
    if kb_roles:
        return kb_roles
    seen: dict[str, list[str]] = {}
    for record, published in store.actor_event_roles(actor_id):
        for actor in [*record.get("source", []), *record.get("target", [])]:
            if actor.get("id") == actor_id and actor.get("role"):
                seen.setdefault(actor["role"], []).append(published or "")
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
    return store.counterparts(actor_id, limit)


def actor_page(store: Store, actor_id: str, *, limit: int = 200, offset: int = 0) -> dict[str, Any] | None:
    actor = actor_row(store, actor_id)
    if actor is None:
        return None
    rows = store.happening_rows(_actor_filter(actor_id), limit=limit + 1, offset=offset)
    happenings = [summary(r) for r in rows]
    monthly = monthly_counts(store, actor_id)
    return {
        "actor": actor, "roles": actor_roles(store, actor_id), "counterparts": counterparts(store, actor_id),
        "happenings": happenings[:limit], "limit": limit, "offset": offset,
        "next_offset": offset + limit if len(happenings) > limit else None,
        "per_month": monthly, "undated": undated_count(store, actor_id),
    }


def _actor_filter(actor_id: str) -> Filter:
    return Filter(actors=(actor_id,), actor_ids=((actor_id,),), include_other=True)


def undated_count(store: Store, actor_id: str) -> int:
    """Happenings of ``actor_id`` the monthly chart cannot place (no date or only a year)."""
    return store.count_undated(_actor_filter(actor_id))


def monthly_counts(store: Store, actor_id: str) -> list[dict[str, Any]]:
    """Happenings per month and type for one actor (dated ones only)."""
    return store.happening_month_counts(_actor_filter(actor_id))


def pair_page(store: Store, a: str, b: str, *, limit: int = 200) -> dict[str, Any]:
    """Every happening both actors take part in, the quotes said there, and their topics."""
    page = happenings_page(store, Filter.parse(actors=[a, b]), limit=limit)
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


def article_page(store: Store, ref: str, *, include_incomplete: bool = False) -> dict[str, Any] | None:
    """One article: text as read, clean body, what cleaning removed, and what was drawn from it
    (the events linking left incomplete too, marked so, when ``include_incomplete``)."""
    article_id = store.resolve_article_id(ref)
    article = store.get_article(article_id) if article_id else None
    if article is None:
        return None
    events = []
    for event, happening_id, incomplete in store.article_events(article.id, include_incomplete=include_incomplete):
        events.append({
            "id": event.id, "type": event.type, "text": event.text, "trigger": event.trigger,
            "start": event.start, "end": event.end, "modality": event.modality,
            "source": [a.name for a in event.source], "target": [a.name for a in event.target],
            "date": event.date.date if event.date else None,
            "place": event.place.name if event.place else None, "happening": happening_id,
            "incomplete": incomplete,
        })
    lead_id = store.lead_happening(article.id)
    lead = store.happening_row(lead_id) if lead_id else None
    original, copies = copy_group(store, article.id)
    return {
        "id": article.id, "source": article.source, "url": article.url,
        "title": shown_title(article.title, article.body), "untitled": not (article.title or "").strip(),
        "outlet": article.outlet, "author": article.author, "published": article.published,
        "language": article.language, "kind": article.kind, "body": article.body,
        "original": article.original,
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason, "text": r.text} for r in article.removed],
        "events": events, "include_incomplete": include_incomplete, "quotes": [_quote_dict(q) for q in store.quotes(article_id=article.id, limit=500)],
        "lead_happening": {"id": lead["id"], "label": lead["label"], "date": lead["date"]} if lead else None,
        "copy_of": _article_ref(store, original) if original else None,
        "copies": [_article_ref(store, c) for c in copies],
    }


def _article_ref(store: Store, article_id: str) -> dict[str, Any]:
    row = store.article_ref(article_id) or {"id": article_id, "title": article_id, "outlet": None, "source": "",
                                            "published": None}
    return {"id": row["id"], "title": row["title"], "outlet": row["outlet"], "published": row["published"]}


def search_page(store: Store, q: str, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Full-text search; snippets keep their hits between SNIPPET_OPEN and SNIPPET_CLOSE."""
    items = store.search(q, limit=limit + 1, offset=offset, marks=(SNIPPET_OPEN, SNIPPET_CLOSE), context=24)
    return {"q": q, "items": items[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(items) > limit else None}


def plain_snippet(snippet: str) -> str:
    """A snippet for JSON: hits between [ and ] like the CLI shows them."""
    return snippet.replace(SNIPPET_OPEN, "[").replace(SNIPPET_CLOSE, "]")

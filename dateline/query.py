"""Read-side library API shared by the CLI, the API and the pages: one ``Filter`` from each
of them down to the store.  ``resolve`` turns the filter's actor names into stored ids;
``timeline``, ``happenings_view`` and the exports select with the resolved filter."""

from __future__ import annotations

import json
from typing import Any

from dateline.store import Filter, Store
from dateline.store.filters import check_sort


def actor_ids(store: Store, name: str) -> list[str]:
    """Stored actor ids a user's name refers to: knowledge-base aliases first, then names."""
    ids: list[str] = []
    try:
        from dateline.resolve import ActorKB

        found = ActorKB.load().lookup(name)
        if found is not None:
            ids.append(found.id)
    except Exception:  # noqa: BLE001 - the knowledge base is a help here, not a requirement
        pass
    for actor_id in store.find_actor_ids(name):
        if actor_id not in ids:
            ids.append(actor_id)
    return ids


def resolve(store: Store, where: Filter | None) -> Filter:
    """The filter with its actor names resolved to stored ids (a name may stand for several)."""
    where = where or Filter()
    if where.actor_ids is not None and len(where.actor_ids) == len(where.actors):
        return where
    return where.with_actor_ids([actor_ids(store, name) for name in where.actors])


def timeline(
    store: Store,
    where: Filter | None = None,
    *,
    actors: list[str] | None = None,
    type: str | None = None,
    country: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
    limit: int = 500,
    offset: int = 0,
    include_other: bool = False,
    sort: str = "oldest",
) -> list[dict[str, Any]]:
    """Happenings in date order (undated last), each with its participants and source count.

    Give a ``Filter`` (or, for short, its fields as keywords: they are checked the same way).
    Stories outside the political event types (type OTHER) are left out unless asked for by
    ``type="OTHER"`` or ``include_other``."""
    if where is None:
        where = Filter.parse(actors=actors, type=type, country=country, place=place, since=since, until=until,
                             text=text, include_other=include_other)
    where = resolve(store, where)
    if where.unresolved:
        return []
    rows = store.happening_rows(where, sort=check_sort(sort), limit=limit, offset=offset)
    return [summary(row) for row in rows]


def happenings_view(store: Store, where: Filter, *, sort: str = "oldest", limit: int = 50,
                    offset: int = 0) -> dict[str, Any]:
    """One page of happenings with the total, the next offset and the names that matched no actor."""
    where = resolve(store, where)
    unresolved = where.unresolved
    items: list[dict[str, Any]] = []
    total = 0
    if not unresolved:
        items = [summary(row) for row in store.happening_rows(where, sort=check_sort(sort), limit=limit, offset=offset)]
        total = store.count_happenings(where)
    return {"items": items, "total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if offset + len(items) < total else None, "unresolved": unresolved}


def summary(row: dict[str, Any]) -> dict[str, Any]:
    record = json.loads(row["record"])
    return {
        "id": row["id"], "type": row["type"], "label": row["label"], "date": row["date"],
        "date_precision": row["date_precision"], "date_basis": row.get("date_basis"), "place": record.get("place"),
        "participants": record.get("participants", []), "articles": record.get("articles", []),
        "sources": row["n_sources"], "status": row["status"], "topics": record.get("topics", []),
    }


_summary = summary  # the name the web views used


def happening_detail(store: Store, ref: str) -> dict[str, Any] | None:
    """One happening with every source article, its evidence and the quotes said at it."""
    row = store.happening_row(ref)
    if row is None:
        return None
    record = json.loads(row["record"])
    detail = {**summary(row), "occasion": record.get("occasion"), "evidence": record.get("evidence", [])}
    sources = []
    for article_id in record.get("articles", []):
        meta = store.article_ref(article_id)
        if meta is None:
            continue
        evidence = [e for e in detail["evidence"] if e["article"] == article_id]
        sources.append({"article": article_id, **{k: meta[k] for k in ("title", "outlet", "source", "url", "published")},
                        "evidence": evidence})
    detail["sources"] = sources
    detail["quotes"] = [
        {"id": q.id, "article": q.article, "speaker": q.speaker.name if q.speaker else q.speaker_text,
         "text": q.text, "cue": q.cue, "start": q.start, "end": q.end}
        for q in store.quotes(happening_id=row["id"])
    ]
    return detail

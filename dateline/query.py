"""Read-side library API shared by the CLI and the web: timelines, happenings, actors."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from dateline.store import Store


def actor_ids(store: Store, name: str) -> list[str]:
    """Stored actor ids a user's name refers to: knowledge-base aliases first, then names."""
    ids: list[str] = []
    try:
        from dateline.resolve.actors import ActorKB

        found = ActorKB.load().lookup(name)
        if found is not None:
            ids.append(found.id)
    except Exception:  # noqa: BLE001 - the knowledge base is a help here, not a requirement
        pass
    for actor_id in store.find_actor_ids(name):
        if actor_id not in ids:
            ids.append(actor_id)
    return ids


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_date(value: str | None, what: str = "date") -> str | None:
    """``value`` if it is a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (or empty); ValueError
    saying what is wrong otherwise ("2017-13-45" is refused, not read as a string bound)."""
    if not value:
        return value
    match = _DATE.fullmatch(value)
    if match is None:
        raise ValueError(f"{what} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{what} {value!r} is not a calendar date ({exc})") from None
    return value


def timeline(
    store: Store,
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
) -> list[dict[str, Any]]:
    """Happenings in date order (undated last), each with its participants and source count.

    Stories outside the political event types (type OTHER) are left out unless asked for by
    ``type="OTHER"`` or ``include_other``."""
    check_date(since, "since")
    check_date(until, "until")
    alternatives = []
    for name in actors or []:
        ids = actor_ids(store, name)
        if not ids:
            return []
        alternatives.append(ids)
    exclude = () if include_other or type else ("OTHER",)
    rows = store.happening_rows(actor_ids=alternatives, type=type, country=country, place=place,
                                since=since, until=until, text=text, limit=limit, offset=offset,
                                exclude_types=exclude)
    return [_summary(row) for row in rows]


def _summary(row: dict[str, Any]) -> dict[str, Any]:
    record = json.loads(row["record"])
    return {
        "id": row["id"], "type": row["type"], "label": row["label"], "date": row["date"],
        "date_precision": row["date_precision"], "place": record.get("place"),
        "participants": record.get("participants", []), "articles": record.get("articles", []),
        "sources": row["n_sources"], "status": row["status"], "topics": record.get("topics", []),
    }


def happening_detail(store: Store, ref: str) -> dict[str, Any] | None:
    """One happening with every source article, its evidence and the quotes said at it."""
    row = store.happening_row(ref)
    if row is None:
        return None
    record = json.loads(row["record"])
    detail = {**_summary(row), "occasion": record.get("occasion"), "evidence": record.get("evidence", [])}
    sources = []
    for article_id in record.get("articles", []):
        meta = store.db.execute(
            "SELECT id, title, outlet, source, url, published FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
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

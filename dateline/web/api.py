"""The JSON API under /api: happenings, actors, articles, quotes, search and exports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response
from pydantic import AfterValidator

from dateline.export import FORMATS, export_text
from dateline.query import check_date
from dateline.store import Store
from dateline.web import views
from dateline.web.deps import get_store
from dateline.web.security import MAX_LIMIT, MAX_OFFSET, MAX_TEXT_PARAM

router = APIRouter(prefix="/api", tags=["api"])

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=MAX_TEXT_PARAM)]
Date = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD"),
                 AfterValidator(check_date)]  # a calendar date: 2017-13-45 is refused (422)
EventType = Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,32}$", description="PLOVER type, e.g. CONSULT")]

EXPORT_MEDIA = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv"}


def not_found(kind: str, ref: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {kind} with id {ref!r}")


def check_actors(actor: list[str]) -> list[str]:
    names = [a.strip() for a in actor if a.strip()]
    if len(names) > 2:
        raise HTTPException(status_code=422, detail=f"give at most two actors (got {len(names)}): one actor, or a pair")
    for name in names:
        if len(name) > MAX_TEXT_PARAM:
            raise HTTPException(status_code=422, detail=f"actor name longer than {MAX_TEXT_PARAM} characters")
    return names


def check_country(country: str | None) -> str | None:
    if not country:
        return None
    try:
        return views.country_code(country)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc


@router.get("", summary="What this API offers")
def index() -> dict[str, Any]:
    return {
        "openapi": "/openapi.json",
        "routes": [r.path for r in router.routes if getattr(r, "path", "/api") != "/api"],
        "limits": {"limit": MAX_LIMIT, "offset": MAX_OFFSET, "text": MAX_TEXT_PARAM},
    }


@router.get("/happenings", summary="Happenings in date order, filtered")
def list_happenings(
    store: StoreDep,
    actor: Annotated[list[str], Query(description="an actor name or id; repeat once for a pair")] = [],  # noqa: B006
    type: EventType = None,
    country: Text = None,
    place: Text = None,
    since: Date = None,
    until: Date = None,
    text: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return views.happenings_page(store, actors=check_actors(actor), type=type, country=check_country(country),
                                 place=place, since=since, until=until, text=text, limit=limit, offset=offset)


@router.get("/happenings/{happening_id}", summary="One happening with its sources, evidence and quotes")
def get_happening(happening_id: str, store: StoreDep) -> dict[str, Any]:
    detail = views.happening_page(store, happening_id)  # no bodies: the article route serves them
    if detail is None:
        raise not_found("happening", happening_id)
    return detail


@router.get("/actors", summary="Actors, most active first; q searches names")
def list_actors(store: StoreDep, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    rows = store.actor_rows(q, limit=limit + 1, offset=offset)
    return {"items": rows[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(rows) > limit else None}


@router.get("/actors/{actor_id:path}", summary="One actor: roles, counterparts, happenings")
def get_actor(actor_id: str, store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    page = views.actor_page(store, actor_id, limit=limit, offset=offset)
    if page is None:
        raise not_found("actor", actor_id)
    return page


@router.get("/pair", summary="Happenings two actors share, their quotes and topics")
def get_pair(a: Annotated[str, Query(min_length=1, max_length=MAX_TEXT_PARAM)],
             b: Annotated[str, Query(min_length=1, max_length=MAX_TEXT_PARAM)], store: StoreDep) -> dict[str, Any]:
    return views.pair_page(store, a, b)


@router.get("/articles", summary="Articles in the order they were read")
def list_articles(store: StoreDep, outlet: Text = None, language: Annotated[str | None, Query(pattern=r"^[a-z]{2}$")] = None,
                  since: Date = None, until: Date = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    rows = store.list_articles(outlet=outlet, language=language, since=since, until=until,
                               limit=limit + 1, offset=offset)
    return {"items": rows[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(rows) > limit else None}


@router.get("/articles/{article_id}", summary="One article: cleaned text, what was removed, what was found")
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    page = views.article_page(store, article_id)
    if page is None:
        raise not_found("article", article_id)
    return page


@router.get("/quotes", summary="Quotes, filtered by speaker, article or happening")
def list_quotes(store: StoreDep, speaker: Text = None, article: Text = None, happening: Text = None,
                limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return views.quotes_page(store, speaker=speaker, article=article, happening=happening,
                             limit=limit, offset=offset)


@router.get("/search", summary="Full-text search over titles and bodies")
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=MAX_TEXT_PARAM)],
           limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    page = views.search_page(store, q, limit=limit, offset=offset)
    for item in page["items"]:
        item["snippet"] = views.plain_snippet(item["snippet"] or "")
    return page


@router.get("/export.{fmt}", summary="The whole store as a download (json, jsonl or csv)")
def export(fmt: str, store: StoreDep) -> Response:
    if fmt not in FORMATS:
        raise HTTPException(status_code=404, detail=f"no export format {fmt!r}: use export.json, export.jsonl or export.csv")
    return Response(
        export_text(store, fmt), media_type=EXPORT_MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="dateline.{fmt}"'},
    )

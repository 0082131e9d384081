"""The JSON API under /api: happenings, actors, articles, quotes, search and exports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response
from fastapi.routing import APIRoute

from dateline.export import FORMATS, TABLE_FORMATS, export_text, table_text
from dateline.store import EVENT_TYPES, SORTS, STATUSES, Filter, FilterError, Store
from dateline.store.filters import TABLES
from dateline.web import views
from dateline.web.deps import get_store
from dateline.web.models import ERRORS, Facets, HappeningList
from dateline.web.security import MAX_LIMIT, MAX_OFFSET, MAX_TEXT_PARAM

router = APIRouter(prefix="/api", tags=["api"])

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=MAX_TEXT_PARAM)]
Date = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")]
EventType = Annotated[str | None, Query(max_length=32, description="PLOVER type (case does not matter)",
                                        json_schema_extra={"enum": list(EVENT_TYPES)})]
Status = Annotated[str | None, Query(max_length=16, json_schema_extra={"enum": list(STATUSES)})]
Language = Annotated[str | None, Query(max_length=8, description="ISO 639-1 code of the reports, e.g. en")]
MinSources = Annotated[int | None, Query(ge=1, le=100_000, description="at least this many independent sources")]
Sort = Annotated[str, Query(description="oldest first (undated last), latest first, or most sources first",
                            json_schema_extra={"enum": list(SORTS)})]
ActorParam = Annotated[list[str], Query(description="an actor name, alias or id; repeat: all must take part")]
IncludeIncomplete = Annotated[bool, Query(description="also the events linking left incomplete: one side named, no "
                                                     "happening of their own (not reported otherwise; docs/linking.md)")]
MAX_ACTORS = 5

EXPORT_MEDIA = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv"}
TABLE_MEDIA = {fmt: EXPORT_MEDIA[fmt] for fmt in TABLE_FORMATS if fmt in EXPORT_MEDIA}  # parquet: command line


def not_found(kind: str, ref: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {kind} with id {ref!r}")


def check_actors(actor: list[str]) -> list[str]:
    names = [a.strip() for a in actor if a.strip()]
    if len(names) > MAX_ACTORS:
        raise HTTPException(status_code=422, detail=f"actor: give at most {MAX_ACTORS} actors (got {len(names)})")
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
        "routes": [r.path for r in router.routes if isinstance(r, APIRoute) and r.path != "/api"],
        "limits": {"limit": MAX_LIMIT, "offset": MAX_OFFSET, "text": MAX_TEXT_PARAM},
    }


def make_filter(**fields: Any) -> Filter:
    """The API's filter parameters as the one Filter; 422 naming the valid values when one is wrong."""
    fields["actors"] = check_actors(fields.pop("actor", None) or [])
    try:
        return Filter.parse(**fields)
    except FilterError as exc:
        name = API_NAMES.get(exc.param, exc.param)
        raise HTTPException(status_code=422, detail=name + str(exc)[len(exc.param):]) from exc


API_NAMES = {"from": "since", "to": "until", "min-sources": "min_sources"}  # the CLI's names -> the API's


def view_filter(
    actor: ActorParam = [],  # noqa: B006 - FastAPI copies defaults
    type: EventType = None,
    country: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="ISO code or name: the place's "
                                         "country or a participant's")] = None,
    since: Date = None,
    until: Date = None,
    outlet: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="reported by an outlet whose name "
                                        "holds this")] = None,
    language: Language = None,
    min_sources: MinSources = None,
    status: Status = None,
    place: Text = None,
    text: Text = None,
    include_incomplete: IncludeIncomplete = False,
) -> Filter:
    return make_filter(actor=actor, type=type, country=country, since=since, until=until, outlet=outlet,
                       language=language, min_sources=min_sources, status=status, place=place, text=text,
                       include_incomplete=include_incomplete)


FilterDep = Annotated[Filter, Depends(view_filter)]


def check_sort(sort: str) -> str:
    try:
        from dateline.store.filters import check_sort as check

        return check(sort)
    except FilterError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc


@router.get("/happenings", summary="Happenings, filtered and sorted, with the total", response_model=HappeningList,
            responses=ERRORS)
def list_happenings(store: StoreDep, where: FilterDep, sort: Sort = "oldest", limit: Limit = 50,
                    offset: Offset = 0) -> dict[str, Any]:
    return views.happenings_page(store, where, sort=check_sort(sort), limit=limit, offset=offset)


@router.get("/facets", summary="Counts of the filtered happenings by type, country, actor, outlet and language",
            response_model=Facets, responses=ERRORS)
def facets(store: StoreDep, where: FilterDep) -> dict[str, Any]:
    page = views.happenings_page(store, where, limit=1)
    return {"total": page["total"], "unresolved": page["unresolved"], **views.facets(store, where)}


@router.get("/tables/{table}.{fmt}", summary="One flat table of what the filter selects: a download",
            responses={**ERRORS, 200: {"content": {"text/csv": {}, "application/x-ndjson": {}, "application/json": {}},
                                       "description": "The table (columns in docs/export.md)"}})
def table_download(table: str, fmt: str, store: StoreDep, where: FilterDep) -> Response:
    if table not in TABLES or fmt not in TABLE_MEDIA:
        raise HTTPException(status_code=404, detail=f"no table {table}.{fmt}: use one of {', '.join(TABLES)} "
                                                    f"as .csv, .jsonl or .json")
    return Response(
        table_text(store, table, fmt, where), media_type=TABLE_MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="dateline-{table}.{fmt}"'},
    )


@router.get("/happenings/{happening_id}", summary="One happening with its sources, evidence and quotes",
            responses={404: ERRORS[404]})
def get_happening(happening_id: str, store: StoreDep) -> dict[str, Any]:
    detail = views.happening_page(store, happening_id)  # no bodies: the article route serves them
    if detail is None:
        raise not_found("happening", happening_id)
    return detail


@router.get("/actors", summary="Actors, most active first; q searches names", responses=ERRORS)
def list_actors(store: StoreDep, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    rows = store.actor_rows(q, limit=limit + 1, offset=offset)
    return {"items": rows[:limit], "total": store.count_actors(q), "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(rows) > limit else None}


@router.get("/actors/{actor_id:path}", summary="One actor: roles, counterparts, happenings", responses=ERRORS)
def get_actor(actor_id: str, store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    page = views.actor_page(store, actor_id, limit=limit, offset=offset)
    if page is None:
        raise not_found("actor", actor_id)
    return page


@router.get("/pair", summary="Happenings two actors share, their quotes and topics")
def get_pair(a: Annotated[str, Query(min_length=1, max_length=MAX_TEXT_PARAM)],
             b: Annotated[str, Query(min_length=1, max_length=MAX_TEXT_PARAM)], store: StoreDep) -> dict[str, Any]:
    return views.pair_page(store, a, b)


@router.get("/articles", summary="Articles in the order they were read; the filter as for happenings "
            "(dates are publication dates)", responses=ERRORS)
def list_articles(store: StoreDep, where: FilterDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return views.articles_page(store, where, limit=limit, offset=offset)


@router.get("/articles/{article_id}", summary="One article: cleaned text, what was removed, what was found",
            responses=ERRORS)
def get_article(article_id: str, store: StoreDep, include_incomplete: IncludeIncomplete = False) -> dict[str, Any]:
    page = views.article_page(store, article_id, include_incomplete=include_incomplete)
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
def export(fmt: str, store: StoreDep, include_incomplete: IncludeIncomplete = False) -> Response:
    if fmt not in FORMATS:
        raise HTTPException(status_code=404, detail=f"no export format {fmt!r}: use export.json, export.jsonl or export.csv")
    where = Filter(include_other=True, include_incomplete=include_incomplete)
    return Response(
        export_text(store, fmt, where=where), media_type=EXPORT_MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="dateline.{fmt}"'},
    )

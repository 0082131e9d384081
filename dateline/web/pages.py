"""Server-rendered HTML pages (Jinja2, autoescaped): timeline, actor, pair, happening,
article and search.  Article text only ever reaches a page escaped: highlighted text is
built by ``dateline.web.security`` from escaped segments."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from dateline.query import resolve
from dateline.store import EVENT_TYPES, SORTS, STATUSES, Filter, FilterError
from dateline.store.filters import check_sort
from dateline.web import svg, views
from dateline.web.api import API_NAMES, StoreDep
from dateline.web.security import (
    MAX_LIMIT,
    MAX_OFFSET,
    MAX_TEXT_PARAM,
    external_url,
    highlight,
    marked_snippet,
    strike_spans,
    without_bidi_controls,
)

router = APIRouter(include_in_schema=False)

PageLimit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Text = Annotated[str, Query(max_length=MAX_TEXT_PARAM)]
FULL_TEXT_SOURCES = 20  # sources shown with their whole text on a happening page; the rest by evidence


def _environment() -> Environment:
    folder = str(resources.files("dateline.web") / "templates")
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(default=True, default_for_string=True),
                      finalize=without_bidi_controls)
    env.globals.update(colour=svg.type_colour, max_limit=MAX_LIMIT)
    env.filters["external_url"] = external_url
    return env


TEMPLATES = _environment()


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(TEMPLATES.get_template(name).render(**context), status_code=status)


def page_link(path: str, params: dict[str, Any] | int | None, offset: int | None = None) -> str | None:
    """A link to another page of the same listing (None when there is no such page).

    ``page_link("/x?a=1", offset)`` keeps the query string as it is and sets the offset."""
    if isinstance(params, int) or params is None:
        offset = params
        params = {}
    if offset is None:
        return None
    path, _, query = path.partition("?")
    kept: dict[str, Any] = {}
    for key, value in parse_qsl(query):
        kept.setdefault(key, []).append(value)
    kept.update({k: v for k, v in params.items() if v not in (None, "", 0)})
    kept.pop("offset", None)
    if offset:
        kept["offset"] = offset
    return path + ("?" + urlencode(kept, doseq=True) if kept else "")


TRUE_WORDS = ("1", "true", "on", "yes")  # a flag in a query string, as FastAPI reads a bool
FILTER_FIELDS = ("type", "country", "since", "until", "outlet", "language", "min_sources", "status", "place", "text")


def read_filter(request: Request) -> tuple[Filter, dict[str, Any], str | None]:
    """The page's filter from its query string (``a``, ``b`` and repeated ``actor`` are the
    actors), the form's values, and an error message naming the valid values (or None)."""
    query = request.query_params
    actors = [query.get("a", ""), query.get("b", ""), *query.getlist("actor")]
    form: dict[str, Any] = {name: query.get(name, "") for name in FILTER_FIELDS}
    form.update(a=query.get("a", ""), b=query.get("b", ""), actor=query.getlist("actor"),
                sort=query.get("sort", "") or "oldest")
    too_long = [name for name, value in [*form.items(), *(("actor", a) for a in actors)]
                if isinstance(value, str) and len(value) > MAX_TEXT_PARAM]
    if too_long:
        return Filter(), form, f"{too_long[0]}: longer than {MAX_TEXT_PARAM} characters"
    try:
        where = Filter.parse(actors=actors, **{name: form[name] for name in FILTER_FIELDS},
                             include_incomplete=query.get("include_incomplete", "").lower() in TRUE_WORDS)
        check_sort(form["sort"])
    except FilterError as exc:
        name = API_NAMES.get(exc.param, exc.param)
        return Filter(), form, name + str(exc)[len(exc.param):]
    return where, form, None


def view_query(where: Filter, **extra: Any) -> str:
    """The filter (and ``extra``) as a query string: links to the same view elsewhere."""
    params = where.query_params()
    params.update({k: v for k, v in extra.items() if v not in (None, "")})
    return urlencode(params, doseq=True)


def facet_links(where: Filter, facets: dict[str, list[dict[str, Any]]], sort: str) -> dict[str, list[dict[str, Any]]]:
    """Each facet value with the link that narrows the view to it (or, when chosen, widens it back)."""
    sort_param = sort if sort != "oldest" else None
    linked: dict[str, list[dict[str, Any]]] = {}
    for name, values in facets.items():
        rows = []
        for value in values:
            if name == "actor":
                chosen = value["value"] in where.actors
                actors = [a for a in where.actors if a != value["value"]] if chosen else [*where.actors, value["value"]]
                target = replace(where, actors=tuple(actors), actor_ids=None)
            else:
                current = getattr(where, name)
                chosen = current is not None and str(current).lower() == str(value["value"]).lower()
                change: dict[str, Any] = {name: None if chosen else value["value"]}
                target = replace(where, **change)
            rows.append({**value, "chosen": chosen, "href": "/?" + view_query(target, sort=sort_param)})
        linked[name] = rows
    return linked


@router.get("/", response_class=HTMLResponse)
def timeline_page(request: Request, store: StoreDep, limit: PageLimit = 50, offset: Offset = 0) -> HTMLResponse:
    where, form, error = read_filter(request)
    sort = form["sort"] if not error else "oldest"
    page: dict[str, Any]
    if error:
        page = {"items": [], "total": 0, "limit": limit, "offset": offset, "next_offset": None, "unresolved": []}
        facets: dict[str, list[dict[str, Any]]] = {}
        chart, undated = None, 0
    else:
        sort = check_sort(sort)
        page = views.happenings_page(store, where, sort=sort, limit=limit, offset=offset)
        facets = facet_links(where, views.facets(store, where), sort)
        resolved = resolve(store, where)
        chart = svg.monthly_chart(views.month_counts(store, where)) if page["total"] else None
        undated = store.count_undated(resolved) if page["total"] and not resolved.unresolved else 0
    sort_param = sort if sort != "oldest" else None
    here = view_query(where, sort=sort_param, limit=limit if limit != 50 else None)
    actors = list(where.actors)
    previous = max(0, offset - limit) if offset else None
    return render(
        "timeline.html", status=422 if error else 200, page=page, form=form, error=error,
        types=EVENT_TYPES, statuses=STATUSES, sorts=SORTS, facets=facets, chart=chart, undated=undated,
        pair=actors if len(actors) == 2 else None, view=view_query(where), here=here,
        next_link=page_link("/?" + here, page["next_offset"]), prev_link=page_link("/?" + here, previous),
        total_articles=store.count_articles(),
    )


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, store: StoreDep) -> HTMLResponse:
    where, form, error = read_filter(request)
    points = [] if error else views.map_points(store, where)
    total = 0 if error else views.happenings_page(store, where, limit=1)["total"]
    types = sorted({p["type"] for p in points})
    return render("map.html", status=422 if error else 200, error=error, form=form, world=svg.happenings_map(points),
                  points=points, total=total, types=types, view=view_query(where),
                  radii=[(n, round(svg.dot_radius(n) * 3, 1)) for n in (1, 3, 10)])  # map drawn ~3x


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, store: StoreDep) -> HTMLResponse:
    where, form, error = read_filter(request)
    edges = [] if error else views.network(store, where)
    total = 0 if error else views.happenings_page(store, where, limit=1)["total"]
    return render("network.html", status=422 if error else 200, error=error, edges=edges, total=total,
                  graph=svg.network_graph(edges), view=view_query(where))


@router.get("/happenings/{happening_id}", response_class=HTMLResponse)
def happening_page(happening_id: str, store: StoreDep) -> HTMLResponse:
    detail = views.happening_page(store, happening_id, with_bodies=FULL_TEXT_SOURCES)
    if detail is None:
        raise HTTPException(status_code=404, detail=f"no happening with id {happening_id!r}")
    for source in detail["sources"]:
        if "body" in source:
            source["marked"] = highlight(source["body"], [(e["start"], e["end"]) for e in source["evidence"]])
    place = detail.get("place") or {}
    world = svg.world_plot(place.get("lat"), place.get("lon"), place.get("name") or "")
    return render("happening.html", h=detail, world=world, has_coordinates=place.get("lat") is not None)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(store: StoreDep, q: Text = "", limit: PageLimit = 100, offset: Offset = 0) -> HTMLResponse:
    rows = store.actor_rows(q or None, limit=limit + 1, offset=offset)
    params = {"q": q, "limit": limit if limit != 100 else None}
    return render("actors.html", actors=rows[:limit], q=q, total=store.count_actors(q or None), offset=offset,
                  next_link=page_link("/actors", params, offset + limit if len(rows) > limit else None),
                  prev_link=page_link("/actors", params, max(0, offset - limit) if offset else None))


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
def actor_page(actor_id: str, store: StoreDep, offset: Offset = 0) -> HTMLResponse:
    page = views.actor_page(store, actor_id, limit=MAX_LIMIT, offset=offset)
    if page is None:
        raise HTTPException(status_code=404, detail=f"no actor with id {actor_id!r}")
    return render("actor.html", p=page, chart=svg.monthly_chart(page["per_month"]))


@router.get("/pair", response_class=HTMLResponse)
def pair_page(store: StoreDep, a: Text = "", b: Text = "") -> HTMLResponse:
    if not a.strip() or not b.strip():
        return render("pair.html", p=None, a=a, b=b)
    page = views.pair_page(store, a.strip(), b.strip())
    return render("pair.html", p=page, a=a, b=b)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, store: StoreDep, limit: PageLimit = 100, offset: Offset = 0) -> HTMLResponse:
    where, form, error = read_filter(request)
    page = {"items": [], "total": 0, "next_offset": None, "offset": offset, "unresolved": []} if error else \
        views.articles_page(store, where, limit=limit, offset=offset)
    here = "/articles?" + view_query(where, limit=limit if limit != 100 else None)
    return render("articles.html", status=422 if error else 200, error=error, page=page, articles=page["items"],
                  form=form, view=view_query(where), next_link=page_link(here, page["next_offset"]),
                  prev_link=page_link(here, max(0, offset - limit) if offset else None))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, store: StoreDep, include_incomplete: bool = False) -> HTMLResponse:
    page = views.article_page(store, article_id, include_incomplete=include_incomplete)
    if page is None:
        raise HTTPException(status_code=404, detail=f"no article with id {article_id!r}")
    struck = strike_spans(page["original"], [(r["start"], r["end"], r["reason"]) for r in page["removed"]])
    return render("article.html", a=page, struck=struck)


@router.get("/search", response_class=HTMLResponse)
def search_page(store: StoreDep, q: Text = "", limit: PageLimit = 20, offset: Offset = 0) -> HTMLResponse:
    page = views.search_page(store, q, limit=limit, offset=offset) if q.strip() else None
    if page:
        for item in page["items"]:
            item["marked"] = marked_snippet(item["snippet"] or "")
    params = {"q": q, "limit": limit if limit != 20 else None}
    return render("search.html", q=q, page=page,
                  next_link=page_link("/search", params, page["next_offset"] if page else None),
                  prev_link=page_link("/search", params, max(0, offset - limit) if offset else None))

"""Server-rendered HTML pages (Jinja2, autoescaped): timeline, actor, pair, happening,
article and search.  Article text only ever reaches a page escaped: highlighted text is
built by ``dateline.web.security`` from escaped segments."""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import AfterValidator

from dateline.query import check_date
from dateline.web import svg, views
from dateline.web.api import DATE_PATTERN, StoreDep, check_country
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
Date = Annotated[str, Query(pattern=r"^$|" + DATE_PATTERN), AfterValidator(check_date)]
EventType = Annotated[str, Query(pattern=r"^[A-Za-z_]{0,32}$")]
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


def page_link(path: str, params: dict[str, Any], offset: int | None) -> str | None:
    """A link to another page of the same listing (None when there is no such page)."""
    if offset is None:
        return None
    kept = {k: v for k, v in params.items() if v not in (None, "", 0) and k != "offset"}
    if offset:
        kept["offset"] = offset
    return path + ("?" + urlencode(kept) if kept else "")


@router.get("/", response_class=HTMLResponse)
def timeline_page(request: Request, store: StoreDep, a: Text = "", b: Text = "", type: EventType = "",
                  since: Date = "", until: Date = "", country: Text = "", place: Text = "", text: Text = "",
                  limit: PageLimit = 50, offset: Offset = 0) -> HTMLResponse:
    actors = [name.strip() for name in (a, b) if name.strip()]
    page = views.happenings_page(
        store, actors=actors, type=type or None, country=check_country(country), place=place or None,
        since=since or None, until=until or None, text=text or None, limit=limit, offset=offset,
    )
    params = {"a": a, "b": b, "type": type, "since": since, "until": until, "country": country,
              "place": place, "text": text, "limit": limit if limit != 50 else None}
    previous = max(0, offset - limit) if offset else None
    return render(
        "timeline.html", page=page, form=params, types=views.happening_types(store),
        pair=actors if len(actors) == 2 else None,
        next_link=page_link("/", params, page["next_offset"]), prev_link=page_link("/", params, previous),
        total_articles=store.count_articles(),
    )


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
    return render("actors.html", actors=rows[:limit], q=q,
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
def articles_page(store: StoreDep, limit: PageLimit = 100, offset: Offset = 0) -> HTMLResponse:
    rows = store.list_articles(limit=limit + 1, offset=offset)
    params = {"limit": limit if limit != 100 else None}
    return render("articles.html", articles=rows[:limit],
                  next_link=page_link("/articles", params, offset + limit if len(rows) > limit else None),
                  prev_link=page_link("/articles", params, max(0, offset - limit) if offset else None))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, store: StoreDep) -> HTMLResponse:
    page = views.article_page(store, article_id)
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

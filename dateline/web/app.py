"""`create_app`: the FastAPI application behind `dateline serve`.

Read-only by design: each request opens the database read-only and closes it after, the
server answers GET and HEAD only, and it offers no ingest (see docs/web.md).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response

from dateline import __version__
from dateline.store import Store
from dateline.web import api, pages
from dateline.web.security import SecurityMiddleware, error_response

logger = logging.getLogger("dateline.web")


def create_app(db_path: str, *, ingest_token: str | None = None) -> FastAPI:
    """The web app over the dateline database at ``db_path`` (which must exist).

    ``ingest_token`` is accepted for interface compatibility but the server never ingests:
    adding articles stays a command-line job (``dateline run``).
    """
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"no dateline database at {db_path}: run `dateline run INPUT --db {db_path}` first")
    _check_database(db_path)
    app = FastAPI(
        title="dateline",
        version=__version__,
        description="Read-only API over a dateline store: happenings with sources and evidence, "
                    "actors, articles, quotes, search and exports.",
        docs_url=None,  # the Swagger and ReDoc pages load scripts from a CDN; the schema stays
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=_warm_up,
    )
    app.state.db_path = str(Path(db_path).resolve())
    app.state.ingest_enabled = False
    app.add_middleware(SecurityMiddleware)
    static_dir = str(resources.files("dateline.web") / "static")
    app.mount("/static", StaticFiles(directory=static_dir), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}: see / for the timeline or /openapi.json for the API"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        logger.exception("error answering %s", request.url.path)
        return error_response(request, 500, "internal error while answering this request; see the server log")

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, validation_message(exc))

    return app


REQUIRED_TABLES = {"articles", "articles_fts", "happenings", "happening_actors", "actors", "event_mentions", "quotes"}


def _check_database(db_path: str) -> None:
    """Fail at start, with a message, rather than on every request."""
    try:
        with Store(db_path, readonly=True) as store:
            tables = store.table_names()
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"{db_path} is not a dateline database: {exc}") from exc
    missing = REQUIRED_TABLES - tables
    if missing:
        raise ValueError(
            f"{db_path} is not a dateline database or predates this version (missing tables: "
            f"{', '.join(sorted(missing))}): run `dateline run INPUT --db {db_path}` to create or migrate it"
        )


@asynccontextmanager
async def _warm_up(app: FastAPI) -> AsyncIterator[None]:
    """Load the actor knowledge base and the map's land cells in the background at start,
    so the first request that names an actor does not wait for them."""
    threading.Thread(target=_load_slow_resources, name="dateline-warm-up", daemon=True).start()
    yield


def _load_slow_resources() -> None:
    from dateline.web.svg import world_plot

    world_plot(None, None)
    try:
        from dateline.resolve import ActorKB

        ActorKB.load()
    except Exception:  # noqa: BLE001 - only a warm-up: the request path reports real errors
        pass


def validation_message(exc: RequestValidationError) -> str:
    """One readable line per invalid parameter: where, what is wrong."""
    lines = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path"))
        lines.append(f"{where or 'request'}: {error.get('msg', 'invalid value')}")
    return "; ".join(lines) or "invalid request"

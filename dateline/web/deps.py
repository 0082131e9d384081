"""Per-request access to the store: a read-only connection opened for the request and
closed after it, so the server never writes and never shares a connection across threads;
each request reads one snapshot."""

from __future__ import annotations

from collections.abc import Iterator

from starlette.requests import Request

from dateline.store import Store


def get_store(request: Request) -> Iterator[Store]:
    store = Store(request.app.state.db_path, readonly=True)
    try:
        # One snapshot per request: a page never mixes happenings from before and after a
        # run that commits while it is being built.
        with store.snapshot():
            yield store
    finally:
        store.close()

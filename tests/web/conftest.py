"""Fixtures for the web tests: a small real store and a live server over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_helpers import build_store, serve


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("web") / "web.db"
    ids = build_store(path)
    return path, ids


@pytest.fixture(scope="module")
def live(web_db: tuple[Path, dict[str, str]]) -> Iterator[tuple[httpx.Client, dict[str, str]]]:
    path, ids = web_db
    with serve(path) as base_url, httpx.Client(base_url=base_url, timeout=10) as client:
        yield client, ids

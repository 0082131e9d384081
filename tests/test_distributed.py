"""Analysis on a local Dask cluster gives what a local run gives (slow: opt-in, `pytest -m slow`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.export import export_text
from dateline.pipeline import run
from dateline.store import Store

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


@pytest.mark.slow
def test_dask_run_matches_local_run(tmp_path):
    with Store(tmp_path / "local.db") as local, Store(tmp_path / "dask.db") as dask:
        run([str(ARTICLES)], local)
        summary = run([str(ARTICLES)], dask, workers=1)
        assert summary.analysed == 5
        a, b = json.loads(export_text(local)), json.loads(export_text(dask))
        assert [h["id"] for h in a["happenings"]] == [h["id"] for h in b["happenings"]]
        assert [e["id"] for e in a["events"]] == [e["id"] for e in b["events"]]

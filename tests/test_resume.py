"""A run killed in the middle leaves the store consistent; running again finishes the job."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from dateline.ingest import ingest
from dateline.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import write_corpus  # noqa: E402


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_killed_ingest_resumes_without_duplicates(tmp_path):
    folder = tmp_path / "articles"
    write_corpus(folder, 400, "text")
    db = tmp_path / "d.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", "ingest", str(folder), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    while stored(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = stored(db)
    assert 0 < before < 400, f"the kill came too late to test anything ({before} stored)"

    with Store(db) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        summary = ingest([str(folder)], store)
        assert summary.known == before
        assert summary.new == 400 - before
        assert store.count_articles() == 400
        fts = store.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == 400


def test_killed_analysis_resumes(tmp_path):
    """Analysis saves one article per transaction: a second run analyses only what is left."""
    from dateline.pipeline import analyse_store

    folder = tmp_path / "articles"
    write_corpus(folder, 6, "text")
    with Store(tmp_path / "d.db") as store:
        ingest([str(folder)], store)
        seen: list[str] = []

        class Killed(Exception):
            pass

        def stop_after_three(article_id: str) -> None:
            seen.append(article_id)
            if len(seen) == 3:
                raise Killed

        try:
            analyse_store(store, on_article=stop_after_three)
        except Killed:
            pass
        assert len(store.unanalysed_article_ids()) == 3
        analysed, _ = analyse_store(store)
        assert analysed == 3 and store.unanalysed_article_ids() == []

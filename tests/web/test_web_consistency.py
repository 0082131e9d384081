"""A server reading the store while a run writes it never sees a half-written happening."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import httpx
from web_helpers import serve

from dateline.link import compute_linking
from dateline.pipeline import run
from dateline.store import Store

ARTICLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def test_readers_see_one_linking_or_the_next_never_a_mix(tmp_path):
    db = tmp_path / "busy.db"
    with Store(db) as store:
        run([str(ARTICLES)], store)
        first = compute_linking(store)
    quoted = {h for h in first.quote_happenings.values() if h}
    assert quoted  # the samples carry quotes said at happenings
    # A second result that differs in every table a page reads: other labels, no quotes.
    second = dataclasses.replace(first, quote_happenings={},
                                 happenings=[dataclasses.replace(h, label=h.label + " (second)") for h in first.happenings])
    ids = [h.id for h in first.happenings]
    stop = threading.Event()
    writes = 0

    def writer() -> None:
        nonlocal writes
        with Store(db) as store:
            while not stop.is_set():
                (second if writes % 2 else first).save(store)
                writes += 1

    problems: list[str] = []
    thread = threading.Thread(target=writer, daemon=True)
    with serve(db) as base, httpx.Client(base_url=base, timeout=20) as client:
        thread.start()
        try:
            for _round in range(3):
                for happening_id in ids:
                    response = client.get(f"/api/happenings/{happening_id}")
                    assert response.status_code == 200, response.text
                    detail = response.json()
                    later = detail["label"].endswith("(second)")
                    if later and detail["quotes"]:
                        problems.append(f"{happening_id}: counts of the second result, quotes of the first")
                    if not later and happening_id in quoted and not detail["quotes"]:
                        problems.append(f"{happening_id}: counts of the first result, quotes of the second")
                    if not detail["sources"] or not detail["participants"]:
                        problems.append(f"{happening_id}: no sources or participants")
        finally:
            stop.set()
            thread.join(timeout=30)
    assert writes > 10  # the reader really raced a writer
    assert not problems, problems[:5]


def test_one_request_reads_one_snapshot_while_a_writer_commits(tmp_path):
    """The deterministic form of the race above: a commit between two reads of one request."""
    from dateline.web.deps import get_store

    db = tmp_path / "x.db"
    with Store(db) as store:
        run([str(ARTICLES)], store)
        first = compute_linking(store)
    quoted = next(h for h in first.quote_happenings.values() if h)
    second = dataclasses.replace(first, quote_happenings={})

    class App:  # what get_store reads of the request
        class state:
            db_path = str(db)

    class Request:
        app = App

    requests = get_store(Request())
    reader = next(requests)
    assert reader.happening_row(quoted) is not None
    with Store(db) as writer:
        second.save(writer)  # commits while the request is half-way
    assert reader.quotes(happening_id=quoted)  # still the quotes of the snapshot it started on
    requests.close()
    with Store(db, readonly=True) as fresh:
        assert not fresh.quotes(happening_id=quoted)  # a new request sees the new result

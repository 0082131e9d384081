"""Issue 14 on the web side: CSV cells a spreadsheet would run, long words, bidi controls,
impossible dates; on stores built here from generated inputs, over a live server on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json

import httpx
from web_helpers import serve

from dateline.cli import main
from dateline.export import csv_cell, export_text
from dateline.pipeline import run
from dateline.store import Store

FORMULAS = ["=HYPERLINK(\"http://127.0.0.1/x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path):
    assert [csv_cell(v) for v in FORMULAS] == ["'" + v for v in FORMULAS]
    assert [csv_cell(v) for v in ("plain", 5, -3, None, "")] == ["plain", 5, -3, "", ""]  # an empty cell for None
    lines = [json.dumps({"text": f"{formula} The minister met the envoy in Paris on Monday. " * 3,
                         "title": formula, "outlet": formula, "url": f"https://news.example/{n}"})
             for n, formula in enumerate(FORMULAS[:4])]
    (tmp_path / "f.jsonl").write_text("\n".join(lines) + "\n")
    db = tmp_path / "f.db"
    with Store(db) as store:
        run([str(tmp_path / "f.jsonl")], store)
        text = export_text(store, "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 5
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert sum(c.startswith("'=HYPERLINK") for c in cells) >= 2

    # the same export over HTTP

    with serve(db) as base, httpx.Client(base_url=base) as client:
        answer = client.get("/api/export.csv")
        assert answer.status_code == 200 and answer.text == text




def test_pages_wrap_long_words_hide_bidi_controls_and_refuse_impossible_dates(tmp_path, capfd):
    body = ("The minister met the envoy in Paris on Monday. " * 3 + "x" * 20000 +
            " Evil \u202egnp.exe\u202c text \u2066isolated\u2069 here.")
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": body, "title": "Title \u202eevil",
                                                  "url": "https://news.example/a"}) + "\n")
    db = tmp_path / "w.db"
    with Store(db) as store:
        run([str(tmp_path / "a.jsonl")], store)
        [article_id] = [a.id for a in store.iter_articles()]
    with serve(db) as base, httpx.Client(base_url=base) as client:
        for path in ("/", f"/articles/{article_id}", "/articles", "/search?q=evil", "/actors"):
            page = client.get(path)
            assert page.status_code == 200, path
            assert not any(ch in page.text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), path
        css = client.get("/static/style.css").text
        assert "overflow-wrap: anywhere" in css
        for path in ("/api/happenings?since=2017-13-45", "/?since=2017-13-45", "/api/articles?until=2019-02-30"):
            answer = client.get(path)
            assert answer.status_code == 422, path
        assert client.get("/api/happenings?since=2017-12-31").status_code == 200
    assert main(["timeline", "--from", "2017-13-45", "--db", str(db)]) == 2
    assert "'2017-13-45' is not a date" in capfd.readouterr().err



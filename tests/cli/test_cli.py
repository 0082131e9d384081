"""The command line over a real database: every command, its output and its errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dateline.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
ARTICLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "cli.db"
    bad = path.parent / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    assert main(["run", str(ARTICLES), str(bad), "--db", str(path)]) == 0
    return str(path)


def out(capsys, *args) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_run_summary_counts_and_rerun_is_idempotent(db, capsys):
    text = out(capsys, "ingest", str(ARTICLES), "--db", db)
    assert "read 5, new 0, already known 5, rejected 0" in text


def test_rejects_name_the_input_and_the_reason(db, capsys):
    lines = out(capsys, "rejects", "--db", db).splitlines()
    assert any("empty.txt" in line and "empty" in line.lower() for line in lines)
    assert any("binary.txt" in line and "binary" in line.lower() for line in lines)


def test_articles_lists_and_filters(db, capsys):
    listed = json.loads(out(capsys, "articles", "--json", "--db", db))
    assert len(listed) == 5
    dated = json.loads(out(capsys, "articles", "--json", "--from", "2025-01-01", "--db", db))
    assert [a["published"] for a in dated] == ["2025-07-14"]


def test_articles_take_the_same_filter_as_timeline_and_export(db, capsys):
    # one Filter from the command line to the store: a bad value is refused, naming the option
    assert main(["articles", "--from", "2025-13-01", "--db", db]) == 2
    assert "from" in capsys.readouterr().err
    english = json.loads(out(capsys, "articles", "--json", "--language", "en", "--db", db))
    assert len(english) == 5


def test_show_article_prints_body_and_removed_clutter(db, capsys):
    text = out(capsys, "show", "004", "--db", db)
    assert "published: 2025-07-14" in text
    assert "--- removed" in text and "min read" in text


def test_search_finds_a_phrase(db, capsys):
    text = out(capsys, "search", '"most strategically valuable"', "--db", db)
    assert "China hails" in text


def test_timeline_filters_to_a_pair(db, capsys):
    rows = json.loads(out(capsys, "timeline", "--actor", "Lavrov", "--actor", "Wang Yi", "--json", "--db", db))
    assert rows and all({"Sergey Lavrov", "Wang Yi"} <= {p["name"] for p in r["participants"]} for r in rows)
    table = out(capsys, "timeline", "--actor", "Sergei Lavrov", "--db", db)
    assert "Manila (PH)" in table


def test_show_happening_lists_sources_with_evidence(db, capsys):
    rows = json.loads(out(capsys, "timeline", "--actor", "Lavrov", "--json", "--db", db))
    manila = next(r for r in rows if r["place"] and r["place"]["name"] == "Manila")
    text = out(capsys, "show", "happening", manila["id"], "--db", db)
    assert "sources (2)" in text and "Manila" in text


def test_export_formats(db, capsys, tmp_path):
    data = json.loads(out(capsys, "export", "--format", "json", "--db", db))
    assert {"articles", "happenings", "events", "quotes"} <= set(data)
    article = data["articles"][0]
    assert {"id", "source", "title", "outlet", "published", "language", "body", "happening"} <= set(article)
    lines = out(capsys, "export", "--format", "jsonl", "--db", db).splitlines()
    assert {json.loads(line)["record"] for line in lines} >= {"article", "happening", "event", "quote"}
    target = tmp_path / "a.csv"
    out(capsys, "export", "--format", "csv", "-o", str(target), "--db", db)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 5 and rows[0]["id"]


def test_eval_prints_metrics(db, capsys):
    text = out(capsys, "eval", "--gold", str(ROOT / "examples" / "gold" / "seeds.json"), "--db", db)
    assert "happenings.matched" in text and "quotes.found" in text


def test_errors_are_clear(tmp_path, capsys):
    assert main(["articles", "--db", str(tmp_path / "none.db")]) == 2
    assert "no database" in capsys.readouterr().err
    db = tmp_path / "e.db"
    main(["ingest", str(ARTICLES / "000_ca860333cc2b05ea.txt"), "--db", str(db)])
    capsys.readouterr()
    assert main(["show", "happening", "nope", "--db", str(db)]) == 2
    assert "no happening" in capsys.readouterr().err
    assert main(["eval", "--gold", str(tmp_path / "missing.json"), "--db", str(db)]) == 2


def test_countries_find_the_meetings_of_their_people(db, capsys):
    rows = json.loads(out(capsys, "timeline", "--actor", "Russia", "--actor", "China", "--json", "--db", db))
    assert any({"Sergey Lavrov", "Wang Yi"} <= {p["name"] for p in r["participants"]} for r in rows)

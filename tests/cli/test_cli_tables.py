"""Flat tables, filters and errors on the command line, over the samples run for real."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.cli import main
from dateline.cli.common import Progress
from dateline.export import COLUMNS, EVENT_COLUMNS, csv_cell
from dateline.records import Article
from dateline.store import Store

ROOT = Path(__file__).resolve().parent.parent.parent
ARTICLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("tables") / "samples.db"
    assert main(["run", str(ARTICLES), "--db", str(path)]) == 0
    return str(path)


def participants(row: dict) -> str:
    return f"{row['source_name'] or ''}; {row['target_name'] or ''}"


def test_events_table_csv_as_pandas_reads_it(db, tmp_path):
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "ev.csv"
    assert main(["export", "--table", "events", "--format", "csv", "--actor", "Wang Yi", "--from", "2017-01-01",
                 "-o", str(out), "--db", db]) == 0
    frame = pandas.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame.columns) == EVENT_COLUMNS
    assert len(frame) >= 3
    assert all("Wang Yi" in f"{s}; {t}" for s, t in zip(frame["source_name"], frame["target_name"]))
    assert all(d >= "2017" for d in frame["date"])
    assert set(frame["date_basis"]) <= {"text", "reported"}
    assert all(len(c) == 3 and c.isdigit() for c in frame["cameo"] if c)  # CAMEO codes stay strings ("040")


def test_events_table_parquet_keeps_codes_as_strings(db, tmp_path):
    out = tmp_path / "ev.parquet"
    assert main(["export", "--table", "events", "--format", "parquet", "--actor", "Wang Yi", "--from", "2017-01-01",
                 "-o", str(out), "--db", db]) == 0
    table = pq.read_table(out)
    assert table.column_names == EVENT_COLUMNS
    assert str(table.schema.field("cameo").type) == "string" and str(table.schema.field("date").type) == "string"
    assert str(table.schema.field("lat").type) == "double" and str(table.schema.field("sources").type) == "int64"
    rows = table.to_pylist()
    assert rows and all("Wang Yi" in participants(r) and r["date"] >= "2017" for r in rows)
    pandas = pytest.importorskip("pandas")
    assert list(pandas.read_parquet(out).columns) == EVENT_COLUMNS


@pytest.mark.parametrize("table", ["happenings", "articles", "quotes"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_every_table_in_every_text_format(db, capsys, table, fmt):
    assert main(["export", "--table", table, "--format", fmt, "--db", db]) == 0
    text = capsys.readouterr().out
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert list(rows[0]) == COLUMNS[table]
    else:
        rows = [json.loads(line) for line in text.splitlines()]
        assert list(rows[0]) == COLUMNS[table]
    assert rows
    if table == "articles":  # untitled articles show their first sentence, never a path
        assert all(r["title"] and not r["title"].startswith("/") for r in rows)


def test_happenings_table_filters_like_the_timeline(db, capsys):
    assert main(["timeline", "--actor", "Lavrov", "--actor", "Wang Yi", "--json", "--db", db]) == 0
    shown = [h["id"] for h in json.loads(capsys.readouterr().out)]
    assert main(["export", "--table", "happenings", "--format", "jsonl", "--actor", "Lavrov", "--actor", "Wang Yi",
                 "--db", db]) == 0
    exported = [json.loads(line)["happening_id"] for line in capsys.readouterr().out.splitlines()]
    assert shown and set(shown) <= set(exported)
    assert main(["export", "--format", "json", "--actor", "Lavrov", "--actor", "Wang Yi", "--db", db]) == 0
    nested = json.loads(capsys.readouterr().out)
    assert set(nested) == {"articles", "happenings", "events", "quotes"}
    assert {h["id"] for h in nested["happenings"]} == set(exported)


@pytest.mark.parametrize(("args", "named"), [
    (["timeline", "--type", "FOO"], "valid types are AGREE, CONSULT"),
    (["timeline", "--from", "2013-13-45"], "YYYY-MM-DD"),
    (["timeline", "--country", "Atlantis"], "ISO 3166-1"),
    (["timeline", "--min-sources", "0"], "1 or more"),
    (["timeline", "--status", "done"], "past, ongoing, planned"),
    (["export", "--table", "events", "--type", "FOO"], "valid types are"),
    (["export", "--format", "parquet"], "needs --table"),
])
def test_invalid_values_exit_2_naming_the_valid_values(db, capsys, args, named):
    assert main([*args, "--db", db]) == 2
    assert named in capsys.readouterr().err


def test_run_on_a_missing_path_exits_non_zero(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nonexistent"), "--db", str(tmp_path / "x.db")]) != 0
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["ingest", str(tmp_path / "*.nothing"), "--db", str(tmp_path / "x.db")]) != 0


def test_timeline_sorts_and_counts(db, capsys):
    assert main(["timeline", "--sort", "latest", "--json", "--db", db]) == 0
    dates = [h["date"] for h in json.loads(capsys.readouterr().out) if h["date"]]
    assert dates == sorted(dates, reverse=True)
    assert main(["timeline", "--sort", "sources", "--json", "--db", db]) == 0
    sources = [h["sources"] for h in json.loads(capsys.readouterr().out)]
    assert sources == sorted(sources, reverse=True)
    assert main(["timeline", "--db", db]) == 0
    assert "happenings" in capsys.readouterr().err


def test_csv_cells_never_start_a_formula(tmp_path, capsys):
    assert [csv_cell(v) for v in ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "plain", -33.9, None)] == [
        "'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "plain", -33.9, ""]
    path = tmp_path / "evil.db"
    body = "=HYPERLINK(\"http://x\") said the minister. More text here."
    with Store(path) as store:
        store.add_article(Article(id="f" * 16, source="/srv/data/evil.txt", original=body, body=body,
                                  segments=[(0, 0, len(body))], title="=cmd|' /C calc'!A0", outlet="@outlet"))
    for args in (["export", "--table", "articles"], ["export", "--format", "csv"]):
        assert main([*args, "--db", str(path)]) == 0
        rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))[1:]
        cells = [c for row in rows for c in row]
        assert cells and not [c for c in cells if c[:1] in ("=", "+", "-", "@")]


def test_untitled_articles_are_listed_by_their_first_sentence(tmp_path, capsys):
    path = tmp_path / "untitled.db"
    body = "The ministers met in Vienna on Monday to talk about trade. Later they ate."
    with Store(path) as store:
        store.add_article(Article(id="u" * 16, source="/srv/secret/path/file.txt", original=body, body=body,
                                  segments=[(0, 0, len(body))]))
    assert main(["articles", "--db", str(path)]) == 0
    text = capsys.readouterr().out
    assert "The ministers met in Vienna" in text and "/srv/secret" not in text


def test_progress_off_a_terminal_logs_a_line_every_few_seconds():
    now = [0.0]
    stream = io.StringIO()
    progress = Progress("reading", stream, every=5, clock=lambda: now[0], tty=False)
    for _ in range(10):
        now[0] += 1
        progress.tick()
    progress.stage("analysing", 20)
    for _ in range(10):
        now[0] += 1
        progress.tick()
    lines = stream.getvalue().splitlines()
    assert "[0:00:05] reading: 5, 1.0/s" in lines
    assert any(line.startswith("[0:00:10] analysing: 20 to do") for line in lines)
    assert any("analysing: 5/20 (25%), 1.0/s, ETA 0:00:15" in line for line in lines)
    assert progress.elapsed() == "in 20.0 s"

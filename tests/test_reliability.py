"""Nothing a bad input can do: no stuck store, no hang, no silent loss (issue 14).

A corpus of bad inputs generated here (each kind with the words its rejection must say) goes
through ``dateline run`` beside the five sample articles, on both engines: every bad input is
rejected and named, the good articles are stored once and analysed, a second run changes
nothing and exits 0, and the two engines export the same bytes.
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import time
from pathlib import Path

import pytest

from dateline.analyse import Resources, analyse_articles, parse, split_text
from dateline.cli import main
from dateline.export import export_text
from dateline.pipeline import run
from dateline.read import ReadOptions
from dateline.records import Article
from dateline.run_options import RunOptions
from dateline.store import Store

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
SAMPLES = sorted(ARTICLES.glob("*.txt"))
BIG_CHARS = 1_050_000  # over spaCy's max_length and the analysis limit


def big_text(chars: int = BIG_CHARS) -> str:
    paragraph = "The minister met the envoy in the capital and they discussed trade. " * 75 + "\n\n"
    return (paragraph * (chars // len(paragraph) + 1))[:chars]


def make_bad_inputs(folder: Path) -> dict[str, str]:
    """Bad inputs of many kinds in ``folder``: {file name: words its rejection must hold}."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def put(name: str, data: bytes | str, reason: str) -> None:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expect[name] = reason

    os.mkfifo(folder / "fifo.txt")
    expect["fifo.txt"] = "named pipe (FIFO), not a regular file"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "socket.txt"))
    server.close()
    expect["socket.txt"] = "a socket, not a regular file"
    os.symlink("/dev/zero", folder / "zero.txt")
    expect["zero.txt"] = "a character device, not a regular file"
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    expect["dangling.txt"] = "cannot open file: No such file"
    os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")
    expect["loop-a.txt"] = expect["loop-b.txt"] = "cannot open file: Too many levels of symbolic links"
    put("empty.txt", b"", "empty file")
    put("blank.html", b"   \n\n  ", "")  # whatever the reason, rejected
    put("binary.dat", bytes(range(256)) * 40, "")
    put("truncated.txt.gz", gzip.compress(b"The minister met the envoy. " * 200)[:60], "truncated or corrupt gzip")
    put("not-gzip.txt.gz", b"plain text pretending to be gzip", "")
    put("oversize.txt", "x " * (1 << 20), "larger than")  # over the 1.5 MiB cap these tests set
    put("bad.json", '{"text": "unterminated', "invalid JSON")
    put("empty-array.json", "[]", "JSON array is empty")
    put("number.json", "42", "expected an object")
    put("bad.jsonl", '{"text": "ok line with enough words to clean? no"\n', "invalid JSON")
    put("no-text.jsonl", '{"title": "no body here", "url": 7}\n', "no text or html")
    put("latin1.jsonl", b'{"text": "caf\xe9 au lait"}\n', "not valid UTF-8")
    put("list-line.jsonl", "[1, 2, 3]\n", "expected an object")
    put("only-blank.jsonl", "\n\n\n", "no JSON records")
    put("not-a-feed.xml", '<?xml version="1.0"?><catalog><book/></catalog>', "not an RSS or Atom feed")
    put("broken.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nshort", "")
    put("bad.urls", "not a url\nftp//broken\n", "")
    put("nul.txt", b"\x00" * 5000, "")
    put("bom-only.txt", b"\xef\xbb\xbf", "")
    put("utf16-garbage.txt", b"\xff\xfe" + bytes(range(1, 200)), "")
    return expect


def rejected_by_name(store: Store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for rejection in store.rejects():
        out.setdefault(Path(rejection.source.split(":")[0].split("#")[0]).name, []).append(rejection.reason)
    return out


OPTIONS = ReadOptions(max_bytes=3 << 19, retries=0, timeout=2)  # 1.5 MiB


@pytest.fixture(scope="module")
def cluster():
    from dateline.distributed import local_cluster

    with local_cluster(2) as running:
        yield running.scheduler_address


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("corpus") / "in"
    expect = make_bad_inputs(folder)
    for sample in SAMPLES:
        (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "big.txt").write_text(big_text(), encoding="utf-8")  # stored, its analysis rejected
    expect["big.txt"] = "stored but not analysed: too long to analyse"
    return folder, expect


def check_corpus_run(store: Store, expect: dict[str, str]) -> None:
    rejected = rejected_by_name(store)
    for name, words in expect.items():
        assert name in rejected, f"{name} was not rejected (rejections: {sorted(rejected)})"
        assert any(words in reason for reason in rejected[name]), (name, rejected[name])
    assert store.count_articles() == len(SAMPLES) + 1, "a bad input became an article"
    statuses = [r[0] for r in store.db.execute("SELECT status FROM analyses")]
    assert statuses.count("done") == len(SAMPLES)
    assert store.db.execute("SELECT count(*) FROM event_mentions").fetchone()[0] > 0


def test_a_corpus_of_bad_inputs_is_rejected_input_by_input_and_the_rest_analysed(tmp_path, bad_corpus):
    folder, expect = bad_corpus
    assert len(expect) >= 25
    started = time.monotonic()
    with Store(tmp_path / "local.db") as store:
        summary = run([str(folder)], store, RunOptions(read=OPTIONS))
        assert summary.ingest.new == len(SAMPLES) + 1
        check_corpus_run(store, expect)
        first = export_text(store, "jsonl")
        again = run([str(folder)], store, RunOptions(read=OPTIONS))
        assert (again.ingest.new, again.analysed) == (0, 0)
        assert export_text(store, "jsonl") == first, "a second run changed what is stored"
        assert store.count_articles() == len(SAMPLES) + 1
    assert time.monotonic() - started < 60


@pytest.mark.slow  # long: run with -m slow
def test_the_dask_engine_rejects_the_same_and_exports_the_same_bytes(tmp_path, bad_corpus, cluster):
    folder, expect = bad_corpus
    with Store(tmp_path / "local.db") as local, Store(tmp_path / "dask.db") as dask:
        run([str(folder)], local, RunOptions(read=OPTIONS))
        started = time.monotonic()
        summary = run([str(folder)], dask, RunOptions(engine="dask", scheduler=cluster, read=OPTIONS))
        assert time.monotonic() - started < 90
        assert summary.ingest.new == len(SAMPLES) + 1
        check_corpus_run(dask, expect)
        rejected = rejected_by_name(dask)
        for name, words in expect.items():
            assert any(words in reason for reason in rejected.get(name, [])), (name, rejected.get(name))
        assert export_text(dask, "jsonl") == export_text(local, "jsonl")
        assert export_text(dask, "csv") == export_text(local, "csv")
        again = run([str(folder)], dask, RunOptions(engine="dask", scheduler=cluster, read=OPTIONS))
        assert (again.ingest.new, again.analysed) == (0, 0)  # the big article's shard is done, not retried
        assert export_text(dask, "jsonl") == export_text(local, "jsonl")


# ---------------------------------------------------------------- 1: a huge article


def test_an_article_over_the_limit_is_stored_rejected_by_name_and_never_stops_a_later_run(tmp_path, capfd):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text(big_text(), encoding="utf-8")
    for sample in SAMPLES:
        (folder / sample.name).write_bytes(sample.read_bytes())
    db = str(tmp_path / "p.db")
    assert main(["run", str(folder), "--db", db]) == 0
    captured = capfd.readouterr()
    assert "big.txt" in captured.err and "too long to analyse" in captured.err
    assert "analysed 5 (skipped 1)" in captured.out
    assert main(["run", *map(str, SAMPLES), "--db", db]) == 0  # the store is not stuck
    with Store(db) as store:
        assert store.count_articles() == 6
        assert store.unanalysed_article_ids() == []
        [reason] = [r.reason for r in store.rejects() if r.source.endswith("big.txt")]
        assert "stored but not analysed: too long to analyse: 1,04" in reason


def test_a_long_body_is_parsed_in_pieces_with_the_same_text_and_offsets(monkeypatch):
    import dateline.analyse as analyse

    body = "".join(f"Sergey Lavrov met Wang Yi in Beijing on Monday, meeting {i}.\n\n" for i in range(400))
    pieces = split_text(body, 2000)
    assert "".join(pieces) == body and all(len(p) <= 2000 for p in pieces) and len(pieces) > 5
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # cut at paragraph ends
    word = "x" * 5000
    assert "".join(split_text(word, 2000)) == word  # one enormous word: cut at the limit
    nlp = analyse.load_nlp()
    monkeypatch.setattr(analyse, "PIECE_CHARS", 2000)
    doc = parse(nlp, body)
    assert doc.text == body
    whole = nlp(body)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    article = Article("a1", "a.txt", body, body, [(0, len(body), 0)], language="en", published="2024-05-06")
    [analysis] = analyse_articles([article], Resources.load())
    assert analysis.status == "done" and analysis.events
    assert all(body[e.start:e.end] == e.text for e in analysis.events if e.text and e.start is not None)


def test_a_failure_in_one_article_is_that_articles_rejection(tmp_path, monkeypatch):
    import dateline.analyse as analyse

    real = analyse.analyse_doc

    def fragile(doc, article, resources, **options):
        if "Lavrov" in article.body:
            raise RuntimeError("boom")
        return real(doc, article, resources, **options)

    monkeypatch.setattr(analyse, "analyse_doc", fragile)
    with Store(tmp_path / "x.db") as store:
        summary = run([str(ARTICLES)], store)
        failed = [r for r in store.rejects() if "not analysed" in r.reason]
        assert summary.skipped == len(failed) >= 1 and summary.analysed == 5 - len(failed)
        assert all("RuntimeError: boom" in r.reason and r.source.endswith(".txt") for r in failed)
        assert run([str(ARTICLES)], store).analysed == 0  # not tried again


# ---------------------------------------------------------------- 2: a FIFO


def test_a_fifo_is_rejected_within_a_second(tmp_path, capfd):
    folder = tmp_path / "q"
    folder.mkdir()
    os.mkfifo(folder / "a.txt")
    for sample in SAMPLES:
        (folder / sample.name).write_bytes(sample.read_bytes())
    started = time.monotonic()
    assert main(["ingest", str(folder), "--db", str(tmp_path / "q.db")]) == 0
    assert time.monotonic() - started < 5  # the FIFO itself: at once (a second for the whole batch's reading)
    captured = capfd.readouterr()
    assert "a.txt: a named pipe (FIFO), not a regular file" in captured.err
    assert "new 5" in captured.out


# ---------------------------------------------------------------- 3: load


@pytest.fixture(scope="module")
def parts_template(tmp_path_factory, cluster) -> Path:
    parts = tmp_path_factory.mktemp("parts") / "parts"
    run([str(ARTICLES)], None, RunOptions(engine="dask", scheduler=cluster, out=str(parts)))
    return parts


def _copy(template: Path, to: Path) -> Path:
    import shutil

    shutil.copytree(template, to)
    return to


def _manifest(parts: Path) -> Path:
    [path] = list((parts / "shards").glob("*.json"))
    return path


def _break_missing(parts: Path) -> str:
    for table in ("articles", "analyses"):
        for path in (parts / table).glob("*.parquet"):
            path.unlink()
    return "missing"


def _break_truncated(parts: Path) -> str:
    [path] = list((parts / "articles").glob("*.parquet"))
    path.write_bytes(path.read_bytes()[:200])
    return "not a readable Parquet file"


def _break_list(parts: Path) -> str:
    _manifest(parts).write_text("[1, 2]")
    return "a JSON list: expected an object"


def _break_inputs(parts: Path) -> str:
    path = _manifest(parts)
    manifest = json.loads(path.read_text())
    path.write_text(json.dumps({**manifest, "inputs": 5}))
    return "'inputs' is 5: expected a list of strings"


def _break_json(parts: Path) -> str:
    _manifest(parts).write_text('{"id": ')
    return "not a JSON shard manifest"


def _break_counts(parts: Path) -> str:
    path = _manifest(parts)
    manifest = json.loads(path.read_text())
    path.write_text(json.dumps({**manifest, "articles": 9}))
    return "but its manifest says 9"


def _break_null_ids(parts: Path) -> str:
    import pyarrow.parquet as pq

    [path] = list((parts / "articles").glob("*.parquet"))
    table = pq.read_table(path)
    ids = table.column("id").to_pylist()
    ids[0] = None
    import pyarrow as pa

    table = table.set_column(table.schema.get_field_index("id"), "id", pa.array(ids, pa.string()))
    pq.write_table(table, path)
    return "1 rows with no id"


@pytest.mark.parametrize("breaker", [_break_missing, _break_truncated, _break_list, _break_inputs, _break_json,
                                     _break_counts, _break_null_ids])
def test_load_refuses_bad_parts_with_the_reason_and_marks_nothing_done(tmp_path, parts_template, breaker, capfd):
    parts = _copy(parts_template, tmp_path / "parts")
    words = breaker(parts)
    db = tmp_path / "l.db"
    assert main(["load", str(parts), "--db", str(db)]) == 1
    captured = capfd.readouterr()
    assert words in captured.err and "not loaded" in captured.err
    assert "1 shards refused" in captured.out
    with Store(db) as store:
        assert store.db.execute("SELECT count(*) FROM shards").fetchone()[0] == 0
        assert store.count_articles() == 0
        assert not any(store.input_done(str(p), "x") for p in SAMPLES)


def test_load_of_good_parts_still_works_and_twice_adds_nothing(tmp_path, parts_template):
    parts = _copy(parts_template, tmp_path / "parts")
    db = str(tmp_path / "l.db")
    assert main(["load", str(parts), "--db", db]) == 0
    assert main(["load", str(parts), "--db", db]) == 0
    with Store(db) as store:
        assert store.count_articles() == 5


# ---------------------------------------------------------------- 4: YAML


def alias_bomb(levels: int = 12) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, levels)]
    return "\n".join([*lines, f"people: [{{name: Bomb, aliases: *a{levels - 1}}}]"]) + "\n"


BAD_ACTOR_FILES = [
    ("bomb.yaml", alias_bomb(), "expands to more than"),
    ("roles.yaml", "roles: 5\n", "'roles' is 5: expected a mapping"),
    ("cues.yaml", "cues: 7\n", "'cues' is 7: expected a mapping"),
    ("date.yaml", "people:\n  - name: X\n    roles: [[foreign_minister, CN, 2013-13-45, ~]]\n",
     "person 1 (X), role 1: start '2013-13-45' is not a date"),
    ("noname.yaml", "people:\n  - nat: CN\n", "person 1: needs a non-empty 'name'"),
    ("emptyname.yaml", "people:\n  - {id: x, name: ''}\n", "needs a non-empty 'name'"),
    ("rolekey.yaml", "people:\n  - name: Z\n    roles: [{key: x, strat: 2020}]\n", "unknown key 'strat' (did you mean 'start'?)"),
    ("personkey.yaml", "people:\n  - {name: Z, rolez: []}\n", "unknown key 'rolez'"),
    ("empty.yaml", "", "has no entries"),
    ("list.yaml", "- a\n- b\n", "holds a list"),
    ("invalid.yaml", "people: [unclosed\n", "not valid YAML"),
    ("latin1.yaml", "people:\n  - name: Jos\xe9\n".encode("latin-1"), "not UTF-8 text"),
    ("deep.yaml", "cues: {x: " + "[" * 200 + "]" * 200 + "}\n", "nested"),
    ("recursive.yaml", "cues: {x: &a [*a]}\n", "refers to its own anchor"),
    ("people5.yaml", "people: 5\n", "'people' is 5: expected a list"),
    ("role-shape.yaml", "people:\n  - name: Z\n    roles: [7]\n", "role 1 is 7"),
    ("backwards.yaml", "people:\n  - name: Z\n    roles: [[x, CN, 2020, 2019]]\n", "ends (2019) before it starts"),
    ("country.yaml", "countries: [{code: XYZ}]\n", "two-letter 'code'"),
]


@pytest.mark.parametrize(("name", "content", "words"), BAD_ACTOR_FILES, ids=[c[0] for c in BAD_ACTOR_FILES])
def test_a_bad_actors_file_is_a_message_naming_file_and_entry(tmp_path, capfd, name, content, words):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    started = time.monotonic()
    assert main(["run", str(SAMPLES[0]), "--actors", str(path), "--db", str(tmp_path / "x.db")]) == 2
    assert time.monotonic() - started < 10
    err = capfd.readouterr().err
    assert f"actor file {path}" in err and words in err and "Traceback" not in err
    assert not (tmp_path / "x.db").exists() or Store(tmp_path / "x.db").count_articles() == 0


def test_a_utf16_actors_file_is_read(tmp_path):
    from dateline.resolve.kb import ActorKB

    path = tmp_path / "utf16.yaml"
    path.write_bytes("people:\n  - {id: jo-rae, name: Jo Rae, nat: NZ}\n".encode("utf-16"))
    assert ActorKB.load(extra=[path]).lookup("Jo Rae").id == "jo-rae"


def test_an_actors_fifo_is_refused_at_once(tmp_path, capfd):
    os.mkfifo(tmp_path / "actors.yaml")
    assert main(["run", str(SAMPLES[0]), "--actors", str(tmp_path / "actors.yaml"),
                 "--db", str(tmp_path / "x.db")]) == 2
    assert "not a regular file" in capfd.readouterr().err


# ---------------------------------------------------------------- 7: lookups, sources


def test_an_internationalised_domain_name_is_never_looked_up(tmp_path, refused_lookups):
    from dateline.read import ReadOptions, iter_documents

    before = len(refused_lookups)
    (tmp_path / "list.urls").write_text("https://bücher.example/artikel\nhttps://xn--bcher-kva.example/a\n")
    items = list(iter_documents([str(tmp_path / "list.urls")], ReadOptions(retries=0, timeout=2)))
    assert len(items) == 2 and all(not hasattr(i, "content") for i in items)
    assert len(refused_lookups) > before  # asked, and refused by the guard: no query left this machine


def test_json_lines_url_that_is_not_an_address_is_not_a_source(tmp_path):
    (tmp_path / "u.jsonl").write_text(json.dumps({"text": "The minister met the envoy in Paris on Monday. " * 3,
                                                  "url": 7}) + "\n")
    with Store(tmp_path / "u.db") as store:
        run([str(tmp_path / "u.jsonl")], store)
        [article] = list(store.iter_articles())
        assert article.url is None and article.source.endswith("u.jsonl#line-1")

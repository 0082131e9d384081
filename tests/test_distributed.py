"""The Dask engine on a real LocalCluster: same happenings as the local engine, incremental
runs, re-runs that change nothing, Parquet parts, and syndicated copies grouped."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from dateline.export import export_text
from dateline.pipeline import load_parts, run
from dateline.run_options import RunOptions
from dateline.store import Store

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "examples" / "articles"
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    from dateline.distributed import local_cluster

    with local_cluster(2) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A few hundred generated articles, some reprinted by a second outlet with other clutter."""
    folder = tmp_path_factory.mktemp("generated")
    paths = write_corpus(folder / "a", 180, "text", seed=3)
    copies = folder / "b"
    copies.mkdir()
    for path in paths[:20]:
        lines = path.read_text(encoding="utf-8").split("\n\n")
        # The same story under another outlet's furniture: new clutter, no repeated title at the foot.
        reprint = ["Breaking: the latest from our partners", *lines[:-5], "Comments (3)", "Sign up for our newsletter"]
        (copies / f"copy-{path.name}").write_text("\n\n".join(reprint), encoding="utf-8")
    return folder


def happenings_of(store: Store) -> list[tuple]:
    """What a happening is, independent of storage order: id, date, place, who, which articles, sources."""
    document = json.loads(export_text(store))
    return sorted(
        (h["id"], h["type"], h["date"], (h["place"] or {}).get("name"),
         tuple(sorted(p["id"] for p in h["participants"])), tuple(h["articles"]), h["sources"])
        for h in document["happenings"]
    )


def events_of(store: Store) -> list[tuple]:
    document = json.loads(export_text(store))
    return sorted((e["id"], e["type"], e["happening"]) for e in document["events"])


def test_both_engines_give_the_same_happenings_on_the_samples(tmp_path, cluster):
    with Store(tmp_path / "local.db") as local, Store(tmp_path / "dask.db") as dask:
        run([str(ARTICLES)], local)
        summary = run([str(ARTICLES)], dask, RunOptions(engine="dask", scheduler=cluster))
        assert (summary.analysed, summary.ingest.new, summary.shards) == (5, 5, 1)
        assert happenings_of(local) == happenings_of(dask)
        assert events_of(local) == events_of(dask)
        manila = [h for h in happenings_of(dask) if h[2] == "2017-08-06" and h[3] == "Manila"]
        assert len(manila) == 1 and len(manila[0][5]) == 2  # two outlets, one happening


@pytest.mark.slow  # long: run with -m slow
def test_a_shard_bigger_than_a_chunk_goes_through_parts_on_disk_and_gives_the_same(tmp_path, cluster):
    with Store(tmp_path / "local.db") as local, Store(tmp_path / "dask.db") as dask:
        run([str(ARTICLES)], local)
        summary = run([str(ARTICLES)], dask, RunOptions(engine="dask", scheduler=cluster, chunk=2))  # 3 chunks, spooled
        assert (summary.ingest.new, summary.analysed, summary.shards) == (5, 5, 1)
        assert happenings_of(local) == happenings_of(dask)
        assert events_of(local) == events_of(dask)
    assert not list(tmp_path.glob(".dateline-spool-*"))  # the spool is gone after the run


@pytest.mark.slow  # 14-42 s: opt in with -m slow
def test_both_engines_agree_on_a_generated_corpus_and_copies_are_grouped(tmp_path, cluster, corpus):
    with Store(tmp_path / "local.db") as local, Store(tmp_path / "dask.db") as dask:
        run([str(corpus)], local)
        summary = run([str(corpus)], dask, RunOptions(engine="dask", scheduler=cluster, group=40))
        # 200 single files in shards of 40: 5 shards, too few for 2 workers, each cut in two;
        # the last two (one a worker) cut again into parts of no fewer than 8 files
        assert summary.ingest.new == 200 and summary.shards == 12
        assert happenings_of(local) == happenings_of(dask)
        assert events_of(local) == events_of(dask)

        exported = json.loads(export_text(dask))
        by_source = {Path(a["source"]).name: a for a in exported["articles"]}
        copied = [a for a in exported["articles"] if a["copy_of"]]
        assert len(copied) == 20
        for article in copied:
            original = by_source[Path(article["source"]).name.removeprefix("copy-")]
            assert article["copy_of"] == original["id"]
            assert article["id"] in original["copies"]
            # The reprint reports the same happening, and adds no independent source to it.
            happening = next(h for h in exported["happenings"] if h["id"] == original["happening"])
            assert article["id"] in happening["articles"]
            assert happening["sources"] == 1


def test_an_incremental_run_joins_new_reports_to_known_happenings(tmp_path, cluster):
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    names = sorted(p.name for p in ARTICLES.iterdir())
    held_back = names[2]  # the second report of the Manila meeting (the first is names[0])
    for name in names:
        shutil.copy(ARTICLES / name, (later if name == held_back else first) / name)
    with Store(tmp_path / "inc.db") as store, Store(tmp_path / "once.db") as once:
        run([str(first)], store, RunOptions(engine="dask", scheduler=cluster))
        before = happenings_of(store)
        # Alone, the first report says only "on Sunday", with no publication date to pin it.
        manila = [h for h in before if h[3] == "Manila"]
        assert len(manila) == 1 and len(manila[0][5]) == 1 and manila[0][2] is None

        summary = run([str(first), str(later)], store, RunOptions(engine="dask", scheduler=cluster))
        assert (summary.skipped_inputs, summary.ingest.new, summary.analysed) == (4, 1, 1)  # only the new file
        after = happenings_of(store)
        manila = [h for h in after if h[3] == "Manila"]
        assert len(manila) == 1 and len(manila[0][5]) == 2 and manila[0][2] == "2017-08-06"
        known = next(h for h in before if h[3] == "Manila")
        assert set(known[5]) < set(manila[0][5])  # the known happening gained the new source

        run([str(ARTICLES)], once)  # one local run over everything gives the same
        assert after == happenings_of(once)


def test_running_a_shard_again_changes_nothing(tmp_path, cluster):
    with Store(tmp_path / "x.db") as store:
        run([str(ARTICLES)], store, RunOptions(engine="dask", scheduler=cluster))
        before = export_text(store)
        stamp = store.get_meta("linked_from")
        summary = run([str(ARTICLES)], store, RunOptions(engine="dask", scheduler=cluster))
        assert (summary.shards, summary.skipped_inputs, summary.ingest.new, summary.analysed) == (0, 5, 0, 0)
        assert export_text(store) == before
        assert store.get_meta("linked_from") == stamp
        # The local engine over the same files also adds nothing.
        summary = run([str(ARTICLES)], store)
        assert (summary.ingest.new, summary.ingest.known, summary.analysed) == (0, 5, 0)
        assert export_text(store) == before


def test_parquet_parts_load_into_the_same_happenings(tmp_path, cluster):
    parts = tmp_path / "parts"
    summary = run([str(ARTICLES)], None, RunOptions(engine="dask", scheduler=cluster, out=str(parts)))
    assert summary.ingest.new == 5 and summary.happenings == 0
    for table in ("articles", "analyses", "events", "rejects"):
        assert len(list((parts / table).glob("*.parquet"))) == 1
    again = run([str(ARTICLES)], None, RunOptions(engine="dask", scheduler=cluster, out=str(parts)))
    assert (again.shards, again.skipped_inputs) == (0, 5)  # the part exists: nothing is redone

    import pyarrow.parquet as pq

    events = pq.read_table(parts / "events").to_pylist()
    assert any(e["type"] == "CONSULT" and "Sergey Lavrov" in e["source_names"] + e["target_names"] for e in events)

    with Store(tmp_path / "loaded.db") as loaded, Store(tmp_path / "local.db") as local:
        summary = load_parts(str(parts), loaded)
        assert (summary.ingest.new, summary.analysed) == (5, 5)
        run([str(ARTICLES)], local)
        assert happenings_of(loaded) == happenings_of(local)
        assert load_parts(str(parts), loaded).ingest.new == 0  # loading twice adds nothing


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path, cluster):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "no closing brace"\n', encoding="utf-8")
    with Store(tmp_path / "x.db") as store:
        summary = run([str(ARTICLES), str(bad), str(tmp_path / "missing.warc")], store, RunOptions(engine="dask", scheduler=cluster))
        assert summary.ingest.new == 5 and summary.ingest.rejected == 2
        reasons = {Path(r.source).name.split(":")[0]: r.reason for r in store.rejects()}
        assert "no such file" in reasons["missing.warc"]
        assert "bad.jsonl" in reasons


def test_the_command_line_runs_dask_writes_parts_and_loads_them(tmp_path, cluster, capsys):
    from dateline.cli import main

    parts, db = tmp_path / "parts", tmp_path / "cli.db"
    assert main(["run", str(ARTICLES), "--engine", "dask", "--scheduler", cluster, "--out", str(parts)]) == 0
    out = capsys.readouterr().out
    assert "new 5" in out and f"dateline load {parts}" in out
    assert main(["load", str(parts), "--db", str(db)]) == 0
    assert "analysed 5" in capsys.readouterr().out
    assert main(["run", str(ARTICLES), "--scheduler", cluster, "--db", str(db)]) == 0  # --scheduler means dask
    assert "inputs already done 5" in capsys.readouterr().out
    assert main(["run", str(ARTICLES), "--engine", "local", "--workers", "2", "--db", str(db)]) == 2
    assert "add --engine dask" in capsys.readouterr().err
    assert main(["load", str(tmp_path / "nothing"), "--db", str(db)]) == 2
    assert "holds no Parquet parts" in capsys.readouterr().err


def test_a_shard_that_fails_on_a_worker_is_reported_and_retried_later(tmp_path, cluster):
    bad = tmp_path / "bad-actors.yaml"
    bad.write_text("people: [unclosed\n", encoding="utf-8")
    from dateline.distributed import run_dask

    with Store(tmp_path / "x.db") as store:
        with pytest.raises(ValueError, match="not valid YAML"):  # run() checks actor files first
            run([str(ARTICLES)], store, RunOptions(engine="dask", scheduler=cluster, actor_files=[bad]))
        summary = run_dask([str(ARTICLES)], store, RunOptions(engine="dask", scheduler=cluster, actor_files=[bad]))  # past that check
        assert summary.rejected == 5 and summary.new == 0
        reasons = [r.reason for r in store.rejects()]
        assert all("failed on a Dask worker" in r and "run again" in r for r in reasons)
        again = run([str(ARTICLES)], store, RunOptions(engine="dask", scheduler=cluster))  # not marked done: retried
        assert (again.skipped_inputs, again.ingest.new) == (0, 5)
        assert store.rejects() == []  # the failure is no longer true of them


def test_a_big_json_lines_dump_is_split_across_workers_and_gives_the_same(tmp_path, cluster):
    lines = [json.dumps({"text": p.read_text(encoding="utf-8")})
             for p in write_corpus(tmp_path / "gen", 30, "text", seed=9)]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "local.db") as local, Store(tmp_path / "dask.db") as dask:
        run([str(dump)], local)
        summary = run([str(dump)], dask, RunOptions(engine="dask", scheduler=cluster, split_bytes=dump.stat().st_size // 4))
        assert summary.shards >= 4 and summary.ingest.new == 30
        assert happenings_of(local) == happenings_of(dask)
        again = run([str(dump)], dask, RunOptions(engine="dask", scheduler=cluster, split_bytes=dump.stat().st_size // 4))
        assert (again.shards, again.skipped_inputs) == (0, 1)


def test_the_last_shards_and_too_few_shards_are_cut_finer_in_input_order():
    from dateline.distributed import balanced
    from dateline.shards import Shard

    def group(start: int, count: int) -> Shard:
        names = tuple(f"f{i:04d}.txt" for i in range(start, start + count))
        return Shard(names, tuple("1:1" for _ in names))

    shards = [group(i * 64, 64) for i in range(23)] + [group(23 * 64, 28)]  # 1500 files in shards of 64
    cut = balanced(shards, 2)
    assert [len(s.inputs) for s in cut][21:] == [64, 16, 16, 16, 16, 10, 10, 8]  # the last two in parts of 8 or more
    assert [n for s in cut for n in s.inputs] == [n for s in shards for n in s.inputs]
    assert [len(s.inputs) for s in balanced([group(0, 64)], 2)] == [8] * 8  # one shard for two workers
    assert balanced(shards, 1)[-1] == shards[-1]  # one worker waits for nobody
    assert balanced([], 2) == []


def test_local_workers_start_with_the_model_loaded():
    """The local cluster's workers are forked from a process that has loaded the model and the
    knowledge bases once: a worker holds them before its first task."""
    import multiprocessing

    from dask.distributed import Client

    from dateline.distributed import local_cluster

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no forkserver here: each worker loads for itself")

    def loaded() -> tuple[int, bool]:
        from dateline.analyse import load_nlp

        return load_nlp.cache_info().currsize, "spacy" in sys.modules

    with local_cluster(1) as local, Client(local) as client:
        assert list(client.run(loaded).values()) == [(1, True)]

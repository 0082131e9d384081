"""Shards through the per-article stages in this process: chunks, Parquet parts, the writer's side."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from dateline.corpus import process_shard, process_shard_chunks, save_shard
from dateline.export import export_text
from dateline.link import link_store
from dateline.parquet import iter_manifests, load, write_parts
from dateline.pipeline import run
from dateline.shards import plan_shards
from dateline.store import Store

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def happenings_of(store: Store) -> list[tuple]:
    return sorted((h["id"], h["date"], tuple(h["articles"]), h["sources"])
                  for h in json.loads(export_text(store))["happenings"])


def test_a_shard_saved_by_the_writer_gives_what_the_local_engine_gives(tmp_path):
    plan = plan_shards([str(ARTICLES)], group=2)
    assert [len(s.inputs) for s in plan.shards] == [2, 2, 1]
    with Store(tmp_path / "shards.db") as store, Store(tmp_path / "local.db") as local:
        for shard in plan.shards:
            save_shard(store, process_shard(shard))
        link_store(store)
        run([str(ARTICLES)], local)
        assert happenings_of(store) == happenings_of(local)
        assert all(store.input_done(str(p), f) for s in plan.shards for p, f in zip(s.inputs, s.fingerprints))


def test_chunks_become_row_groups_and_load_back_whole(tmp_path):
    shard = plan_shards([str(ARTICLES)]).shards[0]
    chunks = list(process_shard_chunks(shard, chunk=2))
    assert [len(c.articles) for c in chunks] == [2, 2, 1]
    counts = write_parts(shard, iter(chunks), str(tmp_path / "parts"))
    assert len(counts.articles) == 5 and not counts.articles[0].body  # only ids travel back
    part = pq.ParquetFile(next((tmp_path / "parts" / "articles").glob("*.parquet")))
    assert part.num_row_groups == 3
    manifest = next(iter_manifests(str(tmp_path / "parts")))
    assert manifest["articles"] == 5 and manifest["inputs"] == list(shard.inputs)
    with Store(tmp_path / "loaded.db") as store, Store(tmp_path / "local.db") as local:
        summary = load(str(tmp_path / "parts"), store)
        assert (summary.new, summary.analysed, summary.shards) == (5, 5, 1)
        link_store(store)
        run([str(ARTICLES)], local)
        assert happenings_of(store) == happenings_of(local)


def test_a_folder_without_parts_is_named_in_the_error(tmp_path):
    import pytest

    with Store(tmp_path / "x.db") as store, pytest.raises(FileNotFoundError, match="holds no Parquet parts"):
        load(str(tmp_path), store)


def test_fsspec_urls_are_shards(tmp_path):
    import fsspec

    from dateline.shards import read_shard

    fs = fsspec.filesystem("memory")
    for path in sorted(ARTICLES.iterdir())[:2]:
        fs.pipe(f"/corpus/{path.name}", path.read_bytes())
    fs.pipe("/corpus/feed.jsonl", b'{"text": "' + b"Officials met in Paris on Monday. " * 10 + b'"}\n{broken\n')
    plan = plan_shards(["memory://corpus"])
    assert len(plan.shards) == 3 and all(s.remote for s in plan.shards)
    items = [item for shard in plan.shards for item in read_shard(shard)]
    rejected = [i for i in items if not hasattr(i, "content")]
    assert len(items) == 4 and len(rejected) == 1 and "feed.jsonl" in rejected[0].source
    missing = plan_shards(["memory://nothing-here/*.warc"])
    assert not missing.shards and "no files match" in missing.rejections[0].reason


def big_jsonl(folder: Path, count: int = 40) -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from generate import write_corpus

    lines = [json.dumps({"text": p.read_text(encoding="utf-8"), "url": f"https://example.org/{p.stem}"})
             for p in write_corpus(folder / "gen", count, "text", seed=5)]
    lines.insert(17, "{not json")
    path = folder / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_big_json_lines_file_is_split_at_line_ends_with_its_line_numbers(tmp_path):
    from dateline.read import iter_documents
    from dateline.shards import read_shard

    path = big_jsonl(tmp_path)
    plan = plan_shards([str(path)], split_bytes=path.stat().st_size // 5)
    assert len(plan.shards) >= 5 and [s.final for s in plan.shards].count(True) == 1 and plan.shards[-1].final
    assert plan.shards[0].span[0] == 0 and plan.shards[-1].span[1] == path.stat().st_size
    for a, b in zip(plan.shards, plan.shards[1:]):
        assert a.span[1] == b.span[0]  # no byte lost or read twice
    parts = [(i.source, getattr(i, "content", None) or i.reason) for s in plan.shards for i in read_shard(s)]
    whole = [(i.source, getattr(i, "content", None) or i.reason) for i in iter_documents([str(path)])]
    assert parts == whole and len(whole) == 41
    assert sum(1 for source, _ in parts if source == f"{path}:18") == 1  # the bad line, named by its number
    assert plan_shards([str(path)]).shards[0].span is None  # small enough: read whole


def test_a_split_file_is_done_only_when_its_last_part_is_saved(tmp_path):
    path = big_jsonl(tmp_path, 12)
    plan = plan_shards([str(path)], split_bytes=path.stat().st_size // 3)
    with Store(tmp_path / "x.db") as store:
        for shard in plan.shards[:-1]:
            save_shard(store, process_shard(shard))
            assert not store.input_done(str(path), shard.fingerprints[0])
        save_shard(store, process_shard(plan.shards[-1]))
        assert store.input_done(str(path), plan.shards[-1].fingerprints[0])
        assert store.count_articles() == 12


def test_a_shard_is_split_for_more_workers_without_losing_or_repeating_a_record(tmp_path):
    from dateline.read import iter_documents
    from dateline.shards import Shard, read_shard, split_shard

    path = big_jsonl(tmp_path)
    whole = [(i.source, getattr(i, "content", None) or i.reason) for i in iter_documents([str(path)])]
    shard = plan_shards([str(path)]).shards[0]
    parts = split_shard(shard, 4)
    assert len(parts) == 4 and [p.final for p in parts] == [False, False, False, True]
    assert [(i.source, getattr(i, "content", None) or i.reason) for p in parts for i in read_shard(p)] == whole
    finer = [q for p in parts for q in split_shard(p, 2)]  # a part of a file splits again, its line numbers kept
    assert len(finer) == 8 and [q.final for q in finer].count(True) == 1 and finer[-1].final
    assert [(i.source, getattr(i, "content", None) or i.reason) for q in finer for i in read_shard(q)] == whole
    assert split_shard(shard, 4, min_bytes=path.stat().st_size) == [shard]  # too small to be worth it

    group = Shard(tuple(f"a{i}.txt" for i in range(10)), tuple(str(i) for i in range(10)))
    assert [p.inputs for p in split_shard(group, 3)] == [group.inputs[:4], group.inputs[4:8], group.inputs[8:]]
    assert [p.fingerprints for p in split_shard(group, 3)][1] == group.fingerprints[4:8]
    assert split_shard(group, 3, min_inputs=8) == [group]
    assert split_shard(Shard(("s3://b/x.jsonl",), ("1:e",), remote=True), 4) == [Shard(("s3://b/x.jsonl",), ("1:e",), remote=True)]

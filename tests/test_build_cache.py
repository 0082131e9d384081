"""The disk cache of built knowledge: what comes back resolves as a fresh build, a changed
input is a new key, and a corrupt or foreign entry is never used."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from dateline import build_cache
from dateline.resolve import kb as kb_module
from dateline.resolve import places
from dateline.resolve.place_matching import find_places


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)
    return tmp_path / "dateline"


def _entries(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}-*.pickle"))


def test_cached_kb_resolves_as_a_fresh_one(cache_home: Path) -> None:
    fresh = kb_module.ActorKB.from_files(kb_module.data_files())
    kb_module._load_cached.__wrapped__(())  # builds and writes
    assert len(_entries(cache_home, "actor-kb")) == 1
    from_cache = kb_module._load_cached.__wrapped__(())  # reads
    assert from_cache.people == fresh.people
    assert from_cache.countries == fresh.countries
    assert from_cache.orgs == fresh.orgs
    assert from_cache.role_defs == fresh.role_defs
    for name in ("Xi Jinping", "Jinping Xi", "Dmitry Kuleba", "France", "the United Nations",
                 "Hunter Biden", "NATO"):
        assert from_cache.lookup(name) == fresh.lookup(name)
    assert from_cache.find_by_role("FRA", "president", "2024-01-01") == \
        fresh.find_by_role("FRA", "president", "2024-01-01")


def test_cached_gazetteer_resolves_as_a_fresh_one(cache_home: Path) -> None:
    fresh = places._build(())
    places._load_cached.__wrapped__(())
    assert len(_entries(cache_home, "gazetteer")) == 1
    from_cache = places._load_cached.__wrapped__(())
    assert vars(from_cache) == vars(fresh)
    text = "GENEVA (Reuters) - Envoys met in Paris, Texas and in Lagos after talks in Kyiv."
    assert find_places(text, from_cache) == find_places(text, fresh)


def test_a_changed_input_file_is_a_new_key(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("people: []\n", encoding="utf-8")
    before = build_cache.cache_key("actor-kb", [extra])
    extra.write_text("people: [] # edited\n", encoding="utf-8")
    assert build_cache.cache_key("actor-kb", [extra]) != before
    assert build_cache.cache_key("actor-kb", [extra], params=1) != \
        build_cache.cache_key("actor-kb", [extra], params=2)


def test_a_corrupt_or_foreign_entry_is_ignored(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "input.txt"
    source.write_text("one", encoding="utf-8")
    assert build_cache.cached("probe", [source], lambda: ["built", 1]) == ["built", 1]
    (entry,) = _entries(cache_home, "probe")
    entry.write_bytes(b"not a pickle")
    assert build_cache.cached("probe", [source], lambda: ["built", 2]) == ["built", 2]
    entry.write_bytes(pickle.dumps(("another key", ["stale"])))
    assert build_cache.cached("probe", [source], lambda: ["built", 3]) == ["built", 3]
    assert build_cache.cached("probe", [source], lambda: ["built", 4]) == ["built", 3]


def test_the_cache_can_be_turned_off(cache_home: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_NO_CACHE", "1")
    source = tmp_path / "input.txt"
    source.write_text("one", encoding="utf-8")
    assert build_cache.cached("probe", [source], lambda: 1) == 1
    assert build_cache.cached("probe", [source], lambda: 2) == 2
    assert not cache_home.exists()


def test_an_unwritable_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file, not a folder
    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)
    assert build_cache.cached("probe", [], lambda: "built") == "built"


def test_old_entries_are_pruned(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "input.txt"
    for version in range(build_cache.KEEP + 2):
        source.write_text(str(version), encoding="utf-8")
        build_cache.cached("probe", [source], lambda v=version: v)
    assert len(_entries(cache_home, "probe")) == build_cache.KEEP
    assert build_cache.cached("probe", [source], lambda: -1) == build_cache.KEEP + 1


def test_a_build_without_own_sources_ignores_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = tmp_path / "model.bin"
    model.write_bytes(b"weights")
    without = build_cache.cache_key("lib-model", [model], own_sources=False)
    with_sources = build_cache.cache_key("lib-model", [model])
    changed = tmp_path / "data"
    changed.mkdir()
    (changed / "words.yaml").write_text("a: 1\n")
    monkeypatch.setattr(build_cache, "_SOURCES", (*build_cache._SOURCES, changed))
    assert build_cache.cache_key("lib-model", [model], own_sources=False) == without
    assert build_cache.cache_key("lib-model", [model]) != with_sources


def test_collection_stays_paused_when_a_library_reenables_the_collector() -> None:
    """spaCy's msgpack reader calls gc.enable(): the pause is the threshold, which it keeps."""
    import gc

    before = gc.get_threshold()
    assert before[0] > 0
    with build_cache.collection_paused():
        gc.disable()
        gc.enable()  # what srsly's msgpack_loads does after each read
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == before


def test_a_value_read_from_the_cache_is_frozen_at_once(cache_home: Path) -> None:
    """What the cache gives lives as long as the process: the collector no longer walks it."""
    import gc

    build_cache.cached("frozen-test", [], lambda: [[i] for i in range(1000)], params=1)  # writes
    gc.unfreeze()
    value = build_cache.cached("frozen-test", [], lambda: [], params=1)  # reads
    assert len(value) == 1000
    assert gc.get_freeze_count() >= 1000


def test_overlapping_pauses_set_the_collector_back_when_the_last_ends() -> None:
    """The loader thread's pause and the writer's may overlap, and end in either order."""
    import gc

    before = gc.get_threshold()
    first, second = build_cache.collection_paused(), build_cache.collection_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == 0  # the second still runs
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before

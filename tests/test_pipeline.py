"""The main job as a library: non-English articles go to the multilingual path (languages
without cues are stored and marked, not analysed); a run only analyses what is new."""

from __future__ import annotations

from pathlib import Path

from dateline.pipeline import run
from dateline.store import Store

ROOT = Path(__file__).resolve().parent.parent
FRENCH = (
    "Le ministre russe des Affaires étrangères a rencontré dimanche son homologue chinois à Manille, "
    "en marge de la réunion des ministres de l'ASEAN. Les deux diplomates ont réaffirmé leur volonté "
    "de renforcer la coopération bilatérale et le soutien mutuel, a indiqué le ministère chinois. "
    "Ils ont également évoqué la situation dans la péninsule coréenne et les relations commerciales "
    "entre les deux pays, qui partagent des positions communes sur de nombreux dossiers internationaux."
)


ICELANDIC = (
    "Utanríkisráðherra Rússlands hitti kínverskan starfsbróður sinn í Manila á sunnudag í tengslum við fund "
    "ráðherra aðildarríkja ASEAN. Ráðherrarnir staðfestu vilja sinn til að efla tvíhliða samstarf og gagnkvæman "
    "stuðning, sagði kínverska utanríkisráðuneytið."
)


def test_non_english_goes_to_the_multilingual_path(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    with Store(tmp_path / "d.db") as store:
        summary = run([str(tmp_path / "fr.txt")], store)
        assert summary.ingest.new == 1 and summary.skipped == 0 and summary.analysed == 1
        row = store.db.execute("SELECT a.language, n.status FROM articles a JOIN analyses n ON n.article_id = a.id").fetchone()
        assert row["language"] == "fr" and row["status"] == "done"
        events = store.event_mentions()
        assert [e.type for e in events] == ["CONSULT"]
        assert {a.id for a in events[0].participants} == {"country:RU", "country:CN"}


def test_language_without_cues_is_stored_marked_and_not_analysed(tmp_path):
    (tmp_path / "is.txt").write_text(ICELANDIC, encoding="utf-8")
    with Store(tmp_path / "d.db") as store:
        summary = run([str(tmp_path / "is.txt")], store)
        assert summary.ingest.new == 1 and summary.skipped == 1 and summary.analysed == 0
        row = store.db.execute("SELECT a.language, n.status FROM articles a JOIN analyses n ON n.article_id = a.id").fetchone()
        # the reason says which language and what it lacks, not only that it is not English
        assert row["language"] == "is"
        assert row["status"] == "skipped: language is, no cue file (dateline/data/cues/is.yaml)"
        assert store.event_mentions() == []


def test_incremental_run_analyses_only_new_articles(tmp_path):
    samples = sorted((ROOT / "examples" / "articles").glob("*.txt"))
    with Store(tmp_path / "d.db") as store:
        first = run([str(samples[0])], store)
        assert first.analysed == 1
        second = run([str(p) for p in samples[:2]], store)
        assert (second.ingest.known, second.ingest.new, second.analysed) == (1, 1, 1)


def _wire_copy(outlet: str, last: str) -> str:
    """One agency story as an outlet reprints it: the same paragraphs, its own last line."""
    return (
        f"{outlet}\n\nHarbour workers in the northern port town walked off the job on Tuesday morning, "
        "leaving dozens of container ships waiting at anchor outside the breakwater for a second day. "
        "The union said the stoppage would continue until the port authority agreed to restore the "
        "night shift allowance that was cut in the spring, a demand the authority has rejected twice. "
        "Local traders warned that fresh produce was already spoiling on the quays and that shops in "
        f"the region would run short of imported goods by the end of the week.\n\n{last}\n"
    )


def test_worker_processes_sign_articles_as_they_are_stored(tmp_path, monkeypatch):
    """With worker processes, each new article's near-copy signature comes from the worker that
    cleaned it and is stored at once; the signatures and near-copy pairs are those linking
    computes in one process."""
    from dateline.ingest import ingest
    from dateline.local_engine import LocalWorkers

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(_wire_copy("The Coast Herald", "More follows."), encoding="utf-8")
    (folder / "b.txt").write_text(_wire_copy("Valley Times", "Reporting by our staff."), encoding="utf-8")
    (folder / "c.txt").write_text(FRENCH, encoding="utf-8")
    from dateline.link import syndication

    signed_when_linking = {}
    sign_unsigned = syndication.sign_unsigned

    def counted(store, *args, **kwargs):
        signed_when_linking[workers] = sign_unsigned(store, *args, **kwargs)
        return signed_when_linking[workers]

    monkeypatch.setattr(syndication, "sign_unsigned", counted)
    found = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("DATELINE_WORKERS", workers)
        with Store(tmp_path / f"w{workers}.db") as store:
            run([str(folder)], store)
            ids = sorted(store.article_ids())
            found[workers] = ([store.signature(i) for i in ids], sorted(store.near_duplicate_pairs()))
    assert len(found["1"][1]) == 1 and found["1"] == found["2"]
    # run() hands the workers' signatures to ingest: linking signs nothing more in this process
    assert signed_when_linking == {"1": 3, "2": 0}
    pool = LocalWorkers(2)
    try:
        with Store(tmp_path / "ingest.db") as store:
            ingest([str(folder)], store, cleaner=pool.clean, signatures=pool.signature)
            assert not store.has_unsigned_articles()
            assert sorted(store.near_duplicate_pairs()) == found["1"][1]
    finally:
        pool.close()


def test_articles_are_not_signed_out_of_the_order_stored(tmp_path):
    """A store holding an article without a signature (a run stopped before linking): new
    articles are left unsigned too, so linking signs them all in the order they were stored."""
    from dateline.ingest import ingest
    from dateline.link.syndication import signed

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(_wire_copy("The Coast Herald", "More follows."), encoding="utf-8")
    second.write_text(_wire_copy("Valley Times", "Reporting by our staff."), encoding="utf-8")
    with Store(tmp_path / "d.db") as store:
        ingest([str(first)], store)
        ingest([str(second)], store, signatures=lambda: signed(second.read_text(encoding="utf-8")))
        assert len(store.unsigned_article_ids()) == 2
        run([], store)
        assert not store.has_unsigned_articles() and len(store.near_duplicate_pairs()) == 1


def _task_sizes(chunk: list) -> list[int]:
    return [len(chunk)] * len(chunk)


def test_the_last_articles_of_an_analysis_go_in_small_tasks(monkeypatch):
    """Knowing how many articles come, the workers get the last TASK_ARTICLES each in tasks of
    TAIL_ARTICLES (one worker does not sit idle while the other ends a whole task); results
    still come in input order."""
    from dateline import local_engine
    from dateline.local_engine import TAIL_ARTICLES, TASK_ARTICLES, LocalWorkers

    monkeypatch.setattr(local_engine, "load_analysis", lambda *args: None)  # no model needed here
    pool = LocalWorkers(2)
    try:
        sizes = list(pool._ordered(iter(range(50)), _task_sizes, total=50))
        unknown = list(pool._ordered(iter(range(50)), _task_sizes))
    finally:
        pool.close()
    assert TASK_ARTICLES == 16 and TAIL_ARTICLES == 4
    assert sizes == [16] * 16 + [4] * 32 + [2] * 2
    assert unknown == [16] * 48 + [2] * 2


def test_the_linking_modules_are_imported_where_the_model_is_loaded_not_at_start_up():
    """What a local run imports before its cleaning workers fork is serial: the linking
    modules are not among it; loading the model (in a thread, while the workers clean)
    imports them, so linking does not either."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = """
import sys
import dateline.cli, dateline.pipeline
from dateline.local_engine import warm_cleaning
warm_cleaning()
print("dateline.link.happenings" in sys.modules, "dateline.link.run" in sys.modules)
from dateline.local_engine import load_analysis
load_analysis()
print("dateline.link.happenings" in sys.modules, "dateline.link.run" in sys.modules)
"""
    root = str(Path(__file__).resolve().parents[1])
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": root},
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False", "True", "True"]

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


SWEDISH = (
    "Rysslands utrikesminister träffade på söndagen sin kinesiska kollega i Manila, i samband med "
    "ASEAN-ländernas ministermöte. De två diplomaterna bekräftade sin vilja att stärka det bilaterala "
    "samarbetet och det ömsesidiga stödet, meddelade det kinesiska utrikesministeriet."
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
    (tmp_path / "sv.txt").write_text(SWEDISH, encoding="utf-8")
    with Store(tmp_path / "d.db") as store:
        summary = run([str(tmp_path / "sv.txt")], store)
        assert summary.ingest.new == 1 and summary.skipped == 1 and summary.analysed == 0
        row = store.db.execute("SELECT a.language, n.status FROM articles a JOIN analyses n ON n.article_id = a.id").fetchone()
        assert row["language"] == "sv" and row["status"].startswith("skipped")
        assert store.event_mentions() == []


def test_incremental_run_analyses_only_new_articles(tmp_path):
    samples = sorted((ROOT / "examples" / "articles").glob("*.txt"))
    with Store(tmp_path / "d.db") as store:
        first = run([str(samples[0])], store)
        assert first.analysed == 1
        second = run([str(p) for p in samples[:2]], store)
        assert (second.ingest.known, second.ingest.new, second.analysed) == (1, 1, 1)

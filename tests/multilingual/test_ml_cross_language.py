"""One happening across languages: a Russian (and a German) report and an English report of the
same meeting, each through the whole pipeline into a real store, are one happening; the
language is kept and filters by it (reports written for these tests)."""

from __future__ import annotations

from dateline.pipeline import run
from dateline.store import Store
from dateline.store.filters import Filter

ENGLISH = (
    "Lavrov and Wang Yi hold talks in Beijing\n"
    "Published: 15 December 2023\n"
    "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Thursday, "
    "December 14, 2023. The two ministers discussed bilateral relations and the situation in the region, "
    "the Russian foreign ministry said.\n"
)
RUSSIAN = (
    "Лавров и Ван И провели переговоры в Пекине\n"
    "Опубликовано: 15 декабря 2023 г., 10:30\n"
    "Министр иностранных дел России Сергей Лавров провел переговоры с Ван И в Пекине 14 декабря. "
    "Стороны обсудили двусторонние отношения и ситуацию в регионе, сообщили в МИД России.\n"
)
GERMAN = (
    "Lawrow trifft Wang Yi in Peking\n"
    "Veröffentlicht am 15. Dezember 2023\n"
    "Der russische Außenminister Sergej Lawrow hat sich am Donnerstag in Peking mit Wang Yi getroffen. "
    "Die beiden Minister sprachen über die bilateralen Beziehungen und die Lage in der Region.\n"
)


def _store(tmp_path, texts: dict[str, str]) -> Store:
    paths = []
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    store = Store(tmp_path / "d.db")
    run(paths, store)
    return store


def _lead_of(store: Store) -> dict[str, str | None]:
    rows = store.db.execute("SELECT a.language, l.happening_id FROM articles a "
                            "LEFT JOIN lead_happenings l ON l.article_id = a.id").fetchall()
    return {row["language"]: row["happening_id"] for row in rows}


def test_russian_and_english_reports_of_one_meeting_are_one_happening(tmp_path):
    with _store(tmp_path, {"en": ENGLISH, "ru": RUSSIAN}) as store:
        published = dict(store.db.execute("SELECT language, published FROM articles").fetchall())
        assert published == {"en": "2023-12-15", "ru": "2023-12-15"}
        lead = _lead_of(store)
        assert lead["ru"] is not None and lead["ru"] == lead["en"]
        happening = store.db.execute("SELECT date, n_articles FROM happenings WHERE id = ?", (lead["ru"],)).fetchone()
        assert happening["date"] == "2023-12-14" and happening["n_articles"] == 2


def test_german_report_without_a_date_of_its_own_joins_by_the_weekday(tmp_path):
    with _store(tmp_path, {"en": ENGLISH, "de": GERMAN}) as store:
        lead = _lead_of(store)
        assert lead["de"] is not None and lead["de"] == lead["en"]


def test_language_filter_finds_the_happening_of_a_russian_report(tmp_path):
    with _store(tmp_path, {"en": ENGLISH, "ru": RUSSIAN}) as store:
        lead = _lead_of(store)
        assert [h["id"] for h in store.happening_rows(Filter.parse(language="ru"))] == [lead["ru"]]
        assert store.count_happenings(Filter.parse(language="de")) == 0

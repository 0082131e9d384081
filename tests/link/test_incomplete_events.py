"""A meeting told with one party only that joins no happening, or an act of one party told at
a meeting, is kept in the store, marked incomplete by linking, and not reported (exports, tables, the article page, the API, the dev
scorer) unless the filter asks for it; a later report of that meeting completes and links it.
Real SQLite stores, real linking, the command line and a live server."""

from __future__ import annotations

import json
import sqlite3
import sys
from importlib import resources
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_helpers import make_article, serve  # noqa: E402

from dateline.cli import main  # noqa: E402
from dateline.evaluation.devcorpus import StoreView  # noqa: E402
from dateline.export import EVENT_COLUMNS, iter_records, iter_table  # noqa: E402
from dateline.link.run import link_store  # noqa: E402
from dateline.records import ActorRef, Article, EventMention, PlaceRef, TimeValue  # noqa: E402
from dateline.store import Filter, Store  # noqa: E402

JAISHANKAR = ActorRef("person:jaishankar", "S. Jaishankar", "person", country="IN", sector="government")
LAVROV = ActorRef("person:lavrov", "Sergey Lavrov", "person", country="RU", sector="government")
LAI = ActorRef("person:jimmy-lai", "Jimmy Lai", "person", country="HK")
MOSCOW = PlaceRef("Moscow", "RU", 55.75, 37.62)

LONE = make_article("b1" + "0" * 14, "Outlet One", "Jaishankar in Moscow", "2024-07-09",
                    "MOSCOW - Indian External Affairs Minister S. Jaishankar held talks in Moscow on Tuesday. "
                    "He is on a two-day visit.")
ARREST = make_article("b2" + "0" * 14, "Outlet Two", "Jimmy Lai arrested", "2020-08-10",
                      "HONG KONG - Jimmy Lai was arrested on Monday under the national security law. "
                      "Police searched his offices.")
WHOLE = make_article("b3" + "0" * 14, "Outlet Three", "Jaishankar meets Lavrov", "2024-07-09",
                     "MOSCOW - S. Jaishankar met Sergey Lavrov in Moscow on Tuesday. "
                     "They discussed trade and energy.")


def mention(event_id: str, article: Article, sentence: str, type_: str, source: list[ActorRef],
            target: list[ActorRef], date: str, place: PlaceRef | None) -> EventMention:
    start = article.body.index(sentence)
    return EventMention(id=event_id, article=article.id, type=type_, start=start, end=start + len(sentence),
                        text=sentence, trigger=sentence.split()[1], source=source, target=target,
                        date=TimeValue(date, date=date, precision="day"), place=place, lede=True)


TALKS = mention("m-lone", LONE, "Indian External Affairs Minister S. Jaishankar held talks in Moscow on Tuesday.",
                "CONSULT", [JAISHANKAR], [], "2024-07-09", MOSCOW)
ARRESTED = mention("m-arrest", ARREST, "Jimmy Lai was arrested on Monday under the national security law.",
                   "COERCE", [], [LAI], "2020-08-10", None)
MET = mention("m-whole", WHOLE, "S. Jaishankar met Sergey Lavrov in Moscow on Tuesday.", "CONSULT",
              [JAISHANKAR], [LAVROV], "2024-07-09", MOSCOW)


def add(store: Store, article: Article, event: EventMention) -> None:
    store.add_article(article)
    store.save_analysis(article.id, status="done", events=[event], lead_event=event.id, mentions=[])


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """The lone meeting and the agentless arrest, linked."""
    path = tmp_path / "incomplete.db"
    with Store(path) as store:
        add(store, LONE, TALKS)
        add(store, ARREST, ARRESTED)
        link_store(store, force=True)
    return path


def event_ids(rows) -> set[str]:
    return {row["record"]["id"] for row in rows}


def test_a_lone_meeting_is_kept_but_not_reported_and_an_agentless_act_is_reported(db):
    with Store(db, readonly=True) as store:
        assert {m.id for m in store.event_mentions()} == {"m-lone", "m-arrest"}  # nothing is lost
        assert event_ids(store.iter_event_table(Filter(include_other=True))) == {"m-arrest"}
        everything = list(store.iter_event_table(Filter(include_other=True, include_incomplete=True)))
        assert {r["record"]["id"]: r["incomplete"] for r in everything} == {"m-lone": 1, "m-arrest": 0}
        assert [e.id for e, _, _ in store.article_events(LONE.id)] == []
        assert [(e.id, gone) for e, _, gone in store.article_events(LONE.id, include_incomplete=True)] == [
            ("m-lone", True)]
        # An article is selected by the events it reports.
        assert store.article_rows(Filter(type="CONSULT")) == []
        assert [r["id"] for r in store.article_rows(Filter(type="CONSULT", include_incomplete=True))] == [LONE.id]


def test_the_export_and_the_dev_scorer_read_the_reported_events(db):
    with Store(db, readonly=True) as store:
        assert [r["id"] for kind, r in iter_records(store) if kind == "events"] == ["m-arrest"]
        included = [r for kind, r in iter_records(store, Filter(include_other=True, include_incomplete=True))
                    if kind == "events"]
        assert {r["id"]: r["incomplete"] for r in included} == {"m-lone": True, "m-arrest": False}
        rows = list(iter_table(store, "events", Filter(include_incomplete=True)))
        assert "incomplete" in EVENT_COLUMNS and {r["event_id"]: r["incomplete"] for r in rows} == {
            "m-lone": True, "m-arrest": False}
        view = StoreView(store)
        assert LONE.id not in view.events_of and [e["id"] for e in view.events_of[ARREST.id]] == ["m-arrest"]


def test_a_later_report_of_the_meeting_completes_and_links_it(db):
    with Store(db) as store:
        add(store, WHOLE, MET)
        link_store(store)
        rows = {r["record"]["id"]: r for r in store.iter_event_table(Filter(include_other=True))}
        assert set(rows) == {"m-lone", "m-arrest", "m-whole"}
        assert rows["m-lone"]["happening_id"] == rows["m-whole"]["happening_id"] is not None
        assert [a["id"] for a in rows["m-lone"]["record"]["target"]] == [LAVROV.id]


TOLD_AT = make_article("b4" + "0" * 14, "Outlet Four", "Jaishankar meets Lavrov", "2024-07-09",
                      "MOSCOW - S. Jaishankar met Sergey Lavrov in Moscow on Tuesday. "
                      "Lavrov praised the ties between the two countries.")


def test_an_act_of_one_side_told_at_a_meeting_stays_its_evidence_but_is_not_reported(tmp_path):
    met = mention("m-met", TOLD_AT, "S. Jaishankar met Sergey Lavrov in Moscow on Tuesday.", "CONSULT",
                  [JAISHANKAR], [LAVROV], "2024-07-09", MOSCOW)
    praised = mention("m-praised", TOLD_AT, "Lavrov praised the ties between the two countries.", "SUPPORT",
                      [LAVROV], [], "2024-07-09", MOSCOW)
    with Store(tmp_path / "told.db") as store:
        store.add_article(TOLD_AT)
        store.save_analysis(TOLD_AT.id, status="done", events=[met, praised], lead_event=met.id, mentions=[])
        link_store(store, force=True)
        rows = {r["record"]["id"]: r for r in store.iter_event_table(Filter(include_other=True,
                                                                            include_incomplete=True))}
        assert rows["m-praised"]["happening_id"] == rows["m-met"]["happening_id"] is not None  # its evidence
        assert (rows["m-praised"]["incomplete"], rows["m-met"]["incomplete"]) == (1, 0)
        assert event_ids(store.iter_event_table(Filter(include_other=True))) == {"m-met"}
        assert {m.id for m in store.happening_mentions(rows["m-met"]["happening_id"])} == {"m-met", "m-praised"}


def test_flags_are_computed_again_on_each_link_run(db):
    with Store(db) as store:
        store.save_analysis(LONE.id, status="done", events=[TALKS], lead_event=TALKS.id, mentions=[])
        # Analysed again, not yet linked: the flag waits for linking.
        assert "m-lone" in event_ids(store.iter_event_table(Filter(include_other=True)))
        link_store(store)
        assert "m-lone" not in event_ids(store.iter_event_table(Filter(include_other=True)))


def test_the_command_line_includes_them_on_request(db, capsys):
    assert main(["export", "--table", "events", "--format", "jsonl", "--db", str(db)]) == 0
    assert [json.loads(line)["event_id"] for line in capsys.readouterr().out.splitlines()] == ["m-arrest"]
    assert main(["export", "--table", "events", "--format", "jsonl", "--include-incomplete", "--db", str(db)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["event_id"]: r["incomplete"] for r in rows} == {"m-lone": True, "m-arrest": False}
    assert main(["articles", "--type", "CONSULT", "--json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["articles", "--type", "CONSULT", "--include-incomplete", "--json", "--db", str(db)]) == 0
    assert [a["id"] for a in json.loads(capsys.readouterr().out)] == [LONE.id]


def test_the_api_and_the_pages_include_them_on_request(db):
    with serve(db) as base_url, httpx.Client(base_url=base_url, timeout=10) as client:
        table = client.get("/api/tables/events.jsonl")
        assert table.status_code == 200
        assert [json.loads(line)["event_id"] for line in table.text.splitlines()] == ["m-arrest"]
        table = client.get("/api/tables/events.jsonl", params={"include_incomplete": "true"})
        assert {json.loads(line)["event_id"] for line in table.text.splitlines()} == {"m-lone", "m-arrest"}
        export = client.get("/api/export.json").json()
        assert [e["id"] for e in export["events"]] == ["m-arrest"]
        export = client.get("/api/export.json", params={"include_incomplete": "true"}).json()
        assert {e["id"] for e in export["events"]} == {"m-lone", "m-arrest"}
        assert client.get(f"/api/articles/{LONE.id}").json()["events"] == []
        events = client.get(f"/api/articles/{LONE.id}", params={"include_incomplete": "true"}).json()["events"]
        assert [(e["id"], e["incomplete"]) for e in events] == [("m-lone", True)]
        page = client.get(f"/articles/{LONE.id}")
        assert "Events (0)" in page.text and "include_incomplete=true" in page.text
        page = client.get(f"/articles/{LONE.id}", params={"include_incomplete": "true"})
        assert "Events (1)" in page.text and ">incomplete<" in page.text
        listed = client.get("/articles", params={"type": "CONSULT", "include_incomplete": "true"})
        assert LONE.id in listed.text
        assert LONE.id not in client.get("/articles", params={"type": "CONSULT"}).text


def test_a_store_linked_before_the_flag_gets_it_when_migrated(tmp_path):
    path = tmp_path / "old.db"
    folder = resources.files("dateline.store") / "migrations"
    old = sqlite3.connect(path)
    for name in sorted(e.name for e in folder.iterdir() if e.name.endswith(".sql")):
        if int(name[:3]) <= 4:
            old.executescript((folder / name).read_text(encoding="utf-8"))
    old.execute("PRAGMA user_version = 4")
    old.execute("INSERT INTO articles (id, source, kind, original, body, segments, removed) "
                "VALUES ('a', 'a.txt', 'news', 'x', 'x', '[]', '[]')")
    for event_id, type_, source, target, happening in (
            ("lone", "CONSULT", [{"id": "p"}], [], None), ("linked", "CONSULT", [{"id": "p"}], [], "h"),
            ("act", "COERCE", [], [{"id": "p"}], None), ("whole", "CONSULT", [{"id": "p"}], [{"id": "q"}], None),
            ("told-at", "SUPPORT", [{"id": "p"}], [], "h"), ("own", "SUPPORT", [{"id": "p"}], [], "s")):
        old.execute("INSERT INTO event_mentions (id, article_id, type, record, happening_id) VALUES (?,?,?,?,?)",
                    (event_id, "a", type_, json.dumps({"source": source, "target": target}), happening))
    for happening_id, type_ in (("h", "CONSULT"), ("s", "SUPPORT")):
        old.execute("INSERT INTO happenings (id, type, label, n_articles, n_sources, record) VALUES (?,?,?,1,1,'{}')",
                    (happening_id, type_, happening_id))
    old.execute("INSERT INTO meta (key, value) VALUES ('linked_from', 'stamp')")
    old.commit()
    old.close()
    with Store(path) as store:
        assert store.schema_version >= 5
        assert store.get_meta("linked_from") is None  # the next run links it again
    flagged = sqlite3.connect(path).execute("SELECT id FROM event_mentions WHERE incomplete = 1").fetchall()
    assert sorted(flagged) == [("lone",), ("told-at",)]


def test_a_meeting_between_a_state_and_its_own_official_is_not_reported(tmp_path):
    # "Biden will fly to Washington after the talks" read as Biden -> the United States:
    # one party on both sides, no meeting between two
    biden = ActorRef("person:joe-biden", "Joe Biden", "person", country="US", sector="government")
    spokesman = ActorRef("provisional:spokesman", "Steven Cheung", "person", country="US")
    usa = ActorRef("country:US", "United States", "country", country="US", sector="government")
    rebels = ActorRef("group:co-rebels", "FARC", "group", country="CO", sector="rebel")
    colombia = ActorRef("country:CO", "Colombia", "country", country="CO", sector="government")
    article = make_article("b5" + "0" * 14, "Outlet Five", "Talks", "2024-07-09",
                           "GENEVA - Biden will fly to Washington after the talks. Cheung said they met. "
                           "Colombia held talks with the FARC.")
    fly = mention("m-fly", article, "Biden will fly to Washington after the talks.", "CONSULT",
                  [biden], [usa], "2024-07-09", None)
    met = mention("m-said", article, "Cheung said they met.", "CONSULT", [spokesman], [usa], "2024-07-09", None)
    rebels_talks = mention("m-farc", article, "Colombia held talks with the FARC.", "CONSULT",
                           [colombia], [rebels], "2024-07-09", None)
    with Store(tmp_path / "own.db") as store:
        store.add_article(article)
        store.save_analysis(article.id, status="done", events=[fly, met, rebels_talks], lead_event=fly.id,
                            mentions=[])
        link_store(store, force=True)
        assert event_ids(store.iter_event_table(Filter(include_other=True))) == {"m-farc"}
        kept = event_ids(store.iter_event_table(Filter(include_other=True, include_incomplete=True)))
        assert kept == {"m-fly", "m-said", "m-farc"}

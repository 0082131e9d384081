"""The store: migrations, idempotent article ids, FTS5 search, atomic analysis writes."""

from __future__ import annotations

import sqlite3

from dateline.records import ActorRef, Article, EventMention, Mention, Rejection, RemovedSpan
from dateline.store import Store


def make_article(text: str = "Lavrov met Wang Yi in Manila on Sunday.", **fields) -> Article:
    from dateline.records import content_id

    return Article(id=content_id(text), source=fields.pop("source", "a.txt"), original=text, body=text,
                   segments=[(0, 0, len(text))], **fields)


def test_migrations_set_version_and_wal(tmp_path):
    path = tmp_path / "d.db"
    with Store(path) as store:
        assert store.schema_version >= 2
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Reopening applies nothing twice.
    with Store(path) as store:
        assert store.migrate() == store.schema_version


def test_same_article_twice_is_known_not_duplicated(tmp_path):
    with Store(tmp_path / "d.db") as store:
        article = make_article(title="Talks", removed=[RemovedSpan(0, 3, "caption", "abc")])
        assert store.add_article(article) is True
        assert store.add_article(article) is False
        assert store.count_articles() == 1
        again = store.get_article(article.id)
        assert again.title == "Talks" and again.removed[0].reason == "caption"
        assert again.segments == [(0, 0, len(article.body))]


def test_full_text_search_finds_words_and_phrases(tmp_path):
    with Store(tmp_path / "d.db") as store:
        store.add_article(make_article("The ministers discussed the Korean peninsula.", title="Peninsula talks"))
        store.add_article(make_article("Rain fell on the city all day.", source="b.txt", title="Weather"))
        assert [r["title"] for r in store.search("korean")] == ["Peninsula talks"]
        assert [r["title"] for r in store.search('"Korean peninsula"')] == ["Peninsula talks"]
        assert store.search('"peninsula Korean"') == []
        # Operators and stray quotes in user input never break the query.
        assert [r["title"] for r in store.search('rain "')] == ["Weather"]
        assert store.search("NEAR(") == []


def test_rejections_are_recorded_once(tmp_path):
    with Store(tmp_path / "d.db") as store:
        store.add_rejection(Rejection("bad.bin", "binary file"))
        store.add_rejection(Rejection("bad.bin", "binary file"))
        assert store.rejects() == [Rejection("bad.bin", "binary file")]


def test_save_analysis_replaces_atomically(tmp_path):
    lavrov = ActorRef("sergey-lavrov", "Sergey Lavrov", "person", "RU")
    with Store(tmp_path / "d.db") as store:
        article = make_article()
        store.add_article(article)
        assert store.unanalysed_article_ids() == [article.id]
        event = EventMention("e1", article.id, "CONSULT", 0, 10, "Lavrov met", source=[lavrov])
        store.save_analysis(article.id, status="done", mentions=[Mention(article.id, 0, 6, "Lavrov", lavrov)], events=[event])
        store.save_analysis(article.id, status="done", mentions=[Mention(article.id, 0, 6, "Lavrov", lavrov)], events=[event])
        assert store.unanalysed_article_ids() == []
        assert [e.id for e in store.event_mentions()] == ["e1"]
        assert store.event_mentions()[0].source == [lavrov]


def test_actors_named_before_an_offset_in_text_order(tmp_path):
    okafor = ActorRef("ada-okafor", "Ada Okafor", "person", "NG")
    land = ActorRef("country:ZZ", "Zedland", "country", "ZZ")
    with Store(tmp_path / "d.db") as store:
        article = make_article("Zedland said Okafor came. Okafor left Zedland.")
        store.add_article(article)
        store.save_analysis(article.id, status="done", mentions=[
            Mention(article.id, 13, 19, "Okafor", okafor), Mention(article.id, 0, 7, "Zedland", land),
            Mention(article.id, 26, 32, "Okafor", okafor), Mention(article.id, 38, 45, "Zedland", land)])
        assert store.actor_ids_before(30) == {article.id: ["country:ZZ", "ada-okafor", "ada-okafor"]}


def test_readonly_store_refuses_writes(tmp_path):
    path = tmp_path / "d.db"
    Store(path).close()
    with Store(path, readonly=True) as store:
        try:
            store.add_article(make_article())
        except sqlite3.OperationalError as exc:
            assert "readonly" in str(exc)
        else:
            raise AssertionError("a read-only store accepted a write")


def test_batches_commit_every_few_steps_and_keep_whole_steps_on_error(tmp_path):
    """``Store.batches``: one commit every ``size`` steps (another connection sees the
    articles then, not before); an error between steps keeps every whole step, an error in a
    step half written goes back to the last commit."""
    import pytest

    path = tmp_path / "d.db"
    articles = [make_article(f"Lavrov met Wang Yi in Manila on day {n}.") for n in range(10)]

    def seen() -> int:
        with Store(path, readonly=True) as other:
            return other.count_articles()

    with Store(path) as store:
        with store.batches(3) as saved:
            for n, article in enumerate(articles[:4]):
                store.add_article(article)
                saved()
                assert seen() == (3 if n >= 2 else 0)
        assert seen() == 4  # the rest when the batches end
        with pytest.raises(RuntimeError), store.batches(3) as saved:
            for article in articles[4:8]:
                store.add_article(article)
                saved()
            raise RuntimeError("stopped between steps")
        assert seen() == 8  # all four whole steps kept, the last one uncommitted until the error
        with pytest.raises(RuntimeError), store.batches(3) as saved:
            store.add_article(articles[8])
            saved()
            store.add_article(articles[9])  # half a step: no saved() after it
            raise RuntimeError("stopped inside a step")
        assert seen() == 8  # back to the last commit: the whole step since it is lost too
        store.add_article(articles[9])  # the connection is usable after it
        assert seen() == 9

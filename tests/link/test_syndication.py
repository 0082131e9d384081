"""Near-duplicate articles: found incrementally, the original chosen by date, short texts left alone."""

from __future__ import annotations

from dateline.link.syndication import add_signatures, copy_of, sign_unsigned, signature, similarity
from dateline.records import Article
from dateline.store import Store

STORY = (" ".join(f"The minister said on day {i} that talks on trade and energy would continue in the capital."
                  for i in range(12)))


def article(article_id: str, body: str, published: str | None) -> Article:
    return Article(article_id, f"{article_id}.txt", body, body, published=published)


def test_copies_point_to_the_earliest_published_original_whatever_the_order_stored(tmp_path):
    with Store(tmp_path / "x.db") as store:
        reprint = STORY.replace("capital.", "capital, officials added.", 3)
        for item in (article("late", reprint, "2024-05-03"), article("other", "Unrelated words " * 60, "2024-05-01"),
                     article("early", STORY, "2024-05-02")):
            store.add_article(item)
            sign_unsigned(store)  # one article at a time, as incremental runs bring them
        assert copy_of(store) == {"late": "early"}
        pairs = store.db.execute("SELECT article_id, other_id, similarity FROM near_duplicates").fetchall()
        assert [(a, b) for a, b, _ in pairs] == [("early", "late")] and pairs[0][2] >= 0.6
        assert sign_unsigned(store) == 0  # nothing left to sign: nothing is compared twice


def test_short_texts_and_different_stories_are_not_copies(tmp_path):
    assert signature("Photo: Reuters") == b""
    other = " ".join(f"Rebels attacked a convoy near the border on night {i}, the army said." for i in range(12))
    assert similarity(signature(STORY), signature(other)) < 0.2
    with Store(tmp_path / "x.db") as store:
        for item in (article("a", "Photo: Reuters", None), article("b", "Photo: Reuters ", None),
                     article("c", STORY, None), article("d", other, None)):
            store.add_article(item)
        with store.db:
            add_signatures(store, [(a, signature(b)) for a, b in
                                   store.db.execute("SELECT id, body FROM articles").fetchall()])
        assert copy_of(store) == {}


def test_the_article_page_and_api_name_the_original_and_its_copies(tmp_path):
    import sys
    from pathlib import Path

    import httpx

    sys.path.insert(0, str(Path(__file__).parent.parent / "web"))
    from web_helpers import serve

    with Store(tmp_path / "x.db") as store:
        store.add_article(article("orig", STORY, "2024-05-02"))
        store.add_article(article("copy", STORY + " Reporting by a wire service.", "2024-05-03"))
        sign_unsigned(store)
    with serve(tmp_path / "x.db") as base, httpx.Client(base_url=base, timeout=10) as client:
        copy = client.get("/api/articles/copy").json()
        assert copy["copy_of"]["id"] == "orig" and copy["copies"] == []
        original = client.get("/api/articles/orig").json()
        assert original["copy_of"] is None and [c["id"] for c in original["copies"]] == ["copy"]
        page = client.get("/articles/copy").text
        assert "A near-duplicate of" in page and 'href="/articles/orig"' in page

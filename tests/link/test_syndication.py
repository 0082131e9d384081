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


def _in_fresh_process(code: str, tmp_path, **env: str) -> str:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    environment = dict(os.environ, PYTHONPATH=root, XDG_CACHE_HOME=str(tmp_path / "cache"), **env)
    done = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)
    return done.stdout.strip()


_SIGN = """
import sys
from dateline.link.syndication import _bands, signed
text = " ".join(f"word{i} of the text" for i in range(60))
minhash, keys = signed(text)
print(minhash.hex(), keys, _bands(), "scipy.integrate" in sys.modules)
"""


def test_signing_does_not_import_scipy_once_the_band_layout_is_cached(tmp_path):
    """datasketch imports scipy.integrate only to choose a band layout: the first process
    chooses it (through the real scipy), later ones sign with the cached layout and never
    import it; the signatures and band keys are the same either way, and the same as with
    datasketch imported the ordinary way (scipy first)."""
    first = _in_fresh_process(_SIGN, tmp_path).rsplit(" ", 1)
    later = _in_fresh_process(_SIGN, tmp_path).rsplit(" ", 1)
    uncached = _in_fresh_process(_SIGN, tmp_path, DATELINE_NO_CACHE="1").rsplit(" ", 1)
    ordinary = _in_fresh_process("import datasketch\n" + _SIGN, tmp_path, DATELINE_NO_CACHE="1").rsplit(" ", 1)
    assert first[1] == "True" and later[1] == "False" and uncached[1] == "True"
    assert first[0] == later[0] == uncached[0] == ordinary[0]
    assert first[0].endswith("(10, 6)")


def test_scipy_integrate_imported_after_datasketch_is_the_real_module(tmp_path):
    """The stand-in for scipy.integrate leaves sys.modules once datasketch is imported, and
    datasketch's own use of it (choosing a band layout) reaches the real ``quad``."""
    code = """
import sys
from dateline.link.syndication import datasketch
package = datasketch()
assert "scipy.integrate" not in sys.modules
from scipy.integrate import quad
print(type(sys.modules["scipy.integrate"]).__name__, round(quad(lambda x: x, 0, 1)[0], 3))
lsh = package.MinHashLSH(threshold=0.6, num_perm=64)
print(lsh.b, lsh.r)
"""
    assert _in_fresh_process(code, tmp_path).splitlines() == ["module 0.5", "10 6"]

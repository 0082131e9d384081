"""RSS and Atom feed files: one document per entry."""

from __future__ import annotations

from pathlib import Path

from read_helpers import RSS_FEED, read_all

from dateline.records import RawDocument, Rejection

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Le Journal</title><id>urn:journal</id><updated>2024-05-02T10:00:00+02:00</updated>
  <entry>
    <title>Rencontre à Paris</title><id>urn:e1</id>
    <link href="https://journal.example/e1"/>
    <published>2024-05-01T23:30:00+02:00</published><updated>2024-05-02T08:00:00+02:00</updated>
    <author><name>Jeanne Dupont</name></author>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;Les ministres se sont rencontrés – longuement.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Sans lien</title><id>urn:e2</id><updated>2024-05-02T09:00:00Z</updated>
    <content type="text">Texte brut de l'entrée.</content>
  </entry>
  <entry><title>Vide</title><id>urn:e3</id><updated>2024-05-02T09:00:00Z</updated></entry>
</feed>"""


def test_rss_entries(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_text(RSS_FEED, encoding="utf-8")
    first, second = read_all([str(path)])
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.source, first.url, first.kind) == (
        "https://news.example/a1", "https://news.example/a1", "html")
    assert first.content == "<p>The two leaders met on Monday.</p>"
    assert (first.title, first.outlet, first.language, first.external_id) == (
        "Leaders meet", "World News", "en", "a1")
    # The entry's own date, not shifted to UTC (23:30 -04:00 is the 4th in UTC).
    assert first.published == "2024-06-03"
    assert first.author and "Ann Writer" in first.author
    assert second.published == "2024-06-04"


def test_atom_entries_content_link_fallback_and_empty_entry(tmp_path: Path) -> None:
    path = tmp_path / "journal.atom"
    path.write_text(ATOM_FEED, encoding="utf-8")
    first, second, third = read_all([str(path)])
    assert isinstance(first, RawDocument)
    assert "rencontrés – longuement" in first.content  # content, not the shorter summary
    assert (first.published, first.author, first.language) == ("2024-05-01", "Jeanne Dupont", "fr")
    assert isinstance(second, RawDocument)
    assert (second.source, second.url, second.kind) == (f"{path}#entry-2", None, "text")
    assert isinstance(third, Rejection)
    assert third.source == f"{path}#entry-3" and "no content or summary" in third.reason


def test_xml_file_is_read_as_feed_only_when_it_is_one(tmp_path: Path) -> None:
    (tmp_path / "a_feed.xml").write_text(RSS_FEED, encoding="utf-8")
    (tmp_path / "b_other.xml").write_text("<?xml version='1.0'?><catalog><book/></catalog>")
    items = read_all([str(tmp_path)])
    assert [type(item).__name__ for item in items] == ["RawDocument", "RawDocument", "Rejection"]
    assert "not an RSS or Atom feed" in items[2].reason


def test_feed_without_entries_and_broken_feed(tmp_path: Path) -> None:
    (tmp_path / "a.rss").write_text("<rss version='2.0'><channel><title>T</title></channel></rss>")
    (tmp_path / "b.rss").write_text("this is not xml at all")
    first, second = read_all([str(tmp_path)])
    assert isinstance(first, Rejection) and first.reason == "feed has no entries"
    assert isinstance(second, Rejection) and "not an RSS or Atom feed" in second.reason

"""The HTML pages over a real store, through a real uvicorn server on 127.0.0.1:
content, highlighting, and that markup from an article never takes effect."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote

import httpx
import pytest
from web_helpers import XSS_IMG, XSS_SCRIPT

Live = tuple[httpx.Client, dict[str, str]]


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside <mark> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._depth += 1
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.marks[-1] += data


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def evil_pages(ids: dict[str, str]) -> list[str]:
    return [
        "/", "/?type=ACCUSE", f"/happenings/{ids['evil_happening']}", f"/actors/{quote(ids['evil_actor'])}",
        "/actors/person:lavrov", "/actors", "/actors?q=evil", "/pair?a=Blinken&b=Lavrov", "/articles",
        f"/articles/{ids['evil_article']}", "/search?q=Breaking", "/search?q=" + quote(XSS_SCRIPT),
        "/?a=" + quote(XSS_IMG), "/nope" + quote(XSS_SCRIPT),
    ]


def test_article_markup_is_escaped_on_every_page(live: Live) -> None:
    client, ids = live
    for path in evil_pages(ids):
        response = client.get(path)
        assert response.headers["content-type"].startswith("text/html"), path
        html = response.text
        assert XSS_SCRIPT not in html and "<img" not in html, path
        for tag, attrs in parse(html).tags:
            assert tag != "img", path
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            assert "style" not in attrs, (path, tag)  # the CSP forbids inline styles anyway
            if tag == "script":
                assert attrs.get("src") == "/static/app.js", path
            for name in ("href", "src", "action"):
                assert not (attrs.get(name) or "").lower().startswith(("javascript:", "data:")), (path, tag)
    # ... and the text shows up escaped where it belongs
    article = client.get(f"/articles/{ids['evil_article']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article and "&lt;img src=x onerror=alert(1)&gt;" in article


def test_timeline_page_filters_and_links(live: Live) -> None:
    client, ids = live
    html = client.get("/").text
    assert html.count('class="happening"') == 3 and "2 sources" in html
    pair = client.get("/", params={"a": "Lavrov", "b": "Wang Yi"}).text
    assert pair.count('class="happening"') == 2 and f'href="/happenings/{ids["manila"]}"' in pair
    dated = client.get("/", params={"since": "2024-03", "type": "CONSULT"}).text
    assert dated.count('class="happening"') == 1 and "Manila" in dated
    assert "No stored actor matches" in client.get("/", params={"a": "Nobody Atall"}).text
    paged = client.get("/", params={"limit": 1}).text
    assert paged.count('class="happening"') == 1 and "offset=1" in paged
    too_big = client.get("/", params={"limit": 1000})
    assert too_big.status_code == 422 and "less than or equal to 200" in too_big.text


def test_happening_page_highlights_evidence_per_source(live: Live) -> None:
    client, ids = live
    html = client.get(f"/happenings/{ids['manila']}").text
    sections = html.split('<section class="source">')[1:]
    assert len(sections) == 2
    for section in sections:
        marks = parse(section).marks
        assert any("Manila" in m for m in marks)
    # An event read from the headline (offsets 0-0) is shown as told there, its words marked.
    told = [s for s in sections if "Told in the headline" in s]
    assert len(told) == 1 and "Wang and Lavrov hold talks" in parse(told[0]).marks
    assert "<circle" in html and "Outlet Two" in html and "We are partners" in html
    evil = client.get(f"/happenings/{ids['evil_happening']}").text
    marks = parse(evil.split('<section class="source">')[1]).marks
    assert marks == [f"Antony Blinken accused Sergey Lavrov of lying {XSS_IMG} today."]
    missing = client.get("/happenings/nothing-here")
    assert missing.status_code == 404 and "no happening with id" in missing.text


def test_actor_page_roles_counterparts_and_chart(live: Live) -> None:
    client, _ = live
    html = client.get("/actors/person:lavrov").text
    assert "Foreign Minister" in html and 'href="/actors/person%3Awang-yi"' in html
    assert '<svg class="chart"' in html and "2024-07: 1 CONSULT" in html
    assert client.get("/actors/person:nobody").status_code == 404


def test_pair_page(live: Live) -> None:
    client, ids = live
    html = client.get("/pair", params={"a": "Lavrov", "b": "Wang Yi"}).text
    assert html.count('class="happening"') == 2 and "We are partners" in html and "United Nations" in html
    assert "No stored actor matches" in client.get("/pair", params={"a": "Lavrov", "b": "Nobody Atall"}).text


def test_article_page_strikes_removed_text(live: Live) -> None:
    client, ids = live
    html = client.get(f"/articles/{ids['article_one']}").text
    assert '<del title="navigation">Subscribe now\n</del>MANILA' in html
    assert 'href="https://news.example.org/manila?id=1&amp;x=2" rel="noopener noreferrer nofollow"' in html
    assert "CONSULT" in html and "We are partners" in html and f'href="/happenings/{ids["manila"]}"' in html
    assert client.get("/articles/zzzz").status_code == 404


def test_search_page_snippets(live: Live) -> None:
    client, _ = live
    html = client.get("/search", params={"q": "ministers spoke"}).text
    assert "<mark>ministers</mark> <mark>spoke</mark>" in html
    assert "No article matches" in client.get("/search", params={"q": "zebra"}).text


@pytest.mark.parametrize("path", ["/static/style.css", "/static/app.js", "/static/world.svg"])
def test_static_assets(live: Live, path: str) -> None:
    client, _ = live
    response = client.get(path)
    assert response.status_code == 200 and len(response.text) > 100


def test_chart_and_map_drawings() -> None:
    from dateline.web.svg import monthly_chart, world_plot

    rows = [{"month": "1990-01", "type": "CONSULT", "n": 2}, {"month": "2024-05", "type": "ACCUSE", "n": 1}]
    by_year = str(monthly_chart(rows))
    assert by_year.count("<rect") == 2 + 2 and "1990: 2 CONSULT" in by_year and "2024: 1 ACCUSE" in by_year
    by_month = str(monthly_chart([{"month": "2024-01", "type": "AGREE", "n": 3},
                                  {"month": "2024-03", "type": "AGREE", "n": 1}]))
    assert "24-02" in by_month and "2024-03: 1 AGREE" in by_month
    assert "No dated happenings" in str(monthly_chart([]))
    manila = str(world_plot(14.6, 120.98, "Manila <b>"))
    assert 'cx="300.98" cy="75.40"' in manila and "Manila &lt;b&gt;" in manila
    assert "<circle" not in str(world_plot(None, None))
    assert '<image href="/static/world.svg"' in manila  # the land, drawn once into a static file


def test_many_sources_show_full_text_for_the_first_twenty(tmp_path) -> None:
    from web_helpers import LAVROV, MANILA, WANG, make_article, make_event, serve

    from dateline.records import Happening
    from dateline.store import Store

    events, articles = [], []
    for i in range(22):
        article = make_article(f"m{i:015d}", f"Outlet {i}", f"Report {i}", "2024-07-26",
                           f"Intro {i}. Lavrov met Wang <b>{i}</b> in Manila. Outro.")
        articles.append(article)
        events.append(make_event(f"ev{i}", article, f"Lavrov met Wang <b>{i}</b> in Manila.", "CONSULT",
                             [LAVROV], [WANG], "2024-07-26", MANILA))
    happening = Happening("h-many", "CONSULT", "Lavrov meets Wang", "2024-07-26", "day", MANILA, [LAVROV, WANG],
                          mentions=events)
    path = tmp_path / "many.db"
    with Store(path) as store:
        for article, event in zip(articles, events):
            store.add_article(article)
            store.save_analysis(article.id, status="done", events=[event])
        store.replace_happenings([happening], {a.id: happening.id for a in articles})
    with serve(path) as base_url:
        html = httpx.get(base_url + "/happenings/h-many").text
        detail = httpx.get(base_url + "/api/happenings/h-many").json()
    sections = html.split('<section class="source">')[1:]
    assert len(sections) == 22 and len(detail["sources"]) == 22 and "body" not in detail["sources"][0]
    assert all('<div class="text">' in s for s in sections[:20])
    assert all('<div class="text">' not in s and "evidence-only" in s for s in sections[20:])
    assert all(parse(s).marks[0].startswith("Lavrov met Wang <b>") for s in sections)  # text, not markup
    assert "<b>" not in html

"""HTML pages: trafilatura body and metadata, the whole-page rendering, rejections."""

from __future__ import annotations

from dateline.clean import clean_document, page_text
from dateline.records import Article, RawDocument, Rejection

PARAGRAPHS = [
    "The prime ministers of Portugal and Spain met in Lisbon on Monday to sign an agreement "
    "on a new high-speed railway line between the two capitals.",
    "The agreement sets out how the costs of the line will be shared and which companies "
    "may bid for the construction work over the next three years.",
    "Both leaders said the railway would cut the travel time between Lisbon and Madrid to "
    "less than three hours once it opens at the end of the decade.",
    "Opposition parties in both countries criticised the plan as too expensive, and asked "
    "for an independent review of the projected passenger numbers.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Portugal and Spain sign railway deal | Iberia Daily</title>
<meta property="og:site_name" content="Iberia Daily">
<meta property="og:title" content="Portugal and Spain sign railway deal">
<meta property="article:published_time" content="2023-05-15T09:30:00Z">
<meta name="author" content="Ana Costa">
<script>var tracking = "do not show me";</script>
<style>body {{ color: black; }}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Portugal and Spain sign railway deal</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p>{PARAGRAPHS[2]}</p>
<p>{PARAGRAPHS[3]}</p>
</article>
<footer><p>Copyright 2023 Iberia Daily. All rights reserved.</p></footer>
</body></html>
"""


def _clean(html: str, **kwargs: str) -> Article | Rejection:
    return clean_document(RawDocument(source="page.html", kind="html", content=html, **kwargs))


def test_page_text_keeps_every_block_and_drops_scripts() -> None:
    text = page_text(PAGE)
    lines = text.split("\n")
    assert "Home" in lines and "World" in lines
    assert PARAGRAPHS[0] in lines
    assert "Copyright 2023 Iberia Daily. All rights reserved." in lines
    assert "do not show me" not in text and "color: black" not in text


def test_html_article_body_and_metadata() -> None:
    article = _clean(PAGE)
    assert isinstance(article, Article)
    for para in PARAGRAPHS:
        assert para in article.body
    assert "Copyright" not in article.body and "Sport" not in article.body
    assert "<p>" not in article.original and article.original == page_text(PAGE)
    assert article.title == "Portugal and Spain sign railway deal"
    assert article.published == "2023-05-15"
    assert article.outlet == "Iberia Daily"
    assert article.author == "Ana Costa"
    assert article.language == "en"
    assert article.kind == "html"
    for body_start, orig_start, length in article.segments:
        assert article.original[orig_start : orig_start + length] == (
            article.body[body_start : body_start + length]
        )
    removed = {span.text for span in article.removed}
    assert "Sport" in removed


def test_html_without_article_text_is_rejected() -> None:
    result = _clean("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert isinstance(result, Rejection)
    assert result.source == "page.html" and "no article text" in result.reason


def _dated_page(top: str = "", first: str = "", head: str = "") -> str:
    comments = ('<div class="comments"><h3>2 Comments</h3><p>Harbour Watcher</p>'
                '<span class="date">June 20, 2024</span><p>Long overdue.</p></div>')
    body = "".join(f"<p>{first if i == 0 else ''}{p}</p>" for i, p in enumerate(PARAGRAPHS))
    return (f"<html><head><title>Rail deal</title>{head}</head><body><nav><a href='/'>Home</a>"
            f"</nav><article><h1>Portugal and Spain sign railway deal</h1>{top}{body}</article>"
            f"{comments}</body></html>")


def _html(content: str, url: str | None = None, published: str | None = None) -> Article:
    result = clean_document(RawDocument(source="page.html", kind="html", content=content,
                                        url=url, published=published))
    assert isinstance(result, Article), result
    return result


def test_html_date_line_url_and_dateline() -> None:
    article = _html(_dated_page(top="<p>Saturday, 24 September, 2022, 14:36</p>"))
    assert article.published == "2022-09-24"
    assert not article.body.startswith("Saturday")
    assert _html(_dated_page(), url="https://news.example/rail-deal-20230919.html").published == (
        "2023-09-19")
    yearless = _dated_page(first="LISBON, May 15 (Lusa) – ")
    assert _html(yearless, url="https://news.example/2023/05/rail/").published == "2023-05-15"
    assert _html(_dated_page(first="LISBON, 15 May 2023 (Lusa): ")).published == "2023-05-15"


def test_html_meta_tag_beats_url_and_comment_date_never_counts() -> None:
    head = '<meta property="article:published_time" content="2023-05-15T09:30:00Z">'
    url = "https://news.example/2023/05/12/rail/"
    assert _html(_dated_page(head=head), url=url).published == "2023-05-15"
    # Without any date but the comment's, there is none.
    assert _html(_dated_page()).published is None

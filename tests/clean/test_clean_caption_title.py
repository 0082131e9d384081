"""A caption or photo-credit line before the article is never taken for its title."""

from __future__ import annotations

import pytest

from dateline.clean import clean_document
from dateline.clean.lines import ends_in_credit
from dateline.records import Article, RawDocument

BODY = [
    "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing "
    "quotas and a new agreement on research vessels in the southern ocean.",
    "Officials said the talks lasted more than four hours and ended with a joint statement "
    "that both governments would review the existing treaty before the end of the year.",
    "The Chilean minister told reporters that his country wanted closer cooperation on "
    "climate monitoring, while his Norwegian host stressed shared economic interests.",
]

CAPTIONS = [
    "Minister Ana Torres greets fishermen at the harbour – Courtesy of the Chilean Foreign Ministry",
    "Fishing boats moored in the port of Bergen (Photo: Reuters)",
    "Delegates arrive at the conference hall in Oslo Image: AFP/Getty",
    "Research vessel leaves the harbour at dawn (Reuters)",
    "A trawler crew unloads the catch in Valparaiso - Photo credit: Ministry Press Office",
    "The two delegations pose for a picture in Oslo Jane Hill/AFP",
    "Ministers shake hands before the talks in Oslo Getty Images",
    "Fishermen watch the talks on television, courtesy of NRK",
]

HEADLINES = [
    "Norway and Chile agree to review fishing treaty",
    "Oslo talks end with joint statement on fishing quotas",
    "Chile courts Norway on climate monitoring",
    "Ministers meet in Oslo: fishing treaty under review",
    "Photo exhibition opens in Santiago despite protests",
]


def _clean(lines: list[str]) -> Article:
    result = clean_document(RawDocument(source="t.txt", kind="text", content="\n\n".join(lines)))
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize("caption", CAPTIONS)
def test_line_ending_in_credit_is_a_caption(caption: str) -> None:
    assert ends_in_credit(caption)


@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_does_not_end_in_credit(headline: str) -> None:
    assert not ends_in_credit(headline)


@pytest.mark.parametrize("caption", CAPTIONS)
def test_caption_before_the_article_is_not_the_title(caption: str) -> None:
    article = _clean([caption, *BODY])
    assert article.title != caption


@pytest.mark.parametrize("caption", CAPTIONS)
def test_headline_is_found_past_a_caption(caption: str) -> None:
    article = _clean([HEADLINES[0], caption, *BODY])
    assert article.title == HEADLINES[0]
    article = _clean([caption, HEADLINES[0], *BODY])
    assert article.title == HEADLINES[0]


def test_repeated_caption_is_not_the_title() -> None:
    caption = CAPTIONS[1]
    article = _clean([caption, *BODY[:2], caption, BODY[2]])
    assert article.title != caption


def test_labelled_headline_is_no_credit() -> None:
    """A gallery's label opening its headline is no credit; a lone short credit is."""
    assert not ends_in_credit("Photos: Crowds gather in Oslo as fishing talks open")
    assert ends_in_credit("Photo : NTB Scanpix")
    article = _clean(["Photos: Crowds gather in Oslo as fishing talks open", *BODY])
    assert article.title == "Photos: Crowds gather in Oslo as fishing talks open"

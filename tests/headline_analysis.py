"""What the headline tests share: one article of a title over a background lede, analysed,
and the events read from its title (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dateline.analyse import Resources, analyse_doc, load_nlp
from dateline.records import Article

BACKGROUND = ("The two countries have quarrelled over fishing rights for years. "
              "Trade between them fell sharply last year.")


def title_analyser() -> Callable[..., Any]:
    """A function analysing a title over ``body`` (the background lede by default)."""
    nlp, resources = load_nlp(), Resources.load()

    def run(title: str, body: str = BACKGROUND):
        article = Article("head", "test", body, body, title=title, published="2024-03-05")
        return analyse_doc(nlp(body), article, resources)

    return run


def headline_events(analysis) -> list:
    """The events read from the title (offsets 0-0: the title is no part of the body)."""
    return [e for e in analysis.events if e.start == e.end == 0]

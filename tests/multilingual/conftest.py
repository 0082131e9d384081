"""Shared fixtures: the packaged knowledge base and an analyser of one invented article."""

from __future__ import annotations

import pytest

from dateline.analyse import Resources
from dateline.multilingual import analyse_article
from dateline.records import Article


@pytest.fixture(scope="session")
def resources():
    return Resources.load()


@pytest.fixture(scope="session")
def analyse(resources):
    def run(language: str, body: str, published: str | None = "2025-08-16"):
        article = Article(id=f"t-{language}", source="test", original=body, body=body,
                          language=language, published=published)
        return analyse_article(article, resources)

    return run


@pytest.fixture(scope="session")
def event(analyse):
    """The one event of ``type_`` in an invented one-sentence article."""

    def run(language: str, body: str, type_: str, published: str | None = "2025-08-16"):
        analysis = analyse(language, body, published)
        found = [e for e in analysis.events if e.type == type_]
        assert len(found) == 1, [(e.type, e.trigger, e.text) for e in analysis.events]
        return found[0]

    return run


def ids(actors) -> list[str]:
    return [a.id for a in actors]

"""Shared fixtures of the extraction tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def resolved_events():
    """``run(text, published)``: the events of a text with its actors found by the resolver
    and the knowledge base, as a run finds them (the knowledge base's post holders depend
    on the publication date)."""
    from dateline.analyse import Resources, load_nlp
    from dateline.extract.events import extract_events
    from dateline.records import Article
    from dateline.resolve.actors import resolve_actors

    nlp, resources = load_nlp(), Resources.load()

    def run(text: str, published: str):
        article = Article("test", "test", text, text, published=published)
        doc = nlp(text)
        return extract_events(doc, article, resolve_actors(doc, article, resources.kb))

    return run

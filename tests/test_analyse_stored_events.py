"""Which of an article's events are stored: not what the text says did not happen, nor a
one-sided retelling of an act already told whole (sentences written for these tests)."""

from __future__ import annotations

import pytest

from dateline.analyse import Resources, analyse_doc, load_nlp
from dateline.records import Article


@pytest.fixture(scope="module")
def analyse():
    nlp, resources = load_nlp(), Resources.load()

    def run(body: str):
        article = Article("stored", "test", body, body, published="2024-03-05")
        return analyse_doc(nlp(body), article, resources).events

    return run


def test_an_act_that_did_not_happen_is_not_stored(analyse):
    from dateline.extract import extract_events
    from dateline.resolve.actors import resolve_actors

    text = "The Chilean minister did not meet Peru's president on Monday."
    article = Article("stored", "test", text, text, published="2024-03-05")
    doc = load_nlp()(text)
    told = extract_events(doc, article, resolve_actors(doc, article, Resources.load().kb))
    assert [e.modality for e in told if e.type == "CONSULT"] == ["negated"]  # the parse reads it so
    assert not [e for e in analyse(text) if e.modality == "negated" or e.type == "CONSULT"]


def test_an_act_that_happened_is_stored(analyse):
    events = analyse("Chile held talks with Peru on fishing rights on Monday.")
    assert [e.type for e in events if e.type == "CONSULT"] == ["CONSULT"]


def test_a_one_sided_retelling_of_an_act_told_whole_is_not_stored(analyse):
    events = analyse("Chile and Peru signed a trade deal on Monday. Officials signed it in Lima.")
    signings = [e for e in events if e.type == "SUPPORT"]
    assert len(signings) == 1 and signings[0].source and signings[0].target

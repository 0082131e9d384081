"""Source and target through reported speech and accusations, on sentences written for
these tests: the speaker is not the doer of what they report or accuse others of."""

from __future__ import annotations

from dateline.extract.events import extract_events
from dateline.records import Article
from dateline.resolve.actors import resolve_actors
from dateline.resolve.kb import ActorKB


def events(nlp, text: str):
    article = Article(id="t", source="test", original=text, body=text, published="2024-05-01")
    doc = nlp(text)
    return extract_events(doc, article, resolve_actors(doc, article, ActorKB.load()))


def roles(event) -> tuple[list, list]:
    return [a.country for a in event.source], [a.country for a in event.target]


def test_said_complement_keeps_its_own_source_and_target(nlp):
    found = [e for e in events(nlp, "Ruto said al-Shabaab attacked Kenyan troops in Somalia.")
             if e.type == "ASSAULT"]
    assert found and roles(found[0]) == (["SO"], ["KE"])


def test_accused_of_makes_the_accused_the_doer(nlp):
    found = events(nlp, "Russia accused Ukraine of shelling the nuclear plant.")
    accuse = [e for e in found if e.type == "ACCUSE"]
    assault = [e for e in found if e.type == "ASSAULT"]
    assert accuse and roles(accuse[0]) == (["RU"], ["UA"])
    assert assault and [a.country for a in assault[0].source] == ["UA"]


def test_reported_group_actors_take_the_place(nlp):
    found = [e for e in events(nlp, "The opposition said police had beaten protesters in Nairobi.")
             if e.type == "ASSAULT"]
    assert found
    assert [(a.country, a.sector) for a in found[0].source] == [("KE", "police")]
    assert [(a.country, a.sector) for a in found[0].target] == [("KE", "civilian")]

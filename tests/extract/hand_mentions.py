"""Actor mentions given by hand, as the resolver would give them, so that tests of event
structure (trigger, type, roles, modality) do not depend on the resolver."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dateline.extract.events import extract_events
from dateline.records import ActorRef, Article, EventMention, Mention


def hand_mentions(text: str, actors: Mapping[str, ActorRef | Sequence[ActorRef]]) -> list[Mention]:
    """A mention for every whole-word occurrence of each name, longest names first; a span
    already taken by a longer name is not taken again."""
    mentions: list[Mention] = []
    taken: set[int] = set()
    for name in sorted(actors, key=len, reverse=True):
        refs = actors[name]
        refs = [refs] if isinstance(refs, ActorRef) else list(refs)
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            whole = (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if whole and not taken & set(range(start, end)):
                mentions.extend(Mention("test", start, end, name, actor) for actor in refs)
                taken.update(range(start, end))
            start = text.find(name, end)
    return mentions


def events_with(nlp, text: str, actors: Mapping[str, ActorRef | Sequence[ActorRef]]) -> list[EventMention]:
    """The events of ``text`` with the hand-given actors."""
    article = Article(id="test", source="test", original=text, body=text)
    return extract_events(nlp(text), article, hand_mentions(text, actors))


def country(code: str, name: str) -> ActorRef:
    return ActorRef(id=f"country:{code}", name=name, kind="country", country=code)


def official(slug: str, name: str, code: str) -> ActorRef:
    """A person holding a government post of country ``code``."""
    return ActorRef(id=slug, name=name, kind="person", country=code, sector="government")


def group(slug: str, name: str, code: str, sector: str | None = None) -> ActorRef:
    return ActorRef(id=slug, name=name, kind="group", country=code, sector=sector)

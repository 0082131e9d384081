"""Typed records that flow between pipeline stages.

read -> RawDocument | Rejection
clean -> Article
analyse/resolve/extract -> ActorRef, Mention, TimeValue, PlaceRef, EventMention, Quote
link -> Happening

Records are plain dataclasses so that a stage can run in a loop, in batches, or on a
Dask worker (they pickle), and so that the store can turn them into rows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year"]
# Where an event's date comes from: its own time expression ("text"), or, for a headline or
# lede event reported as done with none of its own, the report's publication date
# ("reported"), as GDELT, ICEWS and POLECAT date events by their story's date.
DateBasis = Literal["text", "reported"]


def content_id(*parts: str, length: int = 16) -> str:
    """A stable id derived from content: the same parts always give the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass
class RawDocument:
    """One document as read from an input, before cleaning.

    ``kind`` says how ``content`` must be cleaned: "text" (a page saved as text, clutter
    included) or "html" (a whole page).  Metadata fields carry what the container already
    knew (a JSON Lines record's title, a feed entry's date); cleaning fills in the rest.
    """

    source: str  # path, "path#record" or URL the document was read from
    kind: Literal["text", "html"]
    content: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as given by the container, any format
    outlet: str | None = None
    language: str | None = None
    external_id: str | None = None
    author: str | None = None


@dataclass
class Rejection:
    """An input that could not be read, with the reason in words a user can act on."""

    source: str
    reason: str


@dataclass
class RemovedSpan:
    """A stretch of the original text that cleaning removed, and why."""

    start: int
    end: int
    reason: str
    text: str = ""


@dataclass
class Article:
    """A cleaned article.

    ``original`` is the text cleaning worked on (the file's text, or the text rendering of
    an HTML page); ``body`` is the cleaned text.  ``segments`` maps body positions back to
    the original: each ``(body_start, original_start, length)`` says that
    ``body[body_start:body_start+length] == original[original_start:original_start+length]``.
    """

    id: str
    source: str
    original: str
    body: str
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    removed: list[RemovedSpan] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None
    published_bounds: tuple[str | None, str | None] | None = None
    language: str | None = None  # ISO 639-1 code, or None when undetermined
    kind: str = "text"
    external_id: str | None = None

    def to_original(self, pos: int) -> int:
        """Map a position in ``body`` to the matching position in ``original``."""
        best = None
        for body_start, orig_start, length in self.segments:
            if body_start <= pos <= body_start + length:
                return orig_start + (pos - body_start)
            if body_start <= pos:
                best = (body_start, orig_start, length)
        if best is None:
            return 0 if not self.segments else self.segments[0][1]
        body_start, orig_start, length = best
        return orig_start + length


@dataclass(frozen=True)
class ActorRef:
    """A resolved actor: a known person, country or organisation, or a provisional one."""

    id: str  # knowledge-base id, or "provisional:<slug>"
    name: str
    kind: Literal["person", "country", "organisation", "group"]
    country: str | None = None  # ISO 3166-1 alpha-2 where the actor belongs to a country
    sector: str | None = None  # government, military, opposition, business, igo, media, civilian, ...
    role: str | None = None  # the role held on the article's date, where known


@dataclass
class Mention:
    """A stretch of an article's body that refers to an actor."""

    article: str
    start: int  # offsets into Article.body
    end: int
    text: str
    actor: ActorRef


@dataclass
class TimeValue:
    """A date expression resolved against an anchor (usually the publication date).

    ``date`` has the precision the text supports; where the text only bounds the date,
    ``date`` is None and ``earliest``/``latest`` hold the bounds.  ``tense``: for an
    expression left unresolved ("on Friday" with no publication day), the tense of the clause
    the date word belongs to, which says whether it is resolved back or forward later.
    """

    text: str
    date: str | None = None
    precision: Precision | None = None
    earliest: str | None = None
    latest: str | None = None
    start: int = -1
    end: int = -1
    basis: DateBasis = "text"
    tense: str | None = None


@dataclass(frozen=True)
class PlaceRef:
    """A gazetteer entry: a city or a country."""

    name: str
    country: str | None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    kind: Literal["city", "country", "region"] = "city"
    geonameid: int | None = None


@dataclass
class EventMention:
    """One report of an event, in one sentence (or a few) of one article."""

    id: str
    article: str
    type: str  # PLOVER 2.0 type, e.g. "CONSULT"
    start: int  # sentence offsets into Article.body
    end: int
    text: str
    trigger: str = ""
    cameo: str | None = None
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    modality: str = "asserted"  # asserted, planned, negated, hypothetical, demanded
    status: str = "past"  # past, ongoing, planned
    mode: str | None = None
    context: str | None = None
    date: TimeValue | None = None
    place: PlaceRef | None = None
    place_source: str | None = None  # "sentence", "article" (same happening elsewhere), "dateline"
    occasion: str | None = None
    topics: list[str] = field(default_factory=list)
    happening: str | None = None
    lede: bool = False  # told in the report's first two sentences
    # The id of the article's whole event of this type whose parties this one-sided report
    # took ("the expulsions were initiated by Canada" after "Canada expelled ..."): one act.
    completed_by: str | None = None

    @property
    def participants(self) -> list[ActorRef]:
        seen: dict[str, ActorRef] = {}
        for actor in [*self.source, *self.target]:
            seen.setdefault(actor.id, actor)
        return list(seen.values())


@dataclass
class Quote:
    """Words attributed to a speaker: a direct quote (full or partial) or reported speech."""

    id: str
    article: str
    text: str
    start: int  # offsets into Article.body of the quoted words
    end: int
    speaker: ActorRef | None = None
    speaker_text: str | None = None
    cue: str | None = None
    direct: bool = True
    happening: str | None = None


@dataclass
class Happening:
    """A real-world event, reported by one or more event mentions."""

    id: str
    type: str
    label: str
    date: str | None
    date_precision: Precision | None
    place: PlaceRef | None
    participants: list[ActorRef]
    mentions: list[EventMention] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    status: str = "past"
    occasion: str | None = None
    date_basis: DateBasis | None = None  # None when undated

    @property
    def articles(self) -> list[str]:
        return sorted({m.article for m in self.mentions})


@dataclass
class Analysis:
    """Everything analysis found in one article (here, not in dateline.analyse, so the process
    that stores it need not import spaCy)."""

    article_id: str
    status: str
    mentions: list[Mention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quote_keys: dict[str, str] = field(default_factory=dict)


def failure_rejection(article: Article, status: str) -> Rejection | None:
    """A failed analysis as a rejection naming the article's input and the reason (stored with
    the rejections and reported like them); None for any other status."""
    if not status.startswith("failed"):
        return None
    reason = status.removeprefix("failed").lstrip(": ")
    return Rejection(article.source, f"article {article.id} stored but not analysed: {reason}")

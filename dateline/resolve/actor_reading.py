"""The state of one article's left-to-right reading of actors, and the small readers the
name passes, the description reader and the main reader share: the spans found, who has
been mentioned, the title written before a name and what a qualifying name stands for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from dateline.records import ActorRef, Article, Mention
from dateline.resolve.kb import (
    CAT_ADJ,
    CAT_BODY,
    CAT_CAPITAL,
    CAT_COUNTRY,
    CAT_DEMONYM,
    CAT_METONYM,
    CAT_ORG,
    CAT_PERSON,
    ActorKB,
    Entry,
)

CAT_PROVISIONAL = "provisional"
TITLE_POS = {"NOUN", "PROPN", "ADJ"}


@dataclass
class Span:
    start: int  # token indexes, end exclusive
    end: int
    entries: list[Entry]
    short: bool = False

    def cats(self) -> set[str]:
        return {e.cat for e in self.entries}

    def first(self, *cats: str) -> Entry | None:
        return next((e for e in self.entries if e.cat in cats), None)


@dataclass
class NounSpan:
    start: int
    end: int
    values: list[tuple[Any, ...]]
    used: bool = False

    def kind(self, name: str) -> tuple[Any, ...] | None:
        return next((v for v in self.values if v[0] == name), None)


@dataclass
class Reading:
    """State of one article's left-to-right reading."""

    doc: Doc
    article: Article
    kb: ActorKB
    on: str | None
    folded: list[str]
    names: dict[int, Span] = field(default_factory=dict)  # by start token
    name_at: list[Span | None] = field(default_factory=list)  # span covering each token
    nouns: dict[int, NounSpan] = field(default_factory=dict)
    noun_at: list[NounSpan | None] = field(default_factory=list)
    people_in_article: dict[str, int] = field(default_factory=dict)  # id -> first token
    provisional: dict[str, ActorRef] = field(default_factory=dict)
    person_refs: dict[str, ActorRef] = field(default_factory=dict)  # as first resolved
    honorifics: set[str] = field(default_factory=set)
    cased: list[bool] = field(default_factory=list)  # capitalised word, letters only
    seen_people: list[tuple[int, ActorRef]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: dict[Any, Any] = field(default_factory=dict)  # what context_country worked out
    names_hit: dict[int, list[Entry]] = field(default_factory=dict)  # matches by start


def article_date(article: Article) -> str | None:
    """The date roles are read at: publication date, else its upper bound, else None."""
    if article.published:
        return article.published
    if article.published_bounds and article.published_bounds[1]:
        return article.published_bounds[1]
    return None


def describe(actor: ActorRef) -> dict[str, str | None]:
    """The fields an export shows for an actor."""
    return {"name": actor.name, "country": actor.country, "role": actor.role,
            "sector": actor.sector}


def cased(token: Token) -> bool:
    """A name starts with a capital (or a letter without case, as in 王毅)."""
    return cased_text(token.text)


def cased_text(text: str) -> bool:
    ch = text[:1]
    return ch.isupper() or (ch.isalpha() and not ch.islower())


def put_name(r: Reading, span: Span) -> None:
    r.names[span.start] = span
    for i in range(span.start, span.end):
        r.name_at[i] = span



def emit_actor(r: Reading, start_tok: int, end_tok: int, actor: ActorRef) -> None:
    start = r.doc[start_tok].idx
    last = r.doc[end_tok - 1]
    end = last.idx + len(last.text)
    r.mentions.append(Mention(article=r.article.id, start=start, end=end,
                              text=r.article.body[start:end], actor=actor))
    if actor.kind == "person":
        r.seen_people.append((start_tok, actor))



def span_text(r: Reading, start: int, end: int) -> str:
    return r.doc[start:end].text.strip(" ,")


def role_text(r: Reading, title: Title, name_start: int) -> str | None:
    """The role words of a title; "former" before the country word is kept."""
    text = span_text(r, title.role_start, name_start)
    before = {r.folded[i] for i in range(title.start, title.role_start)}
    for word in ("former", "ex", "then"):
        if word in before and not text.lower().startswith(word):
            text = f"{word} {text}".replace("ex ", "ex-")
    return text or None



@dataclass
class Title:
    start: int  # first token of the title, qualifier included
    role_start: int  # first token after the qualifier
    country: str | None
    org: str | None


def qualifier_entry(span: Span) -> tuple[str | None, str | None]:
    """(country, organisation) a name span stands for when it qualifies a noun."""
    country = span.first(CAT_ADJ, CAT_COUNTRY, CAT_CAPITAL, CAT_METONYM, CAT_DEMONYM, CAT_BODY)
    if country is not None:
        return country.id.split(":")[0], None
    org = span.first(CAT_ORG)
    return (None, org.id) if org is not None else (None, None)


def title_before(r: Reading, pos: int, limit: int = 8) -> Title | None:
    """The title written before a name: "South Korean presidential office spokesman"."""
    i = pos
    start, country, org, qual_end = pos, None, None, None
    modifiers = r.kb.modifiers
    while i > 0 and pos - i < limit:
        tok = r.doc[i - 1]
        if tok.is_sent_end and i - 1 != pos - 1:
            break
        span = r.name_at[i - 1]
        if span is not None:
            if span.cats() & {CAT_PERSON, CAT_PROVISIONAL}:
                break
            c, o = qualifier_entry(span)
            if c is None and o is None:
                break
            country, org, start, qual_end = c, o, span.start, span.end
            i = span.start
            continue
        if r.folded[i - 1] in ("'s", "'") and i >= 2 and r.name_at[i - 2] is not None:
            i -= 1
            continue
        noun = r.noun_at[i - 1]
        if noun is not None:
            start = i = noun.start
            continue
        if tok.text == "-" or r.folded[i - 1] in modifiers:
            start = i = i - 1
            continue
        if tok.pos_ in TITLE_POS and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL", "GPE"}:
            start = i = i - 1
            continue
        break
    if start == pos:
        return None
    role_start = qual_end if qual_end is not None else start
    while role_start < pos and r.folded[role_start] in ("'s", "'"):
        role_start += 1
    return Title(start=start, role_start=role_start, country=country, org=org)


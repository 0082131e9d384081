"""Building blocks of the actor knowledge base: records, name folding, date spans,
and the token trie used for longest-match lookups."""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# Trie entry categories.  Country words differ in how they may be used: a name or a
# metonym is an actor by itself, an adjective only qualifies a noun ("Chinese diplomat").
CAT_PERSON = "person"
CAT_ORG = "org"
CAT_BODY = "body"  # a named government body of one country ("State Department")
CAT_COUNTRY = "country"  # "China", "the Philippines"
CAT_ADJ = "adj"  # "Chinese", "South Korean"
CAT_DEMONYM = "demonym"  # "Russians", "Americans"
CAT_CAPITAL = "capital"  # "Beijing": an actor only when not used as a place
CAT_METONYM = "metonym"  # "the Kremlin", "Downing Street"


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Role:
    """A post a person held: ``key`` names the kind of post, ``of`` where it was held."""

    key: str  # e.g. "foreign_minister"
    of: str  # ISO 3166-1 alpha-2 code, or an organisation id ("un", "eu")
    title: str  # display title, e.g. "Foreign Minister", "Secretary of State"
    start: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when unknown
    end: str | None = None  # None while the post is held
    sector: str = "government"
    also: tuple[str, ...] = ()  # further role keys the post counts as ("head_of_state")
    rank: int = 100  # lower ranks first when a person holds several posts at once

    def keys(self) -> tuple[str, ...]:
        return (self.key, *self.also)


@dataclass
class Person:
    id: str
    name: str
    nationality: str | None = None
    aliases: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)  # surname/given name used after a full mention
    short_given: bool = False  # `short` set in the data (possibly empty: no short form)
    roles: list[Role] = field(default_factory=list)
    sector: str | None = None  # for people without roles: business, opposition, ...


@dataclass
class Country:
    code: str
    name: str
    names: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    bodies: dict[str, list[str]] = field(default_factory=dict)  # body key -> names
    leader: list[str] = field(default_factory=list)  # role keys meant by "the X leader"
    family_name_first: bool = False
    both_name_orders: bool = False  # reports write its names in either order ("Kishida Fumio")


@dataclass
class Organisation:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "organisation"  # "organisation" or "group" (ActorRef.kind)
    sector: str = "igo"
    country: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class Entry:
    """What a matched phrase stands for."""

    cat: str
    id: str  # person id, organisation id, ISO2 code, or "CC:body_key"


# --------------------------------------------------------------------------- helpers


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a word, as used for all lookups."""
    if text.isascii():
        folded = text.lower()
    else:
        text = text.replace("\u2019", "'").replace("\u2018", "'")
        decomposed = unicodedata.normalize("NFKD", text)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if len(folded) > 1 and "." in folded and folded.replace(".", "").isalpha():
        folded = folded.replace(".", "")  # "U.S." -> "us", "U.N." -> "un"
    return folded


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


@functools.lru_cache(maxsize=8192)
def date_span(value: str | None, *, upper: bool) -> str | None:
    """First (or last) day that a full or partial ISO date covers."""
    if value is None:
        return None
    value = str(value)
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return f"{parts[0]}-12-31" if upper else f"{parts[0]}-01-01"
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-{last if upper else 1:02d}"
    except ValueError as exc:
        raise ValueError(f"bad date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY") from exc
    return value[:10]


def role_active(role: Role, on: str | None) -> bool:
    """Whether the role was held at some point of the (possibly partial) date ``on``.

    A role's start is inclusive and its end exclusive, so that on a hand-over day only
    the incoming holder counts; a partial date counts every day it covers.
    """
    if on is None:
        return True
    q_start, q_end = date_span(on, upper=False), date_span(on, upper=True)
    r_start = date_span(role.start, upper=False)
    r_end = date_span(role.end, upper=True) if role.end and len(role.end) < 10 else role.end
    if r_start and q_end and r_start > q_end:
        return False
    if r_end and q_start and r_end <= q_start:
        return False
    return True


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def entry_date(value: Any) -> str | None:
    if value in (None, "", "~"):
        return None
    return str(value)


@functools.lru_cache(maxsize=1)
def phrase_tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


@functools.lru_cache(maxsize=50_000)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Folded tokens of a phrase, split the way the English spaCy tokenizer splits text."""
    if _PLAIN.fullmatch(phrase) and len(phrase) > 3:  # plain words split on spaces alone
        return tuple(fold(w) for w in phrase.split(" "))
    return tuple(fold(t.text) for t in phrase_tokenizer()(phrase) if not t.is_space)


def variants(name: str) -> set[str]:
    """Spelling variants of a name that reporting uses interchangeably."""
    if name.startswith(("the ", "The ")):
        name = name[4:]  # matched without the article: "the Kremlin" -> "Kremlin"
    out = {name}
    if "-" in name:
        out.add(name.replace("-", " "))
    for form in list(out):
        if " of the " in form:  # "Democratic Republic of the Congo" is also "... of Congo"
            out.add(form.replace(" of the ", " of "))
    return out


def plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last = last + "es"
    elif last.endswith("man"):
        last = last[:-3] + "men"
    else:
        last = last + "s"
    return f"{head} {last}".strip()


class Trie:
    """Token-sequence trie: longest match of phrases over a token list."""

    END = "\0"

    def __init__(self) -> None:
        self.root: dict = {}

    def add(self, tokens: Sequence[str], value: Any) -> None:
        if not tokens:
            return
        node = self.root
        for tok in tokens:
            node = node.setdefault(tok, {})
        values = node.setdefault(self.END, [])
        if value not in values:
            values.append(value)

    def longest(self, tokens: Sequence[str], start: int) -> tuple[int, list] | None:
        """(end, values) of the longest phrase starting at ``start``, or None."""
        node: dict = self.root
        best = None
        for i in range(start, len(tokens)):
            child = node.get(tokens[i])
            if child is None:
                break
            node = child
            if self.END in node:
                best = (i + 1, node[self.END])
        return best

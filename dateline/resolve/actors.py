"""Find the actors an article mentions and resolve them against the knowledge base.

Works on a spaCy Doc of ``article.body``.  Five passes over the tokens:

1. names from the knowledge base (people, countries and their words, organisations),
   by longest match in a token trie;
2. people spaCy finds that the knowledge base does not know (provisional actors);
3. bare surnames of people named in full somewhere in the article ("Wang", "Lavrov");
4. description nouns ("foreign minister", "counterpart", "foreign ministry", "two");
5. a left-to-right reading that joins titles to names, qualifiers to nouns, and resolves
   descriptions against the roles people held on the article's date and the people
   already mentioned.

Passes 1-4 live in ``actor_names``, the reading state and the title reader they share in
``actor_reading``, the places around a phrase in ``actor_places``, the descriptions in
``actor_descriptions``; this module runs them and reads names (pass 5).
"""


from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.records import ActorRef, Article, Mention
from dateline.resolve.actor_descriptions import read_descriptions
from dateline.resolve.actor_groupings import read_groupings
from dateline.resolve.actor_names import (
    add_provisional_people,
    match_names,
    match_nouns,
    match_short_names,
)
from dateline.resolve.actor_places import is_place, sole_article_country
from dateline.resolve.actor_reading import (
    CAT_PROVISIONAL,
    Reading,
    Span,
    article_date,
    cased_text,
    describe,
    emit_actor,
    qualifier_entry,
    role_text,
    span_text,
    title_before,
)
from dateline.resolve.kb import (
    CAT_ADJ,
    CAT_BODY,
    CAT_CAPITAL,
    CAT_COUNTRY,
    CAT_DEMONYM,
    CAT_METONYM,
    CAT_ORG,
    CAT_PERSON,
    COUNTRY_CATS,
    ActorKB,
    fold,
)

__all__ = ["resolve_actors", "describe", "article_date"]


def resolve_actors(doc: Doc, article: Article, kb: ActorKB) -> list[Mention]:
    """Mentions of people, countries and organisations in ``article.body`` (``doc``)."""
    texts = [t.text for t in doc]
    r = Reading(doc=doc, article=article, kb=kb, on=article_date(article),
                folded=[fold(t) for t in texts],
                cased=[cased_text(t) and t.isalpha() for t in texts],
                honorifics={fold(w) for w in kb.cues.get("honorifics") or []})
    r.name_at = [None] * len(doc)
    r.noun_at = [None] * len(doc)
    match_names(r)
    add_provisional_people(r)
    match_short_names(r)
    match_nouns(r)
    _read(r)
    read_groupings(r)
    r.mentions.sort(key=lambda m: (m.start, m.end, m.actor.id))
    return r.mentions



def _read(r: Reading) -> None:
    skip_until = -1
    for i in range(len(r.doc)):
        if i < skip_until:
            continue
        span = r.names.get(i)
        if span is not None:
            _read_name(r, span)
            skip_until = span.end
            continue
        noun = r.nouns.get(i)
        if noun is not None and not noun.used:
            read_descriptions(r, noun)
            skip_until = noun.end



def _read_name(r: Reading, span: Span) -> None:
    kb = r.kb
    person = span.first(CAT_PERSON)
    if person is not None:
        title = title_before(r, span.start)
        if title is None and person.id in r.person_refs:
            ref = r.person_refs[person.id]
        else:
            role = role_text(r, title, span.start) if title else None
            ref = kb.person_ref(person.id, r.on, role_text=role)
            if person.id not in r.person_refs or title is not None:
                r.person_refs[person.id] = ref
        emit_actor(r, span.start, span.end, ref)
        return
    prov = span.first(CAT_PROVISIONAL)
    if prov is not None:
        emit_actor(r, span.start, span.end, _provisional_ref(r, span, prov.id))
        return
    adj = span.first(CAT_ADJ)
    people_start = _people_of_country(r, span) if adj is not None and span.cats() == {CAT_ADJ} else None
    if adj is not None and people_start is not None:
        emit_actor(r, people_start, span.end, kb.country_ref(adj.id))
        return
    if _is_qualifier(r, span):
        return
    org = span.first(CAT_ORG)
    if org is not None and not (span.first(CAT_CAPITAL) and is_place(r, span)):
        emit_actor(r, span.start, span.end, kb.org_ref(org.id))
        return
    body = span.first(CAT_BODY)
    if body is not None:
        code, key = body.id.split(":", 1)
        emit_actor(r, span.start, span.end, kb.body_ref(code, key))
        return
    country = span.first(CAT_COUNTRY, CAT_DEMONYM)
    if country is not None:
        emit_actor(r, span.start, span.end, kb.country_ref(country.id))
        return
    seat = span.first(CAT_METONYM, CAT_CAPITAL)
    if seat is not None and not is_place(r, span):
        emit_actor(r, span.start, span.end, kb.country_ref(seat.id, "government"))



def _provisional_ref(r: Reading, span: Span, pid: str) -> ActorRef:
    if pid in r.provisional:
        return r.provisional[pid]
    name = r.doc[span.start:span.end].text
    first = r.names.get(r.people_in_article.get(pid, -1)) if span.short else None
    if first is not None:
        name = r.doc[first.start:first.end].text
    title = title_before(r, span.start)
    country, org, role = None, None, None
    if title is not None:
        country, org = title.country, title.org
        role = role_text(r, title, span.start)
    else:
        country, org, role = _apposition_after(r, span.end)
    sector = r.kb.role_sector(role) if role else None
    if org is not None and org in r.kb.orgs:
        sector = r.kb.orgs[org].sector
        country = country or r.kb.orgs[org].country
    if country is None and org is None and sector in STATE_SECTORS:
        # "President X", "Judge Y" unknown to the knowledge base, in news that names one
        # country only: an office of that country
        country = sole_article_country(r)
    ref = ActorRef(id=pid, name=name, kind="person", country=country, sector=sector, role=role)
    r.provisional[pid] = ref
    return ref


def _apposition_after(r: Reading, end: int) -> tuple[str | None, str | None, str | None]:
    """(country, organisation, role) from ", a spokesman for the presidential office,"."""
    n, j = len(r.doc), end
    if j + 1 >= n or r.doc[j].text != ",":
        return None, None, None
    j += 1
    if r.folded[j] in ("a", "an", "the"):
        j += 1
    country = org = None
    span = r.names.get(j)
    if span is not None:
        country, org = qualifier_entry(span)
        j = span.end
        if j < n and r.folded[j] in ("'s", "'"):
            j += 1
    while j < n and r.folded[j] in r.kb.modifiers:
        j += 1
    noun = r.nouns.get(j)
    if noun is None or noun.kind("role") is None:
        return None, None, None
    k = noun.end
    if k < n and r.folded[k] in ("for", "of", "at", "to"):
        stop = min(n, k + 7)
        while k < stop and r.doc[k].text not in (",", ".", ";") and not r.doc[k].is_sent_end:
            span = r.names.get(k)
            if span is not None and country is None and org is None:
                country, org = qualifier_entry(span)
            k += 1
    return country, org, span_text(r, noun.start, k)



# Sectors of a state's offices: a holder unknown to the knowledge base holds one of the
# country the news is about.
STATE_SECTORS = frozenset({"government", "judiciary", "legislature", "military"})
PEOPLE_COUNTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                           "million", "millions", "tens"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})


def _people_of_country(r: Reading, span: Span) -> int | None:
    """Where a mention of a country's people starts, when a country adjective standing
    alone names them, as a demonym does: after "the" ("accused the Dutch", "the French and
    the British signed") or as the "of" phrase of a number ("thousands of Chinese
    besieged"); None where it qualifies the noun after it ("the Chinese government")."""
    if span.start == 0:
        return None
    if r.folded[span.start - 1] == "the":
        start = span.start - 1
    elif r.folded[span.start - 1] == "of" and span.start >= 2 and _counts_people(r.doc[span.start - 2]):
        start = span.start
    else:
        return None
    last = r.doc[span.end - 1]
    if last.dep_ not in NOMINAL_DEPS or last.pos_ not in ("NOUN", "PROPN"):
        return None
    nxt = r.doc[span.end] if span.end < len(r.doc) else None
    if nxt is not None and (r.noun_at[nxt.i] is not None or r.name_at[nxt.i] is not None
                            or nxt.pos_ in ("NOUN", "PROPN")):
        return None
    # "the Russian" is one person where "Russians" are the people: only adjectives with no
    # plural of their own ("the Dutch", "the French", "the Chinese") name a people
    words = [*r.folded[span.start:span.end - 1], r.folded[span.end - 1] + "s"]
    hit = r.kb.names.longest(words, 0)
    if hit and hit[0] == len(words) and any(e.cat == CAT_DEMONYM for e in hit[1]):
        return None
    return start


def _counts_people(tok: Token) -> bool:
    """A number of people: "thousands", "hundreds", "dozens", "2,000"."""
    return tok.like_num or tok.lemma_.lower() in PEOPLE_COUNTS or tok.lower_ in PEOPLE_COUNTS


def _is_qualifier(r: Reading, span: Span) -> bool:
    """Whether a country or organisation word only qualifies what follows."""
    if not (span.cats() & {*COUNTRY_CATS, CAT_ORG, CAT_BODY}):
        return False
    if span.cats() == {CAT_ADJ}:
        return True
    j = span.end
    if j < len(r.doc) and r.folded[j] in ("'s", "'"):
        j += 1
    modifiers = r.kb.modifiers
    while j < len(r.doc) and r.folded[j] in modifiers:
        j += 1
    if j >= len(r.doc):
        return False
    if r.noun_at[j] is not None:
        return True
    nxt = r.name_at[j]
    return nxt is not None and bool(nxt.cats() & {CAT_PERSON, CAT_PROVISIONAL, CAT_BODY})


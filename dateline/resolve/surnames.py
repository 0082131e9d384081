"""Which known person a bare surname or a fuller spelling of a name stands for.

A surname the article has not named in full ("Sharif", "Castro") is shared by many people
of the knowledge base; it stands for one of them only when the article's date and
countries single them out: the one holding a post on the article's date, of a country the
article is about, or holding the post the title before the name gives ("PM Sharif").
When two candidates remain, or none, the surname stays unresolved: precision first.
"""

from __future__ import annotations

from dateline.resolve.actor_places import dateline_country
from dateline.resolve.actor_reading import Reading
from dateline.resolve.kb import (
    CAT_BODY,
    CAT_ORG,
    CAT_PERSON,
    COUNTRY_CATS,
    ActorKB,
    Entry,
    Person,
    fold,
    phrase_tokenizer,
)


def article_short_forms(kb: ActorKB, person: Person) -> list[str]:
    """What an article may call a person it has named in full: the data's short forms,
    else (the data gives none because the family name is shared or a common word) the
    family name, which after the full name means that person."""
    if person.short:
        return list(person.short)
    family = kb.family_name(person)
    return [family] if family else []


def entry_country(kb: ActorKB, entry: Entry) -> str | None:
    """The country a knowledge-base entry names or belongs to: a country word's own, a named
    body's, an organisation's, a person's nationality; None when it has none."""
    if entry.cat in COUNTRY_CATS:
        return entry.id
    if entry.cat == CAT_BODY:
        return entry.id.split(":")[0]
    if entry.cat == CAT_ORG:
        org = kb.orgs.get(entry.id)
        return str(org.country) if org is not None and org.country else None
    if entry.cat == CAT_PERSON:
        person = kb.people.get(entry.id)
        return str(person.nationality) if person is not None and person.nationality else None
    return None


def article_countries(r: Reading) -> set[str]:
    """Countries the article is about: those of every country word, named body,
    organisation and person named in full, and of its dateline."""
    key = "article_countries"
    if key in r.places:
        return r.places[key]
    found: set[str] = set()
    for span in r.names.values():
        for e in span.entries:
            if e.cat == CAT_PERSON and span.short:
                continue  # a short name alone does not say which person, nor their country
            code = entry_country(r.kb, e)
            if code:
                found.add(code)
    code = dateline_country(r)
    if code:
        found.add(code)
    found |= title_countries(r.kb, r.article.title or "")
    r.places[key] = found
    return found


def title_countries(kb: ActorKB, title: str) -> set[str]:
    """Countries of the country words, named bodies and organisations an article's title
    names (the body may name none: "Protesters scatter as Kenya police ..." over a body
    that says only "parliament").  A title may be in title case, so a short word counts
    only in capitals ("US", not "Us")."""
    words = [t.text for t in phrase_tokenizer()(title) if not t.is_space]
    folded = [fold(w) for w in words]
    found: set[str] = set()
    i = 0
    while i < len(words):
        hit = kb.names.longest(folded, i)
        word = words[i]
        if hit is None or not word[:1].isupper() or (len(folded[i]) <= 3 and not word.isupper()):
            i += 1
            continue
        for entry in hit[1]:
            code = entry_country(kb, entry) if entry.cat != CAT_PERSON else None
            if code:
                found.add(code)
        i = hit[0]
    return found


def _countries(kb: ActorKB, pid: str) -> set[str]:
    person = kb.people[pid]
    out = {r.of for r in person.roles if len(r.of) == 2}
    return out | ({person.nationality} if person.nationality else set())


def pick_by_surname(r: Reading, word: str, title_keys: list[str],
                    title_country: str | None) -> str | None:
    """The one known person a bare surname stands for in this article, or None."""
    kb = r.kb
    given = kb.people_with_short(word)
    cands = set(kb.people_with_family_name(word)) | set(given)
    return pick_person(kb, cands, given, r.on, article_countries(r), title_keys, title_country)


def pick_person(kb: ActorKB, cands: set[str], given: set[str], on: str | None, context: set[str],
                title_keys: list[str] | None = None, title_country: str | None = None) -> str | None:
    """The one of ``cands`` (people a single word may name; ``given``: those the data lists
    the word as a name of) the article's date and countries single out, or None.
    ``context``: the countries the article is about; ``title_keys``: the post the title
    before the word gives."""
    if not cands:
        return None
    if title_country:
        cands = {p for p in cands if title_country in _countries(kb, p)}
    if title_keys:  # "PM Sharif": a prime minister on the article's date
        cands = {p for p in cands
                 if any(set(title_keys) & set(role.keys()) for role in kb.person_roles(p, on))}
    live = {p for p in cands if kb.person_roles(p, on)} if on else set(cands)
    if len(live) > 1:
        live = {p for p in live if _countries(kb, p) & context}
    if len(live) == 1:
        pid = next(iter(live))
        # even a surname one known person has needs the title or the article's countries
        # to back it ("Hill" in news of Capitol Hill, "Pak" in news of India and Pakistan
        # are not foreign ministers of those names); an article naming no country at all
        # ("Jaishankar told Colonna") has nothing to say against them
        if title_keys or not context or _countries(kb, pid) & context:
            return pid
        return None
    if not live and len(cands) == 1:
        pid = next(iter(cands))  # out of office on the date: only in their country's news
        if pid in given and _countries(kb, pid) & context:
            return pid
    return None


def person_with_more_names(kb: ActorKB, words: list[str]) -> str | None:
    """The known person a name of three or more words with extra middle names stands
    for ("Yoweri Kaguta Museveni"): first and last word match one person only."""
    if len(words) < 3:
        return None
    ids = kb.people_by_first_last(words[0], words[-1])
    return next(iter(ids)) if len(ids) == 1 else None

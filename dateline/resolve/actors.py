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
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.english_words import english_words
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
    Trie,
    fold,
    phrase_tokens,
    slug,
)
from dateline.resolve.surnames import (
    article_short_forms,
    person_with_more_names,
    pick_by_surname,
)

CAT_PROVISIONAL = "provisional"
COUNTRY_CATS = (CAT_COUNTRY, CAT_ADJ, CAT_DEMONYM, CAT_CAPITAL, CAT_METONYM)
PLACE_PREPOSITIONS = english_words("capital_place_prepositions")
DIRECTION_PREPOSITIONS = english_words("direction_prepositions")
MOTION_WORDS = english_words("motion_words")
PLACE_VERBS = english_words("place_verbs")
PLACE_NOUNS = english_words("place_of_nouns")
TITLE_POS = {"NOUN", "PROPN", "ADJ"}
__all__ = ["resolve_actors", "describe", "article_date"]


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
    values: list[tuple]
    used: bool = False

    def kind(self, name: str) -> tuple | None:
        return next((v for v in self.values if v[0] == name), None)


@dataclass
class Reading:
    """State of one article's left-to-right reading."""

    doc: object
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
    places: dict = field(default_factory=dict)  # what context_country worked out
    names_hit: dict[int, list[Entry]] = field(default_factory=dict)  # matches by start


def article_date(article: Article) -> str | None:
    """The date roles are read at: publication date, else its upper bound, else None."""
    if article.published:
        return article.published
    if article.published_bounds and article.published_bounds[1]:
        return article.published_bounds[1]
    return None


def describe(actor: ActorRef) -> dict:
    """The fields an export shows for an actor."""
    return {"name": actor.name, "country": actor.country, "role": actor.role,
            "sector": actor.sector}


def resolve_actors(doc, article: Article, kb: ActorKB) -> list[Mention]:
    """Mentions of people, countries and organisations in ``article.body`` (``doc``)."""
    texts = [t.text for t in doc]
    r = Reading(doc=doc, article=article, kb=kb, on=article_date(article),
                folded=[fold(t) for t in texts],
                cased=[_cased_text(t) and t.isalpha() for t in texts],
                honorifics={fold(w) for w in kb.cues.get("honorifics") or []})
    r.name_at = [None] * len(doc)
    r.noun_at = [None] * len(doc)
    _match_names(r)
    _add_provisional_people(r)
    _match_short_names(r)
    _match_nouns(r)
    _read(r)
    r.mentions.sort(key=lambda m: (m.start, m.end, m.actor.id))
    return r.mentions


# --------------------------------------------------------------------------- passes


def _cased(token) -> bool:
    """A name starts with a capital (or a letter without case, as in 王毅)."""
    return _cased_text(token.text)


def _cased_text(text: str) -> bool:
    ch = text[:1]
    return ch.isupper() or (ch.isalpha() and not ch.islower())


def _put_name(r: Reading, span: Span) -> None:
    r.names[span.start] = span
    for i in range(span.start, span.end):
        r.name_at[i] = span


def _inside_other_entity(r: Reading, start: int, end: int) -> bool:
    """Whether a country word is only part of a longer name ("Washington Post")."""
    ent_type = r.doc[start].ent_type_
    if ent_type not in {"ORG", "FAC", "LOC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}:
        return False
    i, j = start, end
    while i > 0 and r.doc[i - 1].ent_iob_ == "I" and r.doc[i].ent_iob_ == "I":
        i -= 1
    while j < len(r.doc) and r.doc[j].ent_iob_ == "I":
        j += 1
    after = end + 1 if end < j and r.folded[end] in ("'s", "'") else end
    if after < j and r.kb.nouns.longest(r.folded, after) is not None:
        return False  # "Chinese Foreign Ministry": a country word before a generic noun
    if _generic_noun_of(r, i, start):
        return False  # "the Government of India": a generic noun, then the country
    extra = [t for t in r.doc[i:j] if t.i < start or t.i >= end]
    own = _countries_of(r, r.names_hit.get(start, []))
    return any(t.is_alpha and _cased(t) and r.folded[t.i] != "the"
               and not (own and _word_countries(r, t.i) & own) for t in extra)


def _generic_noun_of(r: Reading, first: int, start: int) -> bool:
    """The entity's words before the country are "[the] <generic noun> of", a noun the
    knowledge base reads ("the Government of India", "the Foreign Ministry of Japan")."""
    if start - first < 2 or r.folded[start - 1] != "of":
        return False
    k = first + 1 if r.folded[first] == "the" else first
    hit = r.kb.nouns.longest(r.folded, k) if k < start - 1 else None
    return hit is not None and hit[0] == start - 1


def _countries_of(r: Reading, entries: list[Entry]) -> set[str]:
    """Countries a named body or organisation belongs to."""
    out = {e.id.split(":")[0] for e in entries if e.cat == CAT_BODY}
    return out | {r.kb.orgs[e.id].country for e in entries
                  if e.cat == CAT_ORG and r.kb.orgs[e.id].country}


def _word_countries(r: Reading, i: int) -> set[str]:
    """Countries a single word names ("Chinese" -> CN)."""
    hit = r.kb.names.longest(r.folded[i:i + 1], 0)
    return {e.id for e in hit[1] if e.cat in COUNTRY_CATS} if hit else set()


def _match_names(r: Reading) -> None:
    toks, n, i = r.folded, len(r.folded), 0
    while i < n:
        hit = r.kb.names.longest(toks, i)
        if hit is None:
            i += 1
            continue
        end, entries = hit
        if not _cased(r.doc[i]) and not _lower_particle_name(r, i, end, entries):
            i += 1
            continue
        if _longer_name_inside(r, i, end):
            i += 1  # "Chinese People's Liberation Army": not "Chinese people"
            continue
        if _not_a_name(r, i, end) or _tail_of_longer_name(r, i, entries):
            i = end
            continue
        span = Span(i, end, list(entries))
        r.names_hit[i] = list(entries)
        cats = span.cats()
        if cats <= {*COUNTRY_CATS, CAT_ORG, CAT_BODY} and _inside_other_entity(r, i, end):
            i = end
            continue
        _put_name(r, span)
        for e in entries:
            if e.cat == CAT_PERSON:
                r.people_in_article.setdefault(e.id, i)
        i = end


def _lower_particle_name(r: Reading, start: int, end: int, entries: list[Entry]) -> bool:
    """An organisation written with a lower-case particle ("al-Shabaab", "al Qaeda")."""
    return (end - start > 1 and any(e.cat == CAT_ORG for e in entries)
            and any(_cased(t) and t.is_alpha for t in r.doc[start + 1:end]))


def _longer_name_inside(r: Reading, start: int, end: int) -> bool:
    """Whether an organisation or named body starts inside the match and runs past it:
    the whole name is matched, before any country word inside it."""
    for k in range(start + 1, end):
        hit = r.kb.names.longest(r.folded, k)
        if hit is not None and hit[0] > end and _cased(r.doc[k]) and any(
                e.cat in (CAT_ORG, CAT_BODY) for e in hit[1]):
            return True
    return False


def _tail_of_longer_name(r: Reading, start: int, entries: list[Entry]) -> bool:
    """A country's named body or a group of one country written after another country's
    name is the end of a longer name: "Sudan People's Liberation Army" is not China's
    People's Liberation Army."""
    if start == 0:
        return False
    own = _countries_of(r, entries)
    if not own or len(entries) != sum(e.cat in (CAT_BODY, CAT_ORG) for e in entries):
        return False
    prev = r.doc[start - 1]
    span = r.name_at[start - 1]
    if span is not None:
        codes = {e.id for e in span.entries if e.cat in COUNTRY_CATS}
        return bool(codes) and not codes & own
    # an unknown capitalised word right before: "Sudan" left out as part of an entity
    if _word_countries(r, start - 1) & own:
        return False  # "Chinese People's Liberation Army"
    return (_cased(prev) and prev.is_alpha and not prev.is_sent_start
            and prev.ent_iob_ in ("B", "I") and r.doc[start].ent_iob_ == "I")


def _not_a_name(r: Reading, start: int, end: int) -> bool:
    """Honorifics and abbreviations ("Mr.", "Gen.", "Ga.", "Calif.") are never actors,
    whatever name they share a spelling with."""
    if end - start != 1:
        return False
    word = r.folded[start].rstrip(".")
    if word in r.honorifics and start + 1 < len(r.doc) and _cased(r.doc[start + 1]):
        return True
    text = r.doc[start].text
    dotted = text.endswith(".") or (start + 1 < len(r.doc) and r.doc[start + 1].text == "."
                                    and r.doc[start + 1].idx == r.doc[start].idx + len(text))
    return dotted and word in r.kb.abbreviations


def _add_provisional_people(r: Reading) -> None:
    """PERSON entities the knowledge base does not know become provisional actors."""
    for ent in r.doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, ent.end
        while start < end:  # titles spaCy took into the name: "Vice-President Moody Awori"
            title_end = _title_word_end(r, start)
            if title_end is not None:
                start = min(title_end, end)
            elif r.folded[start].rstrip('.') in r.honorifics or not r.doc[start].is_alpha:
                start += 1
            else:
                break
        for k in range(start, end):  # an entity running over a line break is two
            if "\n" in r.doc[k].text or "\n" in r.doc[k].whitespace_:
                end = k + 1 if r.doc[k].is_alpha else k
                break
        while (end + 1 < len(r.doc) and r.doc[end].text == "-" and r.doc[end + 1].is_alpha
               and not r.doc[end - 1].whitespace_ and not r.doc[end].whitespace_):
            end += 2  # "Moon Jae" + "-in"
        while end > start and not r.doc[end - 1].is_alpha:
            end -= 1
        extra = 0  # the small model cuts long names short: "Dang Minh" + "Khoi"
        while (extra < 2 and end < len(r.doc) and r.cased[end] and r.doc[end].pos_ == "PROPN"
               and r.doc[end].ent_type_ in ("", "PERSON") and r.name_at[end] is None
               and r.doc[end - 1].whitespace_ == " "):
            end += 1
            extra += 1
        if end - start < 1 or not _cased(r.doc[start]):
            continue
        covered = [r.name_at[i] for i in range(start, end)]
        if any(s is not None and CAT_PERSON in s.cats() for s in covered):
            continue
        if any(s is not None for s in covered) and end - start < 2:
            continue  # a single word the knowledge base knows as something else
        if any(s is not None and s.cats() & {CAT_ADJ, CAT_DEMONYM} for s in covered):
            continue  # "Bosnian Serbs": a people, not a person
        if end - start == 1 and r.kb.people_with_short(r.doc[start].text):
            continue  # a bare surname: pass 3 decides
        words = [t for t in r.doc[start:end] if t.is_alpha]
        if len(words) < 2 and not _has_role_title(r, start):
            continue  # one word and no title: too often a mis-tagged outlet or place
        name = r.doc[start:end].text
        known = person_with_more_names(r.kb, [t.text for t in words])
        entry = (Entry(CAT_PERSON, known) if known is not None
                 else Entry(CAT_PROVISIONAL, f"provisional:{slug(name)}"))
        for s in {id(x): x for x in covered if x is not None}.values():
            for i in range(s.start, s.end):
                r.name_at[i] = None
            r.names.pop(s.start, None)
        _put_name(r, Span(start, end, [entry]))
        r.people_in_article.setdefault(entry.id, start)


def _title_word_end(r: Reading, i: int) -> int | None:
    """End of a role noun ("President", "Vice-President") starting at ``i``."""
    hit = r.kb.nouns.longest(r.folded, i)
    if hit is not None and any(v[0] == "role" for v in hit[1]):
        return hit[0]
    return None


def _has_role_title(r: Reading, start: int) -> bool:
    """Whether a role noun or an honorific stands right before a name."""
    if start > 0 and r.folded[start - 1].rstrip('.') in r.honorifics:
        return True
    for k in range(max(0, start - 4), start):
        end = _title_word_end(r, k)
        if end == start:
            return True
    return False


def _short_forms(r: Reading) -> Trie:
    """Surnames (and other short forms) of the people the article names in full."""
    trie = Trie()
    for pid in r.people_in_article:
        if pid.startswith("provisional:"):
            span = r.names.get(r.people_in_article[pid])
            if span is None:  # its full mention was replaced by a longer name
                continue
            words = [t.text for t in r.doc[span.start:span.end] if t.is_alpha]
            if len(words) >= 2:
                title = title_before(r, span.start)
                country = r.kb.countries.get(title.country or "") if title else None
                family = words[0] if country and country.family_name_first else words[-1]
                trie.add((fold(family),), Entry(CAT_PROVISIONAL, pid))
            continue
        for short in article_short_forms(r.kb, r.kb.people[pid]):
            trie.add(phrase_tokens(short), Entry(CAT_PERSON, pid))
    return trie


def _match_short_names(r: Reading) -> None:
    trie = _short_forms(r)
    common = {fold(w) for w in r.kb.cues.get("common_surnames") or []}
    toks, n, i = r.folded, len(r.folded), 0
    while i < n:
        if r.name_at[i] is not None or not r.cased[i]:
            i += 1
            continue
        hit = trie.longest(toks, i)
        entries = list(hit[1]) if hit else []
        end = hit[0] if hit else i + 1
        if not entries and toks[i] not in common and _may_be_surname(r.doc[i]):
            pid = _known_surname(r, i)
            if pid is not None:  # "Lavrov"; "PM Sharif" on a day Nawaz Sharif held the post
                entries = [Entry(CAT_PERSON, pid)]
        if not entries or _part_of_longer_name(r, i, end):
            i += 1
            continue
        if len(entries) > 1:  # "Kim" after Kim Jong Un and Kim Yo Jong: the nearest before
            entries = [_nearest_full_mention(r, entries, i)]
        _put_name(r, Span(i, end, entries[:1], short=True))
        i = end


def _known_surname(r: Reading, i: int) -> str | None:
    word = r.doc[i].text
    if not (r.kb.people_with_family_name(word) or r.kb.people_with_short(word)):
        return None  # most capitalised words: no title to read
    title = title_before(r, i)
    keys = r.kb.role_keys_in(_role_text(r, title, i) or "") if title else []
    return pick_by_surname(r, word, keys, title.country if title else None)


NOT_NAME_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                     "LANGUAGE", "LAW", "WORK_OF_ART", "EVENT", "FAC", "LOC"}


def _may_be_surname(tok) -> bool:
    """Whether a capitalised word may be a bare surname.  The small model's entity
    labels are unreliable on lone surnames ("Trump" ORG, "Modi" GPE, "Lavrov" NOUN), so
    only labels that rule a name out count; a sentence-initial word must be a PROPN."""
    if tok.ent_type_ in NOT_NAME_ENTITIES or len(tok.text) < 2:
        return False
    return tok.pos_ == "PROPN" or not tok.is_sent_start


def _nearest_full_mention(r: Reading, entries: list[Entry], pos: int) -> Entry:
    starts = {e.id: [s.start for s in r.names.values() if not s.short
                     and any(x.id == e.id for x in s.entries)] for e in entries}
    before = [(max(p for p in ps if p < pos), e) for e in entries
              for ps in [starts[e.id]] if any(p < pos for p in ps)]
    if before:
        return max(before, key=lambda x: x[0])[1]
    return min(entries, key=lambda e: min(starts[e.id], default=len(r.doc)))


def _part_of_longer_name(r: Reading, start: int, end: int) -> bool:
    """A surname followed by another name word is someone else ("Wang Wenbin")."""
    if end < len(r.doc):
        nxt = r.doc[end]
        if nxt.pos_ == "PROPN" and _cased(nxt) and nxt.ent_type_ == "PERSON":
            return True
    if start > 0:
        prev = r.doc[start - 1]
        if (prev.pos_ == "PROPN" and _cased(prev) and prev.ent_type_ == "PERSON"
                and r.folded[start - 1].rstrip('.') not in r.honorifics):
            return True
    return False


def _match_nouns(r: Reading) -> None:
    toks, n, i = r.folded, len(r.folded), 0
    while i < n:
        if r.name_at[i] is not None:
            i += 1
            continue
        hit = r.kb.nouns.longest(toks, i)
        if hit is None or any(r.name_at[j] is not None for j in range(i, hit[0])):
            i += 1
            continue
        span = NounSpan(i, hit[0], list(hit[1]))
        r.nouns[i] = span
        for j in range(i, hit[0]):
            r.noun_at[j] = span
        i = hit[0]


# --------------------------------------------------------------------------- reading


def _read(r: Reading) -> None:
    from dateline.resolve.actor_descriptions import read_descriptions

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


def emit_actor(r: Reading, start_tok: int, end_tok: int, actor: ActorRef) -> None:
    start = r.doc[start_tok].idx
    last = r.doc[end_tok - 1]
    end = last.idx + len(last.text)
    r.mentions.append(Mention(article=r.article.id, start=start, end=end,
                              text=r.article.body[start:end], actor=actor))
    if actor.kind == "person":
        r.seen_people.append((start_tok, actor))


def _read_name(r: Reading, span: Span) -> None:
    kb = r.kb
    person = span.first(CAT_PERSON)
    if person is not None:
        title = title_before(r, span.start)
        if title is None and person.id in r.person_refs:
            ref = r.person_refs[person.id]
        else:
            role_text = _role_text(r, title, span.start) if title else None
            ref = kb.person_ref(person.id, r.on, role_text=role_text)
            if person.id not in r.person_refs or title is not None:
                r.person_refs[person.id] = ref
        emit_actor(r, span.start, span.end, ref)
        return
    prov = span.first(CAT_PROVISIONAL)
    if prov is not None:
        emit_actor(r, span.start, span.end, _provisional_ref(r, span, prov.id))
        return
    adj = span.first(CAT_ADJ)
    if adj is not None and span.cats() == {CAT_ADJ} and _people_of_country(r, span):
        emit_actor(r, span.start - 1, span.end, kb.country_ref(adj.id))
        return
    if _is_qualifier(r, span):
        return
    org = span.first(CAT_ORG)
    if org is not None and not (span.first(CAT_CAPITAL) and _is_place(r, span)):
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
    if seat is not None and not _is_place(r, span):
        emit_actor(r, span.start, span.end, kb.country_ref(seat.id, "government"))


def _span_text(r: Reading, start: int, end: int) -> str:
    return r.doc[start:end].text.strip(" ,")


def _role_text(r: Reading, title: Title, name_start: int) -> str | None:
    """The role words of a title; "former" before the country word is kept."""
    text = _span_text(r, title.role_start, name_start)
    before = {r.folded[i] for i in range(title.start, title.role_start)}
    for word in ("former", "ex", "then"):
        if word in before and not text.lower().startswith(word):
            text = f"{word} {text}".replace("ex ", "ex-")
    return text or None


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
        role = _role_text(r, title, span.start)
    else:
        country, org, role = _apposition_after(r, span.end)
    sector = r.kb.role_sector(role) if role else None
    if org is not None and org in r.kb.orgs:
        sector = r.kb.orgs[org].sector
        country = country or r.kb.orgs[org].country
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
    return country, org, _span_text(r, noun.start, k)


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


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})


def _people_of_country(r: Reading, span: Span) -> bool:
    """A country adjective standing alone after "the" names that country's people, as a
    demonym does: "accused the Dutch", "the French and the British signed" (not "the
    Chinese government", where it qualifies the noun after it)."""
    if span.start == 0 or r.folded[span.start - 1] != "the":
        return False
    last = r.doc[span.end - 1]
    if last.dep_ not in NOMINAL_DEPS or last.pos_ not in ("NOUN", "PROPN"):
        return False
    nxt = r.doc[span.end] if span.end < len(r.doc) else None
    if nxt is not None and (r.noun_at[nxt.i] is not None or r.name_at[nxt.i] is not None
                            or nxt.pos_ in ("NOUN", "PROPN")):
        return False
    # "the Russian" is one person where "Russians" are the people: only adjectives with no
    # plural of their own ("the Dutch", "the French", "the Chinese") name a people
    words = [*r.folded[span.start:span.end - 1], r.folded[span.end - 1] + "s"]
    hit = r.kb.names.longest(words, 0)
    return not (hit and hit[0] == len(words) and any(e.cat == CAT_DEMONYM for e in hit[1]))


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


# --------------------------------------------------------------------------- context


def _gazetteer():
    from dateline.resolve.places import Gazetteer  # noqa: PLC0415 - loaded when needed

    return Gazetteer.load()


def _token_country(r: Reading, i: int) -> str | None:
    """The country a place word at token ``i`` lies in: a country or capital the
    knowledge base knows, else a place the gazetteer knows."""
    span = r.name_at[i]
    if span is not None:
        entry = span.first(CAT_COUNTRY, CAT_CAPITAL)
        return entry.id if entry is not None else None
    tok = r.doc[i]
    if tok.ent_type_ not in ("GPE", "LOC") or not _cased(tok):
        return None
    ent = next((e for e in r.doc.ents if e.start <= i < e.end), None)
    if ent is None:
        return None
    place = _gazetteer().lookup(ent.text)
    return place.country if place is not None else None


def dateline_country(r: Reading) -> str | None:
    if "dateline" not in r.places:
        from dateline.resolve.places import place_of_dateline  # noqa: PLC0415

        place = place_of_dateline(r.article.body[:800], _gazetteer())
        r.places["dateline"] = place.country if place is not None else None
    return r.places["dateline"]


def place_after(r: Reading, end: int) -> str | None:
    """The country of "in X" or "from X" right after a phrase ("rebels in Darfur")."""
    j, n = end, len(r.doc)
    if j + 1 < n and r.folded[j] in ("in", "from"):
        j += 1
        if r.folded[j] == "the" and j + 1 < n:
            j += 1
        return _token_country(r, j)
    return None


def context_country(r: Reading, start: int, end: int) -> str | None:
    """The country a group named without one belongs to ("the rebels", "police"): the
    place the phrase itself names ("rebels in the Ivory Coast"), else the one country
    the sentence's places lie in ("protesters gathered in Nairobi"), else the country
    of the article's dateline; None when these disagree or say nothing."""
    code = place_after(r, end)
    if code is not None:
        return code
    sent = r.doc[start].sent
    key = ("sentence", sent.start)
    if key not in r.places:
        found = set()
        for tok in sent:
            if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS:
                code = _token_country(r, tok.i)
                if code is not None:
                    found.add(code)
        r.places[key] = found.pop() if len(found) == 1 else ("?" if found else None)
    code = r.places[key]
    if code == "?":
        return None
    return code or dateline_country(r)


def _is_place(r: Reading, span: Span) -> bool:
    """A capital or seat named as a location: "in Beijing", "visiting Moscow"."""
    tok = r.doc[span.end - 1]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in PLACE_PREPOSITIONS:
        return True
    if tok.dep_ == "pobj" and head.lower_ in DIRECTION_PREPOSITIONS:
        return head.head.lemma_.lower() in MOTION_WORDS
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        return True
    if tok.dep_ in ("dobj", "npadvmod") and head.lemma_ in PLACE_VERBS:
        return True
    first = r.doc[span.start]
    text = r.article.body
    line_start = first.idx == 0 or text[first.idx - 1] == "\n"
    if line_start and span.end < len(r.doc) and r.doc[span.end].text in (",", "(", "-", "–", "—"):
        return True  # a dateline: "BEIJING (Reuters) -"
    return False

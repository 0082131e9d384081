"""The first four passes of the actor reading: names from the knowledge base, people
spaCy finds that it does not know (provisional), bare surnames of people named in full,
and description nouns.  Each pass marks the spans it finds on the ``Reading``; the
left-to-right reading in ``actors`` decides what they stand for.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.resolve.actor_reading import (
    CAT_PROVISIONAL,
    NounSpan,
    Reading,
    Span,
    cased,
    put_name,
    role_text,
    title_before,
)
from dateline.resolve.kb import (
    CAT_ADJ,
    CAT_BODY,
    CAT_DEMONYM,
    CAT_ORG,
    CAT_PERSON,
    COUNTRY_CATS,
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
    return any(t.is_alpha and cased(t) and r.folded[t.i] != "the"
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
    return out | {country for e in entries
                  if e.cat == CAT_ORG and (country := r.kb.orgs[e.id].country)}


def _word_countries(r: Reading, i: int) -> set[str]:
    """Countries a single word names ("Chinese" -> CN)."""
    hit = r.kb.names.longest(r.folded[i:i + 1], 0)
    return {e.id for e in hit[1] if e.cat in COUNTRY_CATS} if hit else set()


def match_names(r: Reading) -> None:
    toks, n, i = r.folded, len(r.folded), 0
    first = r.kb.names.root  # a word no name starts with is passed over without a trie walk
    while i < n:
        hit = r.kb.names.longest(toks, i) if toks[i] in first else None
        if hit is None:
            i += 1
            continue
        end, entries = hit
        if not cased(r.doc[i]) and not _lower_particle_name(r, i, end, entries):
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
        put_name(r, span)
        for e in entries:
            if e.cat == CAT_PERSON:
                r.people_in_article.setdefault(e.id, i)
        i = end


def _lower_particle_name(r: Reading, start: int, end: int, entries: list[Entry]) -> bool:
    """An organisation written with a lower-case particle ("al-Shabaab", "al Qaeda")."""
    return (end - start > 1 and any(e.cat == CAT_ORG for e in entries)
            and any(cased(t) and t.is_alpha for t in r.doc[start + 1:end]))


def _longer_name_inside(r: Reading, start: int, end: int) -> bool:
    """Whether an organisation or named body starts inside the match and runs past it:
    the whole name is matched, before any country word inside it."""
    for k in range(start + 1, end):
        hit = r.kb.names.longest(r.folded, k)
        if hit is not None and hit[0] > end and cased(r.doc[k]) and any(
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
    return (cased(prev) and prev.is_alpha and not prev.is_sent_start
            and prev.ent_iob_ in ("B", "I") and r.doc[start].ent_iob_ == "I")


def _not_a_name(r: Reading, start: int, end: int) -> bool:
    """Honorifics and abbreviations ("Mr.", "Gen.", "Ga.", "Calif.") are never actors,
    whatever name they share a spelling with."""
    if end - start != 1:
        return False
    word = r.folded[start].rstrip(".")
    if word in r.honorifics and start + 1 < len(r.doc) and cased(r.doc[start + 1]):
        return True
    text = r.doc[start].text
    dotted = text.endswith(".") or (start + 1 < len(r.doc) and r.doc[start + 1].text == "."
                                    and r.doc[start + 1].idx == r.doc[start].idx + len(text))
    return dotted and word in r.kb.abbreviations


def add_provisional_people(r: Reading) -> None:
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
        if end - start < 1 or not cased(r.doc[start]):
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
        put_name(r, Span(start, end, [entry]))
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


def match_short_names(r: Reading) -> None:
    trie = _short_forms(r)
    common = {fold(w) for w in r.kb.cues.get("common_surnames") or []}
    toks, n, i = r.folded, len(r.folded), 0
    while i < n:
        named = r.name_at[i]
        if named is not None and named.start == i and named.cats() == {CAT_PROVISIONAL}:
            _known_short_form(r, named, trie)
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
        put_name(r, Span(i, end, entries[:1], short=True))
        i = end


def _known_short_form(r: Reading, span: Span, trie: Trie) -> None:
    """A name of several words the entity tagger gave as a person the knowledge base does not
    know, that is the short form of a known one ("Suu Kyi", "Lopez Obrador"): that person,
    when the article names them in full or its date and countries single them out."""
    if span.end - span.start < 2:
        return
    hit = trie.longest(r.folded, span.start)
    people = [e for e in hit[1] if e.cat == CAT_PERSON] if hit is not None and hit[0] == span.end else []
    if len(people) > 1:
        return
    pid = people[0].id if people else _known_surname(r, span.start, r.doc[span.start:span.end].text)
    if pid is not None:
        put_name(r, Span(span.start, span.end, [Entry(CAT_PERSON, pid)], short=True))


def _known_surname(r: Reading, i: int, word: str | None = None) -> str | None:
    """The known person the surname (or ``word``, a short form of several words) at ``i``
    stands for, or None."""
    word = word or r.doc[i].text
    if not (r.kb.people_with_family_name(word) or r.kb.people_with_short(word)):
        return None  # most capitalised words: no title to read
    title = title_before(r, i)
    keys = r.kb.role_keys_in(role_text(r, title, i) or "") if title else []
    return pick_by_surname(r, word, keys, title.country if title else None)


NOT_NAME_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                     "LANGUAGE", "LAW", "WORK_OF_ART", "EVENT", "FAC", "LOC"}


def _may_be_surname(tok: Token) -> bool:
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
        if nxt.pos_ == "PROPN" and cased(nxt) and nxt.ent_type_ == "PERSON":
            return True
    if start > 0:
        prev = r.doc[start - 1]
        if (prev.pos_ == "PROPN" and cased(prev) and prev.ent_type_ == "PERSON"
                and r.folded[start - 1].rstrip('.') not in r.honorifics):
            return True
    return False


def match_nouns(r: Reading) -> None:
    toks, n, i = r.folded, len(r.folded), 0
    first = r.kb.nouns.root  # a word no description starts with is passed over without a trie walk
    while i < n:
        if r.name_at[i] is not None:
            i += 1
            continue
        hit = r.kb.nouns.longest(toks, i) if toks[i] in first else None
        if hit is None or any(r.name_at[j] is not None for j in range(i, hit[0])):
            i += 1
            continue
        span = NounSpan(i, hit[0], list(hit[1]))
        r.nouns[i] = span
        for j in range(i, hit[0]):
            r.noun_at[j] = span
        i = hit[0]


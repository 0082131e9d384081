"""Descriptions that refer to actors without naming them.

"his Russian counterpart", "China's top diplomat", "the Chinese Foreign Minister",
"the two ministers", "both sides", "the Russian foreign ministry", "the Chinese side".
A description is resolved with the roles people held on the article's date and the
people the article has already mentioned; when neither settles it, it stays unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.records import ActorRef
from dateline.resolve.actor_places import context_country, place_after
from dateline.resolve.actor_reading import NounSpan, Reading, emit_actor, qualifier_entry
from dateline.resolve.kb import CAT_ADJ, CAT_PERSON, fold, plural, slug

DETERMINERS = {"the", "his", "her", "their", "its", "two", "both"}
INDEFINITE = {"a", "an", "another", "one", "some", "several", "many", "other", "any", "no",
              "three", "four", "five", "all"}
PERSON_CATS = {CAT_PERSON, "provisional"}


@dataclass
class Qualifier:
    start: int  # first token of the qualifying words
    countries: list[str]
    org: str | None
    person: ActorRef | None = None  # "Wang's counterpart"


def read_descriptions(r: Reading, noun: NounSpan) -> None:
    if _title_of_next_name(r, noun):
        return
    noun.used = True
    qual = _qualifier_before(r, noun.start)
    # "a senior Canadian diplomat": the determiner stands before the title's modifiers
    left = _skip_modifiers(r, qual.start if qual else noun.start)
    det = r.folded[left - 1] if left > 0 else None
    indefinite = det in INDEFINITE
    start = left - 1 if det in DETERMINERS else left
    if det == "two" and start > 0 and r.folded[start - 1] == "the":
        start -= 1

    def emit(ref: ActorRef) -> None:
        emit_actor(r, start, noun.end, ref)


    role, body = noun.kind("role"), noun.kind("body")
    gov, counterpart, pair = noun.kind("government"), noun.kind("counterpart"), noun.kind("pair")
    group = noun.kind("group")
    plural = any(len(v) > 2 and v[2] == "plural" for v in noun.values)
    countries = qual.countries if qual else []
    if noun.kind("country_thing") is not None:
        # "Philippine vessels", "a Ukrainian city": the country whose they are
        for code in countries:
            emit(r.kb.country_ref(code))
        return
    if indefinite and not (body or gov or group):
        # "a Chinese diplomat": someone of that country, not the holder of a post
        if role and countries and not plural:
            emit(r.kb.group_ref(countries[0], r.kb.role_def_sector(role[1][0]),
                                r.doc[noun.start:noun.end].text))
        return

    if noun.kind("country_pair") and det in ("two", "both") and not countries:
        for ref in _two_recent_countries(r, noun.start):
            emit(ref)
        return
    pair_phrase = pair is not None and pair[1] in _phrases(r, "pair_phrases")
    one_country_group = plural and len(countries) == 1 and (group is not None or role is not None)
    if (((pair or plural) and det in ("two", "both") and not one_country_group)
            or (pair_phrase and det == "the")):
        # "the two ministers": people named before; "two Russian diplomats": a group
        keys = role[1] if role else ()
        for ref in _two_recent_people(r, noun, keys):
            emit(ref)
        return
    if counterpart is not None and not plural:
        other = _counterpart(r, noun.start, qual, det)
        if other is not None:
            emit(other)
        return
    if body is not None:
        codes = _countries_for(r, noun, qual)
        if not codes and qual is None and det == "the":
            codes = _body_named_before(r, noun.start, body[1])
        if not codes and qual is None and (det == "the" or _no_determiner(r, left)) \
                and _local_body(r, body[1]):
            codes = _context_countries(r, noun, det)  # "protesters stormed parliament"
        for code in codes:
            emit(r.kb.body_ref(code, body[1]))
        return
    if gov is not None:
        if not countries and qual is None and not plural:
            here = place_after(r, noun.end)  # "authorities in Tehran detained ..."
            if here is not None:
                countries = [here]
            elif det == "the" or (det is None and _stands_alone(r, noun, left)):
                # "the government's reform", "Authorities detained a journalist in Tehran"
                countries = _context_countries(r, noun, "the")
        for code in countries:
            emit(r.kb.country_ref(code, "government"))
        return
    if role is None:
        if group is not None:
            _emit_group(r, noun, qual, group[1], det, emit)
        return
    keys = list(role[1])
    if qual and (qual.countries or qual.org):
        places = qual.countries if plural else qual.countries[:1]
        if not plural and len(qual.countries) > 1:
            return
        if plural and (len(places) == 1 or _service_noun(r, noun)):
            # "Vietnamese leaders": a group, not one holder; "Polish and Bulgarian
            # diplomats": each country has many, so each country's group, no post's holders
            for place in places:
                emit(r.kb.group_ref(place, r.kb.role_def_sector(keys[0]), r.doc[noun.start:noun.end].text))
            return
        if _past_holder(r, left, noun.start):
            # "former Pakistan prime minister": of that country, but not today's holder; when a
            # name follows ("... and party chief Imran Khan") the name says who it is
            if places and places[0] in r.kb.countries and not _name_follows(r, noun.end):
                emit(r.kb.group_ref(places[0], r.kb.role_def_sector(keys[0]),
                                    r.doc[noun.start:noun.end].text))
            return
        for place in places or ([qual.org] if qual.org else []):
            holder = _holder(r, place, keys, noun.start)
            if holder is None and place in r.kb.countries and not _ambiguous(r, place, keys):
                holder = r.kb.role_holder_ref(place, keys[0])  # a post, its holder unknown
            if holder is None and group is not None and place in r.kb.countries:
                holder = r.kb.group_ref(place, group[1], r.doc[noun.start:noun.end].text)
            if holder is not None:
                emit(holder)
        return
    if det == "the" and not plural:
        holder = _recent_holder(r, noun.start, keys)
        if holder is not None:
            emit(holder)
            return
        sector = r.kb.role_def_sector(keys[0])
        last = r.doc[noun.end - 1]
        owned = last.dep_ == "pobj" and last.head.lower_ == "of"  # "supporters of the ..."
        if sector in _phrases(r, "local_sectors") and not owned:
            # "police detained the opposition leader in Lusaka": no one named before, so
            # the country where it happens, as for "the opposition" itself
            here = place_after(r, noun.end) or context_country(r, noun.start, noun.end)
            if here is not None:
                emit(r.kb.group_ref(here, sector, r.doc[noun.start:noun.end].text))


# --------------------------------------------------------------------------- pieces


def _emit_group(r: Reading, noun: NounSpan, qual: Qualifier | None, sector: str,
                det: str | None, emit) -> None:
    """A group of people: "Kenyan police" (that country's police), "Hezbollah
    guerrillas" (the group itself), "the rebels" (the country where it happens, when
    the text makes it clear, else only the sector)."""
    text = r.doc[noun.start:noun.end].text
    if _inside_name(r, noun):
        # an organisation the knowledge base does not know: the country its name gives
        if qual is not None and len(qual.countries) == 1:
            end = _name_end(r, noun.end)
            name = r.doc[qual.start:end].text
            ref = ActorRef(id=f"provisional:{slug(name)}", name=name, kind="organisation",
                           country=qual.countries[0], sector=None)
            emit_actor(r, qual.start, end, ref)
        return
    if qual is not None and qual.countries:
        for country in qual.countries:
            emit(r.kb.group_ref(country, sector, text))
        return
    if qual is not None and qual.org is not None and qual.org in r.kb.orgs:
        emit(r.kb.org_ref(qual.org))  # "Hezbollah guerrillas", "UN peacekeepers"
        return
    if qual is not None or not _bare_group(r, noun, det):
        return
    code = place_after(r, noun.end)  # "rebels in Darfur", "police in Atlanta"
    if code is None and _names_inside(r, noun):
        return  # "workers affiliated with the Serbian union": not said which, so none
    if code is None and sector in _phrases(r, "local_sectors"):
        code = context_country(r, noun.start, noun.end)
    emit(r.kb.group_ref(code, sector, text))


def _inside_name(r: Reading, noun: NounSpan) -> bool:
    """A capitalised group noun followed by more of a name ("Congolese People's
    Liberation Army", "Nigerian Union of Teachers") is part of that name."""
    if not any(_cased_word(r.doc[i]) and not r.doc[i].is_sent_start
               for i in range(noun.start, noun.end)):
        return False
    j = noun.end
    if j < len(r.doc) and r.folded[j] in ("'s", "'", "of", "for"):
        j += 1
    return j < len(r.doc) and _cased_word(r.doc[j]) and r.doc[j].is_alpha


def _name_end(r: Reading, pos: int) -> int:
    """End of a capitalised name running on from ``pos`` ("'s Liberation Army")."""
    end, j = pos, pos
    while j < len(r.doc) and j - pos < 8:
        tok = r.doc[j]
        if _cased_word(tok) and tok.is_alpha:
            end = j + 1
        elif r.folded[j] not in ("'s", "'", "of", "for", "the", "and", "-"):
            break
        j += 1
    return end


def _starts_clause(r: Reading, i: int) -> bool:
    """A word that opens a sentence or follows a dateline dash, colon or quote."""
    tok = r.doc[i]
    if tok.is_sent_start or i == 0:
        return True
    prev = r.doc[i - 1]
    return prev.is_punct and prev.text not in (",", "'", "'s") or (
        i >= 2 and r.folded[i - 1] in ("the", "a", "an") and _starts_clause(r, i - 1))


def _cased_word(tok) -> bool:
    return tok.text[:1].isupper()


def _names_inside(r: Reading, noun: NounSpan) -> bool:
    """Whether the phrase the group noun heads names an actor of its own."""
    last = r.doc[noun.end - 1]
    return any(r.name_at[t.i] is not None for t in last.subtree
               if not noun.start <= t.i < noun.end)


def _bare_group(r: Reading, noun: NounSpan, det: str | None) -> bool:
    """A group noun that names people acting, not a fragment: no question words ("how
    many people"), no possessive pronoun ("their supporters"), not a modifier of another
    noun ("a police car", "the opposition party's"), and a noun in the parse."""
    first = r.doc[noun.start]
    last = r.doc[noun.end - 1]
    if last.pos_ not in ("NOUN", "PROPN"):
        return False  # "a deadly police raid" read as an adjective, "people-smuggling"
    if last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i:
        return False  # "police officers", "opposition leaders": the noun after decides
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.start
           and c.pos_ in ("NOUN", "PROPN") for c in last.children):
        return False  # "intelligence officials", "human rights activist": said whose
    if noun.start > 0 and (r.noun_at[noun.start - 1] is not None
                           or r.name_at[noun.start - 1] is not None):
        return False  # "government officials", "Workers' Union"
    if any(_cased_word(r.doc[i]) and not _starts_clause(r, i)
           for i in range(noun.start, noun.end)):
        return False  # "National Union for ...": part of a name
    left = r.doc[max(0, noun.start - 3):noun.start]
    if any(t.lower_ in ("how", "what", "which", "whose", "who") for t in left):
        return False
    if det in ("his", "her", "their", "its", "our", "my", "your"):
        return False
    return not (first.i > 0 and r.doc[first.i - 1].like_num and last.lemma_ in ("people",))


def _phrases(r: Reading, cue: str) -> set[str]:
    return {str(w) for w in r.kb.cues.get(cue) or []}


def _service_noun(r: Reading, noun: NounSpan) -> bool:
    """A description noun every member of a country's service bears ("diplomats",
    "ministers"), not the name of one post."""
    words = " ".join(r.folded[noun.start:noun.end])
    return any(words in (w, plural(w)) for w in _phrases(r, "service_nouns"))


def _past_holder(r: Reading, left: int, noun_start: int) -> bool:
    """A "former"/"ex-" just before the title's qualifier or among its modifiers."""
    past = _phrases(r, "past_holder_modifiers")
    return any(r.folded[i] in past for i in range(max(0, left - 1), noun_start))


def _name_follows(r: Reading, pos: int, window: int = 5) -> bool:
    """A person's name within a few words after ``pos``, before any punctuation."""
    for i in range(pos, min(len(r.doc), pos + window)):
        if r.doc[i].is_punct:
            return False
        span = r.names.get(i)
        if span is not None and span.first(*PERSON_CATS) is not None:
            return True
    return False


def _modifiers(r: Reading) -> set[str]:
    return r.kb.modifiers


def _skip_modifiers(r: Reading, pos: int) -> int:
    mods = _modifiers(r)
    while pos > 0 and r.folded[pos - 1] in mods and r.noun_at[pos - 1] is None:
        pos -= 1
    return pos


def _title_of_next_name(r: Reading, noun: NounSpan) -> bool:
    """Nouns directly before a person's name are that person's title."""
    chain = [noun]
    j = noun.end
    while j < len(r.doc) and r.nouns.get(j) is not None:
        chain.append(r.nouns[j])
        j = r.nouns[j].end
    if j < len(r.doc) and r.doc[j].text == ",":
        j += 1
    span = r.names.get(j)
    if span is None or not (span.cats() & PERSON_CATS):
        return False
    for n in chain:
        n.used = True
    return True


def _qualifier_before(r: Reading, pos: int) -> Qualifier | None:
    """Country, organisation or person words that qualify the noun at ``pos``."""
    j = _skip_modifiers(r, pos)
    possessive = j > 0 and r.folded[j - 1] in ("'s", "'")
    if possessive:
        j -= 1
    span = r.name_at[j - 1] if j > 0 else None
    if span is None or span.end != j:
        return None
    if span.cats() & PERSON_CATS:
        if not possessive:
            return None
        who = next((ref for i, ref in reversed(r.seen_people) if i == span.start), None)
        return Qualifier(start=span.start, countries=[], org=None, person=who)
    country, org = qualifier_entry(span)
    if country is None and org is None:
        return None
    qual = Qualifier(start=span.start, countries=[country] if country else [], org=org)
    # "Chinese and Russian foreign ministers", "China and Russia's ministers", "Chinese,
    # Russian and Iranian envoys"; in "the United States, South Korea's defence ministry"
    # the comma ends a list, it joins no qualifiers
    k = span.start
    while k >= 2 and r.folded[k - 1] in ("and", ","):
        prev = r.name_at[k - 2]
        if prev is None or not (r.folded[k - 1] == "and" or CAT_ADJ in prev.cats()):
            break
        c, _ = qualifier_entry(prev)
        if c is None:
            break
        qual.countries.insert(0, c)
        qual.start = k = prev.start
    return qual


def _countries_for(r: Reading, noun: NounSpan, qual: Qualifier | None) -> list[str]:
    if qual and qual.countries:
        return qual.countries
    # "the foreign ministry of Japan"
    j = noun.end
    if j + 1 < len(r.doc) and r.folded[j] == "of":
        j += 1
        if r.folded[j] == "the" and j + 1 < len(r.doc):
            j += 1
        span = r.names.get(j)
        if span is not None:
            country, _ = qualifier_entry(span)
            if country:
                return [country]
    return []


def _no_determiner(r: Reading, left: int) -> bool:
    """The noun phrase starting at ``left`` has no determiner, number or possessive
    before it ("protesters stormed parliament")."""
    return left == 0 or r.doc[left - 1].pos_ not in ("DET", "PRON", "NUM", "ADJ", "PROPN")


def _stands_alone(r: Reading, noun: NounSpan, left: int) -> bool:
    """A noun with no determiner that is itself the subject or object, not a modifier
    of the next noun ("Authorities detained ...", not "government troops")."""
    head = r.doc[noun.end - 1]
    return _no_determiner(r, left) and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")


def _local_body(r: Reading, key: str) -> bool:
    """A body that, named alone, is the one of the country where things happen (a
    parliament), as the local sectors' groups are."""
    spec = (r.kb.cues.get("bodies") or {}).get(key) or {}
    return bool(spec.get("local")) or spec.get("sector", "government") in _phrases(r, "local_sectors")


def _context_countries(r: Reading, noun: NounSpan, det: str | None) -> list[str]:
    """The country of the place told around a bare noun (``context_country``), for a noun
    that stands alone as an actor."""
    if not _bare_group(r, noun, det):
        return []
    code = context_country(r, noun.start, noun.end)
    return [code] if code else []


def _body_named_before(r: Reading, pos: int, key: str) -> list[str]:
    """"the military" after "Myanmar's military": the body of that kind the article named
    last (with its country) before ``pos``; none when it named none."""
    start = r.doc[pos].idx
    for m in reversed(r.mentions):
        if m.start < start and m.actor.id.startswith("body:") and m.actor.id.endswith(f":{key}"):
            return [m.actor.country] if m.actor.country else []
    return []


def _ref_keys(r: Reading, ref: ActorRef) -> list[str]:
    """Role keys a mentioned person held on the article's date, best first."""
    if ref.id in r.kb.people:
        keys: list[str] = []
        for role in r.kb.person_roles(ref.id, r.on):
            keys += [k for k in role.keys() if k not in keys]
        return keys
    return r.kb.role_keys_in(ref.role) if ref.role else []


def _matches(r: Reading, ref: ActorRef, keys: list[str]) -> bool:
    held = set(_ref_keys(r, ref))
    for key in keys:
        wanted = r.kb.role_keys_for(ref.country or "", key)
        if held & set(wanted):
            return True
    return False


def _prefer_mentioned(r: Reading, cands: list[ActorRef], pos: int) -> ActorRef | None:
    """Of the people who could be meant, the one the article mentioned last before
    ``pos``; else one it mentions later; else the only candidate if the date is known."""
    ids = {c.id: c for c in cands}
    for _, ref in reversed([p for p in r.seen_people if p[0] < pos]):
        if ref.id in ids:
            return ids[ref.id]
    later = [c for c in cands if c.id in r.people_in_article]
    if len(later) == 1:
        return later[0]
    return None


def _holder(r: Reading, place: str, keys: list[str], pos: int) -> ActorRef | None:
    """Who held one of ``keys`` (tried in order) in a country or organisation."""
    by_key = [r.kb.find_by_role(place, key, r.on) for key in keys]
    everyone = [ref for refs in by_key for ref in refs]
    chosen = _prefer_mentioned(r, everyone, pos)
    if chosen is not None:
        return chosen
    if r.on is None:
        return None
    for refs in by_key:
        if refs:
            return refs[0] if len({x.id for x in refs}) == 1 else None
    return None


def _ambiguous(r: Reading, place: str, keys: list[str]) -> bool:
    """Whether the knowledge base knows holders of the post that the article leaves open
    (no date, or a date that falls on a hand-over): then nothing is said rather than a
    placeholder."""
    return any(r.kb.find_by_role(place, key, r.on) for key in keys)


def _recent_holder(r: Reading, pos: int, keys: list[str]) -> ActorRef | None:
    """"the minister": the last person mentioned who held such a post."""
    for i, ref in reversed(r.seen_people):
        if i < pos and _matches(r, ref, keys):
            return ref
    return None


def _antecedent(r: Reading, pos: int, qual: Qualifier | None) -> ActorRef | None:
    if qual is not None and qual.person is not None:
        return qual.person
    for i, ref in reversed(r.seen_people):
        if i < pos:
            return ref
    return None


def _counterpart(r: Reading, pos: int, qual: Qualifier | None, det: str | None
                 ) -> ActorRef | None:
    """"his Russian counterpart": the Russian holder of the post "he" holds."""
    pronouns = {fold(w) for w in r.kb.cues.get("person_pronouns") or []}
    if det not in pronouns and not (qual and qual.person):
        return None
    who = _antecedent(r, pos, qual)
    if who is None:
        return None
    keys = _ref_keys(r, who)
    if not keys:
        return None
    if qual and qual.countries:
        country = qual.countries[0]
        if country == who.country:
            return None
        return _holder(r, country, keys, pos)
    others = []
    for pid in r.people_in_article:
        if pid == who.id:
            continue
        ref = (r.kb.person_ref(pid, r.on) if pid in r.kb.people else r.provisional.get(pid))
        if ref is not None and ref.country != who.country and _matches(r, ref, keys[:1]):
            others.append(ref)
    return others[0] if len(others) == 1 else None


def _subject_of_clause(r: Reading, noun: NounSpan) -> str | None:
    """The person who is the subject of the verb governing ``noun``: in "Guterres urged
    both sides", both sides are others than Guterres."""
    tok = r.doc[noun.end - 1]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            span = r.name_at[child.i]
            if span is not None:
                return next((ref.id for i, ref in r.seen_people if i == span.start), None)
    return None


def _two_recent_people(r: Reading, noun: NounSpan, keys) -> list[ActorRef]:
    """The two most recent distinct people before ``noun`` (holders of ``keys`` first),
    leaving out the subject of the clause the noun is the object of."""
    pos = noun.start
    recent: list[ActorRef] = []
    skip = _subject_of_clause(r, noun)
    for i, ref in reversed(r.seen_people):
        if i < pos and ref.id != skip and ref.id not in {x.id for x in recent}:
            recent.append(ref)
    if keys:
        fitting = [ref for ref in recent if _matches(r, ref, list(keys))]
        if len(fitting) >= 2:
            return fitting[:2]
    return recent[:2] if len(recent) >= 2 else []


def _two_recent_countries(r: Reading, pos: int) -> list[ActorRef]:
    """The two most recent distinct countries mentioned before ``pos`` (as governments)."""
    start = r.doc[pos].idx
    found: list[str] = []
    for m in reversed(r.mentions):
        code = m.actor.country if m.actor.kind == "country" else None
        if m.start < start and code and code not in found:
            found.append(code)
        if len(found) == 2:
            return [r.kb.country_ref(code, "government") for code in found]
    return []

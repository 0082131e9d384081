"""Analysis of articles not in English: actors, events, dates and places without a parser.

``analyse_article`` returns the same records as the English path (``dateline.analyse``):
Mentions of actors resolved to the knowledge base, EventMentions with PLOVER type, CAMEO
code, source/target, modality, status, date and place, evidence offsets into the body.
Languages with a cue file in dateline/data/cues/ are analysed; others are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.multilingual.abbreviations import abbreviated_countries
from dateline.multilingual.bare_names import article_countries, bare_surname, common_word, is_bare_kb_surname
from dateline.multilingual.cues import cue_set
from dateline.multilingual.dates import find_dates, full_days, since
from dateline.multilingual.events import (
    arrest_event,
    arrival_event,
    casualty_event,
    find_hits,
    marker_near,
    sentence_events,
)
from dateline.multilingual.names import index_for, lookup_transliterated
from dateline.multilingual.roles import conjunctions, role_span
from dateline.multilingual.text import LAST_WORD, Sentence, fold, script_of, sentences, spaceless, tokens
from dateline.records import ActorRef, Article, EventMention, Mention, PlaceRef, TimeValue
from dateline.resolve import CAT_PERSON, Entry

LEDE_SENTENCES = 3  # a headline and two sentences: where the news of the day is reported


def supported(language: str | None) -> bool:
    return bool(language) and cue_set(language) is not None


def analyse_article(article: Article, resources):
    """Actors, events (with date and place) of one non-English article."""
    from dateline.records import Analysis

    language = article.language or ""
    cues = cue_set(language)
    if cues is None:
        return Analysis(article.id, f"skipped: language {article.language}, no cues")
    kb = resources.kb
    index = index_for(language, kb)
    mentions: list[Mention] = []
    events: list[EventMention] = []
    whole = index.find(article.body)
    bare = _BareNames(article_countries(article.body, whole, kb), cues.noun_determiners)
    bare.people = {v[1].id for _, _, values in whole for v in values if v[0] != "place" and v[1].cat == CAT_PERSON}
    government = _government_of(kb)
    for n, sentence in enumerate(sentences(article.body, language)):
        named = {m.actor.id: m.actor.name for m in mentions if m.actor.kind == "person"}
        bare.named_in_full = {m.actor.id for m in mentions
                              if m.actor.kind == "person" and len(m.text.split()) > 1}
        found, places = _names(sentence, index, kb, article, language, named, bare)
        located = _countries_as_places(sentence, found, cues, resources.gazetteer, article)
        places += located
        places += _marked_cities(sentence, found, places, cues, resources.gazetteer, language)
        mentions += found
        hits = find_hits(cues, sentence)
        # "En Turquía, Lavrov se reunió con Kuleba": the country where it happened is no party
        # when two others are named.
        areas = [m for m in found if _at_area(m, article.body, cues)]
        where = {start for start, _ in located} | {m.start for m in areas}
        where |= {m.start for m in found if _names_its_city(m, places, article.body)}
        parties = [m for m in found if m.start not in where]
        if len({m.actor.id for m in parties}) < 2:
            parties = found
        found_events = sentence_events(sentence, hits, parties, article.id, language, areas)
        arrival = None
        if not found_events and n < LEDE_SENTENCES:
            # an arrival told as the news ("Лавров прибыл в Рим"); later, the background of a
            # visit whose own days the meeting's reports tell
            arrival = arrival_event(sentence, hits, found, places, article.id, language,
                                    _host(places, kb))
            found_events = [arrival] if arrival is not None else []
        if not found_events and n < LEDE_SENTENCES:
            # an attack told by its dead and where ("in Paris sind 120 Menschen getötet worden")
            country = _country_of_places(places, article.body, sentence, cues, kb)
            casualties = casualty_event(sentence, hits, found, places, article.id, language, country)
            found_events = [casualties] if casualties is not None else []
            if not found_events and any(h.passive for h in hits):
                # an arrest told without its doer ("Ekrem İmamoğlu gözaltına alındı"), where the
                # sentence's places tell, else the article's
                country = country or _one_country_of_places(whole, kb)
                state = government(country.country) if country is not None and country.country else None
                held = arrest_event(sentence, hits, found, article.id, language,
                                    _strangers(sentence, found, places, article, cues, language), government, state)
                found_events = [held] if held is not None else []
        # A place after a word of origin ("из Москвы") is where someone came from: no venue.
        venues = [(at, p) for at, p in places
                  if not _from_elsewhere(at, article.body, sentence.start, cues)] if found_events else []
        for event in found_events:
            event.lede = n < LEDE_SENTENCES
            # An arrival is dated by its own words only: a flash "X arrived in Beijing" comes out
            # in the visitor's time zone, often the day before the host's.
            _date_event(event, sentence, hits, article, language, lede=event.lede and event is not arrival)
            # A call has no venue: a place its sentence names is a topic ("обсудили по телефону
            # ситуацию в Сирии") or where one side was.
            place = _nearest(venues, event, hits) if event.mode != "phone" and event.place is None else None
            if place is not None:
                event.place, event.place_source = place, "sentence"
            events.append(event)
    return Analysis(article.id, "done", mentions, events, [], {})


def _host(places: list[tuple[int, PlaceRef]], kb) -> ActorRef | None:
    """The country of the sentence's one country of cities (a visit's host), as the knowledge
    base's actor for it (named as every other mention of that country is)."""
    countries = {p.country for _, p in places if p.kind == "city" and p.country}
    if len(countries) != 1:
        return None
    code = countries.pop()
    return kb.country_ref(code) if code in kb.countries else None


def _country_of_places(places: list[tuple[int, PlaceRef]], body: str, sentence: Sentence, cues, kb) -> ActorRef | None:
    """The one country of the sentence's places (cities, and countries after a word of place),
    not counting where someone came from, as the knowledge base's actor for it."""
    countries = {p.country for at, p in places
                 if p.country and not _from_elsewhere(at, body, sentence.start, cues)}
    if len(countries) != 1:
        return None
    code = countries.pop()
    return kb.country_ref(code) if code in kb.countries else None


def _government_of(kb) -> Callable[[str], ActorRef | None]:
    def government(code: str) -> ActorRef | None:
        return kb.country_ref(code, "government") if code in kb.countries else None
    return government


def _one_country_of_places(whole, kb) -> ActorRef | None:
    """The one country of the article's named cities, as the knowledge base's actor for it
    (where an arrest told with no place happened: the article's city, "İstanbul")."""
    countries = {v[1].country for _, _, values in whole for v in values
                 if v[0] == "place" and getattr(v[1], "kind", None) == "city" and getattr(v[1], "country", None)}
    if len(countries) != 1:
        return None
    code = countries.pop()
    return kb.country_ref(code) if code in kb.countries else None


# Words of a name the knowledge base does not know: capitalised, not all capitals (an acronym).
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CASED_SCRIPTS = ("latin", "cyrillic", "greek")


def _strangers(sentence: Sentence, found: list[Mention], places: list[tuple[int, PlaceRef]], article: Article,
               cues, language: str) -> list[Mention]:
    """People the knowledge base does not know, named by two or more capitalised words that
    are no word of the language in this article (bare_names.common_word) and no known name
    or place: the last two words of such a run ("İBB Başkanı Ekrem İmamoğlu": Ekrem İmamoğlu)."""
    if script_of(language) not in _CASED_SCRIPTS:
        return []
    taken = [(m.start, m.end) for m in found] + [(at, at + 1) for at, _ in places]
    runs: list[list[tuple[int, int]]] = [[]]
    for m in _NAME_WORD.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        word = m.group(0).split("'")[0].split("’")[0]
        good = (word[:1].isupper() and not word.isupper() and len(word) > 1
                and not any(s < end and start < e for s, e in taken)
                and not common_word(word, article.body, cues.noun_determiners))
        gap = article.body[runs[-1][-1][1]:start] if runs[-1] else ""
        if good and (not runs[-1] or gap == " "):
            runs[-1].append((start, start + len(word)))
        elif good:
            runs.append([(start, start + len(word))])
        else:
            runs.append([])
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        start, end = run[-2][0], run[-1][1]
        name = article.body[start:end]
        out.append(Mention(article.id, start, end, name,
                           ActorRef(id="provisional:" + "-".join(fold(name).split()), name=name, kind="person")))
    return out


class _BareNames:
    """What judging a bare surname needs: the article's countries, the words before a noun
    only, the people named in full so far."""

    def __init__(self, context: set[str], determiners: frozenset[str]) -> None:
        self.context = context
        self.determiners = determiners
        self.named_in_full: set[str] = set()
        self.people: set[str] = set()  # every person a name of the article may be


def _names(sentence: Sentence, index, kb, article: Article, language: str,
           named: dict[str, str] | None = None,
           bare: _BareNames | None = None) -> tuple[list[Mention], list[tuple[int, PlaceRef]]]:
    """Names of one sentence; ``named``: people the article has already named (id -> name)."""
    mentions: list[Mention] = []
    spans: list[tuple[int, int, PlaceRef]] = []
    for start, end, values in index.find(sentence.text, sentence.start):
        text = article.body[start:end]
        actor_values = [v for v in values if v[0] != "place"]
        if actor_values:
            entry = _best(actor_values)
            earlier = _named_before(text, named or {})
            if earlier is not None and entry.cat in (CAT_PERSON,):
                entry = Entry(CAT_PERSON, earlier)
            elif bare is not None and entry.cat == CAT_PERSON and is_bare_kb_surname(text, values, language):
                # "Frieden", "Martí", "Pierre": a common word, or a surname the article's
                # countries and date do not back, is nobody
                judged = (None if common_word(text, article.body, bare.determiners)
                          else bare_surname(text, values, kb, article.published, bare.context, bare.named_in_full))
                others = [v for v in actor_values if v[1].cat != CAT_PERSON]
                if judged is not None:
                    entry = judged
                elif others:
                    entry = _best(others)
                else:
                    place = next((v[1] for v in values if v[0] == "place"), None)
                    if place is not None:
                        spans.append((start, end, place))
                    continue
            actor = kb.entry_ref(entry, article.published)
            mentions.append(Mention(article.id, start, end, text, actor))
        else:
            spans.append((start, end, values[0][1]))
    places = [(start, place) for start, _, place in _unpaired(sorted(spans, key=lambda s: s[0]), article.body, language)]
    if script_of(language) == "cyrillic":
        mentions += _transliterated(sentence, mentions, places, kb, article)
    mentions = _role_holders(sorted(mentions, key=lambda m: m.start), kb, article, language,
                             bare.people if bare is not None else set())
    if spaceless(language):
        mentions = _abbreviated(sentence, mentions, kb, article, language,
                                bare.people if bare is not None else set())
    return sorted(mentions, key=lambda m: m.start), places


def _abbreviated(sentence: Sentence, mentions: list[Mention], kb, article: Article, language: str,
                 people: set[str]) -> list[Mention]:
    """The countries of a compound of abbreviations ("米中首脳会談"), or the holders of the post
    its head names (the two leaders of a summit), where the holder is known.  The compound
    outranks a family name with a title read in it ("日韓外相": not a foreign minister Han)."""
    found = [a for a in abbreviated_countries(sentence.text, language, sentence.start) if a.country in kb.countries]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(a.start <= m.start < a.end for a in found)]
    for a in found:
        holders = _holders(kb, a.country, a.role, article.published, people) if a.role else []
        if a.role and len(holders) != 1:
            continue
        actor = holders[0] if a.role else kb.country_ref(a.country)
        kept.append(Mention(article.id, a.start, a.end, article.body[a.start:a.end], actor))
    return sorted(kept, key=lambda m: m.start)


def _unpaired(spans: list[tuple[int, int, PlaceRef]], body: str, language: str) -> list[tuple[int, int, PlaceRef]]:
    """Places not joined to another by "and": "las relaciones entre Washington y La Habana",
    "между Москвой и Киевом" name two governments, not where anything happened."""
    joiners = conjunctions(language)
    paired: set[int] = set()
    for i in range(len(spans) - 1):
        (_, end, _), (start, _, _) = spans[i], spans[i + 1]
        gap = body[end:start].strip()
        if gap in joiners:
            paired |= {i, i + 1}
    return [span for i, span in enumerate(spans) if i not in paired]


def _role_holders(mentions: list[Mention], kb, article: Article, language: str,
                  people: set[str]) -> list[Mention]:
    """A title with a country ("министр иностранных дел России") stands for the one person
    holding the post on the article's date; next to a name it is that name's title.
    ``people``: who the article's names may be, for an article without a date."""
    out: list[Mention] = []
    drop: set[int] = set()
    added: list[Mention] = []
    listed: set[int] = set()
    for i, m in enumerate(mentions):
        if m.actor.kind != "country" or not m.actor.country or i in listed:
            continue
        chain = _country_list(mentions, i, article.body, language)
        if len(chain) > 1:
            # "Министры иностранных дел России и Украины": a plural title before a list of
            # countries is each country's holder; a singular one names no one.
            listed |= set(chain)
            last = mentions[chain[-1]]
            # the title before the first country, or ("russische und ukrainische
            # Außenminister") after the last
            spans = [s for s in role_span(article.body, m.start, m.end, language, plural=True) if s[2] == m.end]
            spans += [s for s in role_span(article.body, last.start, last.end, language, plural=True)
                      if s[1] == last.start]
            if not spans:
                continue
            key, start, end = max(spans, key=lambda s: s[2] - s[1])
            for j in chain:
                o = mentions[j]
                holders = _holders(kb, o.actor.country or "", key, article.published, people)
                if len(holders) == 1:
                    drop.add(j)
                    s = min(start, o.start) if j == i else o.start
                    e = max(end, o.end) if j == chain[-1] else o.end
                    added.append(Mention(article.id, s, e, article.body[s:e], holders[0]))
            continue
        spans = role_span(article.body, m.start, m.end, language)
        if not spans:
            continue
        key, start, end = max(spans, key=lambda s: s[2] - s[1])
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and article.body[m.end:after.start].strip() == "" and \
                script_of(language) == "arabic" and after.text.startswith("و") and after.actor.kind == "country":
            continue
        if any(o.start < end and start < o.end for j, o in enumerate(mentions) if j != i):
            continue
        # "министр ... России Сергей Лавров", "El presidente de Estados Unidos, Barack Obama,":
        # a name next to the title, or after an apposition comma, is the title's holder.
        named = [o for o in mentions if o.actor.kind == "person"
                 and (0 <= o.start - end <= 2 and article.body[end:o.start].strip() in ("", ",")
                      or 0 <= start - o.end <= 2 and article.body[o.end:start].strip() in ("", ","))]
        if named:
            drop.add(i)  # "министр иностранных дел России Сергей Лавров": the title of the name
            continue
        holders = _holders(kb, m.actor.country, key, article.published, people)
        if len(holders) == 1:
            drop.add(i)
            added.append(Mention(article.id, start, end, article.body[start:end], holders[0]))
    out = [m for i, m in enumerate(mentions) if i not in drop] + added
    return sorted(out, key=lambda m: m.start)


def _holders(kb, country: str, key: str, on: str | None, people: set[str]) -> list:
    """Who held the post on the article's date; in an article without a date, the holders
    at any time whom the article also names ("външните министри на Русия ..." and
    "Лавров"): the date is unknown, the name is not."""
    if on:
        return kb.find_by_role(country, key, on)
    return [h for h in kb.find_by_role(country, key, None) if h.id in people]


def _country_list(mentions: list[Mention], i: int, body: str, language: str) -> list[int]:
    """Indexes of the countries listed from ``mentions[i]`` on, joined by "and" or commas
    ("России, Украины и Турции")."""
    joiners = conjunctions(language) | {","}
    chain = [i]
    while chain[-1] + 1 < len(mentions):
        prev, nxt = mentions[chain[-1]], mentions[chain[-1] + 1]
        if nxt.actor.kind != "country" or not nxt.actor.country or body[prev.end:nxt.start].strip() not in joiners:
            break
        chain.append(chain[-1] + 1)
    return chain


def _best(values: list[tuple]):
    order = {"person": 0, "org": 1, "body": 2, "country": 3, "metonym": 4}
    return min((v[1] for v in values), key=lambda e: order.get(e.cat, 9))


def _named_before(text: str, named: dict[str, str]) -> str | None:
    """The one person named in full earlier in the article whose surname ``text`` is ("Raúl
    Castro" ... "Castro" is not another Castro of the knowledge base)."""
    if " " in text.strip():
        return None
    word = fold(text)
    found = {pid for pid, name in named.items() if " " in name and fold(name.split()[-1]) == word}
    return found.pop() if len(found) == 1 else None


_CAPITALISED_PAIR = re.compile(r"\b([А-ЯЁІЇЄҐ][а-яёіїєґ]+)\s+([А-ЯЁІЇЄҐ][а-яёіїєґ]+)\b")


def _transliterated(sentence: Sentence, mentions: list[Mention], places, kb, article: Article) -> list[Mention]:
    """Two capitalised Cyrillic words no name covers: a person of the knowledge base
    whose transliterated name they spell."""
    out = []
    taken = [(m.start, m.end) for m in mentions] + [(p, p + 1) for p, _ in places]
    for m in _CAPITALISED_PAIR.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if m.start() == 0 or any(s < end and start < e for s, e in taken):
            continue
        actor = lookup_transliterated([m.group(1), m.group(2)], kb, article.published)
        if actor is not None:
            out.append(Mention(article.id, start, end, m.group(0), actor))
    return out


def _date_event(event: EventMention, sentence: Sentence, hits, article: Article, language: str, *, lede: bool) -> None:
    tense = "future" if event.status == "planned" else "past"
    # With no publication day, the article's own fully written days resolve "lundi 31 janvier".
    days = None if article.published and len(article.published) == 10 else (lambda: full_days(article.body, language))

    def found(tense: str) -> list[TimeValue]:
        return [d for d in find_dates(sentence.text, language, article.published, tense=tense,
                                      anchor_bounds=article.published_bounds, offset=sentence.start, days=days)
                if (d.date or d.earliest or d.latest) and not since(article.body, d.start, language)]

    dates = found(tense)
    if tense == "past" and any(marker_near(hits, "future", d.start, d.end, language) for d in dates):
        # "Встреча ... состоится в Хельсинки 16 июля": a future word next to the date (however far
        # from the cue) makes it the coming 16 July, not the last one.
        coming = {d.start: d for d in found("future")}
        dates = [coming.get(d.start, d) if marker_near(hits, "future", d.start, d.end, language) else d
                 for d in dates]
    if dates:
        cue_at = next((h.start for h in hits if h.text == event.trigger), sentence.start)
        event.date = min(dates, key=lambda d: abs(d.start - cue_at))
    elif (lede and article.published and len(article.published) == 10
          and event.modality == "asserted" and event.status == "past"):
        # As in English (extract/context.py, _reported_as_news): the news of the report's day.
        event.date = TimeValue("(publication date)", date=article.published, precision="day", basis="reported")
    elif not (article.published and len(article.published) == 10):
        # "el martes" in a report with no publication day: kept unresolved, as in English
        # (extract/context.py, clause_date), for the day its story's reports came out to resolve.
        open_ = [d for d in find_dates(sentence.text, language, article.published, tense=tense,
                                       anchor_bounds=article.published_bounds, offset=sentence.start)
                 if not (d.date or d.earliest or d.latest) and not since(article.body, d.start, language)]
        if open_:
            cue_at = next((h.start for h in hits if h.text == event.trigger), sentence.start)
            # A weekday first: "اليوم الثلاثاء" (today, Tuesday) names the day; "today" alone,
            # over a story's two possible days, names none.
            event.date = min(open_, key=lambda d: (not d.text.startswith("on "), abs(d.start - cue_at)))


def _nearest(places: list[tuple[int, PlaceRef]], event: EventMention, hits) -> PlaceRef | None:
    """The place nearest the cue; a city before a country ("en Panamá, en la capital")."""
    if not places:
        return None
    cue_at = next((h.start for h in hits if h.text == event.trigger), event.start)
    return min(places, key=lambda p: (p[1].kind == "country", abs(p[0] - cue_at)))[1]


_FIRST_WORD = re.compile(r"^\s(\w+)")


def _from_elsewhere(start: int, body: str, sentence_start: int, cues) -> bool:
    """Whether the name at ``start`` follows a word of origin ("من", "из": from), directly or
    past a noun of a settlement ("من العاصمة الرباط": from the capital, Rabat): it tells where
    someone or something came from ("withdrew its ambassador from Rabat"), not where the event
    happened.  A word of origin is also how some languages say "of the kind" ("من طراز": of the
    type, whose noun is also the name of a city): no place either."""
    before = body[max(sentence_start, start - 40):start]
    last = LAST_WORD.search(before)
    if last is None:
        return False
    word = fold(last.group(1))
    if word in cues.origin_markers:
        return True
    prior = LAST_WORD.search(before[:last.start()]) if word in cues.settlement_nouns else None
    return prior is not None and fold(prior.group(1)) in cues.origin_markers


def _at_area(m: Mention, body: str, cues) -> bool:
    """Whether a country word qualifies a noun of an area next to it ("على الحدود السورية",
    "Türkiye sınırı"): where something happened, not who did it."""
    if m.actor.kind != "country":
        return False
    if spaceless(cues.language):  # "台湾海峡": the noun written on to the name
        return any(fold(body[m.end:m.end + 4]).startswith(noun) for noun in cues.area_nouns_after)
    before = LAST_WORD.search(body[max(0, m.start - 30):m.start])
    after = _FIRST_WORD.search(body[m.end:m.end + 30])
    return (before is not None and body[m.start - 1:m.start].isspace()
            and fold(before.group(1)) in cues.area_nouns_before
            or after is not None and fold(after.group(1)) in cues.area_nouns_after)


def _names_its_city(m: Mention, places: list[tuple[int, PlaceRef]], body: str) -> bool:
    """A country written right before one of its cities says where the city is ("페루 리마에서",
    "ペルー・リマ", "Perú, Lima"): no party."""
    if m.actor.kind != "country" or not m.actor.country:
        return False
    return any(place.kind == "city" and place.country == m.actor.country and 0 <= at - m.end <= 2
               and not body[m.end:at].strip(" ,・·") for at, place in places)


def _countries_as_places(sentence: Sentence, found: list[Mention], cues, gazetteer,
                         article: Article) -> list[tuple[int, PlaceRef]]:
    """A country named after a word of place ("se reunieron en Panamá", "встреча в Индонезии")
    is also where the event happened; it stays an actor too ("прибыл в Украину": the host)."""
    if not cues.place_markers or gazetteer is None:
        return []
    out = []
    for m in found:
        if m.actor.kind != "country" or not m.actor.country:
            continue
        before = LAST_WORD.search(article.body[max(sentence.start, m.start - 30):m.start])
        if before is None or fold(before.group(1)) not in cues.place_markers:
            continue
        place = gazetteer.country(m.actor.country)
        if place is not None:
            out.append((m.start, place))
    return out


# Words that may stand between a word of place and a city's name ("im kasachischen Astana",
# "in der kasachischen Hauptstadt Astana", "en la capital kazaja, Astaná"): words written small
# (articles, adjectives, "capital"), a noun of a settlement, or a country's word (which must then
# be the city's country); at most so many.
_WORDS_BEFORE_CITY = 3


def _marked_cities(sentence: Sentence, found: list[Mention], places: list[tuple[int, PlaceRef]], cues,
                   gazetteer, language: str) -> list[tuple[int, PlaceRef]]:
    """A city the index does not hold (Latin-script names of cities under two million:
    "en Sochi", "in Antalya") after a word of place, past at most ``_WORDS_BEFORE_CITY``
    articles, settlement nouns and words of its own country ("im russischen Sotschi"), or
    with a case ending of place ("Soçi'de"): the gazetteer's city of that name, strictly (no
    stoplisted word), one or two capitalised words; not a post's city ("su embajador en Tel Aviv")."""
    if gazetteer is None or not (cues.place_markers or cues.locative_suffixes) or script_of(language) != "latin":
        return []
    taken = {start for start, _ in places}
    toks = tokens(sentence.text, language, sentence.start)
    out = []
    for i in range(len(toks)):
        tok = toks[i]
        if not tok.text[:1].isupper() or tok.start in taken or any(m.start <= tok.start < m.end for m in found):
            continue
        stem, _, ending = fold(tok.text).partition("'")
        if ending and ending in cues.locative_suffixes:
            place = gazetteer.lookup(tok.text[:len(stem)], strict=True)
            if place is not None and place.kind == "city":
                out.append((tok.start, place))
            continue
        marker, country = _place_word_before(toks, i, found, cues, sentence)
        if marker is None or marker >= 1 and fold(toks[marker - 1].text) in cues.post_nouns:
            continue
        spans = [toks[i:i + 2]] if i + 1 < len(toks) and toks[i + 1].text[:1].isupper() else []
        for span in spans + [toks[i:i + 1]]:
            name = sentence.text[span[0].start - sentence.start:span[-1].end - sentence.start]
            place = gazetteer.lookup(name, strict=True)
            if place is not None and place.kind == "city" and country in (None, place.country):
                out.append((tok.start, place))
                break
    return out


def _place_word_before(toks, i: int, found: list[Mention], cues,
                       sentence: Sentence) -> tuple[int | None, str | None]:
    """The index of the word of place before ``toks[i]``, past at most ``_WORDS_BEFORE_CITY``
    words written small, settlement nouns and country words, and the country those name (None
    for none); (None, None) where no such word stands there."""
    country = None
    for j in range(i - 1, max(-1, i - 2 - _WORDS_BEFORE_CITY), -1):
        word = fold(toks[j].text)
        gap = sentence.text[toks[j].end - sentence.start:toks[j + 1].start - sentence.start]
        if j < i - 1 and gap.strip(" ,"):
            return None, None
        if word in cues.place_markers:
            return j, country
        named = next((m.actor.country for m in found if m.start <= toks[j].start < m.end
                      and m.actor.kind == "country" and m.actor.country), None)
        if named is not None and country in (None, named):
            country = named
        elif toks[j].text[:1].isupper() and word not in cues.settlement_nouns:
            return None, None
    return None, None

"""Stories: articles that report the same happening, found from what their texts share.

Event structure alone cannot tell that two articles lead with one happening when one says
"checked into a clinic" and the other "entered rehab", or when the happening is outside the
political event types.  Articles whose salient words (names above all) overlap strongly,
and whose dates and places do not conflict, are one story; a story's articles share one lead
happening.

Each article's vector is first smoothed towards its few nearest articles (shared neighbours
tell two reports of one happening apart from two happenings of one kind better than the pair's
own words do).  Greedy clustering against story centroids, blocked by rare shared terms: about
linear.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import mul

from dateline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from dateline.english_words import english_words
from dateline.link.happenings import days_of, happening_of, iso_day, named_day_conflict, near

# Latin words, numbers, and words of other scripts ("Путин", "Çavuşoğlu"): a Russian report read
# for Latin words alone is a few numbers, and shares its story with any other such text.
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+|\d+(?:[.,]\d+)?|[^\W\d_A-Za-z][^\W\d_]+")
# Words that say nothing of which story a text tells: function words, reporting words, calendar
# names and numbers in words (data/english_words.yaml, "story_stop_words", and data/calendar.yaml).
_STOP = english_words("story_stop_words") | frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)
NAME_WEIGHT = 3.0  # a capitalised word inside a sentence is most likely a name: names tell stories apart
LEAD_CHARS = 1500  # the top of an article says what it is about
SIMILARITY = 0.3  # cosine to a story's centroid needed to join it (measured on ECB+'s developer half)
MERGE_SIMILARITY = 0.6  # cosine between two story centroids to join them in the second pass
STRONG_SIMILARITY = 0.5  # an article whose lead is undated joins a dated story only this close
# (... and so does an article with no publication day a story all of whose articles have one)
SPLIT_RATIO = 0.7  # a story is two when its halves' articles are this much less alike across than within
# ... and this much when one half has no publication day at all and the other mostly has them:
# nothing but the words put such halves at one time (as with ``_unplaced_in_time``).  On ECB+'s
# developer half such halves of one happening measured .93 and over, of two happenings .44-.80:
# the line stands midway in that gap, not at the edge of either side.
UNPLACED_SPLIT_RATIO = 0.85
NEIGHBOURS = 5  # an article's vector is smoothed towards this many nearest articles
NEIGHBOUR_FLOOR = 0.1  # ... each at least this close (cosine of the articles' own vectors)
MAX_BLOCK = 1000  # ... and a term shared by more articles than this never blocks, however big the corpus
BLOCK_TERMS = 15  # an article is compared only with those sharing one of its this many heaviest rare terms
VECTOR_TERMS = 300  # a smoothed vector keeps its this many heaviest terms
MAX_DAYS_APART = 30  # articles published further apart join one story only in much the same words (a follow-up)
MAX_FOLLOW_UP_DAYS = 365  # ... and never further apart than this (the same kind of event recurs)


@dataclass
class StoryInput:
    article_id: str
    title: str | None
    body: str
    published: str | None = None
    lead_date: str | None = None  # the date of the article's lead happening, where known
    lead_place: tuple[str | None, str | None] | None = None  # (country, name) of the lead happening's place


def salient_terms(title: str | None, body: str) -> Counter[str]:
    """Weighted terms of an article's title and lead: names count double."""
    text = ((title or "") + ".\n" + body[:LEAD_CHARS])
    terms: Counter[str] = Counter()
    sentence_start = True
    for match in _WORD.finditer(text):
        word = match.group()
        lower = word.casefold().strip("'’-")
        gap = text[max(0, match.start() - 3):match.start()]
        is_start = sentence_start or any(ch in gap for ch in ".!?\n\"“")
        sentence_start = False
        if lower in _STOP or len(lower) < 3 and not lower.isdigit():
            continue
        name = word[0].isupper() and not is_start
        if not (name or word.isascii()):
            continue  # another script's common words have no stop list here: its names only ("Путин")
        terms[lower] += NAME_WEIGHT if name else 1.0  # type: ignore[assignment]  # weights: a Counter of floats
    return terms


@dataclass
class _Story:
    centroid: Counter[str] = field(default_factory=Counter)
    members: list[StoryInput] = field(default_factory=list)
    norm: float = 0.0
    keys: set[str] = field(default_factory=set)


def _vector(terms: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    vec = {t: (1 + math.log(c)) * idf.get(t, 0.0) for t, c in terms.items()}
    return {t: v for t, v in vec.items() if v > 0}


def _cosine(vec: dict[str, float], norm: float, story: _Story) -> float:
    if not story.norm or not norm:
        return 0.0
    dot = _dot_onto(vec, story.centroid)
    return dot / (norm * story.norm)


def _keys(vec: dict[str, float], df: Counter[str], rare_limit: int) -> list[str]:
    """The blocking keys of a vector: its heaviest terms rare enough to narrow the search."""
    rare = [t for t in vec if df[t] <= rare_limit]
    return sorted(rare, key=lambda t: (-vec[t], t))[:BLOCK_TERMS]


def _far_apart(a: StoryInput, b: StoryInput) -> bool:
    da, db = iso_day(a.published), iso_day(b.published)
    return bool(da and db and abs((da - db).days) > MAX_DAYS_APART)


def _conflict(a: StoryInput, b: StoryInput) -> bool:
    da, db = iso_day(a.published), iso_day(b.published)
    if da and db and abs((da - db).days) > MAX_FOLLOW_UP_DAYS:
        return True
    # Lead dates of whole days that differ: two happenings.  (Coarser lead dates are too often
    # the date of a side event to split stories on; measured on ECB+'s developer half.)
    la, lb = a.lead_date, b.lead_date
    if la and lb and len(la) == len(lb) == 10 and la != lb:
        return True
    pa, pb = a.lead_place, b.lead_place
    if pa and pb and pa[0] and pb[0] and pa[0] != pb[0]:
        return True
    return False


def _dated_mismatch(item: StoryInput, members: list[StoryInput]) -> bool:
    """One side's lead happening has a date and the other's has none: an undated report
    joins a dated happening only on strong evidence."""
    item_dated = item.lead_date is not None
    return any((m.lead_date is not None) != item_dated for m in members if m.lead_place or m.lead_date) \
        and (item.lead_place is not None or item_dated)


def _unplaced_in_time(item: StoryInput, members: list[StoryInput]) -> bool:
    """An article with no publication day and a story all of whose articles have one: nothing
    but its words would put it at their time, and like words are how the same kind of happening
    at another time is told."""
    return iso_day(item.published) is None and all(iso_day(m.published) is not None for m in members)


def cluster_stories(items: Iterable[StoryInput]) -> list[list[str]]:
    """Group article ids into stories (each a list, in input order)."""
    # A lead dated long before its report was published is background ("told_as_news"): no
    # date for stories to conflict on.
    items = [item if not item.lead_date or told_as_news(item.lead_date, item.published)
             else replace(item, lead_date=None) for item in items]
    if not items:
        return []
    terms = [salient_terms(i.title, i.body) for i in items]
    df = Counter(t for ts in terms for t in ts)
    n = len(items)
    idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
    # Terms this common do not block: keeps it near linear (the cap bounds a big corpus's blocks).
    rare_limit = min(max(50, int(0.02 * n)), MAX_BLOCK)
    vectors = _neighbour_smoothed(items, [_vector(t, idf) for t in terms], df, rare_limit)
    stories: list[_Story] = []
    index: dict[str, list[int]] = defaultdict(list)
    keys = [_keys(vec, df, rare_limit) for vec in vectors]
    for item, vec, item_keys in zip(items, vectors, keys):
        candidates = {s for t in item_keys for s in index.get(t, ())}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        best, best_score = None, SIMILARITY
        for s in sorted(candidates):
            story = stories[s]
            if any(_conflict(item, other) for other in story.members):
                continue
            score = _cosine(vec, norm, story)
            if _dated_mismatch(item, story.members) and score < STRONG_SIMILARITY:
                continue
            if _unplaced_in_time(item, story.members) and score < STRONG_SIMILARITY:
                continue
            # A follow-up published long after (a plea, a verdict) tells the same story only
            # when it is told in much the same words.
            if score < STRONG_SIMILARITY and any(_far_apart(item, other) for other in story.members):
                continue
            if score >= best_score:
                best, best_score = s, score
        if best is None:
            stories.append(_Story())
            best = len(stories) - 1
        story = stories[best]
        story.members.append(item)
        story.keys.update(item_keys)
        story.centroid.update(vec)
        story.norm = math.sqrt(sum(v * v for v in story.centroid.values()))
        for t in item_keys:
            if not index[t] or index[t][-1] != best:
                index[t].append(best)
    _merge_close_stories(stories)
    by_id = {item.article_id: vec for item, vec in zip(items, vectors)}
    published_on = {item.article_id: iso_day(item.published) for item in items}
    result: list[list[str]] = []
    for story in stories:
        if story.members:
            result.extend(_split_two_stories([m.article_id for m in story.members], by_id, published_on))
    return result


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def _neighbour_smoothed(
    items: list[StoryInput], vectors: list[dict[str, float]], df: Counter[str], rare_limit: int,
) -> list[dict[str, float]]:
    """Each article's unit vector plus those of its nearest articles, each scaled by its cosine.

    Two reports of one happening have the same neighbours even when their own words overlap
    little, and two happenings of one kind have different ones: smoothing sharpens exactly the
    distinction the story clustering needs.  Neighbours are found through shared rare terms
    (blocking, as in the clustering) and never conflict in date or place.
    """
    units = [_unit(v) for v in vectors]
    keys = [_keys(u, df, rare_limit) for u in units]
    index: dict[str, list[int]] = defaultdict(list)
    for i, unit_keys in enumerate(keys):
        for t in unit_keys:
            index[t].append(i)
    smoothed = []
    for i, unit in enumerate(units):
        candidates = {j for t in keys[i] for j in index[t]} - {i}
        scored = sorted(
            ((_dot_onto(unit, units[j]), j) for j in candidates),
            key=lambda pair: (-pair[0], pair[1]),
        )
        near = [(c, j) for c, j in scored if c >= NEIGHBOUR_FLOOR and not _conflict(items[i], items[j])
                and not _far_apart(items[i], items[j])][:NEIGHBOURS]
        vec = dict(unit)
        for c, j in near:
            for t, v in units[j].items():
                vec[t] = vec.get(t, 0.0) + c * v
        heaviest = sorted(vec, key=lambda t: (-vec[t], t))[:VECTOR_TERMS]
        smoothed.append({t: vec[t] for t in heaviest})
    return smoothed


def _separation(group_a: list[str], group_b: list[str], vectors: dict[str, dict[str, float]]) -> float:
    """Mean cosine of articles across two groups over the mean within them (1: no structure).

    From the sums of unit vectors, so linear in the group sizes.  A story whose articles vary a
    lot is not two stories for that; one whose halves are tight and apart is.
    """
    sums = [_centroid_of_units(group, vectors) for group in (group_a, group_b)]
    na, nb = len(group_a), len(group_b)
    pairs_within = na * (na - 1) + nb * (nb - 1)
    within = (_dot(sums[0], sums[0]) - na + _dot(sums[1], sums[1]) - nb) / pairs_within if pairs_within else 0.0
    between = _dot(sums[0], sums[1]) / (na * nb)
    return between / within if within > 0 else 1.0


def _centroid_of_units(ids: list[str], vectors: dict[str, dict[str, float]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for i in ids:
        total.update(_unit(vectors[i]))
    return total


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    small, large = (a, b) if len(a) < len(b) else (b, a)
    return _dot_onto(small, large)


def _dot_onto(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The dot product summed in ``a``'s order: the same floats, in the same order, as the
    generator it replaces (``sum(v * b.get(t, 0.0) for t, v in a.items())``), at C speed."""
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))


def _norm(a: Mapping[str, float]) -> float:
    return math.sqrt(sum(v * v for v in a.values()))


def _plain_cosine(a: Mapping[str, float], b: Mapping[str, float], nb: float | None = None,
                  na: float | None = None) -> float:
    """``nb``, ``na``: the norms of ``b`` and ``a`` when known (computed once, not per pair)."""
    dot = _dot_onto(a, b)
    na = _norm(a) if na is None else na
    nb = _norm(b) if nb is None else nb
    return dot / (na * nb) if na and nb else 0.0


def _centroid(ids: list[str], vectors: dict[str, dict[str, float]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for i in ids:
        total.update(vectors[i])
    return total


def _split_two_stories(ids: list[str], vectors: dict[str, dict[str, float]],
                       published_on: Mapping[str, dt.date | None] | None = None) -> list[list[str]]:
    """A third pass: a story that is really two (the same kind of happening twice, say two
    earthquakes) falls apart into two groups whose centroids are far apart; split it."""
    if len(ids) < 4:
        return [ids]
    norms = {i: _norm(vectors[i]) for i in ids}  # each article's, once: the loop below meets each 10 times
    whole = _centroid(ids, vectors)
    n_whole = _norm(whole)
    a = min(ids, key=lambda i: _plain_cosine(vectors[i], whole, n_whole, norms[i]))
    n_a = norms[a]
    b = min(ids, key=lambda i: _plain_cosine(vectors[i], vectors[a], n_a, norms[i]))
    centre_a, centre_b = Counter(vectors[a]), Counter(vectors[b])
    for _ in range(4):
        n_a, n_b = _norm(centre_a), _norm(centre_b)
        group_a = [i for i in ids if _plain_cosine(vectors[i], centre_a, n_a, norms[i])
                   >= _plain_cosine(vectors[i], centre_b, n_b, norms[i])]
        in_a = set(group_a)
        group_b = [i for i in ids if i not in in_a]
        if not group_a or not group_b:
            return [ids]
        centre_a, centre_b = _centroid(group_a, vectors), _centroid(group_b, vectors)
    ratio = SPLIT_RATIO
    if published_on and _one_side_unplaced(group_a, group_b, published_on):
        ratio = UNPLACED_SPLIT_RATIO
    if _separation(group_a, group_b, vectors) < ratio and min(len(group_a), len(group_b)) >= 2 \
            and not _published_together(group_a, group_b, published_on or {}):
        return [group_a, group_b]
    return _split_by_publication(ids, vectors, published_on or {})


def _split_by_publication(ids: list[str], vectors: dict[str, dict[str, float]],
                          published_on: Mapping[str, dt.date | None]) -> list[list[str]]:
    """A story whose reports with no publication day and those with one are told apart (by
    ``UNPLACED_SPLIT_RATIO``, as a split of like halves would be) is two: the words that set
    them apart may be too few for the two-centre split to find (one outlet's patch for a
    browser flaw and another's, years apart), and nothing but like words put them at one time."""
    unplaced = [i for i in ids if published_on.get(i) is None]
    placed = [i for i in ids if published_on.get(i) is not None]
    if min(len(unplaced), len(placed)) < 2 or _separation(unplaced, placed, vectors) >= UNPLACED_SPLIT_RATIO:
        return [ids]
    return [unplaced, placed]


def _one_side_unplaced(group_a: list[str], group_b: list[str], published_on: Mapping[str, dt.date | None]) -> bool:
    """One group with no publication day at all and the other mostly published on known days:
    the like words that brought them together are all that puts them at one time, and the
    same kind of happening at another time is told in like words."""
    for one, two in ((group_a, group_b), (group_b, group_a)):
        if all(published_on.get(i) is None for i in one) and \
                sum(published_on.get(i) is not None for i in two) * 2 > len(two):
            return True
    return False


def _published_together(group_a: list[str], group_b: list[str], published_on: Mapping[str, dt.date | None]) -> bool:
    """Two groups whose reports came out over the same days: each holds a report published
    within the other's span.  The same kind of happening at two times is reported at two
    times; words alone that set two groups apart over the same days are two angles on one
    happening (a star's arrest and the court's order that followed, told by different outlets).
    (With no day on one side, the words decide.)"""
    days_a = sorted(d for i in group_a if (d := published_on.get(i)) is not None)
    days_b = sorted(d for i in group_b if (d := published_on.get(i)) is not None)
    if not days_a or not days_b:
        return False
    return any(days_b[0] <= d <= days_b[-1] for d in days_a) and any(days_a[0] <= d <= days_a[-1] for d in days_b)


def _story_cosine(a: _Story, b: _Story) -> float:
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a, b) if len(a.centroid) < len(b.centroid) else (b, a)
    dot = _dot_onto(small.centroid, large.centroid)
    return dot / (a.norm * b.norm)


def _merge_close_stories(stories: list[_Story]) -> None:
    """A second pass: a story split by the order articles came in is joined again when
    the two centroids are as close as an article must be to join."""
    index: dict[str, set[int]] = defaultdict(set)
    for i, story in enumerate(stories):
        for t in story.keys:
            index[t].add(i)
    for i, story in enumerate(stories):
        if not story.members:
            continue
        candidates = sorted({j for t in story.keys for j in index[t] if j > i})
        for j in candidates:
            other = stories[j]
            if not other.members or _story_cosine(story, other) < MERGE_SIMILARITY:
                continue
            if any(_conflict(x, y) or _far_apart(x, y) for x in story.members for y in other.members):
                continue
            story.members.extend(other.members)
            story.keys.update(other.keys)
            story.centroid.update(other.centroid)
            story.norm = math.sqrt(sum(v * v for v in story.centroid.values()))
            other.members, other.centroid, other.norm = [], Counter(), 0.0


def _people_of(happening) -> set[str]:
    return {p.id for p in happening.participants if p.kind == "person"}


def _text_date(happening) -> str | None:
    """A happening's date where a text states it (a publication day alone is no conflict)."""
    return happening.date if happening.date_basis != "reported" else None


def _reported_conflict(a, b) -> bool:
    """One happening is dated by its reports' publication day and the other by a text's date
    after that day: a report tells of what had happened by the day it was published, so the
    later day is another happening ("Blinken met Qin" printed on Sunday, "Blinken meets Xi
    on Monday")."""
    for one, two in ((a, b), (b, a)):
        if one.date_basis == "reported" and one.date and _text_date(two):
            if days_of(two.date)[0] > days_of(one.date)[0]:
                return True
    return False


def _same_when_and_where(a, b) -> bool:
    da, db = _text_date(a), _text_date(b)
    if da and db and not (da.startswith(db) or db.startswith(da)):
        return False
    if _reported_conflict(a, b):
        return False
    if not da and not db and len(_people_of(a) & _people_of(b)) >= 2:
        # Two undated reports of the same people meeting: the same pair meets again and
        # again, and telling a like story is no evidence that it is the same meeting.
        return False
    return a.place is None or b.place is None or not _places_differ(a.place, b.place)


# An undated report that names this many people is a report of their meeting (or clash), and
# a happening lacking one of them, with people the report does not name, is another one.
_NAMED_PEOPLE = 2


def _known_people(happening) -> set[str]:
    """People the actor dictionary knows: a provisional one may be another's unknown alias."""
    return {p for p in _people_of(happening) if not p.startswith("provisional:")}


def _other_people(own, chosen) -> bool:
    """A report and the story's happening, one with no date at all, whose people do not cover
    each other: "Modi met Zelensky" (undated) told alike with "Modi met Xi in Tianjin"; "Jaishankar
    met Lavrov on Thursday" with an undated "Jaishankar met Wang Yi in Astana" (which would take
    that day).  Only the likeness of the words brings it there; its people say it is another
    happening.  (One set within the other is one happening told in more or less detail:
    "Lavrov, Kuleba and Cavusoglu met" and "Lavrov met Kuleba"; two dated ones go by their dates.)"""
    if own.date is not None and chosen.date is not None:
        return False
    mine, theirs = _known_people(own), _known_people(chosen)
    if len(mine) < _NAMED_PEOPLE or not theirs:
        return False
    return not (mine <= theirs or theirs <= mine)


def _other_day(own, chosen, article_id: str | None = None) -> bool:
    """A report of a meeting with no date whose opening names a day ("met on Tuesday") that
    the story's dated happening is not: told alike, but of another meeting of the same people
    (``dateline.link.happenings.named_day_conflict``).  ``article_id``: that article's reports
    only (an article moving between happenings); else all of ``own``'s."""
    if own.type != "CONSULT" or own.date is not None or chosen.date is None or len(chosen.date) != 10:
        return False
    day = dt.date.fromisoformat(chosen.date)
    first = day - dt.timedelta(days=1) if chosen.date_basis == "reported" else day
    # Its own reports of the meeting: what was said or done at it names the day it was said.
    told = [m for m in own.mentions if article_id in (None, m.article) and m.type == own.type]
    return named_day_conflict(told, first, day)


def _move(article_id: str, own, chosen) -> None:
    """An article's reports of ``own`` go over to ``chosen``, with what they know."""
    moved = [m for m in own.mentions if m.article == article_id]
    own.mentions = [m for m in own.mentions if m.article != article_id]
    chosen.mentions.extend(moved)
    _fill_in(chosen, own)


def _story_twin(own, article_id: str, story: list[str], holding: dict[str, list]):
    """The one dated meeting of exactly the same people that another article of the story
    reports, for an undated report kept out of the story's own meeting for its people:
    "Blinken was also to meet Xi on the trip", told alike with reports of Blinken meeting
    Wang Yi on Monday, one of which says he met Xi that day too.  Two such meetings (the
    same people met twice), a conflict of date or place, or a day its opening names that
    the meeting is not: no join."""
    people = _known_people(own)
    if own.type != "CONSULT" or own.date is not None or len(people) < _NAMED_PEOPLE:
        return None
    twins = {h.id: h for other in story if other != article_id for h in holding.get(other, ())
             if h is not own and h.type == own.type and _text_date(h) and _known_people(h) == people}
    if len(twins) != 1:
        return None
    twin = next(iter(twins.values()))
    if not _same_when_and_where(own, twin) or _other_day(own, twin, article_id):
        return None
    return twin


# Parties that a named person of their country stands for in a meeting's participants.
_STAND_INS = ("country", "group")


def _covers(big, small) -> bool:
    """Every actor of ``small`` is in ``big``, a country (or a group of its officials, "Chinese
    leaders") through one of its people."""
    ids = {a.id for a in big}
    countries = {a.country for a in big if a.kind == "person" and a.country}
    return bool(small) and all(a.id in ids or (a.kind in _STAND_INS and a.country in countries) for a in small)


def _fill_in(chosen, own) -> None:
    """What a report brought over knows and the story's happening does not: "Xi and Abe met
    in Beijing" (undated) joins the dated story of their meeting and gives it its place; a
    text's date likewise outranks no date or a publication day alone.  (Known dates and places
    that differ never get here: ``_same_when_and_where``.)"""
    if chosen.type != own.type:
        return
    if _covers(own.participants, chosen.participants):
        # "Lavrov, Kuleba and Cavusoglu met" joins "Lavrov and Kuleba met in Turkey": one meeting,
        # its people named in full; a country a newly named person stands for goes.
        ids = {a.id for a in chosen.participants}
        added = [a for a in own.participants if a.id not in ids]
        covered = {a.country for a in added if a.kind == "person" and a.country}
        chosen.participants = [a for a in chosen.participants
                               if a.kind not in _STAND_INS or a.country not in covered] + added
    # A region ("Asia-Pacific", "Florida") says too little to stand for the happening's place.
    if chosen.place is None and own.place is not None and own.place.kind != "region":
        chosen.place = own.place
    # A year alone ("since 1979") is how a background mention is dated, not a meeting's news.
    if own.date and own.date_basis == "text" and own.date_precision != "year" and chosen.date is None:
        chosen.date, chosen.date_precision, chosen.date_basis = own.date, own.date_precision, own.date_basis


# A report is published on the day of the happening it tells of or after it (a day's grace for
# time zones and the next morning's paper), and tells its news within a month: a story's
# happening dated outside that window of an article's publication day is another happening
# told alike (the same people meet again, the same kind of act recurs).
_REPORTED_AFTER = dt.timedelta(days=1)
_NEWS_WITHIN = dt.timedelta(days=30)


def told_as_news(date: str, published: str | None) -> bool:
    """Is an article's lead date its news: not over ``_NEWS_WITHIN`` before the day it was
    published?  A lead dated long before ("the April 2012 murder", in a report of the
    sentencing) is background the article's lead event was read from, and says nothing of
    the day of what the article reports: no date for a story to conflict on."""
    day = iso_day(published)
    return day is None or days_of(date)[1] >= day - _NEWS_WITHIN


def _lead_is_news(happening, published: str | None) -> bool:
    """Is a happening, an article's lead, that article's news (``told_as_news``)?"""
    date = _text_date(happening)
    return not date or told_as_news(date, published)


def _published_apart(chosen, own, published: str | None) -> bool:
    """An article's publication day rules the story's happening out for the article's own
    happening: the story's text date is after that day (unless the article tells of it as
    planned), or more than ``_NEWS_WITHIN`` before it.  (An article with no happening of its
    own is only the story's: its words are all that place it, and a story's date may be a
    side event's.)"""
    day, date = iso_day(published), _text_date(chosen)
    if day is None or not date:
        return False
    first, last = days_of(date)
    planned = own.status == "planned"
    return (first > day + _REPORTED_AFTER and not planned) or last < day - _NEWS_WITHIN


def unify_leads(
    stories: list[list[str]],
    lead: dict[str, str | None],
    happenings: list,
    first_sentences: dict[str, tuple[int, int, str]],
    published: dict[str, str | None] | None = None,
) -> tuple[list, dict[str, str | None]]:
    """Give every article of a story the same lead happening.

    The story's happening is the lead most of its articles already name; an article whose own
    lead differs brings its reports of that lead over.  A story none of whose articles has a
    happening gets one of type OTHER (a happening outside the political event types), with each
    article's first sentence as evidence.
    """
    from dateline.records import EventMention, Happening, content_id

    by_id = {h.id: h for h in happenings}
    holding: dict[str, list] = defaultdict(list)  # each article's happenings, as linked
    for happening in happenings:
        for article_id in happening.articles:
            holding[article_id].append(happening)
    lead = dict(lead)
    for story in stories:
        named = Counter(h for a in story if (h := lead.get(a)))
        if len(story) < 2 and named:
            continue
        if named:
            chosen = by_id[max(sorted(named), key=lambda h: (named[h], len(by_id[h].mentions)))]
        else:
            chosen = Happening(
                id="h" + content_id("OTHER", *sorted(story), length=12), type="OTHER",
                label="", date=None, date_precision=None, place=None, participants=[],
            )
            happenings.append(chosen)
            by_id[chosen.id] = chosen
        for article_id in story:
            own = lead.get(article_id)
            if own == chosen.id:
                continue
            if own is not None and not _lead_is_news(by_id[own], (published or {}).get(article_id)):
                own = None  # its lead is background, not what it reports: it tells the story's
            if own is not None and not _same_when_and_where(by_id[own], chosen):
                continue  # known dates or places differ: never one happening
            if own is not None and _other_people(by_id[own], chosen):
                twin = _story_twin(by_id[own], article_id, story, holding)
                if twin is not None:
                    _move(article_id, by_id[own], twin)
                    lead[article_id] = twin.id  # its own happening has gone over whole
                continue
            if own is not None and _other_day(by_id[own], chosen, article_id):
                continue
            if own is not None and _published_apart(chosen, by_id[own], (published or {}).get(article_id)):
                continue
            if own is not None:
                _move(article_id, by_id[own], chosen)
            elif article_id in first_sentences:
                start, end, text = first_sentences[article_id]
                chosen.mentions.append(EventMention(
                    id=content_id(article_id, "story", chosen.id), article=article_id, type=chosen.type,
                    start=start, end=end, text=text, trigger="",
                ))
            lead[article_id] = chosen.id
        if not chosen.label:
            chosen.label = first_sentences.get(story[0], (0, 0, "story"))[2][:120]
    kept = [h for h in happenings if h.mentions]
    kept_ids = {h.id for h in kept}
    lead = {a: (h if h in kept_ids else None) for a, h in lead.items()}
    return kept, lead



# Meetings have their own, stricter rules (the same people meet again and again: see
# ``_same_when_and_where`` and ``_other_people``); an OTHER happening has no parties.
_STORY_DATING_EXCLUDED = ("CONSULT", "OTHER")


def date_lone_acts(stories: list[list[str]], happenings: list, loose: Iterable) -> None:
    """Story rule for a lone party's undated act: an event mention in a report's opening that
    names one side only and no date ("India launched strikes", "Macron ordered the troops
    out") is no happening of its own (``dateline.link.happenings``: a lone party with no
    counterpart is not one), so nothing dates it.  When its article's story has exactly one
    dated day for an act of its type (a happening of that type, or one that carries a report
    of it) whose parties include the mention's, the mention joins that happening: the story,
    told in like words by reports published together, says it is the same act.  Dated
    candidates on different days leave it alone (a wrong date is worse than none); so does a
    year alone (background), and meetings."""
    story_of = {a: i for i, story in enumerate(stories) for a in story}
    in_story: dict[int, list] = defaultdict(list)  # each story's dated happenings, by their articles
    for happening in happenings:
        if (happening.type not in _STORY_DATING_EXCLUDED and happening.date is not None
                and happening.date_precision != "year"):
            for i in {story_of[a] for a in happening.articles if a in story_of}:
                in_story[i].append(happening)
    for mention in loose:
        if mention.type in _STORY_DATING_EXCLUDED or mention.article not in story_of:
            continue
        fitting = [h for h in in_story.get(story_of[mention.article], ())
                   # the story's happening may carry the act under its lead's type
                   if (h.type == mention.type or any(m.type == mention.type for m in h.mentions))
                   and _covers(h.participants, mention.participants)]
        if fitting and len({h.date for h in fitting}) == 1:
            max(fitting, key=lambda h: (len(h.mentions), h.id)).mentions.append(mention)


def lone_acts_told_alike(stories: list[list[str]], loose: Iterable, dated: Iterable) -> list:
    """Story rule for lone parties' acts that no happening holds: a report's undated opening
    act of one side ("China rejects the ruling") and another report of the same story whose
    opening tells the same kind of act by the same side on a day its text states ("China on
    Tuesday rejected the ruling") are one act, a happening of its own dated by that day.  A
    story whose reports state different days for it leaves it alone (a wrong date is worse
    than none); a day from a publication date alone, a month or a year is not enough, and
    meetings have their own rules.  Returns the new happenings."""
    story_of = {a: i for i, story in enumerate(stories) for a in story}
    donors: dict[tuple[int, str], list] = defaultdict(list)
    for mention in dated:
        value = mention.date
        if (mention.type in _STORY_DATING_EXCLUDED or mention.article not in story_of or value is None
                or value.basis != "text" or value.precision != "day" or not value.date):
            continue
        donors[(story_of[mention.article], mention.type)].append(mention)
    made: dict[tuple, dict] = {}
    for mention in loose:
        if mention.article not in story_of:
            continue
        key = (story_of[mention.article], mention.type)
        fitting = [d for d in donors.get(key, ()) if d.article != mention.article
                   and _covers(d.participants, mention.participants)]
        days = {d.date.date for d in fitting if d.date is not None}
        if len(days) != 1:
            continue
        held = made.setdefault((*key, days.pop()), {})
        for report in [*fitting, mention]:
            held.setdefault(report.id, report)
    return [happening_of(list(held.values())) for held in made.values()]


def join_undated_across_stories(happenings: list, lead: dict[str, str | None]) -> tuple[list, dict[str, str | None]]:
    """An undated happening of two or more known people at a named place joins the one
    happening of exactly those people, of its type, that a day dates at a compatible place.

    Stories are found from shared words, so a report in another language ("Obama y Castro se
    reunieron en Panamá", published on no known day) stays in a story of its own however alike
    its happening is; the linker's own rule for such a report (the same people in the same
    city) meets the other reports' happening before their story has dated it.  Now that every
    story has dated its happening, the rule is applied again: the same people, the same place
    (a city within its country), and no second dated happening of theirs there (the same pair
    meets again and again: two candidates leave it alone).  A happening dated to a month alone
    counts as undated when the candidate's day falls in that month."""
    dated = [h for h in happenings if h.date and h.date_precision == "day"]
    gone: set[str] = set()
    for own in happenings:
        if own.place is None or own.place.kind == "region" or own.id in gone:
            continue
        if own.date is not None and own.date_precision != "month":
            continue
        people = _known_people(own)
        if len(people) < _NAMED_PEOPLE:
            continue
        fitting = [h for h in dated
                   if h is not own and h.id not in gone and h.type == own.type and h.place is not None
                   and _known_people(h) == people and _same_place(own.place, h.place)
                   and (own.date is None or h.date.startswith(own.date)) and not _other_day(own, h)]
        if len(fitting) != 1:
            continue
        chosen = fitting[0]
        chosen.mentions.extend(own.mentions)
        ids = {a.id for a in chosen.participants}
        chosen.participants += [a for a in own.participants if a.id not in ids]
        gone.add(own.id)
        for article_id, happening_id in lead.items():
            if happening_id == own.id:
                lead[article_id] = chosen.id
    return [h for h in happenings if h.id not in gone], lead


def join_same_day_twins(happenings: list, lead: dict[str, str | None]) -> tuple[list, dict[str, str | None]]:
    """Happenings of one type, exactly the same two or more known people and the same day, at
    places that do not differ, are one.

    The linker keeps reports that no date ties together apart ("Obama spoke by phone on
    Friday with Rouhani" in two reports published on no known day), and their stories date
    each afterwards, to the same day.  The same people do the same kind of thing once a day:
    the happening with the most reports takes the other's."""
    by_key: dict[tuple, list] = {}
    for happening in happenings:
        people = _known_people(happening)
        if (happening.date and happening.date_precision == "day" and len(people) >= _NAMED_PEOPLE
                and not (happening.place is not None and happening.place.kind == "region")
                and not _names_another_day(happening)):
            by_key.setdefault((happening.type, happening.date, frozenset(people)), []).append(happening)
    gone: set[str] = set()
    for twins in by_key.values():
        if len(twins) < 2 or any(_places_differ(a.place, b.place) for a in twins for b in twins
                                 if a.place is not None and b.place is not None):
            continue
        twins.sort(key=lambda h: (-len(h.articles), h.id))
        chosen = twins[0]
        for own in twins[1:]:
            chosen.mentions.extend(own.mentions)
            ids = {a.id for a in chosen.participants}
            chosen.participants += [a for a in own.participants if a.id not in ids]
            if chosen.place is None or (chosen.place.kind == "country" and own.place is not None):
                chosen.place = own.place or chosen.place
            gone.add(own.id)
            for article_id, happening_id in lead.items():
                if happening_id == own.id:
                    lead[article_id] = chosen.id
    return [h for h in happenings if h.id not in gone], lead


def _names_another_day(happening) -> bool:
    """The openings of a happening's own reports name a weekday or a day that its date is not
    ("met on Tuesday", dated to a Monday by a story of another visit): a date given it from
    outside, which is no ground to join it to anything."""
    day = dt.date.fromisoformat(happening.date)
    return named_day_conflict([m for m in happening.mentions if m.type == happening.type], day, day)


def _same_place(a, b) -> bool:
    """One place: one country, and within it the same city (or one side names the country alone)."""
    return bool(a.country) and a.country == b.country and not _places_differ(a, b)


def _places_differ(a, b) -> bool:
    """Two known places that cannot be one: other countries, or two cities of one country apart.

    Looser than the linker's place test (``dateline.link.happenings``): a region ("Florida",
    "Asia-Pacific") and a city of its country do not differ here.  The linker joins single
    reports and keeps a region apart from a city; a story has already brought the reports
    together by their words, and measured on the dev corpus the stricter test here, or the
    looser one in the linker, is worse."""
    if a.country and b.country and a.country != b.country:
        return True
    return a.kind == b.kind == "city" and a.name != b.name and not near(a, b)


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
from operator import add, mul, neg, truediv

from dateline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from dateline.english_words import english_words
from dateline.link.dates import days_of, iso_day

# Latin words, numbers, and words of other scripts ("Путин", "Çavuşoğlu"): a Russian report read
# for Latin words alone is a few numbers, and shares its story with any other such text.
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+|\d+(?:[.,]\d+)?|[^\W\d_A-Za-z][^\W\d_]+")
# Words that say nothing of which story a text tells: function words, reporting words, calendar
# names and numbers in words (data/english_words.yaml, "story_stop_words", and data/calendar.yaml).
_STOP = english_words("story_stop_words") | frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)
NAME_WEIGHT = 3.0  # a capitalised word inside a sentence is most likely a name: names tell stories apart
LEAD_CHARS = 1500  # the top of an article says what it is about
ACTOR_TERM = "actor:"  # a resolved actor's term: its id after this (no word of a text holds a colon)
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
    # ids of the actors the lead names (one a mention), as the knowledge base resolved them: the
    # same in every script and language, and the only names of a text whose script has no capitals
    actor_ids: tuple[str, ...] = ()


def salient_terms(title: str | None, body: str, actor_ids: Iterable[str] = ()) -> Counter[str]:
    """Weighted terms of an article's title and lead: names count double.  A text in a script
    without capitals takes its names from ``actor_ids`` (the actors it names, as resolved: each
    a term of its own, "actor:fumio-kishida", the same in any language)."""
    text = ((title or "") + ".\n" + body[:LEAD_CHARS])
    terms: Counter[str] = Counter()
    first = True
    for match in _WORD.finditer(text):
        word = match.group()
        seen = _WORD_FORMS.get(word)
        if seen is None:
            if len(_WORD_FORMS) >= _MAX_WORD_FORMS:
                _WORD_FORMS.clear()  # bounded on any corpus
            seen = _WORD_FORMS[word] = _word_form(word)
        lower, capital, ascii_word = seen
        at, is_start, first = match.start(), first, False
        if lower is None:
            continue
        # a word after a sentence break, a line break or a quote mark is capitalised for that
        name = capital and not (is_start or _BREAK.search(text, max(0, at - 3), at) is not None)
        if not (name or ascii_word):
            continue  # another script's common words have no stop list here: its names only ("Путин")
        terms[lower] += NAME_WEIGHT if name else 1.0  # type: ignore[assignment]  # weights: a Counter of floats
    if not _cased(text):
        # A script without capitals shows no names: the knowledge base's are its names.
        for actor_id in actor_ids:
            terms[ACTOR_TERM + actor_id] += NAME_WEIGHT  # type: ignore[assignment]
        # ... and its words tell which of those actors' happenings it reports (Kishida and Yoon
        # meet in Tokyo in March and in Seoul in May): pairs of Han, kana or Hangul letters
        # ("東京", "会談"), which the rarity weighting sorts from the common ones.
        for run in _HAN.findall(text):
            for i in range(len(run) - 1):
                terms[run[i:i + 2]] += 1.0  # type: ignore[assignment]
    return terms


_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")


def _cased(text: str) -> bool:
    """Whether most of a text's letters have a capital form (Latin, Cyrillic, Greek), unlike
    Arabic, Chinese or Devanagari letters."""
    if text.isascii():  # every ASCII letter has a capital form
        return any(map(str.isalpha, text))
    letters = list(filter(str.isalpha, text))
    # a letter is upper or lower case, never both: the count of those that are either
    return (sum(map(str.isupper, letters)) + sum(map(str.islower, letters))) * 2 > len(letters)


_BREAK = re.compile(r"[.!?\n\"“]")
# Each word's (term or None for a stop word or a short one, capitalised, ASCII), as it is met:
# news repeats its words, and a store's texts hold some ten thousand distinct ones.
_WORD_FORMS: dict[str, tuple[str | None, bool, bool]] = {}
_MAX_WORD_FORMS = 200_000


def _word_form(word: str) -> tuple[str | None, bool, bool]:
    lower = word.casefold().strip("'’-")
    skip = lower in _STOP or len(lower) < 3 and not lower.isdigit()
    return (None if skip else lower), word[0].isupper(), word.isascii()


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


def _is_number(term: str) -> bool:
    return term[0].isdigit()


def _shares_words(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
    """Whether two vectors share a term that is not a number.  Numbers are all a report in a
    script without capitals may offer of its own words ("16", "2016"), and any two reports
    share some: a shared day or count adds to shared names, it never joins reports alone."""
    small, large = (a, b) if len(a) < len(b) else (b, a)
    return any(t in large and not _is_number(t) for t in small)


def _keys(vec: dict[str, float], df: Counter[str], rare_limit: int) -> list[str]:
    """The blocking keys of a vector: its heaviest terms rare enough to narrow the search."""
    rare = [t for t in vec if df[t] <= rare_limit]
    return _heaviest(rare, vec, BLOCK_TERMS)


def _heaviest(terms: Iterable[str], vec: Mapping[str, float], limit: int) -> list[str]:
    """The ``limit`` terms of ``terms`` heaviest in ``vec``, ties by the term: the order of
    ``sorted(terms, key=lambda t: (-vec[t], t))``, from the pairs made in C."""
    terms = list(terms)
    return [t for _, t in sorted(zip(map(neg, map(vec.__getitem__, terms)), terms))[:limit]]


def _far_apart(a: StoryInput, b: StoryInput) -> bool:
    da, db = iso_day(a.published), iso_day(b.published)
    return bool(da and db and abs((da - db).days) > MAX_DAYS_APART)


def _published_gap(a: StoryInput, b: StoryInput) -> int | None:
    """Days at the least between two articles' publication dates, each a day or a month
    alone ("/2017/06/" in an address): a June 2017 report and one of 4 January 2016 are
    over 500 days apart, whatever day of June it was.  None where either is unknown or a
    year alone."""
    if not (a.published and b.published and len(a.published) in (7, 10) and len(b.published) in (7, 10)):
        return None
    try:
        (a_first, a_last), (b_first, b_last) = days_of(a.published), days_of(b.published)
    except ValueError:
        return None
    return max((b_first - a_last).days, (a_first - b_last).days, 0)


def _conflict(a: StoryInput, b: StoryInput) -> bool:
    gap = _published_gap(a, b)
    if gap is not None and gap > MAX_FOLLOW_UP_DAYS:
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
    terms = [salient_terms(i.title, i.body, i.actor_ids) for i in items]
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
        norm = _norm(vec)
        best, best_score = None, SIMILARITY
        for s in sorted(candidates):
            story = stories[s]
            if any(_conflict(item, other) for other in story.members) or not _shares_words(vec, story.centroid):
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
        _add_into(story.centroid, vec)
        story.norm = _norm(story.centroid)
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
    norm = _norm(vec)
    return dict(zip(vec, map(truediv, vec.values(), repeat(norm)))) if norm else {}


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
        # (-cosine, j) pairs sort as the pairs by (-cosine, j): the nearest first
        scored = sorted((-_dot_onto(unit, units[j]), j) for j in candidates)
        near: list[tuple[float, int]] = []
        for c, j in scored:  # the nearest NEIGHBOURS that are close enough and fit, tried nearest first
            if -c < NEIGHBOUR_FLOOR or len(near) == NEIGHBOURS:
                break
            if not _conflict(items[i], items[j]) and not _far_apart(items[i], items[j]) \
                    and _shares_words(unit, units[j]):
                near.append((-c, j))
        vec = dict(unit)
        for c, j in near:
            other = units[j]  # vec[t] = vec.get(t, 0.0) + c * v for each term t, v of it, in C
            dict.update(vec, zip(other, map(add, map(vec.get, other, repeat(0.0)), map(mul, repeat(c), other.values()))))
        smoothed.append({t: vec[t] for t in _heaviest(vec, vec, VECTOR_TERMS)})
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
        _add_into(total, _unit(vectors[i]))
    return total


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    small, large = (a, b) if len(a) < len(b) else (b, a)
    return _dot_onto(small, large)


def _dot_onto(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The dot product summed in ``a``'s order: the same floats, in the same order, as the
    generator it replaces (``sum(v * b.get(t, 0.0) for t, v in a.items())``), at C speed."""
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))


def _norm(a: Mapping[str, float]) -> float:
    values = a.values()  # the squares summed in order, as sum(v * v for v in values)
    return math.sqrt(sum(map(mul, values, values)))


def _add_into(total: Counter[str], vec: Mapping[str, float]) -> None:
    """``total.update(vec)``: each value of ``vec`` added to ``total``'s (the same sums,
    ``v + total.get(t, 0)``, in the same order), without Counter.update's loop in Python."""
    if not total:
        dict.update(total, vec)
    else:
        dict.update(total, zip(vec, map(add, vec.values(), map(total.get, vec, repeat(0)))))


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
        _add_into(total, vectors[i])
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
            if not other.members or _story_cosine(story, other) < MERGE_SIMILARITY \
                    or not _shares_words(story.centroid, other.centroid):
                continue
            if any(_conflict(x, y) or _far_apart(x, y) for x in story.members for y in other.members):
                continue
            story.members.extend(other.members)
            story.keys.update(other.keys)
            _add_into(story.centroid, other.centroid)
            story.norm = _norm(story.centroid)
            other.members, other.centroid, other.norm = [], Counter(), 0.0


# A lead dated over this long before its article was published is background, not its news.
NEWS_WITHIN = dt.timedelta(days=30)


def told_as_news(date: str, published: str | None) -> bool:
    """Is an article's lead date its news: not over ``NEWS_WITHIN`` before the day it was
    published?  A lead dated long before ("the April 2012 murder", in a report of the
    sentencing) is background the article's lead event was read from, and says nothing of
    the day of what the article reports: no date for a story to conflict on."""
    day = iso_day(published)
    return day is None or days_of(date)[1] >= day - NEWS_WITHIN

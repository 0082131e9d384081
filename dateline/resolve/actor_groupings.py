"""Regional groupings: "West African leaders", "Gulf states", "NATO allies".

A region's adjective, or an organisation's name, before a plural noun for its states or
their leaders stands for the regional organisation that speaks for them (the cues
``regional_groupings`` and ``grouping_nouns`` in agents.yaml).  Read after the names and
descriptions, only where they found no actor: a country's own phrase ("South African
leaders") always wins.
"""

from __future__ import annotations

from dateline.resolve.actor_reading import Reading, emit_actor
from dateline.resolve.kb import CAT_ORG, fold

# Words before a grouping that make it a part, not the whole ("some European countries")
PARTITIVE = frozenset({"a", "an", "some", "several", "many", "few", "other", "two", "three",
                       "four", "five", "most", "individual", "certain", "one", "no", "any"})


def _phrase_table(r: Reading, cue: str) -> dict[tuple[str, ...], str]:
    raw = r.kb.cues.get(cue) or {}
    if isinstance(raw, dict):
        return {tuple(fold(w) for w in str(k).split()): str(v) for k, v in raw.items()}
    return {tuple(fold(w) for w in str(k).split()): str(k) for k in raw}


def _lengths(table: dict[tuple[str, ...], str]) -> list[int]:
    """The table's phrase lengths, longest first (tried in that order by ``_longest``)."""
    return sorted({len(key) for key in table}, reverse=True)


def _longest(table: dict[tuple[str, ...], str], lengths: list[int], words: list[str],
             i: int) -> tuple[int, str] | None:
    # One dict lookup per phrase length, not a scan of the whole table per token.
    for n in lengths:
        value = table.get(tuple(words[i:i + n]))
        if value is not None and i + n <= len(words):
            return n, value
    return None


def _covered(r: Reading, start: int, end: int) -> bool:
    """Some actor was already found on these tokens."""
    lo, hi = r.doc[start].idx, r.doc[end - 1].idx + len(r.doc[end - 1].text)
    return any(m.start < hi and lo < m.end for m in r.mentions)


def read_groupings(r: Reading) -> None:
    regions = _phrase_table(r, "regional_groupings")
    nouns = _phrase_table(r, "grouping_nouns")
    if not regions or not nouns:
        return
    region_lengths, noun_lengths = _lengths(regions), _lengths(nouns)
    region_words = {key[0] for key in regions if key}  # a phrase can start only at one of these
    i, n = 0, len(r.doc)
    while i < n:
        org = None
        span = r.name_at[i]
        if span is not None and span.start == i:
            entry = span.first(CAT_ORG)
            if entry is not None and r.kb.orgs.get(entry.id) is not None:
                org, width = entry.id, span.end - span.start
        if org is None and (r.folded[i] in region_words or () in regions):
            hit = _longest(regions, region_lengths, r.folded, i)
            if hit is not None and r.name_at[i] is None and r.doc[i].text[:1].isupper():
                width, org = hit
        if org is None or org not in r.kb.orgs:
            i += 1
            continue
        noun = _longest(nouns, noun_lengths, r.folded, i + width)
        end = i + width + (noun[0] if noun else 0)
        if (noun is None or (i > 0 and r.folded[i - 1] in PARTITIVE)
                or (i > 0 and r.doc[i - 1].like_num) or _covered(r, i, end)):
            i += 1
            continue
        start = i - 1 if i > 0 and r.folded[i - 1] == "the" else i
        emit_actor(r, start, end, r.kb.org_ref(org))
        i = end

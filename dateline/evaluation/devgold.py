"""The development corpus's gold (dateline-dev/1, bench/dev/README.md): loading, halves, and
the comparisons of names, dates and places that the scorer in devcorpus.py makes."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.resolve import fold

if TYPE_CHECKING:
    from dateline.resolve import ActorKB, Gazetteer

FORMAT = "dateline-dev/"
HALVES = ("tune", "check", "all")
MEETING_KINDS = ("meeting", "call", "visit")


def half(happening_id: str) -> str:
    """"tune" or "check": the even/odd of the first byte of the id's SHA-1 (stable, never by hand)."""
    return "tune" if hashlib.sha1(happening_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


@dataclass
class DevGold:
    """Reports and happenings merged from one or more gold files, each id from one file."""

    reports: list[dict[str, Any]] = field(default_factory=list)
    happenings: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)

    def report_half(self, report: dict[str, Any]) -> str:
        return half(report["headline"])

    def select(self, which: str = "all") -> DevGold:
        """The reports (by their headline's half) and happenings of one half."""
        if which not in HALVES:
            raise ValueError(f"half {which!r}: use one of {', '.join(HALVES)}")
        if which == "all":
            return self
        return DevGold(
            reports=[r for r in self.reports if half(r["headline"]) == which],
            happenings={k: h for k, h in self.happenings.items() if half(k) == which},
            files=self.files,
        )


def is_dev_gold(data: Any) -> bool:
    return isinstance(data, dict) and str(data.get("format", "")).startswith(FORMAT)


def load_dev_gold(path: Path) -> DevGold:
    """A dateline-dev/1 file, or every ``*.json`` of a folder merged; an id given twice is an
    error naming both files."""
    path = Path(path)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise ValueError(f"gold folder {path} holds no *.json file")
    gold = DevGold(files=files)
    report_from: dict[str, Path] = {}
    happening_from: dict[str, Path] = {}
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"gold file {file} is not JSON: {exc}") from exc
        if not is_dev_gold(data):
            raise ValueError(f"gold file {file} has format {data.get('format') if isinstance(data, dict) else None!r}: "
                             "expected dateline-dev/1")
        for report in data.get("reports", []):
            if report["id"] in report_from:
                raise ValueError(f"report id {report['id']} is in both {report_from[report['id']]} and {file}")
            report_from[report["id"]] = file
            gold.reports.append(report)
        for happening in data.get("happenings", []):
            if happening["id"] in happening_from:
                raise ValueError(f"happening id {happening['id']} is in both {happening_from[happening['id']]} and {file}")
            happening_from[happening["id"]] = file
            gold.happenings[happening["id"]] = happening
    for report in gold.reports:
        for ref in [report["headline"], *report.get("happenings", [])]:
            if ref not in gold.happenings:
                raise ValueError(f"report {report['id']} ({report_from[report['id']]}) names happening {ref}, "
                                 "which no gold file defines")
    _join_same_happenings(gold)
    return gold


def _join_same_happenings(gold: DevGold) -> None:
    """One event annotated twice is one happening; and a preview and the event it announces are
    one real-world happening: a report written
    before a meeting belongs to the meeting.  A planned gold happening whose note names a done
    one, or else the one done happening with the same participants and a compatible date and
    place, is replaced by it in every report (the planned one stays defined, unreferenced)."""
    done = [h for h in gold.happenings.values() if h.get("status", "done") == "done"]
    target: dict[str, str] = {}
    # One event annotated twice (two gold files met it): same type, day, place and people.
    first: dict[tuple, str] = {}
    for happening in sorted(done, key=lambda h: h["id"]):
        names = frozenset(norm(p) for p in happening.get("participants") or happening.get("source") or [])
        if not names or not happening.get("date"):
            continue
        key = (happening["type"], happening["date"], norm(happening.get("place")), names)
        if key in first:
            target[happening["id"]] = first[key]
        else:
            first[key] = happening["id"]
    for happening in gold.happenings.values():
        if happening.get("status") != "planned":
            continue
        # (a preview that names an event annotated twice goes to the first annotation)
        # A note may name another happening for contrast ("same pair as H-x (Athens 2023)"):
        # only a named happening on the planned day (or month) is the one it announces.
        named = [ref for ref in re.findall(r"H-[A-Za-z]+-\d+", happening.get("note") or "")
                 if ref != happening["id"] and gold.happenings.get(ref, {}).get("status", "done") == "done"
                 and _day_fits(happening.get("date"), gold.happenings[ref].get("date"))]
        fits = {target.get(h, h) for h in named} or {target.get(h["id"], h["id"]) for h in done if _announces(happening, h)}
        if len(fits) == 1:
            target[happening["id"]] = fits.pop()
    for report in gold.reports:
        report["headline"] = target.get(report["headline"], report["headline"])
        if report.get("happenings"):
            report["happenings"] = list(dict.fromkeys(target.get(h, h) for h in report["happenings"]))


def _day_fits(planned: str | None, day: str | None) -> bool:
    """Could an event on ``day`` be the one announced for ``planned`` (a day or a month)?"""
    return not planned or not day or day.startswith(planned) or planned.startswith(day)


def _announces(planned: dict[str, Any], event: dict[str, Any]) -> bool:
    names = lambda h: {norm(p) for p in h.get("participants") or []}  # noqa: E731
    if planned.get("type") != event.get("type") or not names(planned) or names(planned) != names(event):
        return False
    when, day = planned.get("date"), event.get("date")
    if when and (not day or not day.startswith(when)):
        return False
    return not (planned.get("place") and event.get("place") and norm(planned["place"]) != norm(event["place"]))


# --------------------------------------------------------------------------- comparisons


def norm(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text or "")).split())


def date_right(stored: str | None, gold: str | None, accept: list[str] | None = None) -> bool:
    """Does a stored date equal the gold date or one of ``accept``?  A YYYY-MM gold date takes
    any date in that month; a null gold date (and nothing accepted) only a null date."""
    wanted = [d for d in [gold, *(accept or [])] if d]
    if not wanted:
        return stored is None
    if stored is None:
        return False
    return any(stored == d or (len(d) == 7 and stored[:7] == d) for d in wanted)


class Matcher:
    """Compare gold names with stored actors and gold places with stored places, using the
    actor knowledge base (aliases, countries) and the gazetteer where they load."""

    def __init__(self) -> None:
        self.kb: ActorKB | None
        try:
            from dateline.resolve import ActorKB

            self.kb = ActorKB.load()
        except Exception:  # noqa: BLE001 - names still compare without it
            self.kb = None
        self.gazetteer: Gazetteer | None
        try:
            from dateline.resolve import Gazetteer

            self.gazetteer = Gazetteer.load()
        except Exception:  # noqa: BLE001
            self.gazetteer = None
        self._lookups: dict[str, Any] = {}
        self._names: dict[str, set[str]] = {}

    # -- actors
    def _lookup(self, name: str):
        if name not in self._lookups:
            self._lookups[name] = self.kb.lookup(name) if self.kb is not None else None
        return self._lookups[name]

    def country_code(self, name: str) -> str | None:
        """The ISO code a gold name stands for, if it names a country (or is a code)."""
        if len(name) == 2 and name.isupper():
            return name
        if self.kb is None:
            return None
        try:
            return self.kb.country_code(name)
        except Exception:  # noqa: BLE001
            return None

    def actor_names(self, actor: dict[str, Any]) -> set[str]:
        """The actor's name and its knowledge-base aliases, normalised."""
        key = actor.get("id") or actor.get("name") or ""
        if key not in self._names:
            names = {actor.get("name") or ""}
            kb, actor_id = self.kb, actor.get("id") or ""
            if kb is not None:
                if actor_id in kb.people:
                    names.update([kb.people[actor_id].name, *kb.people[actor_id].aliases])
                elif actor_id in kb.orgs:
                    names.update([kb.orgs[actor_id].name, *kb.orgs[actor_id].aliases])
                if actor.get("kind") == "country" and actor.get("country") in kb.countries:
                    country = kb.countries[actor["country"]]
                    names.update([country.name, *country.names])
            self._names[key] = {norm(n) for n in names if n}
        return self._names[key]

    def matches(self, gold_name: str, actor: dict[str, Any]) -> bool:
        """Same actor by name or alias, by knowledge-base id, or the same country by code
        (surname matches are left to ``all_found``, which knows the other actors)."""
        gold = norm(gold_name)
        if gold and gold in self.actor_names(actor):
            return True
        code = self.country_code(gold_name)
        if code and actor.get("kind") == "country" and actor.get("country") == code:
            return True
        if len(gold_name) <= 5 and gold_name.isupper() and self.organisation_code(gold_name, actor):
            return True  # a code: CN, UN, EU, NATO
        found = self._lookup(gold_name)
        if found is not None:
            if found.id == actor.get("id"):
                return True
            if found.kind == "country" and actor.get("kind") == "country" and found.country == actor.get("country"):
                return True
        return False

    def organisation_code(self, code: str, actor: dict[str, Any]) -> bool:
        """A gold country or organisation code (``CN``, ``UN``) against an actor."""
        code = code.upper()
        if actor.get("country") == code:
            return True
        actor_id = (actor.get("id") or "").upper()
        if actor_id.split(":")[-1] == code or norm(actor.get("name")) == norm(code):
            return True
        # an organ stands for its organisation: the gold's UN is the Security Council too
        org = self.kb.orgs.get(actor_id.split(":")[-1].lower()) if self.kb is not None else None
        return bool(org and org.parent and org.parent.upper() == code)

    def find(self, gold_name: str, actors: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The actor of ``actors`` the gold name stands for: by name, alias or code, else by
        surname (or a single-word name) when exactly one person shares it."""
        for actor in actors:
            if self.matches(gold_name, actor):
                return actor
        words = norm(gold_name).split()
        if len(words) < 2:
            return None
        by_surname = []
        for actor in actors:
            if actor.get("kind") not in ("person", None):
                continue
            theirs = norm(actor.get("name")).split()
            if not theirs:
                continue
            if theirs[-1] == words[-1] or (len(theirs) == 1 and theirs[0] in words):
                by_surname.append(actor)
        return by_surname[0] if len(by_surname) == 1 else None

    def all_found(self, gold_names: list[str], actors: list[dict[str, Any]]) -> bool:
        return all(self.find(name, actors) is not None for name in gold_names)

    def side_right(self, names: list[str], code: str | None, actors: list[dict[str, Any]]) -> bool:
        """An event's source (or target) against the gold's: right when the gold gives neither
        names nor a code, or when an actor matches a gold name or has the gold's code."""
        if not names and not code:
            return True
        if any(self.find(name, actors) is not None for name in names):
            return True
        if not code:
            return False
        return any(self.organisation_code(code, a) for a in actors)

    # -- places
    def place_right(self, stored: dict[str, Any] | None, gold: dict[str, Any]) -> bool:
        """Same city (by name, or the gazetteer's entry for the gold name); a gold place that is
        a country takes the same country; a null gold place takes anything."""
        name = gold.get("place")
        if not name:
            return True
        if not stored:
            return False
        if norm(stored.get("name")) == norm(name):
            return True
        code = gold.get("place_country")
        if self.country_code(name) and stored.get("kind") == "country":
            return stored.get("country") == (code or self.country_code(name))
        if self.gazetteer is not None:
            place = self.gazetteer.lookup(name, code, strict=False)
            if place is not None and place.kind != "country" and stored.get("kind") != "country":
                return norm(place.name) == norm(stored.get("name")) and place.country == stored.get("country")
        return False

"""One filter object for every read: the command line, the API and the pages build a
``Filter`` (``Filter.parse`` checks every value and names the valid ones when a value is
wrong), the query layer resolves its actor names to stored ids, and the store turns it into
SQL here, for each table it can select from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields, replace
from typing import Any

from dateline.extract import PLOVER_TYPES

EVENT_TYPES: tuple[str, ...] = (*PLOVER_TYPES, "OTHER")
STATUSES: tuple[str, ...] = ("past", "ongoing", "planned")
SORTS: tuple[str, ...] = ("oldest", "latest", "sources")
SORT_ALIASES = {"date": "oldest", "-date": "latest", "newest": "latest"}
TABLES: tuple[str, ...] = ("events", "happenings", "articles", "quotes")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
EXTRA_COUNTRIES = {"XK": "Kosovo"}  # user-assigned codes in common use


class FilterError(ValueError):
    """An invalid filter value; the message names the parameter and the valid values."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param


@dataclass(frozen=True)
class Filter:
    """What to select.  Every field is optional; all given ones must hold.

    ``actors`` are names as a person types them (``"Wang Yi"``, ``"Russia"``): each must take
    part.  ``actor_ids`` holds, once resolved (``dateline.query.resolve``), the stored actor ids
    each name may stand for; a name that matches nothing selects nothing.

    ``include_incomplete`` selects too the event mentions linking left incomplete (one side
    named, no happening of their own: see docs/linking.md), not reported otherwise.
    """

    actors: tuple[str, ...] = ()
    country: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    language: str | None = None
    min_sources: int | None = None
    status: str | None = None
    place: str | None = None
    text: str | None = None
    include_other: bool = False
    include_incomplete: bool = False
    actor_ids: tuple[tuple[str, ...], ...] | None = None

    @classmethod
    def parse(cls, *, actors: list[str] | tuple[str, ...] | None = None, country: str | None = None,
              type: str | None = None, since: str | None = None, until: str | None = None,
              outlet: str | None = None, language: str | None = None, min_sources: int | str | None = None,
              status: str | None = None, place: str | None = None, text: str | None = None,
              include_other: bool = False, include_incomplete: bool = False) -> Filter:
        """A filter from user input (empty strings mean "not given"); FilterError when a value is invalid."""
        names = tuple(dict.fromkeys(a.strip() for a in actors or () if a and a.strip()))
        since, until = check_date("from", since), check_date("to", until)
        if since and until and until < since[: len(until)]:
            raise FilterError("to", f"{until} is before the start date {since}")
        return cls(
            actors=names, country=check_country(country), type=check_type(type), since=since, until=until,
            outlet=_text(outlet), language=check_language(language), min_sources=check_min_sources(min_sources),
            status=check_status(status), place=_text(place), text=_text(text), include_other=include_other,
            include_incomplete=include_incomplete,
        )

    # -- describing ------------------------------------------------------------------
    def query_params(self) -> dict[str, Any]:
        """The filter as URL query parameters of the API (actor repeated)."""
        params: dict[str, Any] = {}
        if self.actors:
            params["actor"] = list(self.actors)
        for name in ("country", "type", "since", "until", "outlet", "language", "min_sources", "status", "place", "text"):
            value = getattr(self, name)
            if value not in (None, ""):
                params[name] = value
        if self.include_incomplete:
            params["include_incomplete"] = "true"
        return params

    def is_empty(self) -> bool:
        flags = ("include_other", "include_incomplete", "actor_ids")
        return not any(getattr(self, f.name) for f in fields(self) if f.name not in flags)

    def with_actor_ids(self, ids: list[list[str]]) -> Filter:
        return replace(self, actor_ids=tuple(tuple(alternatives) for alternatives in ids))

    def without(self, *names: str) -> Filter:
        """The same filter with some fields cleared (a facet counts over the others)."""
        cleared: dict[str, Any] = {}
        for name in names:
            cleared[name] = () if name == "actors" else None
            if name == "actors":
                cleared["actor_ids"] = None
        return replace(self, **cleared)

    @property
    def unresolved(self) -> list[str]:
        """Names that matched no stored actor (known once resolved)."""
        if self.actor_ids is None:
            return []
        return [name for name, ids in zip(self.actors, self.actor_ids) if not ids]

    # -- SQL (used by the store only) -----------------------------------------------
    # Each table answers the same fields from its own columns: a happening from its own
    # columns, an event from its JSON record, an article from its columns plus its events.
    def _actor_alternatives(self) -> list[tuple[str, ...]]:
        if not self.actors:
            return []
        if self.actor_ids is None:
            raise RuntimeError("resolve the filter's actor names first (dateline.query.resolve)")
        return list(self.actor_ids)

    def _actors_and_type(self, where: _Where, actor_clause: Any, type_column: str) -> None:
        """Every named actor takes part (one of its ids), and the type (OTHER only on request)."""
        for alternatives in self._actor_alternatives():
            if alternatives:
                actor_clause(where, alternatives)
            else:
                where.add("0")  # a name that matches nothing selects nothing
        if self.type:
            where.add(f"{type_column} = ?", self.type)
        elif not self.include_other:
            where.add(f"{type_column} != 'OTHER'")

    def happenings_where(self, alias: str = "h") -> tuple[str, list[Any]]:
        p = f"{alias}." if alias else ""
        where = _Where()

        def takes_part(w: _Where, ids: tuple[str, ...]) -> None:
            w.add(f"{p}id IN (SELECT happening_id FROM happening_actors WHERE actor_id IN ({_marks(ids)}))", *ids)

        self._actors_and_type(where, takes_part, f"{p}type")
        if self.country:
            where.add(f"({p}place_country = ? OR {p}id IN (SELECT happening_id FROM happening_actors WHERE actor_id = ?))",
                      self.country, f"country:{self.country}")
        where.dates(f"{p}date", self.since, self.until)
        article = self._article_subquery()
        if article:
            where.add(f"{p}id IN (SELECT em.happening_id FROM event_mentions em WHERE em.article_id IN ({article[0]}))",
                      *article[1])
        where.add_if(self.min_sources, f"{p}n_sources >= ?", self.min_sources)
        where.add_if(self.status, f"{p}status = ?", self.status)
        where.add_if(self.place, f"{p}place_name LIKE ?", f"%{self.place}%")
        where.add_if(self.text, f"({p}label LIKE ? OR {p}record LIKE ?)", f"%{self.text}%", f"%{self.text}%")
        return where.sql(), where.params

    def _article_subquery(self) -> tuple[str, list[Any]] | None:
        where = _Where()
        where.add_if(self.outlet, "outlet LIKE ?", f"%{self.outlet}%")
        where.add_if(self.language, "language = ?", self.language)
        return ("SELECT id FROM articles " + where.sql(), where.params) if where.clauses else None

    def events_where(self, alias: str = "e", *, dates: bool = True, articles: bool = True) -> tuple[str, list[Any]]:
        p = f"{alias}." if alias else ""
        record = f"{p}record"
        where = _Where()

        def side_has(side: str, test: str) -> str:
            return f"EXISTS (SELECT 1 FROM json_each({record}, '$.{side}') x WHERE {test})"

        def takes_part(w: _Where, ids: tuple[str, ...]) -> None:
            marks = _marks(ids)
            test = f"json_extract(x.value, '$.id') IN ({marks}) OR 'country:' || json_extract(x.value, '$.country') IN ({marks})"
            w.add(f"({side_has('source', test)} OR {side_has('target', test)})", *ids, *ids, *ids, *ids)

        self._actors_and_type(where, takes_part, f"{p}type")
        if self.country:
            country = "json_extract(x.value, '$.country') = ?"
            where.add(f"(json_extract({record}, '$.place.country') = ? OR {side_has('source', country)} "
                      f"OR {side_has('target', country)})", self.country, self.country, self.country)
        if dates:
            where.dates(f"json_extract({record}, '$.date.date')", self.since, self.until)
        article = self._article_subquery() if articles else None
        if article:
            where.add(f"{p}article_id IN ({article[0]})", *article[1])
        where.add_if(self.min_sources, f"{p}happening_id IN (SELECT id FROM happenings WHERE n_sources >= ?)",
                     self.min_sources)
        where.add_if(self.status, f"json_extract({record}, '$.status') = ?", self.status)
        where.add_if(self.place, f"json_extract({record}, '$.place.name') LIKE ?", f"%{self.place}%")
        where.add_if(self.text, f"{record} LIKE ?", f"%{self.text}%")
        if not self.include_incomplete:
            where.add(f"{p}incomplete = 0")
        return where.sql(), where.params

    def _event_level(self) -> bool:
        return bool(self.actors or self.type or self.country or self.min_sources or self.status
                    or self.place or self.text)

    def articles_where(self, alias: str = "a") -> tuple[str, list[Any]]:
        """Articles by outlet, language and publication date; with any filter on what
        happened (actor, type, country, ...), only articles that report a matching event."""
        p = f"{alias}." if alias else ""
        where = _Where()
        where.add_if(self.outlet, f"{p}outlet LIKE ?", f"%{self.outlet}%")
        where.add_if(self.language, f"{p}language = ?", self.language)
        where.dates(f"{p}published", self.since, self.until)
        if self._event_level():
            sql, values = self.events_where("ev", dates=False, articles=False)
            where.add(f"{p}id IN (SELECT ev.article_id FROM event_mentions ev {sql})", *values)
        return where.sql(), where.params


class _Where:
    """WHERE clauses and their parameters, in order."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def add_if(self, given: Any, clause: str, *params: Any) -> None:
        if given:
            self.add(clause, *params)

    def dates(self, column: str, since: str | None, until: str | None) -> None:
        """A date (YYYY, YYYY-MM or YYYY-MM-DD) overlapping [since, until]; undated ones never match."""
        self.add_if(since, f"{column} >= substr(?, 1, length({column}))", since)
        self.add_if(until, f"substr({column}, 1, length(?)) <= ?", until, until)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _marks(values: tuple[str, ...]) -> str:
    return ",".join("?" * len(values))


# -- checks (each raises FilterError naming the valid values) --------------------------
def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def check_date(param: str, value: str | None) -> str | None:
    value = _text(value)
    if value is None:
        return None
    match = _DATE.match(value)
    if match:
        year, month, day = match.groups()
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
            return value
        except ValueError:
            pass
    raise FilterError(param, f"{value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2017, 2017-03, 2017-03-21)")


def check_type(value: str | None) -> str | None:
    value = _text(value)
    if value is None:
        return None
    if value.upper() in EVENT_TYPES:
        return value.upper()
    raise FilterError("type", f"unknown event type {value!r}: valid types are {', '.join(EVENT_TYPES)}")


def check_status(value: str | None) -> str | None:
    value = _text(value)
    if value is None:
        return None
    if value.lower() in STATUSES:
        return value.lower()
    raise FilterError("status", f"unknown status {value!r}: valid statuses are {', '.join(STATUSES)}")


def check_min_sources(value: int | str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        raise FilterError("min-sources", f"{value!r} is not a number of sources: give a whole number of 1 or more")
    return number


def check_country(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-2 code from a code or a country name."""
    value = _text(value)
    if value is None:
        return None
    import pycountry

    if len(value) == 2 and value.isalpha():
        code = value.upper()
        if code in EXTRA_COUNTRIES or pycountry.countries.get(alpha_2=code):
            return code
    else:
        try:
            return pycountry.countries.lookup(value).alpha_2
        except LookupError:
            pass
        try:
            found = pycountry.countries.search_fuzzy(value)
        except LookupError:
            found = []
        if found:
            return found[0].alpha_2
    raise FilterError("country", f"unknown country {value!r}: give an ISO 3166-1 alpha-2 code (e.g. CN, RU, US, DE) "
                                 "or a country name (e.g. China)")


def check_language(value: str | None) -> str | None:
    value = _text(value)
    if value is None:
        return None
    import pycountry

    code = value.lower()
    if len(code) == 2 and pycountry.languages.get(alpha_2=code):
        return code
    raise FilterError("language", f"unknown language {value!r}: give an ISO 639-1 code (e.g. en, fr, de, es, ru, zh)")


def check_sort(value: str | None) -> str:
    value = _text(value) or "oldest"
    value = SORT_ALIASES.get(value.lower(), value.lower())
    if value in SORTS:
        return value
    raise FilterError("sort", f"unknown sort {value!r}: use one of {', '.join(SORTS)}")

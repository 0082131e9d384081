"""Records to plain dicts and back (for the store's JSON columns, exports and Dask)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any

from dateline.records import ActorRef, EventMention, PlaceRef, Quote, TimeValue


def actor_from_dict(data: dict[str, Any]) -> ActorRef:
    return ActorRef(**{k: data.get(k) for k in ("id", "name", "kind", "country", "sector", "role")})


def place_from_dict(data: dict[str, Any] | None) -> PlaceRef | None:
    if not data:
        return None
    return PlaceRef(**data)


def time_from_dict(data: dict[str, Any] | None) -> TimeValue | None:
    if not data:
        return None
    return TimeValue(**data)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def to_plain(value: Any) -> Any:
    """A record as plain dicts and lists (what ``dataclasses.asdict`` gives, without its deep
    copies: this runs for every record a corpus run stores)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {name: to_plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def event_to_dict(event: EventMention) -> dict[str, Any]:
    return to_plain(event)


def event_from_dict(data: dict[str, Any]) -> EventMention:
    fields = dict(data)
    fields["source"] = [actor_from_dict(a) for a in fields.get("source") or []]
    fields["target"] = [actor_from_dict(a) for a in fields.get("target") or []]
    fields["date"] = time_from_dict(fields.get("date"))
    fields["place"] = place_from_dict(fields.get("place"))
    return EventMention(**fields)


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return to_plain(quote)


def quote_from_dict(data: dict[str, Any]) -> Quote:
    fields = dict(data)
    if fields.get("speaker"):
        fields["speaker"] = actor_from_dict(fields["speaker"])
    return Quote(**fields)

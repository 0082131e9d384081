"""Records to plain dicts and back (for the store's JSON columns, exports and Dask)."""

from __future__ import annotations

from dataclasses import asdict
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


def event_to_dict(event: EventMention) -> dict[str, Any]:
    return asdict(event)


def event_from_dict(data: dict[str, Any]) -> EventMention:
    fields = dict(data)
    fields["source"] = [actor_from_dict(a) for a in fields.get("source") or []]
    fields["target"] = [actor_from_dict(a) for a in fields.get("target") or []]
    fields["date"] = time_from_dict(fields.get("date"))
    fields["place"] = place_from_dict(fields.get("place"))
    return EventMention(**fields)


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return asdict(quote)


def quote_from_dict(data: dict[str, Any]) -> Quote:
    fields = dict(data)
    if fields.get("speaker"):
        fields["speaker"] = actor_from_dict(fields["speaker"])
    return Quote(**fields)

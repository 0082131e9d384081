"""Records to plain dicts and back (for the store's JSON columns, exports and Dask)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any

from dateline.records import ActorRef, EventMention, Happening, PlaceRef, Quote, TimeValue


def actor_from_dict(data: dict[str, Any]) -> ActorRef:
    return ActorRef(id=data["id"], name=data["name"], kind=data["kind"], country=data.get("country"),
                    sector=data.get("sector"), role=data.get("role"))


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


# -- export records (docs/export.md): built here so the store and the export share them --
def actor_record(actor: ActorRef) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "country": actor.country, "role": actor.role,
            "sector": actor.sector, "kind": actor.kind}


def place_record(place: PlaceRef | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon, "kind": place.kind}


def evidence_record(mention: EventMention) -> dict[str, Any]:
    return {"article": mention.article, "start": mention.start, "end": mention.end, "text": mention.text,
            "event": mention.id, "type": mention.type}


def happening_record(happening: Happening) -> dict[str, Any]:
    return {
        "id": happening.id,
        "type": happening.type,
        "label": happening.label,
        "date": happening.date,
        "date_precision": happening.date_precision,
        "date_basis": happening.date_basis,
        "place": place_record(happening.place),
        "participants": [actor_record(a) for a in happening.participants],
        "articles": happening.articles,
        "evidence": [evidence_record(m) for m in happening.mentions],
        "topics": happening.topics,
        "status": happening.status,
        "occasion": happening.occasion,
    }

"""Typed answers of the JSON API, for the OpenAPI description (clients generate code from it)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from dateline.store import EVENT_TYPES, SORTS, STATUSES

EventTypeEnum = Enum("EventType", {t: t for t in EVENT_TYPES}, type=str)  # type: ignore[misc]
PartialDate = Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                   description="a date as precise as the reports allow: YYYY-MM-DD, YYYY-MM or YYYY",
                                   examples=["2017-08-06", "2017-08", "2017"])]


class Place(BaseModel):
    name: str
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    lat: float | None = None
    lon: float | None = None
    kind: str | None = None


class Participant(BaseModel):
    id: str
    name: str
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    role: str | None = None
    sector: str | None = None
    kind: str | None = None


class HappeningSummary(BaseModel):
    id: str
    type: EventTypeEnum  # type: ignore[valid-type]
    label: str
    date: PartialDate | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    date_basis: Literal["text", "reported"] | None = Field(
        None, description='"text": a time expression of a report; "reported": the publication day of a report '
                          "that tells it as the day's news; null when undated")
    place: Place | None = None
    participants: list[Participant] = []
    articles: list[str] = Field([], description="ids of every article that reports it")
    sources: int = Field(description="independent reports: one per outlet, syndicated copies not counted")
    status: str | None = Field(None, description=f"one of {', '.join(STATUSES)}")
    topics: list[str] = []


class HappeningList(BaseModel):
    items: list[HappeningSummary]
    total: int = Field(description="happenings matching the filter, on all pages")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last page")
    unresolved: list[str] = Field(description="actor names that matched no stored actor (then items is empty)")


class FacetValue(BaseModel):
    value: str
    label: str
    n: int


class Facets(BaseModel):
    total: int
    type: list[FacetValue] = []
    country: list[FacetValue] = []
    actor: list[FacetValue] = []
    outlet: list[FacetValue] = []
    language: list[FacetValue] = []
    unresolved: list[str] = []


class Error(BaseModel):
    detail: str = Field(description="what is wrong, naming the parameter (and its valid values where they are few), "
                                    "e.g. `type: unknown event type 'FOO': valid types are AGREE, CONSULT, ...`")


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Error, "description": "Not found: `{\"detail\": \"no happening with id 'x'\"}`"},
    422: {"model": Error, "description": "An invalid parameter: `{\"detail\": \"PARAM: message\"}`; several are "
                                         "joined by `; `"},
}
SORT_VALUES = list(SORTS)

"""Whether two reports' places fit, for linking them (``dateline.link.happenings``): one venue,
a city and its country, the finer of two.
"""

from __future__ import annotations

import math

from dateline.records import PlaceRef

__all__ = ["SAME_PLACE_KM", "finer_place", "near", "place_compatible", "place_same"]


# Two named places of one country this close are one venue: "Mar-a-Lago" and "Palm Beach", a
# palace and its city (Camp David, 100 km from Washington, stays apart).
SAME_PLACE_KM = 25.0


def near(a: PlaceRef, b: PlaceRef) -> bool:
    """Two places of one country within ``SAME_PLACE_KM`` of each other."""
    if a.country != b.country or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h)) <= SAME_PLACE_KM


def place_compatible(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None:
        return True  # a region of several countries ("Asia-Pacific") rules nothing out
    if a.kind == "country" or b.kind == "country":
        return a.country == b.country
    if a.kind == b.kind == "city" and near(a, b):
        return True
    if a.geonameid and b.geonameid:
        return a.geonameid == b.geonameid
    return a.name.casefold() == b.name.casefold() and a.country == b.country


def place_same(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    return a is not None and b is not None and place_compatible(a, b)


def finer_place(a: PlaceRef | None, b: PlaceRef | None) -> PlaceRef | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if a.kind == "country" and b.kind != "country" else a

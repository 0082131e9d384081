"""Resolving what the text names: actors (people, countries, organisations, groups) against
the knowledge base, places against the gazetteer, dates against the publication date.

Other packages import from here, never from the modules inside.  Names load lazily (``dateline.lazy_exports``):
``extract`` and ``resolve`` use each other, and importing this package costs nothing until a
name is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.lazy_exports import lazy_exports

# public name -> (module, name there)
_EXPORTS: dict[str, tuple[str, str]] = {
    "ActorKB": ("dateline.resolve.kb", "ActorKB"),
    "Entry": ("dateline.resolve.kb", "Entry"),
    "CAT_COUNTRY": ("dateline.resolve.kb", "CAT_COUNTRY"),
    "CAT_ORG": ("dateline.resolve.kb", "CAT_ORG"),
    "CAT_PERSON": ("dateline.resolve.kb", "CAT_PERSON"),
    "CAT_BODY": ("dateline.resolve.kb", "CAT_BODY"),
    "COUNTRY_CATS": ("dateline.resolve.kb", "COUNTRY_CATS"),
    "pick_person": ("dateline.resolve.surnames", "pick_person"),
    "entry_country": ("dateline.resolve.surnames", "entry_country"),
    "fold": ("dateline.resolve.kb_base", "fold"),
    "resolve_actors": ("dateline.resolve.actors", "resolve_actors"),
    "pronoun_mentions": ("dateline.resolve.pronouns", "pronoun_mentions"),
    "description_mentions": ("dateline.resolve.coreference", "description_mentions"),
    "country_words": ("dateline.resolve.nationalities", "country_words"),
    "nationality_adjectives": ("dateline.resolve.nationalities", "nationality_adjectives"),
    "Gazetteer": ("dateline.resolve.places", "Gazetteer"),
    "gazetteer_cities": ("dateline.resolve.geonames", "cities"),
    "gazetteer_countries": ("dateline.resolve.geonames", "countries"),
    "find_places": ("dateline.resolve.place_matching", "find_places"),
    "place_of_dateline": ("dateline.resolve.place_matching", "place_of_dateline"),
    "find_dates": ("dateline.resolve.time", "find_dates"),
    "resolve_date": ("dateline.resolve.time", "resolve_date"),
    "named_day": ("dateline.resolve.time", "named_day"),
    "NamedDay": ("dateline.resolve.time", "NamedDay"),
    "agreed_date": ("dateline.resolve.story_time", "agreed_date"),
    "bounded_date": ("dateline.resolve.story_time", "bounded_date"),
    "dated_by_story": ("dateline.resolve.story_time", "dated_by_story"),
    "story_date": ("dateline.resolve.story_time", "story_date"),
    "lexicon_with": ("dateline.resolve.petrarch", "lexicon_with"),
    "check_dictionaries": ("dateline.resolve.petrarch", "check"),
}
__all__ = [
    "ActorKB",
    "CAT_BODY",
    "CAT_COUNTRY",
    "CAT_ORG",
    "CAT_PERSON",
    "COUNTRY_CATS",
    "Entry",
    "Gazetteer",
    "NamedDay",
    "agreed_date",
    "bounded_date",
    "check_dictionaries",
    "country_words",
    "dated_by_story",
    "description_mentions",
    "entry_country",
    "find_dates",
    "find_places",
    "fold",
    "gazetteer_cities",
    "gazetteer_countries",
    "lexicon_with",
    "named_day",
    "nationality_adjectives",
    "pick_person",
    "place_of_dateline",
    "pronoun_mentions",
    "resolve_actors",
    "resolve_date",
    "story_date",
]

if TYPE_CHECKING:
    from dateline.resolve.actors import resolve_actors
    from dateline.resolve.coreference import description_mentions
    from dateline.resolve.geonames import cities as gazetteer_cities
    from dateline.resolve.geonames import countries as gazetteer_countries
    from dateline.resolve.kb import CAT_BODY, CAT_COUNTRY, CAT_ORG, CAT_PERSON, COUNTRY_CATS, ActorKB, Entry
    from dateline.resolve.kb_base import fold
    from dateline.resolve.nationalities import country_words, nationality_adjectives
    from dateline.resolve.petrarch import check as check_dictionaries
    from dateline.resolve.petrarch import lexicon_with
    from dateline.resolve.place_matching import find_places, place_of_dateline
    from dateline.resolve.places import Gazetteer
    from dateline.resolve.pronouns import pronoun_mentions
    from dateline.resolve.story_time import agreed_date, bounded_date, dated_by_story, story_date
    from dateline.resolve.surnames import entry_country, pick_person
    from dateline.resolve.time import NamedDay, find_dates, named_day, resolve_date

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

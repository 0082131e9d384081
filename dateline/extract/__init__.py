"""Extraction from the parse: events (PLOVER types with source, target, date and place),
quotes with their speakers, topics, and the context that dates and places them.

Other packages import from here, never from the modules inside.  Names load lazily (``dateline.lazy_exports``):
``extract`` and ``resolve`` use each other, and importing this package costs nothing until a
name is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.lazy_exports import lazy_exports

# public name -> (module, name there)
_EXPORTS: dict[str, tuple[str, str]] = {
    "attach_context": ("dateline.extract.context", "attach_context"),
    "clause_date": ("dateline.extract.context", "clause_date"),
    "clause_tense": ("dateline.extract.context", "clause_tense"),
    "trigger_token": ("dateline.extract.context", "trigger_token"),
    "Lexicon": ("dateline.extract.event_lexicon", "Lexicon"),
    "PLOVER_TYPES": ("dateline.extract.event_lexicon", "PLOVER_TYPES"),
    "load_lexicon": ("dateline.extract.event_lexicon", "load_lexicon"),
    "load_cameo_table": ("dateline.extract.event_lexicon", "load_cameo_table"),
    "trigger_entry": ("dateline.extract.event_lexicon", "trigger_entry"),
    "STATE_SECTORS": ("dateline.extract.event_roles", "STATE_SECTORS"),
    "extract_events": ("dateline.extract.events", "extract_events"),
    "completed_from_happening": ("dateline.extract.partial_events", "completed_from_happening"),
    "completed_from_headline": ("dateline.extract.partial_events", "completed_from_headline"),
    "without_retold_partials": ("dateline.extract.partial_events", "without_retold_partials"),
    "plover_coding": ("dateline.extract.events", "plover_coding"),
    "extract_quotes": ("dateline.extract.quotes", "extract_quotes"),
    "protest_recipients": ("dateline.extract.implicit_sides", "protest_recipients"),
    "arresting_state": ("dateline.extract.implicit_sides", "arresting_state"),
    "attack_recipients": ("dateline.extract.implicit_sides", "attack_recipients"),
    "own_forces": ("dateline.extract.implicit_sides", "own_forces"),
    "quote_key": ("dateline.extract.quotes", "quote_key"),
    "find_quote_spans": ("dateline.extract.quote_marks", "find_quote_spans"),
    "load_quote_cues": ("dateline.extract.quote_speakers", "load_cues"),
    "load_topics": ("dateline.extract.topics", "load_topics"),
}
__all__ = [
    "Lexicon",
    "PLOVER_TYPES",
    "STATE_SECTORS",
    "arresting_state",
    "attach_context",
    "attack_recipients",
    "clause_date",
    "clause_tense",
    "completed_from_happening",
    "completed_from_headline",
    "extract_events",
    "extract_quotes",
    "find_quote_spans",
    "load_cameo_table",
    "load_lexicon",
    "load_quote_cues",
    "load_topics",
    "own_forces",
    "plover_coding",
    "protest_recipients",
    "quote_key",
    "trigger_entry",
    "trigger_token",
    "without_retold_partials",
]

if TYPE_CHECKING:
    from dateline.extract.context import attach_context, clause_date, clause_tense, trigger_token
    from dateline.extract.event_lexicon import (
        PLOVER_TYPES,
        Lexicon,
        load_cameo_table,
        load_lexicon,
        trigger_entry,
    )
    from dateline.extract.event_roles import STATE_SECTORS
    from dateline.extract.events import extract_events, plover_coding
    from dateline.extract.implicit_sides import (
        arresting_state,
        attack_recipients,
        own_forces,
        protest_recipients,
    )
    from dateline.extract.partial_events import (
        completed_from_happening,
        completed_from_headline,
        without_retold_partials,
    )
    from dateline.extract.quote_marks import find_quote_spans
    from dateline.extract.quote_speakers import load_cues as load_quote_cues
    from dateline.extract.quotes import extract_quotes, quote_key
    from dateline.extract.topics import load_topics

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

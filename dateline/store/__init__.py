"""The SQLite store: one writer, many readers, numbered migrations, content-derived ids.

Every write that belongs together happens in one transaction, so a run killed in the
middle leaves the store as it was before that article, and the next run finishes the job.

The store owns all SQL: the rest of dateline reads and writes through its methods, and
selects through one ``Filter`` (``dateline.store.filters``).  The methods live in modules by
subject: ``core`` (connection, migrations), ``articles``, ``analysis``, ``happenings``,
``tables`` (filtered rows for exports and lists) and ``signatures`` (near-duplicates).
"""

from __future__ import annotations

from dateline.store.analysis import AnalysisStore
from dateline.store.articles import ArticleStore, fts_query, shown_title, title_from_body
from dateline.store.core import DEFAULT_DB, StoreCore
from dateline.store.filters import EVENT_TYPES, SORTS, STATUSES, Filter, FilterError
from dateline.store.happenings import HappeningStore
from dateline.store.signatures import SignatureStore
from dateline.store.tables import TableStore

__all__ = ["DEFAULT_DB", "EVENT_TYPES", "SORTS", "STATUSES", "Filter", "FilterError", "Store", "shown_title",
           "title_from_body", "fts_query"]


class Store(StoreCore, ArticleStore, AnalysisStore, HappeningStore, TableStore, SignatureStore):
    """A dateline database file.  Open with ``Store(path)``; close with ``close()`` or ``with``."""

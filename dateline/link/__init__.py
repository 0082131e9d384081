"""Linking: reports of one real-world event become one happening.

- ``happenings``: event mentions clustered into happenings (type, participants, date, place),
  by the join rules of ``groups`` over what ``dates``, ``venues`` and ``parties`` say fits;
- ``stories``: articles that tell one story share one lead happening; ``story_leads``: the
  joins and the dating a story gives its happenings;
- ``languages``: reports of one happening in different languages;
- ``syndication``: near-duplicate articles (agency copy), which count as one source;
- ``run``: the whole step over a store, saved in one transaction.

Names load lazily (``dateline.lazy_exports``): a local run imports ``syndication`` where it
cleans, and the linking modules (a tenth of a second) where it loads the model, not on the
start-up path before its cleaning workers are forked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.lazy_exports import lazy_exports

# public name -> (module, name there)
_EXPORTS: dict[str, tuple[str, str]] = {
    "Linking": ("dateline.link.run", "Linking"),
    "compute_linking": ("dateline.link.run", "compute_linking"),
    "independent_reports": ("dateline.link.run", "independent_reports"),
    "lead_happenings": ("dateline.link.happenings", "lead_happenings"),
    "link": ("dateline.link.happenings", "link"),
    "link_store": ("dateline.link.run", "link_store"),
}
__all__ = ["Linking", "compute_linking", "independent_reports", "lead_happenings", "link", "link_store"]
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

if TYPE_CHECKING:  # the names as the modules define them, for type checkers
    from dateline.link.happenings import lead_happenings, link
    from dateline.link.run import Linking, compute_linking, independent_reports, link_store

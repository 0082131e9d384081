"""Linking: reports of one real-world event become one happening.

- ``happenings``: event mentions clustered into happenings (type, participants, date, place);
- ``stories``: articles that tell one story share one lead happening;
- ``syndication``: near-duplicate articles (agency copy), which count as one source;
- ``run``: the whole step over a store, saved in one transaction.
"""

from dateline.link.happenings import lead_happenings, link
from dateline.link.run import Linking, compute_linking, independent_reports, link_store

__all__ = ["Linking", "compute_linking", "independent_reports", "lead_happenings", "link", "link_store"]
